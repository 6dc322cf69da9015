/** The dataset URL the reader saved for scheduled checks, with what the server last said about it. */
import { browser } from 'wxt/browser';

/** A saved dataset URL and the validators for conditional requests. */
export type SavedUrl = {
  url: string;
  etag?: string;
  lastModified?: string;
  /** ISO timestamp of the last check, whatever its outcome. */
  lastCheckedAt?: string;
};

/** Storage key of the saved URL. */
export const SAVED_URL_KEY = 'update:url';

const optionalString = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Reads a stored value as a SavedUrl, or null when it is missing or damaged. */
export function normaliseSavedUrl(raw: unknown): SavedUrl | null {
  const r = raw as Partial<Record<keyof SavedUrl, unknown>> | null;
  if (!r || typeof r !== 'object' || typeof r.url !== 'string') return null;
  const out: SavedUrl = { url: r.url };
  for (const k of ['etag', 'lastModified', 'lastCheckedAt'] as const) {
    const v = optionalString(r[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The saved URL, or null when none is saved. */
export async function readSavedUrl(): Promise<SavedUrl | null> {
  const stored = await browser.storage.local.get(SAVED_URL_KEY);
  return normaliseSavedUrl(stored[SAVED_URL_KEY]);
}

/** Saves a URL, dropping the validators when the URL changed. */
export async function saveUrl(url: string): Promise<SavedUrl> {
  const old = await readSavedUrl();
  const next: SavedUrl = old?.url === url ? old : { url };
  await browser.storage.local.set({ [SAVED_URL_KEY]: next });
  return next;
}

/** Merges what a check learned (validators, time) into the saved URL, if it is still the same URL. */
export async function recordCheck(url: string, patch: Omit<SavedUrl, 'url'>): Promise<void> {
  const old = await readSavedUrl();
  if (old?.url !== url) return;
  await browser.storage.local.set({ [SAVED_URL_KEY]: { ...old, ...patch } });
}

/** Forgets the saved URL. */
export async function forgetSavedUrl(): Promise<void> {
  await browser.storage.local.remove(SAVED_URL_KEY);
}
