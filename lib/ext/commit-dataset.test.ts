import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleDataset } from '../dataset/sample-dataset';
import { ACTIVE_KEY, PREVIOUS_KEY, readStoredDataset, revisionOf } from './active-dataset';
import { applyUpdate } from './apply-update';
import { commitDataset } from './commit-dataset';
import { prepareActiveDataset } from './install-dataset';
import { stageDataset } from './stage-update';

const versioned = (version: string) => ({ ...sampleDataset(), version });

beforeEach(async () => {
  fakeBrowser.reset();
  await commitDataset(prepareActiveDataset(versioned('2026.01.01'), { type: 'bundled' }));
});

describe('commitDataset', () => {
  it('keeps the replaced dataset as the previous one', async () => {
    const before = await readStoredDataset();
    await commitDataset(
      prepareActiveDataset(versioned('2026.02.02'), { type: 'file', name: 'b.json' }),
    );
    const stored = await fakeBrowser.storage.local.get([ACTIVE_KEY, PREVIOUS_KEY]);
    expect(stored[PREVIOUS_KEY]).toEqual(before);
  });

  it('applies only the first of two updates previewed against the same dataset', async () => {
    const a = await stageDataset(versioned('2026.03.03'), { type: 'file', name: 'a.json' });
    const b = await stageDataset(versioned('2026.04.04'), { type: 'file', name: 'b.json' });
    const [ra, rb] = await Promise.all([applyUpdate(a), applyUpdate(b)]);
    expect(ra.ok).toBe(true);
    expect(rb).toMatchObject({ ok: false, failure: { kind: 'stale' } });
    expect((await readStoredDataset())?.dataset.version).toBe('2026.03.03');
    const stored = await fakeBrowser.storage.local.get(PREVIOUS_KEY);
    expect((stored[PREVIOUS_KEY] as { dataset: { version: string } }).dataset.version).toBe(
      '2026.01.01',
    );
  });

  it('serialises writes through the Web Locks API when the page has it', async () => {
    const request = vi.fn((_name: string, fn: () => Promise<unknown>) => fn());
    vi.stubGlobal('navigator', { locks: { request } });
    try {
      const staged = await stageDataset(versioned('2026.05.05'), { type: 'file', name: 'c.json' });
      await applyUpdate(staged);
      expect(request).toHaveBeenCalledWith('backstory-dataset-write', expect.any(Function));
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('leaves the active dataset in place when storage refuses the write', async () => {
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const staged = await stageDataset(versioned('2026.06.06'), { type: 'file', name: 'd.json' });
    const result = await commitDataset(
      prepareActiveDataset(staged.dataset, staged.source),
      staged.base,
    );
    expect(result).toMatchObject({ ok: false, failure: { kind: 'storage' } });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('gives every install its own revision', async () => {
    const a = prepareActiveDataset(sampleDataset(), { type: 'bundled' });
    const b = prepareActiveDataset(sampleDataset(), { type: 'bundled' }, new Date(a.installedAt));
    expect(revisionOf(a)).not.toBe(revisionOf(b));
  });
});
