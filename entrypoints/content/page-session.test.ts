/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeHighlightApi } from '../../lib/dom/fake-highlight-api';
import type { ActiveDataset } from '../../lib/ext/active-dataset';
import { DEFAULT_SETTINGS } from '../../lib/ext/settings';
import { compileMatcher, loadMatcher, packMatcher, type StoredMatcher } from '../../lib/match';
import { testDataset } from '../../lib/match/test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import type { HostDataset } from '../../lib/page/dataset-host';
import { clientOfMemoryHost, servingHeld } from '../../tests/helpers/memory-host-port';
import { datedStory, storyParagraphs } from '../../tests/helpers/story-html';
import { readArticle } from '../../lib/page/read-article';
import { createPageSession, type PageSessionOptions } from './page-session';

// Counted: how often the session reads the article (root, date) again.
vi.mock(import('../../lib/page/read-article'), async (importOriginal) => {
  const actual = await importOriginal();
  return { ...actual, readArticle: vi.fn(actual.readArticle) };
});

const ARTICLE =
  '<article><h1>Security talks</h1><p>Mohsin Naqvi met officials in Karachi on Friday, ' +
  'days after the BLA said it carried out the attack in Peshawar.</p></article>';

const dataset = { ...testDataset(), version: 'test' } as ActiveDataset['dataset'];
const compiled = compileMatcher(dataset);
const active = (matcher: StoredMatcher): ActiveDataset => ({
  dataset,
  matcher: JSON.parse(JSON.stringify(matcher)) as StoredMatcher,
  source: { type: 'bundled' },
  installedAt: '2024-01-01T00:00:00Z',
});

let api: ReturnType<typeof installFakeHighlightApi>;

beforeEach(() => {
  api = installFakeHighlightApi();
  document.body.innerHTML = ARTICLE;
});
afterEach(() => api.uninstall());

async function marksWith(matcher: StoredMatcher, kinds = DEFAULT_SETTINGS.kinds) {
  const session = createPageSession(document, 'www.dawn.com');
  session.setDataset(active(matcher));
  session.setSettings({ ...DEFAULT_SETTINGS, kinds });
  await session.scan();
  return session.marks().map((m) => [m.mention.surface, m.kind]);
}

describe('page session marks', () => {
  const expected = [
    ['Mohsin Naqvi', 'person'],
    ['Karachi', 'place'],
    ['BLA', 'group'],
    ['Peshawar', 'place'],
  ];

  it('paints each mention as its kind, read from the stored matcher', async () => {
    expect(await marksWith(packMatcher(compiled))).toEqual(expected);
  });

  it('finds the kinds in the dataset when the stored matcher predates them', async () => {
    expect(await marksWith(packMatcherV2(compiled))).toEqual(expected);
  });

  it('leaves out the kinds the reader switched off', async () => {
    const kinds = { ...DEFAULT_SETTINGS.kinds, place: false };
    expect(await marksWith(packMatcher(compiled), kinds)).toEqual(
      expected.filter(([, kind]) => kind !== 'place'),
    );
  });
});

/** A session whose background answers from `datasetFor`. */
function remoteSession(
  datasetFor: () => Promise<HostDataset | null>,
  extra: Partial<PageSessionOptions> = {},
) {
  const { client: remote, pairs } = clientOfMemoryHost(servingHeld(datasetFor));
  const session = createPageSession(document, 'www.dawn.com', { remote, ...extra });
  session.setSettings(DEFAULT_SETTINGS);
  return { session, connections: () => pairs.length, pairs };
}

const described = (session: ReturnType<typeof createPageSession>) =>
  session.marks().map((m) => [m.mention.surface, m.kind, m.mention.reason]);

async function localSession() {
  const here = createPageSession(document, 'www.dawn.com');
  here.setDataset(active(packMatcher(compiled)));
  here.setSettings(DEFAULT_SETTINGS);
  await here.scan();
  return here;
}

