import { describe, expect, it } from 'vitest';
import { marks } from './test-marks';
import { extraMarks } from './test-extra-marks';

describe('name clashes', () => {
  it.each([
    ["Mohsin Naqvi spoke. India's Mukhtar Abbas Naqvi replied.", ['Mohsin Naqvi=mohsin-naqvi']],
    [
      'Shehbaz Sharif spoke, and Hussain Sharif, a footballer, scored.',
      ['Shehbaz Sharif=shehbaz-sharif'],
    ],
    [
      'Mohsin Naqvi spoke. But Naqvi said more.',
      ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi'],
    ],
    [
      'Mohsin Naqvi spoke. Mr Naqvi said more.',
      ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi'],
    ],
    [
      'Mohsin Naqvi spoke. Interior Minister Naqvi said more.',
      ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi'],
    ],
    ['Li Qiang arrived. Li Wei, a driver, was hurt.', ['Li Qiang=li-qiang']],
    ['Li Qiang arrived. Li said the talks went well.', ['Li Qiang=li-qiang', 'Li=li-qiang']],
    ['Li Qiang arrived. Driver Li was hurt.', ['Li Qiang=li-qiang']],
  ])('leaves a surname that belongs to someone else: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    // A heading that ends in a capitalised word, then a paragraph that opens with the surname.
    [
      'Mohsin Naqvi Holds Talks On Security\nNaqvi said the talks went well.',
      ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi'],
    ],
    // A block that ends with the full name (a caption, a carried name), then the surname.
    ['Mohsin Naqvi\nNaqvi said more.', ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi']],
  ])('reads a word in the block before as no part of the name: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    [
      'Islamic State claimed it. IS fighters fled.',
      ['Islamic State=islamic-state', 'IS=islamic-state'],
    ],
    ['Islamic State claimed it. QUETTA IS CALM', ['Islamic State=islamic-state']],
  ])('does not read a gated acronym out of an ALL-CAPS line: %s', (text, expected) => {
    expect(extraMarks(text)).toEqual(expected);
  });
});

describe('initials', () => {
  it.each([
    ['KP Sharma Oli was sworn in.', []],
    ['KP police said.', ['KP=khyber-pakhtunkhwa']],
    ['KP Chief Minister spoke.', ['KP=khyber-pakhtunkhwa']],
    ['In KP, Peshawar was calm.', ['KP=khyber-pakhtunkhwa', 'Peshawar=peshawar']],
  ])('does not read initials before a name as an acronym: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });
});

describe('longer names', () => {
  it.each([
    ['Reporters at Pakistan Point News reported the meeting.', []],
    ['He was taken to the Karachi Trauma Centre on foot.', []],
    ['Police in Karachi Said Nothing', ['Karachi=karachi']],
    ['Karachi Police said it was calm.', ['Karachi=karachi']],
    ['The attack in Karachi killed two.', ['Karachi=karachi']],
    ['A landslide blocked the road at Karachi Nala on Sunday.', []],
    ['He boarded the Karachi Express at noon and slept.', []],
    ['State Radio Karachi said the roads were open.', []],
    ['The Peshawar Meteorological Department said rain would fall.', []],
    ['Karachi Kings beat the visitors in Peshawar on Friday.', ['Peshawar=peshawar']],
  ])(
    'leaves a place inside a longer proper name (a stream, train, outlet or team): %s',
    (text, expected) => {
      expect(marks(text)).toEqual(expected);
    },
  );
});
