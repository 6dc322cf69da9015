/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { insideAny, isGone } from './page-marks';

describe('insideAny', () => {
  it('says whether a node lies in one of the blocks, as contains() would', () => {
    document.body.innerHTML =
      '<article><p id="a">One <b>two</b></p><p id="b">Three <i>four <u>five</u></i></p><p id="c">Six</p></article>';
    const blocks = [document.getElementById('a')!, document.getElementById('b')!];
    const inside = insideAny(blocks);
    const texts: Node[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n);
    // Asked twice, in both orders, so remembered answers are checked too.
    for (const node of [...texts, ...texts.reverse(), ...blocks, document.body]) {
      expect(inside(node)).toBe(blocks.some((b) => b.contains(node)));
    }
  });
});

const on = (startNode: Node, startOffset: number, endNode: Node, endOffset: number) => ({
  startNode,
  startOffset,
  endNode,
  endOffset,
});

describe('isGone', () => {
  it('tells a mark on text still in the page from one whose text was removed or emptied', () => {
    document.body.innerHTML = '<p id="p">Mohsin Naqvi met <b>Jiang Zaidong</b>.</p>';
    const p = document.getElementById('p')!;
    const first = p.firstChild as Text;
    const bold = p.querySelector('b')!.firstChild as Text;
    expect(isGone(on(first, 0, first, 12))).toBe(false);
    expect(isGone(on(first, 7, bold, 5))).toBe(false);
    // A live Range over removed text collapses onto the parent element.
    expect(isGone(on(p, 0, p, 0))).toBe(true);
    // One over emptied text collapses within its node.
    expect(isGone(on(first, 0, first, 0))).toBe(true);
    bold.remove();
    expect(isGone(on(bold, 0, bold, 5))).toBe(true);
    expect(isGone(on(first, 7, bold, 5))).toBe(true);
  });
});
