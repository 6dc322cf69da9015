/** The `annotate --json` object: the text, each mention with its entity, and each entity's earlier incidents. */
import type { EntityKind } from '../../lib/dataset/schema';
import type { DatasetIndex } from '../../lib/related/dataset-index';
import { relatedIncidents } from '../../lib/related/related-incidents';
import type { InputAnnotation } from './annotate-input';

/** One mark in the report; offsets are UTF-16 indices into `text`. */
export type ReportMention = {
  start: number;
  end: number;
  surface: string;
  entityId: string;
  name: string;
  kind: EntityKind;
};

/** One entity found on the page, with its earlier related incidents (ids, most relevant first). */
export type ReportEntity = {
  id: string;
  name: string;
  kind: EntityKind;
  mentions: number;
  earlier: string[];
};

/** Exactly what `annotate --json` prints. */
export type AnnotationReport = {
  articleDate: string | null;
  text: string;
  mentions: ReportMention[];
  entities: ReportEntity[];
};

/** Builds the report; entities appear in order of their first mention. */
export function buildReport(index: DatasetIndex, page: InputAnnotation): AnnotationReport {
  const mentions: ReportMention[] = [];
  const counts = new Map<string, number>();
  for (const m of page.mentions) {
    const entity = index.entities.get(m.entityId);
    if (!entity) continue;
    mentions.push({
      start: m.start,
      end: m.end,
      surface: m.surface,
      entityId: m.entityId,
      name: entity.name,
      kind: entity.kind,
    });
    counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  }
  const pageEntityIds = [...counts.keys()];
  const entities = pageEntityIds.map((id): ReportEntity => {
    const entity = index.entities.get(id)!;
    const { earlier } = relatedIncidents(index, id, {
      articleDate: page.effectiveDate,
      pageEntityIds,
    });
    return {
      id,
      name: entity.name,
      kind: entity.kind,
      mentions: counts.get(id)!,
      earlier: earlier.map((r) => r.incident.id),
    };
  });
  return { articleDate: page.articleDate, text: page.text, mentions, entities };
}
