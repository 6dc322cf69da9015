/**
 * In the built extension: from navigation to the first marks on the demo article, with the
 * background running, and right after it was stopped (as Chrome stops an idle service worker; the
 * page's first request then starts it, and it loads the dataset before answering).
 */
import { resolve } from 'node:path';
import { startFixtureServer } from '../../tests/helpers/fixture-server';
import { launchExtension, stopServiceWorker } from '../../tests/helpers/launch-extension';
import { waitForMarks } from '../../tests/helpers/page-actions';

const ARTICLE = 'http://www.dawn.com/news/naqvi-meets-envoy';

/** Median ms from navigation to marks, over `loads` loads each way. */
export type MarksLatency = { runningMs: number; stoppedMs: number; loads: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Measures both ways, alternating, after one load that installs the bundled dataset. */
export async function measureMarksLatency(loads: number): Promise<MarksLatency> {
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const browser = await launchExtension(server.port);
  try {
    const page = await browser.context.newPage();
    await page.goto(ARTICLE);
    await waitForMarks(page);
    const running: number[] = [];
    const stopped: number[] = [];
    for (let i = 0; i < loads; i++) {
      for (const isStopped of [false, true]) {
        if (isStopped) {
          await stopServiceWorker(page);
          // Let the stop settle before the next navigation.
          await page.waitForTimeout(300);
        }
        const t = performance.now();
        await page.goto(ARTICLE);
        await waitForMarks(page);
        (isStopped ? stopped : running).push(performance.now() - t);
      }
    }
    return { runningMs: median(running), stoppedMs: median(stopped), loads };
  } finally {
    await browser.close();
    await server.close();
  }
}
