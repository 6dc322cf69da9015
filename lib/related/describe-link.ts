/** Puts the link between an entity and an incident into a few words a reader understands. */
import type { IncidentActor } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';
import { demonymOf } from './demonym';

/** How an entity is tied to an incident. */
export type Link =
  | { kind: 'actor'; entityId: string; actors: IncidentActor[] }
  | { kind: 'at'; placeId: string }
  | { kind: 'inside'; placeId: string; between: readonly string[]; entityId: string }
  | { kind: 'nationals'; countryId: string };

const ROLE_PHRASE: Record<IncidentActor['role'], string> = {
  claimed: 'claimed it',
  perpetrator: 'carried it out',
  suspected: 'was suspected',
  blamed: 'was blamed',
  denied: 'denied involvement',
  target: 'was the target',
  victim: 'was among the victims',
  responder: 'responded',
  official: 'was involved as an official',
  investigator: 'investigated',
};

/** "BLA Majeed Brigade claimed it", "happened in Besham", "happened in Besham, Shangla, inside Khyber Pakhtunkhwa". */
export function describeLink(index: DatasetIndex, link: Link): string {
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  switch (link.kind) {
    case 'actor': {
      const phrases = link.actors.map((a) => `${name(a.entityId)} ${ROLE_PHRASE[a.role]}`);
      return [...new Set(phrases)].join('; ');
    }
    case 'at':
      return `happened in ${name(link.placeId)}`;
    case 'inside': {
      const path = [link.placeId, ...link.between].map(name).join(', ');
      return `happened in ${path}, inside ${name(link.entityId)}`;
    }
    case 'nationals':
      return `${demonymOf(index, link.countryId)} nationals were among the casualties`;
    default:
      return '';
  }
}
