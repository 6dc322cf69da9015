/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findArticleRoot, isStory, locateArticle } from './find-article-root';
import { datedStory, storyParagraphs } from '../../tests/helpers/story-html';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

const STORY =
  '<p>The provincial assembly met late into the evening to debate the new security budget.</p>' +
  '<p>Members from the opposition benches walked out twice before the final vote was called.</p>';
const TEASER = '<p>A short teaser that links elsewhere.</p>';

// A teaser whose text is mostly its link.
const linkedTeaser = (i: number) =>
  `<p><a href="/s${i}">Another story about the provincial assembly and its long and bitter budget debate</a> today</p>`;

// A card in a list under a story, with a long excerpt of two paragraphs.
const excerptCard = (i: number) =>
  `<article class="card"><h3><a href="/s${i}">Headline ${i}</a></h3>` +
  `<p>${'The first lines of another story, shown as a long excerpt in a card in the list under the story. '.repeat(2)}</p>` +
  `<p>${'Its second paragraph is shown too, so the card holds more than four hundred characters. '.repeat(3)}</p></article>`;
// A reader comment that is not marked as one (no "comment" in its names).
const comment = (i: number) =>
  `<div class="c-${i}"><span>user${i}</span><p>I have to say that this reader comment number ${i} disagrees with the whole premise of the piece above, and here is why.</p></div>`;

// A paragraph too short to count as prose.
const shortLine = (i: number) => `<p>Short paragraph number ${i} of the story, under eighty.</p>`;

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

  describe('on a page that stacks stories', () => {
    const LONG = storyParagraphs('Officials');
    it.each([
      [
        'the element around several stories (the next one loaded below)',
        `<nav>Home</nav><div id="want"><div>${datedStory('2024-11-08', 'A')}</div>${datedStory('2024-11-07', 'B')}</div>`,
      ],
      [
        'the one story among teaser cards listed below it, not the region around them',
        `<main><article id="want">${LONG}</article><section class="more"><article>${TEASER}</article><article>${TEASER}</article></section></main>`,
      ],
      [
        'the live blog around its entries, not its one long entry',
        `<main id="want"><article>${TEASER}</article><article>${LONG}</article><article>${TEASER}</article></main>`,
      ],
      [
        'the story, not the comments posted as articles inside it nor a teaser in a rail',
        `<main><article id="want">${LONG}<section><article>${LONG}</article></section></article></main><aside><article>${TEASER}</article></aside>`,
      ],
      [
        'the element around a story whose body is marked up and the next story loaded below it',
        `<div id="want"><article><div itemprop="articleBody">${LONG}</div></article><article>${LONG}</article></div>`,
      ],
      [
        'the story body, not the element around it and a teaser body elsewhere',
        `<div><div itemprop="articleBody" id="want">${LONG}</div></div><div id="latest"><div itemprop="articleBody">${TEASER}</div></div>`,
      ],
      [
        'the element around a story body split around ads',
        `<div id="want"><div itemprop="articleBody">${STORY}</div><div class="ad"></div><div itemprop="articleBody">${STORY}</div></div><div class="rail"><div itemprop="articleBody">${STORY}</div></div>`.replace(
          'class="rail"',
          'class="related"',
        ),
      ],
    ])('chooses %s', (_label, body) => {
      const doc = page(body);
      expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
    });

    it('takes no list of long-excerpt cards under the story for a stack', () => {
      const doc = page(
        `<header class="site"><div>Site name</div></header><main><article id="want">${LONG}${LONG}</article></main>` +
          `<section class="latest-news">${[1, 2, 3].map(excerptCard).join('')}</section><footer>f</footer>`,
      );
      expect(locateArticle(doc)).toEqual({ root: doc.getElementById('want'), stacked: [] });
    });

    it('counts as a story an article of paragraphs, not a teaser nor one in a rail', () => {
      const doc = page(
        `<article id="story">${LONG}</article><article id="teaser">${TEASER}${TEASER}</article>` +
          `<div class="related"><article id="railed">${LONG}</article></div>`,
      );
      const story = (id: string) => isStory(doc.getElementById(id)!);
      expect([story('story'), story('teaser'), story('railed')]).toEqual([true, false, false]);
    });
  });

  describe('with no landmark, a story split over blocks', () => {
    const PART = storyParagraphs('Officials');
    it.each([
      [
        'grows to the block holding its first paragraphs and the rest folded away',
        `<div class="wrap"><div id="want">${STORY}${STORY}<div class="fold">${PART}${PART}${PART}</div></div></div>`,
      ],
    ])('%s', (_label, body) => {
      const doc = page(body);
      expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
    });

    it.each([
      [
        'an unmarked comment thread',
        `<div class="discussion">${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</div>`,
      ],
      [
        'an "up next" preview',
        `<div class="up-next"><h2>Up next</h2><p>${'The next story begins with a lede paragraph that is long enough to count as prose here. '.repeat(3)}</p></div>`,
      ],
      [
        'comments whose blocks share the story’s class',
        `<div class="discussion">${[1, 2, 3].map((i) => `<div class="text"><p>${'A reader writes at length about the piece, agreeing with some of it. '.repeat(3)} ${i}</p></div>`).join('')}</div>`,
      ],
      [
        'two paragraphs of prose after it, in the same parent',
        `<p>${'Our newsroom has been covering the province for fifty years, with bureaus in every district. '.repeat(2)}</p>`.repeat(
          2,
        ),
      ],
      [
        'an "about us" blurb',
        `<div class="bottom"><p>${'Our newsroom has been covering the province for fifty years, with bureaus in every district. '.repeat(3)}</p></div>`,
      ],
    ])('does not grow over what sits beside the story: %s', (_label, beside) => {
      for (const parts of [2, 8]) {
        const doc = page(
          `<div id="page"><div id="want">${PART.repeat(parts)}</div>${beside}</div>`,
        );
        expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
      }
    });

    it('does not grow over short lines above it', () => {
      const doc = page(
        `<div id="page">${shortLine(1)}${shortLine(2)}${shortLine(3)}<div id="want">${PART}${PART}</div></div>`,
      );
      expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
    });

    it('does not grow over a list of linked teasers nor a short note beside it', () => {
      const doc = page(
        `<div class="page"><div id="want">${PART}${PART}</div>` +
          `<div class="list">${[1, 2, 3, 4, 5, 6, 7, 8].map(linkedTeaser).join('')}</div>` +
          '<div class="note"><p>Correction: an earlier version of this story misnamed the chair of the committee that met on Friday.</p></div></div>',
      );
      expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
    });
  });

  it('reads a page wrapped whole in an element named "read more"', () => {
    const doc = page(
      `<div class="page has-read-more"><div class="x"><div id="want">${[1, 2, 3, 4, 5, 6].map(shortLine).join('')}</div></div></div>`,
    );
    expect(findArticleRoot(doc)).toBe(doc.getElementById('want'));
  });

  it('falls back to the body when there is no prose', () => {
    const doc = page('<div>Menu</div><div>Short</div>');
    expect(findArticleRoot(doc)).toBe(doc.body);
  });
});
