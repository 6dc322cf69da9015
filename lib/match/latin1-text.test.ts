import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeWide, escapingSaves, unescapeWide } from './latin1-text';

describe('escapeWide / unescapeWide', () => {
  it('leaves Latin-1 text alone', () => {
    expect(escapeWide('Mohsin Naqvi, Zürich')).toBe('Mohsin Naqvi, Zürich');
  });

  it('writes wide characters and the escape character as one-byte escapes', () => {
    const escaped = escapeWide('محسن Li 李 \u007f 😀');
    expect(escaped.split('').every((c) => c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(unescapeWide(escaped)).toBe('محسن Li 李 \u007f 😀');
  });

  it('round-trips any text, and any concatenation slices back into its items', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (items) => {
        const escaped = items.map(escapeWide);
        let at = 0;
        const joined = escaped.join('');
        for (let k = 0; k < items.length; k++) {
          const slice = joined.slice(at, (at += escaped[k]!.length));
          expect(unescapeWide(slice)).toBe(items[k]);
        }
      }),
    );
  });
});

describe('escapingSaves', () => {
  it('is false for Latin-1 text, true for a few wide characters, false for mostly wide text', () => {
    expect(escapingSaves('Karachi airport')).toBe(false);
    expect(escapingSaves(`${'Karachi airport '.repeat(10)}کراچی`)).toBe(true);
    expect(escapingSaves('کراچی ایئرپورٹ')).toBe(false);
    // DEL alone keeps a string one byte per character: escaping it would only lengthen it.
    expect(escapingSaves('Karachi \u007f airport')).toBe(false);
  });
});
