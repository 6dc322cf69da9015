/**
 * `npx tsx scripts/eval/article-text.ts <folder> [--json]`: how much of each page's story the
 * article finder reads, on pages laid out as mozilla/readability's `test/test-pages` (a folder per
 * page holding `source.html` and the story alone in `expected.html`). For each page: the root
 * found, word-trigram recall and precision of the text the scan reads (`textCoverage`), and the
 * date detected; then the means. The pages are not in this repository: fetch them first.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticleDate } from '../../lib/article/detect-article-date';
import { extractText } from '../../lib/article/extract-text';
import { findArticleRoot } from '../../lib/article/find-article-root';
import { withHtmlDocument } from '../annotate/html-document';
import { isMain, runMain } from '../dataset/cli';
import { type Coverage, textCoverage } from './text-coverage';

/** One page's result. */
export type PageCoverage = Coverage & { page: string; root: string; date: string | null };

const URL = 'https://example.com/story';

const describeElement = (el: Element) =>
  el.localName +
  (el.id ? `#${el.id}` : '') +
  (el.getAttribute('class') ?? '')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((c) => `.${c}`)
    .join('');

/** Reads one page folder; null when it lacks either file. */
export async function pageCoverage(folder: string, page: string): Promise<PageCoverage | null> {
  const source = join(folder, page, 'source.html');
  const expected = join(folder, page, 'expected.html');
  if (!existsSync(source) || !existsSync(expected)) return null;
  const reference = await withHtmlDocument(readFileSync(expected, 'utf8'), URL, async (doc) =>
    doc.body ? (doc.body.textContent ?? '') : '',
  );
  return withHtmlDocument(readFileSync(source, 'utf8'), URL, async (doc) => {
    const root = findArticleRoot(doc);
    const read = extractText(root).text;
    const date = detectArticleDate(doc, URL, { root })?.date ?? null;
    return { page, root: describeElement(root), date, ...textCoverage(reference, read) };
  });
}

async function main(): Promise<number> {
  const [folder] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (!folder) {
    console.error('usage: tsx scripts/eval/article-text.ts <folder of page folders> [--json]');
    return 2;
  }
  const results: PageCoverage[] = [];
  for (const page of readdirSync(folder).sort()) {
    const result = await pageCoverage(folder, page);
    if (result) results.push(result);
  }
  if (process.argv.includes('--json')) {
    process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
    return 0;
  }
  const mean = (pick: (r: PageCoverage) => number) =>
    (results.reduce((sum, r) => sum + pick(r), 0) / Math.max(results.length, 1)).toFixed(3);
  for (const r of results)
    console.log(
      `${r.page.padEnd(34)} R ${r.recall.toFixed(3)}  P ${r.precision.toFixed(3)}  ${r.root}`,
    );
  console.log(
    `${results.length} pages: mean recall ${mean((r) => r.recall)}, mean precision ${mean((r) => r.precision)}`,
  );
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
