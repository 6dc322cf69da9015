/**
 * The dataset host: the side of the dataset that lives in the extension's background, once for every
 * tab. Pages send it the pieces of their scans in order, and ask it for cards and their summary; the
 * host keeps the names carried between pieces per scan. Pages hold only their marks.
 */
import type { Dataset } from '../dataset/schema';
import type { Matcher, Mention } from '../match';
import { buildCardModel } from '../related/card-model';
import { type DatasetIndex, indexDataset } from '../related/dataset-index';
import { buildPageSummary } from '../related/page-summary';
import { type ContextCarry, createContextCarry, findMentionsCarried } from './context-carry';
import type { HostPort } from './host-port';
import {
  encodeMentions,
  type HostReply,
  type HostRequest,
  isHostRequest,
  type MatchRequest,
} from './host-wire';

/** The active dataset as the host holds it: records and the loaded matcher. */
export type HostDataset = { records: Dataset; matcher: Matcher };

/** Options for {@link createDatasetHost}. */
export type DatasetHostOptions = {
  /** The active dataset, loaded once and kept by the caller; null when none is installed. */
  datasetFor: () => Promise<HostDataset | null>;
};

// Built on the first card or summary, once per loaded dataset.
const indexes = new WeakMap<HostDataset, DatasetIndex>();
const kinds = new WeakMap<HostDataset, Map<string, string>>();
const indexOf = (d: HostDataset) => {
  let index = indexes.get(d);
  if (!index) indexes.set(d, (index = indexDataset(d.records)));
  return index;
};

/** Gives each mention its entity's kind when the stored matcher predates kept kinds. */
function withKinds(d: HostDataset, mentions: Mention[]): Mention[] {
  if (mentions.every((m) => m.kind !== undefined)) return mentions;
  let byId = kinds.get(d);
  if (!byId) kinds.set(d, (byId = new Map(d.records.entities.map((e) => [e.id, e.kind]))));
  for (const m of mentions) m.kind ??= byId.get(m.entityId);
  return mentions;
}

/** Answers one request with the dataset `d`. */
function answerWith(
  d: HostDataset,
  request: HostRequest,
  carryOf: (r: MatchRequest) => ContextCarry,
) {
  const { id, articleDate } = request;
  if (request.type === 'match') {
    const found = findMentionsCarried(d.matcher, request.text, carryOf(request), {
      articleDate,
    });
    return { id, mentions: encodeMentions(withKinds(d, found)) };
  }
  const { isArticleDateKnown } = request;
  if (request.type === 'card') {
    const { entityId, pageEntityIds } = request;
    return {
      id,
      card: buildCardModel(indexOf(d), entityId, {
        articleDate,
        isArticleDateKnown,
        pageEntityIds,
      }),
    };
  }
  const counts = new Map(request.counts);
  const summary = buildPageSummary(indexOf(d), counts, articleDate, isArticleDateKnown);
  return { id, summary: { ...summary, datasetVersion: d.records.version } };
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
      let d: HostDataset | null;
      try {
        d = await o.datasetFor();
      } catch (e) {
        return {
          id,
          error: `the dataset could not be loaded: ${messageOf(e)}`,
          isUnavailable: true,
        };
      }
      if (!d) return { id, error: 'no dataset is installed', isUnavailable: true };
      if (!isOpen) return null;
      try {
        return answerWith(d, request, carryOf);
      } catch (e) {
        return { id, error: messageOf(e) };
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

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
