/** Prints dataset counts: by kind, incidents per year, entities named in no incident; --json for machines. */
import { countDataset } from '../../lib/dataset/count-dataset';
import type { Dataset, Entity, EntityKind, Incident } from '../../lib/dataset/schema';
import { buildDataset } from './build';
import { isMain, runMain } from './cli';
import { readSeeds } from './read-seeds';

/** The machine-readable summary printed by `stats --json`. */
export type DatasetStats = {
  version: string;
  counts: Record<EntityKind | 'incidents', number>;
  entities: { id: string; name: string; kind: EntityKind; aliases: string[]; roles: number }[];
  incidents: { id: string; date: string; title: string; placeId: string; sources: string[] }[];
};

/** Ids of every entity an incident names: place, actors and casualty countries. */
function referencedIds(incidents: readonly Incident[]): Set<string> {
  const ids = new Set<string>();
  for (const inc of incidents) {
    ids.add(inc.placeId);
    for (const a of inc.actors) ids.add(a.entityId);
    for (const n of inc.casualties?.byNationality ?? []) ids.add(n.country);
  }
  return ids;
}

/** Entities that no incident names directly. */
export function entitiesWithoutIncident(d: Dataset): Entity[] {
  const used = referencedIds(d.incidents);
  return d.entities.filter((e) => !used.has(e.id));
}

/** Summarises a dataset in the shape printed by `stats --json`. */
export function datasetStats(d: Dataset): DatasetStats {
  return {
    version: d.version,
    counts: countDataset(d),
    entities: d.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases.map((a) => a.text),
      roles: e.kind === 'person' ? e.roles.length : 0,
    })),
    incidents: d.incidents.map((i) => ({
      id: i.id,
      date: i.date,
      title: i.title,
      placeId: i.placeId,
      sources: i.sources.map((s) => s.url),
    })),
  };
}

/** Incidents per year, oldest first. */
export function incidentsPerYear(d: Dataset): [string, number][] {
  const years = new Map<string, number>();
  for (const i of d.incidents)
    years.set(i.date.slice(0, 4), (years.get(i.date.slice(0, 4)) ?? 0) + 1);
  return [...years].sort(([a], [b]) => a.localeCompare(b));
}

async function main(): Promise<number> {
  const result = await buildDataset(await readSeeds());
  if (!result.ok) {
    for (const line of result.problems) console.error(line);
    return 1;
  }
  const d = result.dataset;
  const stats = datasetStats(d);
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(stats));
    return 0;
  }
  console.log(`Dataset ${d.version}`);
  for (const [kind, n] of Object.entries(stats.counts)) console.log(`  ${kind.padEnd(13)}${n}`);
  console.log('Incidents per year');
  for (const [year, n] of incidentsPerYear(d)) console.log(`  ${year}  ${n}`);
  const lonely = entitiesWithoutIncident(d);
  console.log(`Entities named in no incident (${lonely.length})`);
  for (const e of lonely) console.log(`  ${e.kind.padEnd(13)}${e.id}`);
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
