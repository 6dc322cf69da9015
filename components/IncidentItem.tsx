import type { IncidentView } from '../lib/related/card-model';

export type IncidentItemProps = {
  /** The incident, already phrased for display. */
  incident: IncidentView;
  /** Show why the incident is listed. */
  isShowingReasons?: boolean;
  /** Extra line under the title (e.g. which page entities it involves). */
  note?: string;
  /** Show caveats in full (the card); otherwise one line saying how many there are (the popup). */
  isShowingCaveats?: boolean;
};

/** One incident: when, what, where, toll, who claimed it, why it is listed, and its sources. */
export default function IncidentItem({
  incident,
  isShowingReasons = true,
  note,
  isShowingCaveats = true,
}: IncidentItemProps) {
  return (
    <li class="incident" data-testid="incident" data-incident-id={incident.id}>
      <div class="incident-when">
        <time dateTime={incident.date}>{incident.dateLabel}</time>
        <span class="incident-timing"> · {incident.timing}</span>
      </div>
      <div class="incident-title">{incident.title}</div>
      <div class="incident-meta">
        {incident.place}
        {incident.casualties ? ` · ${incident.casualties}` : ''}
      </div>
      {incident.attribution && <div class="incident-meta">{incident.attribution}</div>}
      {note && <div class="incident-meta">{note}</div>}
      {isShowingReasons && incident.reasons.length > 0 && (
        <div class="incident-why">Why listed: {incident.reasons.join('; ')}</div>
      )}
      {isShowingCaveats
        ? incident.caveats.map((c) => (
            <div class="caveat" key={c}>
              {c}
            </div>
          ))
        : incident.caveats.length > 0 && (
            <div class="incident-meta muted">
              {incident.caveats.length === 1
                ? '1 point where sources disagree or are unverified'
                : `${incident.caveats.length} points where sources disagree or are unverified`}
            </div>
          )}
      <div class="incident-sources">
        Sources:{' '}
        {incident.sources.map((s, i) => (
          <span key={s.url}>
            {i > 0 ? ', ' : ''}
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.outlet}
            </a>
          </span>
        ))}
      </div>
    </li>
  );
}
