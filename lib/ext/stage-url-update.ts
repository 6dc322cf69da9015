/** Downloads a dataset URL the reader asked for and stages it for review (no conditional request). */
import { checkDatasetUrl } from '../update/fetch-policy';
import { UPDATE_LIMITS } from '../update/limits';
import { updateFailure } from '../update/update-failure';
import { type DownloadOptions, downloadDataset } from './download-dataset';
import { recordCheck } from './saved-url';
import { type StageResult, refuseUpdate, stageUpdate } from './stage-update';

/** Checks, downloads, validates and diffs the dataset at `rawUrl`; writes nothing but the log and check time. */
export async function stageUrlUpdate(
  rawUrl: string,
  options: Pick<DownloadOptions, 'fetchImpl' | 'timeoutMs' | 'isOnline'> = {},
  limits = UPDATE_LIMITS,
): Promise<StageResult> {
  const checked = checkDatasetUrl(rawUrl);
  if (!checked.ok) return refuseUpdate(rawUrl, checked.failure);
  const url = checked.url.href;
  const download = await downloadDataset(checked.url, { ...options, maxBytes: limits.maxBytes });
  await recordCheck(url, { lastCheckedAt: new Date().toISOString() });
  if (download.kind === 'failed') return refuseUpdate(url, download.failure);
  if (download.kind === 'not-modified')
    return refuseUpdate(
      url,
      updateFailure('server-error', 'The server answered "not modified" to a plain request.'),
    );
  const result = await stageUpdate(download.bytes, { type: 'url', url }, limits);
  if (result.ok)
    await recordCheck(url, { etag: download.etag, lastModified: download.lastModified });
  return result;
}
