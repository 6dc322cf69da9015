/** `npm run eval`: scores the matcher on the hand-annotated corpus and exits 1 under the thresholds. */
import { loadDataset } from '../annotate/load-dataset';
import { isMain, runMain } from '../dataset/cli';
import { belowThresholds, evaluate } from './evaluate';
import { formatEval } from './format-eval';
import { loadCorpus } from './load-corpus';
import { EVAL_THRESHOLDS } from './thresholds';

async function main(): Promise<number> {
  const result = await evaluate(await loadDataset(), await loadCorpus());
  process.stdout.write(formatEval(result, EVAL_THRESHOLDS));
  const problems = belowThresholds(result, EVAL_THRESHOLDS);
  for (const p of problems) console.error(`eval: below the bar: ${p}`);
  return problems.length > 0 ? 1 : 0;
}

if (isMain(import.meta.url)) runMain(main);
