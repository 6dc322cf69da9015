/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text';
import { createBlocksReader } from './blocks-reader';
import { BLOCK_SEPARATOR } from './page-text';

describe('createBlocksReader', () => {
  it('reads many small blocks as few pieces, text and offsets as the article has them', () => {
    document.body.innerHTML = `<article>${Array.from(
      { length: 300 },
      (_, i) => `<p>Post ${i}: <b>Karachi</b> update.</p>`,
    ).join('')}</article>`;
    const blocks = [...document.querySelectorAll('p')];
    const reader = createBlocksReader(blocks);
    const pieces = [];
    for (let p = reader.read(2_000); p; p = reader.read(2_000)) pieces.push(p);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.length).toBeLessThan(10);
    expect(pieces.map((p) => p.text).join(BLOCK_SEPARATOR)).toBe(
      extractText(document.querySelector('article')!).text,
    );
    for (const p of pieces) {
      for (const s of p.segments) expect(p.text.slice(s.start, s.end)).toBe(s.node.data);
    }
  });

  it('skips empty blocks and returns null when nothing is left', () => {
    document.body.innerHTML = '<p></p><p>Quetta</p><p>  </p>';
    const reader = createBlocksReader([...document.querySelectorAll('p')]);
    expect(reader.read(100)?.text).toBe('Quetta');
    expect(reader.read(100)).toBeNull();
    expect(createBlocksReader([]).read(100)).toBeNull();
  });
});
