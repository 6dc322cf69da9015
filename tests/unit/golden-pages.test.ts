/**
 * Golden pages: the whole page pipeline (article root → text → mentions, article date) over every
 * fixture page, against hand-checked expectations. Runs on the bundled dataset built from seeds/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMatcher, type Matcher } from '../../lib/match';
import { annotateDocument } from '../../lib/page/annotate-document';
import { loadSeedDataset } from '../helpers/seed-dataset';
import { withHtmlDocument } from '../../scripts/annotate/html-document';

type Expected = { url: string; articleDate: string; mentions: [string, string][] };

const PAGES = resolve('tests/fixtures/pages');
const slugs = readdirSync(PAGES)
  .filter((f) => f.endsWith('.expected.json'))
  .map((f) => f.replace('.expected.json', ''));

let matcher: Matcher;
beforeAll(async () => {
  matcher = buildMatcher(await loadSeedDataset());
});

describe('golden pages', () => {
  it('has at least one page to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s is marked exactly as expected', async (slug) => {
    const expected = JSON.parse(
      readFileSync(join(PAGES, `${slug}.expected.json`), 'utf8'),
    ) as Expected;
    const html = readFileSync(join(PAGES, `${slug}.html`), 'utf8');
    const result = await withHtmlDocument(html, expected.url, (doc) =>
      annotateDocument(doc, matcher, { url: expected.url, today: '2030-01-01' }),
    );
    expect(result.articleDate).toBe(expected.articleDate);
    expect(result.mentions.map((m) => [m.surface, m.entityId])).toEqual(expected.mentions);
  });
});
