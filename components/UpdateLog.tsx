import type { UpdateLogEntry, UpdateOutcome } from '../lib/update/update-log';

export type UpdateLogProps = {
  /** Newest first. */
  entries: UpdateLogEntry[];
};

const OUTCOME_WORDS: Record<UpdateOutcome, string> = {
  applied: 'Applied',
  unchanged: 'No change',
  ready: 'Ready to review',
  failed: 'Refused',
};

/** The last update results: when, from where, how it ended and why. */
export default function UpdateLog({ entries }: UpdateLogProps) {
  if (entries.length === 0) return <p class="muted small">No updates yet.</p>;
  return (
    <table class="log" data-testid="update-log">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Source</th>
          <th scope="col">Result</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={`${e.at}-${i}`} data-outcome={e.outcome}>
            <td>{new Date(e.at).toLocaleString()}</td>
            <td class="log-source">{e.source}</td>
            <td>
              <strong>{OUTCOME_WORDS[e.outcome]}</strong>: {e.message}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
