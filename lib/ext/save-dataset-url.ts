/** Saves a dataset URL for daily checks after the reader grants access to its origin. */
import { type UpdateFailure, updateFailure } from '../update/update-failure';
import { requestOriginAccess } from './request-origin-access';
import { saveUrl } from './saved-url';
import { logUpdate } from './update-log-store';
import { scheduleUpdateCheck } from './update-schedule';

/**
 * Asks for the origin (first, so the click's user gesture still counts), then saves the URL and
 * starts the daily check. A refusal saves nothing and is logged.
 */
export async function saveDatasetUrl(
  url: URL,
): Promise<{ ok: true } | { ok: false; failure: UpdateFailure }> {
  if (!(await requestOriginAccess(url))) {
    const failure = updateFailure(
      'permission',
      `Permission refused: Backstory may not read files from ${url.host}, so the address was not saved.`,
    );
    await logUpdate({ source: url.href, outcome: 'failed', message: failure.message });
    return { ok: false, failure };
  }
  await saveUrl(url.href);
  await scheduleUpdateCheck();
  return { ok: true };
}
