/**
 * The size and hover checks measure the built extension: build it first when there is no build, or
 * when a source file is newer than it (so a fresh clone just works and the size is never stale).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = '.output/chrome-mv3/content-scripts/content.js';
// Everything the build reads, the bundled dataset included (`npm run dataset:build` alone makes it
// newer than the extension built from the previous one).
const SOURCES = [
  'entrypoints',
  'components',
  'lib',
  'seeds',
  'public',
  'scripts/dataset',
  'wxt.config.ts',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
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
  const built = join(root, BUILT);
  if (!existsSync(built) || !existsSync(join(root, 'public/dataset.json'))) return true;
  const builtAt = statSync(built).mtimeMs;
  return Math.max(...SOURCES.map((p) => newest(join(root, p)))) > builtAt;
}

/** Runs `npm run build` when {@link buildIsStale}. */
export function ensureBuild(): void {
  if (!buildIsStale()) return;
  console.log('Building the extension first (no build, or sources newer than it)…');
  execSync('npm run build', { stdio: 'inherit' });
}
