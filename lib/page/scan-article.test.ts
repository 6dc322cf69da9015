/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { compileMatcher, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { scanArticle } from './scan-article';

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
    matcher,
    articleDate: '2024-11-08',
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
