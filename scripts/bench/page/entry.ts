/**
 * The in-page side of the bench, bundled with esbuild and loaded into each generated page. It runs one
 * engine per page load: the production page session (the content script's own code) matching in a
 * worker that stands in for the extension's background ("ours") or in the page ("ours-here", the
 * fallback), the RegExp and mark.js peers, or the floor, and reports timings measured inside the page.
 */
import { createPageSession } from '../../../entrypoints/content/page-session';
import { createDatasetClient } from '../../../lib/page/dataset-client';
import type { HostPort } from '../../../lib/page/host-port';
import type { HostControl, HostControlReply } from './host-worker';
import type { ActiveDataset } from '../../../lib/ext/active-dataset';
import { createMatcherCache } from '../../../lib/ext/matcher-cache';
import type { PackedMatcher } from '../../../lib/match/packed-matcher';
import { DEFAULT_SETTINGS } from '../../../lib/ext/settings';
import { observeArticle } from '../../../lib/dom/observe-article';
import type { ScanStats } from '../../../lib/page/scan-article';
import { yieldToPage } from '../../../lib/dom/yield-to-page';
import { createTextReader } from '../../../lib/article/text-reader';
import { runFloor } from './floor';
import { runMarkJs } from './markjs-peer';
import { buildAlternation, runRegexPeer } from './regex-peer';

/**
 * Which implementation a run measures. "reader" is a diagnostic, not in the default grid: the
 * production text reader alone, reading the whole article as the scan reads it (block breaks,
 * skipped elements, whitespace), with no matching and no marks.
 */
export type Engine = 'floor' | 'reader' | 'ours' | 'ours-here' | 'regex' | 'markjs';

// The reader engine's pieces: the largest the scan reads once it knows its pace.
const READER_PIECE_CHARS = 64_000;

/** Source of the host worker, put in by the bench bundler. */
declare const HOST_WORKER_SOURCE: string;

/** What one run reports. */
export type RunResult = {
  /** Main-thread JS of the run, ms (for ours: the sum of its slices). */
  scriptMs: number;
  /** From start until the frame after the work was painted, ms. */
  frameMs: number;
  /** Longest task in the run, ms (long-task entries, or the longest measured slice when none). */
  longestTaskMs: number;
  /** Matcher or RegExp build/load before the scan, ms. */
  loadMs: number;
  /** Marks made. */
  marks: number;
  /** Ours only: ms until the visible part was painted. */
  visibleMs?: number;
  /** Ours (background matching) only: ms the host spent matching, off the page's main thread. */
  hostMs?: number;
};

type Payload = { names?: string[]; matcherJson?: string; entitiesJson?: string };

const longTasks: PerformanceEntry[] = [];
new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
  type: 'longtask',
  buffered: true,
});

const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.addEventListener('message', () => resolve());
      ch.port1.start();
      ch.port2.postMessage(null);
    }),
  );

let payload: Payload = {};

/**
 * The host worker, started by the first run of "ours" in a page inside its timing, as a background
 * that Chrome stopped while idle is started by a page's first request: the page sends at once, and
 * the worker answers once it has loaded the matcher. Replies are parsed here, as the browser parses
 * a port message before our listener runs; `parseMs` counts that main-thread time.
 */
type Host = {
  port: () => HostPort;
  /** Asks the worker a control question (stats, reset). */
  ask: (m: HostControl) => Promise<HostControlReply>;
  /** Resolves with the worker's matcher load time once it is ready. */
  ready: Promise<number>;
  terminate: () => void;
  parseMs: number;
  /** The longest delivery of a reply (parse and our handler): it may share a task with the scan. */
  longestDeliveryMs: number;
};
let host: Host | null = null;

