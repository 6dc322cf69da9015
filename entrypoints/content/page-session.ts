/**
 * One page's state: the active dataset, the article and its marks. Scans in short tasks (visible
 * part first), rescans only the blocks that changed, answers the popup and opens cards.
 */
import { firstVisibleText } from '../../lib/dom/first-visible-text';
import { flashRange } from '../../lib/dom/flash-range';
import { setFocusHighlight } from '../../lib/dom/highlights';
import { type ActiveDataset, revisionOf } from '../../lib/ext/active-dataset';
import type { PageSummaryResponse } from '../../lib/ext/messages';
import { isSiteEnabled, type Settings } from '../../lib/ext/settings';
import { loadMatcher, type Matcher, type Mention } from '../../lib/match';
import { countMentions } from '../../lib/page/annotate-document';
import { type ContextCarry, createContextCarry } from '../../lib/page/context-carry';
import {
  type MatchClient,
  MatchStaleError,
  MatchUnavailableError,
} from '../../lib/page/match-client';
import { createPacer, type Pacer } from '../../lib/page/pacer';
import { type Article, readArticle } from '../../lib/page/read-article';
import {
  emptyScanStats,
  localPieceMatch,
  type PieceMatch,
  scanArticle,
  type ScanPiece,
  type ScanStats,
} from '../../lib/page/scan-article';
import { buildCardModel, type CardModel } from '../../lib/related/card-model';
import { type DatasetIndex, indexDataset } from '../../lib/related/dataset-index';
import { buildPageSummary } from '../../lib/related/page-summary';
import { createPageMarks, type Mark } from './page-marks';

export type { Mark } from './page-marks';

const noop = () => {};
// Task budget of a rescan across many changed blocks (as the scan's own piece planner).
const BLOCK_TASK_MS = 8;
// Times in a row the page reads the dataset again because the background holds another revision.
const STALE_RETRIES = 2;

/** Where a session's pieces are matched; by default here, with the dataset's stored matcher. */
export type PageSessionOptions = {
  /**
   * Match in the extension's background instead: the page then never loads the matcher (one copy
   * serves every tab) and its main thread only reads the text and marks.
   */
  remote?: MatchClient;
  /**
   * Reads the active dataset again: when the background holds a newer one than the page (the page
   * missed the change), and for the stored matcher when the background cannot match at all.
   */
  readDataset?: () => Promise<ActiveDataset>;
  /** Told once when the session falls back to matching here. */
  onFallback?: (error: unknown) => void;
};

