/**
 * Headless Chromium for the bench: generated pages are served from memory on one origin with
 * cross-origin isolation (so `performance.now()` has fine resolution), one fresh page per run.
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/helpers/chromium';

/** The origin the bench pages are served from (never resolved: requests are fulfilled in-process). */
export const BENCH_ORIGIN = 'http://bench.test';

/** A launched browser plus the in-memory files it serves. */
export type BenchBrowser = {
  browser: Browser;
  /** Path → body; `/bench.js` and `/page-<size>.html` are added by the runner. */
  files: Map<string, string>;
  /** Opens a fresh page at `path` with a CDP session on it. */
  open: (path: string) => Promise<{ page: Page; cdp: CDPSession }>;
};

/** Launches Debian's Chromium (or CHROMIUM_PATH) headless with the network closed. */
export async function launchBenchBrowser(): Promise<BenchBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : []),
    ],
  });
  const files = new Map<string, string>();
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.route(`${BENCH_ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const body = files.get(path);
    if (body === undefined) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      body,
      contentType: path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
      headers: {
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      },
    });
  });
  return {
    browser,
    files,
    async open(path) {
      const page = await context.newPage();
      await page.goto(`${BENCH_ORIGIN}${path}`, { waitUntil: 'load' });
      const cdp = await context.newCDPSession(page);
      return { page, cdp };
    },
  };
}

/**
 * Memory in use after a full garbage collection, bytes: the V8 heap, plus the backing stores of
 * typed arrays (outside the V8 heap: the matcher's tables, the token stream) and Blink's heap (DOM
 * objects such as our ranges and highlights), which `usedSize` alone leaves out.
 */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    embedderHeapUsedSize?: number;
    backingStorageSize?: number;
  };
  return usage.usedSize + (usage.embedderHeapUsedSize ?? 0) + (usage.backingStorageSize ?? 0);
}
