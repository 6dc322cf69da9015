import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useExtensionSuite } from '../helpers/extension-suite';
import {
  collectWarnings,
  hoverText,
  openPopupFor,
  readMarks,
  waitForMarks,
} from '../helpers/page-actions';
import { datedStory } from '../helpers/story-html';

const ARTICLE = 'http://www.dawn.com/news/naqvi-meets-envoy';
const suite = useExtensionSuite();
let page: Page;
let warnings: string[] = [];

const card = () => page.locator('backstory-card [data-testid=card]');
// The texts of the marks on `p` (not the focus or flash highlights).
const markedOn = async (p: Page) =>
  Object.entries(await readMarks(p))
    .filter(([n]) => !/focus|flash/.test(n))
    .flatMap(([, t]) => t);
const allMarked = () => markedOn(page);
const livePage = (body: string) =>
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live</title>' +
  '<meta property="article:published_time" content="2024-11-08T09:00:00+05:00"></head>' +
  `<body><article><h1>Live updates</h1>${body}</article></body></html>`;
const painted = async (p: Page) => (await markedOn(p)).sort();
// The popup's entity counts for `p`, as "entity-id count".
const countsIn = async (p: Page) => {
  const popup = await openPopupFor(suite.browser, p);
  await popup.locator('.entity-count').first().waitFor();
  const counts = await popup
    .locator('.entity')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('data-entity-id')} ${e.querySelector('.entity-count')?.textContent}`,
      ),
    );
  await popup.close();
  return counts.sort();
};
// Serves `html` at http://www.dawn.com/news/<slug> and opens it in a new tab, once marked.
const openServed = async (slug: string, html: string) => {
  suite.server.put(`/news/${slug}`, html, 'text/html; charset=utf-8');
  const opened = await suite.browser.context.newPage();
  await opened.goto(`http://www.dawn.com/news/${slug}`);
  await waitForMarks(opened);
  return opened;
};

beforeAll(async () => {
  page = await suite.browser.context.newPage();
  warnings = collectWarnings(page);
  await page.goto(ARTICLE);
  await waitForMarks(page);
});

describe('marks on a news article', () => {
  it('is matched by the background, with no fallback to the page and no error', () => {
    expect(warnings).toEqual([]);
  });

  it('marks the officials, groups and places of the article by kind', async () => {
    const marks = await readMarks(page);
    expect(marks['backstory-person']).toEqual(
      expect.arrayContaining([
        'Mohsin Naqvi',
        'Jiang Zaidong',
        'Naqvi',
        'Zaidong',
        'Asif Ali Zardari',
      ]),
    );
    expect(marks['backstory-group']).toEqual(
      expect.arrayContaining(['Balochistan Liberation Army', 'BLA', 'TTP']),
    );
    expect(marks['backstory-place']).toEqual(
      expect.arrayContaining(['ISLAMABAD', 'Karachi', 'Besham', 'Khyber Pakhtunkhwa']),
    );
    expect(marks['backstory-organization']).toEqual(
      expect.arrayContaining([
        'Chinese Embassy in Islamabad',
        'China-Pakistan Economic Corridor',
        'CPEC',
      ]),
    );
  });

  it('marks a possessive without its apostrophe-s', async () => {
    expect(await allMarked()).toContain('Karachi');
    expect((await allMarked()).some((t) => t.includes('’s'))).toBe(false);
  });

  it('leaves navigation, asides, footers, text areas and code alone', async () => {
    const ranges = await page.evaluate(() => {
      const out: string[] = [];
      for (const [name, h] of CSS.highlights.entries()) {
        if (!name.startsWith('backstory-')) continue;
        for (const r of h) {
          const el = r.startContainer.parentElement;
          if (el?.closest('nav, aside, footer, textarea, code, pre, .comments-area, header.site'))
            out.push((r as Range).toString());
        }
      }
      return out;
    });
    expect(ranges).toEqual([]);
  });

  it('leaves the article DOM exactly as served', async () => {
    const isSame = await page.evaluate(async () => {
      const served = new DOMParser().parseFromString(
        await (await fetch(location.href)).text(),
        'text/html',
      );
      return (
        served.querySelector('article')!.outerHTML === document.querySelector('article')!.outerHTML
      );
    });
    expect(isSame).toBe(true);
  });
});

