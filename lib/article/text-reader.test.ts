/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { extractText } from './extract-text';
import { createTextReader } from './text-reader';

const BODY =
  '<h1>Mohsin Naqvi in Quetta</h1><p>The <a href="#">Interior Minister</a> met <b>Li</b> Qiang.</p>' +
  '<nav>Home Share</nav><div>Before<p>Inside</p>After</div><ul><li>One</li><li>Two</li></ul>' +
  '<p>Asim<br>Munir</p><aside>Related</aside><p>  </p><p>Last words here.</p>';

const rootOf = (body: string) => {
  const doc = new DOMParser().parseFromString(
    `<html><body><article id="r">${body}</article></body></html>`,
    'text/html',
  );
  return doc.getElementById('r')!;
};

describe('createTextReader', () => {
  it.each([1, 5, 20, 10_000])(
    'reads the same text as extractText in pieces of %i characters',
    (size) => {
      const root = rootOf(BODY);
      const whole = extractText(root);
      const reader = createTextReader(root);
      const pieces: string[] = [];
      const nodes: Text[] = [];
      for (let piece = reader.read(size); piece; piece = reader.read(size)) {
        pieces.push(piece.text);
        for (const s of piece.segments) {
          expect(piece.text.slice(s.start, s.end)).toBe(s.node.data.replace(/[\n\r\t\f\v]/g, ' '));
          nodes.push(s.node);
        }
      }
      expect(pieces.join('\n')).toBe(whole.text);
      expect(nodes).toEqual(whole.segments.map((s) => s.node));
    },
  );

  it('cuts pieces only at block boundaries', () => {
    const reader = createTextReader(
      rootOf('<p>Mohsin <b>Naqvi</b> and <i>Li</i> Qiang</p><p>Next</p>'),
    );
    expect(reader.read(3)?.text).toBe('Mohsin Naqvi and Li Qiang');
    expect(reader.read(3)?.text).toBe('Next');
    expect(reader.read(3)).toBeNull();
  });

  it('starts at a given node and leaves out skipped nodes', () => {
    const root = rootOf('<p>One</p><p>Two</p><p>Three</p>');
    const two = root.querySelectorAll('p')[1]!.firstChild as Text;
    const first = createTextReader(root);
    first.seek(two);
    expect(first.read(1)?.text).toBe('Two');
    const rest = createTextReader(root);
    expect(rest.read(100, new Set([two]))).toMatchObject({ text: 'One', skippedBefore: false });
    expect(rest.read(100, new Set([two]))).toMatchObject({ text: 'Three', skippedBefore: true });
  });
});
