/** Checks that the validator cannot see: JSON syntax, ids equal to file names, folders matching kinds. */
import { idFromFile, type SeedFile, type Seeds } from './read-seeds';

function field(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null
    ? (data as Record<string, unknown>)[key]
    : undefined;
}

function checkFile(seed: SeedFile): string[] {
  if (seed.jsonError !== undefined)
    return [`${seed.file}: : is not valid JSON (${seed.jsonError})`];
  if (seed.role === 'release') return [];
  const problems: string[] = [];
  const id = field(seed.data, 'id');
  if (id !== idFromFile(seed.file))
    problems.push(`${seed.file}: id: must equal the file name "${idFromFile(seed.file)}"`);
  const kind = field(seed.data, 'kind');
  if (seed.folderKind !== undefined && kind !== seed.folderKind) {
    problems.push(
      `${seed.file}: kind: is ${JSON.stringify(kind)} but the folder holds "${seed.folderKind}" entities`,
    );
  }
  return problems;
}

/** Every layout problem in the seeds, as `<file>: <path>: <message>` lines. */
export function checkSeedLayout(seeds: Seeds): string[] {
  return [seeds.release, ...seeds.entities, ...seeds.incidents].flatMap(checkFile);
}
