/** Parses an HTML string into a Document in Node (happy-dom), as the annotate CLI and golden tests need. */
import { Window } from 'happy-dom';

/** A Document for `html`, with `url` as its location (for date detection from the URL). */
export function parseHtml(html: string, url = 'https://www.example.org/'): Document {
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
