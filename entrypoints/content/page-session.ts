/**
 * One page's state: the article and its marks, and the dataset the page asks (in the extension's
 * background, or held here). Scans in short tasks (visible part first), rescans only the blocks that
 * changed, answers the popup and prepares cards.
 */
import { firstVisibleText } from '../../lib/dom/first-visible-text';
import { flashRange } from '../../lib/dom/flash-range';
import { setFocusHighlight } from '../../lib/dom/highlights';
import type { PageSummaryResponse } from '../../lib/ext/messages';
import { isSiteEnabled, type Settings } from '../../lib/ext/settings';
import type { Mention } from '../../lib/match';
import { countMentions } from '../../lib/page/annotate-document';
import { type ContextCarry, createContextCarry } from '../../lib/page/context-carry';
import { createPacer } from '../../lib/page/pacer';
import {
  createPageDataset,
  type PageDatasetOptions,
  type StoredDataset,
} from '../../lib/page/page-dataset';
import { type Article, articleSignals, dateAt, readArticle } from '../../lib/page/read-article';
import { scanArticle, type ScanPiece, type ScanStats } from '../../lib/page/scan-article';
import type { CardModel } from '../../lib/related/card-model';
import { createPageMarks, type Mark } from './page-marks';

export type { Mark } from './page-marks';

const noop = () => {};
// A rescan whose last task has run this long replaces the marks in a task of its own.
const BLOCK_TASK_MS = 8;

/**
 * Where the page's dataset lives: with `remote`, in the extension's background (the page holds
 * neither records nor matcher, and its main thread only reads the text and marks); otherwise here,
 * given with `setDataset`.
 */
export type PageSessionOptions = PageDatasetOptions & {
  /** Called when a new scan replaces the marks shown (a card open on one of them must close). */
  onMarksReplaced?: () => void;
};

