/**
 * Peer: one escaped RegExp alternation of every name (longest first, Unicode word edges), run per
 * text node, each match wrapped in a <mark>. Bench-only code: shipped code never builds a RegExp.
 */

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Compiles the alternation for `names`. */
export function buildAlternation(names: readonly string[]): RegExp {
  const sorted = [...names].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

/** Wraps every match of `re` in the text nodes under `root`; returns the number of marks. */
export function runRegexPeer(root: Element, re: RegExp): number {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  let marks = 0;
  for (const node of nodes) {
    const data = node.data;
    re.lastIndex = 0;
    let match = re.exec(data);
    if (!match) continue;
    const frag = doc.createDocumentFragment();
    let at = 0;
    while (match) {
      if (match.index > at) frag.append(data.slice(at, match.index));
      const mark = doc.createElement('mark');
      mark.textContent = match[0];
      frag.append(mark);
      marks++;
      at = match.index + match[0].length;
      match = re.exec(data);
    }
    if (at < data.length) frag.append(data.slice(at));
    node.replaceWith(frag);
  }
  return marks;
}
