import { parseDateText } from './parse-date-text';

const ARTICLE_TYPES = new Set(
  (
    'article newsarticle reportagenewsarticle analysisnewsarticle opinionnewsarticle ' +
    'backgroundnewsarticle reviewnewsarticle blogposting socialmediaposting liveblogposting ' +
    'report scholarlyarticle techarticle'
  ).split(' '),
);

const MAX_DEPTH = 8;

type Found = { value: string; isArticle: boolean };

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t.toLowerCase()));
}

function firstString(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((v): v is string => typeof v === 'string') ?? null;
  return null;
}

function collect(node: unknown, depth: number, out: Found[]): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, depth + 1, out);
    return;
  }
  const record = node as Record<string, unknown>;
  const value = firstString(record['datePublished']);
  if (value !== null) out.push({ value, isArticle: isArticleType(record['@type']) });
  for (const [key, child] of Object.entries(record)) {
    if (key !== 'datePublished' && child !== null && typeof child === 'object') {
      collect(child, depth + 1, out);
    }
  }
}

/**
 * Publication date from JSON-LD `datePublished`, or null. Objects typed as an article win over
 * other typed nodes (a `WebPage`, a video); `@graph` and top-level arrays are searched; malformed
 * JSON is skipped.
 */
export function dateFromJsonLd(doc: Document): string | null {
  const found: Found[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    const type = script.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    try {
      collect(JSON.parse(script.textContent ?? ''), 0, found);
    } catch {
      // Hostile or broken markup: a page's bad JSON-LD is simply not evidence.
    }
  }
  const ordered = [...found.filter((f) => f.isArticle), ...found.filter((f) => !f.isArticle)];
  for (const { value } of ordered) {
    const date = parseDateText(value);
    if (date) return date;
  }
  return null;
}
