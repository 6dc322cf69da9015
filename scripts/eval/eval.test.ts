import { describe, expect, it } from 'vitest';
import { loadDataset } from '../annotate/load-dataset';
import { belowThresholds, evaluate } from './evaluate';
import { formatEval } from './format-eval';
import { loadCorpus } from './load-corpus';
import { EVAL_THRESHOLDS } from './thresholds';

describe('evaluation corpus', () => {
  it('holds at least 40 hand-annotated articles, every expected surface present', async () => {
    const corpus = await loadCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    const result = await evaluate(await loadDataset(), corpus);
    expect(result.unplaced).toEqual([]);
  });

  it('meets the precision and recall thresholds', async () => {
    const result = await evaluate(await loadDataset(), await loadCorpus());
    const problems = belowThresholds(result, EVAL_THRESHOLDS);
    expect(problems, formatEval(result, EVAL_THRESHOLDS)).toEqual([]);
  }, 30_000);
});
