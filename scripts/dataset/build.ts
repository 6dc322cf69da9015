/** Compiles the seeds into public/dataset.json, the release artifact: validated, sorted, checksummed. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetChecksum } from '../../lib/dataset/checksum';
import { ENTITY_KINDS, type Dataset, type EntityKind } from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { isMain, runMain } from './cli';
import { assembleDataset, locateError, readSeeds, REPO_ROOT, type Seeds } from './read-seeds';
import { checkSeedLayout } from './seed-layout';

/** Where the build writes the compiled dataset, relative to the repo root. */
export const OUTPUT_FILE = 'public/dataset.json';

/** A compiled dataset, or the problems that stopped it as `<file>: <path>: <message>` lines. */
export type BuildResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts entities by kind (ENTITY_KINDS order) then id, and incidents by date then id. */
const rank = (k: EntityKind) => ENTITY_KINDS.indexOf(k);

export function sortDataset(d: Dataset): Dataset {
  const entities = [...d.entities].sort(
    (a, b) => rank(a.kind) - rank(b.kind) || byString(a.id, b.id),
  );
  const incidents = [...d.incidents].sort(
    (a, b) => byString(a.date, b.date) || byString(a.id, b.id),
  );
  return { ...d, entities, incidents };
}

/** Validates the seeds and returns the sorted dataset with its checksum. */
export async function buildDataset(seeds: Seeds): Promise<BuildResult> {
  const problems = checkSeedLayout(seeds);
  const result = validateDataset(assembleDataset(seeds));
  if (!result.ok) {
    for (const e of result.errors) {
      const at = locateError(seeds, e.path);
      problems.push(`${at.file}: ${at.path}: ${e.message}`);
    }
  }
  if (!result.ok || problems.length > 0) return { ok: false, problems };
  const { checksum: _old, ...rest } = sortDataset(result.dataset);
  return { ok: true, dataset: { ...rest, checksum: await datasetChecksum(rest) } };
}

async function main(): Promise<number> {
  const result = await buildDataset(await readSeeds());
  if (!result.ok) {
    for (const line of result.problems) console.error(line);
    console.error(`dataset: ${result.problems.length} problem(s); nothing written`);
    return 1;
  }
  const out = join(REPO_ROOT, OUTPUT_FILE);
  await mkdir(join(REPO_ROOT, 'public'), { recursive: true });
  await writeFile(out, `${JSON.stringify(result.dataset)}\n`);
  const d = result.dataset;
  console.log(
    `dataset: wrote ${OUTPUT_FILE} (version ${d.version}, ${d.entities.length} entities, ${d.incidents.length} incidents, ${d.checksum})`,
  );
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
