/**
 * Sites the reader enabled beyond the built-in news list: an optional host permission per origin,
 * and a dynamically registered content script that covers exactly the granted origins.
 */
import { browser } from 'wxt/browser';
import { NEWS_SITE_DOMAINS } from './news-sites';

const SCRIPT_ID = 'backstory-user-sites';
/** Path of the built content script inside the extension. */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** "https://example.org/*" for a page URL, or null for non-web URLs. */
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:'
      ? `${u.protocol}//${u.hostname}/*`
      : null;
  } catch {
    return null;
  }
}

/** True when the host is one of the built-in news sites or a subdomain of one. */
export function isBuiltInHost(host: string): boolean {
  return NEWS_SITE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

/** Asks the reader for one origin; must run in a click handler (user gesture). */
export async function requestSitePermission(url: string): Promise<boolean> {
  const pattern = originPattern(url);
  if (!pattern) return false;
  return browser.permissions.request({ origins: [pattern] });
}

/** Origins the reader granted that are not built in. */
export async function grantedUserOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter(
    (o) =>
      /^https?:\/\/[^*/]+\/\*$/.test(o) && !isBuiltInHost(new URL(o.replace('/*', '/')).hostname),
  );
}

let syncing: Promise<unknown> = Promise.resolve();

/**
 * Registers (or re-registers) the content script for the granted origins; none → unregistered.
 * Calls are serialised: a grant fires permissions.onAdded while the popup asks for the same sync,
 * and two interleaved unregister/register pairs would collide on the script id.
 */
export function syncUserSiteScripts(): Promise<string[]> {
  const next = syncing.then(syncNow, syncNow);
  syncing = next.catch(() => undefined);
  return next;
}

async function syncNow(): Promise<string[]> {
  const origins = await grantedUserOrigins();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  if (origins.length > 0) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: origins,
        js: [CONTENT_SCRIPT_FILE],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return origins;
}

/** True when the reader granted `origin` ("https://example.org/*"). */
export function isOriginGranted(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [origin] });
}

/** Runs the content script in a tab now (after the reader enabled its site). */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: [CONTENT_SCRIPT_FILE] as never[],
  });
}
