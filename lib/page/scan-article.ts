/**
 * The chunked page scan: reads the article in pieces (the visible part first), matches each piece
 * with the names carried from earlier pieces, hands each piece's mentions over to be painted, and
 * yields to the page whenever the task budget is spent. No task runs long, whatever the page size.
 */
import type { PageText } from '../article/page-text';
import { createBlocksReader } from '../article/blocks-reader';
import { createTextReader } from '../article/text-reader';
import type { Matcher, Mention } from '../match';
import { type ContextCarry, findMentionsCarried } from './context-carry';
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
  /** `now()` when the visible part's mentions were handed over to be painted (0: none). */
  visibleAt: number;
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
    visibleAt: 0,
    lastTaskStart: taskStart,
  };
}

/**
 * Matches one piece of the article, in order, with the names carried from the pieces before it:
 * here (an array) or elsewhere, such as the extension's background (a promise).
 */
export type PieceMatch = (text: string) => Mention[] | Promise<Mention[]>;

/** Matching in this thread with `matcher`, the carried names kept in `carry`. */
export function localPieceMatch(
  matcher: Matcher,
  carry: ContextCarry,
  articleDate: string,
): PieceMatch {
  return (text) => findMentionsCarried(matcher, text, carry, { articleDate });
}

/** Options for {@link scanArticle}. */
export type ScanArticleOptions = {
  root: Element;
  /** Read these blocks of `root` (the parts that changed), in order, instead of all of it. */
  blocks?: readonly Element[];
  /** Treat `root` as the whole page (drop site headers); by default true for `<body>`. */
  isWholePage?: boolean;
  /** Matches each piece (see {@link localPieceMatch}); it carries names across pieces and scans. */
  match: PieceMatch;
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
// Pieces out to be matched elsewhere at once (about 0.5 MB of text at the largest pieces).
const MAX_IN_FLIGHT = 8;

/** Scans `root` in budgeted tasks; resolves with the stats, or null when cancelled. */
export async function scanArticle(o: ScanArticleOptions): Promise<ScanStats | null> {
  const now = o.now ?? (() => performance.now());
  // The page renders at least every 50 ms of a long scan, and right after the visible part.
  const { pause } =
    o.pacer ?? createPacer({ now, yieldToPage: o.yieldToPage, waitForFrame: o.waitForFrame });
  const planner = createPiecePlanner({ budgetMs: o.budgetMs });
  const readerOptions = { isWholePage: o.isWholePage };
  let taskStart = o.taskStart ?? now();
  // When reading the current piece began.
  let readStart = taskStart;
  const stats = emptyScanStats(taskStart);
  const endTask = () => {
    const t = now();
    const ms = t - taskStart;
    stats.busyMs += ms;
    stats.tasks++;
    stats.longestTaskMs = Math.max(stats.longestTaskMs, ms);
    if (stats.tasks === 1) stats.firstTaskEnd = t;
  };
  // Pieces sent to be matched, oldest first. Matched here, a piece is done at once; matched
  // elsewhere, reading goes on while up to MAX_IN_FLIGHT pieces are out, and their mentions are
  // handed over in order as they come back (a task that waits ends first: only reading and marking
  // are this thread's work).
  type Sent = {
    pageText: PageText;
    isVisible: boolean;
    skippedBefore: boolean;
    mentions?: Mention[];
    /** Settles when the piece is back, never rejects: a failure is kept in `error`. */
    pending?: Promise<void>;
    error?: unknown;
  };
  const inFlight: Sent[] = [];
  const send = (pageText: PageText, isVisible: boolean, skippedBefore: boolean) => {
    const t = now();
    const found = o.match(pageText.text);
    const sent: Sent = { pageText, isVisible, skippedBefore };
    if (Array.isArray(found)) {
      sent.mentions = found;
      planner.record(pageText.text.length, now() - t);
    } else {
      // Reading is then the whole cost of a piece: pieces grow to the planner's largest.
      planner.record(pageText.text.length, t - readStart);
      sent.pending = found.then(
        (mentions) => void (sent.mentions = mentions),
        (error: unknown) => void (sent.error = error ?? new Error('matching failed')),
      );
    }
    inFlight.push(sent);
  };
  const isBack = (sent: Sent | undefined) => !!sent && (!!sent.mentions || !!sent.error);
  /**
   * Hands over the pieces at the head that are back (waiting for the first with `waitForOne`);
   * false when the scan was cancelled meanwhile; throws a piece's matching failure.
   */
  const handOver = async (waitForOne: boolean): Promise<boolean> => {
    if (waitForOne && inFlight[0] && !isBack(inFlight[0])) {
      endTask();
      await inFlight[0].pending;
      if (o.isCancelled()) return false;
      taskStart = stats.lastTaskStart = now();
    }
    while (isBack(inFlight[0])) {
      const { pageText, isVisible, skippedBefore, mentions, error } = inFlight.shift()!;
      if (!mentions) throw error;
      stats.pieces++;
      o.onPiece({ pageText, mentions, isVisible, skippedBefore });
      if (isVisible) stats.visibleAt = now();
    }
    return true;
  };
  const skip = new Set<Text>();
  if (o.visibleFrom) {
    const reader = createTextReader(o.root, readerOptions);
    reader.seek(o.visibleFrom);
    readStart = now();
    const piece = reader.read(VISIBLE_CHARS);
    if (piece) {
      for (const s of piece.segments) skip.add(s.node);
      send(piece, true, false);
      if (!(await handOver(true))) return null;
    }
    endTask();
    // Rendered before going on: the part on screen shows its marks at once.
    await pause(true);
    if (o.isCancelled()) return null;
    taskStart = stats.lastTaskStart = now();
  }
  const reader = o.blocks
    ? createBlocksReader(o.blocks, readerOptions)
    : createTextReader(o.root, readerOptions);
  for (;;) {
    readStart = now();
    const piece = reader.read(planner.nextChars(), skip);
    if (!piece) break;
    send(piece, false, piece.skippedBefore);
    if (!(await handOver(inFlight.length >= MAX_IN_FLIGHT))) return null;
    if (planner.shouldYield(now() - taskStart)) {
      endTask();
      await pause();
      if (o.isCancelled()) return null;
      taskStart = stats.lastTaskStart = now();
      if (!(await handOver(false))) return null;
    }
  }
  while (inFlight.length > 0) if (!(await handOver(true))) return null;
  o.onEnd?.();
  endTask();
  return stats;
}
