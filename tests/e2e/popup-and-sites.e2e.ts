import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../helpers/extension-suite';
import { openPopupFor, readMarks, waitForMarks } from '../helpers/page-actions';

const suite = useExtensionSuite();

describe('toolbar popup on a listed news site', () => {
  let page: Page;
  let popup: Page;

  beforeAll(async () => {
    page = await suite.browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    popup = await openPopupFor(suite.browser, page);
    await popup.locator('[data-testid=story]').waitFor();
  });

  it('lists the entities found, grouped by kind, with mention counts', async () => {
    const people = popup.locator('[data-testid=group-person] .entity');
    const names = await people.locator('.entity-name').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Mohsin Naqvi', 'Jiang Zaidong']));
    const naqvi = popup.locator('.entity[data-entity-id=mohsin-naqvi] .entity-count');
    expect(Number(await naqvi.textContent())).toBe(2);
    expect(await popup.locator('[data-testid=group-group] .entity-name').allTextContents()).toEqual(
      expect.arrayContaining(['Balochistan Liberation Army']),
    );
  });

  it('shows the story so far: earlier incidents only, newest first', async () => {
    const dates = await popup
      .locator('[data-testid=story] time')
      .evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
    expect(dates.length).toBeGreaterThan(2);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates.every((d) => d <= '2024-11-08')).toBe(true);
    const ids = await popup
      .locator('[data-testid=story] [data-testid=incident]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(ids).toEqual(
      expect.arrayContaining([
        '2024-11-05-karachi-textile-mill-shooting',
        '2024-10-06-karachi-airport-bombing',
        '2024-03-26-besham-convoy-bombing',
      ]),
    );
  });

  it('shows the detected article date and the dataset version', async () => {
    expect(await popup.locator('[data-testid=article-date]').textContent()).toContain('8 Nov 2024');
    expect(await popup.locator('[data-testid=dataset-version]').textContent()).toMatch(
      /Dataset \d{4}\.\d{2}\.\d{2}/,
    );
  });

  it('scrolls to the first mention of an entity and flashes it', async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await popup.locator('.entity[data-entity-id=besham]').click();
    await expect
      .poll(async () => (await readMarks(page))['backstory-flash'] ?? [])
      .toEqual(['Besham']);
    const inView = await page.evaluate(() => {
      const [range] = [...CSS.highlights.get('backstory-flash')!] as Range[];
      const r = range!.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    expect(inView).toBe(true);
  });

  it('switches the site off and on again', async () => {
    await popup.locator('[data-testid=site-toggle]').uncheck();
    await expect
      .poll(
        async () => Object.keys(await readMarks(page)).filter((k) => !k.includes('flash')).length,
      )
      .toBe(0);
    await popup.locator('[data-testid=site-toggle]').check();
    await waitForMarks(page);
  });
});

describe('an unlisted site', () => {
  it('is left alone until the reader enables it, and the popup asks for exactly that origin', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('http://www.unlisted-news.org/news/unlisted-besham');
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual({});
    const popup = await openPopupFor(suite.browser, page);
    // Record the permission request the click makes (Chrome's own dialog cannot be answered by automation).
    await popup.evaluate(() => {
      const w = window as unknown as {
        chrome: { permissions: { request: (p: unknown) => Promise<boolean> } };
        requested: unknown[];
      };
      w.requested = [];
      w.chrome.permissions.request = (p) => {
        w.requested.push(p);
        return Promise.resolve(false);
      };
    });
    await popup.locator('[data-testid=enable-site]').click();
    await expect
      .poll(() => popup.evaluate(() => (window as unknown as { requested: unknown[] }).requested))
      .toEqual([{ origins: ['http://www.unlisted-news.org/*'] }]);
    expect(await popup.textContent('main')).toContain(
      'Permission was not granted; nothing changed.',
    );
    expect(await readMarks(page)).toEqual({});
  });
});
