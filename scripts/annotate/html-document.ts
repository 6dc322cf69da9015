/** A script-free happy-dom Document for HTML read in Node (the CLI and the golden-page tests). */
import { Window } from 'happy-dom';

/** Parses `html` (located at `url`), runs `use` on the Document, then closes the window. */
export async function withHtmlDocument<T>(
  html: string,
  url: string,
  use: (doc: Document) => Promise<T>,
): Promise<T> {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html');
    return await use(doc as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}
