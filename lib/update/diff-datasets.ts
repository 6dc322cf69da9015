/** What an update changes, record by record, so the settings page can say it in a reader's words. */
import { canonicalJson } from '../dataset/checksum';
import type { Dataset, EntityKind } from '../dataset/schema';

/** An incident as the preview names it. */
export type IncidentLine = { id: string; title: string; date: string };
/** An entity as the preview names it. */
export type EntityLine = { id: string; name: string; kind: EntityKind };

/** Added, changed and removed records of one kind. */
export type Changes<T> = { added: T[]; changed: T[]; removed: T[] };

/** Every difference between the active dataset and an update. */
export type DatasetDiff = {
  versionFrom: string | null;
  versionTo: string;
  incidents: Changes<IncidentLine>;
  entities: Changes<EntityLine>;
  /** True when the update has the active dataset's version and exactly its records. */
  isSame: boolean;
};

function compare<R extends { id: string }, L>(
  before: readonly R[],
  after: readonly R[],
  line: (r: R) => L,
): Changes<L> {
  const old = new Map(before.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const out: Changes<L> = { added: [], changed: [], removed: [] };
  for (const r of after) {
    seen.add(r.id);
    const prev = old.get(r.id);
    if (!prev) out.added.push(line(r));
    else if (canonicalJson(prev) !== canonicalJson(r)) out.changed.push(line(r));
  }
  for (const r of before) if (!seen.has(r.id)) out.removed.push(line(r));
  return out;
}

const incidentLine = (i: Dataset['incidents'][number]): IncidentLine => ({
  id: i.id,
  title: i.title,
  date: i.date,
});
const entityLine = (e: Dataset['entities'][number]): EntityLine => ({
  id: e.id,
  name: e.name,
  kind: e.kind,
});

const count = (c: Changes<unknown>) => c.added.length + c.changed.length + c.removed.length;

/** Compares `from` (the active dataset, or null when there is none) with `to`. */
export function diffDatasets(from: Dataset | null, to: Dataset): DatasetDiff {
  const incidents = compare(from?.incidents ?? [], to.incidents, incidentLine);
  const entities = compare(from?.entities ?? [], to.entities, entityLine);
  return {
    versionFrom: from?.version ?? null,
    versionTo: to.version,
    incidents,
    entities,
    isSame: count(incidents) + count(entities) === 0 && from?.version === to.version,
  };
}

/** One line for the update log: "2 incidents added, 1 entity changed", or "no changes". */
export function summariseDiff(diff: DatasetDiff): string {
  const parts: string[] = [];
  const kinds = [
    ['incident', 'incidents', diff.incidents],
    ['entity', 'entities', diff.entities],
  ] as const;
  for (const [one, many, changes] of kinds) {
    for (const verb of ['added', 'changed', 'removed'] as const) {
      const n = changes[verb].length;
      if (n > 0) parts.push(`${n} ${n === 1 ? one : many} ${verb}`);
    }
  }
  return parts.length ? parts.join(', ') : 'no changes';
}
