/** Reads the `annotate` command line: one input (a file or `-`), `--date`, `--json` and friends. */

/** What the user asked `annotate` to do. */
export type AnnotateArgs = {
  /** A file path, or `-` for standard input. */
  input: string;
  /** YYYY-MM-DD given with `--date`; otherwise the date is detected. */
  date?: string;
  isJson: boolean;
  /** Read the input as HTML even without an .html name (for `-`). */
  isHtml: boolean;
  /** The page's address, for dates in the URL (`--url`). */
  url?: string;
  /** A dataset JSON file to use instead of the seeds (`--dataset`). */
  dataset?: string;
};

/** Parsed arguments, a request for help, or a usage error. */
export type ParsedArgs =
  | { ok: true; args: AnnotateArgs }
  | { ok: false; help: true }
  | { ok: false; help: false; error: string };

/** The usage text printed by `--help` and after a usage error. */
export const USAGE = `usage: npm run annotate -- [--json] [--date YYYY-MM-DD] [--html] [--url URL] [--dataset FILE] <file.html|file.txt|->

Spots the dataset's people, organizations, groups and places in an article and lists the
earlier related incidents. .html/.htm files go through the same article extraction as the
extension; other files and - (standard input) are read as plain text, unchanged.`;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function isRealDay(value: string): boolean {
  if (!ISO_DAY.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

function fail(error: string): ParsedArgs {
  return { ok: false, help: false, error };
}

/** Parses `argv` (without node and the script); never throws. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const inputs: string[] = [];
  const args: Omit<AnnotateArgs, 'input'> = { isJson: false, isHtml: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--help' || flag === '-h') return { ok: false, help: true };
    else if (flag === '--json') args.isJson = true;
    else if (flag === '--html') args.isHtml = true;
    else if (flag === '--date' || flag === '--url' || flag === '--dataset') {
      const v = value();
      if (v === undefined || v === '') return fail(`${flag} needs a value`);
      if (flag === '--date') {
        if (!isRealDay(v)) return fail(`--date must be a real day as YYYY-MM-DD, got '${v}'`);
        args.date = v;
      } else if (flag === '--url') args.url = v;
      else args.dataset = v;
    } else if (flag === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith('-') && flag !== '-') return fail(`unknown option '${flag}'`);
    else inputs.push(arg);
  }
  if (inputs.length === 0) return fail('no input: give a file, or - for standard input');
  if (inputs.length > 1) return fail(`one input at a time, got ${inputs.length}`);
  return { ok: true, args: { ...args, input: inputs[0]! } };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
