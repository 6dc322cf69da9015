/**
 * The dataset host: the side of the dataset that lives in the extension's background, once for every
 * tab. Pages send it the pieces of their scans in order, and ask it for cards and their summary; the
 * host keeps the names carried between pieces per scan. Pages hold only their marks.
 */
import type { Dataset } from '../dataset/schema';
import type { Matcher, Mention } from '../match';
import { buildCardModel, type CardContext, type CardModel } from '../related/card-model';
import { type DatasetIndex, indexDataset } from '../related/dataset-index';
import { buildPageSummary } from '../related/page-summary';
import { type ContextCarry, createContextCarry, findMentionsCarried } from './context-carry';
import { errorMessage } from '../util/error-message';
import type { HostPort } from './host-port';
import {
  encodeMentions,
  type HostReply,
  type HostRequest,
  type HostSummary,
  isHostRequest,
  type MatchRequest,
} from './host-wire';

/** The active dataset with its records read and its matcher loaded. */
export type HostDataset = { records: Dataset; matcher: Matcher };

/**
 * What the host serves from: the matcher, ready to match, and the records, which only cards,
 * summaries and matchers without entity kinds need (a background can start matching before it has
 * read them). `withRecords` gives the same object each time once it has succeeded.
 */
export type ServedDataset = { matcher: Matcher; withRecords: () => Promise<HostDataset> };

/** A served dataset whose records are already at hand. */
export function servedNow(d: HostDataset): ServedDataset {
  const ready = Promise.resolve(d);
  return { matcher: d.matcher, withRecords: () => ready };
}

/** Options for {@link createDatasetHost}. */
export type DatasetHostOptions = {
  /** The active dataset, loaded once and kept by the caller; null when none is installed. */
  datasetFor: () => Promise<ServedDataset | null>;
};

// Built on the first card or summary, once per loaded dataset.
const indexes = new WeakMap<HostDataset, DatasetIndex>();
const kinds = new WeakMap<HostDataset, Map<string, string>>();
const indexOf = (d: HostDataset) => {
  let index = indexes.get(d);
  if (!index) indexes.set(d, (index = indexDataset(d.records)));
  return index;
};

/** The mention's entity kind: as the matcher kept it, else from the records (older matchers). */
export function kindIn(d: HostDataset, mention: Mention): string | undefined {
  if (mention.kind !== undefined) return mention.kind;
  let byId = kinds.get(d);
  if (!byId) kinds.set(d, (byId = new Map(d.records.entities.map((e) => [e.id, e.kind]))));
  return byId.get(mention.entityId);
}

/** The card of `entityId` for a page (null when the dataset does not know it). */
export function cardIn(d: HostDataset, entityId: string, context: CardContext): CardModel | null {
  return buildCardModel(indexOf(d), entityId, context);
}

/** The popup's summary of a page with these mention counts, with the dataset's version. */
export function summaryIn(
  d: HostDataset,
  counts: ReadonlyMap<string, number>,
  articleDate: string,
  isArticleDateKnown: boolean,
): HostSummary {
  const summary = buildPageSummary(indexOf(d), counts, articleDate, isArticleDateKnown);
  return { ...summary, datasetVersion: d.records.version };
}

/** Answers one request with the dataset `served`. */
async function answerWith(
  served: ServedDataset,
  request: HostRequest,
  carryOf: (r: MatchRequest) => ContextCarry,
): Promise<HostReply> {
  const { id, articleDate } = request;
  if (request.type === 'match') {
    const found = findMentionsCarried(served.matcher, request.text, carryOf(request), {
      articleDate,
    });
    // Matchers compiled with entity kinds keep them; older ones need the records.
    if (found.some((m) => m.kind === undefined)) {
      const d = await served.withRecords();
      for (const m of found) m.kind = kindIn(d, m);
    }
    return { id, mentions: encodeMentions(found) };
  }
  const d = await served.withRecords();
  const { isArticleDateKnown } = request;
  if (request.type === 'card') {
    const { entityId, pageEntityIds } = request;
    return { id, card: cardIn(d, entityId, { articleDate, isArticleDateKnown, pageEntityIds }) };
  }
  return {
    id,
    summary: summaryIn(d, new Map(request.counts), articleDate, isArticleDateKnown),
  };
}

/** Serves pages on each port handed to the returned function. */
export function createDatasetHost(o: DatasetHostOptions): (port: HostPort) => void {
  return (port) => {
    // The carries of this page's scans: the newest two (a rescan continues the scan before it).
    const carries = new Map<number, ContextCarry>();
    let newestCarry = -Infinity;
    let isOpen = true;
    // Requests are answered one after another, in the order they came: each piece carries the
    // names of the one before.
    let queue = Promise.resolve();
    const carryOf = ({ carry: id, seed }: MatchRequest) => {
      let carry = carries.get(id);
      if (!carry) {
        carry = createContextCarry();
        for (const [entityId, surface] of seed.slice(-carry.limit))
          carry.surfaces.set(entityId, surface);
        carries.set(id, carry);
        for (const old of carries.keys()) if (old < id - 1) carries.delete(old);
      }
      return carry;
    };
    const answer = async (request: HostRequest): Promise<HostReply | null> => {
      const { id } = request;
      if (request.type === 'match') {
        // A piece of a scan the page has already replaced: nothing to find.
        if (request.carry < newestCarry) return { id, mentions: { strings: [], ints: [] } };
        newestCarry = request.carry;
      }
      let d: ServedDataset | null;
      try {
        d = await o.datasetFor();
      } catch (e) {
        return {
          id,
          error: `the dataset could not be loaded: ${errorMessage(e)}`,
          isUnavailable: true,
        };
      }
      if (!d) return { id, error: 'no dataset is installed', isUnavailable: true };
      if (!isOpen) return null;
      try {
        return await answerWith(d, request, carryOf);
      } catch (e) {
        // A card or summary asked while the dataset changed (its records gone with it): once
        // more, with the dataset served now.
        const now = request.type === 'match' ? null : await o.datasetFor().catch(() => null);
        if (!now || now === d || !isOpen) return { id, error: errorMessage(e) };
        return answerWith(now, request, carryOf).catch((again: unknown) => ({
          id,
          error: errorMessage(again),
        }));
      }
    };
    port.onDisconnect(() => {
      isOpen = false;
      carries.clear();
    });
    port.onMessage((message) => {
      if (!isHostRequest(message)) {
        // Malformed, but addressed: say so rather than leave the page waiting.
        const id = (message as { id?: unknown } | null)?.id;
        if (Number.isInteger(id) && isOpen) port.send({ id, error: 'malformed request' });
        return;
      }
      queue = queue
        .then(() => answer(message))
        .then((reply) => {
          if (reply && isOpen) port.send(reply);
        })
        // A port that failed under us leaves nothing to answer; the queue goes on.
        .catch(() => undefined);
    });
  };
}
