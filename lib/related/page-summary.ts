/** What the toolbar popup shows for a page: the entities found and the story so far. */
import { ENTITY_KINDS } from '../dataset/kinds';
import type { EntityKind } from '../dataset/schema';
import { incidentView, type IncidentView } from './card-model';
import { type DatasetIndex, isCountry } from './dataset-index';
import { compareNewestFirst, linkTo } from './related-incidents';
import { describeLink } from './describe-link';
import { startOfPartialDate } from '../util/dates';

/** One entity found on the page. */
export type FoundEntity = { id: string; name: string; kind: EntityKind; mentions: number };

/** The popup's view of a page. */
export type PageSummary = {
  groups: { kind: EntityKind; entities: FoundEntity[] }[];
  /** Earlier incidents involving the page's entities, newest first. */
  story: (IncidentView & { involves: string[] })[];
  articleDate: string;
  isArticleDateKnown: boolean;
};

/** Groups the page's mentions by kind and merges the earlier incidents of its entities into one timeline. */
export function buildPageSummary(
  index: DatasetIndex,
  mentionCounts: ReadonlyMap<string, number>,
  articleDate: string,
  isArticleDateKnown: boolean,
): PageSummary {
  const found: FoundEntity[] = [];
  for (const [id, mentions] of mentionCounts) {
    const e = index.entities.get(id);
    if (e) found.push({ id, name: e.name, kind: e.kind, mentions });
  }
  found.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
  const groups = ENTITY_KINDS.map((kind) => ({
    kind,
    entities: found.filter((f) => f.kind === kind),
  })).filter((g) => g.entities.length > 0);
  // Countries relate to almost everything; they join the story only through their nationals.
  const storyIds = found.filter((f) => !isCountry(index, f.id)).map((f) => f.id);
  const story: PageSummary['story'] = [];
  const incidents = index.dataset.incidents
    .filter((i) => startOfPartialDate(i.date) <= articleDate)
    .sort(compareNewestFirst);
  for (const incident of incidents) {
    const links = storyIds.flatMap((id) => {
      const link = linkTo(index, id, incident);
      return link ? [{ id, link }] : [];
    });
    if (links.length === 0) continue;
    const reasons = links.map(({ link }) => describeLink(index, link));
    story.push({
      ...incidentView(index, incident, articleDate, reasons),
      involves: links.map((l) => l.id),
    });
  }
  return { groups, story, articleDate, isArticleDateKnown };
}
