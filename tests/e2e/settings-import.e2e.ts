import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server';
import {
  backgroundLoad,
  type ExtensionBrowser,
  launchExtension,
  stopServiceWorker,
} from '../helpers/launch-extension';
import { collectWarnings, hoverText, readMarks, waitForMarks } from '../helpers/page-actions';

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
let dir: string;

const bundled = async () =>
  JSON.parse(await readFile(resolve('.output/chrome-mv3/dataset.json'), 'utf8')) as {
    version: string;
    checksum?: string;
    incidents: Record<string, unknown>[];
    entities: Record<string, unknown>[];
  };

const NEW_INCIDENT = {
  id: '2024-09-01-besham-test-checkpoint-attack',
  date: '2024-09-01',
  title: 'Test incident: checkpoint attack outside Besham',
  summary: 'An incident that exists only in the imported test dataset.',
  type: 'armed-assault',
  placeId: 'besham',
  sources: [{ url: 'https://example.org/test-incident', outlet: 'Example Wire' }],
};

/** The active record as stored: its version and revision (null when none is). */
async function storedRecord(): Promise<{ version: string; revision?: string } | null> {
  return browser.worker.evaluate(async () => {
    type Stored = { dataset?: { version: string }; revision?: string };
    type Storage = {
      storage: { local: { get: (k: string) => Promise<Record<string, Stored>> } };
    };
    const got = await (globalThis as unknown as { chrome: Storage }).chrome.storage.local.get(
      'dataset:active',
    );
    const active = got['dataset:active'];
    return active?.dataset ? { version: active.dataset.version, revision: active.revision } : null;
  });
}

const storedVersion = async () => (await storedRecord())?.version ?? null;

