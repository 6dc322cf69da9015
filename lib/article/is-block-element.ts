const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html img ' +
    'legend li main menu nav ol p picture section summary table tbody td tfoot th thead tr ul ' +
    'video audio canvas iframe object embed'
  ).split(' '),
);

/**
 * True for elements that start a new line of prose (block boxes, `br`, replaced media), judged by
 * tag alone: computed styles are too slow to read per element on a news page.
 */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}
