/** Lookup tables over a dataset, built once per dataset and shared by the card, the popup and the CLI. */
import type { Dataset, Entity, Incident } from '../dataset/schema';

/** Fast lookups over one dataset. */
export type DatasetIndex = {
  dataset: Dataset;
  entities: ReadonlyMap<string, Entity>;
  incidents: ReadonlyMap<string, Incident>;
  /** Place id → the places that contain it, nearest first. */
  ancestors: ReadonlyMap<string, readonly string[]>;
  /** Entity id → the groups/organizations that name it as `parent` (its wings, units, projects). */
  children: ReadonlyMap<string, readonly string[]>;
};

/** Builds the lookup tables; cycles in `within` are cut rather than followed. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  const entities = new Map(dataset.entities.map((e) => [e.id, e]));
  const incidents = new Map(dataset.incidents.map((i) => [i.id, i]));
  const ancestors = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const entity of dataset.entities) {
    if (entity.kind === 'place') ancestors.set(entity.id, chainOf(entity.id, entities));
    if ((entity.kind === 'group' || entity.kind === 'organization') && entity.parent) {
      const list = children.get(entity.parent) ?? [];
      list.push(entity.id);
      children.set(entity.parent, list);
    }
  }
  return { dataset, entities, incidents, ancestors, children };
}

function chainOf(placeId: string, entities: ReadonlyMap<string, Entity>): string[] {
  const chain: string[] = [];
  const seen = new Set([placeId]);
  let current = entities.get(placeId);
  while (current?.kind === 'place' && current.within && !seen.has(current.within)) {
    chain.push(current.within);
    seen.add(current.within);
    current = entities.get(current.within);
  }
  return chain;
}

/** True when `id` is a country: relating through a country alone is too broad to mean much. */
export function isCountry(index: DatasetIndex, id: string): boolean {
  const entity = index.entities.get(id);
  return entity?.kind === 'place' && entity.placeType === 'country';
}

/** Every id a group or organization stands for: itself and, transitively, its wings and units. */
export function selfAndDescendants(index: DatasetIndex, id: string): string[] {
  const out = [id];
  for (let i = 0; i < out.length && out.length < 500; i++) {
    for (const child of index.children.get(out[i]!) ?? [])
      if (!out.includes(child)) out.push(child);
  }
  return out;
}
