/**
 * Installs datasets: validates fully, compiles the matcher, then writes in one storage call so the
 * previous dataset stays active until the new one is completely stored.
 */
import { browser } from 'wxt/browser';
import type { Dataset } from '../dataset/schema';
import { type DatasetError, validateDataset } from '../dataset/validate';
import { compileMatcher } from '../match';
import {
  ACTIVE_KEY,
  type ActiveDataset,
  type DatasetSource,
  PREVIOUS_KEY,
  readStoredDataset,
} from './active-dataset';

/** Path of the bundled dataset inside the extension. */
export const BUNDLED_DATASET_PATH = '/dataset.json';

/** Outcome of an install attempt. */
export type InstallResult =
  { ok: true; active: ActiveDataset } | { ok: false; errors: DatasetError[] };

/** Builds the record to store for a validated dataset. */
export function prepareActiveDataset(
  dataset: Dataset,
  source: DatasetSource,
  now = new Date(),
): ActiveDataset {
  return { dataset, matcher: compileMatcher(dataset), source, installedAt: now.toISOString() };
}

/** Validates `input` and, only if it is valid, makes it the active dataset (the old one kept for rollback). */
export async function installDataset(
  input: unknown,
  source: DatasetSource,
): Promise<InstallResult> {
  const result = validateDataset(input);
  if (!result.ok) return { ok: false, errors: result.errors };
  const active = prepareActiveDataset(result.dataset, source);
  const previous = await readStoredDataset();
  const items: Record<string, unknown> = { [ACTIVE_KEY]: active };
  if (previous) items[PREVIOUS_KEY] = previous;
  await browser.storage.local.set(items);
  return { ok: true, active };
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

/** Makes the bundled dataset active again; works whatever state storage is in. */
export async function resetToBundledDataset(): Promise<ActiveDataset> {
  const active = prepareActiveDataset(await loadBundledDataset(), { type: 'bundled' });
  await browser.storage.local.remove([ACTIVE_KEY]).catch(() => undefined);
  await browser.storage.local.set({ [ACTIVE_KEY]: active });
  return active;
}

/** The stored dataset, or the bundled one installed now when storage has none. */
export async function ensureActiveDataset(): Promise<ActiveDataset> {
  return (await readStoredDataset()) ?? (await resetToBundledDataset());
}
