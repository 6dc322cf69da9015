import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../dataset/read-seeds';
import { annotateMain } from './annotate-main';
import type { AnnotationReport } from './annotation-report';
import { explainReadError } from './read-input';

const ARTICLE = [
  'KARACHI, Nov 8 (Wire) - Interior Minister Mohsin Naqvi met Chinese envoy Jiang Zaidong on',
  "Thursday. Naqvi’s office said security near Besham and Karachi's airport was discussed.",
].join('\n');

const PAGE = `<!doctype html><html><head><meta property="article:published_time" content="2024-11-08T10:00:00+05:00"></head>
<body><nav><a href="/">Mohsin Naqvi news</a></nav><article><h1>Envoy meets minister</h1>
<p><a href="/t/naqvi">Mohsin</a> <b>Naqvi</b> met the ambassador in Islamabad.</p></article>
<aside>Trending: Quetta</aside></body></html>`;

let dir = '';

async function run(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  const code = await annotateMain(argv, {
    stdin: stdin === undefined ? undefined : [Buffer.from(stdin)],
    out: (t) => (out += t),
    err: (t) => (err += t),
  });
  return { code, out, err };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'annotate-'));
  await writeFile(join(dir, 'story.txt'), ARTICLE);
  await writeFile(join(dir, 'page.html'), PAGE);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
  await writeFile(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.from([0x50, 0x65, 0x73, 0x68, 0xe2, 0x77]));
  await mkdir(join(dir, 'folder'));
});

describe('annotateMain', () => {
  it('prints one JSON object whose offsets index the unchanged text', async () => {
    const { code, out } = await run(['--json', join(dir, 'story.txt')]);
    expect(code).toBe(0);
    const report = JSON.parse(out) as AnnotationReport;
    expect(Object.keys(report)).toEqual(['articleDate', 'text', 'mentions', 'entities']);
    expect(report.text).toBe(ARTICLE);
    expect(report.articleDate).toMatch(/^\d{4}-11-08$/);
    for (const m of report.mentions) expect(report.text.slice(m.start, m.end)).toBe(m.surface);
    expect(report.mentions.map((m) => `${m.surface}=${m.entityId}`)).toEqual([
      'KARACHI=karachi',
      'Mohsin Naqvi=mohsin-naqvi',
      'Jiang Zaidong=jiang-zaidong',
      'Naqvi=mohsin-naqvi',
      'Besham=besham',
      'Karachi=karachi',
    ]);
    expect(report.mentions[1]).toMatchObject({ name: 'Mohsin Naqvi', kind: 'person' });
    const naqvi = report.entities.find((e) => e.id === 'mohsin-naqvi')!;
    expect(naqvi).toMatchObject({ name: 'Mohsin Naqvi', kind: 'person', mentions: 2 });
    expect(naqvi.earlier).toContain('2024-05-09-naqvi-jiang-meeting');
  });

  it('uses --date for matching and for what counts as earlier', async () => {
    const { out } = await run(['--json', '--date', '2024-04-01', join(dir, 'story.txt')]);
    const report = JSON.parse(out) as AnnotationReport;
    expect(report.articleDate).toBe('2024-04-01');
    const besham = report.entities.find((e) => e.id === 'besham')!;
    expect(besham.earlier).toEqual(['2024-03-26-besham-convoy-bombing']);
  });

  it('reads standard input as text', async () => {
    const { code, out } = await run(['--json', '-'], 'Talks in Quetta ended.');
    expect(code).toBe(0);
    const report = JSON.parse(out) as AnnotationReport;
    expect(report.articleDate).toBeNull();
    expect(report.mentions).toEqual([
      { start: 9, end: 15, surface: 'Quetta', entityId: 'quetta', name: 'Quetta', kind: 'place' },
    ]);
  });

  it('runs HTML through the page pipeline: article only, names split across elements', async () => {
    const { out } = await run(['--json', join(dir, 'page.html')]);
    const report = JSON.parse(out) as AnnotationReport;
    expect(report.articleDate).toBe('2024-11-08');
    expect(report.mentions.map((m) => `${m.surface}=${m.entityId}`)).toEqual([
      'Mohsin Naqvi=mohsin-naqvi',
      'Islamabad=islamabad',
    ]);
  });

  it('prints a readable summary with reasons and dated earlier incidents', async () => {
    const { out } = await run(['--date', '2024-11-08', join(dir, 'story.txt')]);
    expect(out).toContain('Article date: 2024-11-08 (given)');
    expect(out).toContain('Mohsin Naqvi (person, mohsin-naqvi): 2×');
    expect(out).toContain(`"Naqvi" at`);
    expect(out).toContain("surname after 'Mohsin Naqvi' earlier");
    expect(out).toMatch(/26 Mar 2024 +Suicide car bomb/);
  });

  it.each([
    ['missing.txt', 'no such file'],
    ['folder', 'is a directory'],
    ['empty.txt', 'is empty'],
    ['blank.txt', 'only white space'],
    ['image.png', 'binary'],
    ['latin1.txt', 'not valid UTF-8'],
  ])('refuses %s with a clear message and exit code 1', async (name, message) => {
    const { code, out, err } = await run([join(dir, name)]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(message);
  });

  // File modes cannot make a file unreadable for root (CI runs as root), so the mapping from the
  // operating system's error to the reader's message is tested directly.
  it.each([
    ['EACCES', 'a.txt: permission denied'],
    ['EPERM', 'a.txt: permission denied'],
    ['ENOENT', 'a.txt: no such file'],
    ['EISDIR', 'a.txt: is a directory, not a file'],
    ['EIO', 'a.txt: cannot read (i/o error)'],
  ])('explains a failed read with %s', (code, message) => {
    const err = Object.assign(new Error('i/o error'), { code });
    expect(explainReadError('a.txt', err).message).toBe(message);
  });

  it('refuses empty standard input', async () => {
    expect(await run(['-'], '')).toMatchObject({
      code: 1,
      err: 'annotate: stdin: the input is empty\n',
    });
  });

  it('exits with 2 and the usage on a bad command line', async () => {
    const { code, err } = await run(['--date', 'yesterday', 'a.txt']);
    expect(code).toBe(2);
    expect(err).toContain('usage: npm run annotate');
  });
});

describe('scripts/annotate.ts', () => {
  it('runs as a command, with output on stdout and failures on stderr', () => {
    const tsx = join(REPO_ROOT, 'node_modules/.bin/tsx');
    const script = join(REPO_ROOT, 'scripts/annotate.ts');
    const ok = spawnSync(tsx, [script, '--json', '-'], { input: 'BLA struck in Gwadar.' });
    expect(ok.status).toBe(0);
    const report = JSON.parse(ok.stdout.toString()) as AnnotationReport;
    expect(report.mentions.map((m) => m.entityId)).toEqual([
      'balochistan-liberation-army',
      'gwadar',
    ]);
    const bad = spawnSync(tsx, [script, join(dir, 'missing.txt')]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.toString()).toContain('no such file');
  }, 30_000);
});
