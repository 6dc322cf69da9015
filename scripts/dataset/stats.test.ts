import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../../lib/dataset/sample-dataset';
import { datasetStats, entitiesWithoutIncident, incidentsPerYear } from './stats';

describe('datasetStats', () => {
  it('counts each kind and lists entities and incidents in the --json shape', () => {
    const stats = datasetStats(sampleDataset());
    expect(stats.counts).toEqual({ person: 1, organization: 1, group: 1, place: 2, incidents: 2 });
    expect(stats.entities).toContainEqual({
      id: 'mohsin-naqvi',
      name: 'Mohsin Naqvi',
      kind: 'person',
      aliases: ['Naqvi'],
      roles: 1,
    });
    expect(stats.incidents[0]).toEqual({
      id: 'karachi-airport-bombing-2024',
      date: '2024-10-06',
      title: 'Airport bombing',
      placeId: 'karachi',
      sources: ['https://example.com/a'],
    });
  });

  it('finds entities that no incident names as place, actor or casualty country', () => {
    expect(entitiesWithoutIncident(sampleDataset()).map((e) => e.id)).toEqual([
      'ministry-of-interior-pakistan',
    ]);
  });

  it('counts incidents per year, oldest first', () => {
    expect(incidentsPerYear(sampleDataset())).toEqual([['2024', 2]]);
  });
});
