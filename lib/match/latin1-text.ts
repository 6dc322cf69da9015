/**
 * Keeps a stored matcher's text one byte per character. V8 stores a string with even one character
 * above U+00FF at two bytes per character, so a few non-Latin names would double the whole text (3.3
 * instead of 1.7 MB at 50,000 names). Such characters, and the escape character itself, are written
 * as U+007F (DEL) and four hex digits; items are unescaped when read, which only the few a page names are.
 */

const ESCAPE = '\u007f';
const NEEDS_ESCAPE = /[\u007f\u0100-\uffff]/g;
const ESCAPED = /\u007f([0-9a-f]{4})/g;

/** `text` with every character above U+00FF (and U+007F) escaped. */
export function escapeWide(text: string): string {
  return text.replace(NEEDS_ESCAPE, (c) => ESCAPE + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** The original of an {@link escapeWide} text or slice (a slice never cuts an escape). */
export function unescapeWide(text: string): string {
  if (!text.includes(ESCAPE)) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * True when escaping makes `text` smaller in memory: it has characters above U+00FF, but few
 * enough that five one-byte characters each cost less than two bytes for every character.
 */
export function escapingSaves(text: string): boolean {
  let wide = 0;
  let escaped = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff) wide++;
    else if (c === 0x7f) escaped++;
  }
  // Only characters above U+00FF make a string two bytes per character.
  return wide > 0 && text.length + 4 * (wide + escaped) < 2 * text.length;
}
