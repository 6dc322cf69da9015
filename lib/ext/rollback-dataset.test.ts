import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleDataset } from '../dataset/sample-dataset';
import {
  ACTIVE_KEY,
  ACTIVE_REVISION_KEY,
  PREVIOUS_KEY,
  readActiveRevision,
  readStoredDataset,
  revisionOf,
} from './active-dataset';
import { commitDataset } from './commit-dataset';
import {
  ensureActiveDataset,
  prepareActiveDataset,
  resetToBundledDataset,
} from './install-dataset';
import { rollbackDataset } from './rollback-dataset';

const versioned = (version: string) => ({ ...sampleDataset(), version });
const version = async () => (await readStoredDataset())?.dataset.version;
const revisionBeside = async () =>
  expect(await readActiveRevision()).toBe(revisionOf(await readStoredDataset()));

beforeEach(() => {
  fakeBrowser.reset();
  const bundled = versioned('2026.11.28');
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(bundled))),
  );
  return () => vi.unstubAllGlobals();
});

describe('rollbackDataset', () => {
  it('restores the previous dataset, and a second rollback undoes the first', async () => {
    await commitDataset(prepareActiveDataset(versioned('2026.01.01'), { type: 'bundled' }));
    await commitDataset(
      prepareActiveDataset(versioned('2026.02.02'), { type: 'file', name: 'b.json' }),
    );
    expect(await rollbackDataset()).toMatchObject({ ok: true });
    expect(await version()).toBe('2026.01.01');
    await rollbackDataset();
    expect(await version()).toBe('2026.02.02');
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'garbage'],
    [
      'a record whose dataset is broken',
      {
        dataset: { version: 'x', entities: [1], incidents: [] },
        matcher: {},
        source: { type: 'bundled' },
        installedAt: 'x',
      },
    ],
  ])('refuses when the previous slot holds %s, changing nothing', async (_name, previous) => {
    await commitDataset(prepareActiveDataset(versioned('2026.01.01'), { type: 'bundled' }));
    if (previous !== undefined) await fakeBrowser.storage.local.set({ [PREVIOUS_KEY]: previous });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await rollbackDataset()).toMatchObject({ ok: false, failure: { kind: 'no-previous' } });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});

describe('resetToBundledDataset', () => {
  it.each<[string, Record<string, unknown>]>([
    ['empty storage', {}],
    ['a string as the active dataset', { [ACTIVE_KEY]: 'garbage' }],
    ['a half-written record', { [ACTIVE_KEY]: { dataset: { entities: 5 } }, [PREVIOUS_KEY]: 7 }],
    ['a number everywhere', { [ACTIVE_KEY]: 1, [PREVIOUS_KEY]: 2, 'dataset:pending': 3 }],
  ])('works with %s', async (_name, items) => {
    await fakeBrowser.storage.local.set(items);
    await resetToBundledDataset();
    expect(await version()).toBe('2026.11.28');
  });

  it('keeps the replaced dataset for rollback', async () => {
    await commitDataset(
      prepareActiveDataset(versioned('2026.02.02'), { type: 'file', name: 'b.json' }),
    );
    await resetToBundledDataset();
    await rollbackDataset();
    expect(await version()).toBe('2026.02.02');
  });

  it('clears our keys and retries when the first write fails', async () => {
    await fakeBrowser.storage.local.set({ [ACTIVE_KEY]: 'garbage', [ACTIVE_REVISION_KEY]: 'old' });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('quota'));
    await resetToBundledDataset();
    expect(await version()).toBe('2026.11.28');
    expect(await readActiveRevision()).toBe(revisionOf(await readStoredDataset()));
  });

  it('stores the revision beside the record on every write: install, commit, rollback, reset', async () => {
    await ensureActiveDataset();
    await revisionBeside();
    await commitDataset(
      prepareActiveDataset(versioned('2026.02.02'), { type: 'file', name: 'b.json' }),
    );
    await revisionBeside();
    await rollbackDataset();
    await revisionBeside();
    await resetToBundledDataset();
    await revisionBeside();
  });
});

describe('ensureActiveDataset', () => {
  it('installs the bundled dataset once when callers race on empty storage', async () => {
    const results = await Promise.all([1, 2, 3].map(() => ensureActiveDataset()));
    const revisions = new Set(results.map((a) => a.revision));
    expect(revisions.size).toBe(1);
    // The bundled dataset was fetched (and compiled) once.
    expect(fetch).toHaveBeenCalledOnce();
    expect((await readStoredDataset())?.revision).toBe(results[0]!.revision);
  });

  it('returns what is stored without installing anything', async () => {
    const stored = prepareActiveDataset(versioned('2026.01.01'), { type: 'file', name: 'a.json' });
    await commitDataset(stored);
    expect((await ensureActiveDataset()).revision).toBe(stored.revision);
  });
});
