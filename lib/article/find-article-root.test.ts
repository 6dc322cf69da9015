/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from './find-article-root';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

const STORY =
  '<p>The provincial assembly met late into the evening to debate the new security budget.</p>' +
  '<p>Members from the opposition benches walked out twice before the final vote was called.</p>';
const TEASER = '<p>A short teaser that links elsewhere.</p>';

describe('findArticleRoot', () => {
  it.each([
    [
      'the articleBody microdata',
      `<main><div itemprop="articleBody" id="want">${STORY}</div><div>${STORY}</div></main>`,
    ],
    [
      'a single article element',
      `<nav>Home</nav><article id="want"><h1>Budget</h1>${STORY}</article><aside>${STORY}</aside>`,
    ],
    [
      'main when there are several articles',
      `<main id="want"><article>${TEASER}</article><article>${TEASER}</article><p>${STORY}</p></main>`,
    ],
    [
      'a role=main region',
      `<div role="main" id="want">${STORY}</div><div class="rail">${TEASER}</div>`,
    ],
    [
      'a story-body class',
      `<div class="wrap"><div class="story-body" id="want">${STORY}</div><div>${TEASER}</div></div>`,
    ],
    [
      'an entry-content class',
      `<div class="post"><div class="entry-content" id="want">${STORY}</div></div>`,
    ],
    [
      'the #content id',
      `<div id="want"><div>${STORY}</div></div>`.replace('id="want"', 'id="content"'),
    ],
    [
      'the block holding most paragraph text',
      `<div class="top">${TEASER}</div><div class="x"><div id="want">${STORY}${STORY}</div></div><div class="comments">${STORY}${STORY}${STORY}</div>`,
    ],
  ])('chooses %s', (_label, body) => {
    const doc = page(body);
    const root = findArticleRoot(doc);
    expect(root).toBe(doc.getElementById('want') ?? doc.getElementById('content'));
  });

  it('skips an article element that is only a teaser', () => {
    const doc = page(
      `<article>${TEASER}</article><div class="article-body" id="want">${STORY}</div>`,
    );
    expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
  });

  it('falls back to the body when there is no prose', () => {
    const doc = page('<div>Menu</div><div>Short</div>');
    expect(findArticleRoot(doc)).toBe(doc.body);
  });
});
