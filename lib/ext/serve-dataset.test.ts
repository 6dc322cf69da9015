import { describe, expect, it, vi } from 'vitest';
import { compileMatcher, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import type { HostDataset } from '../page/dataset-host';
import { createDatasetCache } from './serve-dataset';

const dataset = (revision = 'r1'): HostDataset & { revision: string } => {
  const records = { ...testDataset(), version: 'v1' } as HostDataset['records'];
  return { records, matcher: loadMatcher(compileMatcher(records)), revision };
};

describe('the background’s dataset cache', () => {
  it('loads the active dataset once for every page', async () => {
    const load = vi.fn(async () => dataset());
    const cache = createDatasetCache(load);
    const [a, b] = await Promise.all([cache.datasetFor(), cache.datasetFor()]);
    expect(await cache.datasetFor()).toBe(a);
    expect(b).toBe(a);
    expect(load).toHaveBeenCalledOnce();
  });

  it('loads again when another dataset is stored, not when its own record is', async () => {
    const load = vi.fn(async () => dataset('r1'));
    const cache = createDatasetCache(load);
    const first = await cache.datasetFor();
    // The install it made itself (a fresh install: the first page's request stored the record).
    cache.changed('r1');
    expect(await cache.datasetFor()).toBe(first);
    cache.changed('r2');
    expect(await cache.datasetFor()).not.toBe(first);
    // A damaged or removed record: load again, whatever it was.
    cache.changed(undefined);
    await cache.datasetFor();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('tries again on the next request after a failed load', async () => {
    const load = vi
      .fn<() => Promise<HostDataset | null>>()
      .mockRejectedValueOnce(new Error('storage is damaged'))
      .mockResolvedValue(dataset());
    const cache = createDatasetCache(load);
    await expect(cache.datasetFor()).rejects.toThrow('storage is damaged');
    expect(await cache.datasetFor()).not.toBeNull();
  });
});
