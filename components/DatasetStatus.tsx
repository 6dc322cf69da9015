import type { EntityKind } from '../lib/dataset/schema';

export type DatasetStatusProps = {
  version: string;
  counts: Record<EntityKind | 'incidents', number>;
  /** "Bundled with Backstory", "Imported from file.json". */
  sourceLabel: string;
  installedAt: string;
  /** When the saved URL was last checked (ISO), or null when no URL is saved or it was never checked. */
  lastCheckedAt?: string | null;
  /** True when a URL is saved for daily checks. */
  hasSavedUrl?: boolean;
};

/** The active dataset at a glance: version, what it holds, where it came from, when it was last checked. */
export default function DatasetStatus({
  version,
  counts,
  sourceLabel,
  installedAt,
  lastCheckedAt = null,
  hasSavedUrl = false,
}: DatasetStatusProps) {
  return (
    <dl class="status" data-testid="dataset-status">
      <dt>Version</dt>
      <dd data-testid="dataset-version">{version}</dd>
      <dt>Source</dt>
      <dd data-testid="dataset-source">{sourceLabel}</dd>
      <dt>Installed</dt>
      <dd>{new Date(installedAt).toLocaleString()}</dd>
      <dt>Last checked</dt>
      <dd data-testid="last-checked">
        {lastCheckedAt
          ? new Date(lastCheckedAt).toLocaleString()
          : hasSavedUrl
            ? 'not yet'
            : 'never (no address saved)'}
      </dd>
      <dt>Contents</dt>
      <dd data-testid="dataset-counts">
        {counts.incidents} incidents · {counts.person} people · {counts.group} armed groups ·{' '}
        {counts.organization} organizations · {counts.place} places
      </dd>
    </dl>
  );
}
