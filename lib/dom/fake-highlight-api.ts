/** Test double for the CSS Custom Highlight API, which happy-dom lacks. */

/** A fake `Highlight`: a Set of ranges with a priority, like the real one. */
export class FakeHighlight extends Set<Range> {
  /** Painting order among overlapping highlights. */
  priority = 0;
  /** Accepts initial ranges like `new Highlight(r1, r2)`. */
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

/** Installs a fake `Highlight` and `CSS.highlights`; returns the registry and an uninstall function. */
export function installFakeHighlightApi(): {
  registry: Map<string, Highlight>;
  uninstall: () => void;
} {
  const scope = globalThis as Record<string, unknown>;
  const saved = { Highlight: scope['Highlight'], CSS: scope['CSS'] };
  const registry = new Map<string, Highlight>();
  scope['Highlight'] = FakeHighlight;
  scope['CSS'] = { ...(saved.CSS as object | undefined), highlights: registry };
  return {
    registry,
    uninstall: () => {
      scope['Highlight'] = saved.Highlight;
      scope['CSS'] = saved.CSS;
    },
  };
}
