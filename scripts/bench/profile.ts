/**
 * Development aid: `tsx scripts/bench/profile.ts <pageChars> <names> [engine]` profiles one run in
 * headless Chromium with the CPU profiler and prints the functions with the most self and inclusive
 * time (`--warm`: after one unprofiled run in the same page; `--callers=NAME`: also which functions
 * call NAME, by time spent in it; `--lines=NAME`: NAME's own samples by line of the unminified bundle;
 * `--html=FILE`: that saved page instead of a generated one; `--dataset=FILE`: that dataset's entities
 * as the dictionary, as `npm run bench -- --dataset=` uses them).
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../lib/dataset/schema';
import { bundleBench, withBench } from './bundle';
import { parseEngines } from './cells';
import { launchBenchBrowser } from './browser-session';
import { generateDictionary, keywordsOf } from './gen-dictionary';
import { generatePage } from './gen-page';
import type { BenchEntity } from './gen-dictionary';
import { benchMatcherJson, storedMatcherJson } from './stored-matcher';

// Numbers are the page's characters and the dictionary's names (unused with --html= and
// --dataset=); a word is the engine, anywhere among them.
const positional = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const numbers = positional.filter((a) => /^\d+$/.test(a)).map(Number);
const [pageChars = 200_000, names = 10_000] = numbers;
const [engine = 'ours'] = parseEngines(positional.filter((a) => !/^\d+$/.test(a)).slice(0, 1));
const option = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount: number;
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
};

async function main() {
  const bundle = await bundleBench({ readable: true });
  const bench = await launchBenchBrowser();
  bench.files.set('/bench.js', bundle);
  const htmlFile = option('html');
  const html = htmlFile ? readFileSync(htmlFile, 'utf8') : generatePage(pageChars);
  bench.files.set('/page.html', withBench(html));
  const datasetFile = option('dataset');
  const dataset = datasetFile
    ? (JSON.parse(readFileSync(datasetFile, 'utf8')) as Pick<Dataset, 'entities' | 'incidents'>)
    : undefined;
  const entities = (dataset?.entities as BenchEntity[] | undefined) ?? generateDictionary(names);
  const payload = {
    names: keywordsOf(entities),
    matcherJson: dataset ? storedMatcherJson(dataset) : benchMatcherJson(entities),
    entitiesJson: JSON.stringify(entities),
  };
  for (let r = 0; r < 3; r++) {
    const { page, cdp } = await bench.open('/page.html');
    await page.evaluate((p) => (window as any).backstoryBench.setPayload(p), payload);
    // --warm: run once unprofiled in the same page first, so the profile shows optimised code.
    if (process.argv.includes('--warm'))
      await page.evaluate((e) => (window as any).backstoryBench.run(e), engine);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    const result = await page.evaluate((e) => (window as any).backstoryBench.run(e), engine);
    const { profile } = (await cdp.send('Profiler.stop')) as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    console.log(JSON.stringify(result));
    if (r < 2) {
      await page.close();
      continue;
    }
    const self = new Map<string, number>();
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const n = byId.get(id)!;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    });
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
    for (const [k, ms] of top) console.log(ms.toFixed(1).padStart(8), k);
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const total = new Map<string, number>();
    profile.samples.forEach((id, i) => {
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const name = byId.get(at)!.callFrame.functionName;
        if (!name || seen.has(name)) continue;
        seen.add(name);
        total.set(name, (total.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      }
    });
    console.log('--- inclusive');
    for (const [k, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 30))
      console.log(ms.toFixed(1).padStart(8), k);
    const callee = process.argv.find((a) => a.startsWith('--callers='))?.slice(10);
    if (callee) {
      const callers = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
          if (byId.get(at)!.callFrame.functionName !== callee) continue;
          const up = parent.get(at);
          const f = up === undefined ? undefined : byId.get(up)!.callFrame;
          const key = f ? `${f.functionName || '(anon)'}:${f.lineNumber}` : '(root)';
          callers.set(key, (callers.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
          break;
        }
      });
      console.log(`--- callers of ${callee}`);
      for (const [k, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(ms.toFixed(1).padStart(8), k);
    }
    const lined = process.argv.find((a) => a.startsWith('--lines='))?.slice(8);
    if (lined) {
      const ticks = new Map<number, number>();
      for (const n of profile.nodes) {
        if (n.callFrame.functionName !== lined) continue;
        for (const { line, ticks: t } of n.positionTicks ?? [])
          ticks.set(line, (ticks.get(line) ?? 0) + t);
      }
      const lines = bundle.split('\n');
      console.log(`--- samples by line in ${lined}`);
      for (const [line, t] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, 15))
        console.log(String(t).padStart(8), `${line}: ${lines[line - 1]?.trim().slice(0, 100)}`);
    }
    await page.close();
  }
  await bench.browser.close();
}
await main();
