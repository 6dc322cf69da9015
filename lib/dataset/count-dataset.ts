import type { Dataset, EntityKind } from './schema';

/** How many entities of each kind and how many incidents a dataset holds. */
export function countDataset(
  dataset: Pick<Dataset, 'entities' | 'incidents'>,
): Record<EntityKind | 'incidents', number> {
  const counts = {
    person: 0,
    organization: 0,
    group: 0,
    place: 0,
    incidents: dataset.incidents.length,
  };
  for (const e of dataset.entities) counts[e.kind] += 1;
  return counts;
}
