import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { ensureActiveDataset } from '../../lib/ext/install-dataset';
import { isBackgroundRequest } from '../../lib/ext/messages';
import {
  injectContentScript,
  isOriginGranted,
  syncUserSiteScripts,
} from '../../lib/ext/user-sites';

const log = (...args: unknown[]) => console.warn('[backstory]', ...args);

/** Registers the granted origin's content script and runs it in the tab that asked, at once. */
async function enableSite(origin: string, tabId: number | undefined): Promise<boolean> {
  if (!(await isOriginGranted(origin))) return false;
  await syncUserSiteScripts();
  if (tabId !== undefined) await injectContentScript(tabId);
  return true;
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    ensureActiveDataset().catch((e: unknown) => log('could not install the bundled dataset', e));
    syncUserSiteScripts().catch((e: unknown) => log('could not register user sites', e));
  });
  browser.permissions.onAdded.addListener(() => void syncUserSiteScripts().catch(log));
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts().catch(log));

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'dataset:ensure') return ensureActiveDataset();
    return enableSite(message.origin, message.tabId);
  });
});
