/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extractText } from '../article/extract-text';
import { createMentionIndex, hitTest } from './hit-test';
import { AnchoredRange, anchoredOf } from './anchored-range';
import { boundariesForSpans, rangesForMentions } from './ranges-for-mentions';

type Rect = { left: number; right: number; top: number; bottom: number };
type Caret = { offsetNode: Node; offset: number } | null;

const caretDoc = document as unknown as {
  caretPositionFromPoint?: unknown;
  caretRangeFromPoint?: unknown;
};
let caret: Caret = null;

/** Mounts a paragraph, marks `names`, and gives mark i the client rects `rects[i]`. */
const setup = (html: string, names: string[], rects: Rect[][]) => {
  const parsed = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const pageText = extractText(document.getElementById('root')!);
  const spans = names.map((n) => ({
    start: pageText.text.indexOf(n),
    end: pageText.text.indexOf(n) + n.length,
  }));
  const ranges = rangesForMentions(pageText, spans, document);
  ranges.forEach((range, i) => {
    range.getClientRects = () => (rects[i] ?? []) as unknown as DOMRectList;
  });
  return {
    index: createMentionIndex(ranges.map(anchoredOf)),
    textNodes: pageText.segments.map((s) => s.node),
  };
};

const LINE_1 = { left: 100, right: 200, top: 10, bottom: 30 };
const LINE_2 = { left: 0, right: 60, top: 30, bottom: 50 };

beforeEach(() => {
  caret = null;
  caretDoc.caretPositionFromPoint = () => caret;
});
afterEach(() => {
  delete caretDoc.caretPositionFromPoint;
  delete caretDoc.caretRangeFromPoint;
});

describe('hitTest', () => {
  // Text nodes: 0 "Officials said ", 1 "Mohsin", 2 " Naqvi met ", 3 "Asim Munir", 4 " today."
  const html = '<p>Officials said <a>Mohsin</a> Naqvi met <b>Asim Munir</b> today.</p>';
  const names = ['Mohsin Naqvi', 'Asim Munir'];
  const rects = [[LINE_1], [LINE_2]];

  it.each([
    ['a point on the first part of a split name', 1, 3, [150, 20], 0],
    ['a point on the second part of a split name', 2, 3, [190, 20], 0],
    ['the caret just after the last letter', 2, 6, [199, 20], 0],
    ['a name wrapped onto the next line', 3, 2, [30, 40], 1],
    ['text between two marks', 2, 8, [150, 20], null],
    ['plain text before any mark', 0, 4, [40, 20], null],
    ['a caret snapped to a mark from the margin', 1, 0, [400, 20], null],
    ['a point below the line the caret snapped to', 3, 9, [30, 90], null],
  ])('for %s returns %s', (_label, nodeIndex, offset, [x, y], expected) => {
    const { index, textNodes } = setup(html, names, rects);
    caret = { offsetNode: textNodes[nodeIndex]!, offset };
    expect(hitTest(index, document, x!, y!)).toBe(expected);
  });

  it('returns null when the caret lands outside any text', () => {
    const { index } = setup(html, names, rects);
    caret = { offsetNode: document.body, offset: 0 };
    expect(hitTest(index, document, 150, 20)).toBeNull();
    caret = null;
    expect(hitTest(index, document, 150, 20)).toBeNull();
  });

  it('falls back to caretRangeFromPoint', () => {
    const { index, textNodes } = setup(html, names, rects);
    delete caretDoc.caretPositionFromPoint;
    caretDoc.caretRangeFromPoint = () => {
      const range = document.createRange();
      range.setStart(textNodes[3]!, 1);
      return range;
    };
    expect(hitTest(index, document, 30, 40)).toBe(1);
  });

  it('returns null when neither caret API exists', () => {
    const { index } = setup(html, names, rects);
    delete caretDoc.caretPositionFromPoint;
    expect(hitTest(index, document, 150, 20)).toBeNull();
  });
});

describe('createMentionIndex', () => {
  it('lists each mark under every text node it covers, in order', () => {
    const { index, textNodes } = setup(
      '<p>Officials said <a>Mohsin</a> Naqvi met <b>Asim Munir</b> today.</p>',
      ['Mohsin Naqvi', 'Asim Munir'],
      [],
    );
    expect(index.byNode.get(textNodes[1]!)).toEqual([0, 0, 6]);
    expect(index.byNode.get(textNodes[2]!)).toEqual([0, 0, 6]);
    expect(index.byNode.get(textNodes[3]!)).toEqual([1, 0, 10]);
    expect(index.byNode.has(textNodes[0]!)).toBe(false);
  });

  it('sorts marks within a node by their start', () => {
    const { index, textNodes } = setup(
      '<p>Karachi, Lahore and Quetta</p>',
      ['Quetta', 'Karachi', 'Lahore'],
      [],
    );
    expect(index.byNode.get(textNodes[0]!)).toEqual([1, 0, 7, 2, 9, 15, 0, 20, 26]);
  });
});

describe('createMentionIndex over anchored marks', () => {
  it('indexes without making ranges, and hit-testing makes one only for the mark under the pointer', () => {
    document.body.innerHTML = '<div id="root"><p>Karachi, <i>Lahore</i> and Quetta</p></div>';
    const pageText = extractText(document.getElementById('root')!);
    const spans = ['Karachi', 'Lahore', 'Quetta'].map((n) => ({
      start: pageText.text.indexOf(n),
      end: pageText.text.indexOf(n) + n.length,
    }));
    const marks = boundariesForSpans(pageText, spans).map((b) => new AnchoredRange(b, document));
    const index = createMentionIndex(marks);
    expect(marks.map((m) => m.isLive)).toEqual([false, false, false]);
    const [first, lahore] = pageText.segments.map((s) => s.node);
    expect(index.byNode.get(first!)).toEqual([0, 0, 7]);
    expect(index.byNode.get(lahore!)).toEqual([1, 0, 6]);
    caret = { offsetNode: lahore!, offset: 2 };
    const rects = vi
      .spyOn(Range.prototype, 'getClientRects')
      .mockReturnValue([LINE_1] as unknown as DOMRectList);
    try {
      expect(hitTest(index, document, 150, 20)).toBe(1);
    } finally {
      rects.mockRestore();
    }
    expect(marks.map((m) => m.isLive)).toEqual([false, true, false]);
  });

  it('indexes a mark whose end node the page replaced without walking past it, and makes no Range', () => {
    document.body.innerHTML =
      '<div id="root"><p>The envoy Jiang <b>Zaidong</b> met officials.</p><p>More text.</p><p>And more.</p></div>';
    const pageText = extractText(document.getElementById('root')!);
    const start = pageText.text.indexOf('Jiang Zaidong');
    const [place] = boundariesForSpans(pageText, [{ start, end: start + 'Jiang Zaidong'.length }]);
    const mark = new AnchoredRange(place!, document);
    document.querySelector('b')!.textContent = 'Zaidong';
    const index = createMentionIndex([mark]);
    expect(index.byNode.size).toBeLessThanOrEqual(2);
    expect(mark.isLive).toBe(false);
  });
});
