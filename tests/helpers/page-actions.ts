/** Things e2e tests and the demo do to a page: read our marks, hover a word, open the popup. */
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/** Every Backstory highlight on the page, by highlight name, as the marked texts. */
export async function readMarks(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights.entries()) {
      if (name.startsWith('backstory-'))
        out[name] = [...highlight].map((r) => (r as Range).toString());
    }
    return out;
  });
}

/** Waits until the page has marks and returns their count. */
export async function waitForMarks(page: Page, timeout = 10_000): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      let n = 0;
      for (const [name, h] of CSS.highlights.entries())
        if (/^backstory-(person|organization|group|place)$/.test(name)) n += h.size;
      return n > 0 ? n : null;
    },
    undefined,
    { timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Centre of the first occurrence of `text` inside the article, in viewport coordinates. */
export async function textCentre(
  page: Page,
  text: string,
  within = 'article',
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    (args) => {
      const { text: needle, within: selector } = args;
      const root = document.querySelector(selector) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      throw new Error(`text not found: ${needle}`);
    },
    { text, within },
  );
}

/** Moves the pointer onto the first occurrence of `text` inside `within` (the first article). */
export async function hoverText(page: Page, text: string, within?: string): Promise<void> {
  await page.mouse.move(5, 5);
  const { x, y } = await textCentre(page, text, within);
  await page.mouse.move(x - 2, y, { steps: 2 });
  await page.mouse.move(x, y);
}

/** The browser's id for the tab showing `page` (brought to the front, then asked of the service worker). */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    type Tabs = { tabs: { query: (q: object) => Promise<{ id?: number }[]> } };
    const [tab] = await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({
      active: true,
      lastFocusedWindow: true,
    });
    return tab?.id ?? null;
  });
  if (id === null) throw new Error(`no tab for ${page.url()}`);
  return id;
}

/**
 * Opens the popup as a page describing `page`'s tab. Outside a real toolbar click the extension has
 * no activeTab grant, so the popup is told the tab's URL too, as it would read it from the tab.
 */
export async function openPopupFor(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const tabId = await tabIdOf(browser, page);
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  const query = new URLSearchParams({ tabId: String(tabId), url: page.url() });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?${query}`);
  return popup;
}

/** Backstory's console warnings on `page` from now on (a fallback, a failed stage). */
export function collectWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.text().includes('[backstory]')) warnings.push(m.text());
  });
  return warnings;
}
