import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIsStale } from './ensure-build';

function tree(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-build-'));
  for (const [path, seconds] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, seconds, seconds);
  }
  return root;
}

const BUILT = { '.output/chrome-mv3/content-scripts/content.js': 100, 'public/dataset.json': 100 };

describe('buildIsStale', () => {
  it('is stale without a build', () => {
    expect(buildIsStale(tree({ 'lib/a.ts': 50 }))).toBe(true);
  });

  it('is fresh when every source is older than the build, the built dataset aside', () => {
    expect(buildIsStale(tree({ ...BUILT, 'lib/a.ts': 50, 'public/icon/x.png': 60 }))).toBe(false);
  });

  it('is stale when a source changed after the build', () => {
    expect(buildIsStale(tree({ ...BUILT, 'lib/dom/a.ts': 150 }))).toBe(true);
    expect(buildIsStale(tree({ ...BUILT, 'seeds/people.json': 150 }))).toBe(true);
  });
});
