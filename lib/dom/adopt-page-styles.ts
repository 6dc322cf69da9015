/** Adds our highlight styles to a page without inserting elements into its DOM. */

/**
 * Appends a constructed stylesheet to `document.adoptedStyleSheets` (no DOM node added); falls back
 * to a marked `<style>` in the head where constructed sheets are unsupported. Returns an undo.
 */
export function adoptPageStyles(doc: Document, cssText: string): () => void {
  const view = doc.defaultView;
  if (view && typeof view.CSSStyleSheet === 'function' && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(cssText);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    } catch {
      // Fall through to a style element.
    }
  }
  const style = doc.createElement('style');
  style.setAttribute('data-backstory-ui', '');
  style.textContent = cssText;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}
