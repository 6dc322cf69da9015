/** Test helper: the test dataset plus a few records for disambiguation cases, as "surface=id" marks. */
import type { Entity } from '../dataset/schema';
import { buildMatcher } from './build-matcher';
import { findMentions } from './find-mentions';
import type { Mention } from './mention';
import { testDataset } from './test-dataset';

const base = { background: 'Test record.', sources: [], caveats: [] };

function extraEntities(): Entity[] {
  const envoy = 'Ambassador of China to Pakistan';
  return [
    {
      ...base,
      id: 'sun-wei-envoy',
      name: 'Sun Wei',
      kind: 'person',
      aliases: [{ text: 'Sun', type: 'short' }],
      roles: [{ title: envoy, from: '2015-01', to: '2017-12' }],
    },
    {
      ...base,
      id: 'sun-wei-governor',
      name: 'Sun Wei',
      kind: 'person',
      aliases: [{ text: 'Sun', type: 'short' }],
      roles: [{ title: 'Governor of Yunnan', from: '2015-01' }],
    },
    {
      ...base,
      id: 'ispr',
      name: 'Inter-Services Public Relations',
      kind: 'organization',
      orgType: 'military',
      aliases: [
        { text: 'ISPR', type: 'acronym' },
        { text: 'DG ISPR', type: 'title', needsContext: true },
      ],
    },
    {
      ...base,
      id: 'islamic-state',
      name: 'Islamic State',
      kind: 'group',
      groupType: 'jihadist',
      aliases: [{ text: 'IS', type: 'acronym', needsContext: true }],
    },
  ];
}

function extendedDataset() {
  const data = testDataset();
  const jiang = { text: 'Jiang', type: 'variant' as const, needsContext: true as const };
  const entities = data.entities.map((e) => {
    if (e.id === 'jiang-zaidong') return { ...e, aliases: [...e.aliases, jiang] };
    // Here "DG ISPR" names only the organization, as in the real dataset.
    if (e.id === 'ahmed-sharif-chaudhry') return { ...e, aliases: [] };
    return e;
  });
  return { ...data, entities: [...entities, ...extraEntities()] };
}

/** The matcher over the extended test dataset. */
export const extraMatcher = buildMatcher(extendedDataset());

/** Mentions of `text` on `articleDate` (default 2024-11-08) as "surface=entityId" strings. */
export function extraMarks(text: string, articleDate = '2024-11-08'): string[] {
  return findMentions(extraMatcher, text, { articleDate }).map((m) => `${m.surface}=${m.entityId}`);
}

/** The mention of `surface` in `text` (the last one when it occurs more than once). */
export function extraMentionOf(
  text: string,
  surface: string,
  articleDate = '2024-11-08',
): Mention | undefined {
  return findMentions(extraMatcher, text, { articleDate }).findLast((m) => m.surface === surface);
}
