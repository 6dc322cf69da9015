/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AnchoredRange } from './anchored-range';
import { installFakeHighlightApi } from './fake-highlight-api';
import {
  blockOf,
  createNearViewportPainter,
  type MakeObserver,
  windowObserver,
} from './near-viewport-painter';

let api: ReturnType<typeof installFakeHighlightApi>;

/** A fake IntersectionObserver: the test says which targets are near. */
function fakeObserver() {
  const observed = new Set<Element>();
  let callback: Parameters<MakeObserver>[0] | undefined;
  let margin = '';
  const make: MakeObserver = (cb, rootMargin) => {
    callback = cb;
    margin = rootMargin;
    return {
      observe: (t) => observed.add(t),
      unobserve: (t) => observed.delete(t),
      disconnect: () => observed.clear(),
    };
  };
  return {
    make,
    observed,
    margin: () => margin,
    report: (near: Element[], far: Element[] = [], boxless: Element[] = []) =>
      callback?.([
        ...near.map((target) => ({ target, isIntersecting: true })),
        ...far.map((target) => ({
          target,
          isIntersecting: false,
          boundingClientRect: { width: 600, height: 40 },
        })),
        ...boxless.map((target) => ({
          target,
          isIntersecting: false,
          boundingClientRect: { width: 0, height: 0 },
        })),
      ]),
  };
}

/** Paragraphs with one mark over each word: returns the blocks and their marks. */
function page(words: string[][]) {
  document.body.innerHTML = words
    .map((ws) => `<p>${ws.map((w) => `<b>${w}</b>`).join(' ')}</p>`)
    .join('');
  const blocks = [...document.querySelectorAll('p')];
  const marks = blocks.map((p) =>
    [...p.querySelectorAll('b')].map((b) => {
      const range = document.createRange();
      range.selectNodeContents(b.firstChild!);
      return { range, kind: 'person' };
    }),
  );
  return { blocks, marks };
}

const painted = () => api.registry.get('backstory-person')?.size ?? 0;

beforeEach(() => {
  api = installFakeHighlightApi();
});
afterEach(() => api.uninstall());

/** The same page, its marks as anchored ranges (no Range until painted). */
function anchoredPage(words: string[][]) {
  const { blocks, marks } = page(words);
  const anchored = marks.map((list) =>
    list.map(({ range, kind }) =>
      Object.assign(
        new AnchoredRange(
          {
            startNode: range.startContainer,
            startOffset: range.startOffset,
            endNode: range.endContainer,
            endOffset: range.endOffset,
          },
          document,
        ),
        { kind },
      ),
    ),
  );
  return { blocks, marks: anchored };
}

