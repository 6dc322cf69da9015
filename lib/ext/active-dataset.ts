/**
 * The dataset pages use, as stored in extension storage. Reading is cheap and never validates with
 * the full schema (that happens once, when a dataset is installed): content scripts stay small.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import type { StoredMatcher } from '../match';

/** Where the active dataset came from. */
export type DatasetSource =
  { type: 'bundled' } | { type: 'file'; name: string } | { type: 'url'; url: string };

/** The stored, already validated dataset with its matcher compiled at install time. */
export type ActiveDataset = {
  dataset: Dataset;
  matcher: StoredMatcher;
  source: DatasetSource;
  /** ISO timestamp of installation. */
  installedAt: string;
  /** Random id of this installation: an update previewed against one revision is never applied over another. */
  revision?: string;
};

/** Storage key of the active dataset record. */
export const ACTIVE_KEY = 'dataset:active';
/** Storage key of the dataset that was active before the last install (for rollback). */
export const PREVIOUS_KEY = 'dataset:previous';
/**
 * Storage key of the active record's revision alone, written in the same call as the record: the
 * background learns which dataset is active without reading the whole record (about 0.8 s at
 * 50,000 names).
 */
export const ACTIVE_REVISION_KEY = 'dataset:active-revision';

/** The storage items that make `active` the active dataset: the record and its revision, set in one call. */
export function activeItems(active: ActiveDataset): Record<string, unknown> {
  return { [ACTIVE_KEY]: active, [ACTIVE_REVISION_KEY]: revisionOf(active) };
}

/** The active record's revision as stored beside it; null when none is (older records, none stored). */
export async function readActiveRevision(): Promise<string | null> {
  const stored = await browser.storage.local.get(ACTIVE_REVISION_KEY);
  const revision = stored[ACTIVE_REVISION_KEY];
  return typeof revision === 'string' && revision !== '' ? revision : null;
}

/** A cheap structural check that a stored value is a usable record (storage may be damaged). */
export function isActiveDataset(value: unknown): value is ActiveDataset {
  const v = value as Partial<ActiveDataset> | null;
  return (
    !!v &&
    typeof v === 'object' &&
    !!v.dataset &&
    Array.isArray(v.dataset.entities) &&
    Array.isArray(v.dataset.incidents) &&
    typeof v.dataset.version === 'string' &&
    !!v.matcher &&
    typeof v.matcher === 'object' &&
    !!v.source &&
    typeof v.installedAt === 'string'
  );
}

/** The revision an update is previewed against (null when nothing is stored). */
export function revisionOf(active: ActiveDataset | null): string | null {
  return active ? (active.revision ?? active.installedAt) : null;
}

/** The stored active dataset, or null when none is stored or the record is damaged. */
export async function readStoredDataset(): Promise<ActiveDataset | null> {
  const stored = await browser.storage.local.get(ACTIVE_KEY);
  const value = stored[ACTIVE_KEY];
  return isActiveDataset(value) ? value : null;
}

/** The active dataset; asks the background to install the bundled one when storage has none. */
export async function readActiveDataset(): Promise<ActiveDataset> {
  const stored = await readStoredDataset();
  if (stored) return stored;
  const fromBackground: unknown = await browser.runtime.sendMessage({ type: 'dataset:ensure' });
  if (isActiveDataset(fromBackground)) return fromBackground;
  throw new Error('no dataset available');
}

/** Calls `listener` whenever a new dataset becomes active; returns the unsubscribe function. */
export function watchActiveDataset(listener: (active: ActiveDataset) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const next = changes[ACTIVE_KEY]?.newValue;
    if (area === 'local' && isActiveDataset(next)) listener(next);
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
