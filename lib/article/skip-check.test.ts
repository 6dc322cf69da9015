/** @vitest-environment happy-dom */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isSkippedElement } from './is-skipped-element';
import { createSkipCheck } from './skip-check';

const TAGS = [
  'p',
  'div',
  'span',
  'a',
  'section',
  'header',
  'form',
  'nav',
  'code',
  'backstory-card',
  'li',
];
// Each attribute with values that skip and values that do not.
const ATTRIBUTES: Record<string, string[]> = {
  class: [
    'lead',
    'story-body',
    'comments-area',
    'commentary',
    'share-bar',
    'ad',
    'lead ads',
    'read-more',
    'read-more-content',
    '',
  ],
  id: ['', 'main', 'comment-list', 'commentator', 'related', 'read-more'],
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

// Most elements carry only names (the memoised path); a skipping attribute now and then.
const NAMES = ['class', 'id', 'href', 'title', 'lang'];
const SKIPPING = ['hidden', 'aria-hidden', 'contenteditable', 'role', 'style', 'data-backstory-ui'];
const element = fc.record({
  tag: fc.constantFrom(...TAGS),
  attributes: fc
    .tuple(
      fc.subarray(NAMES),
      fc.oneof(
        { weight: 9, arbitrary: fc.constant([]) },
        { weight: 1, arbitrary: fc.subarray(SKIPPING) },
      ),
    )
    .chain(([names, skipping]) =>
      fc.tuple(
        ...[...names, ...skipping].map((n) =>
          fc.constantFrom(...ATTRIBUTES[n]!.map((v) => [n, v] as const)),
        ),
      ),
    ),
  // Where it sits: a header's verdict depends on it.
  inArticle: fc.boolean(),
  withNav: fc.boolean(),
  // What it holds: a "read more" element's verdict depends on it.
  withProse: fc.boolean(),
});

// Two paragraphs of prose: enough for a fold to be the story's own.
const PROSE_PARAGRAPH =
  'The rest of the story, folded away on a phone until the reader asks for it. '.repeat(3);
const PROSE = `<p>${PROSE_PARAGRAPH}</p><p>${PROSE_PARAGRAPH}</p>`;

describe('createSkipCheck', () => {
  it('judges every element as isSkippedElement does, asked once or again', () => {
    fc.assert(
      fc.property(
        fc.array(element, { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        (els, isWholePage) => {
          document.body.innerHTML = '<article></article>';
          const article = document.querySelector('article')!;
          const made = els.map(({ tag, attributes, inArticle, withNav, withProse }) => {
            const el = document.createElement(tag);
            for (const [name, value] of attributes) el.setAttribute(name, value);
            if (withNav) el.append(document.createElement('nav'));
            if (withProse) el.insertAdjacentHTML('beforeend', PROSE);
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

  it('remembers a verdict per class value, and still reads each element’s other attributes and a fold’s text', () => {
    document.body.innerHTML =
      '<p class="lead">a</p><p class="share-bar">b</p><p class="lead">c</p><p class="share-bar">d</p>' +
      '<p class="lead" hidden>e</p><p class="lead" id="comments">f</p>' +
      `<div class="read-more"><p>Read more: <a href="/x">${PROSE_PARAGRAPH}</a></p></div>` +
      `<div class="read-more">${PROSE}</div><div class="read-more"></div>`;
    const check = createSkipCheck({});
    expect([...document.querySelectorAll('body > p, body > div')].map((el) => check(el))).toEqual([
      false,
      true,
      false,
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
  });

  it('is not thrown by form controls that shadow the form’s own methods', () => {
    document.body.innerHTML =
      '<form class="page"><p>Text</p></form><form class="comments"><p>Text</p></form>';
    // As Chromium does for <input name="matches"> and the like (happy-dom does not shadow).
    const forms = [...document.querySelectorAll('form')];
    for (const form of forms)
      for (const name of ['matches', 'hasAttributes', 'hasAttribute', 'getAttribute', 'id'])
        Object.defineProperty(form, name, { value: document.createElement('input') });
    const check = createSkipCheck({});
    expect(forms.map((f) => check(f))).toEqual([false, true]);
    expect(forms.map((f) => isSkippedElement(f))).toEqual([false, true]);
  });
});