function startHost(revision: string): Host {
  const url = URL.createObjectURL(new Blob([HOST_WORKER_SOURCE], { type: 'text/javascript' }));
  const worker = new Worker(url);
  const listeners = new Set<(m: unknown) => void>();
  const answers: ((m: HostControlReply) => void)[] = [];
  const ask = (m: HostControl) =>
    new Promise<HostControlReply>((resolve) => {
      answers.push(resolve);
      worker.postMessage(m, []);
    });
  const h: Host = {
    port: () => ({
      send: (m) => worker.postMessage(JSON.stringify(m), []),
      onMessage: (l) => void listeners.add(l),
      onDisconnect: () => {},
      disconnect: () => listeners.clear(),
    }),
    ask,
    ready: ask({ bench: 'init', revision }).then((r) => {
      if (r.bench === 'ready') return r.loadMs;
      throw new Error(r.bench === 'failed' ? r.error : `bench: unexpected reply ${r.bench}`);
    }),
    terminate: () => worker.terminate(),
    parseMs: 0,
    longestDeliveryMs: 0,
  };
  worker.addEventListener('message', (e: MessageEvent<string | HostControlReply>) => {
    if (typeof e.data !== 'string') {
      answers.shift()?.(e.data);
      return;
    }
    const t = performance.now();
    const message = JSON.parse(e.data) as { id: number };
    h.parseMs += performance.now() - t;
    for (const l of listeners) l(message);
    h.longestDeliveryMs = Math.max(h.longestDeliveryMs, performance.now() - t);
  });
  return h;
}

/**
 * Keeps the matcher in this origin's IndexedDB as the extension's background keeps its copy
 * (production code: matcher-cache), before any timing, once per matcher; returns its revision.
 */
async function keepForHost(matcherJson: string): Promise<string> {
  let hash = 0;
  for (let i = 0; i < matcherJson.length; i++) hash = (hash * 31 + matcherJson.charCodeAt(i)) | 0;
  const revision = `bench-${matcherJson.length}-${hash >>> 0}`;
  const cache = createMatcherCache();
  if (!(await cache.read(revision)))
    await cache.write(revision, JSON.parse(matcherJson) as PackedMatcher);
  return revision;
}

async function hostBusyMs(h: Host): Promise<number> {
  const stats = await h.ask({ bench: 'stats' });
  return stats.bench === 'stats' ? stats.busyMs : 0;
}

// Parsed before a run starts: the dataset records stand apart from the matcher being measured.
let entities: unknown = [];
// The revision under which the payload's matcher is kept in IndexedDB for the host worker.
let keptRevision = '';
let keep: unknown;

async function run(engine: Engine): Promise<RunResult> {
  // Saved pages given with --html may have no <article>: the peers then work on the whole body.
  const article = document.querySelector('article') ?? document.body;
  // A run after the first in the same page talks to the running worker over a new connection
  // (fresh carried names), as a new page does to a running background.
  const isWarmHost = engine === 'ours' && host !== null;
  if (isWarmHost) await host!.ask({ bench: 'reset' });
  const hostBefore = isWarmHost ? await hostBusyMs(host!) : 0;
  const parseBefore = host?.parseMs ?? 0;
  if (host) host.longestDeliveryMs = 0;
  await afterNextFrame();
  const t0 = performance.now();
  const remote = engine === 'ours' ? (host ??= startHost(keptRevision)) : null;
  let hostMs: number | undefined;
  let loadMs = 0;
  let marks = 0;
  let scriptMs: number;
  let visibleMs: number | undefined;
  let longestSlice = 0;
  let loadEnd = t0;
  let loadTaskMs = 0;
  if (engine === 'floor') {
    marks = runFloor(article) > 0 ? 0 : -1;
    scriptMs = performance.now() - t0;
  } else if (engine === 'reader') {
    const reader = createTextReader(article);
    let chars = 0;
    for (let p = reader.read(READER_PIECE_CHARS); p; p = reader.read(READER_PIECE_CHARS))
      chars += p.text.length;
    marks = chars > 0 ? 0 : -1;
    scriptMs = performance.now() - t0;
  } else if (engine === 'regex') {
    const re = buildAlternation(payload.names!);
    loadMs = performance.now() - t0;
    marks = runRegexPeer(article, re);
    scriptMs = performance.now() - t0 - loadMs;
  } else if (engine === 'markjs') {
    marks = runMarkJs(article, payload.names!);
    scriptMs = performance.now() - t0;
  } else {
    const session = createPageSession(
      document,
      location.hostname,
      remote ? { remote: createDatasetClient(remote.port) } : {},
    );
    session.setSettings(DEFAULT_SETTINGS);
    if (remote) {
      // The page reads no dataset: the background loaded it before the page opened (its load
      // time is reported below).
      loadEnd = performance.now();
    } else {
      const active = {
        dataset: { entities, incidents: [], version: 'bench' },
        matcher: null,
        source: { type: 'bundled' },
        installedAt: '2024-01-01T00:00:00Z',
      } as unknown as ActiveDataset;
      // As in the content script when it holds the dataset: storage hands the record over in one
      // task (parsing stands in for it), loading the matcher is the next, the scan starts in a third.
      const l0 = performance.now();
      (active as { matcher: unknown }).matcher = JSON.parse(payload.matcherJson!);
      const parseMs = performance.now() - l0;
      await yieldToPage();
      const l1 = performance.now();
      session.setDataset(active);
      const setupMs = performance.now() - l1;
      loadMs = parseMs + setupMs;
      loadTaskMs = Math.max(parseMs, setupMs);
      await yieldToPage();
      loadEnd = performance.now();
    }
    const s0 = performance.now();
    const stats = await session.scan();
    scriptMs = stats ? stats.busyMs : performance.now() - s0;
    if (remote) {
      // Parsing the host's replies is main-thread work of ours too (our handling of them is in
      // the scan's own figure); loading is the host's.
      scriptMs += remote.parseMs - parseBefore;
      loadMs = isWarmHost ? 0 : await remote.ready;
      hostMs = (await hostBusyMs(remote)) - hostBefore;
    }
    longestSlice = stats
      ? Math.max(stats.longestTaskMs + (remote?.longestDeliveryMs ?? 0), loadTaskMs)
      : scriptMs + loadMs;
    if (stats) visibleMs = (stats.visibleAt || stats.firstTaskEnd) - t0;
    marks = session.marks().length;
    keep = session;
  }
  await afterNextFrame();
  const frameMs = performance.now() - t0;
  // Long tasks after loading: our scan tasks and the page's rendering of our marks.
  const ours = longTasks.filter((e) => e.startTime >= loadEnd - 1).map((e) => e.duration);
  const chunked = engine === 'ours' || engine === 'ours-here';
  const longestTaskMs = Math.max(longestSlice, chunked ? 0 : scriptMs + loadMs, ...ours);
  return { scriptMs, frameMs, longestTaskMs, loadMs, marks, visibleMs, hostMs };
}

