import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from '../match';
import { testMatcher } from '../match/test-marks';
import { createContextCarry, findMentionsCarried, rememberMentions } from './context-carry';

describe('findMentionsCarried', () => {
  it('resolves a surname to the full name named in an earlier piece', () => {
    const carry = createContextCarry();
    const first = findMentionsCarried(testMatcher, 'Mohsin Naqvi arrived in Karachi.', carry);
    expect(first.map((m) => m.surface)).toEqual(['Mohsin Naqvi', 'Karachi']);
    const second = findMentionsCarried(testMatcher, 'Later Naqvi spoke.', carry);
    expect(second).toMatchObject([{ surface: 'Naqvi', start: 6, end: 11, via: 'short' }]);
  });

  it('resolves a surname that opens the next piece', () => {
    const carry = createContextCarry();
    findMentionsCarried(testMatcher, 'Mohsin Naqvi arrived in Karachi.', carry);
    const next = findMentionsCarried(testMatcher, 'Naqvi said the talks went well.', carry);
    expect(next).toMatchObject([{ surface: 'Naqvi', start: 0, end: 5, via: 'short' }]);
  });

  it('finds the same mentions as one call when nothing is carried', () => {
    const text = 'Mohsin Naqvi met BLA leaders in KP.';
    expect(findMentionsCarried(testMatcher, text, createContextCarry())).toEqual(
      findMentions(testMatcher, text),
    );
  });

  it('forgets the oldest names beyond its limit', () => {
    const carry = createContextCarry(1);
    rememberMentions(carry, findMentions(testMatcher, 'Mohsin Naqvi in Karachi.'));
    expect([...carry.surfaces.values()]).toEqual(['Karachi']);
  });
});

const mention = (entityId: string, surface: string, via = 'name') =>
  ({ entityId, surface, via, start: 0, end: 0 }) as unknown as Mention;

describe('rememberMentions', () => {
  it('keeps the most recently named entities, each with its last surface, oldest first', () => {
    const carry = createContextCarry(3);
    rememberMentions(carry, [mention('a', 'A1'), mention('b', 'B'), mention('old', 'O')]);
    rememberMentions(carry, [
      mention('c', 'C'),
      mention('a', 'A2'),
      mention('d', 'D', 'short'),
      mention('e', 'E'),
      mention('c', 'C2'),
    ]);
    expect([...carry.surfaces]).toEqual([
      ['a', 'A2'],
      ['e', 'E'],
      ['c', 'C2'],
    ]);
  });
});
