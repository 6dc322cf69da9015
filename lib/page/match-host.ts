/**
 * The matcher host: the side of matching that lives in the extension's background, once for every
 * tab. Each connected page sends the pieces of its scans in order; the host keeps the names carried
 * between pieces per scan and answers each piece with its mentions. Pages hold only their marks.
 */
import type { Matcher } from '../match';
import { type ContextCarry, createContextCarry, findMentionsCarried } from './context-carry';
import type { MatchPort } from './match-port';
import { encodeMentions, isMatchRequest, type MatchReply, type MatchRequest } from './match-wire';

/** A loaded matcher and the dataset revision it was compiled from. */
export type HostMatcher = { revision: string; matcher: Matcher };

/** Options for {@link createMatchHost}. */
export type MatchHostOptions = {
  /**
   * The matcher for a page that reads `revision`: the loaded one, or the stored one loaded again
   * when it differs; null when no dataset is installed.
   */
  matcherFor: (revision: string) => Promise<HostMatcher | null>;
};

/** Serves matching on each port handed to the returned function. */
export function createMatchHost(o: MatchHostOptions): (port: MatchPort) => void {
  return (port) => {
    // The carries of this page's scans: the newest two (a rescan continues the scan before it).
    const carries = new Map<number, ContextCarry>();
    let isOpen = true;
    // Pieces are matched one after another, in the order they came: each carries the last's names.
    let queue = Promise.resolve();
    const carryOf = (id: number) => {
      let carry = carries.get(id);
      if (!carry) {
        carry = createContextCarry();
        carries.set(id, carry);
        for (const old of carries.keys()) if (old < id - 1) carries.delete(old);
      }
      return carry;
    };
    const answer = async (request: MatchRequest): Promise<MatchReply> => {
      const { id } = request;
      try {
        const loaded = await o.matcherFor(request.revision);
        if (!loaded) return { id, error: 'no dataset is installed' };
        if (loaded.revision !== request.revision)
          return { id, error: 'the page reads another dataset revision', isStale: true };
        const mentions = findMentionsCarried(loaded.matcher, request.text, carryOf(request.carry), {
          articleDate: request.articleDate,
        });
        return { id, mentions: encodeMentions(mentions) };
      } catch (e) {
        return { id, error: e instanceof Error ? e.message : String(e) };
      }
    };
    port.onDisconnect(() => {
      isOpen = false;
      carries.clear();
    });
    port.onMessage((message) => {
      if (!isMatchRequest(message)) return;
      queue = queue
        .then(() => answer(message))
        .then((reply) => {
          if (isOpen) port.send(reply);
        });
    });
  };
}
