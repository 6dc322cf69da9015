/** Writes JSON Schemas for seed authors (editor completion and checks) into seeds/schema/. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DatasetSchema, EntitySchema, IncidentSchema } from '../../lib/dataset/schema';
import { isMain, runMain } from './cli';
import { REPO_ROOT } from './read-seeds';

/** Folder of the generated schemas, relative to the repo root. */
export const SCHEMA_DIR = 'seeds/schema';

/** File name → text of each generated JSON Schema (the input shape: defaults may be omitted). */
export function generateJsonSchemas(): Record<string, string> {
  const schemas = { dataset: DatasetSchema, entity: EntitySchema, incident: IncidentSchema };
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [
      `${name}.schema.json`,
      `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`,
    ]),
  );
}

async function main(): Promise<number> {
  const dir = join(REPO_ROOT, SCHEMA_DIR);
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(generateJsonSchemas()))
    await writeFile(join(dir, name), text);
  console.log(`dataset: wrote ${SCHEMA_DIR}/{dataset,entity,incident}.schema.json`);
  return 0;
}

if (isMain(import.meta.url)) runMain(main);
