/**
 * `npm run bench [-- --quick]`: the production page pipeline against mark.js, a RegExp alternation
 * and the floor, on generated pages and dictionaries in headless Chromium. Writes bench/results.json
 * and bench/results.md (bench/custom/ for a narrowed grid or other pages and dictionaries) and prints
 * the table and the budget verdicts.
 *
 * Other pages and dictionaries: `-- --html=saved-page.html,other.html` adds saved pages to the grid
 * (the floor and the peers work on their `<article>`, or `<body>` without one), and
 * `-- --dataset=public/dataset.json` uses a dataset's entities as the only dictionary.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { format } from 'prettier';
import { bundleBench, withBench } from './bundle';
import { benchGrid, parseEngines, runsFor, skipReason, type Cell } from './cells';
import { checkBudgets } from './budgets';
import { ensureBuild } from './ensure-build';
import { extraChecks } from './extra-checks';
import { generateDictionary, keywordsOf } from './gen-dictionary';
import { generatePage, textLength } from './gen-page';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { BenchEntity } from './gen-dictionary';
import { launchBenchBrowser } from './browser-session';
import { runOnce } from './run-once';
import { machineInfo } from './machine-info';
import { renderReport } from './report';
import { benchMatcherJson, storedMatcherJson } from './stored-matcher';
import type { Dataset } from '../../lib/dataset/schema';
import type { RunResult } from './page/entry';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** One page of the grid: where it is served, its text length, and a name for pages given by file. */
type PageSpec = { path: string; chars: number; name?: string };

// Saved pages carry scripts and styles whose text is not page text.
const pageTextLength = (html: string) =>
  textLength(html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ''));

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const list = (name: string) => arg(name)?.split(',');

