import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIsStale } from './ensure-build';

const made: string[] = [];
afterEach(() => {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
});

function tree(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
  made.push(root);
  for (const [path, seconds] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  }
  return root;
}

const BUILT = { '.output/chrome-mv3/content-scripts/content.js': 100, 'public/dataset.json': 90 };

describe('buildIsStale', () => {
  it('is stale without a build', () => {
    expect(buildIsStale(tree({ 'lib/a.ts': 50 }))).toBe(true);
  });

  it('is fresh when every source, the bundled dataset included, is older than the build', () => {
    expect(buildIsStale(tree({ ...BUILT, 'lib/a.ts': 50, 'public/icon/x.png': 60 }))).toBe(false);
  });

  it('is stale without the bundled dataset, or when it was rebuilt after the extension', () => {
    const noDataset = tree({
      '.output/chrome-mv3/content-scripts/content.js': 100,
      'lib/a.ts': 50,
    });
    expect(buildIsStale(noDataset)).toBe(true);
    expect(buildIsStale(tree({ ...BUILT, 'public/dataset.json': 150 }))).toBe(true);
  });

  it('is stale when a source changed after the build', () => {
    expect(buildIsStale(tree({ ...BUILT, 'lib/dom/a.ts': 150 }))).toBe(true);
    expect(buildIsStale(tree({ ...BUILT, 'seeds/people.json': 150 }))).toBe(true);
  });
});
