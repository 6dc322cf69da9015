/** Everything the settings page shows about updates, read from storage in one place and watched for changes. */
import { browser } from 'wxt/browser';
import type { UpdateLogEntry } from '../update/update-log';
import { ACTIVE_KEY, PREVIOUS_KEY } from './active-dataset';
import { PENDING_KEY, type PendingUpdate, readPendingUpdate } from './pending-update';
import { type PreviousDataset, readPreviousDataset } from './rollback-dataset';
import { SAVED_URL_KEY, type SavedUrl, readSavedUrl } from './saved-url';
import { LOG_KEY, readUpdateLog } from './update-log-store';

/** The saved URL, the rollback target, a waiting update and the log. */
export type UpdateState = {
  savedUrl: SavedUrl | null;
  previous: PreviousDataset | null;
  pending: PendingUpdate | null;
  log: UpdateLogEntry[];
};

const KEYS = [ACTIVE_KEY, PREVIOUS_KEY, PENDING_KEY, SAVED_URL_KEY, LOG_KEY];

/** Reads the update state; a damaged part reads as empty rather than failing the page. */
export async function readUpdateState(): Promise<UpdateState> {
  const [savedUrl, previous, pending, log] = await Promise.all([
    readSavedUrl().catch(() => null),
    readPreviousDataset().catch(() => null),
    readPendingUpdate().catch(() => null),
    readUpdateLog().catch(() => []),
  ]);
  return { savedUrl, previous, pending, log };
}

/** Calls `listener` with fresh state whenever one of its keys changes (any tab, the background); returns the unsubscribe function. */
export function watchUpdateState(listener: (state: UpdateState) => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEYS.some((k) => k in changes)) void readUpdateState().then(listener);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