async function main() {
  const quick = process.argv.includes('--quick');
  const started = performance.now();
  const grid = benchGrid(quick);
  // Development overrides: --pages=20000,200000 --names=100 --engines=ours,floor --runs=1
  // --pages= (empty) runs only the pages given with --html.
  if (list('pages'))
    grid.pages = list('pages')!
      .map(Number)
      .filter((n) => n > 0);
  if (list('names')) grid.names = list('names')!.map(Number);
  if (list('engines')) grid.engines = parseEngines(list('engines')!);
  if (arg('runs')) grid.runs = Number(arg('runs'));
  ensureBuild();
  const bench = await launchBenchBrowser();
  const machine = await machineInfo(bench.browser.version());
  bench.files.set('/bench.js', await bundleBench());
  // The extra checks use the 20 kB, 200 kB and 2 MB pages whatever the grid.
  for (const size of new Set([...grid.pages, 20_000, 200_000, 2_000_000]))
    bench.files.set(`/page-${size}.html`, withBench(generatePage(size)));
  const pages: PageSpec[] = grid.pages.map((chars) => ({ path: `/page-${chars}.html`, chars }));
  (list('html') ?? []).forEach((file, i) => {
    const html = readFileSync(file, 'utf8');
    const path = `/file-${i}.html`;
    bench.files.set(path, withBench(html));
    pages.push({ path, chars: pageTextLength(html), name: basename(file) });
  });
  const datasetFile = arg('dataset');
  const dataset = datasetFile
    ? (JSON.parse(readFileSync(datasetFile, 'utf8')) as Pick<Dataset, 'entities' | 'incidents'>)
    : undefined;
  const fromFile = dataset?.entities as BenchEntity[] | undefined;
  if (fromFile) grid.names = [fromFile.length];
  const cells: Cell[] = [];
  const builds: { names: number; compileMs: number; storedBytes: number }[] = [];
  for (const names of grid.names) {
    const entities = fromFile ?? generateDictionary(names);
    const t = performance.now();
    // A real dataset's incidents relate its entities (co-actors, places), which resolution uses.
    const matcherJson = dataset ? storedMatcherJson(dataset) : benchMatcherJson(entities);
    builds.push({ names, compileMs: performance.now() - t, storedBytes: matcherJson.length });
    const payload = {
      names: keywordsOf(entities),
      matcherJson,
      entitiesJson: JSON.stringify(entities),
    };
    for (const { path, chars: pageChars, name: page } of pages) {
      for (const engine of grid.engines) {
        const skipped = skipReason(engine, pageChars, names, quick);
        if (skipped) {
          cells.push({ page, pageChars, names, engine, runs: 0, skipped } as Cell);
          continue;
        }
        const runs: (RunResult & { heapKb: number; warmScriptMs?: number })[] = [];
        try {
          const count = runsFor(engine, pageChars, names, grid.runs);
          // The warm diagnostic triples a run's time: full runs only.
          for (let r = 0; r < count; r++)
            runs.push(await runOnce(bench, path, engine, payload, { warm: !quick }));
        } catch (e) {
          // A peer may fail outright (mark.js overflows its stack on the 2 MB page): report it.
          const why = String(e instanceof Error ? e.message : e)
            .split('\n')[0]!
            .slice(0, 60);
          cells.push({
            page,
            pageChars,
            names,
            engine,
            runs: 0,
            skipped: `failed: ${why}`,
          } as Cell);
          console.log(`${engine} ${page ?? pageChars} chars ${names} names: failed: ${why}`);
          continue;
        }
        const pick = (k: keyof RunResult) => median(runs.map((x) => (x[k] as number) ?? 0));
        cells.push({
          page,
          pageChars,
          names,
          engine,
          runs: runs.length,
          scriptMs: pick('scriptMs'),
          frameMs: pick('frameMs'),
          longestTaskMs: pick('longestTaskMs'),
          loadMs: pick('loadMs'),
          heapKb: median(runs.map((x) => x.heapKb)),
          marks: pick('marks'),
          visibleMs: engine.startsWith('ours') ? pick('visibleMs') : undefined,
          hostMs: engine === 'ours' ? pick('hostMs') : undefined,
          warmScriptMs:
            runs[0]!.warmScriptMs === undefined
              ? undefined
              : median(runs.map((x) => x.warmScriptMs!)),
        });
        const c = cells.at(-1)!;
        console.log(
          `${engine.padEnd(9)} ${page ?? `${String(pageChars).padStart(7)} chars`} ${String(names).padStart(5)} names: ` +
            `script ${c.scriptMs.toFixed(2)} ms, frame ${c.frameMs.toFixed(1)} ms, longest ${c.longestTaskMs.toFixed(1)} ms, ` +
            `load ${c.loadMs.toFixed(2)} ms, heap ${c.heapKb} kB, marks ${c.marks}` +
            (c.hostMs === undefined ? '' : `, host ${c.hostMs.toFixed(1)} ms`) +
            (c.warmScriptMs === undefined ? '' : `, warm ${c.warmScriptMs.toFixed(2)} ms`),
        );
      }
    }
  }
  const extra = await extraChecks(bench, quick);
  await bench.browser.close();
  machine.loadAfter = (await import('node:os')).loadavg().map((x) => Number(x.toFixed(2)));
  const budgets = checkBudgets(cells, builds, extra);
  const results = {
    machine,
    quick,
    seconds: (performance.now() - started) / 1000,
    builds,
    cells,
    extra,
    budgets,
  };
  const markdown = renderReport(results);
  // The standard grid (full or --quick) writes the committed results; a narrowed grid or other
  // pages and dictionaries write bench/custom/ (not committed), leaving the standard figures alone.
  const isCustom = ['pages', 'names', 'engines', 'runs', 'html', 'dataset'].some(
    (n) => arg(n) !== undefined,
  );
  const dir = isCustom ? 'bench/custom' : 'bench';
  await mkdir(dir, { recursive: true });
  // Written as the formatter would, so `npm run check` passes on committed results.
  await writeFile(`${dir}/results.json`, await format(JSON.stringify(results), { parser: 'json' }));
  await writeFile(`${dir}/results.md`, await format(markdown, { parser: 'markdown' }));
  if (isCustom) console.log(`Narrowed or custom grid: results in ${dir}/, not bench/results.*`);
  console.log(`\n${markdown}`);
  if (budgets.some((b) => b.pass === false)) process.exitCode = 1;
}

await main();
