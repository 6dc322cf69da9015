/**
 * Which dataset URLs Backstory will download from, and which responses it accepts: https anywhere,
 * plain http only on this computer (for local testing), redirects only within the same origin
 * over https, and a JSON content type.
 */
import { type UpdateFailure, updateFailure } from './update-failure';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for http on the loopback interface, the one place plain http is allowed. */
export function isLoopback(url: URL): boolean {
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

/** The URL a reader typed, checked: https (or loopback http), no credentials in it. */
export function checkDatasetUrl(
  raw: string,
): { ok: true; url: URL } | { ok: false; failure: UpdateFailure } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, failure: updateFailure('bad-url', 'That is not a web address.') };
  }
  if (url.protocol !== 'https:' && !isLoopback(url))
    return {
      ok: false,
      failure: updateFailure(
        'bad-url',
        'Only https:// addresses are allowed (plain http only on this computer, for testing).',
      ),
    };
  if (url.username || url.password)
    return {
      ok: false,
      failure: updateFailure('bad-url', 'The address must not contain a user name or password.'),
    };
  url.hash = '';
  return { ok: true, url };
}

/** The host-permission match pattern for a dataset URL's origin ("https://data.example.org/*"). */
export function originPattern(url: URL): string {
  return `${url.protocol}//${url.hostname}/*`;
}

/** Null when a response that ended at `final` may be read; otherwise why not (a redirect left the origin or https). */
export function checkFinalUrl(requested: URL, final: string): UpdateFailure | null {
  if (final === '' || final === requested.href) return null;
  let to: URL;
  try {
    to = new URL(final);
  } catch {
    return updateFailure('redirect', 'The server redirected to an address that is not valid.');
  }
  if (to.protocol !== 'https:' && !(isLoopback(requested) && isLoopback(to)))
    return updateFailure(
      'redirect',
      `The server redirected to an insecure address (${to.protocol}//${to.host}); only https is followed.`,
    );
  if (to.origin !== requested.origin)
    return updateFailure(
      'redirect',
      `The server redirected to another site (${to.host}); only redirects within ${requested.host} are followed.`,
    );
  return null;
}

/** True for application/json, text/json and application/*+json, with any parameters. */
export function isJsonContentType(header: string | null): boolean {
  const type = (header ?? '').split(';')[0]!.trim().toLowerCase();
  return (
    type === 'application/json' || type === 'text/json' || /^application\/[\w.-]+\+json$/.test(type)
  );
}

/** The failure for a response that is not JSON: says when it looks like a web page. */
export function wrongContentType(header: string | null): UpdateFailure {
  const type = (header ?? '').split(';')[0]!.trim() || 'no content type';
  return updateFailure(
    'content-type',
    type === 'text/html'
      ? 'The server sent a web page (text/html), not a JSON dataset: the address may be wrong.'
      : `The server sent ${type}, not JSON (application/json).`,
  );
}

/** The failure for an HTTP error status, worded for the common cases. */
export function serverError(status: number, host: string): UpdateFailure {
  const why =
    status === 404 || status === 410
      ? 'the file was not found'
      : status === 401 || status === 403
        ? 'access was refused'
        : status >= 500
          ? 'the server had a problem'
          : 'the request was not accepted';
  return updateFailure('server-error', `Server error from ${host}: ${why} (HTTP ${status}).`);
}
