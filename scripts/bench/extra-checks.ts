/** Checks beyond the grid: content-script size, the bundled dataset's load, an idle page, a rescan. */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { BenchBrowser } from './browser-session';
import { generateDictionary, keywordsOf } from './gen-dictionary';
import { measureHoverLateness } from './hover-check';
import { type MarksLatency, measureMarksLatency } from './marks-latency';
import { runOnce } from './run-once';
import { storedMatcherJson } from './stored-matcher';
import type { Dataset } from '../../lib/dataset/schema';
import type { ScanStats } from '../../lib/page/scan-article';

/** Results of the extra checks (undefined when a check could not run, with a note). */
export type ExtraResults = {
  contentScriptGzipBytes?: number;
  /** Bundled dataset: stored matcher parsed and loaded in a page, ms (median). */
  bundledLoadMs?: number;
  /** Tasks running our code on a page that changed nothing, and for how long we watched. */
  idleTasksFromUs?: number;
  idleSeconds?: number;
  /** Appending one paragraph to the 200 kB page: our work to mark it, ms, and its longest task. */
  incrementalMs?: number;
  incrementalLongestMs?: number;
  /** Appending 2,000 paragraphs at once to the 200 kB page: our rescan, and long tasks seen meanwhile. */
  bulk?: {
    paragraphs: number;
    busyMs: number;
    tasks: number;
    longestTaskMs: number;
    longTasks: number[];
  };
  /** How late the card opened after the dwell time, ms (median). */
  hoverLateMs?: number;
  /** Navigation to the first marks on the demo article, background running or just stopped. */
  marksLatency?: MarksLatency;
  /** The page's own DOM edits on the 2 MB page (see `pageEdits`): without us, after our marking, and with every mark live. */
  edits?: {
    count: number;
    withoutMs: number;
    withMs: number;
    allLiveMs: number;
    marks: number;
    live: number;
  };
  notes: string[];
};

type BenchWindow = {
  backstoryBench: {
    setPayload: (p: object) => Promise<void>;
    pageEdits: (count: number) => number;
    liveRanges: () => { marks: number; live: number };
    longTasksSince: (since: number) => number[];
    makeAllLive: () => void;
    watch: () => void;
    rescans: () => (ScanStats | null)[];
    run: (e: string) => Promise<unknown>;
  };
};

// Text and element edits the page makes in the page-edit check, and paragraphs added at once.
const EDITS = 2_000;
const BULK_PARAGRAPHS = 2_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Runs the checks that are not per cell. */
export async function extraChecks(bench: BenchBrowser, quick: boolean): Promise<ExtraResults> {
  const out: ExtraResults = { notes: [] };
  try {
    const js = await readFile('.output/chrome-mv3/content-scripts/content.js');
    out.contentScriptGzipBytes = gzipSync(js, { level: 9 }).length;
  } catch {
    out.notes.push('content script size: no build found (run `npm run build` first)');
  }
  try {
    const dataset = JSON.parse(await readFile('public/dataset.json', 'utf8')) as Dataset;
    const payload = {
      matcherJson: storedMatcherJson(dataset),
      entitiesJson: JSON.stringify(dataset.entities),
      names: [],
    };
    const runs = [];
    for (let i = 0; i < (quick ? 3 : 5); i++)
      runs.push(await runOnce(bench, '/page-20000.html', 'ours', payload));
    out.bundledLoadMs = median(runs.map((r) => r.loadMs));
  } catch {
    out.notes.push('bundled dataset load: no public/dataset.json (run `npm run dataset:build`)');
  }
  await idleAndRescan(bench, quick, out);
  await pageEditCost(bench, out).catch((e: unknown) => {
    out.notes.push(`page edits: ${String(e)}`);
  });
  if (out.contentScriptGzipBytes !== undefined) {
    out.hoverLateMs = await measureHoverLateness().catch((e: unknown) => {
      out.notes.push(`hover latency: ${String(e)}`);
      return undefined;
    });
    // A quick run leaves out installing 50,000 names (about 6 s of its minute).
    out.marksLatency = await measureMarksLatency(quick ? 3 : 8, !quick).catch((e: unknown) => {
      out.notes.push(`marks latency: ${String(e)}`);
      return undefined;
    });
  }
  return out;
}

