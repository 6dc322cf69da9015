import { describe, expect, it } from 'vitest';
import type { Mention } from '../../lib/match';
import { placeExpected, scoreArticle } from './score-article';

const mention = (start: number, surface: string, entityId: string): Mention => ({
  start,
  end: start + surface.length,
  surface,
  entityId,
  via: 'name',
  matched: surface,
  reason: 'exact name',
});

describe('scoreArticle', () => {
  const text = 'Sharif met Haris Sharif. Sharif left.';

  it.each([
    [1, 0],
    [2, 17],
    [3, 25],
    [4, -1],
  ])('places occurrence %i of a surface at %i', (occurrence, start) => {
    const { placed } = placeExpected(text, [{ surface: 'Sharif', entityId: 'x', occurrence }]);
    expect(placed[0]?.start ?? -1).toBe(start);
  });

  it('counts an exact span and entity as a hit, anything else as a miss or a false mark', () => {
    const expected = [
      { surface: 'Sharif', entityId: 'shehbaz-sharif', occurrence: 1 },
      { surface: 'Sharif', entityId: 'shehbaz-sharif', occurrence: 3 },
    ];
    const got = [
      mention(0, 'Sharif', 'shehbaz-sharif'),
      mention(17, 'Sharif', 'shehbaz-sharif'),
      mention(25, 'Sharif', 'nawaz-sharif'),
    ];
    const score = scoreArticle(text, expected, got);
    expect(score.hits.map((h) => h.start)).toEqual([0]);
    expect(score.misses).toEqual([
      expect.objectContaining({ start: 25, entityId: 'shehbaz-sharif', other: 'nawaz-sharif' }),
    ]);
    expect(score.falseMarks.map((f) => [f.start, f.entityId, f.other])).toEqual([
      [17, 'shehbaz-sharif', undefined],
      [25, 'nawaz-sharif', 'shehbaz-sharif'],
    ]);
  });
});
