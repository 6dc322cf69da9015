import { describe, expect, it, vi } from 'vitest';
import {
  clientOfMemoryHost,
  memoryHostPorts,
  servingHeld,
} from '../../tests/helpers/memory-host-port';
import { compileMatcher, loadMatcher, packMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { packMatcherV2 } from '../../tests/helpers/pack-matcher-v2';
import { buildCardModel } from '../related/card-model';
import { indexDataset } from '../related/dataset-index';
import { buildPageSummary } from '../related/page-summary';
import { createContextCarry, findMentionsCarried } from './context-carry';
import { createDatasetClient, DatasetUnavailableError } from './dataset-client';
import { createDatasetHost, type HostDataset, servedNow } from './dataset-host';

const records = { ...testDataset(), version: 'v1' } as HostDataset['records'];
const compiled = compileMatcher(records);
const held: HostDataset = { records, matcher: loadMatcher(packMatcher(compiled)) };
const PIECES = [
  'Mohsin Naqvi met officials in Karachi on Friday.',
  'Later Naqvi said the BLA had attacked Peshawar.',
  'The Balochistan Liberation Army denied it; Naqvi did not reply.',
];
const ARTICLE_DATE = '2024-11-08';
const dated = { articleDate: ARTICLE_DATE, isArticleDateKnown: true };

const setUp = (datasetFor: () => Promise<HostDataset | null> = async () => held) =>
  clientOfMemoryHost(servingHeld(datasetFor));
const piece = (text: string, carry = 1, seed: [string, string][] = []) => ({
  carry,
  seed,
  articleDate: ARTICLE_DATE,
  text,
});
const surfaces = (mentions: { surface: string }[]) => mentions.map((m) => m.surface);

describe('matching in the background', () => {
  it('finds what the page would, names carried from piece to piece', async () => {
    const { client } = setUp();
    const remote = await Promise.all(PIECES.map((t) => client.match(piece(t))));
    const carry = createContextCarry();
    const local = PIECES.map((t) =>
      findMentionsCarried(held.matcher, t, carry, { articleDate: ARTICLE_DATE }),
    );
    expect(remote).toEqual(local);
    // The surname in a later piece was found through the carried full name.
    expect(surfaces(remote[1]!)).toContain('Naqvi');
  });

  it('keeps each scan’s carried names apart', async () => {
    const { client } = setUp();
    await client.match(piece(PIECES[0]!, 1));
    expect(surfaces(await client.match(piece('Later Naqvi spoke.', 1)))).toContain('Naqvi');
    expect(surfaces(await client.match(piece('Later Naqvi spoke.', 2)))).not.toContain('Naqvi');
  });

  it('answers nothing, at once, for pieces of a scan the page has replaced', async () => {
    const { client } = setUp();
    await client.match(piece(PIECES[0]!, 2));
    expect(await client.match(piece(PIECES[0]!, 1))).toEqual([]);
    expect(surfaces(await client.match(piece(PIECES[0]!, 2)))).toEqual(['Mohsin Naqvi', 'Karachi']);
  });

  it('starts from the names the page carried when it lost its own (it was restarted)', async () => {
    const { client } = setUp();
    const seed: [string, string][] = [['mohsin-naqvi', 'Mohsin Naqvi']];
    // Carry 7 is new to this host: without the seed the surname has nothing to follow.
    expect(surfaces(await client.match(piece('Later Naqvi spoke.', 7)))).toEqual([]);
    expect(surfaces(await client.match(piece('Later Naqvi spoke.', 8, seed)))).toEqual(['Naqvi']);
    // Once it holds names for a carry, the seed is not read again.
    expect(surfaces(await client.match(piece('Later Naqvi spoke.', 7, seed)))).toEqual([]);
  });

  it('gives mentions their kinds when the stored matcher kept none', async () => {
    const { client } = setUp(async () => ({
      records,
      matcher: loadMatcher(packMatcherV2(compiled)),
    }));
    const mentions = await client.match(piece(PIECES[0]!));
    expect(mentions.map((m) => m.kind)).toEqual(['person', 'place']);
  });

  it('matches before the records are read, and reads them for the first card', async () => {
    let release!: () => void;
    const readable = new Promise<void>((resolve) => (release = resolve));
    const withRecords = vi.fn(async () => {
      await readable;
      return held;
    });
    const { client } = clientOfMemoryHost(async () => ({ matcher: held.matcher, withRecords }));
    // Kinds come with the packed matcher: the records are not needed to match.
    const mentions = await client.match(piece(PIECES[0]!));
    expect(mentions.map((m) => [m.surface, m.kind])).toEqual([
      ['Mohsin Naqvi', 'person'],
      ['Karachi', 'place'],
    ]);
    expect(withRecords).not.toHaveBeenCalled();
    const card = client.card({ entityId: 'karachi', ...dated, pageEntityIds: [] });
    release();
    expect((await card)?.name).toBe('Karachi');
    expect(withRecords).toHaveBeenCalledOnce();
  });

  it('answers a card asked while the dataset changed with the dataset served now', async () => {
    const gone = {
      matcher: held.matcher,
      withRecords: async () => {
        throw new Error('the stored dataset is no longer the one being served');
      },
    };
    const served = [gone, servedNow(held)];
    const { client } = clientOfMemoryHost(async () => served.shift() ?? servedNow(held));
    const card = await client.card({ entityId: 'karachi', ...dated, pageEntityIds: [] });
    expect(card?.name).toBe('Karachi');
  });

  it('fails a card whose records cannot be read, and goes on matching', async () => {
    const { client } = clientOfMemoryHost(async () => ({
      matcher: held.matcher,
      withRecords: async () => {
        throw new Error('the stored dataset is no longer the one being served');
      },
    }));
    const card = client.card({ entityId: 'karachi', ...dated, pageEntityIds: [] });
    await expect(card).rejects.toThrow(/no longer the one being served/);
    await expect(card).rejects.not.toBeInstanceOf(DatasetUnavailableError);
    expect(surfaces(await client.match(piece(PIECES[0]!)))).toEqual(['Mohsin Naqvi', 'Karachi']);
  });
});

describe('cards and summaries from the background', () => {
  const index = indexDataset(records);

  it('builds the card the page would', async () => {
    const { client } = setUp();
    const context = { ...dated, pageEntityIds: ['mohsin-naqvi', 'karachi'] };
    const card = await client.card({ entityId: 'karachi', ...context });
    expect(card).toEqual(buildCardModel(index, 'karachi', context));
    expect(card?.name).toBe('Karachi');
    expect(await client.card({ entityId: 'nobody', ...context })).toBeNull();
  });

  it('builds the summary the page would, with the dataset version', async () => {
    const { client } = setUp();
    const counts = new Map([
      ['mohsin-naqvi', 2],
      ['karachi', 1],
    ]);
    const summary = await client.summary({ counts: [...counts], ...dated });
    expect(summary).toEqual({
      ...buildPageSummary(index, counts, ARTICLE_DATE, true),
      datasetVersion: 'v1',
    });
  });
});

describe('when the background cannot serve', () => {
  it('says it cannot serve when no dataset is installed or it cannot load', async () => {
    const none = setUp(async () => null);
    const noDataset = none.client.match(piece('x'));
    await expect(noDataset).rejects.toThrow(/no dataset is installed/);
    await expect(noDataset).rejects.toBeInstanceOf(DatasetUnavailableError);
    const broken = setUp(async () => {
      throw new Error('storage is damaged');
    });
    const card = broken.client.card({ entityId: 'x', ...dated, pageEntityIds: [] });
    await expect(card).rejects.toThrow(/could not be loaded: storage is damaged/);
    await expect(card).rejects.toBeInstanceOf(DatasetUnavailableError);
  });

  it('fails only the request it could not answer, and goes on serving', async () => {
    const throwing: HostDataset = {
      ...held,
      // A dataset whose index cannot be built (cards need it): matching still works.
      records: { ...records, entities: null as unknown as HostDataset['records']['entities'] },
    };
    const { client } = setUp(async () => throwing);
    const card = client.card({ entityId: 'karachi', ...dated, pageEntityIds: [] });
    await expect(card).rejects.toThrow();
    await expect(card).rejects.not.toBeInstanceOf(DatasetUnavailableError);
    expect(surfaces(await client.match(piece(PIECES[0]!)))).toEqual(['Mohsin Naqvi', 'Karachi']);
  });

  it('sends what was out again when the host goes away, on a new port', async () => {
    const { client, pairs } = setUp();
    const out = client.match(piece(PIECES[0]!));
    pairs[0]!.drop();
    expect(surfaces(await out)).toEqual(['Mohsin Naqvi', 'Karachi']);
    expect(pairs).toHaveLength(2);
  });

  it('gives up on a request whose port went away twice', async () => {
    const { client, pairs } = setUp();
    const out = client.match(piece(PIECES[0]!));
    pairs[0]!.drop();
    pairs[1]!.drop();
    await expect(out).rejects.toBeInstanceOf(DatasetUnavailableError);
    // The next request connects again.
    expect(surfaces(await client.match(piece(PIECES[0]!, 2)))).toHaveLength(2);
  });

  it('gives up on a silent background after the time-out', async () => {
    vi.useFakeTimers();
    try {
      const client = createDatasetClient(() => memoryHostPorts().page, { timeoutMs: 1_000 });
      const out = client.match(piece('x'));
      vi.advanceTimersByTime(1_001);
      await expect(out).rejects.toThrow(/no answer from the background in 1000 ms/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds requests back while suspended and sends them on resume', async () => {
    const { client, pairs } = setUp();
    const out = client.match(piece(PIECES[0]!));
    client.suspend();
    await new Promise((r) => setTimeout(r, 5));
    expect(pairs).toHaveLength(1);
    client.resume();
    expect(surfaces(await out)).toEqual(['Mohsin Naqvi', 'Karachi']);
    expect(pairs).toHaveLength(2);
  });

  it('rejects at once when the extension cannot be reached', async () => {
    const client = createDatasetClient(() => {
      throw new Error('Extension context invalidated.');
    });
    await expect(client.match(piece('x'))).rejects.toBeInstanceOf(DatasetUnavailableError);
  });

  it('ignores stray and malformed messages on either side', async () => {
    const serve = createDatasetHost({ datasetFor: async () => servedNow(held) });
    const pair = memoryHostPorts();
    serve(pair.host);
    const replies: unknown[] = [];
    pair.page.onMessage((m) => replies.push(m));
    pair.page.send({ type: 'match', id: 'x' });
    pair.page.send({ type: 'card', id: 2, entityId: 'karachi', articleDate: ARTICLE_DATE });
    pair.page.send({ type: 'summary', id: 3, counts: [['karachi', -1]], ...dated });
    pair.page.send('hello');
    await new Promise((r) => setTimeout(r, 10));
    // Addressed ones get an answer, so no page waits for ever.
    expect(replies).toEqual([
      { id: 2, error: 'malformed request' },
      { id: 3, error: 'malformed request' },
    ]);

    const client = createDatasetClient(() => {
      const p = memoryHostPorts();
      serve(p.host);
      // A reply to an id nobody asked for.
      p.host.send({ id: 999, mentions: { strings: [], ints: [] } });
      return p.page;
    });
    expect(await client.match(piece(PIECES[0]!))).toHaveLength(2);
  });

  it.each([
    ['mentions', { mentions: { strings: [], ints: [0, 99, 0, 0, 0, 0, -1] } }, /damaged mentions/],
    ['a card', { card: { name: 'no id' } }, /damaged card/],
    ['a summary', { summary: { groups: 'x' } }, /damaged summary/],
  ])('rejects a reply with damaged %s', async (what, body, error) => {
    const client = createDatasetClient(() => {
      const p = memoryHostPorts();
      p.host.onMessage((m) => p.host.send({ id: (m as { id: number }).id, ...body }));
      return p.page;
    });
    const ask =
      what === 'mentions'
        ? client.match(piece('short'))
        : what === 'a card'
          ? client.card({ entityId: 'x', ...dated, pageEntityIds: [] })
          : client.summary({ counts: [], ...dated });
    await expect(ask).rejects.toThrow(error);
  });

  it('closes its port for good when disposed, failing what is still out', async () => {
    const { client, pairs } = setUp();
    const out = client.match(piece(PIECES[0]!));
    const closed = vi.fn();
    pairs[0]!.host.onDisconnect(closed);
    client.dispose();
    await expect(out).rejects.toBeInstanceOf(DatasetUnavailableError);
    expect(closed).toHaveBeenCalledOnce();
    await expect(client.match(piece('x'))).rejects.toThrow(/closed/);
    expect(pairs).toHaveLength(1);
  });

  it('goes on answering after a reply could not be sent', async () => {
    const serve = createDatasetHost({ datasetFor: async () => servedNow(held) });
    const pair = memoryHostPorts();
    let fails = 1;
    const send = pair.host.send;
    pair.host.send = (m) => {
      if (fails-- > 0) throw new Error('port closed under us');
      send(m);
    };
    serve(pair.host);
    const replies: unknown[] = [];
    pair.page.onMessage((m) => replies.push(m));
    pair.page.send({ type: 'match', id: 1, ...piece('Karachi.') });
    pair.page.send({ type: 'match', id: 2, ...piece('Karachi.') });
    await new Promise((r) => setTimeout(r, 20));
    expect(replies.map((r) => (r as { id: number }).id)).toEqual([2]);
  });
});
