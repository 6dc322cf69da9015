/** The update log in extension storage: every import, download and check leaves one entry. */
import { browser } from 'wxt/browser';
import { type UpdateLogEntry, appendLog, normaliseLog } from '../update/update-log';

/** Storage key of the update log. */
export const LOG_KEY = 'update:log';

/** The logged results, newest first. */
export async function readUpdateLog(): Promise<UpdateLogEntry[]> {
  const stored = await browser.storage.local.get(LOG_KEY);
  return normaliseLog(stored[LOG_KEY]);
}

/** Adds one result to the log, stamped now; a failure to log never hides the result itself. */
export async function logUpdate(entry: Omit<UpdateLogEntry, 'at'>): Promise<void> {
  try {
    const log = appendLog(await readUpdateLog(), { at: new Date().toISOString(), ...entry });
    await browser.storage.local.set({ [LOG_KEY]: log });
  } catch (e) {
    console.warn('[backstory] could not write the update log', e);
  }
}
