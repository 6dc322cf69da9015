/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeHighlightApi } from '../../lib/dom/fake-highlight-api';
import type { ActiveDataset } from '../../lib/ext/active-dataset';
import { DEFAULT_SETTINGS } from '../../lib/ext/settings';
import { compileMatcher, loadMatcher, packMatcher, type StoredMatcher } from '../../lib/match';
import { testDataset } from '../../lib/match/test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import { createMatchClient } from '../../lib/page/match-client';
import { createMatchHost, type HostMatcher } from '../../lib/page/match-host';
import { memoryPortPair } from '../../tests/helpers/memory-port';
import { createPageSession, type PageSessionOptions } from './page-session';

const ARTICLE =
  '<article><h1>Security talks</h1><p>Mohsin Naqvi met officials in Karachi on Friday, ' +
  'days after the BLA said it carried out the attack in Peshawar.</p></article>';

const dataset = { ...testDataset(), version: 'test' } as ActiveDataset['dataset'];
const compiled = compileMatcher(dataset);
const active = (matcher: StoredMatcher, revision = 'r1'): ActiveDataset => ({
  dataset,
  matcher: JSON.parse(JSON.stringify(matcher)) as StoredMatcher,
  source: { type: 'bundled' },
  installedAt: '2024-01-01T00:00:00Z',
  revision,
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

/** A session whose background answers with `matcherFor` (ports made by `connect` otherwise). */
function remoteSession(
  matcherFor: (revision: string) => Promise<HostMatcher | null>,
  extra: Partial<PageSessionOptions> = {},
) {
  const serve = createMatchHost({ matcherFor });
  let connections = 0;
  const remote = createMatchClient(() => {
    connections++;
    const pair = memoryPortPair();
    serve(pair.host);
    return pair.page;
  });
  const session = createPageSession(document, 'www.dawn.com', { remote, ...extra });
  session.setSettings(DEFAULT_SETTINGS);
  return { session, connections: () => connections };
}
const surfaces = (session: ReturnType<typeof createPageSession>) =>
  session.marks().map((m) => [m.mention.surface, m.kind, m.mention.reason]);

describe('page session matching in the background', () => {
  const stored = packMatcher(compiled);
  const held: HostMatcher = { revision: 'r1', matcher: loadMatcher(stored) };

  it('marks what matching in the page marks', async () => {
    const here = createPageSession(document, 'www.dawn.com');
    here.setDataset(active(stored));
    here.setSettings(DEFAULT_SETTINGS);
    await here.scan();
    const { session, connections } = remoteSession(async () => held);
    session.setDataset(active(stored));
    expect(await session.scan()).not.toBeNull();
    expect(surfaces(session)).toEqual(surfaces(here));
    expect(surfaces(session)).toHaveLength(4);
    expect(connections()).toBe(1);
  });

  it('matches in the page when the background cannot, and says so once', async () => {
    const onFallback = vi.fn();
    const readDataset = vi.fn(async () => active(stored));
    const { session } = remoteSession(
      async () => {
        throw new Error('storage is damaged');
      },
      { onFallback, readDataset },
    );
    session.setDataset(active(stored));
    expect(await session.scan()).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toEqual([
      'Mohsin Naqvi',
      'Karachi',
      'BLA',
      'Peshawar',
    ]);
    await session.scan();
    expect(onFallback).toHaveBeenCalledOnce();
    expect(onFallback.mock.calls[0]![0]).toBeInstanceOf(Error);
    expect(readDataset).toHaveBeenCalledOnce();
  });

  it('reads the dataset again when the background holds a newer revision', async () => {
    const readDataset = vi.fn(async () => active(stored, 'r1'));
    const onFallback = vi.fn();
    const { session } = remoteSession(async () => held, { readDataset, onFallback });
    // The page missed the change to r1.
    session.setDataset(active(stored, 'r0'));
    expect(await session.scan()).not.toBeNull();
    expect(session.marks()).toHaveLength(4);
    expect(readDataset).toHaveBeenCalledOnce();
    expect(onFallback).not.toHaveBeenCalled();
  });

  it('falls back to the page when reading again never catches up', async () => {
    const readDataset = vi.fn(async () => active(stored, 'r0'));
    const onFallback = vi.fn();
    const { session } = remoteSession(async () => held, { readDataset, onFallback });
    session.setDataset(active(stored, 'r0'));
    expect(await session.scan()).not.toBeNull();
    expect(session.marks()).toHaveLength(4);
    expect(onFallback).toHaveBeenCalledOnce();
  });

  it('rescans changed blocks through the background, names carried from the scan', async () => {
    const { session } = remoteSession(async () => held);
    session.setDataset(active(stored));
    await session.scan();
    const p = document.createElement('p');
    p.textContent = 'Later Naqvi flew to Peshawar.';
    document.querySelector('article')!.append(p);
    expect(await session.rescanBlocks([p])).not.toBeNull();
    expect(session.marks().map((m) => m.mention.surface)).toEqual([
      'Mohsin Naqvi',
      'Karachi',
      'BLA',
      'Peshawar',
      'Naqvi',
      'Peshawar',
    ]);
  });

  it('fails the scan when the background fails and there is no way to read the dataset', async () => {
    const { session } = remoteSession(async () => null);
    session.setDataset(active(stored));
    await expect(session.scan()).rejects.toThrow(/no dataset is installed/);
  });
});
