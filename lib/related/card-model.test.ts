import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { buildCardModel } from './card-model';
import { indexDataset } from './dataset-index';
import { buildPageSummary } from './page-summary';

const index = indexDataset(miniDataset);
const context = {
  articleDate: '2024-11-08',
  isArticleDateKnown: true,
  pageEntityIds: ['mohsin-naqvi', 'karachi', 'besham'],
};

describe('buildCardModel', () => {
  it('shows the role held on the article date', () => {
    const card = buildCardModel(index, 'mohsin-naqvi', context)!;
    expect(card.role).toBe('Interior Minister since Mar 2024');
    expect(card.kindLabel).toBe('Person');
  });

  it('shows an earlier role when the article predates the current one', () => {
    const card = buildCardModel(index, 'mohsin-naqvi', { ...context, articleDate: '2023-06-01' })!;
    expect(card.role).toBe('Caretaker Chief Minister of Punjab since Jan 2023');
  });

  it('describes an earlier incident with timing, place, casualties and attribution', () => {
    const card = buildCardModel(index, 'besham', context)!;
    expect(card.location).toBe('Shangla, Khyber Pakhtunkhwa, Pakistan');
    const [besham] = card.earlier;
    expect(besham).toMatchObject({
      dateLabel: '26 Mar 2024',
      timing: '7 months before this article',
      place: 'Besham, Shangla',
      casualties: '6 killed (5 Chinese)',
      attribution: 'Blamed: Tehrik-i-Taliban Pakistan; Denied by Tehrik-i-Taliban Pakistan',
    });
    expect(besham!.sources[0]!.url).toMatch(/^https:/);
  });

  it('shows casualty ranges where sources disagree', () => {
    const card = buildCardModel(index, 'bla-majeed-brigade', context)!;
    expect(card.earlier[0]!.casualties).toBe('2–3 killed (2 Chinese) · 10–17 injured (1 Chinese)');
    expect(card.since.map((v) => v.timing)).toEqual(['1 day after this article']);
  });

  it('returns null for an id the dataset does not know', () => {
    expect(buildCardModel(index, 'unknown-id', context)).toBeNull();
  });
});

describe('buildPageSummary', () => {
  it('groups found entities by kind and merges their earlier incidents newest first', () => {
    const counts = new Map([
      ['karachi', 3],
      ['mohsin-naqvi', 2],
      ['pakistan', 4],
      ['besham', 1],
    ]);
    const summary = buildPageSummary(index, counts, '2024-11-08', true);
    expect(
      summary.groups.map((g) => [g.kind, g.entities.map((e) => `${e.id}:${e.mentions}`)]),
    ).toEqual([
      ['person', ['mohsin-naqvi:2']],
      ['place', ['pakistan:4', 'karachi:3', 'besham:1']],
    ]);
    expect(summary.story.map((s) => s.id)).toEqual([
      '2024-11-05-karachi-textile-mill-shooting',
      '2024-10-06-karachi-airport-bombing',
      '2024-03-26-besham-convoy-bombing',
    ]);
    expect(summary.story[2]!.involves).toEqual(['mohsin-naqvi', 'besham']);
  });
});

describe('roles held at once', () => {
  it('shows the first-listed role as the main one and the others as "also"', () => {
    const dataset = structuredClone(miniDataset);
    const naqvi = dataset.entities.find((e) => e.id === 'mohsin-naqvi');
    if (naqvi?.kind !== 'person') throw new Error('fixture changed');
    naqvi.roles.push({ title: 'Senator', from: '2024-04-09' });
    const card = buildCardModel(indexDataset(dataset), 'mohsin-naqvi', context)!;
    expect(card.role).toBe('Interior Minister since Mar 2024');
    expect(card.otherRoles).toEqual(['Senator']);
  });
});

describe('casualty wording', () => {
  it('says "no deaths" rather than "0 killed", and counts one attacker in the singular', () => {
    const dataset = structuredClone(miniDataset);
    const mill = dataset.incidents.find(
      (i) => i.id === '2024-11-05-karachi-textile-mill-shooting',
    )!;
    mill.casualties = {
      killed: 0,
      injured: 2,
      attackersKilled: 1,
      byNationality: [{ country: 'china', injured: 2 }],
    };
    const card = buildCardModel(indexDataset(dataset), 'karachi', context)!;
    const view = card.earlier.find((v) => v.id === mill.id)!;
    expect(view.casualties).toBe('no deaths · 2 injured (2 Chinese) · 1 attacker killed');
  });
});