beforeAll(async () => {
  server = await startFixtureServer(resolve('tests/fixtures'));
  browser = await launchExtension(server.port);
  dir = await mkdtemp(join(tmpdir(), 'backstory-import-'));
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.locator('[data-testid=dataset-status]').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('settings page', () => {
  it('shows the bundled dataset with its version and counts', async () => {
    const data = await bundled();
    expect(await options.locator('[data-testid=dataset-version]').textContent()).toBe(data.version);
    expect(await options.locator('[data-testid=dataset-source]').textContent()).toBe(
      'Bundled with Backstory',
    );
    expect(await options.locator('[data-testid=dataset-counts]').textContent()).toContain(
      `${data.incidents.length} incidents`,
    );
  });

  it('rejects a broken file, lists its errors by path, and changes nothing', async () => {
    const data = await bundled();
    const broken = structuredClone(data);
    broken.incidents[0]!.date = '2024-02-30';
    broken.incidents[1]!.placeId = 'atlantis';
    delete broken.checksum;
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(broken));
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    const errors = options.locator('[data-testid=import-errors] li');
    await expect.poll(() => errors.count()).toBeGreaterThanOrEqual(2);
    const text = (await errors.allTextContents()).join('\n');
    expect(text).toContain('incidents[0].date');
    expect(text).toContain('incidents[1].placeId');
    expect(await options.locator('[data-testid=import-status]').textContent()).toContain(
      'The current dataset is unchanged',
    );
    expect(await storedVersion()).toBe(data.version);
    expect(await options.locator('[data-testid=dataset-source]').textContent()).toBe(
      'Bundled with Backstory',
    );
  });

  it('rejects a file that is not JSON with a clear message', async () => {
    const file = join(dir, 'page.json');
    await writeFile(file, '<html><body>Not found</body></html>');
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await expect
      .poll(() => options.locator('[data-testid=import-status]').textContent())
      .toContain('not valid JSON');
  });

  it('imports a valid dataset, and the next card on a page shows its new incident', async () => {
    const data = await bundled();
    const next = { ...data, version: '2099.01.01', incidents: [...data.incidents, NEW_INCIDENT] };
    delete next.checksum;
    const file = join(dir, 'newer.json');
    await writeFile(file, JSON.stringify(next));

    const page = await browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);

    await options.bringToFront();
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    const preview = options.locator('[data-testid=update-preview]');
    await expect
      .poll(() => preview.locator('[data-testid=preview-version]').textContent())
      .toBe(`Version ${data.version} → 2099.01.01`);
    expect(await preview.locator('[data-testid=incidents-added] li').allTextContents()).toEqual([
      `${NEW_INCIDENT.date}: ${NEW_INCIDENT.title}`,
    ]);
    // Nothing is written before Apply.
    expect(await storedVersion()).toBe(data.version);
    await preview.locator('[data-testid=apply-update]').click();
    await expect
      .poll(() => options.locator('[data-testid=dataset-version]').textContent())
      .toBe('2099.01.01');
    expect(await options.locator('[data-testid=dataset-source]').textContent()).toBe(
      'Imported from file newer.json',
    );

    // The open tab picks up the new dataset without a reload.
    await page.bringToFront();
    await hoverText(page, 'Besham');
    const card = page.locator('backstory-card [data-testid=card]');
    await expect.poll(() => card.getAttribute('data-entity-id'), { timeout: 3000 }).toBe('besham');
    const ids = await card
      .locator('[data-testid=incident]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(ids).toContain(NEW_INCIDENT.id);
  });

  it('takes a dropped file and previews it', async () => {
    const data = await bundled();
    const next = { ...data, version: '2099.05.05' };
    delete next.checksum;
    await options.bringToFront();
    await options.evaluate((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
      const zone = document.querySelector('[data-testid=dropzone]')!;
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, JSON.stringify(next));
    await expect
      .poll(() => options.locator('[data-testid=preview-version]').textContent())
      .toBe('Version 2099.01.01 → 2099.05.05');
    expect(await options.locator('[data-testid=import-status]').textContent()).toContain(
      'dropped.json is valid',
    );
    await options.locator('[data-testid=cancel-update]').click();
    await expect.poll(() => options.locator('[data-testid=update-preview]').count()).toBe(0);
    expect(await storedVersion()).toBe('2099.01.01');
  });

  it('matches with the imported dataset in a background started again, from the matcher it kept', async () => {
    const data = await bundled();
    const withoutAcronym = {
      ...data,
      version: '2099.03.03',
      entities: data.entities.map((e) =>
        e.id === 'balochistan-liberation-army'
          ? { ...e, aliases: (e.aliases as { text: string }[]).filter((a) => a.text !== 'BLA') }
          : e,
      ),
    };
    delete withoutAcronym.checksum;
    const file = join(dir, 'without-acronym.json');
    await writeFile(file, JSON.stringify(withoutAcronym));
    await options.bringToFront();
    await options.locator('[data-testid=import-file]').setInputFiles(file);
    await options.locator('[data-testid=update-preview] [data-testid=apply-update]').click();
    await expect
      .poll(() => options.locator('[data-testid=dataset-version]').textContent())
      .toBe('2099.03.03');

    // The background keeps the new matcher as soon as the record is stored, under its revision.
    const keptAndStored = () =>
      browser.worker.evaluate(async () => {
        type Storage = {
          storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } };
        };
        const { chrome } = globalThis as unknown as { chrome: Storage };
        const stored = await chrome.storage.local.get('dataset:active-revision');
        const kept = await new Promise<unknown>((done, fail) => {
          const open = indexedDB.open('backstory', 1);
          open.addEventListener('error', () => fail(open.error));
          open.addEventListener('success', () => {
            try {
              const store = open.result.transaction('matchers').objectStore('matchers');
              const get = store.get('active');
              get.addEventListener('success', () =>
                done((get.result as { revision?: string } | undefined)?.revision),
              );
              get.addEventListener('error', () => fail(get.error));
            } catch (e) {
              // No store yet: nothing kept.
              if (e instanceof DOMException && e.name === 'NotFoundError') done(undefined);
              else fail(e);
            }
          });
        });
        return [kept, stored['dataset:active-revision']];
      });
    const revision = (await storedRecord())?.revision;
    expect(revision).toMatch(/\S/);
    await expect.poll(keptAndStored).toEqual([revision, revision]);

    const page = await browser.context.newPage();
    const warnings = collectWarnings(page);
    expect(await stopServiceWorker(page)).toBe(true);
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);
    const groups = (await readMarks(page))['backstory-group'] ?? [];
    expect(groups).toContain('Balochistan Liberation Army');
    expect(groups).not.toContain('BLA');
    // Served by the restarted background, which started from the copy it kept.
    expect(await backgroundLoad(browser.context)).toMatchObject({ fromKept: true });
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('resets to the bundled dataset', async () => {
    const data = await bundled();
    await options.bringToFront();
    await options.locator('[data-testid=reset-dataset]').click();
    await expect
      .poll(() => options.locator('[data-testid=dataset-version]').textContent())
      .toBe(data.version);
    expect(await storedVersion()).toBe(data.version);
  });
});
