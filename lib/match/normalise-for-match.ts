/**
 * The canonical comparison form of a name: folded words joined by single spaces, so that
 * "Peshāwar" = "PESHAWAR", "Bhutto–Zardari" = "bhutto zardari" and "Moh\u00ADsin\nNaqvi" = "mohsin naqvi".
 */
import { tokenKey } from './token-key';
import { tokenise } from './tokenise';

/** Folds `text` the way the matcher does and joins its words with single spaces. */
export function normaliseForMatch(text: string): string {
  const tokens = tokenise(text);
  const words: string[] = [];
  for (let k = 0; k < tokens.count; k++) {
    words.push(tokenKey(text, tokens.start[k]!, tokens.end[k]!));
  }
  return words.join(' ');
}