describe('hover card', () => {
  it('opens after a dwell on a place and lists the earlier incident there, with why and sources', async () => {
    await hoverText(page, 'Besham');
    await expect.poll(() => card().isVisible(), { timeout: 3000 }).toBe(true);
    await expect.poll(() => card().getAttribute('data-entity-id')).toBe('besham');
    const earlier = card().locator('[data-testid=earlier] [data-testid=incident]');
    const ids = await earlier.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-incident-id')),
    );
    expect(ids).toContain('2024-03-26-besham-convoy-bombing');
    const besham = card().locator('[data-incident-id="2024-03-26-besham-convoy-bombing"]');
    await expect.poll(() => besham.textContent()).toMatch(/7 months before this article/);
    expect(await besham.textContent()).toMatch(/Why listed: happened in Besham/);
    expect(await besham.locator('a[href^="https://"]').count()).toBeGreaterThan(0);
  });

  it('keeps later incidents apart under "Since this article"', async () => {
    await page.keyboard.press('Escape');
    await hoverText(page, 'Balochistan Liberation Army');
    await expect
      .poll(() => card().getAttribute('data-entity-id'), { timeout: 3000 })
      .toBe('balochistan-liberation-army');
    const earlierIds = await card()
      .locator(
        '[data-testid=earlier] [data-testid=incident], [data-testid=earlier-more] [data-testid=incident]',
      )
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(earlierIds).toContain('2024-10-06-karachi-airport-bombing');
    expect(earlierIds).not.toContain('2024-11-09-quetta-railway-station-bombing');
    const sinceIds = await card()
      .locator('[data-testid=since] [data-testid=incident]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(sinceIds).toContain('2024-11-09-quetta-railway-station-bombing');
  });

  it('shows the role a person held on the article date', async () => {
    await page.keyboard.press('Escape');
    await hoverText(page, 'Mohsin Naqvi');
    await expect
      .poll(() => card().getAttribute('data-entity-id'), { timeout: 3000 })
      .toBe('mohsin-naqvi');
    expect(await card().locator('[data-testid=role]').textContent()).toMatch(
      /Minister for Interior since Mar 2024/i,
    );
  });

  it('closes on Esc', async () => {
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
  });

  it('does not open when the pointer merely passes over a name', async () => {
    await hoverText(page, 'Besham');
    await page.mouse.move(5, 5);
    await page.waitForTimeout(900);
    expect(await card().count()).toBe(0);
  });

  it('steps through mentions from the keyboard, focusing the card, and Esc returns', async () => {
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card().isVisible(), { timeout: 2000 }).toBe(true);
    const first = await card().getAttribute('data-entity-id');
    const focused = await page.evaluate(() =>
      document
        .querySelector('backstory-card')
        ?.shadowRoot?.activeElement?.getAttribute('data-testid'),
    );
    expect(focused).toBe('card');
    expect(await card().getAttribute('role')).toBe('dialog');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card().getAttribute('data-entity-id')).not.toBe(first);
    await page.keyboard.press('Escape');
    await expect.poll(() => card().count()).toBe(0);
  });
});

describe('a page whose form controls shadow the form’s own methods', () => {
  // A poll inside the article whose inputs are named like Element methods: on a form, named
  // controls override built-in properties, so `form.matches` is an input, not a function.
  const QUIRKS =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Poll</title>' +
    '<meta property="article:published_time" content="2024-11-08T09:00:00+05:00"></head><body>' +
    '<article><h1>Security review</h1><p>Officials in Karachi reviewed security on Friday.</p>' +
    '<form class="poll"><input name="matches"><input name="hasAttributes"><input name="id">' +
    '<input name="getAttribute"><input name="hasAttribute"><p>Readers were asked about Quetta.</p></form>' +
    '<p>The convoy had been attacked near Besham in March.</p></article></body></html>';

  it('is read and marked past the form', async () => {
    suite.server.put('/news/poll-quirks', QUIRKS, 'text/html; charset=utf-8');
    const quirks = await suite.browser.context.newPage();
    const errors = collectWarnings(quirks);
    await quirks.goto('http://www.dawn.com/news/poll-quirks');
    await waitForMarks(quirks);
    await expect
      .poll(() => markedOn(quirks))
      .toEqual(expect.arrayContaining(['Karachi', 'Quetta', 'Besham']));
    expect(errors).toEqual([]);
    await quirks.close();
  });
});

