/** The dataset `annotate` and `eval` work from: the seeds (validated as the build does) or a given file. */
import { readFile } from 'node:fs/promises';
import type { Dataset } from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { buildDataset } from '../dataset/build';
import { readSeeds } from '../dataset/read-seeds';
import { InputError } from './read-input';

/** Builds the dataset from `seeds/`, or reads and validates `file` when given. */
export async function loadDataset(file?: string): Promise<Dataset> {
  if (file === undefined) {
    const built = await buildDataset(await readSeeds());
    if (!built.ok) {
      throw new InputError(`seeds do not validate:\n  ${built.problems.slice(0, 10).join('\n  ')}`);
    }
    return built.dataset;
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: cannot read the dataset (${(err as Error).message})`);
  }
  const result = validateDataset(data);
  if (!result.ok) {
    const first = result.errors.slice(0, 5).map((e) => `${e.path}: ${e.message}`);
    throw new InputError(`${file}: not a valid dataset:\n  ${first.join('\n  ')}`);
  }
  return result.dataset;
}
