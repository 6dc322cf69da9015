/**
 * The page's side of matching in the background: sends each piece of a scan to the matcher host and
 * resolves with its mentions. Connects on first use and again after the host went away while idle;
 * a host that is gone mid-piece, or that fails, rejects with {@link MatchUnavailableError} so the
 * page can match by itself instead ({@link MatchStaleError}: first read the dataset again).
 */
import type { Mention } from '../match';
import type { MatchPort } from './match-port';
import { decodeMentions, isMatchReply, type MatchRequest } from './match-wire';

/** The host cannot match for this page: not reachable, gone mid-piece, or failing. */
export class MatchUnavailableError extends Error {
  override name = 'MatchUnavailableError';
}

/** The host holds another dataset revision than the page: the page should read the dataset again. */
export class MatchStaleError extends MatchUnavailableError {
  override name = 'MatchStaleError';
}

/** What a piece request needs besides its id. */
export type PieceRequest = Omit<MatchRequest, 'type' | 'id'>;

/** Sends pieces over ports made by `connect`. */
export function createMatchClient(connect: () => MatchPort) {
  type Pending = {
    text: string;
    resolve: (mentions: Mention[]) => void;
    reject: (error: Error) => void;
  };
  const pending = new Map<number, Pending>();
  let port: MatchPort | null = null;
  let nextId = 1;

  const failAll = (error: Error) => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(error);
  };
  const open = (): MatchPort => {
    const p = connect();
    p.onMessage((message) => {
      if (!isMatchReply(message)) return;
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      if ('error' in message) {
        const Failure = message.isStale ? MatchStaleError : MatchUnavailableError;
        waiting.reject(new Failure(message.error));
        return;
      }
      try {
        waiting.resolve(decodeMentions(message.mentions, waiting.text));
      } catch (e) {
        waiting.reject(new MatchUnavailableError(e instanceof Error ? e.message : String(e)));
      }
    });
    p.onDisconnect(() => {
      if (port === p) port = null;
      failAll(new MatchUnavailableError('the matcher host went away'));
    });
    return p;
  };

  return {
    /** The mentions of one piece; rejects with {@link MatchUnavailableError}. */
    match(request: PieceRequest): Promise<Mention[]> {
      return new Promise<Mention[]>((resolve, reject) => {
        const id = nextId++;
        try {
          port ??= open();
          pending.set(id, { text: request.text, resolve, reject });
          port.send({ type: 'match', id, ...request } satisfies MatchRequest);
        } catch (e) {
          pending.delete(id);
          port = null;
          reject(new MatchUnavailableError(e instanceof Error ? e.message : String(e)));
        }
      });
    },
    /** Closes the connection; pieces still waiting reject. */
    dispose() {
      const p = port;
      port = null;
      failAll(new MatchUnavailableError('closed'));
      p?.disconnect();
    },
  };
}

/** The page's client of the matcher host. */
export type MatchClient = ReturnType<typeof createMatchClient>;
