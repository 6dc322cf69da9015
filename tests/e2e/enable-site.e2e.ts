import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server';
import { type ExtensionBrowser, launchExtension } from '../helpers/launch-extension';
import { openPopupFor, readMarks, waitForMarks } from '../helpers/page-actions';
import { startXvfb, type Xvfb } from '../helpers/xvfb';

// Chrome's "requested additional permissions" dialog only exists in a real window, so this file
// runs headful Chromium on a private Xvfb display and answers the dialog from the keyboard.
let xvfb: Xvfb;
let server: FixtureServer;
let browser: ExtensionBrowser;
const UNLISTED = 'http://www.unlisted-news.org/news/unlisted-besham';

beforeAll(async () => {
  xvfb = await startXvfb();
  server = await startFixtureServer(resolve('tests/fixtures'));
  browser = await launchExtension(server.port, { headless: false, display: xvfb.display });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  xvfb?.stop();
});

describe('enabling an unlisted site', () => {
  it('changes nothing when the reader denies the permission', async () => {
    const page = await browser.context.newPage();
    await page.goto('http://news.other-unlisted.org/news/unlisted-besham');
    const popup = await openPopupFor(browser, page);
    await popup.locator('[data-testid=enable-site]').click();
    await popup.waitForTimeout(800);
    xvfb.key('Return');
    await expect
      .poll(() => popup.textContent('main'), { timeout: 5000 })
      .toContain('Permission was not granted');
    await page.reload();
    await page.waitForTimeout(800);
    expect(await readMarks(page)).toEqual({});
  });
  it('asks Chrome for that origin, marks the open tab at once, and remembers the site', async () => {
    const page = await browser.context.newPage();
    await page.goto(UNLISTED);
    await page.waitForTimeout(500);
    expect(await readMarks(page)).toEqual({});

    const popup = await openPopupFor(browser, page);
    await popup.locator('[data-testid=enable-site]').click();
    // The dialog opens with "Deny" focused; Tab moves to "Allow".
    await popup.waitForTimeout(800);
    xvfb.key('Tab', 'Return');

    await popup.locator('[data-testid=group-person]').waitFor({ timeout: 10_000 });
    expect(await popup.locator('.entity[data-entity-id=mohsin-naqvi]').count()).toBe(1);
    await waitForMarks(page);
    expect((await readMarks(page))['backstory-place']).toEqual(
      expect.arrayContaining(['Besham', 'Khyber Pakhtunkhwa']),
    );

    const granted = await browser.worker.evaluate(() => {
      type Perms = { permissions: { contains: (p: object) => Promise<boolean> } };
      return (globalThis as unknown as { chrome: Perms }).chrome.permissions.contains({
        origins: ['http://www.unlisted-news.org/*'],
      });
    });
    expect(granted).toBe(true);

    // A later visit is marked by the registered content script, without asking again.
    const again = await browser.context.newPage();
    await again.goto(UNLISTED);
    expect(await waitForMarks(again)).toBeGreaterThan(0);
  });
});
