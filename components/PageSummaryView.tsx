import type { EntityKind } from '../lib/dataset/schema';
import type { PageSummaryResponse } from '../lib/ext/messages';
import { formatPartialDate } from '../lib/util/dates';
import IncidentItem from './IncidentItem';

export type PageSummaryViewProps = {
  /** What the content script found on the page. */
  summary: PageSummaryResponse;
  /** Scroll the page to the first mention of an entity and flash it. */
  onReveal: (entityId: string) => void;
  /** Switch Backstory on or off for this site. */
  onToggleSite: (isEnabled: boolean) => void;
};

const KIND_HEADINGS: Record<EntityKind, string> = {
  person: 'People',
  group: 'Armed groups',
  organization: 'Organizations',
  place: 'Places',
};

/** The popup body: entities found on the page by kind, and the page's story so far. */
export default function PageSummaryView({ summary, onReveal, onToggleSite }: PageSummaryViewProps) {
  const names = new Map(
    summary.groups.flatMap((g) => g.entities.map((e) => [e.id, e.name] as const)),
  );
  const found = summary.groups.reduce((n, g) => n + g.entities.length, 0);
  return (
    <div class="summary">
      <div class="row">
        <label class="switch">
          <input
            type="checkbox"
            checked={summary.isEnabled}
            onChange={(e) => onToggleSite((e.target as HTMLInputElement).checked)}
            data-testid="site-toggle"
          />{' '}
          Mark names on {summary.host}
        </label>
      </div>
      <p class="muted" data-testid="article-date">
        {summary.isArticleDateKnown
          ? `Article dated ${formatPartialDate(summary.articleDate)}`
          : `No article date found; assuming today (${formatPartialDate(summary.articleDate)})`}
      </p>
      {found === 0 ? (
        <p class="muted">No known names found on this page.</p>
      ) : (
        <section aria-labelledby="found-heading">
          <h2 id="found-heading">Found on this page ({found})</h2>
          {summary.groups.map((g) => (
            <div key={g.kind} class="group" data-testid={`group-${g.kind}`}>
              <h3>{KIND_HEADINGS[g.kind]}</h3>
              <ul class="entities">
                {g.entities.map((e) => (
                  <li key={e.id}>
                    <button
                      type="button"
                      class="entity"
                      data-entity-id={e.id}
                      onClick={() => onReveal(e.id)}
                    >
                      <span class="entity-name">{e.name}</span>
                      <span class="entity-count" aria-label={`${e.mentions} mentions`}>
                        {e.mentions}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {summary.story.length > 0 && (
        <section aria-labelledby="story-heading">
          <h2 id="story-heading">The story so far ({summary.story.length})</h2>
          <ol class="incidents" data-testid="story">
            {summary.story.map((i) => (
              <IncidentItem
                key={i.id}
                incident={i}
                isShowingReasons={false}
                isShowingCaveats={false}
                note={`Involves ${i.involves.map((id) => names.get(id) ?? id).join(', ')}`}
              />
            ))}
          </ol>
        </section>
      )}
      <p class="muted small" data-testid="dataset-version">
        Dataset {summary.datasetVersion}
      </p>
    </div>
  );
}