const rescans: (ScanStats | null)[] = [];

/**
 * The page's own DOM edits: `count` times, a character inserted into and deleted from one of the
 * article's text nodes and an element appended to and removed from its paragraph. The browser
 * updates every live Range in the document on each of them, so their cost grows with the ranges a
 * page holds. Returns ms.
 */
function pageEdits(count: number): number {
  const article = document.querySelector('article') ?? document.body;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const t0 = performance.now();
  for (let i = 0; i < count; i++) {
    const text = texts[(i * 7919) % texts.length]!;
    text.insertData(0, 'x');
    text.deleteData(0, 1);
    const span = document.createElement('span');
    text.parentNode!.appendChild(span);
    span.remove();
  }
  return performance.now() - t0;
}

/** After `run('ours')`: marks held, and how many have a live Range now. */
function liveRanges(): { marks: number; live: number } {
  const session = keep as ReturnType<typeof createPageSession>;
  const marks = session.marks();
  return { marks: marks.length, live: marks.filter((m) => m.isLive).length };
}

/** After `run('ours')`: gives every mark a live Range, as if all were painted at once. */
function makeAllLive(): void {
  for (const m of (keep as ReturnType<typeof createPageSession>).marks()) void m.range;
}

/** After `run('ours')`: observes the article as the content script does, recording each rescan. */
function watch() {
  const session = keep as ReturnType<typeof createPageSession>;
  const root = session.root();
  if (root)
    observeArticle(
      root,
      (changed) => void session.rescanBlocks(changed).then((s) => rescans.push(s)),
    );
}

(window as unknown as { backstoryBench: unknown }).backstoryBench = {
  watch,
  rescans: () => rescans,
  async setPayload(p: Payload) {
    payload = p;
    entities = p.entitiesJson ? JSON.parse(p.entitiesJson) : [];
    host?.terminate();
    host = null;
    keptRevision = p.matcherJson ? await keepForHost(p.matcherJson) : '';
  },
  run,
  keepAlive: () => keep,
  pageEdits,
  liveRanges,
  makeAllLive,
  /** Long tasks (≥ 50 ms) seen since `since` (performance.now() time), their durations in ms. */
  longTasksSince: (since: number) =>
    longTasks.filter((e) => e.startTime >= since).map((e) => e.duration),
};
