import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/schema';
import { collectRelations } from './collect-relations';

const place = (id: string, placeType: string, within?: string) =>
  ({ id, kind: 'place', placeType, within }) as unknown as Dataset['entities'][number];
const group = (id: string) => ({ id, kind: 'group' }) as unknown as Dataset['entities'][number];

const entities = [
  place('pakistan', 'country'),
  place('quetta', 'city', 'pakistan'),
  group('bla'),
  group('ttp'),
];
const incidents = [
  { placeId: 'quetta', actors: [{ entityId: 'bla' }, { entityId: 'pakistan' }] },
  { placeId: 'pakistan', actors: [{ entityId: 'ttp' }] },
] as unknown as Dataset['incidents'];
const index = new Map(entities.map((e, i) => [e.id, i]));
const related = collectRelations({ entities, incidents }, index);
const names = (id: string) => related[index.get(id)!]!.map((i) => entities[i]!.id);

describe('collectRelations', () => {
  it.each([
    ['bla', ['quetta']],
    ['quetta', ['bla']],
    ['ttp', []],
    ['pakistan', []],
  ])('links %s to its co-actors and places but never to a country', (id, expected) => {
    expect(names(id)).toEqual(expected);
  });
});
