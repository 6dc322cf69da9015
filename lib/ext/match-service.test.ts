import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleDataset } from '../dataset/sample-dataset';
import { ACTIVE_KEY, type ActiveDataset } from './active-dataset';
import { prepareActiveDataset } from './install-dataset';
import { createMatcherCache } from './match-service';

const store = async (active: ActiveDataset) =>
  fakeBrowser.storage.local.set({ [ACTIVE_KEY]: active });
const prepared = () => prepareActiveDataset(sampleDataset(), { type: 'bundled' });

beforeEach(() => fakeBrowser.reset());

describe('the background’s matcher cache', () => {
  it('loads the stored matcher once for every page reading its revision', async () => {
    const active = prepared();
    await store(active);
    const cache = createMatcherCache();
    const first = await cache.matcherFor(active.revision!);
    const second = await cache.matcherFor(active.revision!);
    expect(first?.revision).toBe(active.revision);
    expect(second).toBe(first);
  });

  it('loads again for a page that read a newer dataset than the one held', async () => {
    const old = prepared();
    await store(old);
    const cache = createMatcherCache();
    await cache.matcherFor(old.revision!);
    const next = prepared();
    await store(next);
    expect((await cache.matcherFor(next.revision!))?.revision).toBe(next.revision);
  });

  it('answers a stale page with what is stored, without loading again each time', async () => {
    const current = prepared();
    await store(current);
    const cache = createMatcherCache();
    const held = await cache.matcherFor(current.revision!);
    const stale = await cache.matcherFor('gone');
    expect(stale?.revision).toBe(current.revision);
    // The second request from the stale page gets the same loaded matcher.
    expect(await cache.matcherFor('gone')).toBe(stale);
    expect(held?.revision).toBe(current.revision);
  });

  it('forgets the matcher when told the dataset changed', async () => {
    const first = prepared();
    await store(first);
    const cache = createMatcherCache();
    const held = await cache.matcherFor(first.revision!);
    cache.forget();
    expect(await cache.matcherFor(first.revision!)).not.toBe(held);
  });

  it('holds nothing when no dataset is stored, and tries again on the next page', async () => {
    const cache = createMatcherCache();
    expect(await cache.matcherFor('r')).toBeNull();
    const active = prepared();
    await store(active);
    expect((await cache.matcherFor(active.revision!))?.revision).toBe(active.revision);
  });
});
