/**
 * In the built extension: from navigation to the first marks, with the background running, and
 * right after it was stopped (as Chrome stops an idle service worker; the page's first request then
 * starts it, and it loads the dataset before answering). Measured on the demo article with the
 * bundled dataset, then on a generated 20 kB article with a generated dataset of 50,000 names
 * installed as an import would store it.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { activeItems, type ActiveDataset } from '../../lib/ext/active-dataset';
import type { StoredMatcher } from '../../lib/match';
import { startFixtureServer } from '../../tests/helpers/fixture-server';
import {
  backgroundLoad,
  launchExtension,
  stopServiceWorker,
} from '../../tests/helpers/launch-extension';
import { waitForMarks } from '../../tests/helpers/page-actions';
import { generateDictionary } from './gen-dictionary';
import { generatePage } from './gen-page';
import { benchMatcherJson } from './stored-matcher';

const ARTICLE = 'http://www.dawn.com/news/naqvi-meets-envoy';
const GENERATED = 'http://www.dawn.com/news/generated-20000';
const LARGE_DATASET_NAMES = 50_000;

/** Medians over `loads` loads each way, ms. */
export type LoadTimes = {
  /** Navigation to marks, the background running. */
  runningMs: number;
  /** Navigation to marks, the background stopped before. */
  stoppedMs: number;
  /** The restarted background's own load of the matcher (User Timing measure in the extension). */
  readyMs: number;
  /** Whether every restart started from the matcher kept in IndexedDB. */
  fromKept: boolean;
};

/** The bundled dataset on the demo article, and 50,000 names on a generated 20 kB article. */
export type MarksLatency = LoadTimes & {
  loads: number;
  large?: LoadTimes & { names: number };
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Loads `url` `loads` times each way, alternating; medians in ms. */
async function timeLoads(page: Page, url: string, loads: number) {
  const running: number[] = [];
  const stopped: number[] = [];
  const ready: number[] = [];
  let fromKept = 0;
  for (let i = 0; i < loads; i++) {
    for (const isStopped of [false, true]) {
      if (isStopped) {
        await stopServiceWorker(page);
        // Let the stop settle before the next navigation.
        await page.waitForTimeout(300);
      }
      const t = performance.now();
      await page.goto(url);
      await waitForMarks(page, 30_000);
      (isStopped ? stopped : running).push(performance.now() - t);
      if (isStopped) {
        const load = await backgroundLoad(page.context());
        ready.push(load.ms);
        if (load.fromKept) fromKept++;
      }
    }
  }
  return {
    runningMs: median(running),
    stoppedMs: median(stopped),
    readyMs: median(ready),
    fromKept: fromKept === loads,
  };
}

/** The record an import of the generated dataset stores (entities as cards would need them). */
function largeRecord(): ActiveDataset {
  const entities = generateDictionary(LARGE_DATASET_NAMES).map((e) => ({
    ...e,
    background: `${e.name}, a generated entry.`,
    sources: [],
    caveats: [],
  }));
  return {
    dataset: {
      entities,
      incidents: [],
      version: 'bench-50000',
    } as unknown as ActiveDataset['dataset'],
    matcher: JSON.parse(benchMatcherJson(entities)) as StoredMatcher,
    source: { type: 'file', name: 'bench-50000.json' },
    installedAt: new Date().toISOString(),
    revision: `bench-${Date.now()}`,
  };
}

/**
 * Measures both ways on the bundled dataset, after one load that installs it, then (with
 * `withLarge`, the default) on 50,000 names.
 */
export async function measureMarksLatency(loads: number, withLarge = true): Promise<MarksLatency> {
  const server = await startFixtureServer(resolve('tests/fixtures'));
  server.put('/news/generated-20000', generatePage(20_000), 'text/html; charset=utf-8');
  const browser = await launchExtension(server.port);
  try {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE);
    await waitForMarks(page, 30_000);
    const bundled = await timeLoads(page, ARTICLE, loads);
    if (!withLarge) return { ...bundled, loads };
    // Stored in one call, record and revision, as an import stores it.
    const items = activeItems(largeRecord());
    const worker =
      browser.context.serviceWorkers().at(-1) ??
      (await browser.context.waitForEvent('serviceworker'));
    await worker.evaluate(async (json) => {
      type Storage = { storage: { local: { set: (items: object) => Promise<void> } } };
      const { chrome } = globalThis as unknown as { chrome: Storage };
      await chrome.storage.local.set(JSON.parse(json) as object);
    }, JSON.stringify(items));
    await page.goto(GENERATED);
    await waitForMarks(page, 30_000);
    const large = await timeLoads(page, GENERATED, loads);
    return { ...bundled, loads, large: { names: LARGE_DATASET_NAMES, ...large } };
  } finally {
    await browser.close();
    await server.close();
  }
}
