import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { decodeMentions, encodeMentions, isMatchReply, isMatchRequest } from './match-wire';

const matcher = loadMatcher(compileMatcher(testDataset()));
const TEXT =
  'Mohsin Naqvi met officials in Karachi on Friday. Naqvi said the BLA had attacked Peshawar, ' +
  'and the Balochistan Liberation Army denied it.';

describe('mentions on the wire', () => {
  it('come back as they were sent, surfaces cut from the text', () => {
    const mentions = findMentions(matcher, TEXT, { articleDate: '2024-11-08' });
    expect(mentions.length).toBeGreaterThan(4);
    const wire = JSON.parse(JSON.stringify(encodeMentions(mentions)));
    expect(decodeMentions(wire, TEXT)).toEqual(mentions);
  });

  it('repeat each string once', () => {
    const mentions = findMentions(matcher, `${TEXT} ${TEXT} ${TEXT}`, {
      articleDate: '2024-11-08',
    });
    const wire = encodeMentions(mentions);
    expect(new Set(wire.strings).size).toBe(wire.strings.length);
    expect(wire.ints.length).toBe(mentions.length * 7);
  });

  it.each([
    ['a cut list', { strings: ['a'], ints: [0, 1, 0, 0, 0, 0] }],
    ['offsets past the text', { strings: ['a'], ints: [0, 999, 0, 0, 0, 0, -1] }],
    ['an empty span', { strings: ['a'], ints: [3, 3, 0, 0, 0, 0, -1] }],
    ['a string index out of range', { strings: ['a'], ints: [0, 2, 0, 5, 0, 0, -1] }],
  ])('are refused when damaged: %s', (_name, wire) => {
    expect(() => decodeMentions(wire, TEXT)).toThrow(/damaged mentions/);
  });
});

describe('message checks', () => {
  const request = { type: 'match', id: 1, carry: 1, revision: 'r', articleDate: 'd', text: 't' };

  it('accept well-formed requests and replies only', () => {
    expect(isMatchRequest(request)).toBe(true);
    expect(isMatchRequest({ ...request, id: '1' })).toBe(false);
    expect(isMatchRequest({ ...request, text: 5 })).toBe(false);
    expect(isMatchRequest(null)).toBe(false);
    expect(isMatchReply({ id: 1, mentions: { strings: [], ints: [] } })).toBe(true);
    expect(isMatchReply({ id: 1, error: 'no' })).toBe(true);
    expect(isMatchReply({ id: 1, mentions: { strings: [] } })).toBe(false);
    expect(isMatchReply({ mentions: { strings: [], ints: [] } })).toBe(false);
  });
});
