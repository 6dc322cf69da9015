/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { extractText } from '../article/extract-text';
import { rangesForMentions } from './ranges-for-mentions';

// happy-dom's Range always belongs to the global document, so pages are mounted there.
const setup = (html: string) => {
  const parsed = new DOMParser().parseFromString(`<div id="root">${html}</div>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  const doc = document;
  const pageText = extractText(doc.getElementById('root')!);
  return { doc, pageText };
};

/** The span of `needle`'s nth occurrence in the extracted text. */
const spanOf = (text: string, needle: string, nth = 0) => {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`${needle} not in ${JSON.stringify(text)}`);
  return { start: at, end: at + needle.length };
};

describe('rangesForMentions', () => {
  it.each([
    [
      'a name inside one text node',
      '<p>Minister Mohsin Naqvi said</p>',
      'Mohsin Naqvi',
      'Mohsin Naqvi',
    ],
    [
      'a name split across inline elements',
      '<p>Interior minister <a href="#">Mohsin</a> Naqvi said</p>',
      'Mohsin Naqvi',
      'Mohsin Naqvi',
    ],
    [
      'a name split inside a word',
      '<p>Mohs<b>in</b> <i>Na</i>qvi</p>',
      'Mohsin Naqvi',
      'Mohsin Naqvi',
    ],
    [
      'a name at the very end of the text',
      '<p>Asked about it was <em>Asim Munir</em></p>',
      'Asim Munir',
      'Asim Munir',
    ],
    [
      'a name after a block boundary',
      '<h1>Talks</h1><p>Asim Munir spoke</p>',
      'Asim Munir',
      'Asim Munir',
    ],
  ])('maps %s to a range over the same text', (_label, html, needle, expected) => {
    const { doc, pageText } = setup(html);
    const [range] = rangesForMentions(pageText, [spanOf(pageText.text, needle)], doc);
    expect(range!.toString()).toBe(expected);
  });

  // Text is 'Talks\nAsim Munir spoke': the separator sits at offset 5.
  it.each([
    [
      'a span starting on a separator snaps to the next node start',
      5,
      10,
      'Asim',
      ['Asim Munir spoke', 0, 'Asim Munir spoke', 4],
    ],
    [
      'a span ending on a separator snaps to the previous node end',
      0,
      6,
      'Talks',
      ['Talks', 0, 'Talks', 5],
    ],
    [
      'a span over two blocks keeps both node edges',
      3,
      10,
      'ksAsim',
      ['Talks', 3, 'Asim Munir spoke', 4],
    ],
  ])('%s', (_label, start, end, expected, [startData, startOffset, endData, endOffset]) => {
    const { doc, pageText } = setup('<h1>Talks</h1><p>Asim Munir spoke</p>');
    expect(pageText.text).toBe('Talks\nAsim Munir spoke');
    const [range] = rangesForMentions(pageText, [{ start, end }], doc);
    expect(range!.toString()).toBe(expected);
    expect([(range!.startContainer as Text).data, range!.startOffset]).toEqual([
      startData,
      startOffset,
    ]);
    expect([(range!.endContainer as Text).data, range!.endOffset]).toEqual([endData, endOffset]);
  });

  it('returns ranges in the order of the spans', () => {
    const { doc, pageText } = setup('<p>Karachi and <a>Lahore</a> and Quetta</p><p>Gwadar</p>');
    const names = ['Gwadar', 'Karachi', 'Quetta', 'Lahore'];
    const ranges = rangesForMentions(
      pageText,
      names.map((n) => spanOf(pageText.text, n)),
      doc,
    );
    expect(ranges.map((r) => r.toString())).toEqual(names);
  });

  it('collapses a span that lies entirely on a separator', () => {
    const { doc, pageText } = setup('<p>One</p><p>Two</p>');
    const [range] = rangesForMentions(pageText, [{ start: 3, end: 4 }], doc);
    expect(range!.collapsed).toBe(true);
  });

  it('returns collapsed ranges when there is no text', () => {
    const { doc, pageText } = setup('<p></p>');
    const ranges = rangesForMentions(pageText, [{ start: 0, end: 3 }], doc);
    expect(ranges).toHaveLength(1);
    expect(ranges[0]!.collapsed).toBe(true);
  });

  it('leaves the page untouched', () => {
    const { doc, pageText } = setup('<p>Minister <a>Mohsin</a> Naqvi</p>');
    const before = doc.body.innerHTML;
    rangesForMentions(pageText, [spanOf(pageText.text, 'Mohsin Naqvi')], doc);
    expect(doc.body.innerHTML).toBe(before);
  });
});
