/** The bench grid: page sizes, dictionary sizes, engines, and which peer runs are too slow to try. */
import type { Engine } from './page/entry';

/** One measured (page size, dictionary size, engine) cell, medians over its runs. */
export type Cell = {
  /** For a page given with `--html`: its file name (`pageChars` is then its approximate text length). */
  page?: string;
  pageChars: number;
  names: number;
  engine: Engine;
  runs: number;
  scriptMs: number;
  frameMs: number;
  longestTaskMs: number;
  loadMs: number;
  heapKb: number;
  marks: number;
  visibleMs?: number;
  /** Ours only: ms the background (the bench's host worker) spent matching, off the page. */
  hostMs?: number;
  /** Script ms of a third run in the same page (compiled, optimised code); floor, reader and ours only. */
  warmScriptMs?: number;
  /** Set when the cell was not run (too slow to measure), with why. */
  skipped?: string;
};

/** Every engine the bench knows ("reader" only when asked for with `--engines=`). */
export const ENGINES: readonly Engine[] = [
  'floor',
  'reader',
  'ours',
  'ours-here',
  'regex',
  'markjs',
];

/** `--engines=` as given, or an error naming what is not an engine. */
export function parseEngines(names: readonly string[]): Engine[] {
  const unknown = names.filter((n) => !(ENGINES as readonly string[]).includes(n));
  if (unknown.length > 0)
    throw new Error(`unknown engine ${unknown.join(', ')}: choose from ${ENGINES.join(', ')}`);
  return names as Engine[];
}

/** The grid for a full or a quick run. */
export function benchGrid(quick: boolean) {
  return {
    // Quick runs keep the smallest and the largest page (under a minute on 2 cores).
    pages: quick ? [20_000, 2_000_000] : [20_000, 200_000, 2_000_000],
    names: quick ? [100, 10_000, 50_000] : [100, 1_000, 10_000, 50_000],
    // "ours-here" (the page matching by itself, the fallback) is for comparison: full runs only.
    engines: (quick
      ? ['floor', 'ours', 'regex', 'markjs']
      : ['floor', 'ours', 'ours-here', 'regex', 'markjs']) as Engine[],
    runs: quick ? 1 : 5,
  };
}

// mark.js builds one RegExp per name and walks the page once per name: ~0.1 ms per name per 1,000
// characters here. Cells estimated above the cap are reported as skipped rather than run.
const MARKJS_MS_PER_NAME_KCHAR = 0.1;

/** Runs per cell: one for peer cells estimated over two seconds a run. */
export function runsFor(engine: Engine, pageChars: number, names: number, runs: number): number {
  return engine === 'markjs' && MARKJS_MS_PER_NAME_KCHAR * names * (pageChars / 1000) > 2_000
    ? 1
    : runs;
}

/** Why a cell is skipped, or undefined to run it. */
export function skipReason(engine: Engine, pageChars: number, names: number, quick: boolean) {
  if (quick && engine === 'regex' && names * pageChars > 1e9) return 'quick run: full run only';
  if (engine !== 'markjs') return undefined;
  const estimate = MARKJS_MS_PER_NAME_KCHAR * names * (pageChars / 1000);
  const cap = quick ? 2_500 : 10_000;
  return estimate > cap ? `estimated ${Math.round(estimate / 1000)} s per run` : undefined;
}