describe('createNearViewportPainter', () => {
  it('makes Ranges only for marks it paints and lets them go when their block moves away', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = anchoredPage([['a', 'b'], ['c']]);
    painter.add(marks.flat());
    expect(marks.flat().map((m) => m.isLive)).toEqual([false, false, false]);
    io.report([blocks[1]!]);
    expect(marks.flat().map((m) => m.isLive)).toEqual([false, false, true]);
    expect(painted()).toBe(1);
    io.report([blocks[0]!], [blocks[1]!]);
    expect(marks.flat().map((m) => m.isLive)).toEqual([true, true, false]);
    expect(painted()).toBe(2);
    // Removing marks never painted makes no Range for them.
    painter.remove([marks[1]![0]!]);
    expect(marks[1]![0]!.isLive).toBe(false);
    painter.remove([marks[0]![0]!]);
    expect(marks[0]![0]!.isLive).toBe(false);
    expect(painted()).toBe(1);
  });

  it('paints a block only while it is near the viewport', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a', 'b'], ['c'], ['d', 'e', 'f']]);
    painter.add(marks.flat());
    expect(painted()).toBe(0);
    expect(io.observed).toEqual(new Set(blocks));
    expect(io.margin()).toBe('200% 0px');
    io.report([blocks[0]!, blocks[2]!]);
    expect(painted()).toBe(5);
    io.report([blocks[1]!], [blocks[0]!]);
    expect(painted()).toBe(4);
    io.report([], [blocks[1]!, blocks[2]!]);
    expect(painted()).toBe(0);
  });

  it('paints the on-screen part at once and later marks of a painted block too', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a', 'b'], ['c']]);
    painter.add([marks[0]![0]!], true);
    expect(painted()).toBe(1);
    painter.add([marks[0]![1]!, marks[1]![0]!]);
    expect(painted()).toBe(2);
    // The observer's first report for a block already painted changes nothing; a far one unpaints.
    io.report([blocks[0]!]);
    expect(painted()).toBe(2);
    io.report([], [blocks[0]!]);
    expect(painted()).toBe(0);
  });

  it('forgets removed marks and stops observing blocks left empty', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a', 'b'], ['c']]);
    painter.add(marks.flat());
    io.report(blocks);
    painter.remove([marks[0]![0]!, marks[1]![0]!]);
    expect(painted()).toBe(1);
    expect(painter.size()).toBe(1);
    expect(io.observed).toEqual(new Set([blocks[0]]));
    // A removed mark never comes back when its block is reported again.
    io.report([], [blocks[0]!]);
    io.report(blocks);
    expect(painted()).toBe(1);
  });

  it('keeps a block painted when its marks are replaced, new ones first', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a', 'b']]);
    painter.add([marks[0]![0]!]);
    io.report(blocks);
    // A rescan of the block: its new marks arrive, then the stale ones go.
    painter.add([marks[0]![1]!]);
    painter.remove([marks[0]![0]!]);
    expect(painted()).toBe(1);
    expect(io.observed).toEqual(new Set(blocks));
  });

  it('paints the marks of a block without a box of its own (display: contents)', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a'], ['b']]);
    painter.add(marks.flat());
    io.report([], [blocks[0]!], [blocks[1]!]);
    expect(painted()).toBe(1);
  });

  it('finds the new block of a node the page moved', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a'], ['b']]);
    painter.add(marks[0]!);
    // The page rebuilds the first paragraph, moving its children into a new one.
    const rebuilt = document.createElement('p');
    rebuilt.append(...blocks[0]!.childNodes);
    blocks[0]!.replaceWith(rebuilt);
    const range = document.createRange();
    range.selectNodeContents(rebuilt.querySelector('b')!.firstChild!);
    painter.add([{ range, kind: 'person' }]);
    expect(io.observed.has(rebuilt)).toBe(true);
  });

  it('clear unpaints everything and disconnects', () => {
    const io = fakeObserver();
    const painter = createNearViewportPainter({ makeObserver: io.make });
    const { blocks, marks } = page([['a'], ['b']]);
    painter.add(marks.flat(), true);
    painter.clear();
    expect(api.registry.size).toBe(0);
    expect(io.observed.size).toBe(0);
    expect(painter.size()).toBe(0);
    painter.add(marks[1]!);
    expect(io.observed).toEqual(new Set([blocks[1]]));
  });

  it('paints everything at once without an IntersectionObserver', () => {
    const painter = createNearViewportPainter({ makeObserver: null });
    const { marks } = page([['a', 'b'], ['c']]);
    painter.add(marks.flat());
    expect(painted()).toBe(3);
    painter.remove([marks[0]![0]!]);
    expect(painted()).toBe(2);
  });
});

describe('blockOf', () => {
  it('finds the nearest block ancestor, or the parent when there is none', () => {
    document.body.innerHTML = '<article><p>x <a href="#"><b>Naqvi</b></a></p></article>';
    const text = document.querySelector('b')!.firstChild!;
    expect(blockOf(text)).toBe(document.querySelector('p'));
    const span = document.createElement('span');
    span.textContent = 'loose';
    expect(blockOf(span.firstChild!)).toBe(span);
  });
});

describe('windowObserver', () => {
  it('is null for a window without IntersectionObserver', () => {
    expect(windowObserver({} as Window)).toBeNull();
    expect(windowObserver(null)).toBeNull();
  });
});