/** The page adds a paragraph naming the minister by surname, and a place. */
function appendParagraph() {
  const p = document.createElement('p');
  p.textContent = 'Later Naqvi flew to Peshawar.';
  document.querySelector('article')!.append(p);
  return p;
}
const MARKED_WITH_PARAGRAPH = ['Mohsin Naqvi', 'Karachi', 'BLA', 'Peshawar', 'Naqvi', 'Peshawar'];

describe('page session with the dataset in the background', () => {
  const held: HostDataset = { records: dataset, matcher: loadMatcher(packMatcher(compiled)) };
  const fromBackground = async () => held;
  /** A background that serves until `stop()`, then cannot load the dataset. */
  const stoppingBackground = () => {
    let isUp = true;
    return {
      datasetFor: async () => {
        if (!isUp) throw new Error('gone');
        return held;
      },
      stop: () => {
        isUp = false;
      },
    };
  };

  it('marks what the page marks when it holds the dataset, reading none itself', async () => {
    const here = await localSession();
    const { session, connections } = remoteSession(fromBackground);
    expect(await session.scan()).not.toBeNull();
    expect(described(session)).toEqual(described(here));
    expect(described(session)).toHaveLength(4);
    expect(connections()).toBe(1);
  });

  it('gets cards and the summary the page would build', async () => {
    const here = await localSession();
    const { session } = remoteSession(fromBackground);
    await session.scan();
    for (let i = 0; i < 4; i++) expect(await session.cardFor(i)).toEqual(await here.cardFor(i));
    expect((await session.cardFor(0))?.name).toBe('Mohsin Naqvi');
    expect(await session.summary()).toEqual(await here.summary());
    expect((await session.summary()).datasetVersion).toBe('test');
  });

  it('uses the dataset in the page when the background cannot, and says so once', async () => {
    const onFallback = vi.fn();
    const readDataset = vi.fn(async () => active(packMatcher(compiled)));
    const { session } = remoteSession(
      async () => {
        throw new Error('storage is damaged');
      },
      { onFallback, readDataset },
    );
    expect(await session.scan()).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toEqual([
      'Mohsin Naqvi',
      'Karachi',
      'BLA',
      'Peshawar',
    ]);
    expect((await session.cardFor(1))?.name).toBe('Karachi');
    await session.scan();
    expect(onFallback).toHaveBeenCalledOnce();
    expect(onFallback.mock.calls[0]![0]).toBeInstanceOf(Error);
    expect(readDataset).toHaveBeenCalledOnce();
  });

  it('builds a card here when the background cannot load the dataset after the scan', async () => {
    const background = stoppingBackground();
    const readDataset = vi.fn(async () => active(packMatcher(compiled)));
    const { session } = remoteSession(background.datasetFor, { readDataset });
    await session.scan();
    background.stop();
    expect((await session.cardFor(1))?.name).toBe('Karachi');
    expect(readDataset).toHaveBeenCalledOnce();
  });

  it('rescans changed blocks through the background, names carried from the scan', async () => {
    const { session } = remoteSession(fromBackground);
    await session.scan();
    const p = appendParagraph();
    expect(await session.rescanBlocks([p])).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toEqual(MARKED_WITH_PARAGRAPH);
  });

  it('waits for the dataset being read after a failure, and rescans with it', async () => {
    const background = stoppingBackground();
    let resolveStored: ((a: ActiveDataset) => void) | undefined;
    const stored = new Promise<ActiveDataset>((resolve) => {
      resolveStored = resolve;
    });
    const release = () => resolveStored!(active(packMatcher(compiled)));
    const readDataset = vi.fn(() => stored);
    const { session } = remoteSession(background.datasetFor, { readDataset });
    await session.scan();
    background.stop();
    // A card finds the background gone: the page starts reading the dataset (slowly).
    const card = session.cardFor(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(readDataset).toHaveBeenCalledOnce();
    // Meanwhile the page adds a paragraph: the rescan waits for the dataset, it does not drop
    // the marks (nor the article).
    const p = appendParagraph();
    const rescan = session.rescanBlocks([p]);
    release();
    expect((await card)?.name).toBe('Karachi');
    expect(await rescan).not.toBeNull();
    expect(session.root()).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toEqual(MARKED_WITH_PARAGRAPH);
  });

  it('keeps the marks shown until the first piece of a new scan comes back', async () => {
    const onMarksReplaced = vi.fn();
    const { session } = remoteSession(fromBackground, { onMarksReplaced });
    await session.scan();
    expect(onMarksReplaced).not.toHaveBeenCalled();
    const settings = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, place: false } };
    session.setSettings(settings);
    const next = session.scan();
    // The request is out: the page still shows what it showed.
    await Promise.resolve();
    expect(session.marks()).toHaveLength(4);
    expect(onMarksReplaced).not.toHaveBeenCalled();
    await next;
    expect(session.marks().map((m) => m.kind)).toEqual(['person', 'group']);
    // Then, and only then, a card open on an old mark is told to close.
    expect(onMarksReplaced).toHaveBeenCalledOnce();
  });

  it('carries the names of the scan into a rescan after the background restarted', async () => {
    const { session, pairs, connections } = remoteSession(fromBackground);
    await session.scan();
    // The background was stopped while idle (its carried names are gone with it).
    pairs[0]!.drop();
    const p = appendParagraph();
    expect(await session.rescanBlocks([p])).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toContain('Naqvi');
    expect(connections()).toBe(2);
  });

  it('fails the scan when the background fails and there is no way to read the dataset', async () => {
    const { session } = remoteSession(async () => null);
    await expect(session.scan()).rejects.toThrow(/no dataset is installed/);
  });
});

