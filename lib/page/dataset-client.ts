/**
 * The page's side of the dataset host: sends each piece of a scan to the background and resolves
 * with its mentions, and asks it for cards and the page summary. Connects on first use and again
 * after the background went away; what was out when it went is sent once more on a new port. A
 * background that cannot serve (no dataset, gone twice, silent) rejects with
 * {@link DatasetUnavailableError}, so the page can read the dataset and work by itself; a request
 * it could not answer rejects with a plain Error.
 */
import type { Mention } from '../match';
import type { CardModel } from '../related/card-model';
import { errorMessage } from '../util/error-message';
import type { HostPort } from './host-port';
import {
  type CardRequest,
  decodeMentions,
  type HostRequest,
  type HostSummary,
  isHostReply,
  type MatchRequest,
  type SummaryRequest,
} from './host-wire';

/** The host cannot serve this page: not reachable, gone mid-request twice, silent, or without a dataset. */
export class DatasetUnavailableError extends Error {
  override name = 'DatasetUnavailableError';
}

type Without<T> = Omit<T, 'type' | 'id'>;

/** Options for {@link createDatasetClient}. */
export type DatasetClientOptions = {
  /** A request unanswered this long means the background is stuck (default 20 s). */
  timeoutMs?: number;
};

/** Sends requests over ports made by `connect`. */
export function createDatasetClient(connect: () => HostPort, options: DatasetClientOptions = {}) {
  const timeoutMs = options.timeoutMs ?? 20_000;
  // Each request turns its reply into the value it resolves with (throwing on a damaged one).
  type Pending = {
    body: Omit<HostRequest, 'id'>;
    read: (reply: Record<string, unknown>) => unknown;
    resolve: (value: unknown) => void;
    reject: (error: Error) => void;
    timer: ReturnType<typeof setTimeout>;
    /** Sent again once already, after a port went away. */
    isResent: boolean;
  };
  // The port and what was sent over it: a port that goes away fails only its own requests.
  type Link = { port: HostPort; pending: Map<number, Pending> };
  let link: Link | null = null;
  let isClosed = false;
  // Requests held back while the page sits in the back/forward cache.
  let parked: [number, Pending][] = [];
  let nextId = 1;
  let busyMs = 0;

  const settle = (p: Pending, fn: () => void) => {
    clearTimeout(p.timer);
    fn();
  };
  const open = (): Link => {
    const l: Link = { port: connect(), pending: new Map() };
    l.port.onMessage((message) => {
      const t = performance.now();
      if (!isHostReply(message)) return;
      const waiting = l.pending.get(message.id);
      if (!waiting) return;
      l.pending.delete(message.id);
      const reply = message as Record<string, unknown>;
      if (typeof reply.error === 'string') {
        const Failure = reply.isUnavailable === true ? DatasetUnavailableError : Error;
        settle(waiting, () => waiting.reject(new Failure(reply.error as string)));
      } else {
        try {
          const value = waiting.read(reply);
          settle(waiting, () => waiting.resolve(value));
        } catch (e) {
          settle(waiting, () => waiting.reject(new Error(errorMessage(e))));
        }
      }
      busyMs += performance.now() - t;
    });
    l.port.onDisconnect(() => {
      if (link === l) link = null;
      // Sent once more, in order, on a new port (the seed of a piece lets a new background
      // carry names as the old one did); a second loss means the background is not there.
      const out = [...l.pending.entries()];
      l.pending.clear();
      for (const [id, p] of out) {
        if (p.isResent || isClosed) {
          settle(p, () => p.reject(new DatasetUnavailableError('the background went away')));
        } else {
          p.isResent = true;
          send(id, p);
        }
      }
    });
    return l;
  };
  function send(id: number, p: Pending) {
    try {
      if (isClosed) throw new Error('closed');
      link ??= open();
      link.pending.set(id, p);
      link.port.send({ ...p.body, id });
    } catch (e) {
      link?.pending.delete(id);
      link = null;
      settle(p, () => p.reject(new DatasetUnavailableError(errorMessage(e))));
    }
  }
  function request<T>(body: Omit<HostRequest, 'id'>, read: Pending['read']): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      const p: Pending = {
        body,
        read,
        resolve: resolve as (v: unknown) => void,
        reject,
        isResent: false,
        timer: setTimeout(() => {
          link?.pending.delete(id);
          reject(new DatasetUnavailableError(`no answer from the background in ${timeoutMs} ms`));
        }, timeoutMs),
      };
      send(id, p);
    });
  }

  return {
    /** The mentions of one piece of a scan; `onMentions` runs as they arrive, in order. */
    match(
      r: Without<MatchRequest>,
      onMentions?: (mentions: Mention[]) => void,
    ): Promise<Mention[]> {
      return request({ type: 'match', ...r }, (reply) => {
        const mentions = decodeMentions(reply.mentions, r.text);
        onMentions?.(mentions);
        return mentions;
      });
    },
    /** The card of an entity on this page, or null when the dataset does not know it. */
    card(r: Without<CardRequest>): Promise<CardModel | null> {
      return request({ type: 'card', ...r }, (reply) => {
        const card = reply.card as CardModel | null | undefined;
        if (card === null) return null;
        if (!isCardShaped(card)) throw new Error('damaged card');
        return card;
      });
    },
    /** The popup's summary of this page. */
    summary(r: Without<SummaryRequest>): Promise<HostSummary> {
      return request({ type: 'summary', ...r }, (reply) => {
        const summary = reply.summary as HostSummary | undefined;
        if (
          !summary ||
          !Array.isArray(summary.groups) ||
          !Array.isArray(summary.story) ||
          typeof summary.datasetVersion !== 'string'
        ) {
          throw new Error('damaged summary');
        }
        return summary;
      });
    },
    /** Main-thread ms spent handling replies so far (decoding included). */
    busyMs: () => busyMs,
    /**
     * Lets the port go while the page sits in the back/forward cache; what was out is sent again
     * on `resume`.
     */
    suspend() {
      const l = link;
      link = null;
      if (!l) return;
      parked.push(...l.pending);
      l.pending.clear();
      l.port.disconnect();
    },
    /** The page is shown again: sends what `suspend` held back (connecting on the way). */
    resume() {
      const out = parked;
      parked = [];
      for (const [id, p] of out) send(id, p);
    },
    /** Closes the client for good; requests still waiting reject. */
    dispose() {
      isClosed = true;
      const l = link;
      link = null;
      const out = [...parked, ...(l?.pending ?? [])];
      parked = [];
      l?.pending.clear();
      for (const [, p] of out) settle(p, () => p.reject(new DatasetUnavailableError('closed')));
      l?.port.disconnect();
    },
  };
}

/** True when `card` has the fields a card is drawn from. */
function isCardShaped(card: unknown): card is CardModel {
  const c = card as Partial<CardModel> | null | undefined;
  return (
    !!c &&
    typeof c.entityId === 'string' &&
    typeof c.name === 'string' &&
    typeof c.kind === 'string' &&
    typeof c.background === 'string' &&
    Array.isArray(c.earlier) &&
    Array.isArray(c.earlierMore) &&
    Array.isArray(c.since) &&
    Array.isArray(c.caveats) &&
    Array.isArray(c.otherRoles)
  );
}

/** The page's client of the dataset host. */
export type DatasetClient = ReturnType<typeof createDatasetClient>;
