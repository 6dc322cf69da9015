import type { EntityKind } from './schema';
import type { ErrorList } from './errors';

/** What an id names: an entity of some kind, or an incident. */
export type IdTarget = EntityKind | 'incident';

/** Record of every id in a dataset and what it names. */
export type IdIndex = ReadonlyMap<string, IdTarget>;

function readId(value: unknown): { id: string; kind: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, kind } = value as { id?: unknown; kind?: unknown };
  return typeof id === 'string' ? { id, kind } : undefined;
}

/**
 * Indexes the ids of raw entity and incident records (valid or not, so a broken record still
 * counts as present) and reports ids used twice.
 */
export function indexIds(
  entities: readonly unknown[],
  incidents: readonly unknown[],
  errors: ErrorList,
): IdIndex {
  const index = new Map<string, IdTarget>();
  const firstSeen = new Map<string, string>();
  const visit = (list: readonly unknown[], name: string, target: (kind: unknown) => IdTarget) => {
    list.forEach((raw, i) => {
      const rec = readId(raw);
      if (!rec) return;
      const path = `${name}[${i}].id`;
      const earlier = firstSeen.get(rec.id);
      if (earlier !== undefined) {
        errors.add(path, `id "${rec.id}" is already used at ${earlier}`);
        return;
      }
      firstSeen.set(rec.id, path);
      index.set(rec.id, target(rec.kind));
    });
  };
  visit(entities, 'entities', (kind) => kind as EntityKind);
  visit(incidents, 'incidents', () => 'incident');
  return index;
}
