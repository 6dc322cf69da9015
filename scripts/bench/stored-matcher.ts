/** The matcher exactly as the extension stores it at install time, serialised as storage would. */
import { compileMatcher, packMatcher } from '../../lib/match';
import type { Dataset } from '../../lib/dataset/schema';
import type { BenchEntity } from './gen-dictionary';

/** JSON of the stored matcher for a dataset, as `prepareActiveDataset` stores it (packed). */
export function storedMatcherJson(dataset: Pick<Dataset, 'entities' | 'incidents'>): string {
  return JSON.stringify(packMatcher(compileMatcher(dataset)));
}

/** The stored matcher JSON for generated `entities` (no incidents). */
export function benchMatcherJson(entities: readonly BenchEntity[]): string {
  return storedMatcherJson({ entities, incidents: [] } as unknown as Pick<
    Dataset,
    'entities' | 'incidents'
  >);
}
