/** The one canonical text of a seed file: parsed by its schema, keys in declared order, defaults written out. */
import type { z } from 'zod';
import { DatasetSchema, EntitySchema, IncidentSchema } from '../../lib/dataset/schema';
import type { SeedRole } from './read-seeds';

/** The part of the dataset that seeds/release.json holds. */
export const ReleaseSchema = DatasetSchema.pick({ version: true, changelog: true });

const SCHEMAS: Readonly<Record<SeedRole, z.ZodType>> = {
  release: ReleaseSchema,
  entity: EntitySchema,
  incident: IncidentSchema,
};

/**
 * Canonical text for a seed record, or undefined when it does not pass its schema.
 * Parsing trims text and fills defaults; zod emits keys in the schema's declared order.
 */
export function canonicalSeedText(role: SeedRole, data: unknown): string | undefined {
  const r = SCHEMAS[role].safeParse(data);
  return r.success ? `${JSON.stringify(r.data, null, 2)}\n` : undefined;
}
