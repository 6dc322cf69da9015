/**
 * The chunked page scan: reads the article in pieces (the visible part first), matches each piece
 * with the names carried from earlier pieces, hands each piece's mentions over to be painted, and
 * yields to the page whenever the task budget is spent. No task runs long, whatever the page size.
 */
import type { PageText } from '../article/page-text';
import { createTextReader } from '../article/text-reader';
import type { Matcher, Mention } from '../match';
import { type ContextCarry, createContextCarry, findMentionsCarried } from './context-carry';
import { createPacer, type Pacer } from './pacer';
import { createPiecePlanner } from './piece-planner';

/** One matched piece of the article (offsets local to `pageText`). */
export type ScanPiece = {
  pageText: PageText;
  mentions: Mention[];
  /** Read ahead of the rest because it was on screen. */
  isVisible: boolean;
  /** The visible piece's nodes came right before this piece in the document. */
  skippedBefore: boolean;
};

/** What the scan cost: main-thread time in all, tasks and the longest, pieces. */
export type ScanStats = {
  busyMs: number;
  tasks: number;
  longestTaskMs: number;
  pieces: number;
  /** `now()` when the first task ended (the visible part is then handed over). */
  firstTaskEnd: number;
  /** `now()` when the last task began (it is still running when the scan returns). */
  lastTaskStart: number;
};

/** Stats of a scan that has done nothing yet, its current task begun at `taskStart`. */
export function emptyScanStats(taskStart = 0): ScanStats {
  return {
    busyMs: 0,
    tasks: 0,
    longestTaskMs: 0,
    pieces: 0,
    firstTaskEnd: 0,
    lastTaskStart: taskStart,
  };
}

/** Options for {@link scanArticle}. */
export type ScanArticleOptions = {
  root: Element;
  /** Treat `root` as the whole page (drop site headers); by default true for `<body>`. */
  isWholePage?: boolean;
  matcher: Matcher;
  /** Names carried in from earlier scans of the page (updated as pieces are matched). */
  carry?: ContextCarry;
  articleDate: string;
  /** Scan the block of this text node first (see `firstVisibleText`). */
  visibleFrom?: Text | null;
  onPiece: (piece: ScanPiece) => void;
  /** Runs in the last task, after the last piece (counted in the stats). */
  onEnd?: () => void;
  /** Checked after each yield: a newer scan or the end of the script stops this one. */
  isCancelled: () => boolean;
  budgetMs?: number;
  /** When the current task started (work done before the call counts towards it). */
  taskStart?: number;
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Ends the task and waits for the page to render (see `afterNextFrame`). */
  waitForFrame?: () => Promise<boolean>;
  /** Ends tasks (made from the three options above when absent; share one across scans). */
  pacer?: Pacer;
};

// About a screenful of prose.
const VISIBLE_CHARS = 3_000;

/** Scans `root` in budgeted tasks; resolves with the stats, or null when cancelled. */
export async function scanArticle(o: ScanArticleOptions): Promise<ScanStats | null> {
  const now = o.now ?? (() => performance.now());
  // The page renders at least every 50 ms of a long scan, and right after the visible part.
  const { pause } =
    o.pacer ?? createPacer({ now, yieldToPage: o.yieldToPage, waitForFrame: o.waitForFrame });
  const planner = createPiecePlanner({ budgetMs: o.budgetMs });
  const carry = o.carry ?? createContextCarry();
  const readerOptions = { isWholePage: o.isWholePage };
  let taskStart = o.taskStart ?? now();
  const stats = emptyScanStats(taskStart);
  const endTask = () => {
    const t = now();
    const ms = t - taskStart;
    stats.busyMs += ms;
    stats.tasks++;
    stats.longestTaskMs = Math.max(stats.longestTaskMs, ms);
    if (stats.tasks === 1) stats.firstTaskEnd = t;
  };
  const match = (pageText: PageText, isVisible: boolean, skippedBefore: boolean) => {
    const t = now();
    const mentions = findMentionsCarried(o.matcher, pageText.text, carry, {
      articleDate: o.articleDate,
    });
    planner.record(pageText.text.length, now() - t);
    stats.pieces++;
    o.onPiece({ pageText, mentions, isVisible, skippedBefore });
  };

  const skip = new Set<Text>();
  if (o.visibleFrom) {
    const reader = createTextReader(o.root, readerOptions);
    reader.seek(o.visibleFrom);
    const piece = reader.read(VISIBLE_CHARS);
    if (piece) {
      for (const s of piece.segments) skip.add(s.node);
      match(piece, true, false);
    }
    endTask();
    // Rendered before going on: the part on screen shows its marks at once.
    await pause(true);
    if (o.isCancelled()) return null;
    taskStart = stats.lastTaskStart = now();
  }
  const reader = createTextReader(o.root, readerOptions);
  for (;;) {
    const piece = reader.read(planner.nextChars(), skip);
    if (!piece) break;
    match(piece, false, piece.skippedBefore);
    if (planner.shouldYield(now() - taskStart)) {
      endTask();
      await pause();
      if (o.isCancelled()) return null;
      taskStart = stats.lastTaskStart = now();
    }
  }
  o.onEnd?.();
  endTask();
  return stats;
}
