/**
 * Mentions painted as CSS Custom Highlights (see highlights.css): one named highlight per kind,
 * plus the focused mention. The page's DOM is never touched.
 */
import {
  FOCUS_HIGHLIGHT,
  getHighlightApi,
  HIGHLIGHT_PREFIX,
  highlightName,
  type HighlightRegistryLike,
} from './highlight-registry';

// Above the mention kinds (priority 0) so the focus background wins where they overlap.
const FOCUS_PRIORITY = 1;

/** A mention to paint: its range and its entity kind (`person`, `organization`, `group`, `place`). */
export type HighlightMark = { range: Range; kind: string };

/**
 * Adds marks to the per-kind highlights, keeping what is painted (for scans that paint piece by
 * piece). Returns false when the Highlight API is missing.
 */
export function addHighlights(marks: HighlightMark[], registry?: HighlightRegistryLike): boolean {
  const api = getHighlightApi(registry);
  if (!api) return false;
  // One registry lookup per kind, not per mark: a long page adds thousands of marks at once.
  const byKind = new Map<string, Highlight>();
  for (const { range, kind } of marks) {
    let highlight = byKind.get(kind);
    if (!highlight) {
      const name = highlightName(kind);
      highlight = api.registry.get(name);
      if (!highlight) {
        highlight = api.create();
        api.registry.set(name, highlight);
      }
      byKind.set(kind, highlight);
    }
    highlight.add(range);
  }
  return true;
}

/** Takes marks out of the per-kind highlights (a rescanned region). False without the API. */
export function removeHighlights(
  marks: HighlightMark[],
  registry?: HighlightRegistryLike,
): boolean {
  const api = getHighlightApi(registry);
  if (!api) return false;
  for (const { range, kind } of marks) api.registry.get(highlightName(kind))?.delete(range);
  return true;
}

/** Removes every Backstory highlight (mentions, focus, flash). Returns false without the API. */
export function clearHighlights(registry?: HighlightRegistryLike): boolean {
  const api = getHighlightApi(registry);
  if (!api) return false;
  for (const name of api.registry.keys()) {
    if (name.startsWith(HIGHLIGHT_PREFIX)) api.registry.delete(name);
  }
  return true;
}

/**
 * Shows `range` as the focused mention (`backstory-focus`), or clears the focus with null.
 * Returns false when the Highlight API is missing.
 */
export function setFocusHighlight(range: Range | null, registry?: HighlightRegistryLike): boolean {
  const api = getHighlightApi(registry);
  if (!api) return false;
  if (!range) {
    api.registry.delete(FOCUS_HIGHLIGHT);
    return true;
  }
  // Reuse the registered highlight: focus moves on every hover, allocations add up.
  const existing = api.registry.get(FOCUS_HIGHLIGHT);
  if (existing) {
    existing.clear();
    existing.add(range);
    return true;
  }
  const highlight = api.create();
  highlight.priority = FOCUS_PRIORITY;
  highlight.add(range);
  api.registry.set(FOCUS_HIGHLIGHT, highlight);
  return true;
}
