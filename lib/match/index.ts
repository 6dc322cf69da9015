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
export { loadMatcher, type Matcher } from './load-matcher';
export type { Mention, MentionVia } from './mention';
export { normaliseForMatch } from './normalise-for-match';
export { tokenise, type TokenStream } from './tokenise';
