import { hasAttributeOf } from './element-calls';

/** Attribute that marks an element as Backstory's own UI, which text extraction and observers ignore. */
export const BACKSTORY_UI_ATTRIBUTE = 'data-backstory-ui';

/** True for our own UI: an element with `data-backstory-ui` or a `backstory-*` custom element. */
export function isBackstoryUi(el: Element): boolean {
  return el.localName.startsWith('backstory-') || hasAttributeOf(el, BACKSTORY_UI_ATTRIBUTE);
}
