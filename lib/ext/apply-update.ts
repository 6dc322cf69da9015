/** Applies a staged update after the reader confirmed it, or drops it, and logs the outcome. */
import { summariseDiff } from '../update/diff-datasets';
import type { ActiveDataset } from './active-dataset';
import { type CommitResult, commitDataset } from './commit-dataset';
import { logSourceOf } from './describe-source';
import { prepareActiveDataset } from './install-dataset';
import { PENDING_KEY, clearPendingUpdate } from './pending-update';
import type { StagedUpdate } from './stage-update';
import { logUpdate } from './update-log-store';

/** Makes the staged dataset active, unless the active one changed since the preview. */
export async function applyUpdate(update: StagedUpdate): Promise<CommitResult> {
  const source = logSourceOf(update.source);
  let active: ActiveDataset;
  try {
    active = prepareActiveDataset(update.dataset, update.source);
  } catch (e) {
    const message = `The dataset could not be prepared (${e instanceof Error ? e.message : String(e)}); nothing changed.`;
    await logUpdate({ source, outcome: 'failed', message });
    return { ok: false, failure: { kind: 'invalid', message, errors: [] } };
  }
  const extra = update.isPending ? { [PENDING_KEY]: null } : {};
  const result = await commitDataset(active, update.base, extra);
  if (result.ok) {
    const { versionFrom, versionTo } = update.diff;
    const from = versionFrom ? `${versionFrom} → ` : '';
    await logUpdate({
      source,
      outcome: 'applied',
      message: `Version ${from}${versionTo} applied: ${summariseDiff(update.diff)}.`,
    });
  } else {
    await logUpdate({ source, outcome: 'failed', message: result.failure.message });
  }
  return result;
}

/** Drops a staged update without applying it (and the stored one, when it came from a scheduled check). */
export async function cancelUpdate(update: StagedUpdate): Promise<void> {
  if (update.isPending) await clearPendingUpdate();
}
