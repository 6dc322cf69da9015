/**
 * `npm run bench [-- --quick]`: the production page pipeline against mark.js, a RegExp alternation
 * and the floor, on generated pages and dictionaries in headless Chromium. Writes bench/results.json
 * and bench/results.md and prints the table and the budget verdicts.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { format } from 'prettier';
import { bundleBench } from './bundle';
import { benchGrid, runsFor, skipReason, type Cell } from './cells';
import { checkBudgets } from './budgets';
import { extraChecks } from './extra-checks';
import { generateDictionary, keywordsOf } from './gen-dictionary';
import { generatePage } from './gen-page';
import { launchBenchBrowser } from './browser-session';
import { runOnce } from './run-once';
import { machineInfo } from './machine-info';
import { renderReport } from './report';
import { benchMatcherJson } from './stored-matcher';
import type { Engine, RunResult } from './page/entry';

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const list = (name: string) => arg(name)?.split(',');

async function main() {
  const quick = process.argv.includes('--quick');
  const started = performance.now();
  const grid = benchGrid(quick);
  // Development overrides: --pages=20000,200000 --names=100 --engines=ours,floor --runs=1
  if (list('pages')) grid.pages = list('pages')!.map(Number);
  if (list('names')) grid.names = list('names')!.map(Number);
  if (list('engines')) grid.engines = list('engines') as Engine[];
  if (arg('runs')) grid.runs = Number(arg('runs'));
  const bench = await launchBenchBrowser();
  const machine = await machineInfo(bench.browser.version());
  bench.files.set('/bench.js', await bundleBench());
  // The extra checks use the 20 kB and 200 kB pages whatever the grid.
  for (const size of new Set([...grid.pages, 20_000, 200_000])) {
    const html = generatePage(size).replace('</body>', '<script src="/bench.js"></script></body>');
    bench.files.set(`/page-${size}.html`, html);
  }
  const cells: Cell[] = [];
  const builds: { names: number; compileMs: number; storedBytes: number }[] = [];
  for (const names of grid.names) {
    const entities = generateDictionary(names);
    const t = performance.now();
    const matcherJson = benchMatcherJson(entities);
    builds.push({ names, compileMs: performance.now() - t, storedBytes: matcherJson.length });
    const payload = {
      names: keywordsOf(entities),
      matcherJson,
      entitiesJson: JSON.stringify(entities),
    };
    for (const pageChars of grid.pages) {
      for (const engine of grid.engines) {
        const skipped = skipReason(engine, pageChars, names, quick);
        if (skipped) {
          cells.push({ pageChars, names, engine, runs: 0, skipped } as Cell);
          continue;
        }
        const runs: (RunResult & { heapKb: number; warmScriptMs?: number })[] = [];
        try {
          const count = runsFor(engine, pageChars, names, grid.runs);
          for (let r = 0; r < count; r++)
            runs.push(await runOnce(bench, pageChars, engine, payload));
        } catch (e) {
          // A peer may fail outright (mark.js overflows its stack on the 2 MB page): report it.
          const why = String(e instanceof Error ? e.message : e)
            .split('\n')[0]!
            .slice(0, 60);
          cells.push({ pageChars, names, engine, runs: 0, skipped: `failed: ${why}` } as Cell);
          console.log(`${engine} ${pageChars} chars ${names} names: failed: ${why}`);
          continue;
        }
        const pick = (k: keyof RunResult) => median(runs.map((x) => (x[k] as number) ?? 0));
        cells.push({
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
          visibleMs: engine === 'ours' ? pick('visibleMs') : undefined,
          warmScriptMs:
            runs[0]!.warmScriptMs === undefined
              ? undefined
              : median(runs.map((x) => x.warmScriptMs!)),
        });
        const c = cells.at(-1)!;
        console.log(
          `${engine.padEnd(6)} ${String(pageChars).padStart(7)} chars ${String(names).padStart(5)} names: ` +
            `script ${c.scriptMs.toFixed(2)} ms, frame ${c.frameMs.toFixed(1)} ms, longest ${c.longestTaskMs.toFixed(1)} ms, ` +
            `load ${c.loadMs.toFixed(2)} ms, heap ${c.heapKb} kB, marks ${c.marks}` +
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
  await mkdir('bench', { recursive: true });
  // Written as the formatter would, so `npm run check` passes on committed results.
  await writeFile('bench/results.json', await format(JSON.stringify(results), { parser: 'json' }));
  await writeFile('bench/results.md', await format(markdown, { parser: 'markdown' }));
  console.log(`\n${markdown}`);
  if (budgets.some((b) => b.pass === false)) process.exitCode = 1;
}

await main();
