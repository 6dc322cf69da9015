/** @vitest-environment happy-dom */
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from './find-article-root';
import { extractText } from './extract-text';

const page = (body: string) =>
  new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const textOf = (body: string) => {
  const doc = page(`<div id="root">${body}</div>`);
  return extractText(doc.getElementById('root')!).text;
};

describe('extractText', () => {
  it.each([
    [
      'joins inline elements directly',
      '<p><a href="#">Mohsin</a> Naqvi said</p>',
      'Mohsin Naqvi said',
    ],
    ['joins a name split inside a word', '<p>Mohs<b>in</b> Naqvi</p>', 'Mohsin Naqvi'],
    [
      'keeps a space node between inline elements',
      '<p><a>Mohsin</a> <a>Naqvi</a></p>',
      'Mohsin Naqvi',
    ],
    ['separates paragraphs', '<p>Asim</p><p>Munir</p>', 'Asim\nMunir'],
    [
      'separates list items and headings',
      '<h2>Quetta</h2><ul><li>One</li><li>Two</li></ul>',
      'Quetta\nOne\nTwo',
    ],
    ['separates at a line break', '<p>Asim<br>Munir</p>', 'Asim\nMunir'],
    [
      'separates text after a nested block closes',
      '<div>Before<p>Inside</p>After</div>',
      'Before\nInside\nAfter',
    ],
    [
      'separates table cells',
      '<table><tr><td>Karachi</td><td>Lahore</td></tr></table>',
      'Karachi\nLahore',
    ],
    ['turns source newlines into spaces', '<p>Mohsin\n\tNaqvi</p>', 'Mohsin  Naqvi'],
    ['drops whitespace between blocks', '<p>One</p>\n   \n<p>Two</p>', 'One\nTwo'],
    ['skips a textarea', '<p>Keep</p><textarea>Imran Khan</textarea>', 'Keep'],
    ['skips code and pre', '<p>Keep <code>Imran Khan</code></p><pre>Nawaz Sharif</pre>', 'Keep '],
    [
      'skips form controls',
      '<p>Keep</p><button>Share</button><select><option>Lahore</option></select><input value="x">',
      'Keep',
    ],
    [
      'skips nav, aside and footer',
      '<nav>Home</nav><p>Keep</p><aside>Most read</aside><footer>Contact</footer>',
      'Keep',
    ],
    [
      'skips contenteditable regions',
      '<p>Keep</p><div contenteditable="true">Draft</div><div contenteditable>Draft</div>',
      'Keep',
    ],
    ['keeps contenteditable=false regions', '<div contenteditable="false">Keep</div>', 'Keep'],
    [
      'skips hidden and aria-hidden content',
      '<p>Keep</p><p hidden>Gone</p><span aria-hidden="true">Gone</span><p style="display: none">Gone</p>',
      'Keep',
    ],
    [
      'skips scripts, styles, svg and templates',
      '<p>Keep</p><script>x()</script><style>p{}</style><svg><text>Gone</text></svg><template>Gone</template><noscript>Gone</noscript>',
      'Keep',
    ],
    [
      'skips comment sections',
      '<p>Keep</p><div id="comments">Gone</div><ol class="comment-list">Gone</ol><section class="comments-area">Gone</section><div id="commentList">Gone</div>',
      'Keep',
    ],
    [
      'skips readers’ replies',
      '<p>Keep</p><article class="js_reply reply">Gone</article><div id="replies">Gone</div><div class="reply-list">Gone</div>',
      'Keep',
    ],
    [
      'keeps commentary, a story flagged as commented, and words that only start with reply',
      '<div class="commentary-body">Keep</div><div class="post commented">Too</div><p class="replyto">And</p>',
      'Keep\nToo\nAnd',
    ],
    [
      'skips share, related and newsletter widgets',
      '<p>Keep</p><div class="share-bar">Gone</div><div class="related-stories">Gone</div><div class="newsletter">Gone</div>',
      'Keep',
    ],
    [
      'skips "also read", trending, more-stories and tag boxes inside the story',
      '<p>Keep</p><div class="also-read">Gone</div><div class="trending">Gone</div>' +
        '<div class="more-stories">Gone</div><div class="story-tags">Gone</div><div id="read-more">Gone</div>',
      'Keep',
    ],
    [
      'keeps prose whose class only contains such words',
      '<p class="alsoread">Keep</p><p class="hashtags">Too</p><p class="trendingnow">And</p>',
      'Keep\nToo\nAnd',
    ],
    [
      'skips a "read more" box of links or blurbs, and keeps the rest of a story folded behind one',
      '<p>Keep</p><div class="read-more"><p>Read more: <a href="/x">Another story about the talks</a></p></div>' +
        '<div class="read-more"><div><a href="/a">One</a><p>A blurb about another story, number one, written to tease the reader into clicking.</p></div>' +
        '<div><a href="/b">Two</a><p>A blurb about another story, number two, written to tease the reader into clicking.</p></div></div>' +
        `<div id="read-more"><a href="#">Read more</a><div id="read-more-content"><p>${'More of the story. '.repeat(24)}</p></div></div>`,
      `Keep\nRead more\n${'More of the story. '.repeat(24)}`,
    ],
    [
      'skips a "read more" box whose text is in its links, its scripts or a teaser per link',
      '<p>Keep</p>' +
        `<div class="read-more"><a href="/a">${'A very long linked headline about another story. '.repeat(8)}</a></div>` +
        `<div class="read-more"><a href="/b">Headline</a><script type="application/ld+json">${'{"name":"x"}'.repeat(40)}</script></div>` +
        `<div class="read-more">${[1, 2, 3, 4].map((i) => `<div><a href="/t${i}">Teaser ${i}</a><p>A blurb about another story, number ${i}, written to tease the reader into clicking.</p></div>`).join('')}</div>`,
      'Keep',
    ],
    [
      'skips our own UI',
      '<p>Keep</p><div data-backstory-ui>Gone</div><backstory-card>Gone</backstory-card>',
      'Keep',
    ],
    [
      'never joins words across a skipped element',
      '<p>Ali <button>Share</button>Khan</p>',
      'Ali \nKhan',
    ],
    [
      'keeps an article header with its headline',
      '<article><header><h1>Budget passed</h1></header><p>Body</p></article>',
      'Budget passed\nBody',
    ],
    [
      'skips a header that holds navigation',
      '<header><nav>Home</nav><span>Site name</span></header><p>Body</p>',
      'Body',
    ],
  ])('%s', (_label, body, expected) => {
    expect(textOf(body)).toBe(expected);
  });

  it('maps every segment back to its text node data', () => {
    const doc = page(
      '<div id="root"><h1>Talks</h1><p>The <a>Foreign Office</a> said\non Friday.</p><p>Second.</p></div>',
    );
    const { text, segments } = extractText(doc.getElementById('root')!);
    expect(segments.map((s) => s.node.data)).toEqual([
      'Talks',
      'The ',
      'Foreign Office',
      ' said\non Friday.',
      'Second.',
    ]);
    for (const s of segments) {
      expect(text.slice(s.start, s.end)).toBe(s.node.data.replace(/\n/g, ' '));
    }
    expect(segments.every((s, i) => i === 0 || s.start >= segments[i - 1]!.end)).toBe(true);
  });

  it('leaves the page untouched', () => {
    const doc = page('<div id="root"><p>The <a>Foreign Office</a> said.</p></div>');
    const before = doc.body.innerHTML;
    extractText(doc.getElementById('root')!);
    expect(doc.body.innerHTML).toBe(before);
  });

  it.each([
    [
      'drops the site header when the walk covers the whole body',
      '<header><span>Daily Example</span></header><p>Body</p>',
      'Body',
    ],
    [
      'keeps an article header even on a whole-body walk',
      '<article><header><h1>Headline</h1></header></article><p>Body</p>',
      'Headline\nBody',
    ],
  ])('%s', (_label, body, expected) => {
    expect(extractText(page(body).body).text).toBe(expected);
  });
});

describe('extractText over the article root', () => {
  it('reads the article, not the page chrome', () => {
    const doc = page(
      '<header><nav>World Sport Business</nav></header>' +
        '<article><header><h1>Security talks resume</h1></header>' +
        '<p>Delegations from both capitals met again on Friday for the first time in months.</p></article>' +
        '<footer>About us</footer>',
    );
    expect(extractText(findArticleRoot(doc)).text).toBe(
      'Security talks resume\nDelegations from both capitals met again on Friday for the first time in months.',
    );
  });
});
