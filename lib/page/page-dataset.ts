/**
 * The dataset as a page sees it: served by the extension's background (the page then holds no
 * records and no matcher, only its marks), or held here, read from storage, when there is no
 * background to ask or it failed. Either way it matches the pieces of a scan, builds cards and the
 * page summary.
 */
import type { Dataset } from '../dataset/schema';
import { loadMatcher, type Mention, type StoredMatcher } from '../match';
import type { CardContext, CardModel } from '../related/card-model';
import { type ContextCarry, rememberMentions } from './context-carry';
import { type DatasetClient, DatasetUnavailableError } from './dataset-client';
import { cardIn, type HostDataset, kindIn, summaryIn } from './dataset-host';
import type { HostSummary } from './host-wire';
import { localPieceMatch, type PieceMatch } from './scan-article';

/** A dataset record as stored: the records and the matcher compiled from them. */
export type StoredDataset = { dataset: Dataset; matcher: StoredMatcher };

/** Options for {@link createPageDataset}; without `remote` the page holds the dataset itself. */
export type PageDatasetOptions = {
  remote?: DatasetClient;
  /** Reads the stored dataset when the background cannot serve the page. */
  readDataset?: () => Promise<StoredDataset>;
  /** Told once when the page falls back to holding the dataset. */
  onFallback?: (error: unknown) => void;
};

/** What a page asks of its dataset, wherever it lives. */
export function createPageDataset(o: PageDatasetOptions = {}) {
  // Held here, the dataset answers as the background's does (the same functions).
  type Held = HostDataset;
  let held: Held | null = null;
  let remote = o.remote ?? null;
  let fallingBack: Promise<void> | null = null;

  const hold = (stored: StoredDataset) => {
    held = { records: stored.dataset, matcher: loadMatcher(stored.matcher) };
  };
  /** After the background failed: read the dataset and hold it here, once, for the page's life. */
  const fallBack = (error: unknown) =>
    (fallingBack ??= (async () => {
      remote?.dispose();
      remote = null;
      o.onFallback?.(error);
      if (!o.readDataset) throw error;
      if (!held) hold(await o.readDataset());
    })());
  /** The dataset held here, once a fallback under way has read it; null when there is none. */
  const heldNow = async () => {
    if (!held && fallingBack) await fallingBack.catch(() => undefined);
    return held;
  };
  /** `ask` the background; when it cannot serve, fall back and answer with `here`. */
  const askOr = async <T>(ask: (r: DatasetClient) => Promise<T>, here: (h: Held) => T) => {
    if (remote) {
      try {
        return await ask(remote);
      } catch (e) {
        if (!(e instanceof DatasetUnavailableError)) throw e;
        await fallBack(e);
      }
    }
    const h = await heldNow();
    return h ? here(h) : null;
  };

  return {
    /** Whether the page can scan: a background to ask, a dataset held here or being read. */
    isReady: () => remote !== null || held !== null || fallingBack !== null,
    /** A new active dataset: held here when the page holds one; the background reads its own. */
    changed(stored: StoredDataset) {
      if (!remote) hold(stored);
    },
    /**
     * Matching for one scan and its rescans: `carry` holds the names carried here (matching in the
     * background keeps its own under `carryId`, started from these if it lost them).
     */
    pieceMatch(carry: ContextCarry, carryId: number, articleDate: string): PieceMatch {
      if (held) return localPieceMatch(held.matcher, carry, articleDate);
      const client = remote;
      if (!client) {
        // The dataset is being read after the background failed: match once it is here.
        return async (text) => {
          const h = await heldNow();
          if (!h) throw new Error('the dataset could not be read');
          return localPieceMatch(h.matcher, carry, articleDate)(text);
        };
      }
      return (text) => {
        const seed = [...carry.surfaces];
        // The carry is updated as each piece arrives, in order (part of handling the reply).
        const remember = (mentions: Mention[]) => rememberMentions(carry, mentions);
        return client.match({ carry: carryId, seed, articleDate, text }, remember);
      };
    },
    /**
     * After a scan failed with `error`: falls back to holding the dataset when the background was
     * at fault (the scan may then start again); any other error is thrown again.
     */
    async recover(error: unknown): Promise<void> {
      if (!(error instanceof DatasetUnavailableError) || !o.remote) throw error;
      await fallBack(error);
    },
    /** Main-thread ms spent on the background's replies (zero when there is no background). */
    replyMs: () => o.remote?.busyMs() ?? 0,
    /** The mention's entity kind (from the dataset held here when the matcher kept none). */
    kindOf(mention: Mention): string | undefined {
      return held ? kindIn(held, mention) : mention.kind;
    },
    card(entityId: string, context: CardContext & { pageEntityIds: string[] }) {
      return askOr<CardModel | null>(
        (r) => r.card({ entityId, ...context }),
        (h) => cardIn(h, entityId, context),
      );
    },
    summary(counts: Map<string, number>, articleDate: string, isArticleDateKnown: boolean) {
      return askOr<HostSummary>(
        (r) => r.summary({ counts: [...counts], articleDate, isArticleDateKnown }),
        (h) => summaryIn(h, counts, articleDate, isArticleDateKnown),
      );
    },
  };
}

/** A page's dataset (see {@link createPageDataset}). */
export type PageDataset = ReturnType<typeof createPageDataset>;
