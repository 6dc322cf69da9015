import { describe, expect, it } from 'vitest';
import { compileMatcher, findMentions, loadMatcher } from '../match';
import { testDataset } from '../match/test-dataset';
import { decodeMentions, encodeMentions, isHostReply, isHostRequest } from './host-wire';

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
    ['no lists', { strings: 'a' }],
  ])('are refused when damaged: %s', (_name, wire) => {
    expect(() => decodeMentions(wire, TEXT)).toThrow(/damaged mentions/);
  });
});

describe('message checks', () => {
  const match = { type: 'match', id: 1, carry: 1, seed: [['e', 'E']], articleDate: 'd', text: 't' };
  const card = {
    type: 'card',
    id: 2,
    entityId: 'e',
    articleDate: 'd',
    isArticleDateKnown: true,
    pageEntityIds: ['e'],
  };
  const summary = {
    type: 'summary',
    id: 3,
    counts: [['e', 2]],
    articleDate: 'd',
    isArticleDateKnown: false,
  };

  it('accept well-formed requests only', () => {
    for (const r of [match, card, summary]) expect(isHostRequest(r)).toBe(true);
    expect(isHostRequest({ ...match, id: '1' })).toBe(false);
    expect(isHostRequest({ ...match, text: 5 })).toBe(false);
    expect(isHostRequest({ ...match, seed: [['e']] })).toBe(false);
    expect(isHostRequest({ ...match, seed: undefined })).toBe(false);
    expect(isHostRequest({ ...card, pageEntityIds: [1] })).toBe(false);
    expect(isHostRequest({ ...card, isArticleDateKnown: 'yes' })).toBe(false);
    expect(isHostRequest({ ...summary, counts: [['e', 0]] })).toBe(false);
    expect(isHostRequest({ ...summary, type: 'other' })).toBe(false);
    expect(isHostRequest(null)).toBe(false);
  });

  it('accept replies with an id only', () => {
    expect(isHostReply({ id: 1, mentions: { strings: [], ints: [] } })).toBe(true);
    expect(isHostReply({ id: 1, error: 'no' })).toBe(true);
    expect(isHostReply({ mentions: { strings: [], ints: [] } })).toBe(false);
    expect(isHostReply('x')).toBe(false);
  });
});
