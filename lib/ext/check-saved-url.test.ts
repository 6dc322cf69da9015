import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FixtureServer, startFixtureServer } from '../../tests/helpers/fixture-server';
import { sampleDataset } from '../dataset/sample-dataset';
import { readStoredDataset } from './active-dataset';
import { applyUpdate } from './apply-update';
import { checkSavedUrl } from './check-saved-url';
import { commitDataset } from './commit-dataset';
import { downloadDataset } from './download-dataset';
import { prepareActiveDataset } from './install-dataset';
import { readPendingUpdate } from './pending-update';
import { readSavedUrl, saveUrl } from './saved-url';
import { stageDataset } from './stage-update';
import { readUpdateLog } from './update-log-store';

let server: FixtureServer;
let url: string;
const versioned = (version: string) => JSON.stringify({ ...sampleDataset(), version });

beforeAll(async () => {
  server = await startFixtureServer(await mkdtemp(join(tmpdir(), 'backstory-check-')));
  url = `http://127.0.0.1:${server.port}/data/dataset.json`;
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await commitDataset(prepareActiveDataset(sampleDataset(), { type: 'bundled' }));
});

describe('checkSavedUrl', () => {
  it('does nothing while no URL is saved', async () => {
    expect(await checkSavedUrl()).toBe('no-url');
    expect(await readUpdateLog()).toEqual([]);
  });

  it('keeps a changed file for review, then asks conditionally and hears "not modified"', async () => {
    server.put('/data/dataset.json', versioned('2027.02.02'));
    await saveUrl(url);
    expect(await checkSavedUrl()).toBe('ready');
    const pending = await readPendingUpdate();
    expect(pending?.dataset.version).toBe('2027.02.02');
    expect((await readStoredDataset())?.dataset.version).toBe('2026.11.28');
    const saved = await readSavedUrl();
    expect(saved?.etag).toMatch(/^".+"$/);
    expect(saved?.lastCheckedAt).toBeDefined();

    expect(await checkSavedUrl()).toBe('unchanged');
    expect(server.log.at(-1)?.headers['if-none-match']).toBe(saved?.etag);
    expect((await readUpdateLog())[0]).toMatchObject({
      outcome: 'unchanged',
      message: 'Not changed since the last check.',
    });

    const staged = await stageDataset(pending!.dataset, pending!.source, true);
    expect(await applyUpdate(staged)).toMatchObject({ ok: true });
    expect(await readPendingUpdate()).toBeNull();
    expect((await readStoredDataset())?.dataset.version).toBe('2027.02.02');
  });

  it('says the dataset is up to date when the file holds the active one', async () => {
    server.put('/data/same.json', versioned('2026.11.28'));
    await saveUrl(url.replace('dataset.json', 'same.json'));
    expect(await checkSavedUrl()).toBe('unchanged');
    expect(await readPendingUpdate()).toBeNull();
  });

  it('logs a failed check', async () => {
    await saveUrl(`http://127.0.0.1:${server.port}/special/status/500`);
    expect(await checkSavedUrl()).toBe('failed');
    expect((await readUpdateLog())[0]?.message).toContain('HTTP 500');
  });
});

describe('downloadDataset', () => {
  it('sends no cookies or referrer and asks for JSON', async () => {
    const fetchImpl = vi.fn(
      async () => new Response('{}', { headers: { 'content-type': 'application/json' } }),
    );
    await downloadDataset(new URL('https://data.example.org/d.json'), { fetchImpl, etag: '"v1"' });
    expect(fetchImpl).toHaveBeenCalledWith(
      'https://data.example.org/d.json',
      expect.objectContaining({
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        headers: expect.objectContaining({ accept: 'application/json', 'if-none-match': '"v1"' }),
      }),
    );
  });
});
