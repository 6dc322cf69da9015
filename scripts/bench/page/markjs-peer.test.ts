/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { generateDictionary, keywordsOf } from '../gen-dictionary';
import { MARKJS_KEYWORDS_PER_CALL, markJsKeywordOrder, runMarkJs } from './markjs-peer';

function article(text: string): Element {
  document.body.innerHTML = '';
  const el = document.createElement('article');
  el.textContent = text;
  document.body.append(el);
  return el;
}

describe('markJsKeywordOrder', () => {
  it('drops blanks and duplicates and puts the longest first, keeping ties in order', () => {
    expect(markJsKeywordOrder(['Ali', ' ', 'Imran Khan', 'Khan', 'Ali', '', 'Li'])).toEqual([
      'Imran Khan',
      'Khan',
      'Ali',
      'Li',
    ]);
  });
});

describe('runMarkJs', () => {
  it('marks whole names, longest first, as one mark.js call would', () => {
    const root = article('Imran Khan met Khan and Khanabad officials.');
    expect(runMarkJs(root, ['Khan', 'Imran Khan'])).toBe(3);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Imran Khan',
      'Khan',
      'Khan',
    ]);
  });

  it('runs every generated dictionary keyword past the size that overflows one mark.js call', () => {
    const names = keywordsOf(generateDictionary(1_000));
    expect(names.length).toBeGreaterThan(10 * MARKJS_KEYWORDS_PER_CALL);
    const root = article(`Intro. ${names.at(-1)} and ${names[0]} were named.`);
    expect(runMarkJs(root, names)).toBeGreaterThanOrEqual(2);
  });
});
