/** The readable `annotate` output: the article date, then each entity with its mentions and earlier incidents. */
import type { Mention } from '../../lib/match';
import type { DatasetIndex } from '../../lib/related/dataset-index';
import { formatPartialDate } from '../../lib/util/dates';
import type { InputAnnotation } from './annotate-input';
import type { AnnotationReport } from './annotation-report';

const MAX_EARLIER = 8;

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function dateLine(page: InputAnnotation): string {
  if (page.articleDate === null) {
    return `Article date: not found (matched as of today, ${page.effectiveDate}; give --date)`;
  }
  return `Article date: ${page.articleDate} (${page.dateSource ?? 'detected'})`;
}

/** Plain text for people: one block per entity, mentions with offsets and reasons, incidents with dates. */
export function formatReport(
  index: DatasetIndex,
  page: InputAnnotation,
  report: AnnotationReport,
): string {
  const lines = [dateLine(page)];
  const n = report.entities.length;
  lines.push(
    `${report.mentions.length} mention${report.mentions.length === 1 ? '' : 's'} of ${n} entit${n === 1 ? 'y' : 'ies'}`,
  );
  const byEntity = new Map<string, Mention[]>();
  for (const m of page.mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  for (const entity of report.entities) {
    lines.push('', `${entity.name} (${entity.kind}, ${entity.id}): ${entity.mentions}×`);
    for (const m of byEntity.get(entity.id) ?? []) {
      lines.push(`  "${oneLine(m.surface)}" at ${m.start}–${m.end}: ${m.reason}`);
    }
    if (entity.earlier.length === 0) {
      lines.push('  no earlier related incidents');
      continue;
    }
    lines.push(`  earlier related incidents (${entity.earlier.length}):`);
    for (const id of entity.earlier.slice(0, MAX_EARLIER)) {
      const incident = index.incidents.get(id)!;
      lines.push(`    ${formatPartialDate(incident.date).padEnd(11)}  ${incident.title}  [${id}]`);
    }
    if (entity.earlier.length > MAX_EARLIER) {
      lines.push(`    … and ${entity.earlier.length - MAX_EARLIER} more (see --json)`);
    }
  }
  return `${lines.join('\n')}\n`;
}
