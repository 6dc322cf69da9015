/** Runs the annotate pipeline over the corpus and totals precision, recall and F1, overall and per kind. */
import type { Dataset, EntityKind } from '../../lib/dataset/schema';
import { buildMatcher } from '../../lib/match';
import { annotateHtml, annotateText } from '../annotate/annotate-input';
import type { CorpusArticle, ExpectedMention } from './load-corpus';
import { scoreArticle, type Disagreement } from './score-article';

/** True positives, false positives and false negatives, with the rates derived from them. */
export type Tally = {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
};

/** A disagreement with the article it comes from. */
export type FileDisagreement = Disagreement & { file: string };

/** The whole evaluation: totals, totals per entity kind, and every disagreement. */
export type EvalResult = {
  articles: number;
  overall: Tally;
  byKind: Record<EntityKind, Tally>;
  misses: FileDisagreement[];
  falseMarks: FileDisagreement[];
  unplaced: (ExpectedMention & { file: string })[];
};

type Counts = { tp: number; fp: number; fn: number };

function tally({ tp, fp, fn }: Counts): Tally {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** Annotates every article exactly as `annotate` would and scores it against its sidecar. */
export async function evaluate(
  dataset: Dataset,
  corpus: readonly CorpusArticle[],
): Promise<EvalResult> {
  const matcher = buildMatcher(dataset);
  const kindOf = new Map(dataset.entities.map((e) => [e.id, e.kind]));
  const kinds: EntityKind[] = ['person', 'organization', 'group', 'place'];
  const overall: Counts = { tp: 0, fp: 0, fn: 0 };
  const perKind = new Map<EntityKind, Counts>(kinds.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const add = (id: string, field: keyof Counts) => {
    overall[field]++;
    const counts = perKind.get(kindOf.get(id) ?? 'place');
    if (counts) counts[field]++;
  };
  const result: Omit<EvalResult, 'overall' | 'byKind'> = {
    articles: corpus.length,
    misses: [],
    falseMarks: [],
    unplaced: [],
  };
  for (const article of corpus) {
    const page = article.isHtml
      ? await annotateHtml(matcher, article.content, { date: article.date })
      : annotateText(matcher, article.content, { date: article.date });
    const score = scoreArticle(page.text, article.expected, page.mentions);
    for (const h of score.hits) add(h.entityId, 'tp');
    for (const m of score.misses) add(m.entityId, 'fn');
    for (const f of score.falseMarks) add(f.entityId, 'fp');
    result.misses.push(...score.misses.map((m) => ({ ...m, file: article.file })));
    result.falseMarks.push(...score.falseMarks.map((f) => ({ ...f, file: article.file })));
    result.unplaced.push(...score.unplaced.map((u) => ({ ...u, file: article.file })));
  }
  const byKind = Object.fromEntries(kinds.map((k) => [k, tally(perKind.get(k)!)])) as Record<
    EntityKind,
    Tally
  >;
  return { ...result, overall: tally(overall), byKind };
}

/** The reasons `result` falls short of `thresholds` (empty when it passes). */
export function belowThresholds(
  result: EvalResult,
  thresholds: { precision: number; recall: number },
): string[] {
  const problems: string[] = [];
  const { precision, recall } = result.overall;
  if (precision < thresholds.precision) {
    problems.push(`precision ${precision.toFixed(3)} < ${thresholds.precision}`);
  }
  if (recall < thresholds.recall)
    problems.push(`recall ${recall.toFixed(3)} < ${thresholds.recall}`);
  if (result.unplaced.length > 0)
    problems.push(`${result.unplaced.length} expected surface(s) not in the text`);
  return problems;
}
