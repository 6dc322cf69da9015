/** @vitest-environment happy-dom */
import { beforeEach, describe, expect, it } from 'vitest';
import { AnchoredRange, anchoredOf, compareStarts, rangeAt } from './anchored-range';

let p: HTMLElement;
let first: Text;
let second: Text;

beforeEach(() => {
  document.body.innerHTML = '<p>Mohsin Naqvi met <b>Jiang Zaidong</b> in Islamabad.</p>';
  p = document.querySelector('p')!;
  first = p.firstChild as Text;
  second = p.querySelector('b')!.firstChild as Text;
});

describe('AnchoredRange', () => {
  it('makes its Range on first read, keeps it, and reads boundaries without one', () => {
    const place = { startNode: first, startOffset: 7, endNode: first, endOffset: 12 };
    const mark = new AnchoredRange(place, document);
    expect(mark.isLive).toBe(false);
    expect(mark.boundaries()).toBe(place);
    expect(mark.range.toString()).toBe('Naqvi');
    expect(mark.isLive).toBe(true);
    expect(mark.range).toBe(mark.range);
  });

  it('keeps where its live Range is when released, and makes a new one there on the next read', () => {
    const mark = new AnchoredRange(
      { startNode: second, startOffset: 6, endNode: second, endOffset: 13 },
      document,
    );
    const live = mark.range;
    expect(live.toString()).toBe('Zaidong');
    // What the browser does to a live Range when the page edits the text before it.
    second.insertData(0, 'Ambassador ');
    live.setStart(second, 17);
    live.setEnd(second, 24);
    mark.release();
    expect(mark.isLive).toBe(false);
    expect(mark.boundaries()).toMatchObject({ startOffset: 17, endOffset: 24 });
    expect(mark.range).not.toBe(live);
    expect(mark.range.toString()).toBe('Zaidong');
  });

  it('clamps offsets to a node the page has shortened since', () => {
    const mark = new AnchoredRange(
      { startNode: first, startOffset: 7, endNode: first, endOffset: 12 },
      document,
    );
    first.data = 'Mohsin';
    expect(() => mark.range).not.toThrow();
    expect(mark.range.toString()).toBe('');
  });
});

const at = (node: Node, offset: number) => ({
  startNode: node,
  startOffset: offset,
  endNode: node,
  endOffset: offset,
});

describe('compareStarts', () => {
  it('orders by node in document order, then by offset', () => {
    expect(compareStarts(at(first, 0), at(second, 0), document)).toBeLessThan(0);
    expect(compareStarts(at(second, 0), at(first, 9), document)).toBeGreaterThan(0);
    expect(compareStarts(at(first, 7), at(first, 0), document)).toBeGreaterThan(0);
    expect(compareStarts(at(first, 3), at(first, 3), document)).toBe(0);
  });

  it('agrees with Range.compareBoundaryPoints when one boundary sits in an element', () => {
    // Offset 1 in <p> is after its first text node and before <b>.
    const cases: [Node, number, Node, number][] = [
      [p, 1, first, 5],
      [p, 1, second, 0],
      [p, 0, first, 0],
      [second, 2, p, 3],
    ];
    for (const [a, ao, b, bo] of cases) {
      const expected = rangeAt(at(a, ao), document).compareBoundaryPoints(
        0,
        rangeAt(at(b, bo), document),
      );
      expect(Math.sign(compareStarts(at(a, ao), at(b, bo), document))).toBe(expected);
    }
  });

  it('anchoredOf reads an existing Range', () => {
    const range = rangeAt(
      { startNode: first, startOffset: 0, endNode: first, endOffset: 6 },
      document,
    );
    const wrapped = anchoredOf(range);
    expect(wrapped.range).toBe(range);
    expect(wrapped.boundaries()).toEqual({
      startNode: first,
      startOffset: 0,
      endNode: first,
      endOffset: 6,
    });
  });
});
