/**
 * Which entities support each other on a page: co-actors of an incident, the incident's place,
 * parent groups and organizations, the place a place lies within, and the orgs of a person's roles.
 * Links go both ways and are one hop only. Countries are left out: nearly every page names Pakistan
 * or China, so a country on the page says nothing about which "FC" or "Taliban" is meant.
 */
import type { Dataset } from '../dataset/schema';

/** Per entity index, the sorted indices of related entities (ids missing from `index` are skipped). */
export function collectRelations(
  dataset: Pick<Dataset, 'entities' | 'incidents'>,
  index: ReadonlyMap<string, number>,
): number[][] {
  const sets: (Set<number> | undefined)[] = [];
  const countries = new Set(
    dataset.entities
      .filter((e) => e.kind === 'place' && e.placeType === 'country')
      .map((e) => e.id),
  );
  const link = (a: string | undefined, b: string | undefined) => {
    if (a === undefined || b === undefined || countries.has(a) || countries.has(b)) return;
    const i = index.get(a);
    const j = index.get(b);
    if (i === undefined || j === undefined || i === j) return;
    (sets[i] ??= new Set()).add(j);
    (sets[j] ??= new Set()).add(i);
  };
  for (const entity of dataset.entities) {
    if (entity.kind === 'place') link(entity.id, entity.within);
    if (entity.kind === 'organization' || entity.kind === 'group') link(entity.id, entity.parent);
    if (entity.kind === 'person') for (const role of entity.roles) link(entity.id, role.org);
  }
  for (const incident of dataset.incidents) {
    const ids = [incident.placeId, ...incident.actors.map((a) => a.entityId)];
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) link(ids[a], ids[b]);
    }
  }
  const related: number[][] = [];
  for (let i = 0; i < dataset.entities.length; i++) {
    const set = sets[i];
    related.push(set ? [...set].sort((x, y) => x - y) : []);
  }
  return related;
}