/** Creates the session for `doc`; call `setSettings` (and, without `remote`, `setDataset`) before `scan`. */
export function createPageSession(doc: Document, host: string, options: PageSessionOptions = {}) {
  const data = createPageDataset(options);
  let settings: Settings | null = null;
  let article: Article | null = null;
  // The article's signals (address, story tags) when it was last read.
  let readSignals = '';
  let carry: ContextCarry = createContextCarry();
  // The background keeps the carried names of each scan under this id.
  let carryId = 0;
  let generation = 0;
  let isScanning = false;
  const marks = createPageMarks(doc);

  const isEnabled = () => !!settings && isSiteEnabled(settings, host);
  const kindOf = (mention: Mention): string | undefined => {
    const kind = data.kindOf(mention);
    const kinds = settings?.kinds;
    return kind !== undefined &&
      kinds &&
      Object.hasOwn(kinds, kind) &&
      kinds[kind as keyof typeof kinds]
      ? kind
      : undefined;
  };
  /**
   * Whether a scan that threw `error` (the background failed) should start again, here. A scan
   * already replaced or stopped leaves the error to the scan that replaced it.
   */
  const recovers = async (error: unknown, gen: number) => {
    if (gen !== generation) return false;
    await data.recover(error);
    return gen === generation;
  };
  /** Scans the article, or only `blocks` of it. */
  const run = async (
    onPiece: (p: ScanPiece) => void,
    onEnd: () => void,
    taskStart?: number,
    blocks?: readonly Element[],
  ) => {
    const gen = generation;
    const root = article!.root;
    const repliesBefore = data.replyMs();
    isScanning = true;
    try {
      const stats = await scanArticle({
        root,
        blocks,
        isWholePage: root === doc.body,
        match: data.pieceMatch(carry, carryId, article!.articleDate),
        visibleFrom: blocks ? null : firstVisibleText(root),
        onPiece,
        onEnd,
        isCancelled: () => gen !== generation,
        taskStart,
      });
      // Handling the background's replies is this page's work too (in tasks of their own).
      if (stats) stats.busyMs += data.replyMs() - repliesBefore;
      return stats;
    } finally {
      if (gen === generation) isScanning = false;
    }
  };

  /**
   * The article the page now shows in the same root, if it is another: a single-page app moved to
   * another address or rewrote its meta tags (the next story's, even when its text came before
   * them), and the article reads differently (another root or date). The same article at a new
   * address keeps its marks and is rescanned in parts; so does a page of stacked stories, whose
   * address follows the story in view.
   */
  const anotherArticle = (current: Article): Article | null => {
    if (current.isStacked) return null;
    const now = articleSignals(doc);
    if (now === readSignals) return null;
    const next = readArticle(doc, { url: doc.location?.href });
    if (next.root !== current.root || next.articleDate !== current.articleDate) return next;
    readSignals = now;
    return null;
  };

  /**
   * Reads the whole article again (or takes the one `found` has just read, in the task that began
   * at its `taskStart`) and repaints every mark, in short tasks; null if superseded.
   */
  const fullScan = async (found?: {
    article: Article;
    taskStart: number;
  }): Promise<ScanStats | null> => {
    const gen = ++generation;
    carry = createContextCarry();
    carryId++;
    if (!data.isReady() || !settings || !isEnabled()) {
      marks.clear();
      article = null;
      return null;
    }
    // The marks shown stay until the first piece of the new scan replaces them: matched in the
    // background, that piece takes a round trip, and the page should not flash unmarked.
    let isCleared = false;
    const clearOnce = () => {
      if (isCleared) return;
      isCleared = true;
      if (marks.list().length > 0) options.onMarksReplaced?.();
      marks.clear();
    };
    // Finding the article and its date is part of the first task, and counted in its stats.
    const taskStart = found?.taskStart ?? performance.now();
    article = found?.article ?? readArticle(doc, { url: doc.location?.href });
    readSignals = articleSignals(doc);
    try {
      const stats = await run(
        (p) => {
          clearOnce();
          marks.addPiece(p.pageText, p.mentions, kindOf, {
            isAhead: p.isVisible,
            goesBefore: p.skippedBefore,
          });
        },
        () => {
          clearOnce();
          marks.finish();
        },
        taskStart,
      );
      return stats;
    } catch (e) {
      return (await recovers(e, gen)) ? fullScan() : null;
    }
  };

  const session = {
    /** The active dataset, read from storage: held when the page matches by itself. */
    setDataset(stored: StoredDataset) {
      data.changed(stored);
    },
    setSettings(next: Settings) {
      settings = next;
    },
    /** Reads the whole article again and repaints every mark, in short tasks; null if superseded. */
    scan: (): Promise<ScanStats | null> => fullScan(),
    /** Rescans only `blocks` (changed parts of the article); falls back to a full scan if needed. */
    async rescanBlocks(blocks: readonly Element[]): Promise<ScanStats | null> {
      const current = article;
      if (
        !current ||
        !data.isReady() ||
        isScanning ||
        !current.root.isConnected ||
        blocks.includes(current.root)
      ) {
        return fullScan();
      }
      // Telling another article apart is part of this rescan's first task, and counted in it.
      const taskStart = performance.now();
      const next = anotherArticle(current);
      if (next) return fullScan({ article: next, taskStart });
      const pieces: ScanPiece[] = [];
      const gen = generation;
      // The changed blocks are read as one stream: small blocks (a feed adding a page of posts)
      // share pieces and tasks, so thousands of new blocks never make a long task, nor thousands
      // of requests to the background.
      let stats: ScanStats | null;
      try {
        const connected = blocks.filter((b) => b.isConnected);
        stats = await run((p) => pieces.push(p), noop, taskStart, connected);
      } catch (e) {
        return (await recovers(e, gen)) ? fullScan() : null;
      }
      if (!stats) return null;
      // The marks are replaced in a task of their own once the last one has used its budget.
      let isNewTask = false;
      if (performance.now() - stats.lastTaskStart >= BLOCK_TASK_MS) {
        await createPacer().pause();
        if (gen !== generation) return null;
        isNewTask = true;
      }
      const t = performance.now();
      marks.replaceIn(blocks, pieces, kindOf);
      const end = performance.now();
      stats.busyMs += end - t;
      if (isNewTask) stats.tasks++;
      stats.longestTaskMs = Math.max(
        stats.longestTaskMs,
        end - (isNewTask ? t : stats.lastTaskStart),
      );
      return stats;
    },
    /** The article element of the last scan, if any. */
    root: (): Element | null => article?.root ?? null,
    marks: (): readonly Mark[] => marks.list(),
    /** The mark under a viewport point, or null. */
    markAt: (x: number, y: number): number | null => marks.at(x, y),
    /**
     * The card for a mark, built for its story's date (the page's, unless the page stacks several
     * stories and the mark's gives its own) and the page's entities; null for none.
     */
    async cardFor(markIndex: number): Promise<CardModel | null> {
      const mark = marks.list()[markIndex];
      if (!mark || !article) return null;
      return data.card(mark.mention.entityId, {
        ...dateAt(article, mark.boundaries().startNode),
        pageEntityIds: [...new Set(marks.list().map((m) => m.mention.entityId))],
      });
    },
    focus(markIndex: number | null) {
      setFocusHighlight(markIndex === null ? null : (marks.list()[markIndex]?.range ?? null));
    },
    /** Scrolls to the first mark of an entity and flashes it; false when it has none. */
    reveal(entityId: string): boolean {
      const mark = marks.list().find((m) => m.mention.entityId === entityId);
      if (!mark) return false;
      flashRange(mark.range, 1200);
      return true;
    },
    /** What the popup shows: the entities found, the story so far, the dataset's version. */
    async summary(): Promise<PageSummaryResponse> {
      const articleDate = article?.articleDate ?? new Date().toISOString().slice(0, 10);
      const counts = countMentions(marks.list().map((m) => m.mention));
      const found = data.isReady()
        ? await data.summary(counts, articleDate, article?.isArticleDateKnown ?? false)
        : null;
      const base = found ?? {
        groups: [],
        story: [],
        articleDate,
        isArticleDateKnown: false,
        datasetVersion: 'none',
      };
      return { ...base, host, isEnabled: isEnabled() };
    },
    /** Stops any running scan and removes every mark. */
    clear() {
      generation++;
      isScanning = false;
      marks.clear();
    },
  };
  return session;
}

/** The session object the content script drives. */
export type PageSession = ReturnType<typeof createPageSession>;
