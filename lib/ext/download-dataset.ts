/**
 * Downloads a dataset file under the update policy: a time-out over headers and body, a byte cap
 * enforced while streaming, no cookies or referrer, a JSON content type, redirects only within the
 * origin over https, and conditional requests for scheduled checks.
 */
import {
  checkFinalUrl,
  isJsonContentType,
  serverError,
  wrongContentType,
} from '../update/fetch-policy';
import { DOWNLOAD_TIMEOUT_MS, UPDATE_LIMITS } from '../update/limits';
import { tooLarge } from '../update/parse-update';
import { type UpdateFailure, updateFailure } from '../update/update-failure';

/** Validators from the last download, and test seams. */
export type DownloadOptions = {
  etag?: string;
  lastModified?: string;
  timeoutMs?: number;
  maxBytes?: number;
  fetchImpl?: typeof fetch;
  isOnline?: () => boolean;
};

/** The body with its validators, "not modified", or why the download failed. */
export type DownloadResult =
  | { kind: 'body'; bytes: Uint8Array; etag?: string; lastModified?: string }
  | { kind: 'not-modified' }
  | { kind: 'failed'; failure: UpdateFailure };

const failed = (failure: UpdateFailure): DownloadResult => ({ kind: 'failed', failure });

/** Reads a body up to `max` bytes; null as soon as it grows past the cap (the stream is cancelled). */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | null> {
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** What the status and headers already decide, before any of the body is read; null to read on. */
function answerBeforeBody(response: Response, url: URL, maxBytes: number): DownloadResult | null {
  // Redirects were followed by the browser; what matters is where the body came from.
  const redirect = checkFinalUrl(url, response.url);
  if (redirect) return failed(redirect);
  if (response.status === 304) return { kind: 'not-modified' };
  if (!response.ok) return failed(serverError(response.status, url.host));
  const type = response.headers.get('content-type');
  if (!isJsonContentType(type)) return failed(wrongContentType(type));
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) return failed(tooLarge(declared, maxBytes));
  return null;
}

/** Downloads `url` (already checked by checkDatasetUrl); never throws. */
export async function downloadDataset(
  url: URL,
  options: DownloadOptions = {},
): Promise<DownloadResult> {
  const timeoutMs = options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? UPDATE_LIMITS.maxBytes;
  const isOnline =
    options.isOnline ?? (() => (globalThis.navigator as Navigator | undefined)?.onLine ?? true);
  const controller = new AbortController();
  let isTimedOut = false;
  const timer = setTimeout(() => {
    isTimedOut = true;
    controller.abort();
  }, timeoutMs);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  try {
    const response = await (options.fetchImpl ?? fetch)(url.href, {
      headers,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'follow',
      cache: 'no-store',
      signal: controller.signal,
    });
    const early = answerBeforeBody(response, url, maxBytes);
    if (early) {
      void response.body?.cancel().catch(() => undefined);
      return early;
    }
    const bytes = await readCapped(response.body, maxBytes);
    if (!bytes) return failed(tooLarge(null, maxBytes));
    return {
      kind: 'body',
      bytes,
      etag: response.headers.get('etag') ?? undefined,
      lastModified: response.headers.get('last-modified') ?? undefined,
    };
  } catch {
    if (isTimedOut)
      return failed(
        updateFailure(
          'timeout',
          `Timed out: ${url.host} did not send the dataset within ${Math.round(timeoutMs / 1000)} seconds.`,
        ),
      );
    if (!isOnline())
      return failed(updateFailure('offline', 'You are offline: the dataset was not downloaded.'));
    return failed(
      updateFailure(
        'offline',
        `Could not reach ${url.host}: you may be offline, the server may be down, or it does not let Backstory read the file (save the address to grant access).`,
      ),
    );
  } finally {
    clearTimeout(timer);
  }
}
