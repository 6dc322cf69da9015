import { describe, expect, it } from 'vitest';
import { MAX_ERRORS } from './errors';
import { sampleDataset } from './sample-dataset';
import type { Dataset } from './schema';
import { validateDataset } from './validate';

type Mutation = (d: Dataset) => void;
const person = (d: Dataset) => d.entities.find((e) => e.kind === 'person')!;
const karachi = (d: Dataset) => d.entities.find((e) => e.id === 'karachi')!;

function errorsAfter(mutate: Mutation) {
  const d = sampleDataset();
  mutate(d);
  const r = validateDataset(d);
  return r.ok ? [] : r.errors;
}

describe('validateDataset', () => {
  it('accepts the sample dataset and returns it parsed', () => {
    const r = validateDataset(sampleDataset());
    expect(r).toMatchObject({ ok: true });
  });

  it.each<[string, Mutation, string, string]>([
    [
      'a duplicate id across kinds',
      (d) => (d.incidents[0]!.id = 'karachi'),
      'incidents[0].id',
      'already used at entities[1].id',
    ],
    [
      'a role org that is a place',
      (d) => {
        const p = person(d);
        if (p.kind === 'person') p.roles[0]!.org = 'karachi';
      },
      'entities[3].roles[0].org',
      'must name a organization or a group',
    ],
    [
      'a nationality that is missing',
      (d) => {
        const p = person(d);
        if (p.kind === 'person') p.nationality = 'nowhere';
      },
      'entities[3].nationality',
      'names nothing',
    ],
    [
      'an organization country that is a person',
      (d) => {
        const o = d.entities[2]!;
        if (o.kind === 'organization') o.country = 'mohsin-naqvi';
      },
      'entities[2].country',
      'must name a place',
    ],
    [
      'a group parent that is an organization',
      (d) => {
        const g = d.entities[4]!;
        if (g.kind === 'group') g.parent = 'ministry-of-interior-pakistan';
      },
      'entities[4].parent',
      'must name a group',
    ],
    [
      'a place inside itself',
      (d) => {
        const p = d.entities[0]!;
        if (p.kind === 'place') p.within = 'karachi';
      },
      'entities[0].within',
      'inside itself',
    ],
    [
      'an incident placed at a group',
      (d) => (d.incidents[0]!.placeId = 'balochistan-liberation-army'),
      'incidents[0].placeId',
      'must name a place',
    ],
    [
      'an actor that does not exist',
      (d) => (d.incidents[1]!.actors[0]!.entityId = 'nobody'),
      'incidents[1].actors[0].entityId',
      'names nothing',
    ],
    [
      'a casualty country that is a city name typo',
      (d) => (d.incidents[0]!.casualties!.byNationality[0]!.country = 'chna'),
      'incidents[0].casualties.byNationality[0].country',
      'names nothing',
    ],
    [
      'a related id that is an entity',
      (d) => (d.incidents[1]!.related = ['karachi']),
      'incidents[1].related[0]',
      'must name an incident',
    ],
    [
      'an incident related to itself',
      (d) => (d.incidents[1]!.related = ['karachi-mill-shooting-2024']),
      'incidents[1].related[0]',
      'itself',
    ],
    [
      'an end date before the start',
      (d) => (d.incidents[0]!.endDate = '2024-10-05'),
      'incidents[0].endDate',
      'before it starts',
    ],
    [
      'a role that ends before it starts',
      (d) => {
        const p = person(d);
        if (p.kind === 'person') p.roles[0]!.to = '2023';
      },
      'entities[3].roles[0].to',
      'before it starts',
    ],
    [
      'a one-letter alias',
      (d) => person(d).aliases.push({ text: 'N', type: 'short' }),
      'entities[3].aliases[1].text',
      'Too small',
    ],
    [
      'a common-word alias without needsContext',
      (d) => karachi(d).aliases.push({ text: 'Port', type: 'variant' }),
      'entities[1].aliases[0].text',
      'common English word',
    ],
    [
      'a single-word name that is a common word',
      (d) => (karachi(d).name = 'Harbour'.replace('Harbour', 'Hub')),
      'entities[1].name',
      'common English word',
    ],
    [
      'an http source',
      (d) => (d.incidents[0]!.sources[0]!.url = 'http://example.com'),
      'incidents[0].sources[0].url',
      'https',
    ],
    ['a malformed checksum', (d) => (d.checksum = 'md5-00'), 'checksum', 'sha256'],
  ])('reports %s', (_title, mutate, path, message) => {
    const errors = errorsAfter(mutate);
    expect(errors).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it('accepts a common-word alias marked needsContext', () => {
    expect(
      errorsAfter((d) =>
        karachi(d).aliases.push({ text: 'Port', type: 'variant', needsContext: true }),
      ),
    ).toEqual([]);
  });

  it('still cross-checks valid records when another record is broken', () => {
    const errors = errorsAfter((d) => {
      (d.entities[0] as { name: unknown }).name = 42;
      d.incidents[1]!.actors[0]!.entityId = 'nobody';
    });
    expect(errors.map((e) => e.path)).toEqual([
      'entities[0].name',
      'incidents[1].actors[0].entityId',
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 7],
    ['a string', 'dataset'],
    ['an array', []],
    [
      'entities that are not an array',
      { schemaVersion: 1, version: '2026.11.28', entities: {}, incidents: 'x' },
    ],
    [
      'records that are null',
      { schemaVersion: 1, version: '2026.11.28', entities: [null, 1], incidents: [[]] },
    ],
    ['a __proto__ key', JSON.parse('{"__proto__": {"ok": true}, "schemaVersion": 1}')],
    [
      'a getter that throws',
      Object.defineProperty({}, 'entities', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    ],
  ])('never throws on %s', (_title, input) => {
    const r = validateDataset(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
  });

  it('caps the error list and says so', () => {
    const d = sampleDataset();
    for (let n = 0; n < 8; n += 1) {
      const actors = Array.from({ length: 40 }, (_, i) => ({
        entityId: `missing-${n}-${i}`,
        role: 'victim' as const,
      }));
      d.incidents.push({ ...d.incidents[0]!, id: `copy-${n}`, actors });
    }
    const r = validateDataset(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toHaveLength(MAX_ERRORS + 1);
    expect(r.errors.at(-1)?.message).toContain(`stopped after ${MAX_ERRORS}`);
  });
});
