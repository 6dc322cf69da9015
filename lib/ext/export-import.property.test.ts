/** Property tests: random valid datasets survive export → import unchanged; random corruptions never get in. */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { canonicalJson } from '../dataset/checksum';
import { sampleDataset } from '../dataset/sample-dataset';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { exportDatasetText } from '../update/export-dataset';
import { ACTIVE_KEY, PREVIOUS_KEY, readStoredDataset } from './active-dataset';
import { commitDataset } from './commit-dataset';
import { prepareActiveDataset } from './install-dataset';
import { stageUpdate } from './stage-update';

const text = (max: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: max })
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && s.length <= max);
const day = fc
  .tuple(
    fc.integer({ min: 1990, max: 2099 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Random valid datasets built around the sample: new texts, numbers, versions and extra incidents. */
const datasets: fc.Arbitrary<Dataset> = fc
  .record({
    version: day.map((d) => d.replaceAll('-', '.')),
    changelog: fc.array(text(400), { maxLength: 3 }),
    titles: fc.tuple(text(160), text(160)),
    summary: text(1200),
    background: text(400),
    killed: fc.option(fc.nat({ max: 100000 }), { nil: undefined }),
    extra: fc.array(fc.record({ title: text(160), date: day, summary: text(300) }), {
      maxLength: 6,
    }),
  })
  .map((r) => {
    const d = sampleDataset();
    d.version = r.version;
    d.changelog = r.changelog;
    d.incidents[0]!.title = r.titles[0];
    d.incidents[1]!.title = r.titles[1];
    d.incidents[1]!.summary = r.summary;
    d.entities[0]!.background = r.background;
    d.incidents[0]!.casualties = { killed: r.killed, byNationality: [] };
    r.extra.forEach((e, i) =>
      d.incidents.push({ ...d.incidents[1]!, id: `extra-incident-${i}`, ...e, related: [] }),
    );
    return d;
  })
  .filter((d) => validateDataset(d).ok);

type Corruption = (obj: Record<string, unknown> & Dataset, n: number, text: string) => string;
const incident = (o: Dataset, n: number) =>
  o.incidents[n % o.incidents.length]! as Record<string, unknown>;
const json = (o: unknown) => JSON.stringify(o);

/** Corruptions that can never leave a valid dataset behind. */
const corruptions: [string, Corruption][] = [
  ['truncated', (_o, n, t) => t.slice(0, n % t.lastIndexOf('}'))],
  ['a required field removed', (o, n) => (delete incident(o, n).title, json(o))],
  ['a wrong type', (o, n) => ((incident(o, n).date = n), json(o))],
  ['a dangling place', (o, n) => ((incident(o, n).placeId = `nowhere-${n}`), json(o))],
  ['an impossible date', (o, n) => ((incident(o, n).date = `20${10 + (n % 80)}-02-30`), json(o))],
  [
    'a duplicated record',
    (o, n) => (o.incidents.push(o.incidents[n % o.incidents.length]!), json(o)),
  ],
  ['a __proto__ key', (_o, _n, t) => t.replace('{', '{"__proto__":{"polluted":1},')],
  [
    'a javascript: link',
    (o, n) => (
      (o.incidents[n % o.incidents.length]!.sources[0]!.url = `javascript:void ${n}`),
      json(o)
    ),
  ],
  [
    'content changed under its checksum',
    (o, n) => ((incident(o, n).title = `${String(incident(o, n).title)} x`), json(o)),
  ],
  [
    'deep nesting',
    (_o, n, t) => `${'['.repeat(33 + (n % 5000))}${t}${']'.repeat(33 + (n % 5000))}`,
  ],
  [
    'an unknown schema version',
    (o, n) => (((o as Record<string, unknown>).schemaVersion = 2 + n), json(o)),
  ],
];

const storedJson = async () =>
  JSON.stringify(await fakeBrowser.storage.local.get([ACTIVE_KEY, PREVIOUS_KEY]));
const withoutChecksum = ({ checksum: _c, ...rest }: Dataset) => canonicalJson(rest);

beforeEach(() => fakeBrowser.reset());

describe('export and import', () => {
  it('round-trips random valid datasets unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(datasets, async (d) => {
        fakeBrowser.reset();
        await commitDataset(prepareActiveDataset(d, { type: 'bundled' }));
        const active = (await readStoredDataset())!;
        const exported = await exportDatasetText(active.dataset);
        const staged = await stageUpdate(exported, { type: 'file', name: 'export.json' });
        expect(staged.ok).toBe(true);
        if (!staged.ok) return;
        expect(staged.update.diff.isSame).toBe(true);
        expect(withoutChecksum(staged.update.dataset)).toBe(withoutChecksum(active.dataset));
        expect(await exportDatasetText(staged.update.dataset)).toBe(exported);
      }),
      { numRuns: 40 },
    );
  });

  it('rejects random corruptions without touching the active dataset', async () => {
    await fc.assert(
      fc.asyncProperty(
        datasets,
        fc.constantFrom(...corruptions),
        fc.nat(),
        async (d, [, corrupt], n) => {
          fakeBrowser.reset();
          await commitDataset(prepareActiveDataset(sampleDataset(), { type: 'bundled' }));
          const exported = await exportDatasetText(d);
          const before = await storedJson();
          const broken = corrupt(
            JSON.parse(exported) as Record<string, unknown> & Dataset,
            n,
            exported,
          );
          const staged = await stageUpdate(broken, { type: 'file', name: 'broken.json' });
          expect(staged.ok).toBe(false);
          expect(await storedJson()).toBe(before);
        },
      ),
      { numRuns: 120 },
    );
  });
});
