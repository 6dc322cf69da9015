import { describe, expect, it } from 'vitest';
import type { Entity } from '../dataset/schema';
import { buildMatcher } from './build-matcher';
import { findMentions } from './find-mentions';

const SYLLABLES =
  'ka ra chi mo hsin naq vi za dong bal uch is tan pur gul sha bad ab noor qi'.split(' ');

function word(n: number): string {
  let w = '';
  for (let i = 0; i < 4; i++, n = Math.floor(n / SYLLABLES.length))
    w += SYLLABLES[n % SYLLABLES.length];
  return w[0]!.toUpperCase() + w.slice(1);
}

function bigDataset(size: number): Entity[] {
  return Array.from({ length: size }, (_, i) => ({
    id: `entity-${i}`,
    name: `${word(i)} ${word(i * 7 + 3)}`,
    kind: 'place' as const,
    placeType: 'town' as const,
    aliases: i % 5 === 0 ? [{ text: `X${i}`, type: 'acronym' as const }] : [],
    background: 'Generated.',
    sources: [],
    caveats: [],
  }));
}

describe('buildMatcher', () => {
  it('compiles and scans a generated 50,000-name dictionary correctly', () => {
    const entities = bigDataset(50_000);
    const matcher = buildMatcher({ entities, incidents: [] });
    const picks = [0, 1, 49_999, 12_345, 30_000];
    const text = picks.map((i) => `Near ${entities[i]!.name}, and X${i} too.`).join(' ');
    const found = findMentions(matcher, text).map((m) => `${m.surface}=${m.entityId}`);
    const expected = picks.flatMap((i) => {
      const named = `${entities[i]!.name}=entity-${i}`;
      return i % 5 === 0 ? [named, `X${i}=entity-${i}`] : [named];
    });
    expect(found).toEqual(expected);
  });
});
