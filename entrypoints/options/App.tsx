import { useEffect, useState } from 'preact/hooks';
import DatasetActions from '../../components/DatasetActions';
import DatasetImport from '../../components/DatasetImport';
import DatasetStatus from '../../components/DatasetStatus';
import DatasetUrlForm from '../../components/DatasetUrlForm';
import DisplaySettings from '../../components/DisplaySettings';
import UpdateLog from '../../components/UpdateLog';
import UpdatePreview from '../../components/UpdatePreview';
import UpdateProblem from '../../components/UpdateProblem';
import { countDataset } from '../../lib/dataset/count-dataset';
import { type ActiveDataset, watchActiveDataset } from '../../lib/ext/active-dataset';
import { describeSource, logSourceOf } from '../../lib/ext/describe-source';
import { ensureActiveDataset } from '../../lib/ext/install-dataset';
import { type Settings, readSettings, updateSettings, watchSettings } from '../../lib/ext/settings';
import { useUpdateFlow } from './use-update-flow';

/** Settings page: the active dataset (status, updates from a file or URL with preview, rollback, reset, export, log) and display settings. */
export default function App() {
  const [active, setActive] = useState<ActiveDataset | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState('');
  const flow = useUpdateFlow(active, setActive);
  const { state, staged, isBusy, problem, notice, handlers } = flow;

  useEffect(() => {
    ensureActiveDataset().then(setActive, (e: unknown) =>
      setLoadError(`Could not read the dataset: ${String(e)}`),
    );
    void readSettings().then(setSettings);
    const stopDataset = watchActiveDataset(setActive);
    const stopSettings = watchSettings(setSettings);
    return () => {
      stopDataset();
      stopSettings();
    };
  }, []);

  return (
    <main class="options">
      <h1>Backstory settings</h1>
      <section aria-labelledby="dataset-heading">
        <h2 id="dataset-heading">Dataset</h2>
        {active ? (
          <DatasetStatus
            version={active.dataset.version}
            counts={countDataset(active.dataset)}
            sourceLabel={describeSource(active.source)}
            installedAt={active.installedAt}
            lastCheckedAt={state.savedUrl?.lastCheckedAt ?? null}
            hasSavedUrl={!!state.savedUrl}
          />
        ) : (
          <p class="muted">Loading…</p>
        )}
        <DatasetActions
          previousVersion={state.previous?.version ?? null}
          isBusy={isBusy}
          onExport={() => void handlers.exportActive()}
          onRollback={() => void handlers.rollback()}
          onReset={() => void handlers.reset()}
        />
        {(notice || loadError) && (
          <p role="status" data-testid="notice">
            {notice || loadError}
          </p>
        )}
      </section>
      <section aria-labelledby="update-heading">
        <h2 id="update-heading">Update</h2>
        {staged && (
          <UpdatePreview
            diff={staged.diff}
            sourceLabel={
              staged.isPending
                ? `scheduled check of ${logSourceOf(staged.source)}`
                : logSourceOf(staged.source)
            }
            isBusy={isBusy}
            onApply={() => void handlers.apply()}
            onCancel={() => void handlers.cancel()}
          />
        )}
        <DatasetImport onImport={handlers.importFile} />
        <DatasetUrlForm
          savedUrl={state.savedUrl?.url ?? null}
          isBusy={isBusy}
          onCheck={(url) => void handlers.checkUrl(url)}
          onSave={(url) => void handlers.saveAndCheck(url)}
          onForget={() => void handlers.forgetUrl()}
        />
        {isBusy && (
          <p role="status" class="muted" data-testid="busy">
            Working…
          </p>
        )}
        {problem && (
          <UpdateProblem failure={problem.failure} testId="update" subject={problem.subject} />
        )}
        <h3>Update log</h3>
        <UpdateLog entries={state.log} />
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
