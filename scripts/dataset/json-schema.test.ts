import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateJsonSchemas, SCHEMA_DIR } from './json-schema';
import { REPO_ROOT } from './read-seeds';

describe('generateJsonSchemas', () => {
  const generated = Object.entries(generateJsonSchemas());

  it('produces the dataset, entity and incident schemas', () => {
    expect(generated.map(([name]) => name).sort()).toEqual([
      'dataset.schema.json',
      'entity.schema.json',
      'incident.schema.json',
    ]);
  });

  it.each(generated)(
    'matches the committed %s (regenerate with npm run dataset:schema)',
    async (name, text) => {
      expect(await readFile(join(REPO_ROOT, SCHEMA_DIR, name), 'utf8')).toBe(text);
    },
  );

  it('describes the input shape, where defaults may be omitted', () => {
    const incident = JSON.parse(generateJsonSchemas()['incident.schema.json']!) as {
      required: string[];
    };
    expect(incident.required).not.toContain('datePrecision');
    expect(incident.required).toContain('sources');
  });
});
