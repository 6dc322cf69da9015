import { describe, expect, it, vi } from 'vitest';
import { memoryPortPair } from '../../tests/helpers/memory-port';
import { compileMatcher, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { createContextCarry, findMentionsCarried } from './context-carry';
import {
  createMatchClient,
  MatchStaleError,
  MatchUnavailableError,
  type PieceRequest,
} from './match-client';
import { createMatchHost, type HostMatcher } from './match-host';

const matcher = loadMatcher(compileMatcher(testDataset()));
const PIECES = [
  'Mohsin Naqvi met officials in Karachi on Friday.',
  'Later Naqvi said the BLA had attacked Peshawar.',
  'The Balochistan Liberation Army denied it; Naqvi did not reply.',
];
const ARTICLE_DATE = '2024-11-08';

function setUp(matcherFor: (revision: string) => Promise<HostMatcher | null>) {
  const serve = createMatchHost({ matcherFor });
  const pairs: ReturnType<typeof memoryPortPair>[] = [];
  const client = createMatchClient(() => {
    const pair = memoryPortPair();
    pairs.push(pair);
    serve(pair.host);
    return pair.page;
  });
  return { client, pairs };
}
const held =
  (revision = 'r1') =>
  async () => ({ revision, matcher });
const piece = (text: string, carry = 1, revision = 'r1'): PieceRequest => ({
  carry,
  revision,
  articleDate: ARTICLE_DATE,
  text,
});

describe('matching in the background', () => {
  it('finds what the page would, names carried from piece to piece', async () => {
    const { client } = setUp(held());
    const remote = await Promise.all(PIECES.map((t) => client.match(piece(t))));
    const carry = createContextCarry();
    const local = PIECES.map((t) =>
      findMentionsCarried(matcher, t, carry, { articleDate: ARTICLE_DATE }),
    );
    expect(remote).toEqual(local);
    // The surname in a later piece was found through the carried full name.
    expect(remote[1]!.map((m) => m.surface)).toContain('Naqvi');
  });

  it('keeps each scan’s carried names apart', async () => {
    const { client } = setUp(held());
    await client.match(piece(PIECES[0]!, 1));
    const fresh = await client.match(piece('Later Naqvi spoke.', 2));
    const carried = await client.match(piece('Later Naqvi spoke.', 1));
    expect(fresh.map((m) => m.surface)).not.toContain('Naqvi');
    expect(carried.map((m) => m.surface)).toContain('Naqvi');
  });

  it('tells a page reading another dataset revision that it is stale', async () => {
    const { client } = setUp(held('r2'));
    await expect(client.match(piece(PIECES[0]!))).rejects.toBeInstanceOf(MatchStaleError);
  });

  it('fails clearly when no dataset is installed or the matcher cannot load', async () => {
    const none = setUp(async () => null);
    await expect(none.client.match(piece('x'))).rejects.toThrow(/no dataset is installed/);
    const broken = setUp(async () => {
      throw new Error('storage is damaged');
    });
    await expect(broken.client.match(piece('x'))).rejects.toThrow(/storage is damaged/);
  });

  it('rejects the pieces still out when the host goes away, and connects again after', async () => {
    const { client, pairs } = setUp(held());
    const out = client.match(piece(PIECES[0]!));
    pairs[0]!.drop();
    await expect(out).rejects.toBeInstanceOf(MatchUnavailableError);
    const again = await client.match(piece(PIECES[0]!, 2));
    expect(again.map((m) => m.surface)).toEqual(['Mohsin Naqvi', 'Karachi']);
    expect(pairs).toHaveLength(2);
  });

  it('rejects at once when the extension cannot be reached', async () => {
    const client = createMatchClient(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(client.match(piece('x'))).rejects.toBeInstanceOf(MatchUnavailableError);
  });

  it('ignores stray and malformed messages on either side', async () => {
    const serve = createMatchHost({ matcherFor: held() });
    const pair = memoryPortPair();
    serve(pair.host);
    const replies: unknown[] = [];
    pair.page.onMessage((m) => replies.push(m));
    pair.page.send({ type: 'match', id: 'x' });
    pair.page.send('hello');
    await new Promise((r) => setTimeout(r, 10));
    expect(replies).toEqual([]);

    const client = createMatchClient(() => {
      const p = memoryPortPair();
      serve(p.host);
      // Replies to unknown ids and damaged mentions.
      p.host.send({ id: 999, mentions: { strings: [], ints: [] } });
      return p.page;
    });
    expect(await client.match(piece(PIECES[0]!))).toHaveLength(2);
  });

  it('rejects a reply whose mentions are damaged', async () => {
    const client = createMatchClient(() => {
      const p = memoryPortPair();
      p.host.onMessage((m) => {
        const { id } = m as { id: number };
        p.host.send({ id, mentions: { strings: [], ints: [0, 99, 0, 0, 0, 0, -1] } });
      });
      return p.page;
    });
    await expect(client.match(piece('short'))).rejects.toThrow(/damaged mentions/);
  });

  it('closes its port when disposed, failing what is still out', async () => {
    const { client, pairs } = setUp(held());
    const out = client.match(piece(PIECES[0]!));
    const closed = vi.fn();
    pairs[0]!.host.onDisconnect(closed);
    client.dispose();
    await expect(out).rejects.toBeInstanceOf(MatchUnavailableError);
    expect(closed).toHaveBeenCalledOnce();
  });
});
