/**
 * The scheduled check: a conditional download of the saved URL, validated completely, then kept as
 * a pending update for the reader to review. Runs to completion in one go, so it does not matter
 * whether the background worker stays alive afterwards.
 */
import { summariseDiff } from '../update/diff-datasets';
import { checkDatasetUrl } from '../update/fetch-policy';
import { parseUpdate } from '../update/parse-update';
import { type DownloadOptions, downloadDataset } from './download-dataset';
import { writePendingUpdate } from './pending-update';
import { readSavedUrl, recordCheck } from './saved-url';
import { stageDataset } from './stage-update';
import { logUpdate } from './update-log-store';

/** What a scheduled check found. */
export type CheckOutcome = 'no-url' | 'unchanged' | 'ready' | 'failed';

/** Checks the saved URL once; never throws. */
export async function checkSavedUrl(
  options: Pick<DownloadOptions, 'fetchImpl' | 'timeoutMs' | 'isOnline'> = {},
): Promise<CheckOutcome> {
  const saved = await readSavedUrl();
  if (!saved) return 'no-url';
  const source = `scheduled check of ${saved.url}`;
  const log = async (outcome: Exclude<CheckOutcome, 'no-url'>, message: string) => {
    await logUpdate({ source, outcome, message });
    return outcome;
  };
  await recordCheck(saved.url, { lastCheckedAt: new Date().toISOString() });
  const checked = checkDatasetUrl(saved.url);
  if (!checked.ok) return log('failed', checked.failure.message);
  const download = await downloadDataset(checked.url, {
    ...options,
    etag: saved.etag,
    lastModified: saved.lastModified,
  });
  if (download.kind === 'not-modified')
    return log('unchanged', 'Not changed since the last check.');
  if (download.kind === 'failed') return log('failed', download.failure.message);
  const parsed = await parseUpdate(download.bytes);
  if (!parsed.ok) return log('failed', parsed.failure.message);
  await recordCheck(saved.url, { etag: download.etag, lastModified: download.lastModified });
  const staged = await stageDataset(parsed.dataset, { type: 'url', url: saved.url });
  if (staged.diff.isSame)
    return log('unchanged', `Already up to date (version ${staged.diff.versionTo}).`);
  await writePendingUpdate({
    dataset: parsed.dataset,
    source: staged.source,
    fetchedAt: new Date().toISOString(),
  });
  return log(
    'ready',
    `Version ${staged.diff.versionTo} is ready to review in settings: ${summariseDiff(staged.diff)}.`,
  );
}
