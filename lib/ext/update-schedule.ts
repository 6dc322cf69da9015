/** The scheduled check of the saved URL, as a browser alarm that survives the worker stopping. */
import { browser } from 'wxt/browser';
import { CHECK_INTERVAL_MINUTES } from '../update/limits';
import { readSavedUrl } from './saved-url';

/** Name of the alarm that checks the saved URL. */
export const UPDATE_ALARM = 'dataset-update-check';

/** Starts the daily check (the first one a day from now; saving already checked once). */
export async function scheduleUpdateCheck(minutes = CHECK_INTERVAL_MINUTES): Promise<void> {
  await browser.alarms.create(UPDATE_ALARM, { delayInMinutes: minutes, periodInMinutes: minutes });
}

/** Stops the scheduled check. */
export async function cancelUpdateCheck(): Promise<void> {
  await browser.alarms.clear(UPDATE_ALARM);
}

/** Makes the alarm match the saved URL: present when one is saved, absent otherwise. */
export async function syncUpdateSchedule(): Promise<void> {
  const [saved, alarm] = await Promise.all([readSavedUrl(), browser.alarms.get(UPDATE_ALARM)]);
  if (saved && !alarm) await scheduleUpdateCheck();
  if (!saved && alarm) await cancelUpdateCheck();
}
