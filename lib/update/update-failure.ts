/** Why an update was refused, in a reader's words, with the dataset errors when it failed validation. */
import type { DatasetError } from '../dataset/errors';

/** The kinds of failure the settings page and the update log tell apart. */
export type UpdateFailureKind =
  | 'bad-url'
  | 'permission'
  | 'offline'
  | 'timeout'
  | 'server-error'
  | 'redirect'
  | 'content-type'
  | 'too-large'
  | 'not-json'
  | 'too-deep'
  | 'unsafe'
  | 'invalid'
  | 'checksum'
  | 'stale'
  | 'storage'
  | 'no-previous';

/** One refused update: what kind, the sentence to show, and every validation error by path. */
export type UpdateFailure = { kind: UpdateFailureKind; message: string; errors: DatasetError[] };

/** Builds an UpdateFailure. */
export function updateFailure(
  kind: UpdateFailureKind,
  message: string,
  errors: DatasetError[] = [],
): UpdateFailure {
  return { kind, message, errors };
}

/** True when `value` is an UpdateFailure (results travel through storage and messages). */
export function isUpdateFailure(value: unknown): value is UpdateFailure {
  const v = value as Partial<UpdateFailure> | null;
  return !!v && typeof v.kind === 'string' && typeof v.message === 'string';
}
