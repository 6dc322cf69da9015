/** Starts Debian's Chromium with the built extension loaded, the way the toolchain notes prove works. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { READY_MEASURE } from '../../lib/ext/serve-dataset';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

/** Host names the fixture server answers for (news sites on the built-in list, and one that is not). */
export const FIXTURE_HOSTS = [
  'www.dawn.com',
  'tribune.com.pk',
  'www.unlisted-news.org',
  'news.other-unlisted.org',
];

/** The launched browser, its extension id and service worker. */
export type ExtensionBrowser = {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close: () => Promise<void>;
};

/** Path of the production Chrome build. */
export const CHROME_BUILD = resolve('.output/chrome-mv3');

/** Launches Chromium with the extension; every fixture host resolves to `port` on loopback. `display` runs it headful on that X display. */
export async function launchExtension(
  port: number,
  options: { headless?: boolean; display?: string } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'backstory-e2e-'));
  const rules = FIXTURE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.display ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    viewport: { width: 1200, height: 900 },
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--host-resolver-rules=${rules}`,
      ...CHROMIUM_ARGS,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker as Chrome does when it is idle (through the DevTools
 * protocol of `page`'s browser); false when none was running.
 */
export async function stopServiceWorker(page: Page): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: { targetId: string; type: string; url: string }[];
    };
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    );
    if (worker) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    return worker !== undefined;
  } finally {
    await cdp.detach();
  }
}

/**
 * The newest service worker's first dataset load: ms to a matcher ready to match, and whether it
 * started from the copy it keeps (the User Timing measure the background records).
 */
export async function backgroundLoad(
  context: BrowserContext,
): Promise<{ ms: number; fromKept: boolean }> {
  const worker = context.serviceWorkers().at(-1);
  const entry = await worker?.evaluate((name) => {
    const m = performance.getEntriesByName(name)[0] as PerformanceMeasure | undefined;
    return m && { ms: m.duration, fromKept: (m.detail as { fromKept: boolean }).fromKept };
  }, READY_MEASURE);
  if (!entry) throw new Error('the background recorded no load');
  return entry;
}
