/**
 * A small hand-made dataset for matcher tests: invented-for-tests records shaped like the real ones
 * (people sharing surnames, acronyms, a shared acronym, context-only aliases, places inside places).
 */
import type { Alias, Dataset, Entity, Incident, Role } from '../dataset/schema';

const base = { background: 'Test record.', sources: [], caveats: [] };

function aliases(list: (string | (Partial<Alias> & { text: string }))[]): Alias[] {
  return list.map((a) =>
    typeof a === 'string' ? { text: a, type: 'variant' } : { type: 'variant', ...a },
  );
}

function person(
  id: string,
  name: string,
  alias: Parameters<typeof aliases>[0],
  roles: Role[],
): Entity {
  return { ...base, id, name, kind: 'person', aliases: aliases(alias), roles };
}

function place(
  id: string,
  name: string,
  alias: Parameters<typeof aliases>[0],
  within?: string,
): Entity {
  const entity: Entity = {
    ...base,
    id,
    name,
    kind: 'place',
    placeType: 'city',
    aliases: aliases(alias),
  };
  return within ? { ...entity, within } : entity;
}

function org(id: string, name: string, alias: Parameters<typeof aliases>[0], extra = {}): Entity {
  return {
    ...base,
    id,
    name,
    kind: 'organization',
    orgType: 'other',
    aliases: aliases(alias),
    ...extra,
  };
}

function group(id: string, name: string, alias: Parameters<typeof aliases>[0]): Entity {
  return { ...base, id, name, kind: 'group', groupType: 'separatist', aliases: aliases(alias) };
}

function incident(id: string, placeId: string, actors: string[]): Incident {
  return {
    id,
    date: '2024-03-26',
    datePrecision: 'day',
    title: 'Test incident',
    summary: 'Test incident.',
    type: 'bombing',
    placeId,
    actors: actors.map((entityId) => ({ entityId, role: 'claimed' as const })),
    sources: [{ url: 'https://example.org/a', outlet: 'Example' }],
    related: [],
    caveats: [],
  };
}

const PM = 'Prime Minister of Pakistan';
const sharif = { text: 'Sharif', type: 'short' as const };

/** The entities and incidents every matcher test uses. */
export function testDataset(): Pick<Dataset, 'entities' | 'incidents'> {
  const entities: Entity[] = [
    person(
      'mohsin-naqvi',
      'Mohsin Naqvi',
      [{ text: 'Naqvi', type: 'short' }],
      [{ title: 'Interior Minister', org: 'ministry-of-interior', from: '2024-03' }],
    ),
    person(
      'jiang-zaidong',
      'Jiang Zaidong',
      [{ text: 'Zaidong', type: 'short' }],
      [{ title: 'Ambassador of China to Pakistan', from: '2023-02' }],
    ),
    person(
      'shehbaz-sharif',
      'Shehbaz Sharif',
      [sharif, 'Shahbaz Sharif'],
      [
        { title: PM, from: '2022-04', to: '2023-08' },
        { title: PM, from: '2024-03' },
      ],
    ),
    person(
      'nawaz-sharif',
      'Nawaz Sharif',
      [sharif],
      [
        { title: PM, from: '2013-06', to: '2017-07' },
        { title: 'President of the Pakistan Muslim League', from: '2024-05' },
      ],
    ),
    person(
      'ahmed-sharif-chaudhry',
      'Ahmed Sharif Chaudhry',
      [sharif, { text: 'DG ISPR', type: 'title' }],
      [{ title: 'Director General of Inter-Services Public Relations', from: '2022-12' }],
    ),
    person(
      'asif-ali-zardari',
      'Asif Ali Zardari',
      [{ text: 'Zardari', type: 'short' }],
      [{ title: 'President of Pakistan', from: '2024-03' }],
    ),
    person(
      'bilawal-bhutto-zardari',
      'Bilawal Bhutto-Zardari',
      [{ text: 'Zardari', type: 'short' }],
      [{ title: 'Minister of Foreign Affairs', from: '2022-04', to: '2023-08' }],
    ),
    person(
      'li-qiang',
      'Li Qiang',
      [{ text: 'Li', needsContext: true }],
      [{ title: 'Premier of the State Council', org: 'state-council', from: '2023-03' }],
    ),
    person(
      'ishaq-dar',
      'Ishaq Dar',
      [{ text: 'Dar', needsContext: true }],
      [{ title: 'Deputy Prime Minister', from: '2024-04' }],
    ),
    person(
      'imran-khan',
      'Imran Khan',
      [],
      [{ title: 'Chairman', org: 'pti', from: '1996-04', to: '2023-12' }],
    ),
    group('bla', 'Balochistan Liberation Army', [{ text: 'BLA', type: 'acronym' }]),
    group('ttp', 'Tehreek-e-Taliban Pakistan', ['TTP', 'Pakistani Taliban']),
    org('pti', 'Pakistan Tehreek-e-Insaf', [{ text: 'PTI', type: 'acronym', needsContext: true }]),
    org('press-trust-of-india', 'Press Trust of India', [
      { text: 'PTI', type: 'acronym', needsContext: true },
    ]),
    org('ministry-of-interior', 'Ministry of Interior', ['Interior Ministry']),
    org('state-council', 'State Council of China', ['State Council']),
    org('chinese-embassy-islamabad', 'Chinese Embassy in Islamabad', [
      'Embassy of China in Islamabad',
    ]),
    org('al-qaeda', 'al-Qaeda', ['Al Qaida']),
    place('pakistan', 'Pakistan', []),
    place(
      'khyber-pakhtunkhwa',
      'Khyber Pakhtunkhwa',
      [{ text: 'KP', type: 'acronym' }, 'Pakhtunkhwa'],
      'pakistan',
    ),
    place('khyber', 'Khyber', [], 'khyber-pakhtunkhwa'),
    place('besham', 'Besham', ['Bisham'], 'khyber-pakhtunkhwa'),
    place('karachi', 'Karachi', [], 'pakistan'),
    place('islamabad', 'Islamabad', [], 'pakistan'),
    place('peshawar', 'Peshawar', [], 'khyber-pakhtunkhwa'),
  ];
  const incidents = [
    incident('besham-convoy-bombing', 'besham', ['ttp']),
    incident('karachi-airport-bombing', 'karachi', ['bla']),
  ];
  return { entities, incidents };
}
