/** One-click rollback: the dataset that was active before the last change becomes active again. */
import { browser } from 'wxt/browser';
import { validateDataset } from '../dataset/validate';
import { updateFailure } from '../update/update-failure';
import {
  ACTIVE_KEY,
  type DatasetSource,
  PREVIOUS_KEY,
  activeItems,
  isActiveDataset,
} from './active-dataset';
import { type CommitResult, storageFailure } from './commit-dataset';
import { withDatasetLock } from './dataset-lock';
import { prepareActiveDataset } from './install-dataset';

/** Swaps the previous and the active dataset (so a rollback can itself be undone); never throws. */
export function rollbackDataset(): Promise<CommitResult> {
  return withDatasetLock(async (): Promise<CommitResult> => {
    const stored = await browser.storage.local
      .get([ACTIVE_KEY, PREVIOUS_KEY])
      .catch((): Record<string, unknown> => ({}));
    const previous = stored[PREVIOUS_KEY];
    // Storage is not trusted: the earlier dataset is validated again and its matcher recompiled.
    const checked = isActiveDataset(previous) ? validateDataset(previous.dataset) : null;
    if (!checked?.ok || !isActiveDataset(previous))
      return {
        ok: false,
        failure: updateFailure('no-previous', 'There is no earlier dataset to go back to.'),
      };
    const active = prepareActiveDataset(checked.dataset, previous.source);
    const current = stored[ACTIVE_KEY];
    try {
      await browser.storage.local.set({
        ...activeItems(active),
        [PREVIOUS_KEY]: isActiveDataset(current) ? current : null,
      });
    } catch (e) {
      return { ok: false, failure: storageFailure(e) };
    }
    return { ok: true, active };
  });
}

/** What the settings page says about the dataset a rollback would restore. */
export type PreviousDataset = { version: string; source: DatasetSource };

/** Version and source of the dataset a rollback would restore, or null when there is none. */
export async function readPreviousDataset(): Promise<PreviousDataset | null> {
  const stored = await browser.storage.local.get(PREVIOUS_KEY);
  const previous = stored[PREVIOUS_KEY];
  return isActiveDataset(previous)
    ? { version: previous.dataset.version, source: previous.source }
    : null;
}
