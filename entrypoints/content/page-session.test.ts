/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installFakeHighlightApi } from '../../lib/dom/fake-highlight-api';
import type { ActiveDataset } from '../../lib/ext/active-dataset';
import { DEFAULT_SETTINGS } from '../../lib/ext/settings';
import { compileMatcher, packMatcher, type StoredMatcher } from '../../lib/match';
import { testDataset } from '../../lib/match/test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import { createPageSession } from './page-session';

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
