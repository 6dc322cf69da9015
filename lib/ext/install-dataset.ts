/**
 * Prepares datasets for storage (matcher compiled once, at install time), loads the bundled one and
 * restores it; applying an update goes through commit-dataset.ts.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { compileMatcher, packMatcher } from '../match';
import {
  ACTIVE_KEY,
  ACTIVE_REVISION_KEY,
  type ActiveDataset,
  activeItems,
  type DatasetSource,
  PREVIOUS_KEY,
  readStoredDataset,
} from './active-dataset';
import { withDatasetLock } from './dataset-lock';

/** Path of the bundled dataset inside the extension. */
export const BUNDLED_DATASET_PATH = '/dataset.json';

/** Builds the record to store for a validated dataset, with a fresh revision id. */
export function prepareActiveDataset(
  dataset: Dataset,
  source: DatasetSource,
  now = new Date(),
): ActiveDataset {
  return {
    dataset,
    matcher: packMatcher(compileMatcher(dataset)),
    source,
    installedAt: now.toISOString(),
    revision: globalThis.crypto.randomUUID(),
  };
}

/** Loads and validates the dataset shipped inside the extension. */
export async function loadBundledDataset(): Promise<Dataset> {
  // The file is generated at build time, so WXT's typed public paths may not list it yet.
  const response = await fetch(browser.runtime.getURL(BUNDLED_DATASET_PATH as never));
  const result = validateDataset(await response.json());
  if (!result.ok)
    throw new Error(
      `bundled dataset is invalid: ${result.errors[0]?.path} ${result.errors[0]?.message}`,
    );
  return result.dataset;
}

/**
 * Makes the bundled dataset active again, whatever state storage is in: a usable dataset that was
 * active is kept for rollback; if the write fails, our damaged keys are cleared and it is retried.
 */
export async function resetToBundledDataset(): Promise<ActiveDataset> {
  const active = prepareActiveDataset(await loadBundledDataset(), { type: 'bundled' });
  return withDatasetLock(() => storeBundled(active));
}

/** Stores `active` (the bundled dataset), keeping a usable non-bundled one for rollback; under the lock. */
async function storeBundled(active: ActiveDataset): Promise<ActiveDataset> {
  const current = await readStoredDataset().catch(() => null);
  const items = activeItems(active);
  if (current && current.source.type !== 'bundled') items[PREVIOUS_KEY] = current;
  try {
    await browser.storage.local.set(items);
  } catch {
    await browser.storage.local
      .remove([ACTIVE_KEY, ACTIVE_REVISION_KEY, PREVIOUS_KEY])
      .catch(() => undefined);
    await browser.storage.local.set(activeItems(active));
  }
  return active;
}

// The install under way in this context: the install event and the first pages share it.
let installing: Promise<ActiveDataset> | null = null;

/**
 * The stored dataset, or the bundled one installed now when storage has none. Callers racing on a
 * fresh install (the install event, the first pages) all get the one installation, and in one
 * context the bundled dataset is compiled once.
 */
export async function ensureActiveDataset(): Promise<ActiveDataset> {
  const stored = await readStoredDataset().catch(() => null);
  if (stored) return stored;
  installing ??= (async () => {
    const active = prepareActiveDataset(await loadBundledDataset(), { type: 'bundled' });
    return withDatasetLock(
      async () => (await readStoredDataset().catch(() => null)) ?? storeBundled(active),
    );
  })().finally(() => {
    installing = null;
  });
  return installing;
}
