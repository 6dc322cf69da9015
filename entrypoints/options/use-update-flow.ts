/** The settings page's update flow: stage from a file or URL, preview, apply or cancel, roll back, reset, export. */
import { useEffect, useState } from 'preact/hooks';
import { summariseDiff } from '../../lib/update/diff-datasets';
import { exportDatasetText, exportFileName } from '../../lib/update/export-dataset';
import { checkDatasetUrl } from '../../lib/update/fetch-policy';
import type { UpdateFailure } from '../../lib/update/update-failure';
import type { ActiveDataset } from '../../lib/ext/active-dataset';
import { applyUpdate, cancelUpdate } from '../../lib/ext/apply-update';
import { resetToBundledDataset } from '../../lib/ext/install-dataset';
import { readDatasetFile } from '../../lib/ext/read-dataset-file';
import { rollbackDataset } from '../../lib/ext/rollback-dataset';
import { saveDatasetUrl } from '../../lib/ext/save-dataset-url';
import { forgetSavedUrl } from '../../lib/ext/saved-url';
import {
  type StagedUpdate,
  refuseUpdate,
  stageDataset,
  stageUpdate,
} from '../../lib/ext/stage-update';
import { stageUrlUpdate } from '../../lib/ext/stage-url-update';
import { type UpdateState, readUpdateState, watchUpdateState } from '../../lib/ext/update-state';
import { logUpdate } from '../../lib/ext/update-log-store';
import { cancelUpdateCheck } from '../../lib/ext/update-schedule';
import { saveTextFile } from './save-text-file';

/** A refused action shown under the URL form: what was tried, and why it failed. */
export type Problem = { subject: string; failure: UpdateFailure };

const EMPTY: UpdateState = { savedUrl: null, previous: null, pending: null, log: [] };

/** State and handlers for the update parts of the settings page. */
export function useUpdateFlow(active: ActiveDataset | null, setActive: (a: ActiveDataset) => void) {
  const [state, setState] = useState<UpdateState>(EMPTY);
  const [staged, setStaged] = useState<StagedUpdate | null>(null);
  const [isBusy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void readUpdateState().then(setState);
    return watchUpdateState(setState);
  }, []);

  // An update a scheduled check left for review is previewed when nothing else is.
  const pending = state.pending;
  useEffect(() => {
    if (!pending || staged || !active) return;
    void stageDataset(pending.dataset, pending.source, true).then((s) =>
      setStaged((cur) => cur ?? s),
    );
  }, [pending, staged, active]);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    setNotice('');
    try {
      await task();
    } finally {
      setBusy(false);
    }
  };

  const importFile = async (file: File): Promise<UpdateFailure | null> => {
    setProblem(null);
    const read = await readDatasetFile(file);
    const result = read.ok
      ? await stageUpdate(read.bytes, { type: 'file', name: file.name })
      : await refuseUpdate(`file ${file.name}`, read.failure);
    if (!result.ok) return result.failure;
    setStaged(result.update);
    return null;
  };

  const checkUrl = (url: string) =>
    run(async () => {
      const result = await stageUrlUpdate(url);
      if (result.ok) setStaged(result.update);
      else setProblem({ subject: `${url} was not imported`, failure: result.failure });
    });

  const saveAndCheck = (raw: string) => {
    const checked = checkDatasetUrl(raw);
    if (!checked.ok) {
      setProblem({ subject: 'The address was not saved', failure: checked.failure });
      return Promise.resolve();
    }
    // Asking for the permission must be the first thing the click does (user gesture).
    const saving = saveDatasetUrl(checked.url);
    return run(async () => {
      const saved = await saving;
      if (!saved.ok) {
        setProblem({ subject: 'The address was not saved', failure: saved.failure });
        return;
      }
      const result = await stageUrlUpdate(checked.url.href);
      if (result.ok) setStaged(result.update);
      else
        setProblem({
          subject: `${checked.url.href} was saved but not imported`,
          failure: result.failure,
        });
    });
  };

  const forgetUrl = () =>
    run(async () => {
      await forgetSavedUrl();
      await cancelUpdateCheck();
      setNotice('The address was removed; nothing is checked automatically.');
    });

  const apply = () =>
    run(async () => {
      if (!staged) return;
      const result = await applyUpdate(staged);
      setStaged(null);
      if (result.ok) {
        setActive(result.active);
        setNotice(`Version ${staged.diff.versionTo} is active: ${summariseDiff(staged.diff)}.`);
      } else setProblem({ subject: 'The update was not applied', failure: result.failure });
    });

  const cancel = () =>
    run(async () => {
      if (staged) await cancelUpdate(staged);
      setStaged(null);
      setNotice('Update cancelled; nothing changed.');
    });

  const rollback = () =>
    run(async () => {
      const result = await rollbackDataset();
      if (!result.ok) {
        setProblem({ subject: 'Could not roll back', failure: result.failure });
        return;
      }
      setActive(result.active);
      const message = `Rolled back to version ${result.active.dataset.version}.`;
      await logUpdate({ source: 'rollback', outcome: 'applied', message });
      setNotice(message);
    });

  const reset = () =>
    run(async () => {
      const bundled = await resetToBundledDataset();
      setActive(bundled);
      const message = `The bundled dataset (version ${bundled.dataset.version}) is active again.`;
      await logUpdate({ source: 'reset', outcome: 'applied', message });
      setNotice(message);
    });

  const exportActive = async () => {
    if (!active) return;
    saveTextFile(exportFileName(active.dataset), await exportDatasetText(active.dataset));
  };

  return {
    state,
    staged,
    isBusy,
    problem,
    notice,
    handlers: {
      importFile,
      checkUrl,
      saveAndCheck,
      forgetUrl,
      apply,
      cancel,
      rollback,
      reset,
      exportActive,
    },
  };
}
