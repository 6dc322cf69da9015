/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { datedStory, storyParagraphs } from '../../tests/helpers/story-html';
import { storyAround, storyDate } from './story-date';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const textIn = (el: Element) => el.querySelector('p')!.firstChild!;

describe('storyAround', () => {
  it('finds the stacked story holding a node, and none inside a single story', () => {
    const doc = page(
      `<div id="feed">${datedStory('2024-11-08', 'A')}${datedStory('2024-03-01', 'B')}</div>`,
    );
    const [first, second] = doc.querySelectorAll('article');
    const feed = doc.getElementById('feed')!;
    expect(storyAround(textIn(second!), feed)).toBe(second);
    expect(storyAround(first!.querySelector('p')!, feed)).toBe(first);
    // The root is the story itself: the page's date holds.
    expect(storyAround(textIn(first!), first!)).toBeNull();
  });

  it('takes the outermost story below the root, and no teaser', () => {
    const doc = page(
      `<div id="feed"><article id="outer">${storyParagraphs('A')}<article id="inner">${storyParagraphs('B')}</article></article>` +
        '<article id="teaser"><p>One line that links to another story.</p></article></div>',
    );
    const feed = doc.getElementById('feed')!;
    expect(storyAround(textIn(doc.getElementById('inner')!), feed)?.id).toBe('outer');
    expect(storyAround(textIn(doc.getElementById('teaser')!), feed)).toBeNull();
  });
});

describe('storyDate', () => {
  it.each([
    ['a time element', '<time datetime="2024-03-01T10:00:00+05:00">1 March</time>', '2024-03-01'],
    [
      'datePublished microdata',
      '<meta itemprop="datePublished" content="2023-12-31">',
      '2023-12-31',
    ],
    [
      'the first date that parses',
      '<time datetime="soon"></time><time datetime="2022-05-04"></time>',
      '2022-05-04',
    ],
    [
      'no date from a rail of other stories',
      '<div class="related"><time datetime="2020-01-01"></time></div>',
      null,
    ],
    [
      'its own date, not one in its prose nor in a story embedded in it',
      '<p>Signed on <time datetime="2019-05-09">9 May 2019</time>.</p>' +
        '<p>The agreement, signed on <time datetime="2019-05-10">10 May 2019</time>, set out how the ' +
        'two sides would share the costs of security for the project and who would answer for it, ' +
        'and it has been cited in every review of the arrangements since then.</p>' +
        `<article>${storyParagraphs('B')}<time datetime="2018-01-01"></time></article>` +
        '<div class="byline"><time datetime="2024-03-01"></time></div>',
      '2024-03-01',
    ],
    [
      'a byline’s date',
      '<p class="byline">By a staff reporter, <time datetime="2024-03-01">1 March</time></p>',
      '2024-03-01',
    ],
    [
      'a date inside the story’s own articleBody',
      '<div itemprop="articleBody"><div class="meta"><time datetime="2024-03-01">1 March</time></div></div>',
      '2024-03-01',
    ],
    [
      'the marked-up publication date before any other',
      '<div class="byline"><time datetime="2024-03-02"></time></div><span itemprop="datePublished" content="2024-03-01"></span>',
      '2024-03-01',
    ],
    [
      'a pubdate time before other times',
      '<div class="top"><time datetime="2024-03-05"></time></div><div><time pubdate datetime="2024-03-01"></time></div>',
      '2024-03-01',
    ],
    [
      'the byline’s date, not a video’s datePublished nor an update',
      '<div class="note">Updated <time datetime="2024-03-09">9 March</time></div>' +
        '<p class="byline">By a reporter, <time datetime="2024-03-01">1 March</time></p>' +
        '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2019-06-01"></div>',
      '2024-03-01',
    ],
    [
      'the article’s own microdata date',
      '<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-03-01"></div>',
      '2024-03-01',
    ],
    ['nothing', '', null],
  ])('reads %s', (_label, html, expected) => {
    const doc = page(`<article>${html}${storyParagraphs('A')}</article>`);
    expect(storyDate(doc.querySelector('article')!)).toBe(expected);
  });
});
