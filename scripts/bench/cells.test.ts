import { describe, expect, it } from 'vitest';
import { benchGrid, ENGINES, parseEngines } from './cells';

describe('parseEngines', () => {
  it('takes known engines in the order given', () => {
    expect(parseEngines(['reader', 'floor'])).toEqual(['reader', 'floor']);
  });

  it('refuses a misspelt engine, naming it and the known ones', () => {
    expect(() => parseEngines(['floor', 'flor'])).toThrow(
      `unknown engine flor: choose from ${ENGINES.join(', ')}`,
    );
  });
});

describe('benchGrid', () => {
  it('runs every engine but the reader diagnostic by default', () => {
    expect(benchGrid(false).engines).toEqual(ENGINES.filter((e) => e !== 'reader'));
  });
});
