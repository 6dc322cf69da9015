/**
 * Updating from a URL in real Chromium against the local server: preview, apply (an open page's
 * card shows the new incident without a reload), save with the origin permission, a scheduled
 * check fired through the real alarm, rollback, reset, export and refusals.
 *
 * Host permissions: Chrome's permission dialog cannot be answered by automation (the request
 * stays pending), so where the test saves a URL it answers the dialog by replacing
 * `chrome.permissions.request` in the settings page. Downloads do not depend on that answer: the
 * datasets are served from loopback http with CORS headers, as a public static host would, and an
 * extension page without host permission can read those.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../helpers/fixture-server';
import { type ExtensionBrowser, launchExtension } from '../helpers/launch-extension';
import { hoverText, waitForMarks } from '../helpers/page-actions';

type Json = Record<string, unknown> & {
  version: string;
  checksum?: string;
  incidents: Record<string, unknown>[];
  entities: Record<string, unknown>[];
};

let server: FixtureServer;
let browser: ExtensionBrowser;
let options: Page;
let bundled: Json;
let datasetUrl: string;

const NEW_INCIDENT = {
  id: '2024-09-01-besham-url-test-attack',
  date: '2024-09-01',
  title: 'URL test incident: checkpoint attack outside Besham',
  summary: 'An incident that exists only in the downloaded test dataset.',
  type: 'armed-assault',
  placeId: 'besham',
  sources: [{ url: 'https://example.org/url-test-incident', outlet: 'Example Wire' }],
};

function release(version: string, change: (d: Json) => void = () => undefined): string {
  const d = structuredClone(bundled);
  d.version = version;
  delete d.checksum;
  change(d);
  return JSON.stringify(d);
}

const testId = (id: string) => options.locator(`[data-testid=${id}]`);

/** What storage holds, read from the service worker. */
async function stored(key: string): Promise<string | null> {
  return browser.worker.evaluate(async (k) => {
    type Local = { storage: { local: { get: (k: string) => Promise<Record<string, unknown>> } } };
    const got = await (globalThis as unknown as { chrome: Local }).chrome.storage.local.get(k);
    return got[k] === undefined ? null : JSON.stringify(got[k]);
  }, key);
}
const storedVersion = async (key = 'dataset:active') =>
  (JSON.parse((await stored(key)) ?? 'null') as { dataset?: { version: string } } | null)?.dataset
    ?.version ?? null;

/** Answers the browser's permission dialog in the settings page (automation cannot click it). */
async function answerPermissionDialog(isGranted: boolean): Promise<void> {
  await options.evaluate((granted) => {
    type Permissions = { permissions: { request: unknown } };
    const chrome = (globalThis as unknown as { chrome: Permissions }).chrome;
    chrome.permissions.request = (_p: unknown, callback?: (ok: boolean) => void) => {
      callback?.(granted);
      return Promise.resolve(granted);
    };
  }, isGranted);
}

