/**
 * A private X display for the few e2e tests that need a real browser window: Chrome's extension
 * permission dialog exists only in headful Chromium and cannot be answered through CDP.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';

/** A running Xvfb server and its DISPLAY value (":N"). */
export type Xvfb = { display: string; stop: () => void; key: (...keys: string[]) => void };

/** Starts Xvfb on a free display (it reports the number itself through -displayfd). */
export async function startXvfb(): Promise<Xvfb> {
  const child: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000);
    child.once('error', (e) =>
      reject(new Error(`cannot run Xvfb (apt-get install xvfb): ${e.message}`)),
    );
    child.stdio[3]!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
  });
  return {
    display,
    stop: () => void child.kill(),
    /** Sends key presses to the focused window with xdotool (e.g. "Tab", "Return"). */
    key: (...keys: string[]) => {
      execFileSync('xdotool', ['key', '--delay', '150', ...keys], {
        env: { ...process.env, DISPLAY: display },
      });
    },
  };
}
