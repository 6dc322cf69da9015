/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { insideAny } from './page-marks';

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