beforeAll(async () => {
  bundled = JSON.parse(await readFile(resolve('.output/chrome-mv3/dataset.json'), 'utf8')) as Json;
  server = await startFixtureServer(resolve('tests/fixtures'));
  datasetUrl = `http://127.0.0.1:${server.port}/datasets/backstory.json`;
  browser = await launchExtension(server.port);
  options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await testId('dataset-status').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('updating from a URL', () => {
  it('previews the changes, applies them, and an open page shows the new incident', async () => {
    const changedId = String(bundled.incidents[0]!.id);
    server.put(
      '/datasets/backstory.json',
      release('2099.02.02', (d) => {
        d.incidents.push(NEW_INCIDENT);
        d.incidents[0]!.title = 'A retitled incident';
      }),
    );
    const page = await browser.context.newPage();
    await page.goto('http://www.dawn.com/news/naqvi-meets-envoy');
    await waitForMarks(page);

    await options.bringToFront();
    await testId('url-input').fill(datasetUrl);
    await testId('check-url').click();
    const preview = testId('update-preview');
    await expect
      .poll(() => preview.locator('[data-testid=preview-version]').textContent())
      .toBe(`Version ${bundled.version} → 2099.02.02`);
    expect(await preview.locator('[data-testid=incidents-added] li').allTextContents()).toEqual([
      `${NEW_INCIDENT.date}: ${NEW_INCIDENT.title}`,
    ]);
    const changed = preview.locator('[data-testid=incidents-changed] li');
    expect(await changed.getAttribute('data-id')).toBe(changedId);
    expect(await changed.textContent()).toContain('A retitled incident');
    expect(await preview.locator('[data-testid=entities-added]').count()).toBe(0);
    expect(await storedVersion()).toBe(bundled.version);

    await preview.locator('[data-testid=apply-update]').click();
    await expect.poll(() => testId('dataset-version').textContent()).toBe('2099.02.02');
    expect(await testId('dataset-source').textContent()).toBe(`Downloaded from ${datasetUrl}`);
    expect(await storedVersion('dataset:previous')).toBe(bundled.version);

    await page.bringToFront();
    await hoverText(page, 'Besham');
    const card = page.locator('backstory-card [data-testid=card]');
    await expect.poll(() => card.getAttribute('data-entity-id'), { timeout: 3000 }).toBe('besham');
    const ids = await card
      .locator('[data-testid=incident]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-incident-id')));
    expect(ids).toContain(NEW_INCIDENT.id);
    await page.close();
  });

  it('saves nothing when the reader refuses the permission', async () => {
    await options.bringToFront();
    await answerPermissionDialog(false);
    await testId('url-input').fill(datasetUrl);
    await testId('save-url').click();
    await expect.poll(() => testId('update-status').textContent()).toContain('Permission refused');
    expect(await stored('update:url')).toBeNull();
  });

  it('saves the URL, and the scheduled check picks up a changed file', async () => {
    await answerPermissionDialog(true);
    await testId('save-url').click();
    await expect.poll(() => testId('saved-url').textContent()).toContain(datasetUrl);
    await expect.poll(() => testId('preview-same').count()).toBe(1);
    await testId('cancel-update').click();
    const alarm = await browser.worker.evaluate(async () => {
      type Alarms = {
        alarms: { get: (n: string) => Promise<{ periodInMinutes?: number } | undefined> };
      };
      return (globalThis as unknown as { chrome: Alarms }).chrome.alarms.get(
        'dataset-update-check',
      );
    });
    expect(alarm?.periodInMinutes).toBe(1440);

    server.put(
      '/datasets/backstory.json',
      release('2099.03.03', (d) => d.incidents.push(NEW_INCIDENT)),
    );
    const fireAlarm = () =>
      browser.worker.evaluate(async () => {
        type Alarms = { alarms: { create: (n: string, i: { when: number }) => Promise<void> } };
        // The real alarm, due now (unpacked extensions may use short delays): the listener runs as it would daily.
        await (globalThis as unknown as { chrome: Alarms }).chrome.alarms.create(
          'dataset-update-check',
          { when: Date.now() },
        );
      });
    await fireAlarm();
    await expect
      .poll(() => storedVersion('dataset:pending'), { timeout: 10_000 })
      .toBe('2099.03.03');
    expect(await storedVersion()).toBe('2099.02.02');
    const preview = testId('update-preview');
    await expect
      .poll(() => preview.locator('[data-testid=preview-version]').textContent())
      .toBe('Version 2099.02.02 → 2099.03.03');
    expect(await preview.textContent()).toContain(`scheduled check of ${datasetUrl}`);
    await expect.poll(() => testId('last-checked').textContent()).not.toContain('never');

    // A second check with no change asks conditionally and is told "not modified".
    await fireAlarm();
    await expect
      .poll(() => testId('update-log').locator('tr[data-outcome=unchanged]').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0);
    const last = server.log
      .filter((r) => r.path === '/datasets/backstory.json' && r.method === 'GET')
      .at(-1);
    expect(last?.headers['if-none-match']).toMatch(/^".+"$/);

    await preview.locator('[data-testid=apply-update]').click();
    await expect.poll(() => testId('dataset-version').textContent()).toBe('2099.03.03');
    expect(await stored('dataset:pending')).toBe('null');
  });

  it('rolls back to the previous dataset', async () => {
    await testId('rollback-dataset').click();
    await expect.poll(() => testId('dataset-version').textContent()).toBe('2099.02.02');
    expect(await storedVersion()).toBe('2099.02.02');
    expect(await testId('rollback-dataset').textContent()).toContain('2099.03.03');
  });

  it('exports the active dataset as a file that imports back', async () => {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      testId('export-dataset').click(),
    ]);
    expect(download.suggestedFilename()).toBe('backstory-dataset-2099.02.02.json');
    const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as Json;
    expect(exported.version).toBe('2099.02.02');
    expect(exported.checksum).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(exported.incidents.map((i) => i.id)).toContain(NEW_INCIDENT.id);
  });

  it.each([
    ['/special/html', 'sent a web page'],
    ['/special/status/500', 'HTTP 500'],
    ['/special/endless', 'too large'],
  ])('refuses %s with a clear message and changes nothing', async (path, message) => {
    const before = await stored('dataset:active');
    await testId('url-input').fill(`http://127.0.0.1:${server.port}${path}`);
    await testId('check-url').click();
    await expect
      .poll(() => testId('update-status').textContent(), { timeout: 20_000 })
      .toContain(message);
    expect(await stored('dataset:active')).toBe(before);
    expect(await testId('update-log').locator('tr').nth(1).textContent()).toContain(message);
  });

  it('resets to the bundled dataset', async () => {
    await testId('reset-dataset').click();
    await expect.poll(() => testId('dataset-version').textContent()).toBe(bundled.version);
    expect(await storedVersion()).toBe(bundled.version);
    expect(await testId('dataset-source').textContent()).toBe('Bundled with Backstory');
  });
});
