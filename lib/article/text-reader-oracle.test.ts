/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReferenceTextReader } from '../../tests/helpers/reference-text-reader';
import { createTextReader, type TextReader } from './text-reader';

const TAGS = [
  'p',
  'div',
  'span',
  'b',
  'a',
  'br',
  'li',
  'nav',
  'aside',
  'h2',
  'img',
  'em',
  'section',
];
const ATTRS = ['', ' class="share"', ' hidden', ' href="#"', ' class="lead"', ' data-backstory-ui'];
const WORDS = ['Li Qiang', ' ', 'Asim Munir', '\n', 'met', ' the ', '', '\t Quetta '];

const html: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...WORDS),
    fc
      .tuple(
        fc.constantFrom(...TAGS),
        fc.constantFrom(...ATTRS),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, attr, kids]) =>
        tag === 'br' || tag === 'img'
          ? `<${tag}${attr}>`
          : `<${tag}${attr}>${kids.join('')}</${tag}>`,
      ),
  ),
})).node;

const rootOf = (body: string) => {
  const doc = new DOMParser().parseFromString(
    `<html><body><article id="r">${body}</article></body></html>`,
    'text/html',
  );
  return doc.getElementById('r')!;
};

const drain = (reader: TextReader, size: number, skip?: Set<Text>) => {
  const out: unknown[] = [];
  for (let p = reader.read(size, skip); p; p = reader.read(size, skip)) out.push(p);
  return out;
};

describe('createTextReader against the previous TreeWalker walk', () => {
  it('reads the same pieces, segments and breaks from random pages', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), fc.constantFrom(1, 7, 1e9), (kids, size) => {
        const root = rootOf(kids.join(''));
        expect(drain(createTextReader(root), size)).toEqual(
          drain(createReferenceTextReader(root), size),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads the same pieces after a seek and around skipped nodes', () => {
    fc.assert(
      fc.property(fc.array(html, { maxLength: 6 }), fc.nat(), (kids, pick) => {
        const root = rootOf(kids.join(''));
        const texts = drain(createTextReader(root), 1e9).flatMap((p) =>
          (p as { segments: { node: Text }[] }).segments.map((s) => s.node),
        );
        if (texts.length === 0) return;
        const from = texts[pick % texts.length]!;
        const ours = createTextReader(root);
        const theirs = createReferenceTextReader(root);
        ours.seek(from);
        theirs.seek(from);
        const seen = ours.read(3);
        expect(seen).toEqual(theirs.read(3));
        const skip = new Set(seen?.segments.map((s) => s.node));
        expect(drain(createTextReader(root), 5, skip)).toEqual(
          drain(createReferenceTextReader(root), 5, skip),
        );
      }),
      { numRuns: 300 },
    );
  });
});
