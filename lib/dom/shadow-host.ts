/** An isolated host for our UI: a custom-named element with an open shadow root and its own styles. */

/** A mounted host and the container inside its shadow root. */
export type ShadowHost = {
  host: HTMLElement;
  root: ShadowRoot;
  container: HTMLElement;
  remove: () => void;
};

/**
 * Creates `<tag data-backstory-ui>` at the end of the document with `cssText` adopted in its shadow
 * root. The host takes no space; children position themselves (fixed). Page CSS cannot reach inside.
 */
export function createShadowHost(doc: Document, tag: string, cssText: string): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-backstory-ui', '');
  for (const [prop, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['z-index', '2147483647'],
    ['display', 'block'],
  ] as const) {
    host.style.setProperty(prop, value, 'important');
  }
  const root = host.attachShadow({ mode: 'open' });
  const view = doc.defaultView;
  if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
    const sheet = new view.CSSStyleSheet();
    sheet.replaceSync(cssText);
    root.adoptedStyleSheets = [sheet];
  } else {
    const style = doc.createElement('style');
    style.textContent = cssText;
    root.append(style);
  }
  const container = doc.createElement('div');
  container.className = 'theme';
  root.append(container);
  (doc.body ?? doc.documentElement).append(host);
  return { host, root, container, remove: () => host.remove() };
}
