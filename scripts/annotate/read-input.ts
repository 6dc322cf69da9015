/** Reads the `annotate` input (a file or standard input) and refuses what is not article text. */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';

/** The input as text, and whether to read it as an HTML page. */
export type ArticleInput = { text: string; isHtml: boolean; label: string };

/** Input we cannot annotate; the message is shown to the user as is. */
export class InputError extends Error {
  override name = 'InputError';
}

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const SNIFF_BYTES = 8192;

/** True when the start of `bytes` looks binary: a NUL byte, or many control characters. */
function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

/** Decodes checked bytes as UTF-8 (the text unchanged, a byte-order mark kept) or throws. */
export function decodeArticle(bytes: Uint8Array, label: string): string {
  if (bytes.length === 0) throw new InputError(`${label}: the input is empty`);
  if (looksBinary(bytes)) throw new InputError(`${label}: this looks like a binary file, not text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${label}: not valid UTF-8 text`);
  }
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    throw new InputError(`${label}: the input has no text, only white space`);
  }
  return text;
}

/** Chunks of standard input (or a stand-in for tests). */
export type InputChunks = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

async function readStdin(stdin: InputChunks): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The reader's message for a failed read of `path` (permission, missing, directory, other). */
export function explainReadError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(`${path}: permission denied`);
  if (code === 'EISDIR') return new InputError(`${path}: is a directory, not a file`);
  return new InputError(`${path}: cannot read (${err instanceof Error ? err.message : code})`);
}

/** Reads `path` (or standard input for `-`); throws InputError with a clear message when unusable. */
export async function readInput(
  path: string,
  options: { isHtml?: boolean; stdin?: InputChunks } = {},
): Promise<ArticleInput> {
  if (path === '-') {
    const bytes = await readStdin(options.stdin ?? process.stdin);
    return { text: decodeArticle(bytes, 'stdin'), isHtml: options.isHtml ?? false, label: 'stdin' };
  }
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
    bytes = await readFile(path);
  } catch (err) {
    throw err instanceof InputError ? err : explainReadError(path, err);
  }
  const isHtml = options.isHtml === true || HTML_EXTENSIONS.has(extname(path).toLowerCase());
  return { text: decodeArticle(bytes, path), isHtml, label: path };
}
