import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { checkSavedUrl } from '../../lib/ext/check-saved-url';
import { ensureActiveDataset } from '../../lib/ext/install-dataset';
import { mendedRevision, serveDataset } from '../../lib/ext/serve-dataset';
import { isBackgroundRequest } from '../../lib/ext/messages';
import { UPDATE_ALARM, syncUpdateSchedule } from '../../lib/ext/update-schedule';
import { injectContentScript, syncUserSiteScripts } from '../../lib/ext/user-sites';

const log = (...args: unknown[]) => console.warn('[backstory]', ...args);

export default defineBackground(() => {
  // Pages match, and build cards and summaries, here: one loaded dataset for every tab.
  serveDataset();
  browser.runtime.onInstalled.addListener(({ reason }) => {
    ensureActiveDataset()
      // A version that stored the dataset without its revision beside it may have run before.
      .then((active) => (reason === 'update' ? mendedRevision(active) : undefined))
      .catch((e: unknown) => log('could not install the bundled dataset', e));
    syncUserSiteScripts().catch((e: unknown) => log('could not register user sites', e));
    syncUpdateSchedule().catch((e: unknown) => log('could not schedule update checks', e));
  });
  browser.runtime.onStartup.addListener(() => void syncUpdateSchedule().catch(log));
  browser.permissions.onAdded.addListener(() => void syncUserSiteScripts().catch(log));
  browser.permissions.onRemoved.addListener(() => void syncUserSiteScripts().catch(log));

  // The check runs start to finish from the alarm; its result lives in storage, not in this worker.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UPDATE_ALARM) void checkSavedUrl().catch(log);
  });

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isBackgroundRequest(message)) return undefined;
    if (message.type === 'dataset:ensure') return ensureActiveDataset();
    return syncUserSiteScripts().then(async (origins) => {
      if (message.tabId !== undefined && origins.includes(message.origin))
        await injectContentScript(message.tabId);
      return origins;
    });
  });
});
