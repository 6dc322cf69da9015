import { describe, expect, it } from 'vitest';
import { marks, mentionOf } from './test-marks';

describe('resolveHit', () => {
  it.each([
    ['Naqvi said so.', []],
    ['Naqvi said so. Later Mohsin Naqvi arrived.', ['Mohsin Naqvi=mohsin-naqvi']],
    ['Mohsin Naqvi arrived. Naqvi said so.', ['Mohsin Naqvi=mohsin-naqvi', 'Naqvi=mohsin-naqvi']],
    [
      'Jiang Zaidong met Ambassador Zaidong',
      ['Jiang Zaidong=jiang-zaidong', 'Zaidong=jiang-zaidong'],
    ],
    [
      'Shehbaz Sharif met Nawaz Sharif. Sharif said',
      ['Shehbaz Sharif=shehbaz-sharif', 'Nawaz Sharif=nawaz-sharif', 'Sharif=nawaz-sharif'],
    ],
    [
      'Nawaz Sharif met Shehbaz Sharif. Sharif said',
      ['Nawaz Sharif=nawaz-sharif', 'Shehbaz Sharif=shehbaz-sharif', 'Sharif=shehbaz-sharif'],
    ],
    [
      'Ahmed Sharif Chaudhry briefed Nawaz Sharif. Sharif said',
      [
        'Ahmed Sharif Chaudhry=ahmed-sharif-chaudhry',
        'Nawaz Sharif=nawaz-sharif',
        'Sharif=nawaz-sharif',
      ],
    ],
    [
      'Asif Ali Zardari said. Zardari added',
      ['Asif Ali Zardari=asif-ali-zardari', 'Zardari=asif-ali-zardari'],
    ],
    [
      'Bilawal Bhutto-Zardari said. Zardari added',
      ['Bilawal Bhutto-Zardari=bilawal-bhutto-zardari', 'Zardari=bilawal-bhutto-zardari'],
    ],
    [
      'Shahbaz Sharif spoke. Sharif left',
      ['Shahbaz Sharif=shehbaz-sharif', 'Sharif=shehbaz-sharif'],
    ],
  ])('resolves a surname only after a fuller name earlier: %s', (text, expected) => {
    expect(marks(text)).toEqual(expected);
  });

  it.each([
    ['2024-11-08', 'Shehbaz Sharif met Nawaz Sharif. Prime Minister Sharif said', 'shehbaz-sharif'],
    ['2015-06-01', 'Shehbaz Sharif met Nawaz Sharif. Prime Minister Sharif said', 'nawaz-sharif'],
    ['2024-11-08', 'Nawaz Sharif met Shehbaz Sharif. Prime Minister Sharif said', 'shehbaz-sharif'],
    [
      '2024-11-08',
      'Asif Ali Zardari met Bilawal Bhutto-Zardari. President Zardari said',
      'asif-ali-zardari',
    ],
    [
      '2024-11-08',
      'Bilawal Bhutto-Zardari met Asif Ali Zardari. Minister Zardari said',
      'asif-ali-zardari',
    ],
    [
      '2023-01-01',
      'Bilawal Bhutto-Zardari met Asif Ali Zardari. Foreign Minister Zardari said',
      'bilawal-bhutto-zardari',
    ],
  ])('on %s prefers the person whose role fits the title: %s', (date, text, id) => {
    expect(marks(text, date).at(-1)?.split('=')[1]).toBe(id);
  });

  it('explains a titled surname', () => {
    const text = 'Asif Ali Zardari met Bilawal Bhutto-Zardari. President Zardari said';
    expect(mentionOf(text, 'Zardari')).toMatchObject({
      via: 'short',
      reason: "surname after 'Asif Ali Zardari' earlier, title 'President'",
    });
  });

  it.each([
    ['Li said the talks went well.', [], ''],
    ['Premier Li said so.', ['Li=li-qiang'], "title 'Premier' next to the name"],
    [
      'Li Qiang visited. Later Li said so.',
      ['Li Qiang=li-qiang', 'Li=li-qiang'],
      "also named as 'Li Qiang'",
    ],
    [
      'Li said the State Council agreed.',
      ['Li=li-qiang', 'State Council=state-council'],
      'co-mentioned with State Council',
    ],
    ['Dar said so.', [], ''],
    ['Mohsin Naqvi and Dar spoke.', ['Mohsin Naqvi=mohsin-naqvi'], ''],
    [
      'Deputy Prime Minister Dar said so.',
      ['Dar=ishaq-dar'],
      "title 'Deputy Prime Minister' next to the name",
    ],
  ])('marks a context-only alias only with support on the page: %s', (text, expected, reason) => {
    expect(marks(text)).toEqual(expected);
    if (!reason) return;
    const surface = expected
      .find((m) => m.startsWith('Li=') || m.startsWith('Dar='))!
      .split('=')[0]!;
    expect(mentionOf(text, surface)).toMatchObject({ via: 'context', reason });
  });

  it.each([
    ['PTI said so.', []],
    ['Imran Khan built the PTI.', ['Imran Khan=imran-khan', 'PTI=pti']],
    [
      'Press Trust of India (PTI) reported it.',
      ['Press Trust of India=press-trust-of-india', 'PTI=press-trust-of-india'],
    ],
    ['Pakistan Tehreek-e-Insaf rallied, PTI said.', ['Pakistan Tehreek-e-Insaf=pti', 'PTI=pti']],
    [
      'Pakistan Tehreek-e-Insaf and Press Trust of India: PTI said.',
      ['Pakistan Tehreek-e-Insaf=pti', 'Press Trust of India=press-trust-of-india'],
    ],
    ['Pti said so.', []],
  ])(
    'settles an acronym shared by two entities from page evidence, or leaves it: %s',
    (text, expected) => {
      expect(marks(text)).toEqual(expected);
    },
  );

  it.each([
    ['BLA struck again near Karachi.', 'Karachi=karachi'],
    ['TTP was blamed for Besham.', 'Besham=besham'],
  ])('still marks plain names beside gated ones: %s', (text, expected) => {
    expect(marks(text)).toContain(expected);
  });
});
