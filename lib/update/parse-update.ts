/**
 * Turns untrusted bytes into a validated Dataset, or one clear failure: size, encoding, nesting depth
 * (measured before parsing), JSON syntax, risky keys and string lengths, the full schema with cross
 * checks, and the checksum when the file carries one. Never throws.
 */
import { hasValidChecksum } from '../dataset/checksum';
import type { Dataset } from '../dataset/schema';
import { validateDataset } from '../dataset/validate';
import { findUnsafeJson } from './find-unsafe-json';
import { jsonDepth } from './json-depth';
import { UPDATE_LIMITS, type UpdateLimits, formatBytes } from './limits';
import { type UpdateFailure, updateFailure } from './update-failure';

/** A parsed, fully validated dataset, or why it was refused. */
export type ParsedUpdate = { ok: true; dataset: Dataset } | { ok: false; failure: UpdateFailure };

const refuse = (...args: Parameters<typeof updateFailure>): ParsedUpdate => ({
  ok: false,
  failure: updateFailure(...args),
});

/** The "too large" failure, shared by files, downloads with a Content-Length and streamed bodies. */
export function tooLarge(bytes: number | null, maxBytes: number): UpdateFailure {
  const size = bytes === null ? 'more than that' : formatBytes(bytes);
  return updateFailure(
    'too-large',
    `The dataset is too large (${size}; the limit is ${formatBytes(maxBytes)}).`,
  );
}

function decode(input: Uint8Array | string): string | null {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return null;
  }
}

/** Parses and validates dataset bytes (or text already read) under `limits`. */
export async function parseUpdate(
  input: Uint8Array | string,
  limits: UpdateLimits = UPDATE_LIMITS,
): Promise<ParsedUpdate> {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).length : input.length;
  if (size > limits.maxBytes) return { ok: false, failure: tooLarge(size, limits.maxBytes) };
  const text = decode(input);
  if (text === null) return refuse('not-json', 'The dataset is not valid JSON (not UTF-8 text).');
  if (text.trim() === '') return refuse('not-json', 'The file is empty.');
  if (jsonDepth(text, limits.maxDepth) > limits.maxDepth)
    return refuse(
      'too-deep',
      `The dataset nests deeper than ${limits.maxDepth} levels; a real dataset never does.`,
    );
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why = e instanceof Error ? e.message : 'parse error';
    return refuse('not-json', `The file is not valid JSON (${why}).`);
  }
  const unsafe = findUnsafeJson(value, limits);
  if (unsafe)
    return refuse('unsafe', `The dataset was refused at ${unsafe.path || '(root)'}.`, [unsafe]);
  const result = validateDataset(value);
  if (!result.ok) {
    const first = result.errors[0]?.path || '(root)';
    const n = result.errors.length;
    return refuse(
      'invalid',
      `The dataset is invalid at ${first}${n > 1 ? ` and ${n - 1} more place${n > 2 ? 's' : ''}` : ''}.`,
      result.errors,
    );
  }
  if (result.dataset.checksum !== undefined && !(await hasValidChecksum(result.dataset)))
    return refuse(
      'checksum',
      'The dataset’s checksum does not match its contents: the file was changed or damaged after it was published.',
    );
  return { ok: true, dataset: result.dataset };
}
