/** Turns an entity and its page into everything the hover card shows, as plain data. */
import type { EntityKind, Incident } from '../dataset/schema';
import { describeGap, formatPartialDate, startOfPartialDate } from '../util/dates';
import type { DatasetIndex } from './dataset-index';
import { formatAttribution, formatCasualties, formatIncidentPlace } from './format-incident';
import { compareNewestFirst, relatedIncidents, type RelatedIncident } from './related-incidents';
import { describeRoleOnDate, otherRolesOnDate } from './role-on-date';

/** One incident line on the card or in the popup's timeline. */
export type IncidentView = {
  id: string;
  date: string;
  dateLabel: string;
  /** "7 months before this article", "3 days after this article". */
  timing: string;
  title: string;
  summary: string;
  place: string;
  casualties: string | null;
  attribution: string | null;
  reasons: string[];
  sources: { url: string; outlet: string; date?: string }[];
  caveats: string[];
};

/** Everything the hover card shows for one entity. */
export type CardModel = {
  entityId: string;
  name: string;
  kind: EntityKind;
  kindLabel: string;
  background: string;
  role: string | null;
  /** Other offices held on the article's date. */
  otherRoles: string[];
  /** Where it lies ("Shangla, Khyber Pakhtunkhwa, Pakistan") for places. */
  location: string | null;
  caveats: string[];
  /** The most relevant earlier incidents, newest first. */
  earlier: IncidentView[];
  /** The remaining earlier incidents, newest first. */
  earlierMore: IncidentView[];
  /** Incidents after the article's date, oldest first. */
  since: IncidentView[];
  articleDate: string;
  /** False when no date was found on the page and today was assumed. */
  isArticleDateKnown: boolean;
};

export type CardContext = {
  articleDate: string;
  isArticleDateKnown: boolean;
  pageEntityIds: Iterable<string>;
  /** How many earlier incidents make the first list (default 4). */
  firstCount?: number;
};

/** Builds the card for `entityId`, or null when the dataset does not know it. */
export function buildCardModel(
  index: DatasetIndex,
  entityId: string,
  context: CardContext,
): CardModel | null {
  const entity = index.entities.get(entityId);
  if (!entity) return null;
  const { earlier, since } = relatedIncidents(index, entityId, context);
  const view = (r: RelatedIncident) =>
    incidentView(index, r.incident, context.articleDate, r.reasons);
  const firstCount = context.firstCount ?? 4;
  return {
    entityId,
    name: entity.name,
    kind: entity.kind,
    kindLabel: kindLabel(index, entityId),
    background: entity.background,
    role: entity.kind === 'person' ? describeRoleOnDate(entity, context.articleDate) : null,
    otherRoles: entity.kind === 'person' ? otherRolesOnDate(entity, context.articleDate) : [],
    location:
      entity.kind === 'place'
        ? (index.ancestors.get(entity.id) ?? [])
            .map((id) => index.entities.get(id)?.name ?? id)
            .join(', ') || null
        : null,
    caveats: entity.caveats.map(
      (c) => `${c.kind === 'conflict' ? 'Sources disagree' : 'Unverified'}: ${c.text}`,
    ),
    earlier: earlier.slice(0, firstCount).sort(newestFirst).map(view),
    earlierMore: earlier.slice(firstCount).sort(newestFirst).map(view),
    since: since.map(view),
    articleDate: context.articleDate,
    isArticleDateKnown: context.isArticleDateKnown,
  };
}

/** The display form of one incident relative to the article's date. */
export function incidentView(
  index: DatasetIndex,
  incident: Incident,
  articleDate: string,
  reasons: string[],
): IncidentView {
  const approx = incident.datePrecision === 'day' ? '' : 'about ';
  const direction = startOfPartialDate(incident.date) <= articleDate ? 'before' : 'after';
  const gap = describeGap(incident.date, articleDate);
  return {
    id: incident.id,
    date: incident.date,
    dateLabel: `${approx}${formatPartialDate(incident.date)}`,
    timing:
      gap === 'the same day'
        ? 'the same day as this article'
        : `${approx}${gap} ${direction} this article`,
    title: incident.title,
    summary: incident.summary,
    place: formatIncidentPlace(index, incident),
    casualties: formatCasualties(index, incident),
    attribution: formatAttribution(index, incident),
    reasons,
    sources: incident.sources.map(({ url, outlet, date }) => ({
      url,
      outlet,
      ...(date ? { date } : {}),
    })),
    caveats: incident.caveats.map(
      (c) => `${c.kind === 'conflict' ? 'Sources disagree' : 'Unverified'}: ${c.text}`,
    ),
  };
}

const newestFirst = (a: RelatedIncident, b: RelatedIncident) =>
  compareNewestFirst(a.incident, b.incident);

const KIND_LABEL: Record<EntityKind, string> = {
  person: 'Person',
  organization: 'Organization',
  group: 'Armed group',
  place: 'Place',
};

/** "Armed group", "Place · district", "Organization · company". */
export function kindLabel(index: DatasetIndex, entityId: string): string {
  const e = index.entities.get(entityId);
  if (!e) return '';
  const sub =
    e.kind === 'place'
      ? e.placeType
      : e.kind === 'organization'
        ? e.orgType
        : e.kind === 'group'
          ? e.groupType
          : null;
  return sub && sub !== 'other'
    ? `${KIND_LABEL[e.kind]} · ${sub.replace('-', ' ')}`
    : KIND_LABEL[e.kind];
}
