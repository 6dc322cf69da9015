/** Rewrites seed files in canonical form; with --check, lists the files that are not and exits 1. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { canonicalSeedText } from './canonical';
import { isMain, runMain } from './cli';
import { readSeeds, type SeedFile, type Seeds } from './read-seeds';

/** Outcome for the seed files: those not canonical (with their canonical text) and those that cannot be parsed. */
export type FormatReport = { changed: { seed: SeedFile; text: string }[]; invalid: SeedFile[] };

/** Compares every seed file with its canonical text. */
export function formatReport(seeds: Seeds): FormatReport {
  const report: FormatReport = { changed: [], invalid: [] };
  for (const seed of [seeds.release, ...seeds.entities, ...seeds.incidents]) {
    const text = seed.jsonError === undefined ? canonicalSeedText(seed.role, seed.data) : undefined;
    if (text === undefined) report.invalid.push(seed);
    else if (text !== seed.text) report.changed.push({ seed, text });
  }
  return report;
}

async function main(): Promise<number> {
  const check = process.argv.includes('--check');
  const seeds = await readSeeds();
  const { changed, invalid } = formatReport(seeds);
  for (const seed of invalid)
    console.error(`${seed.file}: does not pass its schema; run npm run dataset:build for details`);
  for (const { seed, text } of changed) {
    if (check) console.error(`${seed.file}: not canonical`);
    else await writeFile(join(seeds.root, seed.file), text);
  }
  if (!check && changed.length > 0) console.log(`dataset: rewrote ${changed.length} file(s)`);
  return invalid.length > 0 || (check && changed.length > 0) ? 1 : 0;
}

if (isMain(import.meta.url)) runMain(main);
