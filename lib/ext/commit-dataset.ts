/**
 * The one write that makes a dataset active: under the dataset lock, only if the active dataset is
 * still the one the update was previewed against, in a single storage call that also keeps the
 * replaced dataset for rollback. Until that call completes, the previous dataset stays active.
 */
import { browser } from 'wxt/browser';
import { type UpdateFailure, updateFailure } from '../update/update-failure';
import {
  type ActiveDataset,
  activeItems,
  PREVIOUS_KEY,
  readStoredDataset,
  revisionOf,
} from './active-dataset';
import { withDatasetLock } from './dataset-lock';

/** The new active dataset, or why nothing was written. */
export type CommitResult =
  { ok: true; active: ActiveDataset } | { ok: false; failure: UpdateFailure };

/** The failure for a storage write that did not happen (quota, disk). */
export function storageFailure(e: unknown): UpdateFailure {
  const why = e instanceof Error ? e.message : String(e);
  return updateFailure(
    'storage',
    `The browser could not store the dataset (${why}); nothing changed.`,
  );
}

/**
 * Writes `active` (keeping the current dataset as previous) with `extra` items in the same call.
 * `base` is the revision the update was previewed against; undefined skips that check.
 */
export function commitDataset(
  active: ActiveDataset,
  base?: string | null,
  extra: Record<string, unknown> = {},
): Promise<CommitResult> {
  return withDatasetLock(async (): Promise<CommitResult> => {
    const current = await readStoredDataset().catch(() => null);
    if (base !== undefined && revisionOf(current) !== base)
      return {
        ok: false,
        failure: updateFailure(
          'stale',
          'The dataset changed (in another tab or by a scheduled check) while this update was being reviewed; nothing was applied. Check the update again.',
        ),
      };
    const items = { ...extra, ...activeItems(active) };
    if (current) items[PREVIOUS_KEY] = current;
    try {
      await browser.storage.local.set(items);
    } catch (e) {
      return { ok: false, failure: storageFailure(e) };
    }
    return { ok: true, active };
  });
}
