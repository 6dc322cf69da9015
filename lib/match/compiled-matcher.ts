/**
 * The stored form of a matcher: plain arrays, strings and numbers only, so it can be built once with
 * a dataset release, saved as JSON and loaded on every page without recompiling.
 */

/** How a dataset form names its entity. */
export type FormVia = 'name' | 'alias' | 'acronym' | 'short';

/** One name or alias of one entity, ending at a trie node. */
export type CompiledForm = {
  /** Index into `entityIds`. */
  entity: number;
  /** Trie node where the form's last word ends. */
  node: number;
  via: FormVia;
  /** The form as the dataset writes it. */
  matched: string;
  /** Case-sensitive forms (acronyms): each word exactly as written. */
  exact?: string[];
  /** Counts only with support from the page. */
  needsContext?: true;
  /** The dataset form itself starts lower-case ("al-Qaeda"), so a lower-case start is fine. */
  lowerStart?: true;
};

/** A person's role title as title-word token ids, with its dates. */
export type CompiledRole = { entity: number; words: number[]; from: string; to?: string };

/** A word trie in compressed-row form: the children of node n are entries childStart[n]..childStart[n+1]. */
export type CompiledTrie = {
  /** Per node: the gap kinds (tokenise GAP_*) allowed before its word. */
  gapMask: number[];
  childStart: number[];
  /** Sorted ascending within each node. */
  childToken: number[];
  childNode: number[];
};

/** The serialisable matcher built by `compileMatcher` and read by `loadMatcher`. */
export type CompiledMatcher = {
  format: 1;
  entityIds: string[];
  entityNames: string[];
  /** Per entity: its kind (`person`, `place`, …), so pages paint marks without the dataset records. Absent in matchers stored before kinds were kept. */
  entityKinds?: string[];
  /** Folded word keys; a word's id is its index. */
  tokens: string[];
  /** Token ids of words that occur in role titles ("minister", "president"). */
  titleWords: number[];
  trie: CompiledTrie;
  forms: CompiledForm[];
  roles: CompiledRole[];
  /** Per entity: related entity indices (co-actors, incident places, parent/within/role org). */
  related: number[][];
};
