/** The `npm run eval` report: figures overall and per kind, then every miss and false mark. */
import type { EvalResult, FileDisagreement, Tally } from './evaluate';

const pct = (x: number) => x.toFixed(3);

function row(label: string, t: Tally): string {
  return `  ${label.padEnd(13)} P ${pct(t.precision)}  R ${pct(t.recall)}  F1 ${pct(t.f1)}   (tp ${t.tp}, fp ${t.fp}, fn ${t.fn})`;
}

function line(d: FileDisagreement): string {
  const surface = JSON.stringify(d.surface);
  if (d.kind === 'miss') {
    return `  ${d.file}@${d.start} ${surface}: expected ${d.entityId}, got ${d.other ?? 'nothing'}`;
  }
  return `  ${d.file}@${d.start} ${surface}: expected ${d.other ?? 'nothing'}, got ${d.entityId}`;
}

/** Plain-text report of an evaluation. */
export function formatEval(result: EvalResult, thresholds: { precision: number; recall: number }) {
  const lines = [
    `Evaluation over ${result.articles} articles (thresholds: precision ≥ ${thresholds.precision}, recall ≥ ${thresholds.recall})`,
    row('overall', result.overall),
    ...Object.entries(result.byKind).map(([kind, t]) => row(kind, t)),
    '',
    `Misses (${result.misses.length}):`,
    ...result.misses.map(line),
    `False marks (${result.falseMarks.length}):`,
    ...result.falseMarks.map(line),
  ];
  if (result.unplaced.length > 0) {
    lines.push(`Expected surfaces not found in the text (${result.unplaced.length}):`);
    for (const u of result.unplaced)
      lines.push(`  ${u.file}: ${JSON.stringify(u.surface)} (${u.entityId})`);
  }
  return `${lines.join('\n')}\n`;
}
