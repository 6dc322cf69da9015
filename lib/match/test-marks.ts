/** Test helper: the matcher over the test dataset, and mentions written compactly as "surface=id". */
import { buildMatcher } from './build-matcher';
import { findMentions } from './find-mentions';
import type { Mention } from './mention';
import { testDataset } from './test-dataset';

/** One matcher shared by the tests (building it is cheap, but there is no need to repeat it). */
export const testMatcher = buildMatcher(testDataset());

/** Mentions of `text` on `articleDate` (default 2024-11-08) as "surface=entityId" strings. */
export function marks(text: string, articleDate = '2024-11-08'): string[] {
  return findMentions(testMatcher, text, { articleDate }).map((m) => `${m.surface}=${m.entityId}`);
}

/** The single mention of `surface` in `text`, for checking `via` and `reason`. */
export function mentionOf(
  text: string,
  surface: string,
  articleDate = '2024-11-08',
): Mention | undefined {
  return findMentions(testMatcher, text, { articleDate }).find((m) => m.surface === surface);
}
