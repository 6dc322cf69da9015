/**
 * Hover latency in the built extension: the pointer rests on a marked name in a fixture page, and a
 * poll in the page (1 ms timer, bench-only) notes when the card appears. Lateness is the time past
 * the 500 ms dwell, measured from the last pointer move.
 */
import { resolve } from 'node:path';
import { startFixtureServer } from '../../tests/helpers/fixture-server';
import { launchExtension } from '../../tests/helpers/launch-extension';
import { textCentre, waitForMarks } from '../../tests/helpers/page-actions';

const DWELL_MS = 500;
const NAMES = ['Mohsin Naqvi', 'Besham', 'Karachi'];

type Probe = { hoverProbe?: { moved: number; shown: number } };

/**
 * Median ms by which the card opened after the dwell over three names (in quick runs too: one
 * hover alone moved by ±10 ms between runs), or undefined when no card opened.
 */
export async function measureHoverLateness(): Promise<number | undefined> {
  const server = await startFixtureServer(resolve('tests/fixtures'));
  const browser = await launchExtension(server.port);
  try {
    const page = await browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    const late: number[] = [];
    for (const name of NAMES) {
      await page.mouse.move(5, 5);
      await page.waitForTimeout(800);
      const { x, y } = await textCentre(page, name);
      await page.evaluate(() => {
        const w = window as unknown as Probe;
        w.hoverProbe = { moved: 0, shown: 0 };
        addEventListener('pointermove', () => (w.hoverProbe!.moved = performance.now()));
        const timer = setInterval(() => {
          const host = document.querySelector('backstory-card');
          const card = host?.shadowRoot?.querySelector('[data-testid=card]');
          if (card && card.getBoundingClientRect().width > 0) {
            w.hoverProbe!.shown = performance.now();
            clearInterval(timer);
          }
        }, 1);
      });
      await page.mouse.move(x, y);
      await page.waitForTimeout(DWELL_MS + 400);
      const probe = await page.evaluate(() => (window as unknown as Probe).hoverProbe!);
      if (probe.shown > 0 && probe.moved > 0) late.push(probe.shown - probe.moved - DWELL_MS);
    }
    late.sort((a, b) => a - b);
    return late.length > 0 ? late[Math.floor(late.length / 2)] : undefined;
  } finally {
    await browser.close();
    await server.close();
  }
}
