/**
 * The page's side of the dataset host: sends each piece of a scan to the background and resolves
 * with its mentions, and asks it for cards and the page summary. Connects on first use and again
 * after the host went away while idle; a host that is gone mid-request, or that fails, rejects with
 * {@link DatasetUnavailableError} so the page can read the dataset and work by itself instead.
 */
import type { Mention } from '../match';
import type { CardModel } from '../related/card-model';
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

/** The host cannot serve this page: not reachable, gone mid-request, or failing. */
export class DatasetUnavailableError extends Error {
  override name = 'DatasetUnavailableError';
}

type Without<T> = Omit<T, 'type' | 'id'>;
const failure = (e: unknown) =>
  new DatasetUnavailableError(e instanceof Error ? e.message : String(e));

/** Sends requests over ports made by `connect`. */
export function createDatasetClient(connect: () => HostPort) {
  // Each request turns its reply into the value it resolves with (throwing on a damaged one).
  type Pending = {
    read: (reply: Record<string, unknown>) => unknown;
    resolve: (value: unknown) => void;
    reject: (error: Error) => void;
  };
  const pending = new Map<number, Pending>();
  let port: HostPort | null = null;
  let nextId = 1;

  const failAll = (error: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };
  const open = (): HostPort => {
    const p = connect();
    p.onMessage((message) => {
      if (!isHostReply(message)) return;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      const reply = message as Record<string, unknown>;
      if (typeof reply.error === 'string') return waiting.reject(failure(reply.error));
      try {
        waiting.resolve(waiting.read(reply));
      } catch (e) {
        waiting.reject(failure(e));
      }
    });
    p.onDisconnect(() => {
      if (port === p) port = null;
      failAll(new DatasetUnavailableError('the background went away'));
    });
    return p;
  };
  function request<T>(body: Omit<HostRequest, 'id'>, read: Pending['read']): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const id = nextId++;
      try {
        port ??= open();
        pending.set(id, { read, resolve: resolve as (v: unknown) => void, reject });
        port.send({ ...body, id });
      } catch (e) {
        pending.delete(id);
        port = null;
        reject(failure(e));
      }
    });
  }

  return {
    /** The mentions of one piece of a scan. */
    match(r: Without<MatchRequest>): Promise<Mention[]> {
      return request({ type: 'match', ...r }, (reply) => decodeMentions(reply.mentions, r.text));
    },
    /** The card of an entity on this page, or null when the dataset does not know it. */
    card(r: Without<CardRequest>): Promise<CardModel | null> {
      return request({ type: 'card', ...r }, (reply) => {
        const card = reply.card as CardModel | null | undefined;
        if (card === undefined || (card !== null && typeof card.entityId !== 'string')) {
          throw new Error('damaged card');
        }
        return card;
      });
    },
    /** The popup's summary of this page. */
    summary(r: Without<SummaryRequest>): Promise<HostSummary> {
      return request({ type: 'summary', ...r }, (reply) => {
        const summary = reply.summary as HostSummary | undefined;
        if (!summary || !Array.isArray(summary.groups) || !Array.isArray(summary.story)) {
          throw new Error('damaged summary');
        }
        return summary;
      });
    },
    /** Closes the connection; requests still waiting reject. */
    dispose() {
      const p = port;
      port = null;
      failAll(new DatasetUnavailableError('closed'));
      p?.disconnect();
    },
  };
}

/** The page's client of the dataset host. */
export type DatasetClient = ReturnType<typeof createDatasetClient>;
