/** Peer: mark.js as its documentation recommends for a list of names. */
import Mark from 'mark.js';

/** Marks every name in `names` under `root` with mark.js; returns the number of marks. */
export function runMarkJs(root: Element, names: readonly string[]): number {
  let count = 0;
  new Mark(root).mark([...names], {
    separateWordSearch: false,
    accuracy: 'exactly',
    done: (n: number) => {
      count = n;
    },
  });
  return count;
}
