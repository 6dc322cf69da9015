import { describe, expect, it } from 'vitest';
import { sampleDataset } from '../dataset/sample-dataset';
import { diffDatasets, summariseDiff } from './diff-datasets';

describe('diffDatasets', () => {
  it('names added, changed and removed incidents and entities with titles, dates and kinds', () => {
    const from = sampleDataset();
    const to = sampleDataset();
    to.version = '2027.01.01';
    to.incidents[0]!.summary = 'Rewritten.';
    to.incidents.splice(1, 1);
    to.incidents.push({
      ...from.incidents[1]!,
      id: 'new-incident',
      title: 'New one',
      date: '2025-01-02',
    });
    to.entities = to.entities.filter((e) => e.id !== 'balochistan-liberation-army');
    to.incidents[0]!.actors = [];
    const diff = diffDatasets(from, to);
    expect(diff).toMatchObject({
      versionFrom: '2026.11.28',
      versionTo: '2027.01.01',
      isSame: false,
      incidents: {
        added: [{ id: 'new-incident', title: 'New one', date: '2025-01-02' }],
        changed: [
          { id: 'karachi-airport-bombing-2024', title: 'Airport bombing', date: '2024-10-06' },
        ],
        removed: [{ id: 'karachi-mill-shooting-2024' }],
      },
      entities: {
        added: [],
        changed: [],
        removed: [{ name: 'Balochistan Liberation Army', kind: 'group' }],
      },
    });
    expect(summariseDiff(diff)).toBe(
      '1 incident added, 1 incident changed, 1 incident removed, 1 entity removed',
    );
  });

  it('reports the same dataset as no changes', () => {
    const diff = diffDatasets(sampleDataset(), sampleDataset());
    expect(diff.isSame).toBe(true);
    expect(summariseDiff(diff)).toBe('no changes');
  });

  it('treats a new version with the same records as a change', () => {
    const to = sampleDataset();
    to.version = '2027.01.01';
    expect(diffDatasets(sampleDataset(), to).isSame).toBe(false);
  });

  it('lists everything as added when nothing was active', () => {
    const diff = diffDatasets(null, sampleDataset());
    expect(diff.versionFrom).toBeNull();
    expect(diff.entities.added).toHaveLength(5);
  });
});
