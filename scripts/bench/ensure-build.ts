/**
 * The size and hover checks measure the built extension: build it first when there is no build, or
 * when a source file is newer than it (so a fresh clone just works and the size is never stale).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = ['.output/chrome-mv3/content-scripts/content.js', 'public/dataset.json'];
const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'seeds',
  'public',
  'wxt.config.ts',
  'package.json',
];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

/** True when the build under `root` is missing or older than one of its source files. */
export function buildIsStale(root = '.'): boolean {
  const built = BUILT.map((p) => join(root, p));
  if (!built.every((p) => existsSync(p))) return true;
  const builtAt = Math.min(...built.map((p) => statSync(p).mtimeMs));
  // The dataset build writes public/dataset*.json itself: other public files count as sources.
  const sources = SOURCES.map((p) => {
    const path = join(root, p);
    if (p !== 'public' || !existsSync(path)) return newest(path);
    const own = readdirSync(path).filter((f) => !f.startsWith('dataset'));
    return Math.max(0, ...own.map((f) => newest(join(path, f))));
  });
  return Math.max(...sources) > builtAt;
}

/** Runs `npm run build` when {@link buildIsStale}. */
export function ensureBuild(): void {
  if (!buildIsStale()) return;
  console.log('Building the extension first (no build, or sources newer than it)…');
  execSync('npm run build', { stdio: 'inherit' });
}
