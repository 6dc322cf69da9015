/**
 * Hostile inputs, one row each: every one gets its own message (or, when harmless, a preview) and
 * leaves the stored active and previous datasets byte-for-byte unchanged.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type FixtureServer, startFixtureServer } from '../../tests/helpers/fixture-server';
import { sampleDataset } from '../dataset/sample-dataset';
import type { Dataset } from '../dataset/schema';
import { UPDATE_LIMITS } from '../update/limits';
import type { UpdateFailureKind } from '../update/update-failure';
import { ACTIVE_KEY, PREVIOUS_KEY } from './active-dataset';
import { commitDataset } from './commit-dataset';
import { prepareActiveDataset } from './install-dataset';
import { PENDING_KEY } from './pending-update';
import { saveDatasetUrl } from './save-dataset-url';
import { type StageResult, stageUpdate } from './stage-update';
import { stageUrlUpdate } from './stage-url-update';
import { readUpdateLog } from './update-log-store';

let server: FixtureServer;
let base: string;

const text = (mutate: (d: Dataset & Record<string, unknown>) => void) => {
  const d = sampleDataset() as Dataset & Record<string, unknown>;
  d.version = '2027.01.01';
  mutate(d);
  return JSON.stringify(d);
};
const file = (input: string | Uint8Array) =>
  stageUpdate(input, { type: 'file', name: 'hostile.json' });
const url = (path: string, options: Parameters<typeof stageUrlUpdate>[1] = {}) =>
  stageUrlUpdate(`${base}${path}`, { timeoutMs: 500, ...options });
const withUrl =
  (href: string, response: Response): typeof fetch =>
  async () => {
    Object.defineProperty(response, 'url', { value: href });
    return response;
  };

type Row = [
  name: string,
  run: () => Promise<StageResult>,
  kind: UpdateFailureKind | 'preview',
  message: string,
];

const rows: Row[] = [
  ['truncated JSON', () => file(text(() => undefined).slice(0, 200)), 'not-json', 'not valid JSON'],
  ['an empty file', () => file('  \n'), 'not-json', 'The file is empty'],
  [
    'bytes that are not UTF-8',
    () => file(new Uint8Array([0xff, 0xfe, 0x7b])),
    'not-json',
    'not UTF-8',
  ],
  [
    'an HTML page saved as .json',
    () => file('<html><body>Not found</body></html>'),
    'not-json',
    'not valid JSON',
  ],
  [
    '100 000 nested arrays',
    () => file(`${'['.repeat(100_000)}${']'.repeat(100_000)}`),
    'too-deep',
    'nests deeper than 32',
  ],
  [
    '100 000 nested objects, unterminated',
    () => file('{"a":'.repeat(100_000)),
    'too-deep',
    'nests deeper',
  ],
  [
    'a __proto__ key in an entity',
    () =>
      file(
        text(() => undefined).replace(
          '"id":"karachi"',
          '"__proto__":{"polluted":true},"id":"karachi"',
        ),
      ),
    'unsafe',
    'the key "__proto__" is not allowed',
  ],
  [
    'a constructor key at the top',
    () => file(text(() => undefined).replace('{', '{"constructor":{"prototype":{}},')),
    'unsafe',
    'the key "constructor" is not allowed',
  ],
  [
    'a prototype key deep inside',
    () =>
      file(
        text((d) => ((d.incidents[0] as Record<string, unknown>).casualties = { prototype: 1 })),
      ),
    'unsafe',
    'the key "prototype" is not allowed',
  ],
  [
    'a 1 MB string',
    () => file(text((d) => (d.incidents[0]!.title = 'A'.repeat(1 << 20)))),
    'unsafe',
    'incidents[0].title',
  ],
  [
    'more records than the cap',
    () =>
      file(
        text(
          (d) =>
            (d.incidents = Array.from(
              { length: UPDATE_LIMITS.maxRecords + 1 },
              () => ({}) as Dataset['incidents'][number],
            )),
        ),
      ),
    'unsafe',
    `has ${UPDATE_LIMITS.maxRecords + 1} items`,
  ],
  [
    'a file over the size cap',
    () => file(`{"pad":"${' '.repeat(UPDATE_LIMITS.maxBytes)}"}`),
    'too-large',
    'too large',
  ],
  [
    'a javascript: link',
    () => file(text((d) => (d.incidents[0]!.sources[0]!.url = 'javascript:alert(1)'))),
    'invalid',
    'incidents[0].sources[0].url',
  ],
  [
    'a data: link',
    () => file(text((d) => (d.entities[3]!.sources[0]!.url = 'data:text/html,<b>x</b>'))),
    'invalid',
    'entities[3].sources[0].url',
  ],
  [
    'a plain http link',
    () => file(text((d) => (d.incidents[1]!.sources[0]!.url = 'http://example.com/a'))),
    'invalid',
    'must be an https:// URL',
  ],
  [
    'duplicate ids',
    () => file(text((d) => (d.incidents[1]!.id = d.incidents[0]!.id))),
    'invalid',
    'incidents[1].id',
  ],
  [
    'a dangling reference',
    () => file(text((d) => (d.incidents[0]!.placeId = 'atlantis'))),
    'invalid',
    'incidents[0].placeId',
  ],
  [
    'an impossible date',
    () => file(text((d) => (d.incidents[0]!.date = '2024-02-30'))),
    'invalid',
    'incidents[0].date',
  ],
  [
    'an unknown schema version',
    () => file(text((d) => ((d as Record<string, unknown>).schemaVersion = 2))),
    'invalid',
    'schemaVersion',
  ],
  ['an unknown top-level field', () => file(text((d) => (d.extra = 1))), 'invalid', '(root)'],
  ['a JSON array instead of a dataset', () => file('[]'), 'invalid', 'invalid at'],
  [
    'a checksum that does not match',
    () => file(text((d) => (d.checksum = `sha256-${'0'.repeat(64)}`))),
    'checksum',
    'checksum does not match',
  ],
  [
    'HTML in text (kept as text)',
    () => file(text((d) => (d.incidents[0]!.title = '<img src=x onerror=alert(1)> Airport'))),
    'preview',
    '<img src=x onerror=alert(1)> Airport',
  ],
  [
    'regex metacharacters in an alias (harmless)',
    () =>
      file(
        text((d) =>
          d.entities[1]!.aliases.push({ text: 'Kar.*(a|b)+[chi]?\\$^', type: 'variant' }),
        ),
      ),
    'preview',
    'Karachi',
  ],
  ['a server that hangs', () => url('/special/hang'), 'timeout', 'Timed out'],
  // Long enough to stream past the byte cap on loopback, so the cap (not the clock) stops it.
  [
    'an endless body',
    () => url('/special/endless', { timeoutMs: 20_000 }),
    'too-large',
    'too large',
  ],
  ['an HTML error page', () => url('/special/html'), 'content-type', 'sent a web page'],
  ['JSON sent as text/plain', () => url('/special/text'), 'content-type', 'text/plain, not JSON'],
  ['HTTP 404', () => url('/special/status/404'), 'server-error', 'not found (HTTP 404)'],
  ['HTTP 500', () => url('/special/status/500'), 'server-error', 'server had a problem (HTTP 500)'],
  [
    'a redirect to another site',
    () =>
      url(
        `/special/redirect?to=${encodeURIComponent(base.replace('127.0.0.1', 'localhost'))}/ok.json`,
      ),
    'redirect',
    'another site',
  ],
  [
    'a redirect from https to http',
    () =>
      stageUrlUpdate('https://data.example.org/d.json', {
        fetchImpl: withUrl(
          'http://data.example.org/d.json',
          new Response('{}', { headers: { 'content-type': 'application/json' } }),
        ),
      }),
    'redirect',
    'insecure address',
  ],
  [
    'a declared length over the cap',
    () =>
      stageUrlUpdate('https://data.example.org/d.json', {
        fetchImpl: withUrl(
          'https://data.example.org/d.json',
          new Response('{}', {
            headers: {
              'content-type': 'application/json',
              'content-length': String(UPDATE_LIMITS.maxBytes + 1),
            },
          }),
        ),
      }),
    'too-large',
    'too large',
  ],
  ['an invalid dataset from a server', () => url('/bad.json'), 'invalid', 'incidents[0].placeId'],
  [
    'a server that is down',
    () => stageUrlUpdate('http://127.0.0.1:9/d.json', { timeoutMs: 2000 }),
    'offline',
    'Could not reach',
  ],
  [
    'being offline',
    () => stageUrlUpdate('http://127.0.0.1:9/d.json', { isOnline: () => false }),
    'offline',
    'You are offline',
  ],
  [
    'a plain http address',
    () => stageUrlUpdate('http://example.org/d.json'),
    'bad-url',
    'Only https://',
  ],
  [
    'a javascript: address',
    () => stageUrlUpdate('javascript:alert(1)'),
    'bad-url',
    'Only https://',
  ],
  [
    'refused permission',
    async () => {
      fakeBrowser.permissions.request = async () => false;
      const saved = await saveDatasetUrl(new URL('https://data.example.org/d.json'));
      return saved.ok
        ? { ok: false, failure: { kind: 'stale', message: 'saved', errors: [] } }
        : saved;
    },
    'permission',
    'Permission refused',
  ],
];

const stored = async () =>
  JSON.stringify(await fakeBrowser.storage.local.get([ACTIVE_KEY, PREVIOUS_KEY, PENDING_KEY]));

beforeAll(async () => {
  server = await startFixtureServer(await mkdtemp(join(tmpdir(), 'backstory-hostile-')));
  base = `http://127.0.0.1:${server.port}`;
  server.put(
    '/bad.json',
    text((d) => (d.incidents[0]!.placeId = 'atlantis')),
  );
});
afterAll(() => server.close());

beforeEach(async () => {
  fakeBrowser.reset();
  await commitDataset(prepareActiveDataset(sampleDataset(), { type: 'bundled' }));
  const second = sampleDataset();
  second.version = '2026.12.01';
  await commitDataset(prepareActiveDataset(second, { type: 'file', name: 'second.json' }));
});

describe('hostile updates', () => {
  it('has at least 25 cases', () => expect(rows.length).toBeGreaterThanOrEqual(25));

  it.each(rows)(
    '%s gets its message and leaves the stored datasets unchanged',
    async (_name, run, kind, message) => {
      const before = await stored();
      const result = await run();
      expect(await stored()).toBe(before);
      if (kind === 'preview') {
        expect(result.ok).toBe(true);
        const lines = result.ok ? JSON.stringify(result.update.diff) : '';
        expect(lines).toContain(JSON.stringify(message).slice(1, -1));
        return;
      }
      expect(result).toMatchObject({ ok: false, failure: { kind } });
      const failure = result.ok ? null : result.failure;
      const paths = failure?.errors.map((e) => `${e.path}: ${e.message}`).join('\n');
      expect(`${failure?.message}\n${paths}`).toContain(message);
      const [last] = await readUpdateLog();
      expect(last).toMatchObject({ outcome: 'failed', message: failure?.message });
    },
  );

  it('never pollutes Object.prototype', async () => {
    await file('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
