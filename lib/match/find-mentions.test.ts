import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { marks, mentionOf, testMatcher } from './test-marks';

describe('findMentions', () => {
  it.each([
    ['Traders from Karachiwala market', []],
    ['The BLAST was loud', []],
    ['BLA claimed the attack', ['BLA=bla']],
    [
      'Talks at the Chinese Embassy in Islamabad ended',
      ['Chinese Embassy in Islamabad=chinese-embassy-islamabad'],
    ],
    ['Police in Khyber Pakhtunkhwa said', ['Khyber Pakhtunkhwa=khyber-pakhtunkhwa']],
    ['From Khyber, not Pakhtunkhwa', ['Khyber=khyber', 'Pakhtunkhwa=khyber-pakhtunkhwa']],
    ['记者在Karachi报道', ['Karachi=karachi']],
    ['کراچیKarachi میں', ['Karachi=karachi']],
    ['Karachié and éKarachi', []],
    ['Islamabad2024 is a tag', []],
    [
      'Karachi and Islamabad, then Karachi',
      ['Karachi=karachi', 'Islamabad=islamabad', 'Karachi=karachi'],
    ],
  ])('marks whole words only, leftmost-longest: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ["Karachi's airport", ['Karachi=karachi']],
    ['Karachi’s airport', ['Karachi=karachi']],
    ['Karachiʼs airport', ['Karachi=karachi']],
    [
      'Mohsin Naqvi arrived and Naqvi’s aide spoke',
      ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi'],
    ],
    ['Li Qiang’s visit', ['Li Qiang=li-qiang']],
    ['The Zardaris’ house', []],
    ['A blast near Bisham bazaar', ['Bisham=besham']],
    ['The Pakistani Taliban denied it', ['Pakistani Taliban=ttp']],
    ['The DG ISPR spoke', ['DG ISPR=ahmed-sharif-chaudhry']],
  ])('matches aliases and stops before possessives: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['KP police', ['KP=khyber-pakhtunkhwa']],
    ['kp police', []],
    ['Kp police', []],
    ['ttp and Ttp', []],
    ['Dg Ispr said', []],
    ['the interior ministry said', []],
    ['The Interior Ministry said', ['Interior Ministry=ministry-of-interior']],
    ['a karachi company', []],
    ['ISLAMABAD: Talks began', ['ISLAMABAD=islamabad']],
    ['KARACHI - Police said', ['KARACHI=karachi']],
    ['MINISTRY OF INTERIOR', ['MINISTRY OF INTERIOR=ministry-of-interior']],
    ['Chinese embassy in Islamabad', ['Chinese embassy in Islamabad=chinese-embassy-islamabad']],
    ['al-Qaeda and Al Qaida', ['al-Qaeda=al-qaeda', 'Al Qaida=al-qaeda']],
  ])('applies the case rules: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['Mohsin\nNaqvi spoke', 'Mohsin\nNaqvi'],
    ['Mohsin\r\nNaqvi spoke', 'Mohsin\r\nNaqvi'],
    ['Mohsin\u00a0Naqvi spoke', 'Mohsin\u00a0Naqvi'],
    ['Mohsin\u2009 Naqvi spoke', 'Mohsin\u2009 Naqvi'],
    ['Moh\u00adsin Naqvi spoke', 'Moh\u00adsin Naqvi'],
    ['Mohsin Naq\u200bvi spoke', 'Mohsin Naq\u200bvi'],
    ['Bilawal Bhutto Zardari spoke', 'Bilawal Bhutto Zardari'],
    ['Bilawal Bhutto–Zardari spoke', 'Bilawal Bhutto–Zardari'],
    ['Bilawal Bhutto\u2011Zardari spoke', 'Bilawal Bhutto\u2011Zardari'],
    ['In Khyber-Pakhtunkhwa today', 'Khyber-Pakhtunkhwa'],
    ['Tehreek e Taliban Pakistan said', 'Tehreek e Taliban Pakistan'],
    ['In Peshāwar today', 'Peshāwar'],
    ['In Pesha\u0304war today', 'Pesha\u0304war'],
    ['In PESHAWAR today', 'PESHAWAR'],
  ])('normalises spaces, hyphens, invisible characters and accents: %j', (text, surface) => {
    const found = findMentions(testMatcher, text);
    expect(found.map((m) => m.surface)).toEqual([surface]);
  });

  it.each([['Mohsin\n\nNaqvi spoke'], ['Mohsin. Naqvi spoke'], ['Mohsin - Naqvi spoke']])(
    'does not join a name across a paragraph or punctuation: %j',
    (text) => {
      expect(marks(text)).not.toContain(expect.stringMatching(/=mohsin-naqvi$/));
    },
  );

  it.each([
    ['اسلام آباد میں اجلاس ہوا', []],
    ['中国驻巴基斯坦大使馆发表声明', []],
    ['🇵🇰 Karachi 🔥 BLA 👍🏽', ['Karachi=karachi', 'BLA=bla']],
    ['x 𝐊arachi', ['𝐊arachi=karachi']],
    ['\ud800Karachi\udfff', ['Karachi=karachi']],
    ['', []],
  ])('handles non-Latin text, emoji and surrogate pairs: %j', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['Karachi', 'name', 'exact name'],
    ['Bisham', 'alias', 'alias Bisham'],
    ['KP', 'acronym', 'acronym KP'],
  ])('explains a plain match of %s', (surface, via, reason) => {
    expect(mentionOf(`News from ${surface} today`, surface)).toMatchObject({
      via,
      reason,
      start: 10,
    });
  });

  it('keeps offsets valid, sorted and non-overlapping on arbitrary text', () => {
    const piece = fc.constantFrom(
      'Karachi',
      'BLA',
      ' ',
      '’s',
      '\u00ad',
      '🔥',
      '\ud83d',
      'é',
      'کراچی',
      '李',
      '-',
      'Naqvi',
      'Mohsin ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string()), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const m of findMentions(testMatcher, text)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.surface).toBe(text.slice(m.start, m.end));
          expect(text.charCodeAt(m.start) & 0xfc00).not.toBe(0xdc00);
          expect(text.charCodeAt(m.end) & 0xfc00).not.toBe(0xdc00);
          last = m.end;
        }
      }),
    );
  });
});
