/**
 * A small hand-built world for unit tests of relatedness and cards, independent of the real seeds.
 * Facts follow the reference fact sheet; the prose is written here.
 */
import { DatasetSchema, type Dataset, type DatasetInput } from '../../lib/dataset/schema';

const src = (url: string, outlet: string, date: string) => [{ url, outlet, date }];

const input: DatasetInput = {
  schemaVersion: 1,
  version: '2024.11.08',
  entities: [
    { kind: 'place', id: 'pakistan', name: 'Pakistan', placeType: 'country', background: 'Country in South Asia.' },
    { kind: 'place', id: 'china', name: 'China', placeType: 'country', background: 'Country in East Asia.' },
    { kind: 'place', id: 'khyber-pakhtunkhwa', name: 'Khyber Pakhtunkhwa', placeType: 'province', within: 'pakistan', background: 'Province in north-west Pakistan.', aliases: [{ text: 'KP', type: 'acronym' }] },
    { kind: 'place', id: 'shangla', name: 'Shangla', placeType: 'district', within: 'khyber-pakhtunkhwa', background: 'District in Malakand division.' },
    { kind: 'place', id: 'besham', name: 'Besham', placeType: 'town', within: 'shangla', background: 'Town on the Karakoram Highway.', aliases: [{ text: 'Bisham', type: 'variant' }] },
    { kind: 'place', id: 'upper-kohistan', name: 'Upper Kohistan', placeType: 'district', within: 'khyber-pakhtunkhwa', background: 'District on the Indus.' },
    { kind: 'place', id: 'sindh', name: 'Sindh', placeType: 'province', within: 'pakistan', background: 'Southern province.' },
    { kind: 'place', id: 'karachi', name: 'Karachi', placeType: 'city', within: 'sindh', background: 'Largest city of Pakistan.' },
    { kind: 'place', id: 'quetta', name: 'Quetta', placeType: 'city', within: 'pakistan', background: 'Capital of Balochistan.' },
    { kind: 'group', id: 'balochistan-liberation-army', name: 'Balochistan Liberation Army', groupType: 'separatist', background: 'Baloch separatist armed group.', aliases: [{ text: 'BLA', type: 'acronym' }] },
    { kind: 'group', id: 'bla-majeed-brigade', name: 'Majeed Brigade', groupType: 'faction', parent: 'balochistan-liberation-army', background: 'Suicide-attack wing of the BLA.' },
    { kind: 'group', id: 'tehrik-i-taliban-pakistan', name: 'Tehrik-i-Taliban Pakistan', groupType: 'jihadist', background: 'Pakistani Taliban umbrella group.', aliases: [{ text: 'TTP', type: 'acronym' }] },
    { kind: 'organization', id: 'dasu-hydropower-project', name: 'Dasu Hydropower Project', orgType: 'project', background: 'Hydropower dam on the Indus.' },
    { kind: 'person', id: 'mohsin-naqvi', name: 'Mohsin Naqvi', background: 'Pakistani politician and media owner.', aliases: [{ text: 'Naqvi', type: 'short' }],
      roles: [ { title: 'Caretaker Chief Minister of Punjab', from: '2023-01-22', to: '2024-02-26' }, { title: 'Interior Minister', from: '2024-03-11' } ] },
  ],
  incidents: [
    { id: '2021-07-14-dasu-bus-bombing', date: '2021-07-14', title: 'Bus bombing on Dasu project staff', summary: 'A bomb hit a bus of project staff.', type: 'suicide-bombing', placeId: 'upper-kohistan',
      actors: [{ entityId: 'dasu-hydropower-project', role: 'target' }, { entityId: 'tehrik-i-taliban-pakistan', role: 'blamed' }],
      casualties: { killed: 13, byNationality: [{ country: 'china', killed: 9 }] }, sources: src('https://www.dawn.com/news/1', 'Dawn', '2021-07-14') },
    { id: '2024-03-26-besham-convoy-bombing', date: '2024-03-26', title: 'Suicide car bomb hits Dasu convoy near Besham', summary: 'A car bomb struck a bus of engineers.', type: 'suicide-bombing', placeId: 'besham',
      actors: [{ entityId: 'dasu-hydropower-project', role: 'target' }, { entityId: 'tehrik-i-taliban-pakistan', role: 'blamed' }, { entityId: 'tehrik-i-taliban-pakistan', role: 'denied' }, { entityId: 'mohsin-naqvi', role: 'official' }],
      casualties: { killed: 6, byNationality: [{ country: 'china', killed: 5 }] }, sources: src('https://www.dawn.com/news/2', 'Dawn', '2024-03-27') },
    { id: '2024-10-06-karachi-airport-bombing', date: '2024-10-06', title: 'Suicide bombing near Karachi airport', summary: 'A car bomb hit a convoy.', type: 'suicide-bombing', placeId: 'karachi',
      actors: [{ entityId: 'bla-majeed-brigade', role: 'claimed' }],
      casualties: { killed: { min: 2, max: 3 }, injured: { min: 10, max: 17 }, byNationality: [{ country: 'china', killed: 2, injured: 1 }] }, sources: src('https://www.arabnews.pk/node/3', 'Arab News', '2024-10-07') },
    { id: '2024-11-05-karachi-textile-mill-shooting', date: '2024-11-05', title: 'Guard shoots two Chinese at Karachi mill', summary: 'A guard opened fire.', type: 'shooting', placeId: 'karachi',
      casualties: { injured: 2, byNationality: [{ country: 'china', injured: 2 }] }, sources: src('https://www.dawn.com/news/4', 'Dawn', '2024-11-06') },
    { id: '2024-11-09-quetta-railway-station-bombing', date: '2024-11-09', title: 'Suicide bombing at Quetta railway station', summary: 'A bomber struck a platform.', type: 'suicide-bombing', placeId: 'quetta',
      actors: [{ entityId: 'bla-majeed-brigade', role: 'claimed' }], casualties: { killed: { min: 26, max: 32 } }, sources: src('https://www.brecorder.com/news/5', 'Business Recorder', '2024-11-09') },
  ],
};

/** The mini world, parsed through the real schema so defaults are filled in. */
export const miniDataset: Dataset = DatasetSchema.parse(input);
