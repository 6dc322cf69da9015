import { FLASH_HIGHLIGHT, getHighlightApi, type HighlightRegistryLike } from './highlight-registry';

// Above focus (1) and the mention kinds (0).
const FLASH_PRIORITY = 2;

/**
 * Scrolls a mention to the middle of the viewport and flashes it (`backstory-flash`) for `ms`.
 * Scrolling is smooth unless the reader prefers reduced motion. The flash needs the Highlight
 * API; without it only the scroll happens. Returns a function that ends the flash early.
 */
export function flashRange(range: Range, ms = 1200, registry?: HighlightRegistryLike): () => void {
  const start = range.startContainer;
  const element = start.nodeType === 1 ? (start as Element) : start.parentElement;
  const view = start.ownerDocument?.defaultView;
  const reduceMotion = view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
  element?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });

  const api = getHighlightApi(registry);
  if (!api) return () => {};
  const highlight = api.create();
  highlight.priority = FLASH_PRIORITY;
  highlight.add(range);
  api.registry.set(FLASH_HIGHLIGHT, highlight);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const end = () => {
    clearTimeout(timer);
    // A newer flash owns the name now; leave it be.
    if (api.registry.get(FLASH_HIGHLIGHT) === highlight) api.registry.delete(FLASH_HIGHLIGHT);
  };
  timer = setTimeout(end, ms);
  return end;
}
