/** Prefix of every Custom Highlight name Backstory registers. */
export const HIGHLIGHT_PREFIX = 'backstory-';

/** Highlight name for the mention currently focused by keyboard or hover. */
export const FOCUS_HIGHLIGHT = 'backstory-focus';

/** Highlight name for the brief flash after "scroll to mention". */
export const FLASH_HIGHLIGHT = 'backstory-flash';

/** The slice of `CSS.highlights` we use; a `Map<string, Highlight>` fits, which keeps tests simple. */
export type HighlightRegistryLike = {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
  keys(): IterableIterator<string>;
};

/** A registry plus the `Highlight` constructor to fill it with: the CSS Custom Highlight API. */
export type HighlightApi = { registry: HighlightRegistryLike; create: () => Highlight };

/** Highlight name for a mention kind: `person` → `backstory-person`. */
export function highlightName(kind: string): string {
  return HIGHLIGHT_PREFIX + kind;
}

/**
 * Feature-detects the CSS Custom Highlight API. Returns null when `CSS.highlights` or `Highlight`
 * is missing (older browsers, some content-script sandboxes), so callers can fall back.
 */
export function getHighlightApi(registry?: HighlightRegistryLike): HighlightApi | null {
  const HighlightCtor = (globalThis as { Highlight?: typeof Highlight }).Highlight;
  const found =
    registry ?? (globalThis as { CSS?: { highlights?: HighlightRegistryLike } }).CSS?.highlights;
  if (!found || typeof HighlightCtor !== 'function') return null;
  return { registry: found, create: () => new HighlightCtor() };
}
