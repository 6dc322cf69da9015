import { beforeAll, describe, expect, it } from 'vitest';
import { isCommonWord } from '../../lib/dataset/common-words';
import type { Dataset } from '../../lib/dataset/schema';
import { buildDataset } from './build';
import { formatReport } from './format';
import { idFromFile, readSeeds, type Seeds } from './read-seeds';
import { checkSeedLayout } from './seed-layout';

let seeds: Seeds;
let dataset: Dataset | undefined;
let problems: string[] = [];

beforeAll(async () => {
  seeds = await readSeeds();
  const result = await buildDataset(seeds);
  if (result.ok) dataset = result.dataset;
  else problems = result.problems;
});

describe('the committed seeds', () => {
  it('parse, validate and resolve every reference', () => {
    expect(problems).toEqual([]);
    expect(dataset).toBeDefined();
  });

  it('name every file after the id inside it, in the folder of its kind', () => {
    expect(checkSeedLayout(seeds)).toEqual([]);
    const files = [...seeds.entities, ...seeds.incidents];
    expect(
      files
        .filter((s) => (s.data as { id?: unknown }).id !== idFromFile(s.file))
        .map((s) => s.file),
    ).toEqual([]);
  });

  it('are all in canonical form (fix with npm run dataset:format)', () => {
    const { changed, invalid } = formatReport(seeds);
    expect([...changed.map((c) => c.seed.file), ...invalid.map((s) => s.file)]).toEqual([]);
  });

  it('give every incident at least one https source', () => {
    const bad = (dataset?.incidents ?? []).filter(
      (i) => i.sources.length === 0 || i.sources.some((s) => !s.url.startsWith('https://')),
    );
    expect(bad.map((i) => i.id)).toEqual([]);
  });

  it('give every person at least one dated role', () => {
    const bad = (dataset?.entities ?? []).filter(
      (e) => e.kind === 'person' && !e.roles.some((r) => r.from.length >= 4),
    );
    expect(bad.map((e) => e.id)).toEqual([]);
  });

  it('mark every common-word alias as needing context', () => {
    const bad = (dataset?.entities ?? []).flatMap((e) =>
      e.aliases
        .filter((a) => Array.from(a.text).length < 2 || (isCommonWord(a.text) && !a.needsContext))
        .map((a) => `${e.id}: ${a.text}`),
    );
    expect(bad).toEqual([]);
  });

  it('hold entities of every kind', () => {
    const kinds = new Set((dataset?.entities ?? []).map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['group', 'organization', 'person', 'place']);
  });
});
