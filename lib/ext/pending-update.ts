/** An update a scheduled check downloaded and validated, waiting for the reader to review it. */
import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import type { DatasetSource } from './active-dataset';

/** The waiting update and when it was fetched. */
export type PendingUpdate = { dataset: Dataset; source: DatasetSource; fetchedAt: string };

/** Storage key of the pending update (null or absent when there is none). */
export const PENDING_KEY = 'dataset:pending';

/** The pending update, re-validated (storage is not trusted), or null. */
export async function readPendingUpdate(): Promise<PendingUpdate | null> {
  const stored = await browser.storage.local.get(PENDING_KEY);
  const raw = stored[PENDING_KEY] as Partial<PendingUpdate> | null | undefined;
  if (!raw || typeof raw !== 'object' || !raw.source || typeof raw.fetchedAt !== 'string')
    return null;
  const checked = validateDataset(raw.dataset);
  return checked.ok
    ? { dataset: checked.dataset, source: raw.source, fetchedAt: raw.fetchedAt }
    : null;
}

/** Stores an update for review, replacing any earlier one. */
export async function writePendingUpdate(update: PendingUpdate): Promise<void> {
  await browser.storage.local.set({ [PENDING_KEY]: update });
}

/** Drops the pending update (the reader cancelled it). */
export async function clearPendingUpdate(): Promise<void> {
  await browser.storage.local.remove(PENDING_KEY);
}
