/** Walks parsed JSON once, without recursion, for what the schema cannot see: risky keys and huge strings. */
import type { DatasetError } from '../dataset/errors';
import { formatPath } from '../dataset/errors';
import type { UpdateLimits } from './limits';

/** Keys that could reach an object's prototype if any code ever merged this data into another object. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

type Item = { value: unknown; path: PropertyKey[] };

/** The first forbidden key, over-long string or over-long record list in `value`, or null when there is none. */
export function findUnsafeJson(
  value: unknown,
  limits: Pick<UpdateLimits, 'maxStringLength' | 'maxRecords'>,
): DatasetError | null {
  const stack: Item[] = [{ value, path: [] }];
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.length > limits.maxStringLength)
        return {
          path: formatPath(path),
          message: `is ${v.length} characters long; the limit is ${limits.maxStringLength}`,
        };
    } else if (Array.isArray(v)) {
      if (v.length > limits.maxRecords)
        return {
          path: formatPath(path),
          message: `has ${v.length} items; the limit is ${limits.maxRecords}`,
        };
      for (let i = v.length - 1; i >= 0; i -= 1) stack.push({ value: v[i], path: [...path, i] });
    } else if (v !== null && typeof v === 'object') {
      // JSON.parse makes "__proto__" an ordinary own key, so Object.keys sees it.
      for (const key of Object.keys(v)) {
        if (FORBIDDEN_KEYS.has(key))
          return {
            path: formatPath([...path, key]),
            message: `the key "${key}" is not allowed`,
          };
        stack.push({ value: (v as Record<string, unknown>)[key], path: [...path, key] });
      }
    }
  }
  return null;
}
