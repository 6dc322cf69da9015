/** Which incidents relate to an entity on a page, why, and in what order a reader should see them. */
import type { ActorRole, Incident } from '../dataset/schema';
import { endOfPartialDate, startOfPartialDate } from '../util/dates';
import { type DatasetIndex, isCountry, selfAndDescendants } from './dataset-index';
import { describeLink, type Link } from './describe-link';

/** One related incident with the reasons it is listed. */
export type RelatedIncident = {
  incident: Incident;
  /** Why it is listed, in words ("BLA claimed it", "in Besham, inside Shangla"). */
  reasons: string[];
  /** Other entities of this page that the incident involves (ids). */
  alsoOnPage: string[];
  score: number;
};

/** Incidents up to the article's date, and those after it kept apart. */
export type RelatedIncidents = { earlier: RelatedIncident[]; since: RelatedIncident[] };

export type RelatedOptions = {
  /** YYYY-MM-DD: incidents on or before it are "earlier". */
  articleDate: string;
  /** Entities found on the page, for closeness. */
  pageEntityIds?: Iterable<string>;
};

const ROLE_WEIGHT: Record<ActorRole, number> = {
  claimed: 3,
  perpetrator: 3,
  suspected: 2,
  blamed: 2,
  denied: 1,
  target: 3,
  victim: 3,
  responder: 1,
  official: 1,
  investigator: 1,
};

/** The ids an incident involves: actors, its place and that place's ancestors, victims' countries. */
export function involvedIds(index: DatasetIndex, incident: Incident): Set<string> {
  const ids = new Set<string>([incident.placeId, ...(index.ancestors.get(incident.placeId) ?? [])]);
  for (const actor of incident.actors) ids.add(actor.entityId);
  for (const n of incident.casualties?.byNationality ?? []) ids.add(n.country);
  return ids;
}

/** How `entityId` is linked to `incident`, or null when it is not. */
export function linkTo(index: DatasetIndex, entityId: string, incident: Incident): Link | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  if (entity.kind === 'place') {
    if (incident.placeId === entityId) return { kind: 'at', placeId: entityId };
    const chain = index.ancestors.get(incident.placeId) ?? [];
    const at = chain.indexOf(entityId);
    if (at >= 0)
      return { kind: 'inside', placeId: incident.placeId, between: chain.slice(0, at), entityId };
    const victims = incident.casualties?.byNationality.find((n) => n.country === entityId);
    if (victims) return { kind: 'nationals', countryId: entityId };
    return null;
  }
  const ids = selfAndDescendants(index, entityId);
  const actors = incident.actors.filter((a) => ids.includes(a.entityId));
  if (actors.length === 0) return null;
  actors.sort((a, b) => ROLE_WEIGHT[b.role] - ROLE_WEIGHT[a.role]);
  return { kind: 'actor', actors, entityId };
}

/** Ranks every incident related to `entityId`: closeness to the page first, then recency. */
export function relatedIncidents(
  index: DatasetIndex,
  entityId: string,
  options: RelatedOptions,
): RelatedIncidents {
  const page = new Set(options.pageEntityIds ?? []);
  page.delete(entityId);
  const earlier: RelatedIncident[] = [];
  const since: RelatedIncident[] = [];
  for (const incident of index.dataset.incidents) {
    const link = linkTo(index, entityId, incident);
    if (!link) continue;
    const involved = involvedIds(index, incident);
    const alsoOnPage = [...page].filter((id) => involved.has(id) && !isCountry(index, id));
    const reasons = [describeLink(index, link)];
    if (alsoOnPage.length > 0) {
      reasons.push(
        `also involves ${alsoOnPage.map((id) => index.entities.get(id)?.name ?? id).join(', ')} from this page`,
      );
    }
    const isEarlier = startOfPartialDate(incident.date) <= options.articleDate;
    const yearsAway = Math.abs(yearsBetween(incident.date, options.articleDate));
    const directness =
      link.kind === 'actor' ? ROLE_WEIGHT[link.actors[0]!.role] : link.kind === 'at' ? 3 : 1;
    const score = alsoOnPage.length * 4 + directness + 3 / (1 + yearsAway);
    (isEarlier ? earlier : since).push({ incident, reasons, alsoOnPage, score });
  }
  const byScore = (a: RelatedIncident, b: RelatedIncident) =>
    b.score - a.score || compareNewestFirst(a.incident, b.incident);
  earlier.sort(byScore);
  since.sort((a, b) => compareNewestFirst(b.incident, a.incident));
  return { earlier, since };
}

/** Orders incidents newest first (by their latest possible day, then id for stability). */
export function compareNewestFirst(a: Incident, b: Incident): number {
  const da = endOfPartialDate(a.date);
  const db = endOfPartialDate(b.date);
  return da < db ? 1 : da > db ? -1 : a.id.localeCompare(b.id);
}

function yearsBetween(a: string, b: string): number {
  const ta = Date.parse(startOfPartialDate(a));
  const tb = Date.parse(startOfPartialDate(b));
  return (tb - ta) / (365.25 * 86_400_000);
}
