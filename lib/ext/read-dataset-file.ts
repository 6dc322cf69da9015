/** Reads a dataset file the reader chose or dropped, refusing an oversize file before reading it. */
import { UPDATE_LIMITS } from '../update/limits';
import { tooLarge } from '../update/parse-update';
import { type UpdateFailure, updateFailure } from '../update/update-failure';

/** The file's bytes, or why they could not be read. */
export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; failure: UpdateFailure };

/** Reads a File's bytes (size-capped); never throws. */
export async function readDatasetFile(
  file: Blob,
  maxBytes = UPDATE_LIMITS.maxBytes,
): Promise<ReadResult> {
  if (file.size > maxBytes) return { ok: false, failure: tooLarge(file.size, maxBytes) };
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, failure: updateFailure('not-json', 'The file could not be read.') };
  }
}
