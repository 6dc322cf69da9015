import type { CardModel } from '../lib/related/card-model';
import { formatPartialDate } from '../lib/util/dates';
import IncidentItem from './IncidentItem';

export type HoverCardProps = {
  /** Everything the card shows, built by lib/related. */
  model: CardModel;
  /** Why this mention was marked ("exact name", "surname after Mohsin Naqvi earlier"). */
  markReason?: string;
  onClose: () => void;
};

/** The hover card: who or what it is, and the earlier related incidents, with sources. */
export default function HoverCard({ model, markReason, onClose }: HoverCardProps) {
  const titleId = `backstory-title-${model.entityId}`;
  const total = model.earlier.length + model.earlierMore.length;
  return (
    <section
      class="card"
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      data-testid="card"
      data-entity-id={model.entityId}
    >
      <header class="card-head">
        <div>
          <h2 id={titleId} class="card-name">
            {model.name}
          </h2>
          <div class="card-kind">{model.kindLabel}</div>
        </div>
        <button type="button" class="card-close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      {model.role && (
        <p class="card-role" data-testid="role">
          {model.role}
        </p>
      )}
      {model.otherRoles.length > 0 && <p class="card-also">Also: {model.otherRoles.join('; ')}</p>}
      {model.location && <p class="card-role">In {model.location}</p>}
      <p class="card-background">{model.background}</p>
      {model.caveats.map((c) => (
        <p class="caveat" key={c}>
          {c}
        </p>
      ))}
      <h3 class="card-section">
        Earlier related incidents <span class="count">({total})</span>
      </h3>
      {total === 0 ? (
        <p class="empty">None in the dataset before this article.</p>
      ) : (
        <ol class="incidents" data-testid="earlier">
          {model.earlier.map((i) => (
            <IncidentItem key={i.id} incident={i} />
          ))}
        </ol>
      )}
      {model.earlierMore.length > 0 && (
        <details class="more">
          <summary>{model.earlierMore.length} more earlier</summary>
          <ol class="incidents" data-testid="earlier-more">
            {model.earlierMore.map((i) => (
              <IncidentItem key={i.id} incident={i} />
            ))}
          </ol>
        </details>
      )}
      {model.since.length > 0 && (
        <details class="since" data-testid="since">
          <summary>Since this article ({model.since.length})</summary>
          <ol class="incidents">
            {model.since.map((i) => (
              <IncidentItem key={i.id} incident={i} isShowingReasons={false} />
            ))}
          </ol>
        </details>
      )}
      <footer class="card-foot">
        {model.isArticleDateKnown
          ? `Article dated ${formatPartialDate(model.articleDate)}`
          : `No date found on this page; assuming today, ${formatPartialDate(model.articleDate)}`}
        {markReason && (
          <details class="why-marked">
            <summary>Why is this marked?</summary>
            {markReason}
          </details>
        )}
      </footer>
    </section>
  );
}
