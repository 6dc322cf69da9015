/** Whether the page looks dark, so the card can match it. */

/** Relative luminance (0–1) of a CSS rgb()/rgba() colour, or null when transparent or unparsable. */
export function luminanceOf(color: string): number | null {
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)(?:[,\s/]+([\d.]+%?))?\s*\)$/.exec(color.trim());
  if (!m) return null;
  const alpha =
    m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/**
 * Dark when the page paints a dark background on body or html; when neither paints one, follows the
 * reader's system preference (prefers-color-scheme).
 */
export function isPageDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const lum = luminanceOf(view.getComputedStyle(el).backgroundColor);
    if (lum !== null) return lum < 0.2;
  }
  return view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
