/**
 * Generated news pages: site chrome around an `<article>` of about `textChars` characters of prose,
 * with names from the master dictionary (log-uniformly drawn, so small dictionaries still match
 * often), their surnames and acronyms, and decoys (lower-case names, lone given names, half names).
 * The markup is as busy as a news site's: class names and data attributes on most elements, blocks
 * grouped in section wrappers, and share bars inside the article (not prose: Backstory skips them,
 * the floor and the peers read them).
 */
import { masterDictionary } from './gen-dictionary';
import { createRng, type Rng } from '../../tests/helpers/prng';
import { GIVEN, PROSE } from './word-pools';

const P_CLASSES = ['article__text', 'story-body__paragraph', 'text-block', 'paragraph para--body'];

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function mention(rng: Rng): string {
  const all = masterDictionary();
  const entity =
    all[Math.min(all.length - 1, Math.floor(Math.exp(rng.next() * Math.log(all.length))))]!;
  const roll = rng.next();
  if (roll < 0.15 && entity.aliases.length > 0) return rng.pick(entity.aliases).text;
  if (roll < 0.22) return entity.name.toLowerCase(); // decoy: lower-case
  if (roll < 0.27) return entity.name.split(' ')[0]!; // decoy: given name or first word only
  return entity.name;
}

function sentence(rng: Rng): string {
  const words: string[] = [];
  const n = 10 + rng.int(18);
  for (let i = 0; i < n; i++) {
    if (rng.chance(0.07)) {
      const m = escape(mention(rng));
      words.push(
        rng.chance(0.15) ? `<a href="#" class="inline-link" data-track="inline">${m}</a>` : m,
      );
    } else if (rng.chance(0.02)) words.push(rng.pick(GIVEN));
    else words.push(rng.pick(PROSE));
  }
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

function paragraph(rng: Rng): string {
  const parts: string[] = [];
  const n = 2 + rng.int(5);
  for (let i = 0; i < n; i++) {
    const s = sentence(rng);
    const roll = rng.next();
    if (roll < 0.1) parts.push(`<em>${s}</em>`);
    else if (roll < 0.15) parts.push(`<span class="highlight">${s}</span>`);
    else parts.push(s);
  }
  return parts.join(' ');
}

/** Roughly the text length of some markup (tags removed, entities counted as one character). */
export const textLength = (html: string) =>
  html.replace(/<[^>]*>/g, '').replace(/&\w+;/g, '_').length;

/** A complete HTML page whose `<article>` holds about `textChars` characters of text (seeded). */
export function generatePage(textChars: number, seed = 1): string {
  const rng = createRng(seed * 7919 + textChars);
  const blocks: string[] = [];
  let length = 0;
  while (length < textChars) {
    const roll = rng.next();
    let html: string;
    if (roll < 0.05)
      html = `<h2 class="article__subheading" id="h-${blocks.length}">${sentence(rng)}</h2>`;
    else if (roll < 0.08)
      html = `<blockquote class="pull-quote"><p class="pull-quote__text">${paragraph(rng)}</p></blockquote>`;
    else if (roll < 0.11)
      html = `<ul class="article__list">${[1, 2, 3].map(() => `<li class="article__list-item">${sentence(rng)}</li>`).join('')}</ul>`;
    else if (roll < 0.13)
      html = `<figure class="article__figure"><div class="img"></div><figcaption class="article__caption">${sentence(rng)}</figcaption></figure>`;
    else if (roll < 0.14)
      html = `<div class="share-bar" data-component="share"><button type="button">Share</button> <a href="#" class="share-bar__link">Post</a> <a href="#" class="share-bar__link">Email</a></div>`;
    else
      html = `<p class="${rng.pick(P_CLASSES)}"${rng.chance(0.2) ? ' data-component="text-block"' : ''}>${paragraph(rng)}</p>`;
    blocks.push(html);
    length += textLength(html);
  }
  // Sections of about eight blocks, as templates wrap them.
  const sections: string[] = [];
  for (let i = 0; i < blocks.length; i += 8)
    sections.push(
      `<div class="article-section" data-section="${i / 8}"><div class="article-section__inner">${blocks.slice(i, i + 8).join('\n')}</div></div>`,
    );
  const nav = ['World', 'Pakistan', 'Business', 'Sport', 'Opinion']
    .map((s) => `<a href="#">${s}</a>`)
    .join(' ');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Generated article ${textChars}</title>
<meta property="article:published_time" content="2024-03-27T10:00:00Z">
<style>
body { font: 17px/1.6 Georgia, serif; margin: 0; color: #222; }
header, footer { background: #eee; padding: 12px 24px; }
main { display: flex; gap: 24px; padding: 0 24px; }
article { max-width: 720px; }
aside { width: 240px; font-size: 14px; }
.img { height: 120px; background: #ccd; }
</style></head>
<body><header><nav>${nav}</nav></header>
<main><article><h1>${sentence(rng)}</h1><p class="byline">By Staff Reporter · March 27, 2024</p>
${sections.join('\n')}
</article><aside class="related"><h3>Related</h3><p>${sentence(rng)}</p></aside></main>
<footer><p>© Generated News</p></footer></body></html>`;
}
