/**
 * A long article: marks are painted only near the viewport (the highlights hold a few screens of
 * marks, whatever the page length), follow the reader as they scroll, and a name far down the page
 * still opens its card and is counted in the popup. Printed, the article carries no marks.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../helpers/extension-suite';
import { hoverText, openPopupFor, readMarks, waitForMarks } from '../helpers/page-actions';

const suite = useExtensionSuite();
let page: Page;

// About 150 screens of filler between a name at the top and one at the bottom.
const FILLER =
  'The committee met again on Tuesday to review the schedule, the budget and the ' +
  'reports from the field offices, and agreed to publish its findings after the holidays.';
const PARAGRAPHS = 600;

function longArticle(): string {
  const body = Array.from({ length: PARAGRAPHS }, (_, i) => {
    if (i === 0) return '<p>Officials in Karachi reviewed security on Friday.</p>';
    if (i === PARAGRAPHS - 1) return '<p>The convoy had been attacked near Besham in March.</p>';
    return `<p>${FILLER}</p>`;
  }).join('\n');
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long report</title>' +
    '<meta property="article:published_time" content="2024-11-08T09:00:00+05:00"></head>' +
    `<body><article><h1>A long report</h1>${body}</article></body></html>`
  );
}

const painted = async () =>
  Object.entries(await readMarks(page))
    .filter(([name]) => !/focus|flash/.test(name))
    .flatMap(([, texts]) => texts);

beforeAll(async () => {
  suite.server.put('/news/long-report', longArticle(), 'text/html; charset=utf-8');
  page = await suite.browser.context.newPage();
  await page.goto('http://www.dawn.com/news/long-report');
  await waitForMarks(page);
});

describe('a long article', () => {
  it('paints the marks near the top and not those far below', async () => {
    // The content script names each finished scan in the page's performance timeline.
    await page.waitForFunction(() => performance.getEntriesByName('backstory:scan').length > 0);
    await expect.poll(painted).toContain('Karachi');
    expect(await painted()).not.toContain('Besham');
  });

  it('paints a mark far below once the reader scrolls to it, and unpaints the top', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await expect.poll(painted, { timeout: 5_000 }).toContain('Besham');
    expect(await painted()).not.toContain('Karachi');
  });

  it('opens the card of a name at the bottom of the page', async () => {
    await hoverText(page, 'Besham');
    const card = page.locator('backstory-card [data-testid=card]');
    await card.waitFor({ timeout: 5_000 });
    expect(await card.textContent()).toContain('Besham');
  });

  it('counts both names in the popup, painted or not', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const popup = await openPopupFor(suite.browser, page);
    const places = popup.locator('[data-testid=group-place] .entity-name');
    await places.first().waitFor();
    expect(await places.allTextContents()).toEqual(expect.arrayContaining(['Karachi', 'Besham']));
    await popup.close();
  });

  it('prints without marks (the screen shows only those near the viewport), and shows them again after', async () => {
    const underline = () =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('article p')!, '::highlight(backstory-place)')
            .textDecorationLine,
      );
    expect(await underline()).toBe('underline');
    await page.emulateMedia({ media: 'print' });
    expect(await underline()).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    expect(await underline()).toBe('underline');
  });
});
