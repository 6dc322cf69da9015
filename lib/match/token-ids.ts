/** Maps each page word to the matcher's word id, comparing strings only when the hash is known. */
import { hashSlot, type Matcher } from './load-matcher';
import { tokenHasKey } from './token-key';
import type { TokenStream } from './tokenise';

/**
 * Word ids for every token of `tokens` (-1 for words no name uses). Pass `reuse` to fill an existing
 * array when it is long enough (entries past `tokens.count` are then left as they were).
 */
export function tokenIds(
  matcher: Matcher,
  text: string,
  tokens: TokenStream,
  reuse?: Int32Array,
): Int32Array {
  const ids =
    reuse !== undefined && reuse.length >= tokens.count
      ? reuse
      : new Int32Array(Math.max(tokens.count, (reuse?.length ?? 0) * 2));
  const keys = matcher.compiled.tokens;
  const { slotHash, slotToken } = matcher;
  const mask = slotHash.length - 1;
  for (let k = 0; k < tokens.count; k++) {
    const h = tokens.hash[k]!;
    ids[k] = -1;
    for (let slot = hashSlot(h, mask); slotToken[slot] !== 0; slot = (slot + 1) & mask) {
      if (slotHash[slot] !== h) continue;
      const id = slotToken[slot]! - 1;
      if (tokenHasKey(text, tokens.start[k]!, tokens.end[k]!, keys[id]!)) {
        ids[k] = id;
        break;
      }
    }
  }
  return ids;
}
