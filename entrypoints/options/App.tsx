import { useEffect, useState } from 'preact/hooks';
import DatasetImport from '../../components/DatasetImport';
import DatasetStatus from '../../components/DatasetStatus';
import DisplaySettings from '../../components/DisplaySettings';
import { countDataset } from '../../lib/dataset/count-dataset';
import type { DatasetError } from '../../lib/dataset/validate';
import {
  type ActiveDataset,
  type DatasetSource,
  watchActiveDataset,
} from '../../lib/ext/active-dataset';
import {
  ensureActiveDataset,
  installDataset,
  resetToBundledDataset,
} from '../../lib/ext/install-dataset';
import { readDatasetFile } from '../../lib/ext/read-dataset-file';
import { type Settings, readSettings, updateSettings, watchSettings } from '../../lib/ext/settings';

function sourceLabel(source: DatasetSource): string {
  if (source.type === 'bundled') return 'Bundled with Backstory';
  return source.type === 'file'
    ? `Imported from file ${source.name}`
    : `Downloaded from ${source.url}`;
}

/** Settings page: the active dataset (status, import, reset) and display settings. */
export default function App() {
  const [active, setActive] = useState<ActiveDataset | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    ensureActiveDataset().then(setActive, (e: unknown) =>
      setNotice(`Could not read the dataset: ${String(e)}`),
    );
    void readSettings().then(setSettings);
    const stopDataset = watchActiveDataset(setActive);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopDataset();
      stopSettings();
    };
  }, []);

  const importFile = async (file: File): Promise<DatasetError[] | null> => {
    const read = await readDatasetFile(file);
    if (!read.ok) return read.errors;
    const result = await installDataset(read.value, { type: 'file', name: file.name });
    if (!result.ok) return result.errors;
    setActive(result.active);
    return null;
  };

  const reset = async () => {
    setActive(await resetToBundledDataset());
    setNotice('The bundled dataset is active again.');
  };

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      <section aria-labelledby="dataset-heading">
        <h2 id="dataset-heading">Dataset</h2>
        {active ? (
          <DatasetStatus
            version={active.dataset.version}
            counts={countDataset(active.dataset)}
            sourceLabel={sourceLabel(active.source)}
            installedAt={active.installedAt}
          />
        ) : (
          <p class="muted">Loading…</p>
        )}
        <DatasetImport onImport={importFile} />
        <p>
          <button type="button" onClick={() => void reset()} data-testid="reset-dataset">
            Reset to the bundled dataset
          </button>
        </p>
        {notice && (
          <p role="status" data-testid="notice">
            {notice}
          </p>
        )}
      </section>
      <section aria-labelledby="display-heading">
        <h2 id="display-heading">Display</h2>
        {settings && (
          <DisplaySettings
            settings={settings}
            onChange={(patch) => void updateSettings(patch).then(setSettings)}
          />
        )}
      </section>
    </main>
  );
}
