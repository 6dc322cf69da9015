import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hasValidChecksum } from '../../lib/dataset/checksum';
import { sampleDataset } from '../../lib/dataset/sample-dataset';
import { buildDataset, sortDataset } from './build';
import { canonicalSeedText } from './canonical';
import { formatReport } from './format';
import { KIND_FOLDERS, readSeeds } from './read-seeds';

let root: string;

async function put(path: string, value: unknown, raw = false) {
  const file = join(root, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, raw ? String(value) : `${JSON.stringify(value, null, 2)}\n`);
}

/** Writes the sample dataset as seed files, one record per file. */
async function writeSample() {
  const d = sampleDataset();
  await put('seeds/release.json', { version: d.version, changelog: d.changelog });
  for (const e of [...d.entities].reverse())
    await put(`seeds/entities/${KIND_FOLDERS[e.kind]}/${e.id}.json`, e);
  for (const i of d.incidents) await put(`seeds/incidents/${i.id}.json`, i);
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'backstory-seeds-'));
  await writeSample();
});
afterEach(async () => rm(root, { recursive: true, force: true }));

describe('buildDataset', () => {
  it('builds a sorted dataset whose checksum verifies', async () => {
    const result = await buildDataset(await readSeeds(root));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.entities.map((e) => e.id)).toEqual([
      'mohsin-naqvi',
      'balochistan-liberation-army',
      'ministry-of-interior-pakistan',
      'karachi',
      'pakistan',
    ]);
    expect(await hasValidChecksum(result.dataset)).toBe(true);
  });

  it.each<[string, () => Promise<void>, string]>([
    [
      'an id that differs from the file name',
      () =>
        put('seeds/entities/places/lahore.json', {
          ...sampleDataset().entities[0],
          id: 'not-lahore',
        }),
      'seeds/entities/places/lahore.json: id: must equal the file name "lahore"',
    ],
    [
      'an entity in the wrong folder',
      () => put('seeds/entities/people/pakistan.json', sampleDataset().entities[0]),
      'seeds/entities/people/pakistan.json: kind: is "place" but the folder holds "person" entities',
    ],
    [
      'broken JSON',
      () => put('seeds/incidents/broken.json', '{ "id": ', true),
      'seeds/incidents/broken.json: : is not valid JSON',
    ],
    [
      'a dangling reference',
      () =>
        put('seeds/incidents/karachi-mill-shooting-2024.json', {
          ...sampleDataset().incidents[1],
          placeId: 'lahore',
        }),
      'seeds/incidents/karachi-mill-shooting-2024.json: placeId: "lahore" must name a place, but names nothing',
    ],
    [
      'a bad release version',
      () => put('seeds/release.json', { version: 'latest' }),
      'seeds/release.json: version: must look like 2026.11.28',
    ],
  ])('reports %s as <file>: <path>: <message>', async (_title, breakIt, line) => {
    await breakIt();
    const result = await buildDataset(await readSeeds(root));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => p.startsWith(line))).toBe(true);
  });
});

describe('sortDataset', () => {
  it('orders incidents by date, then id', () => {
    const d = sampleDataset();
    d.incidents.reverse();
    expect(sortDataset(d).incidents.map((i) => i.date)).toEqual(['2024-10-06', '2024-11-05']);
  });
});

describe('canonical seed files', () => {
  it('writes defaults out, trims text and orders keys as the schema declares them', () => {
    const text = canonicalSeedText('entity', {
      kind: 'place',
      placeType: 'city',
      background: ' B ',
      name: 'Lahore',
      id: 'lahore',
    });
    expect(text).toBe(
      `${JSON.stringify({ id: 'lahore', name: 'Lahore', aliases: [], background: 'B', sources: [], caveats: [], kind: 'place', placeType: 'city' }, null, 2)}\n`,
    );
  });

  it('lists files that are not canonical and rewrites them to the canonical text', async () => {
    await put('seeds/entities/places/pakistan.json', {
      kind: 'place',
      placeType: 'country',
      id: 'pakistan',
      name: 'Pakistan',
      background: 'Country.',
    });
    const { changed, invalid } = formatReport(await readSeeds(root));
    expect(invalid).toEqual([]);
    expect(changed.map((c) => c.seed.file)).toEqual(['seeds/entities/places/pakistan.json']);
    await writeFile(join(root, changed[0]!.seed.file), changed[0]!.text);
    expect(formatReport(await readSeeds(root)).changed).toEqual([]);
    expect(await readFile(join(root, 'seeds/entities/places/pakistan.json'), 'utf8')).toContain(
      '"aliases": []',
    );
  });
});
