import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { compileMatcher, findMentions, loadMatcher, packMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import { createMatcherCache, isCacheable } from './matcher-cache';

const compiled = compileMatcher(testDataset());
const packed = packMatcher(compiled);
const TEXT =
  'Mohsin Naqvi met the Chinese ambassador in Karachi; Naqvi said the BLA was behind it.';
const found = (m: Parameters<typeof loadMatcher>[0]) =>
  findMentions(loadMatcher(m), TEXT, { articleDate: '2024-11-08' }).map((x) => [
    x.surface,
    x.entityId,
    x.kind,
  ]);

describe('the background’s kept matcher', () => {
  it('gives back, for its revision, a matcher that finds the same mentions', async () => {
    const cache = createMatcherCache(new IDBFactory());
    await cache.write('r1', packed);
    const kept = await cache.read('r1');
    expect(kept?.ints).toBeInstanceOf(Uint8Array);
    expect(found(kept!)).toEqual(found(packed));
    expect(found(packed).length).toBeGreaterThan(2);
  });

  it('keeps the records beside the matcher, for the same revision only', async () => {
    const cache = createMatcherCache(new IDBFactory());
    const records = { ...testDataset(), version: 'v1' } as Dataset;
    await cache.write('r1', packed, records);
    expect(await cache.readRecords('r1')).toEqual(records);
    expect(await cache.readRecords('r2')).toBeNull();
    // A copy written without records keeps none, not the older ones.
    await cache.write('r2', packed);
    expect(await cache.readRecords('r1')).toBeNull();
    expect(await cache.readRecords('r2')).toBeNull();
  });

  it('gives nothing for another revision, and keeps only the newest', async () => {
    const cache = createMatcherCache(new IDBFactory());
    expect(await cache.read('r1')).toBeNull();
    await cache.write('r1', packed);
    expect(await cache.read('r2')).toBeNull();
    await cache.write('r2', packed);
    expect(await cache.read('r1')).toBeNull();
    expect(await cache.read('r2')).not.toBeNull();
  });

  it('is read by another context of the same extension', async () => {
    const idb = new IDBFactory();
    await createMatcherCache(idb).write('r1', packed);
    expect(await createMatcherCache(idb).read('r1')).not.toBeNull();
  });

  it('reads as nothing, and refuses to write, without IndexedDB; says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cache = createMatcherCache(undefined);
    expect(await cache.read('r1')).toBeNull();
    expect(await cache.readRecords('r1')).toBeNull();
    await expect(cache.write('r1', packed)).rejects.toThrow(/not available/);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('reads as nothing when IndexedDB does not answer, and tries afresh next time', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const real = new IDBFactory();
    await createMatcherCache(real).write('r1', packed);
    let hangs = true;
    // An open request that never settles while `hangs`, as seen in extension service workers.
    const flaky = {
      open: (name: string, version?: number) =>
        hangs
          ? ({ addEventListener() {} } as unknown as IDBOpenDBRequest)
          : real.open(name, version),
    } as IDBFactory;
    const cache = createMatcherCache(flaky, { readTimeoutMs: 20 });
    expect(await cache.read('r1')).toBeNull();
    expect(warn.mock.calls.flat().join(' ')).toMatch(/did not answer within 20 ms/);
    hangs = false;
    expect(await cache.read('r1')).not.toBeNull();
    warn.mockRestore();
  });

  it('reads a damaged entry as nothing', async () => {
    const idb = new IDBFactory();
    await createMatcherCache(idb).write('r1', packed, {
      ...testDataset(),
      version: 'v1',
    } as Dataset);
    await new Promise<void>((resolve, reject) => {
      const open = idb.open('backstory', 1);
      open.addEventListener('success', () => {
        const tx = open.result.transaction('matchers', 'readwrite');
        tx.objectStore('matchers').put({ revision: 'r1', matcher: { format: 3 } }, 'active');
        tx.objectStore('matchers').put({ revision: 'r1', records: { entities: 5 } }, 'records');
        tx.addEventListener('complete', () => resolve());
        tx.addEventListener('error', () => reject(tx.error));
      });
    });
    expect(await createMatcherCache(idb).read('r1')).toBeNull();
    expect(await createMatcherCache(idb).readRecords('r1')).toBeNull();
  });

  it('keeps only packed matchers that carry entity kinds', () => {
    expect(isCacheable(packed)).toBe(true);
    expect(isCacheable(compiled)).toBe(false);
    expect(isCacheable(packMatcherV2(compiled))).toBe(false);
    expect(isCacheable({ ...packed, kinds: undefined })).toBe(false);
  });
});
