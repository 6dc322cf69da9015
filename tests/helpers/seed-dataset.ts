/** The dataset compiled straight from seeds/, for tests that need the real data without a build step. */
import type { Dataset } from '../../lib/dataset/schema';
import { buildDataset } from '../../scripts/dataset/build';
import { readSeeds } from '../../scripts/dataset/read-seeds';

let cached: Promise<Dataset> | null = null;

/** Reads, validates and compiles seeds/ once per test process; throws listing the problems if invalid. */
export function loadSeedDataset(): Promise<Dataset> {
  cached ??= readSeeds().then(async (seeds) => {
    const result = await buildDataset(seeds);
    if (!result.ok) throw new Error(`seeds are invalid:\n${result.problems.join('\n')}`);
    return result.dataset;
  });
  return cached;
}
