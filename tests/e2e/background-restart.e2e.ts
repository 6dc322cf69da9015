import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../helpers/extension-suite';
import { stopServiceWorker } from '../helpers/launch-extension';
import { collectWarnings, hoverText, openPopupFor, waitForMarks } from '../helpers/page-actions';

// Chrome stops an extension's service worker after about 30 s without events; pages then talk to a
// fresh one that has loaded nothing and carries no names.
const ARTICLE = 'http://www.dawn.com/news/naqvi-meets-envoy';
const suite = useExtensionSuite();
let page: Page;
let warnings: string[] = [];

/** Stops the extension's service worker as Chrome does when it is idle. */
async function stopBackground() {
  expect(await stopServiceWorker(page)).toBe(true);
}

beforeAll(async () => {
  page = await suite.browser.context.newPage();
  warnings = collectWarnings(page);
  await page.goto(ARTICLE);
  await waitForMarks(page);
  await stopBackground();
});

describe('after the background was stopped while the page was open', () => {
  it('opens a card, from a background started again', async () => {
    await hoverText(page, 'Besham');
    const card = page.locator('backstory-card [data-testid=card]');
    await card.waitFor({ state: 'visible' });
    expect(await card.innerText()).toContain('Besham');
  });

  it('marks new text, a surname carried from the full name read before the restart', async () => {
    await stopBackground();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'In a late statement, Naqvi said the inquiry would report within a week.';
      document.querySelector('article')!.append(p);
      p.scrollIntoView({ block: 'center' });
    });
    // Marked in the new paragraph, as the interior minister named in full before the restart.
    const markedInLate = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('backstory-person') ?? [])]
          .filter((r) => (r as Range).startContainer.parentElement?.id === 'late')
          .map((r) => (r as Range).toString()),
      );
    await expect.poll(markedInLate, { timeout: 5_000 }).toEqual(['Naqvi']);
  });

  it('finishes a long scan whose background was stopped mid-way, every name marked', async () => {
    // 40,000 paragraphs (about 6 MB): the scan is still sending pieces when the background stops.
    const paragraphs = Array.from({ length: 40_000 }, (_, i) =>
      i % 40 === 0
        ? '<p>Officials in Karachi reviewed the security of the project sites again.</p>'
        : '<p>The committee met on Tuesday to review the schedule, the budget and the reports from the field offices, and agreed to publish its findings after the holidays.</p>',
    ).join('');
    suite.server.put(
      '/news/very-long-report',
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Very long report</title></head><body><article><h1>A very long report</h1>${paragraphs}</article></body></html>`,
      'text/html; charset=utf-8',
    );
    await page.goto('http://www.dawn.com/news/very-long-report');
    await waitForMarks(page);
    const isScanning = await page.evaluate(
      () => performance.getEntriesByName('backstory:scan').length === 0,
    );
    await stopBackground();
    await page.waitForFunction(
      () => performance.getEntriesByName('backstory:scan').length > 0,
      null,
      {
        timeout: 20_000,
      },
    );
    // A card wakes the background (the harness asks it for the tab's id below).
    await hoverText(page, 'Karachi');
    await page.locator('backstory-card [data-testid=card]').waitFor({ state: 'visible' });
    const popup = await openPopupFor(suite.browser, page);
    const karachi = popup.locator('[data-testid=group-place] li', { hasText: 'Karachi' });
    await karachi.first().waitFor();
    expect(await karachi.first().locator('.entity-count').textContent()).toBe('1000');
    await popup.close();
    // The stop came while pieces were out (else this test proves nothing).
    expect(isScanning).toBe(true);
  });

  it('never fell back to reading the dataset in the page', () => {
    expect(warnings).toEqual([]);
  });
});
