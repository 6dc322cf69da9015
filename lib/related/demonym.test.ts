import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../tests/helpers/mini-dataset';
import { indexDataset } from './dataset-index';
import { demonymOf } from './demonym';

describe('demonymOf', () => {
  const index = indexDataset(miniDataset);

  it('gives the nationality adjective of a known country', () => {
    expect(demonymOf(index, 'china')).toBe('Chinese');
  });

  it('falls back to the place name, then the id, for other ids (even Object member names)', () => {
    expect(demonymOf(index, 'karachi')).toBe(index.entities.get('karachi')?.name);
    expect(demonymOf(index, 'constructor')).toBe('constructor');
    expect(demonymOf(index, 'toString')).toBe('toString');
  });
});
