/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkippedElement } from './is-skipped-element';
import { createSkipCheck } from './skip-check';

const TAGS = ['p', 'div', 'span', 'a', 'section', 'header', 'nav', 'code', 'backstory-card', 'li'];
// Each attribute with values that skip and values that do not.
const ATTRIBUTES: Record<string, string[]> = {
  class: ['lead', 'story-body', 'comments-area', 'commentary', 'share-bar', 'ad', 'lead ads', ''],
  id: ['', 'main', 'comment-list', 'commentator', 'related'],
  href: ['#', '/news'],
  hidden: [''],
  'aria-hidden': ['true', ' TRUE ', 'false'],
  contenteditable: ['', 'true', 'false', 'plaintext-only'],
  role: ['navigation', ' Menu ', 'main', 'article'],
  style: ['display: none', 'color: red', 'VISIBILITY:hidden'],
  'data-backstory-ui': [''],
  title: ['Comments', 'x'],
  lang: ['en'],
};

const element = fc.record({
  tag: fc.constantFrom(...TAGS),
  attributes: fc
    .subarray(Object.keys(ATTRIBUTES))
    .chain((names) =>
      fc.tuple(...names.map((n) => fc.constantFrom(...ATTRIBUTES[n]!.map((v) => [n, v] as const)))),
    ),
  // Where it sits: a header's verdict depends on it.
  inArticle: fc.boolean(),
  withNav: fc.boolean(),
});

describe('createSkipCheck', () => {
  it('judges every element as isSkippedElement does, asked once or again', () => {
    fc.assert(
      fc.property(
        fc.array(element, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (els, isWholePage) => {
          document.body.innerHTML = '<article></article>';
          const article = document.querySelector('article')!;
          const made = els.map(({ tag, attributes, inArticle, withNav }) => {
            const el = document.createElement(tag);
            for (const [name, value] of attributes) el.setAttribute(name, value);
            if (withNav) el.append(document.createElement('nav'));
            (inArticle ? article : document.body).append(el);
            return el;
          });
          const check = createSkipCheck({ isWholePage });
          for (const el of [...made, ...made])
            expect(check(el)).toBe(isSkippedElement(el, { isWholePage }));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('remembers a class verdict but still reads each element’s other attributes', () => {
    document.body.innerHTML =
      '<p class="lead">a</p><p class="lead" hidden>b</p><p class="lead" id="comments">c</p>';
    const check = createSkipCheck({});
    expect([...document.querySelectorAll('p')].map(check)).toEqual([false, true, true]);
  });
});
