/**
 * Carriage returns as line breaks. Text pasted from Windows or old Mac files ends lines with "\r\n"
 * or a lone "\r"; the tokeniser knows "\n". Rewriting "\r\n" as " \n" and "\r" as "\n" keeps every
 * offset, so a name may still wrap onto the next line but never runs across a paragraph.
 */

const CARRIAGE_RETURNS = /\r\n?/g;

/** `text` with the same length and line structure, carriage returns replaced as described above. */
export function unifyLineBreaks(text: string): string {
  if (!text.includes('\r')) return text;
  return text.replace(CARRIAGE_RETURNS, (br) => (br.length === 2 ? ' \n' : '\n'));
}
