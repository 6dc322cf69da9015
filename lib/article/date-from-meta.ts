import { parseDateText } from './parse-date-text';

/**
 * Metadata keys that name a publication date, most trusted first. Compared lower-case against a
 * `<meta>`'s `property`, `name` or `itemprop`. Modified/updated dates are deliberately absent.
 */
export const PUBLISHED_META_KEYS: readonly string[] = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publish-date',
  'publish_date',
  'publishdate',
  'published_time',
  'published-date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date',
  'dc.date.issued',
  'dc.date.created',
  'dcterms.date',
  'dcterms.issued',
  'dcterms.created',
  'citation_publication_date',
  'citation_date',
  'article.published',
  'article_date_original',
  'originalpublicationdate',
  'displaydate',
  'pdate',
];

/** Publication date (`YYYY-MM-DD`) from `<meta>` tags and `itemprop=datePublished`, or null. */
export function dateFromMeta(doc: Document): string | null {
  const byKey = new Map<string, string[]>();
  const add = (key: string | null, value: string | null) => {
    if (!key || !value) return;
    const k = key.trim().toLowerCase();
    const list = byKey.get(k);
    if (list) list.push(value);
    else byKey.set(k, [value]);
  };
  for (const meta of doc.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content');
    add(meta.getAttribute('property'), content);
    add(meta.getAttribute('name'), content);
    add(meta.getAttribute('itemprop'), content);
  }
  // Microdata on other elements: <time itemprop="datePublished" datetime="…"> or <span content>.
  for (const el of doc.querySelectorAll('[itemprop]:not(meta)')) {
    if (el.getAttribute('itemprop')?.trim().toLowerCase() !== 'datepublished') continue;
    add(
      'datepublished',
      el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent,
    );
  }
  for (const key of PUBLISHED_META_KEYS) {
    for (const value of byKey.get(key) ?? []) {
      const date = parseDateText(value);
      if (date) return date;
    }
  }
  return null;
}
