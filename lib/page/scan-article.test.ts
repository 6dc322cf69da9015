/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { compileMatcher, loadMatcher, type Mention } from '../match';
import { testDataset } from '../match/test-dataset';
import { createContextCarry, findMentionsCarried } from './context-carry';
import { localPieceMatch, scanArticle, type ScanPiece } from './scan-article';

const matcher = loadMatcher(compileMatcher(testDataset()));

/** Runs a scan of `paragraphs` paragraphs with a clock that advances `msPerRead` per reading. */
async function pausesOf(paragraphs: number, msPerRead: number, rendersWhenAsked = true) {
  document.body.innerHTML = `<article>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: Mohsin Naqvi met officials in Karachi on Friday.</p>`,
  ).join('')}</article>`;
  let clock = 0;
  const pauses: string[] = [];
  const root = document.querySelector('article')!;
  const stats = await scanArticle({
    root,
    match: localPieceMatch(matcher, createContextCarry(), '2024-11-08'),
    visibleFrom: root.querySelector('p')!.firstChild as Text,
    onPiece: () => {},
    isCancelled: () => false,
    budgetMs: 8,
    now: () => (clock += msPerRead),
    yieldToPage: async () => {
      pauses.push('yield');
    },
    waitForFrame: async () => {
      pauses.push('frame');
      return rendersWhenAsked;
    },
  });
  return { pauses, stats: stats! };
}

describe('scanArticle', () => {
  it('lets the page render right after marking the visible part', async () => {
    const { pauses } = await pausesOf(40, 0.5);
    expect(pauses[0]).toBe('frame');
  });

  it('lets the page render at least every 50 ms of a long scan, and only yields in between', async () => {
    const { pauses, stats } = await pausesOf(2_000, 5);
    expect(stats.tasks).toBeGreaterThan(20);
    expect(pauses.filter((p) => p === 'yield').length).toBeGreaterThan(5);
    expect(pauses.filter((p) => p === 'frame').length).toBeGreaterThan(5);
    // Tasks of 10–20 clock ms: a frame comes within every few of them.
    let sinceFrame = 0;
    for (const p of pauses) {
      sinceFrame = p === 'frame' ? 0 : sinceFrame + 1;
      expect(sinceFrame).toBeLessThan(5);
    }
  });

  it('stops asking for frames once the page did not render when asked (still loading, hidden)', async () => {
    const { pauses } = await pausesOf(2_000, 5, false);
    expect(pauses.filter((p) => p === 'frame')).toEqual(['frame']);
    expect(pauses.length).toBeGreaterThan(5);
  });
});

/** A scan of `paragraphs` paragraphs whose pieces are matched elsewhere, answered as `answer` says. */
async function remoteScan(
  paragraphs: number,
  answer: (text: string, index: number) => Promise<Mention[]>,
  isCancelled = () => false,
) {
  document.body.innerHTML = `<article>${Array.from(
    { length: paragraphs },
    (_, i) => `<p>Paragraph ${i}: Mohsin Naqvi met officials in Karachi on Friday.</p>`,
  ).join('')}</article>`;
  const root = document.querySelector('article')!;
  const pieces: ScanPiece[] = [];
  let sent = 0;
  let out = 0;
  let mostOut = 0;
  const stats = await scanArticle({
    root,
    match: (text) => {
      out++;
      mostOut = Math.max(mostOut, out);
      return answer(text, sent++).finally(() => out--);
    },
    visibleFrom: root.querySelector('p')!.firstChild as Text,
    onPiece: (p) => pieces.push(p),
    isCancelled,
    budgetMs: 8,
    yieldToPage: () => new Promise((r) => setTimeout(r, 0)),
    waitForFrame: () => new Promise((r) => setTimeout(() => r(true), 0)),
  });
  return { stats, pieces, sent, mostOut };
}

const localMentions = (text: string) =>
  findMentionsCarried(matcher, text, createContextCarry(), { articleDate: '2024-11-08' });
const later = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('scanArticle matching elsewhere', () => {
  it('hands the pieces over in reading order, however the answers come back', async () => {
    // Later pieces come back first.
    const { stats, pieces, sent } = await remoteScan(3_000, async (text, i) => {
      await later(i % 3 === 0 ? 6 : 0);
      return localMentions(text);
    });
    expect(sent).toBeGreaterThan(3);
    expect(stats!.pieces).toBe(sent);
    expect(pieces[0]!.isVisible).toBe(true);
    // Paragraph numbers of each piece's first node: ascending after the visible piece.
    const firsts = pieces
      .slice(1)
      .map((p) => Number(/\d+/.exec(p.pageText.segments[0]!.node.data)![0]));
    expect(firsts).toEqual(firsts.toSorted((a, b) => a - b));
    expect(new Set(firsts).size).toBe(firsts.length);
    const marks = pieces.flatMap((p) =>
      p.mentions.map((m) => p.pageText.text.slice(m.start, m.end)),
    );
    expect(marks.filter((m) => m === 'Karachi')).toHaveLength(3_000);
  });

  it('keeps a bounded number of pieces out at once', async () => {
    const { mostOut, sent } = await remoteScan(20_000, async (text) => {
      await later(2);
      return localMentions(text);
    });
    expect(sent).toBeGreaterThan(10);
    expect(mostOut).toBeGreaterThan(1);
    expect(mostOut).toBeLessThanOrEqual(8);
  });

  it('fails with the first failure, and leaves no rejection unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(
        remoteScan(3_000, async (text, i) => {
          if (i >= 2) throw new Error(`piece ${i} failed`);
          return localMentions(text);
        }),
      ).rejects.toThrow('piece 2 failed');
      await later(20);
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('stops when cancelled while waiting for a piece', async () => {
    let cancelled = false;
    const { stats, pieces } = await remoteScan(
      3_000,
      async (text, i) => {
        if (i === 3) cancelled = true;
        await later(1);
        return localMentions(text);
      },
      () => cancelled,
    );
    expect(stats).toBeNull();
    expect(pieces.length).toBeLessThan(4);
  });
});
