/** The `annotate` command as a function: arguments and streams in, exit code out (testable without spawning). */
import { buildMatcher } from '../../lib/match';
import { indexDataset } from '../../lib/related/dataset-index';
import { annotateHtml, annotateText } from './annotate-input';
import { buildReport } from './annotation-report';
import { formatReport } from './format-report';
import { loadDataset } from './load-dataset';
import { parseArgs, USAGE } from './parse-args';
import { InputError, readInput, type InputChunks } from './read-input';

/** Where the command reads and writes. */
export type AnnotateIo = {
  stdin?: InputChunks;
  out: (text: string) => void;
  err: (text: string) => void;
};

/** Runs `annotate` with `argv`; 0 on success, 1 for unusable input, 2 for usage errors. */
export async function annotateMain(argv: readonly string[], io: AnnotateIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    if (parsed.help) {
      io.out(`${USAGE}\n`);
      return 0;
    }
    io.err(`annotate: ${parsed.error}\n${USAGE}\n`);
    return 2;
  }
  const { args } = parsed;
  try {
    const input = await readInput(args.input, { isHtml: args.isHtml, stdin: io.stdin });
    const dataset = await loadDataset(args.dataset);
    const matcher = buildMatcher(dataset);
    const options = { date: args.date, url: args.url };
    const page = input.isHtml
      ? await annotateHtml(matcher, input.text, options)
      : annotateText(matcher, input.text, options);
    const index = indexDataset(dataset);
    const report = buildReport(index, page);
    io.out(args.isJson ? `${JSON.stringify(report)}\n` : formatReport(index, page, report));
    return 0;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    io.err(`annotate: ${err.message}\n`);
    return 1;
  }
}
