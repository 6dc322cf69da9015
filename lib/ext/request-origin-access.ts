/** Asks the browser for read access to a dataset URL's origin; must run inside the reader's click. */
import { browser } from 'wxt/browser';
import { originPattern } from '../update/fetch-policy';

/** True when the origin of `url` may be read (already granted, or the reader allowed it now). */
export async function requestOriginAccess(url: URL): Promise<boolean> {
  try {
    // Called directly, without awaiting anything first, so the click's user gesture still counts.
    return await browser.permissions.request({ origins: [originPattern(url)] });
  } catch (e) {
    console.warn('[backstory] permission request failed', e);
    return false;
  }
}