// A clock in the article ticking every 300 ms (the page's own script).
const TICKING_CLOCK =
  '<script>let s = 0; setInterval(() => { document.getElementById("clock").textContent = `10:00:${String(++s).padStart(2, "0")}`; }, 300);</script>';

// The ids of the incidents listed in one section of an open card ("earlier", "since").
const incidentIdsIn = (shown: Locator, section: string) =>
  shown
    .locator(`[data-testid=${section}] [data-testid=incident]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));

// Hovers `text` on `p` until its card opens, then lets two rescans pass; returns the card.
const cardThroughRescans = async (p: Page, text: string, entityId: string) => {
  await hoverText(p, text);
  const shown = p.locator('backstory-card [data-testid=card]');
  await expect.poll(() => shown.getAttribute('data-entity-id'), { timeout: 3000 }).toBe(entityId);
  const before = await p.evaluate(() => performance.getEntriesByName('backstory:rescan').length);
  await p.waitForFunction(
    (n) => performance.getEntriesByName('backstory:rescan').length >= n + 2,
    before,
    { timeout: 5_000 },
  );
  return shown;
};

describe('a page that re-renders or swaps its text', () => {
  it('keeps one mark per name when a live blog re-renders its entries', async () => {
    // Each render replaces the entries (as frameworks do), four times in all.
    const feed =
      '<div id="feed"></div><script>let n = 0; const render = () => { document.getElementById("feed").innerHTML =' +
      ' `<div class="entry"><p>Update ${n}: Sarfraz Bugti chaired a meeting in Quetta.</p></div>` +' +
      ' `<div class="entry"><p>Mohsin Naqvi spoke to Jiang Zaidong.</p></div>`; if (++n < 4) setTimeout(render, 700); };' +
      ' render();</script>';
    const live = await openServed('live-rerender', livePage(feed));
    await live.waitForFunction(() => document.body.textContent.includes('Update 3'));
    const expected = ['Jiang Zaidong', 'Mohsin Naqvi', 'Quetta', 'Sarfraz Bugti'];
    await expect.poll(() => painted(live), { timeout: 5_000 }).toEqual(expected);
    expect(await countsIn(live)).toEqual([
      'jiang-zaidong 1',
      'mohsin-naqvi 1',
      'quetta 1',
      'sarfraz-bugti 1',
    ]);
    await live.close();
  });

  it('finds the article again when a single-page app replaces the article element', async () => {
    const app =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>App</title>' +
      '<meta property="article:published_time" content="2024-11-08T09:00:00+05:00"></head><body>' +
      '<div id="app"><article><h1>First</h1><p>Mohsin Naqvi met Jiang Zaidong in Islamabad.</p></article></div>' +
      '</body></html>';
    const spa = await openServed('app-first', app);
    await spa.evaluate(() => {
      history.pushState({}, '', '/news/app-second');
      const next = document.createElement('article');
      next.innerHTML = '<h1>Second</h1><p>Sarfraz Bugti visited Gwadar.</p>';
      document.getElementById('app')!.replaceChildren(next);
    });
    await expect.poll(() => painted(spa), { timeout: 5_000 }).toEqual(['Gwadar', 'Sarfraz Bugti']);
    expect(await countsIn(spa)).toEqual(['gwadar 1', 'sarfraz-bugti 1']);
    await spa.close();
  });

  it('opens and keeps a card while the page changes other text, and closes it when its name goes', async () => {
    const ticking =
      '<p>Officials in Karachi reviewed security.</p>' +
      '<p class="updated">Last updated: <span id="clock">10:00:00</span></p>' +
      '<p id="convoy">The convoy was attacked near Besham.</p>' +
      TICKING_CLOCK;
    const live = await openServed('ticking-clock', livePage(ticking));
    const liveCard = await cardThroughRescans(live, 'Besham', 'besham');
    expect(await liveCard.getAttribute('data-entity-id')).toBe('besham');
    await live.evaluate(() => document.getElementById('convoy')!.remove());
    await expect.poll(() => liveCard.count(), { timeout: 3000 }).toBe(0);
    await live.close();
  });

  it('keeps the card open when the clock ticks in the name’s own paragraph', async () => {
    const ticking =
      '<p>Officials in Karachi reviewed security.</p>' +
      '<p id="convoy">Updated <span id="clock">10:00:00</span>: the convoy was attacked near Besham.</p>' +
      TICKING_CLOCK;
    const live = await openServed('ticking-own-paragraph', livePage(ticking));
    const liveCard = await cardThroughRescans(live, 'Besham', 'besham');
    expect(await liveCard.getAttribute('data-entity-id')).toBe('besham');
    await live.close();
  });

  it('reads the next story an endless page loads below, and dates its cards by that story', async () => {
    const endless =
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Endless</title>' +
      '<meta property="article:published_time" content="2024-11-08T09:00:00+05:00"></head><body>' +
      `<div id="stories">${datedStory('2024-11-08', 'Mohsin Naqvi and Jiang Zaidong')}</div>` +
      `<template id="next">${datedStory('2024-03-01', 'The engineers bound for Besham')}</template>` +
      // As such sites do once the reader nears the end: the next story below, and its address.
      '<script>setTimeout(() => { const next = document.createElement("div");' +
      ' next.className = "story-wrapper"; next.append(document.getElementById("next").content.cloneNode(true));' +
      ' document.getElementById("stories").append(next); history.replaceState({}, "", "/news/endless-2"); }, 800);</script>' +
      '</body></html>';
    const feed = await openServed('endless', endless);
    await expect
      .poll(() => painted(feed), { timeout: 6_000 })
      .toEqual(['Besham', 'Jiang Zaidong', 'Mohsin Naqvi']);
    await hoverText(feed, 'Besham', '.story-wrapper');
    const shown = feed.locator('backstory-card [data-testid=card]');
    await expect.poll(() => shown.getAttribute('data-entity-id'), { timeout: 3000 }).toBe('besham');
    // The second story is dated 1 March 2024: the Besham bombing of 26 March came after it.
    expect(await incidentIdsIn(shown, 'since')).toContain('2024-03-26-besham-convoy-bombing');
    expect(await incidentIdsIn(shown, 'earlier')).not.toContain('2024-03-26-besham-convoy-bombing');
    await feed.close();
  });

  it('drops the marks of a story the page swaps out, and of text it only removes', async () => {
    const story =
      '<p id="first">Mohsin Naqvi met Jiang Zaidong in Islamabad.</p><p id="second">Quetta was calm.</p>';
    const spa = await openServed('swap-story', livePage(story));
    // A single-page app shows the next story, of another date, in the same article element.
    await spa.evaluate(() => {
      history.pushState({}, '', '/news/swap-story-2');
      document
        .querySelector('meta[property="article:published_time"]')!
        .setAttribute('content', '2024-03-01T09:00:00+05:00');
      document.querySelector('article')!.innerHTML =
        '<h1>Next story</h1><p>Sarfraz Bugti visited Gwadar.</p><p id="gone">Besham was quiet.</p>';
    });
    await expect
      .poll(() => painted(spa), { timeout: 5_000 })
      .toEqual(['Besham', 'Gwadar', 'Sarfraz Bugti']);
    // Its cards are dated by the new story: the Besham bombing of 26 March 2024 came after it.
    await hoverText(spa, 'Besham');
    const shown = spa.locator('backstory-card [data-testid=card]');
    await expect.poll(() => shown.getAttribute('data-entity-id'), { timeout: 3000 }).toBe('besham');
    expect(await incidentIdsIn(shown, 'since')).toContain('2024-03-26-besham-convoy-bombing');
    await spa.keyboard.press('Escape');
    await spa.evaluate(() => document.getElementById('gone')!.remove());
    await expect.poll(() => painted(spa), { timeout: 5_000 }).toEqual(['Gwadar', 'Sarfraz Bugti']);
    expect(await countsIn(spa)).toEqual(['gwadar 1', 'sarfraz-bugti 1']);
    await spa.close();
  });
});