async function idleAndRescan(bench: BenchBrowser, quick: boolean, out: ExtraResults) {
  const entities = generateDictionary(1_000);
  const { benchMatcherJson } = await import('./stored-matcher');
  const payload = {
    matcherJson: benchMatcherJson(entities),
    entitiesJson: JSON.stringify(entities),
    names: keywordsOf(entities),
  };
  const { page } = await bench.open('/page-200000.html');
  await page.evaluate(
    (p) =>
      (
        window as unknown as { backstoryBench: { setPayload: (p: object) => Promise<void> } }
      ).backstoryBench.setPayload(p),
    payload,
  );
  await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.run('ours'));
  await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.watch());
  out.idleSeconds = quick ? 3 : 10;
  await bench.browser.startTracing(page, { categories: ['devtools.timeline'] });
  await page.waitForTimeout(out.idleSeconds * 1000);
  const trace = JSON.parse((await bench.browser.stopTracing()).toString('utf8')) as {
    traceEvents: { name: string; args?: { data?: { url?: string } } }[];
  };
  out.idleTasksFromUs = trace.traceEvents.filter(
    (e) => e.name === 'FunctionCall' && e.args?.data?.url?.endsWith('/bench.js'),
  ).length;
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = document.querySelector('article p')!.textContent + ' Later news arrived.';
    document.querySelector('article')!.append(p);
  });
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).backstoryBench.rescans().length > 0,
    null,
    { timeout: 10_000 },
  );
  const stats = (
    await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.rescans())
  )[0];
  out.incrementalMs = stats?.busyMs;
  out.incrementalLongestMs = stats?.longestTaskMs;
  // A feed loading a big page of posts at once: thousands of new blocks in one report.
  const since = await page.evaluate((n) => {
    const article = document.querySelector('article')!;
    const source = [...article.querySelectorAll('p')];
    const added = document.createDocumentFragment();
    for (let i = 0; i < n; i++) added.append(source[i % source.length]!.cloneNode(true));
    const t = performance.now();
    article.append(added);
    return t;
  }, BULK_PARAGRAPHS);
  await page.waitForFunction(
    () => (window as unknown as BenchWindow).backstoryBench.rescans().length > 1,
    null,
    { timeout: 30_000 },
  );
  await page.waitForTimeout(200);
  const bulk = (
    await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.rescans())
  )[1];
  const longTasks = await page.evaluate(
    (t) => (window as unknown as BenchWindow).backstoryBench.longTasksSince(t),
    since,
  );
  if (bulk) {
    out.bulk = {
      paragraphs: BULK_PARAGRAPHS,
      busyMs: bulk.busyMs,
      tasks: bulk.tasks,
      longestTaskMs: bulk.longestTaskMs,
      longTasks,
    };
  }
  await page.close();
}

/** The page's own DOM edits on the 2 MB page: without Backstory, after it marked 10,000 names. */
async function pageEditCost(bench: BenchBrowser, out: ExtraResults) {
  const bare = await bench.open('/page-2000000.html');
  const withoutMs = await bare.page.evaluate(
    (n) => (window as unknown as BenchWindow).backstoryBench.pageEdits(n),
    EDITS,
  );
  await bare.page.close();
  const entities = generateDictionary(10_000);
  const { benchMatcherJson } = await import('./stored-matcher');
  const payload = {
    matcherJson: benchMatcherJson(entities),
    entitiesJson: JSON.stringify(entities),
  };
  const { page } = await bench.open('/page-2000000.html');
  await page.evaluate(
    (p) => (window as unknown as BenchWindow).backstoryBench.setPayload(p),
    payload,
  );
  await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.run('ours'));
  // Let the painter's observer report the blocks near the viewport.
  await page.waitForTimeout(500);
  const { marks, live } = await page.evaluate(() =>
    (window as unknown as BenchWindow).backstoryBench.liveRanges(),
  );
  const withMs = await page.evaluate(
    (n) => (window as unknown as BenchWindow).backstoryBench.pageEdits(n),
    EDITS,
  );
  await page.evaluate(() => (window as unknown as BenchWindow).backstoryBench.makeAllLive());
  const allLiveMs = await page.evaluate(
    (n) => (window as unknown as BenchWindow).backstoryBench.pageEdits(n),
    EDITS,
  );
  await page.close();
  out.edits = { count: EDITS, withoutMs, withMs, allLiveMs, marks, live };
}
