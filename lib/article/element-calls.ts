/**
 * Element methods called through `Element.prototype`, never through the element: a form's named
 * controls shadow the form's own properties, so on a page with `<input name="matches">` in a
 * `<form>` wrapping the article, `form.matches` is that input and calling it would throw. (Forms
 * are the only elements whose named children override built-in properties.)
 */

// The script's own Element (a content script's, or a test's global DOM), else that of the
// element's window (a document parsed by a script with a DOM of its own).
const methodsOf = (el: Element): Element =>
  (typeof Element === 'function'
    ? Element
    : (el.ownerDocument.defaultView as unknown as { Element: typeof Element }).Element
  ).prototype;

/** `el.getAttribute(name)`, whatever the page named its form controls. */
export const attributeOf = (el: Element, name: string): string | null =>
  methodsOf(el).getAttribute.call(el, name);

/** `el.hasAttribute(name)`, whatever the page named its form controls. */
export const hasAttributeOf = (el: Element, name: string): boolean =>
  methodsOf(el).hasAttribute.call(el, name);
