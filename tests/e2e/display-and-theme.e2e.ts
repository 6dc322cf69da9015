import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server';
import { type ExtensionBrowser, launchExtension } from '../helpers/launch-extension';
import { hoverText, readMarks, waitForMarks } from '../helpers/page-actions';

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(resolve('tests/fixtures'));
  browser = await launchExtension(server.port);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('a dark page without a date', () => {
  let page: Page;
  const card = () => page.locator('backstory-card [data-testid=card]');

  beforeAll(async () => {
    page = await browser.context.newPage();
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
    const page = await browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    expect((await readMarks(page))['backstory-place']?.length).toBeGreaterThan(0);

    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid=kind-place]').uncheck();
    await expect.poll(async () => (await readMarks(page))['backstory-place']?.length ?? 0).toBe(0);
    expect((await readMarks(page))['backstory-person']?.length).toBeGreaterThan(0);

    await options.locator('[data-testid=kind-place]').check();
    await expect
      .poll(async () => (await readMarks(page))['backstory-place']?.length ?? 0)
      .toBeGreaterThan(0);
  });

  it('switches all marking off and on', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('[data-testid=highlighting]').uncheck();
    await expect.poll(async () => Object.values(await readMarks(page)).flat().length).toBe(0);
    await options.locator('[data-testid=highlighting]').check();
    await waitForMarks(page);
  });
});
