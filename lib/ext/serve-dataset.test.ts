import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleDataset } from '../dataset/sample-dataset';
import { compileMatcher, findMentions, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { type HostDataset, type ServedDataset, servedNow } from '../page/dataset-host';
import {
  ACTIVE_KEY,
  ACTIVE_REVISION_KEY,
  readActiveRevision,
  readStoredDataset,
  revisionOf,
} from './active-dataset';
import { commitDataset } from './commit-dataset';
import { prepareActiveDataset } from './install-dataset';
import { createMatcherCache } from './matcher-cache';
import {
  createDatasetCache,
  keepMatcher,
  loadActiveDataset,
  serveDataset,
  syncActiveRevision,
} from './serve-dataset';

const dataset = (revision = 'r1'): ServedDataset & { revision: string } => {
  const records = { ...testDataset(), version: 'v1' } as HostDataset['records'];
  return { ...servedNow({ records, matcher: loadMatcher(compileMatcher(records)) }), revision };
};

/** A cache that has loaded dataset r1 (`first`) from `load`, which always loads r1. */
async function cacheServingR1() {
  const load = vi.fn(async () => dataset('r1'));
  const cache = createDatasetCache(load);
  return { load, cache, first: await cache.datasetFor() };
}

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
    const { load, cache, first } = await cacheServingR1();
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

  it('serves the record that came with its change without loading it again', async () => {
    const { load, cache } = await cacheServingR1();
    const arrived = dataset('r2');
    cache.changed('r2', () => arrived);
    expect(await cache.datasetFor()).toBe(arrived);
    expect(load).toHaveBeenCalledOnce();
    // Its own record again: kept; a removed one: loaded from storage.
    cache.changed('r2', () => dataset('r2'));
    expect(await cache.datasetFor()).toBe(arrived);
    cache.changed(undefined);
    await cache.datasetFor();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('serves the record stored last when a change is undone before any page asks', async () => {
    const { cache, first } = await cacheServingR1();
    // An import (r2), then a rollback to r1 at once: r1 is stored, and it must be what is served.
    cache.changed('r2', () => dataset('r2'));
    const back = dataset('r1');
    cache.changed('r1', () => back);
    expect(await cache.datasetFor()).toBe(back);
    expect(first).not.toBe(back);
    cache.changed('r2');
    cache.changed('r1');
    expect((await cache.datasetFor()) as typeof back).toMatchObject({ revision: 'r1' });
  });

  it('tries again on the next request after a failed load', async () => {
    const load = vi
      .fn<() => Promise<ServedDataset | null>>()
      .mockRejectedValueOnce(new Error('storage is damaged'))
      .mockResolvedValue(dataset());
    const cache = createDatasetCache(load);
    await expect(cache.datasetFor()).rejects.toThrow('storage is damaged');
    expect(await cache.datasetFor()).not.toBeNull();
  });
});

// Reads of the whole record, as opposed to the revision stored beside it.
function recordReads() {
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  return () => get.mock.calls.filter(([keys]) => [keys].flat().includes(ACTIVE_KEY)).length;
}
const versioned = (version: string) => ({ ...sampleDataset(), version });

describe('loading the active dataset in the background', () => {
  const TEXT = 'Interior Minister Mohsin Naqvi met the Chinese ambassador in Karachi.';
  const mentionsOf = (d: ServedDataset) =>
    findMentions(d.matcher, TEXT, { articleDate: '2024-11-08' }).map((m) => [
      m.surface,
      m.entityId,
      m.kind,
    ]);
  let matchers: ReturnType<typeof createMatcherCache>;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    matchers = createMatcherCache(new IDBFactory());
    await commitDataset(prepareActiveDataset(versioned('2026.01.01'), { type: 'bundled' }));
  });

  it('reads the record once, then starts from the kept copy, its records read for the first card', async () => {
    const first = await loadActiveDataset(matchers);
    const revision = await readActiveRevision();
    await vi.waitFor(async () => expect(await matchers.read(revision!)).not.toBeNull());
    expect(mentionsOf(first).length).toBeGreaterThan(1);

    const reads = recordReads();
    const next = await loadActiveDataset(matchers);
    expect(next.revision).toBe(revision);
    expect(mentionsOf(next)).toEqual(mentionsOf(first));
    expect(reads()).toBe(0);
    const withRecords = await next.withRecords();
    expect(withRecords.records.version).toBe('2026.01.01');
    expect(await next.withRecords()).toBe(withRecords);
    expect(reads()).toBe(0);
  });

  it('reads the records from storage when the copy has none', async () => {
    const active = (await readStoredDataset())!;
    const revision = revisionOf(active)!;
    await matchers.write(revision, active.matcher as Parameters<typeof matchers.write>[1]);
    const reads = recordReads();
    const kept = await loadActiveDataset(matchers);
    expect(reads()).toBe(0);
    expect((await kept.withRecords()).records).toEqual(active.dataset);
    expect(reads()).toBe(1);
    // Kept now, for the next start.
    await vi.waitFor(async () => expect(await matchers.readRecords(revision)).not.toBeNull());
  });

  it('reads the record when the kept matcher is of another dataset', async () => {
    await loadActiveDataset(matchers);
    const old = await readActiveRevision();
    await vi.waitFor(async () => expect(await matchers.read(old!)).not.toBeNull());
    await commitDataset(prepareActiveDataset(versioned('2026.02.02'), { type: 'bundled' }));
    const reads = recordReads();
    const next = await loadActiveDataset(matchers);
    expect(reads()).toBe(1);
    expect(next.revision).toBe(await readActiveRevision());
    expect(next.revision).not.toBe(old);
    expect((await next.withRecords()).records.version).toBe('2026.02.02');
  });

  it('writes the revision beside a record stored without it by an older version', async () => {
    const active = await readStoredDataset();
    await fakeBrowser.storage.local.remove(ACTIVE_REVISION_KEY);
    const loaded = await loadActiveDataset(matchers);
    expect(loaded.revision).toBe(revisionOf(active));
    await vi.waitFor(async () => expect(await readActiveRevision()).toBe(revisionOf(active)));
    const reads = recordReads();
    await vi.waitFor(async () => expect(await matchers.read(loaded.revision!)).not.toBeNull());
    await loadActiveDataset(matchers);
    expect(reads()).toBe(0);
  });

  it('passes over a kept matcher that cannot be loaded, and says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const active = (await readStoredDataset())!;
    const revision = revisionOf(active)!;
    const packed = active.matcher as Parameters<typeof matchers.write>[1];
    // Its tables cut short: loading it throws.
    await matchers.write(revision, { ...packed, ints: new Uint8Array(8) });
    const loaded = await loadActiveDataset(matchers);
    expect(mentionsOf(loaded).length).toBeGreaterThan(1);
    expect(warn.mock.calls.flat().join(' ')).toMatch(/kept matcher could not be loaded/);
  });

  it('fails a card when the copy has no records and the record is no longer the one served', async () => {
    const active = (await readStoredDataset())!;
    await matchers.write(
      revisionOf(active)!,
      active.matcher as Parameters<typeof matchers.write>[1],
    );
    const kept = await loadActiveDataset(matchers);
    await commitDataset(prepareActiveDataset(versioned('2026.03.03'), { type: 'bundled' }));
    await expect(kept.withRecords()).rejects.toThrow(/no longer the one being served/);
  });

  it('keeps nothing for a record that is no longer the active one, nor points the revision at it', async () => {
    const older = (await readStoredDataset())!;
    await commitDataset(prepareActiveDataset(versioned('2026.02.02'), { type: 'bundled' }));
    const newer = await readActiveRevision();
    // The load read the older record, stored without its revision; a commit came in between.
    await fakeBrowser.storage.local.remove(ACTIVE_REVISION_KEY);
    await keepMatcher(matchers, older);
    expect(await readActiveRevision()).toBe(newer);
    expect(await matchers.read(revisionOf(older)!)).toBeNull();
  });

  it('mends a revision left stale or pointing at no record', async () => {
    const active = (await readStoredDataset())!;
    await fakeBrowser.storage.local.set({ [ACTIVE_REVISION_KEY]: 'stale' });
    await syncActiveRevision();
    expect(await readActiveRevision()).toBe(revisionOf(active));
    await fakeBrowser.storage.local.remove(ACTIVE_KEY);
    await syncActiveRevision();
    expect(await readActiveRevision()).toBeNull();
  });
});

describe('the background serving pages', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    // Ports are tested with the dataset host; here only the storage side is.
    vi.spyOn(fakeBrowser.runtime.onConnect, 'addListener').mockImplementation(() => {});
    await commitDataset(prepareActiveDataset(versioned('2026.01.01'), { type: 'bundled' }));
  });

  it('keeps each new record for the next start as it is stored', async () => {
    const matchers = createMatcherCache(new IDBFactory());
    serveDataset(matchers);
    await commitDataset(prepareActiveDataset(versioned('2026.02.02'), { type: 'bundled' }));
    const revision = await readActiveRevision();
    await vi.waitFor(async () => expect(await matchers.read(revision!)).not.toBeNull());
    expect((await matchers.readRecords(revision!))?.version).toBe('2026.02.02');
  });

  it('mends the revision when a record is stored without it', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    serveDataset(createMatcherCache(new IDBFactory()));
    const record = prepareActiveDataset(versioned('2026.03.03'), { type: 'bundled' });
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: record });
    await vi.waitFor(async () => expect(await readActiveRevision()).toBe(revisionOf(record)));
    warn.mockRestore();
  });
});
