/** Public API of the spotter: compile a dataset's names once, load, and find mentions in text. */
export { buildMatcher } from './build-matcher';
export { compileMatcher } from './compile-matcher';
export type {
  CompiledMatcher,
  CompiledForm,
  CompiledRole,
  CompiledTrie,
  FormVia,
} from './compiled-matcher';
export { findMentions, type FindMentionsOptions } from './find-mentions';
export { loadMatcher, type Matcher, type StoredMatcher } from './load-matcher';
export { packMatcher } from './pack-matcher';
export type { PackedMatcher, PackedMatcherV2 } from './packed-matcher';
export type { Mention, MentionVia } from './mention';
export { normaliseForMatch } from './normalise-for-match';
export { tokenise, type TokenStream } from './tokenise';
