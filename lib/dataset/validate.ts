import type { z } from 'zod';
import { crossCheck } from './cross-check';
import { ErrorList, formatPath, type DatasetError } from './errors';
import { indexIds } from './id-index';
import {
  DatasetSchema,
  EntitySchema,
  IncidentSchema,
  type Dataset,
  type Entity,
  type Incident,
} from './schema';

export type { DatasetError } from './errors';

/** Outcome of validateDataset: the parsed dataset, or every problem found. */
export type ValidationResult =
  { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

function addIssues(
  errors: ErrorList,
  issues: readonly z.core.$ZodIssue[],
  prefix: readonly PropertyKey[] = [],
) {
  for (const issue of issues) errors.add(formatPath([...prefix, ...issue.path]), issue.message);
}

/** Parses each record on its own so that one broken record does not hide checks on the others. */
function parseEach<T>(raw: unknown, schema: z.ZodType<T>): (T | undefined)[] {
  if (!Array.isArray(raw)) return [];
  return raw.map((item) => {
    const r = schema.safeParse(item);
    return r.success ? r.data : undefined;
  });
}

function validateUnsafe(input: unknown): ValidationResult {
  const errors = new ErrorList();
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) addIssues(errors, parsed.error.issues);
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const rawEntities = Array.isArray(raw.entities) ? (raw.entities as unknown[]) : [];
  const rawIncidents = Array.isArray(raw.incidents) ? (raw.incidents as unknown[]) : [];
  const ids = indexIds(rawEntities, rawIncidents, errors);
  const checkable = parsed.success
    ? parsed.data
    : {
        entities: parseEach<Entity>(rawEntities, EntitySchema),
        incidents: parseEach<Incident>(rawIncidents, IncidentSchema),
      };
  crossCheck(checkable, ids, errors);
  const list = errors.list();
  if (parsed.success && list.length === 0) return { ok: true, dataset: parsed.data };
  return { ok: false, errors: list };
}

/**
 * Validates untrusted input as a Dataset: the zod schema first, then the cross checks (unique ids,
 * resolvable references, date order, aliases). Never throws; reports up to MAX_ERRORS problems.
 */
export function validateDataset(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (err) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          message: `could not be validated: ${err instanceof Error ? err.name : 'unexpected failure'}`,
        },
      ],
    };
  }
}
