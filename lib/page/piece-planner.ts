/**
 * Sizes the pieces of a chunked scan from the throughput measured so far, so each task stays within
 * its time budget on fast and slow machines alike, and says when to yield to the page.
 */

/** Options for {@link createPiecePlanner}. */
export type PiecePlannerOptions = {
  /** Longest a task should run, ms (default 8: a task well under one frame). */
  budgetMs?: number;
  /** Size of the first piece, before any throughput is known (default 4,000 characters). */
  firstChars?: number;
  minChars?: number;
  maxChars?: number;
};

/** Decides piece sizes and yield points for one scan. */
export type PiecePlanner = {
  /** Characters to read for the next piece. */
  nextChars: () => number;
  /** Records that a piece of `chars` characters took `ms`. */
  record: (chars: number, ms: number) => void;
  /** True when the next piece would push a task that has run `elapsedMs` over the budget. */
  shouldYield: (elapsedMs: number) => boolean;
};

/** A planner with the given budget; pure arithmetic, no clocks. */
export function createPiecePlanner(options: PiecePlannerOptions = {}): PiecePlanner {
  const budgetMs = options.budgetMs ?? 8;
  const firstChars = options.firstChars ?? 4_000;
  const minChars = options.minChars ?? 1_000;
  const maxChars = options.maxChars ?? 64_000;
  let chars = 0;
  let ms = 0;
  // Characters per ms; undefined until a piece took measurable time.
  const rate = () => (ms > 0.05 ? chars / ms : undefined);
  const nextChars = () => {
    const r = rate();
    if (r === undefined) return chars > 0 ? maxChars : firstChars;
    // Half the budget per piece: pieces vary, and a task may hold two.
    return Math.round(Math.min(maxChars, Math.max(minChars, (r * budgetMs) / 2)));
  };
  return {
    nextChars,
    record(c, t) {
      chars += c;
      ms += t;
    },
    shouldYield(elapsedMs) {
      const r = rate();
      const predicted = r === undefined ? 0 : nextChars() / r;
      return elapsedMs + predicted > budgetMs;
    },
  };
}
