/** Compile-and-load in one step, for callers that do not store the compiled matcher. */
import type { Dataset } from '../dataset/schema';
import { compileMatcher } from './compile-matcher';
import { loadMatcher, type Matcher } from './load-matcher';

/** `loadMatcher(compileMatcher(dataset))`: a ready matcher straight from a dataset. */
export function buildMatcher(dataset: Pick<Dataset, 'entities' | 'incidents'>): Matcher {
  return loadMatcher(compileMatcher(dataset));
}
