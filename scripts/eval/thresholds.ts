/** The quality bar for the evaluation corpus: `npm run eval` and its vitest twin fail below it. */

/** Minimum overall precision and recall of marks on `tests/fixtures/eval/` (quoted in the README). */
export const EVAL_THRESHOLDS = { precision: 0.97, recall: 0.95 } as const;
