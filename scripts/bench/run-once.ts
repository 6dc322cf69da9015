/** One measured run: a fresh page, one engine, timings from inside the page and the heap it kept. */
import { heapAfterGc, type BenchBrowser } from './browser-session';
import type { Engine, RunResult } from './page/entry';

type BenchWindow = {
  backstoryBench: {
    setPayload: (p: object) => Promise<void>;
    run: (e: Engine) => Promise<RunResult>;
  };
};

// Engines that leave the page as they found it, so a second run in the same page is the same work.
const REPEATABLE: readonly Engine[] = ['floor', 'reader', 'ours', 'ours-here'];

/**
 * Opens a fresh page, runs one engine once and measures the heap it kept. For the floor, the reader
 * and ours it
 * then (with `warm`) runs twice more in the same page: `warmScriptMs` is the last run's script time, with the code
 * compiled and optimised by then (a diagnostic: the budgets use the first, cold run).
 */
export async function runOnce(
  bench: BenchBrowser,
  path: string,
  engine: Engine,
  payload: object,
  options: { warm?: boolean } = {},
): Promise<RunResult & { heapKb: number; warmScriptMs?: number }> {
  const { page, cdp } = await bench.open(path);
  try {
    await page.evaluate(
      (p) => (window as unknown as BenchWindow).backstoryBench.setPayload(p),
      payload,
    );
    const before = await heapAfterGc(cdp);
    const result = await page.evaluate<RunResult, Engine>(
      (e) => (window as unknown as BenchWindow).backstoryBench.run(e),
      engine,
    );
    const after = await heapAfterGc(cdp);
    const heapKb = Math.round((after - before) / 1024);
    if (!options.warm || !REPEATABLE.includes(engine)) return { ...result, heapKb };
    let warm = result;
    for (let i = 0; i < 2; i++) {
      warm = await page.evaluate<RunResult, Engine>(
        (e) => (window as unknown as BenchWindow).backstoryBench.run(e),
        engine,
      );
    }
    return { ...result, heapKb, warmScriptMs: warm.scriptMs };
  } finally {
    await page.close();
  }
}
