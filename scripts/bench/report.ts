/** The results as a Markdown table (for bench/results.md and the README) with the machine named. */
import { ratioToFloor, type Budget } from './budgets';
import type { Cell } from './cells';
import type { ExtraResults } from './extra-checks';
import type { MachineInfo } from './machine-info';

type Results = {
  machine: MachineInfo;
  quick: boolean;
  seconds: number;
  builds: { names: number; compileMs: number; storedBytes: number }[];
  cells: Cell[];
  extra: ExtraResults;
  budgets: Budget[];
};

const f = (n: number | undefined, digits = 1) =>
  n === undefined || Number.isNaN(n) ? '–' : n.toFixed(digits);
// Error text may hold table pipes (a peer's RegExp source).
const cellText = (s: string) => `skipped: ${s.replace(/\|/g, '/').slice(0, 70)}`;
const size = (chars: number) => (chars >= 1e6 ? `${chars / 1e6} M` : `${chars / 1e3} k`);

/** Renders the table, the builds, the extra checks and the budget verdicts. */
export function renderReport(r: Results): string {
  const m = r.machine;
  const lines = [
    '# Backstory bench',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB; Node ${m.node}; Chromium ${m.chromium} headless. ` +
      `Load average before ${m.loadBefore.join(' / ')}, after ${m.loadAfter?.join(' / ') ?? '?'}. ` +
      `${r.quick ? 'Quick run (1 run per cell)' : 'Median of 5 runs per cell'}; ${r.seconds.toFixed(0)} s in all.`,
    '',
    'Figures are ms (×floor = ratio to walking the article text nodes once on the same page). ' +
      '"ours" is the production page session (chunked; script = the sum of its slices on the page\'s main thread, parsing the background\'s replies included) with matching in the background, played by a worker here; ' +
      '"host ms" is the time the background spent matching for it, off the page\'s main thread (in a fresh worker each run, so not yet optimised; the real background stays warm across pages). ' +
      '"ours-here" is the same session matching on the page itself, as it does when the background cannot (full runs only). ' +
      '"reader" (only when asked for with --engines=) is the production text reader alone, reading what the floor walks: no matching, no marks. ' +
      "load = reading the stored matcher plus loading it (ours: in the background, from the copy it keeps in IndexedDB, as the extension's background does after a restart; ours-here: in the page, from the stored record) or the RegExp build. " +
      'Every run is in a fresh page, so script ms includes compiling and warming up our code; "warm" is a third run in the same page (floor, reader and ours only; full runs only), a diagnostic of how much of it is warm-up. ' +
      'heap = memory kept after the run, after a full GC: V8 heap plus typed-array backing stores plus the Blink heap (DOM objects such as ranges).',
    '',
    '| page chars | names | engine | script ms | ×floor | warm ms | ×floor | next frame ms | ×floor | longest task ms | load ms | heap kB | marks | host ms |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const c of r.cells) {
    if (c.skipped) {
      lines.push(
        `| ${c.page ?? size(c.pageChars)} | ${c.names} | ${c.engine} | ${cellText(c.skipped)} | | | | | | | | | | |`,
      );
      continue;
    }
    lines.push(
      `| ${c.page ?? size(c.pageChars)} | ${c.names} | ${c.engine} | ${f(c.scriptMs, 2)} | ${f(ratioToFloor(r.cells, c, 'scriptMs'))} | ` +
        `${f(c.warmScriptMs, 2)} | ${f(ratioToFloor(r.cells, c, 'warmScriptMs'))} | ` +
        `${f(c.frameMs)} | ${f(ratioToFloor(r.cells, c, 'frameMs'))} | ${f(c.longestTaskMs)} | ${f(c.loadMs, 2)} | ${c.heapKb} | ${c.marks} | ${f(c.hostMs)} |`,
    );
  }
  lines.push(
    '',
    '| names | compile ms (install time, Node) | stored matcher bytes |',
    '| --- | --- | --- |',
  );
  for (const b of r.builds) lines.push(`| ${b.names} | ${f(b.compileMs)} | ${b.storedBytes} |`);
  lines.push('', '| budget | limit | measured | verdict |', '| --- | --- | --- | --- |');
  for (const b of r.budgets) {
    lines.push(
      `| ${b.name} | ${b.limit} | ${b.measured} | ${b.pass === undefined ? 'not measured' : b.pass ? 'PASS' : 'FAIL'} |`,
    );
  }
  const x = r.extra;
  lines.push(
    '',
    `Incremental rescan (one paragraph appended to the 200 kB page, 1,000 names): ${f(x.incrementalMs, 2)} ms of our work, longest task ${f(x.incrementalLongestMs, 2)} ms.`,
  );
  if (x.bulk) {
    const b = x.bulk;
    lines.push(
      '',
      `Rescan after ${b.paragraphs} paragraphs were added at once to the 200 kB page: ${f(b.busyMs)} ms of our work in ${b.tasks} tasks, longest ${f(b.longestTaskMs)} ms; long tasks (≥ 50 ms) on the page meanwhile: ${b.longTasks.length === 0 ? 'none' : b.longTasks.map((d) => f(d)).join(', ') + ' ms'}.`,
    );
  }
  if (x.edits) {
    const e = x.edits;
    lines.push(
      '',
      `The page's own DOM edits (${e.count} text and element edits on the 2 MB page): ${f(e.withoutMs)} ms without Backstory, ` +
        `${f(e.withMs)} ms after it marked 10,000 names (${e.live} of ${e.marks} marks holding a live Range), ` +
        `${f(e.allLiveMs)} ms if every mark held one.`,
    );
  }
  if (x.marksLatency) {
    const latency = x.marksLatency;
    lines.push(
      '',
      `In the built extension, navigation to the first marks on the demo article (median of ${latency.loads} loads each): ${f(latency.runningMs)} ms with the background running, ${f(latency.stoppedMs)} ms right after it was stopped (it starts and loads the dataset first).`,
    );
    if (latency.large)
      lines.push(
        '',
        `With ${latency.large.names.toLocaleString('en')} names installed, on the generated 20 kB article: ${f(latency.large.runningMs)} ms with the background running, ${f(latency.large.stoppedMs)} ms right after it was stopped (it starts from the matcher it keeps in IndexedDB, and reads the records from there for the first card).`,
      );
  }
  if (r.extra.notes.length > 0) lines.push('', ...r.extra.notes.map((n) => `- ${n}`));
  return `${lines.join('\n')}\n`;
}
