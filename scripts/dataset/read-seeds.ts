/** Reads the human-edited seed files (release, entities, incidents) and assembles a dataset from them. */
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, type EntityKind } from '../../lib/dataset/schema';

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Folder under seeds/entities for each entity kind. */
export const KIND_FOLDERS: Readonly<Record<EntityKind, string>> = {
  person: 'people',
  organization: 'organizations',
  group: 'groups',
  place: 'places',
};

/** What a seed file holds. */
export type SeedRole = 'release' | 'entity' | 'incident';

/** One seed file: its path from the repo root, raw text and parsed JSON (or the parse error). */
export type SeedFile = {
  file: string;
  role: SeedRole;
  /** For entities: the kind implied by the folder. */
  folderKind?: EntityKind;
  text: string;
  data: unknown;
  jsonError?: string;
};

/** All seed files, each list sorted by path. */
export type Seeds = {
  root: string;
  release: SeedFile;
  entities: SeedFile[];
  incidents: SeedFile[];
};

async function jsonFiles(dir: string): Promise<string[]> {
  try {
    const names = await readdir(dir);
    return names.filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
}

async function readSeed(
  root: string,
  path: string,
  role: SeedRole,
  folderKind?: EntityKind,
): Promise<SeedFile> {
  const file = relative(root, path);
  let text = '';
  try {
    text = await readFile(path, 'utf8');
    return { file, role, folderKind, text, data: JSON.parse(text) as unknown };
  } catch (err) {
    return {
      file,
      role,
      folderKind,
      text,
      data: undefined,
      jsonError: err instanceof Error ? err.message : 'unreadable',
    };
  }
}

/** Reads every seed file under `<root>/seeds`. */
export async function readSeeds(root: string = REPO_ROOT): Promise<Seeds> {
  const seeds = join(root, 'seeds');
  const release = await readSeed(root, join(seeds, 'release.json'), 'release');
  const entities: SeedFile[] = [];
  for (const [kind, folder] of Object.entries(KIND_FOLDERS) as [EntityKind, string][]) {
    const dir = join(seeds, 'entities', folder);
    for (const name of await jsonFiles(dir))
      entities.push(await readSeed(root, join(dir, name), 'entity', kind));
  }
  entities.sort((a, b) => a.file.localeCompare(b.file));
  const incDir = join(seeds, 'incidents');
  const incidents = await Promise.all(
    (await jsonFiles(incDir)).map((n) => readSeed(root, join(incDir, n), 'incident')),
  );
  return { root, release, entities, incidents };
}

/** The id a seed file must carry: its file name without `.json`. */
export function idFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.endsWith('.json') ? base.slice(0, -'.json'.length) : base;
}

/** Puts the seeds together as unvalidated dataset input, records in file order. */
export function assembleDataset(seeds: Seeds): Record<string, unknown> {
  const release = (
    typeof seeds.release.data === 'object' && seeds.release.data !== null ? seeds.release.data : {}
  ) as Record<string, unknown>;
  return {
    schemaVersion: SCHEMA_VERSION,
    ...release,
    entities: seeds.entities.map((s) => s.data),
    incidents: seeds.incidents.map((s) => s.data),
  };
}

/** Maps a dataset error path (`entities[3].aliases[0].text`) to the seed file and the path inside it. */
export function locateError(seeds: Seeds, path: string): { file: string; path: string } {
  const m = /^(entities|incidents)\[(\d+)\]\.?(.*)$/.exec(path);
  if (!m) return { file: seeds.release.file, path };
  const list = m[1] === 'entities' ? seeds.entities : seeds.incidents;
  const seed = list[Number(m[2])];
  return seed ? { file: seed.file, path: m[3] ?? '' } : { file: 'seeds', path };
}
