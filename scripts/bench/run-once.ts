/** One measured run: a fresh page, one engine, timings from inside the page and the heap it kept. */
import { heapAfterGc, type BenchBrowser } from './browser-session';
import type { Engine, RunResult } from './page/entry';

type BenchWindow = {
  backstoryBench: { setPayload: (p: object) => void; run: (e: Engine) => Promise<RunResult> };
};

/** Opens a fresh page, runs one engine once and measures the heap it kept. */
export async function runOnce(
  bench: BenchBrowser,
  pageChars: number,
  engine: Engine,
  payload: object,
): Promise<RunResult & { heapKb: number }> {
  const { page, cdp } = await bench.open(`/page-${pageChars}.html`);
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
    return { ...result, heapKb: Math.round((after - before) / 1024) };
  } finally {
    await page.close();
  }
}
