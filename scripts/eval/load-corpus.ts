/** Reads the evaluation corpus: each article in `tests/fixtures/eval/` with its hand-checked sidecar. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT } from '../dataset/read-seeds';

/** Where the corpus lives. */
export const CORPUS_DIR = join(REPO_ROOT, 'tests/fixtures/eval');

/** One expected mark, by hand: its surface, the entity, and which occurrence of the surface (1 = first). */
export type ExpectedMention = { surface: string; entityId: string; occurrence?: number };

/** One article of the corpus. */
export type CorpusArticle = {
  /** File name, e.g. `besham-convoy-bombing.txt`. */
  file: string;
  isHtml: boolean;
  content: string;
  /** The article date to match with; HTML pages without one use the page's own date. */
  date?: string;
  expected: ExpectedMention[];
};

const ARTICLE = /^(.+)\.(txt|html)$/;

/** Every article with its `<slug>.expected.json`, sorted by file name. */
export async function loadCorpus(dir: string = CORPUS_DIR): Promise<CorpusArticle[]> {
  const names = (await readdir(dir)).sort();
  const articles: CorpusArticle[] = [];
  for (const file of names) {
    const m = ARTICLE.exec(file);
    if (!m) continue;
    const sidecar = JSON.parse(await readFile(join(dir, `${m[1]}.expected.json`), 'utf8')) as {
      date?: string;
      mentions: ExpectedMention[];
    };
    articles.push({
      file,
      isHtml: m[2] === 'html',
      content: await readFile(join(dir, file), 'utf8'),
      date: sidecar.date,
      expected: sidecar.mentions,
    });
  }
  return articles;
}
