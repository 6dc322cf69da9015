import { describe, expect, it } from 'vitest';
import { canonicalJson, datasetChecksum, hasValidChecksum } from './checksum';
import { sampleDataset } from './sample-dataset';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    [
      'sorts keys at every level',
      { b: 1, a: { d: [1, { z: 0, y: 'x' }], c: null } },
      '{"a":{"c":null,"d":[1,{"y":"x","z":0}]},"b":1}',
    ],
    ['drops undefined properties', { a: undefined, b: true }, '{"b":true}'],
    ['writes plain values as JSON', 'text', '"text"'],
  ])('%s', (_title, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('datasetChecksum', () => {
  it('returns sha256- and 64 hex digits', async () => {
    expect(await datasetChecksum(sampleDataset())).toMatch(/^sha256-[0-9a-f]{64}$/);
  });

  it('ignores key order and the checksum field itself', async () => {
    const a = sampleDataset();
    const { entities, incidents, ...rest } = sampleDataset();
    const b = { incidents, ...rest, entities, checksum: `sha256-${'0'.repeat(64)}` };
    expect(await datasetChecksum(b)).toBe(await datasetChecksum(a));
  });

  it('changes when any fact changes', async () => {
    const a = sampleDataset();
    const b = sampleDataset();
    b.incidents[0]!.date = '2024-10-07';
    expect(await datasetChecksum(b)).not.toBe(await datasetChecksum(a));
  });

  it('verifies a stamped dataset and rejects a tampered one', async () => {
    const d = sampleDataset();
    d.checksum = await datasetChecksum(d);
    expect(await hasValidChecksum(d)).toBe(true);
    d.version = '2026.11.29';
    expect(await hasValidChecksum(d)).toBe(false);
  });
});
