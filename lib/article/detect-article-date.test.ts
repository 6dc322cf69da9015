/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { detectArticleDate } from './detect-article-date';

const page = (head: string, body = '') =>
  new DOMParser().parseFromString(
    `<html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const URL_PLAIN = 'https://www.example-news.com/world/blast-in-quetta';
const NOW = new Date('2024-11-20T12:00:00Z');

describe('detectArticleDate', () => {
  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2024-11-08T10:00:00+05:00">',
      '2024-11-08',
    ],
    ['og:published_time', '<meta property="og:published_time" content="2024-11-08">', '2024-11-08'],
    [
      'itemprop datePublished',
      '<meta itemprop="datePublished" content="2024-11-08">',
      '2024-11-08',
    ],
    ['name=date', '<meta name="date" content="2024-11-08">', '2024-11-08'],
    ['name=pubdate', '<meta name="pubdate" content="20241108">', '2024-11-08'],
    ['name=publish-date', '<meta name="publish-date" content="2024-11-08">', '2024-11-08'],
    [
      'sailthru.date',
      '<meta name="sailthru.date" content="2024-11-08 10:00:00 -0500">',
      '2024-11-08',
    ],
    [
      'parsely-pub-date',
      '<meta name="parsely-pub-date" content="2024-11-08T05:00:00Z">',
      '2024-11-08',
    ],
    ['dc.date', '<meta name="dc.date" content="2024-11-08">', '2024-11-08'],
    ['DC.date.issued', '<meta name="DC.date.issued" content="2024-11-08">', '2024-11-08'],
    [
      'an evening timestamp keeps its local date',
      '<meta property="article:published_time" content="2024-11-07T23:30:00-05:00">',
      '2024-11-07',
    ],
    [
      'a modified time is not a published time',
      '<meta property="article:modified_time" content="2024-11-09">',
      null,
    ],
    ['an impossible date is rejected', '<meta name="date" content="2024-02-30">', null],
  ])('reads the meta tag (%s)', (_label, head, expected) => {
    const found = detectArticleDate(page(head), URL_PLAIN);
    expect(found).toEqual(expected ? { date: expected, source: 'meta' } : null);
  });

  it('prefers article:published_time over a generic date meta', () => {
    const head =
      '<meta name="date" content="2024-01-01"><meta property="article:published_time" content="2024-11-08">';
    expect(detectArticleDate(page(head), URL_PLAIN)).toEqual({
      date: '2024-11-08',
      source: 'meta',
    });
  });

  it('reads itemprop datePublished on a time element', () => {
    const body =
      '<article><time itemprop="datePublished" datetime="2024-11-08">8 Nov</time></article>';
    expect(detectArticleDate(page('', body), URL_PLAIN)).toEqual({
      date: '2024-11-08',
      source: 'meta',
    });
  });

  it.each([
    [
      'a plain NewsArticle',
      '{"@type":"NewsArticle","datePublished":"2024-11-08T10:00:00Z"}',
      '2024-11-08',
    ],
    [
      'an @graph array',
      '{"@context":"https://schema.org","@graph":[{"@type":"WebSite"},{"@type":"NewsArticle","datePublished":"2024-11-08"}]}',
      '2024-11-08',
    ],
    [
      'a top-level array of objects',
      '[{"@type":"BreadcrumbList"},{"@type":"Article","datePublished":"2024-11-08"}]',
      '2024-11-08',
    ],
    [
      'an article beats an earlier WebPage',
      '[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2024-11-08"}]',
      '2024-11-08',
    ],
    [
      'an untyped node when nothing else has a date',
      '{"@type":"WebPage","datePublished":"2024-11-08"}',
      '2024-11-08',
    ],
    [
      'a nested mainEntity',
      '{"@type":"WebPage","mainEntity":{"@type":"NewsArticle","datePublished":"2024-11-08"}}',
      '2024-11-08',
    ],
    ['malformed JSON', '{"@type":"NewsArticle","datePublished":"2024-11-08",', null],
    ['an unparseable date', '{"@type":"NewsArticle","datePublished":"soon"}', null],
  ])('reads JSON-LD from %s', (_label, json, expected) => {
    const found = detectArticleDate(page(ld(json)), URL_PLAIN);
    expect(found).toEqual(expected ? { date: expected, source: 'json-ld' } : null);
  });

  it('skips a malformed JSON-LD block and reads the next one', () => {
    const head = ld('{oops') + ld('{"@type":"NewsArticle","datePublished":"2024-11-08"}');
    expect(detectArticleDate(page(head), URL_PLAIN)).toEqual({
      date: '2024-11-08',
      source: 'json-ld',
    });
  });

  it.each([
    [
      'the first time in the article',
      '<article><p>Some words of a story that runs on for a while.</p><time datetime="2024-11-08T09:00">Nov 8</time><time datetime="2024-10-01">Oct 1</time><p>More text that makes this a proper story body here.</p></article>',
      '2024-11-08',
    ],
    [
      'a time[pubdate] anywhere',
      '<header><time pubdate datetime="2024-11-08">Nov 8</time></header><article><p>Story text goes here and goes on for quite some time now.</p><time datetime="2024-10-01">Oct 1</time></article>',
      '2024-11-08',
    ],
    [
      'not a related-stories rail',
      '<article><p>The story itself has enough words to be a proper article body.</p><div class="related-stories"><time datetime="2024-10-01">Oct 1</time></div><time datetime="2024-11-08">Nov 8</time></article>',
      '2024-11-08',
    ],
  ])('reads <time> (%s)', (_label, body, expected) => {
    expect(detectArticleDate(page('', body), URL_PLAIN)).toEqual({
      date: expected,
      source: 'time',
    });
  });

  it('falls back to the URL', () => {
    const url = 'https://www.example-news.com/world/2024/11/08/blast-in-quetta/';
    expect(detectArticleDate(page('', '<p>Text.</p>'), url)).toEqual({
      date: '2024-11-08',
      source: 'url',
    });
  });

  it('falls back to a wire dateline at the start of the article text', () => {
    const body =
      '<article><h1>Talks resume</h1><p>ISLAMABAD, Nov 8 (Reuters) - Officials from both sides met again on Friday to resume talks.</p></article>';
    expect(detectArticleDate(page('', body), URL_PLAIN, { now: NOW })).toEqual({
      date: '2024-11-08',
      source: 'dateline',
    });
  });

  it('prefers meta over JSON-LD, time and URL', () => {
    const head =
      '<meta property="article:published_time" content="2024-11-08">' +
      ld('{"@type":"NewsArticle","datePublished":"2024-11-07"}');
    const body = '<article><time datetime="2024-11-06">x</time></article>';
    const url = 'https://www.example-news.com/2024/11/05/story';
    expect(detectArticleDate(page(head, body), url)).toEqual({
      date: '2024-11-08',
      source: 'meta',
    });
  });

  it('returns null when the page carries no date', () => {
    expect(
      detectArticleDate(
        page('', '<article><p>Nothing dated here at all.</p></article>'),
        URL_PLAIN,
      ),
    ).toBeNull();
  });
});
