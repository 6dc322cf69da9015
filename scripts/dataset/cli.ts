/** Small helpers shared by the dataset command-line scripts. */
import { pathToFileURL } from 'node:url';

/** True when the module at `moduleUrl` is the script Node was started with. */
export function isMain(moduleUrl: string): boolean {
  const entry = process.argv[1];
  return entry !== undefined && pathToFileURL(entry).href === moduleUrl;
}

/** Runs an async main, turning a thrown error into exit code 2 with a one-line message. */
export function runMain(main: () => Promise<number>): void {
  // Piping into `head` closes stdout early; that is not an error worth a stack trace.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      console.error(`dataset: ${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 2;
    },
  );
}
