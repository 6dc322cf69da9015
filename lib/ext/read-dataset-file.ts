/** Reads a dataset file the reader chose, with clear messages for the ways a file can be wrong. */
import type { DatasetError } from '../dataset/validate';

/** Largest dataset file accepted, in bytes. */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

/** The parsed JSON, or the reason it could not be read. */
export type ReadResult = { ok: true; value: unknown } | { ok: false; errors: DatasetError[] };

const fail = (message: string): ReadResult => ({ ok: false, errors: [{ path: '', message }] });

/** Parses dataset JSON text; never throws. */
export function parseDatasetText(text: string): ReadResult {
  if (text.trim() === '') return fail('The file is empty.');
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return fail(`The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}).`);
  }
}

/** Reads and parses a File (size-capped); never throws. */
export async function readDatasetFile(file: Blob & { name?: string }): Promise<ReadResult> {
  if (file.size > MAX_DATASET_BYTES) {
    return fail(
      `The file is too large (${(file.size / 1048576).toFixed(1)} MB; the limit is ${MAX_DATASET_BYTES / 1048576} MB).`,
    );
  }
  try {
    return parseDatasetText(await file.text());
  } catch {
    return fail('The file could not be read.');
  }
}
