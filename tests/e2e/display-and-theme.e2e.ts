import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../helpers/extension-suite';
import { hoverText, readMarks, waitForMarks } from '../helpers/page-actions';

const suite = useExtensionSuite();

describe('a dark page without a date', () => {
  let page: Page;
  const card = () => page.locator('backstory-card [data-testid=card]');

  beforeAll(async () => {
    page = await suite.browser.context.newPage();
    await page.goto('http://www.dawn.com/news/dark-undated');
    await waitForMarks(page);
  });

  it('draws the card in the dark theme', async () => {
    await hoverText(page, 'Sarfraz Bugti');
    await expect
      .poll(() => card().getAttribute('data-entity-id'), { timeout: 3000 })
      .toBe('sarfraz-bugti');
    const isDark = await page.evaluate(() =>
      document
        .querySelector('backstory-card')!
        .shadowRoot!.querySelector('.theme')!
        .classList.contains('dark'),
    );
    expect(isDark).toBe(true);
    const background = await card().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).toBe('rgb(30, 34, 43)');
  });

  it('says that no date was found and today is assumed', async () => {
    expect(await card().locator('footer').textContent()).toContain(
      'No date found on this page; assuming today',
    );
  });
});

describe('display settings', () => {
  it('stops marking a kind in open tabs when it is switched off, and marks it again when on', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    expect((await readMarks(page))['backstory-place']?.length).toBeGreaterThan(0);

    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.locator('[data-testid=kind-place]').uncheck();
    await expect.poll(async () => (await readMarks(page))['backstory-place']?.length ?? 0).toBe(0);
    // The rescan that drops the places repaints the rest as it goes: wait for it, under load too.
    await expect
      .poll(async () => (await readMarks(page))['backstory-person']?.length ?? 0)
      .toBeGreaterThan(0);

    await options.locator('[data-testid=kind-place]').check();
    await expect
      .poll(async () => (await readMarks(page))['backstory-place']?.length ?? 0)
      .toBeGreaterThan(0);
  });

  it('switches all marking off and on', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.locator('[data-testid=highlighting]').uncheck();
    await expect.poll(async () => Object.values(await readMarks(page)).flat().length).toBe(0);
    await options.locator('[data-testid=highlighting]').check();
    await waitForMarks(page);
  });
});
