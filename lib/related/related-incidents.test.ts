import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { indexDataset } from './dataset-index';
import { relatedIncidents } from './related-incidents';

const index = indexDataset(miniDataset);
const ids = (list: { incident: { id: string } }[]) => list.map((r) => r.incident.id);

describe('relatedIncidents', () => {
  it('lists incidents inside a province through the within chain (Besham is inside Shangla, inside KP)', () => {
    const { earlier } = relatedIncidents(index, 'khyber-pakhtunkhwa', {
      articleDate: '2024-11-08',
    });
    expect(ids(earlier).sort()).toEqual([
      '2021-07-14-dasu-bus-bombing',
      '2024-03-26-besham-convoy-bombing',
    ]);
    const besham = earlier.find((r) => r.incident.id === '2024-03-26-besham-convoy-bombing')!;
    expect(besham.reasons[0]).toBe('happened in Besham, Shangla, inside Khyber Pakhtunkhwa');
  });

  it('keeps incidents after the article date apart', () => {
    const { earlier, since } = relatedIncidents(index, 'balochistan-liberation-army', {
      articleDate: '2024-11-08',
    });
    expect(ids(earlier)).toEqual(['2024-10-06-karachi-airport-bombing']);
    expect(ids(since)).toEqual(['2024-11-09-quetta-railway-station-bombing']);
  });

  it('relates a parent group to the attacks its wing claimed, and says so', () => {
    const { earlier } = relatedIncidents(index, 'balochistan-liberation-army', {
      articleDate: '2024-12-31',
    });
    expect(earlier[0]!.reasons[0]).toBe('Majeed Brigade claimed it');
  });

  it('ranks incidents that involve other entities on the page above merely recent ones', () => {
    const page = ['mohsin-naqvi'];
    const { earlier } = relatedIncidents(index, 'tehrik-i-taliban-pakistan', {
      articleDate: '2024-11-08',
      pageEntityIds: page,
    });
    expect(ids(earlier)).toEqual([
      '2024-03-26-besham-convoy-bombing',
      '2021-07-14-dasu-bus-bombing',
    ]);
    expect(earlier[0]!.alsoOnPage).toEqual(['mohsin-naqvi']);
    expect(earlier[0]!.reasons).toContain('also involves Mohsin Naqvi from this page');
  });

  it('ranks recent incidents first when page closeness is equal', () => {
    const { earlier } = relatedIncidents(index, 'karachi', { articleDate: '2024-11-08' });
    expect(ids(earlier)).toEqual([
      '2024-11-05-karachi-textile-mill-shooting',
      '2024-10-06-karachi-airport-bombing',
    ]);
  });

  it('does not count a country on the page as closeness', () => {
    const { earlier } = relatedIncidents(index, 'karachi', {
      articleDate: '2024-11-08',
      pageEntityIds: ['pakistan'],
    });
    expect(earlier.every((r) => r.alsoOnPage.length === 0)).toBe(true);
  });

  it('returns nothing for an unknown entity', () => {
    expect(relatedIncidents(index, 'nobody', { articleDate: '2024-11-08' })).toEqual({
      earlier: [],
      since: [],
    });
  });

  it('counts an incident on the article day itself as earlier', () => {
    const { earlier } = relatedIncidents(index, 'karachi', { articleDate: '2024-11-05' });
    expect(ids(earlier)).toContain('2024-11-05-karachi-textile-mill-shooting');
  });
});