const setMeta = (date: string) => {
  document.head.innerHTML = `<meta property="article:published_time" content="${date}T09:00:00+05:00">`;
};
// Sets the text of the paragraph with id `id`; returns it.
const edit = (id: string, text: string) => {
  const p = document.getElementById(id)!;
  p.textContent = text;
  return p;
};

// Sets a head meta tag named `key` in attribute `attr` to `value`, adding it when missing.
const setHeadTag = (attr: string, key: string, value: string) => {
  let tag = document.head.querySelector(`meta[${attr}="${key}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attr, key);
    document.head.append(tag);
  }
  tag.setAttribute('content', value);
};

/** A session on a two-paragraph story dated 2024-11-08 by its meta tag (paragraphs #a and #b). */
async function talksOfNovember() {
  setMeta('2024-11-08');
  document.body.innerHTML =
    '<article><p id="a">Mohsin Naqvi met officials in Karachi on the first day of talks.</p>' +
    '<p id="b">The day was calm in Quetta, where shops opened as usual.</p></article>';
  return localSession();
}

describe('page session on a page that stacks stories or moves to another', () => {
  afterEach(() => {
    document.head.innerHTML = '';
    history.replaceState({}, '', '/');
  });

  it('reads every stacked story and dates each card by the story its mark is in', async () => {
    setMeta('2024-11-08');
    document.body.innerHTML =
      `<div id="feed">${datedStory('2024-11-08', 'Mohsin Naqvi and Karachi')}` +
      `${datedStory('2024-03-01', 'Peshawar and the BLA')}</div>`;
    const session = await localSession();
    expect(session.root()).toBe(document.getElementById('feed'));
    const surfaces = session.marks().map((m) => m.mention.surface);
    expect(surfaces).toEqual(['Mohsin Naqvi', 'Karachi', 'Peshawar', 'BLA']);
    const dates = await Promise.all(
      surfaces.map(async (_, i) => (await session.cardFor(i))?.articleDate),
    );
    expect(dates).toEqual(['2024-11-08', '2024-11-08', '2024-03-01', '2024-03-01']);
  });

  it('dates every card by the page when the article is one story, whatever it embeds', async () => {
    setMeta('2024-11-08');
    document.body.innerHTML = `<article><h1>Talks</h1>${storyParagraphs('Mohsin Naqvi')}${datedStory('2015-04-20', 'Karachi')}</article>`;
    const session = await localSession();
    expect(session.marks().map((m) => m.mention.surface)).toEqual(['Mohsin Naqvi', 'Karachi']);
    expect((await session.cardFor(1))?.articleDate).toBe('2024-11-08');
  });

  it('reads the page again when the next story’s meta tags come after its address and text', async () => {
    const session = await talksOfNovember();
    // A single-page app: the address first, with a loading state, then the story and its meta.
    history.pushState({}, '', '/news/next-story');
    await session.rescanBlocks([edit('a', 'Loading the next story for you, please wait.')]);
    setMeta('2024-03-01');
    await session.rescanBlocks([edit('a', 'Mohsin Naqvi spoke in Karachi on the last day.')]);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-03-01');
  });

  it('reads the page again when only the meta tags change after the next story’s text was read', async () => {
    const session = await talksOfNovember();
    history.pushState({}, '', '/news/next-story');
    await session.rescanBlocks([edit('a', 'Mohsin Naqvi spoke in Karachi on the last day.')]);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-11-08');
    // The head changes last; its observer reports an empty batch.
    setMeta('2024-03-01');
    await session.rescanBlocks([]);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-03-01');
  });

  it('reads the article again only when the address or the story’s own head tags change, and once', async () => {
    const reads = vi.mocked(readArticle);
    const session = await talksOfNovember();
    reads.mockClear();
    // An ad slot's meta tag: nothing to read again.
    setHeadTag('name', 'ad-refresh', '2');
    await session.rescanBlocks([
      edit('b', 'The day was calm in Peshawar, where shops stayed open.'),
    ]);
    expect(reads).not.toHaveBeenCalled();
    // The story's title changed, its date did not: read again once, marks kept.
    setHeadTag('property', 'og:title', 'Talks, updated');
    await session.rescanBlocks([
      edit('b', 'The day was calm in Peshawar, where most shops opened.'),
    ]);
    expect(reads).toHaveBeenCalledOnce();
    expect(session.marks().map((m) => m.mention.surface)).toEqual([
      'Mohsin Naqvi',
      'Karachi',
      'Peshawar',
    ]);
    // Another story's date: the article read for the check is the one the full scan uses.
    setMeta('2024-03-01');
    await session.rescanBlocks([]);
    expect(reads).toHaveBeenCalledTimes(2);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-03-01');
  });

  it('reads the page again when an address change brings another date, not for the same one', async () => {
    const session = await talksOfNovember();
    // A feed moving the address as the reader scrolls: only the reported block is read again.
    history.pushState({}, '', '/news/same-story?page=2');
    edit('b', 'The day was calm in Peshawar, where shops opened as usual.');
    const a = edit('a', 'The BLA spoke on the second day of the talks.');
    await session.rescanBlocks([a]);
    expect(session.marks().map((m) => m.mention.surface)).toEqual(['BLA']);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-11-08');
    // A single-page app's next story, dated by its new meta tag: the whole article is read again.
    history.pushState({}, '', '/news/next-story');
    setMeta('2024-03-01');
    edit('b', 'Later Naqvi went on to Peshawar for the night.');
    await session.rescanBlocks([edit('a', 'Mohsin Naqvi spoke in Karachi on the last day.')]);
    expect(session.marks().map((m) => m.mention.surface)).toEqual([
      'Mohsin Naqvi',
      'Karachi',
      'Naqvi',
      'Peshawar',
    ]);
    expect((await session.cardFor(0))?.articleDate).toBe('2024-03-01');
  });
});