/** Creates the session for `doc`; call `setDataset` and `setSettings` before `scan`. */
export function createPageSession(doc: Document, host: string, options: PageSessionOptions = {}) {
  let dataset: {
    /** The dataset records (the stored matcher is not kept once loaded). */
    records: ActiveDataset['dataset'];
    revision: string;
    /** Loaded only when matching here. */
    matcher?: Matcher;
    index?: DatasetIndex;
    kinds?: Map<string, keyof Settings['kinds']>;
  } | null = null;
  let remote = options.remote ?? null;
  let fallingBack: Promise<void> | null = null;
  let staleRetries = 0;
  let settings: Settings | null = null;
  let article: Article | null = null;
  let carry: ContextCarry = createContextCarry();
  // The host keeps the carried names of each scan under this id.
  let carryId = 0;
  let generation = 0;
  let isScanning = false;
  const marks = createPageMarks(doc);

  const isEnabled = () => !!settings && isSiteEnabled(settings, host);
  // Built on first use: a large dataset's index is not needed before the first mention.
  const indexOf = (d: NonNullable<typeof dataset>) => (d.index ??= indexDataset(d.records));
  // Painting needs only each entity's kind, which mentions carry; a matcher stored before kinds
  // were kept falls back to an id → kind map of the records.
  const kindsOf = (d: NonNullable<typeof dataset>) =>
    (d.kinds ??= new Map(d.records.entities.map((e) => [e.id, e.kind])));
  const kindOf = (mention: Mention): string | undefined => {
    const kind = mention.kind ?? (dataset ? kindsOf(dataset).get(mention.entityId) : undefined);
    return kind !== undefined && settings?.kinds[kind as keyof Settings['kinds']]
      ? kind
      : undefined;
  };
  const pieceMatch = (d: NonNullable<typeof dataset>, articleDate: string): PieceMatch => {
    if (d.matcher) return localPieceMatch(d.matcher, carry, articleDate);
    const client = remote!;
    const request = { carry: carryId, revision: d.revision, articleDate };
    return (text) => client.match({ ...request, text });
  };
  /** After the background failed: load the stored matcher here, once, for the rest of the page. */
  const fallBack = (error: unknown) =>
    (fallingBack ??= (async () => {
      remote?.dispose();
      remote = null;
      options.onFallback?.(error);
      if (!options.readDataset) throw error;
      const { matcher } = await options.readDataset();
      if (dataset) dataset.matcher = loadMatcher(matcher);
    })());
  /** Whether a scan that threw `error` should start again (with the dataset read again, or here). */
  const recovers = async (error: unknown, gen: number) => {
    if (!(error instanceof MatchUnavailableError) || !options.remote) throw error;
    if (error instanceof MatchStaleError && options.readDataset && staleRetries < STALE_RETRIES) {
      staleRetries++;
      session.setDataset(await options.readDataset());
    } else await fallBack(error);
    return gen === generation;
  };
  const run = async (
    root: Element,
    onPiece: (p: ScanPiece) => void,
    onEnd: () => void,
    taskStart?: number,
    pacer?: Pacer,
  ) => {
    const gen = generation;
    isScanning = true;
    try {
      return await scanArticle({
        root,
        isWholePage: article!.root === doc.body,
        match: pieceMatch(dataset!, article!.articleDate),
        visibleFrom: root === article!.root ? firstVisibleText(root) : null,
        onPiece,
        onEnd,
        isCancelled: () => gen !== generation,
        taskStart,
        pacer,
      });
    } finally {
      if (gen === generation) isScanning = false;
    }
  };

  const session = {
    setDataset(active: ActiveDataset) {
      dataset = {
        records: active.dataset,
        revision: revisionOf(active)!,
        matcher: remote ? undefined : loadMatcher(active.matcher),
      };
    },
    setSettings(next: Settings) {
      settings = next;
    },
    /** Reads the whole article again and repaints every mark, in short tasks; null if superseded. */
    async scan(): Promise<ScanStats | null> {
      const gen = ++generation;
      marks.clear();
      carry = createContextCarry();
      carryId++;
      if (!dataset || !settings || !isEnabled()) {
        article = null;
        return null;
      }
      // Finding the article and its date is part of the first task, and counted in its stats.
      const taskStart = performance.now();
      article = readArticle(doc, { url: doc.location?.href });
      try {
        const stats = await run(
          article.root,
          (p) =>
            marks.addPiece(p.pageText, p.mentions, kindOf, {
              isAhead: p.isVisible,
              goesBefore: p.skippedBefore,
            }),
          () => marks.finish(),
          taskStart,
        );
        if (stats) staleRetries = 0;
        return stats;
      } catch (e) {
        return (await recovers(e, gen)) ? session.scan() : null;
      }
    },
    /** Rescans only `blocks` (changed parts of the article); falls back to a full scan if needed. */
    async rescanBlocks(blocks: readonly Element[]): Promise<ScanStats | null> {
      const current = article;
      if (
        !current ||
        !dataset ||
        isScanning ||
        !current.root.isConnected ||
        blocks.includes(current.root)
      ) {
        return session.scan();
      }
      const pieces: ScanPiece[] = [];
      const total = emptyScanStats();
      // Small blocks (a feed adding a page of posts) share tasks; a task that has used its
      // budget ends before the next block, so thousands of new blocks never make one long task.
      const gen = generation;
      const pacer = createPacer();
      let taskStart = performance.now();
      let continues = false;
      /** Ends the current task if its budget is spent; false when a newer scan took over. */
      const endSpentTask = async () => {
        if (!continues || performance.now() - taskStart < BLOCK_TASK_MS) return true;
        await pacer.pause();
        taskStart = performance.now();
        continues = false;
        return gen === generation;
      };
      for (const block of blocks) {
        if (!block.isConnected) continue;
        if (!(await endSpentTask())) return null;
        const callStart = performance.now();
        let stats: ScanStats | null;
        try {
          stats = await run(block, (p) => pieces.push(p), noop, taskStart, pacer);
        } catch (e) {
          return (await recovers(e, gen)) ? session.scan() : null;
        }
        if (!stats) return null;
        // A block's first task may continue the current one: count that time and task once.
        total.busyMs += stats.busyMs - (continues ? callStart - taskStart : 0);
        total.tasks += stats.tasks - (continues ? 1 : 0);
        continues = true;
        total.pieces += stats.pieces;
        total.longestTaskMs = Math.max(total.longestTaskMs, stats.longestTaskMs);
        taskStart = stats.lastTaskStart;
      }
      // The marks are replaced in a task of their own once the last one has used its budget.
      if (!(await endSpentTask())) return null;
      if (!continues) total.tasks++;
      const t = performance.now();
      marks.replaceIn(blocks, pieces, kindOf);
      const end = performance.now();
      total.busyMs += end - t;
      total.longestTaskMs = Math.max(total.longestTaskMs, end - (continues ? taskStart : t));
      return total;
    },
    /** The article element of the last scan, if any. */
    root: (): Element | null => article?.root ?? null,
    marks: (): readonly Mark[] => marks.list(),
    /** The mark under a viewport point, or null. */
    markAt: (x: number, y: number): number | null => marks.at(x, y),
    /** The card for a mark, built for this page's date and entities. */
    cardFor(markIndex: number): CardModel | null {
      const mark = marks.list()[markIndex];
      if (!mark || !dataset || !article) return null;
      return buildCardModel(indexOf(dataset), mark.mention.entityId, {
        articleDate: article.articleDate,
        isArticleDateKnown: article.isArticleDateKnown,
        pageEntityIds: new Set(marks.list().map((m) => m.mention.entityId)),
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
    summary(): PageSummaryResponse {
      const version = dataset?.records.version ?? 'none';
      const articleDate = article?.articleDate ?? new Date().toISOString().slice(0, 10);
      const counts = countMentions(marks.list().map((m) => m.mention));
      const base = dataset
        ? buildPageSummary(
            indexOf(dataset),
            counts,
            articleDate,
            article?.isArticleDateKnown ?? false,
          )
        : { groups: [], story: [], articleDate, isArticleDateKnown: false };
      return { ...base, datasetVersion: version, host, isEnabled: isEnabled() };
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
