import type { Changes, DatasetDiff, EntityLine, IncidentLine } from '../lib/update/diff-datasets';

export type UpdatePreviewProps = {
  diff: DatasetDiff;
  /** Where the update comes from: "file newer.json", "https://…". */
  sourceLabel: string;
  isBusy: boolean;
  onApply: () => void;
  onCancel: () => void;
};

/** Most lines listed per group; the rest are counted. */
const SHOWN = 40;

const KIND_WORDS: Record<EntityLine['kind'], string> = {
  person: 'person',
  organization: 'organization',
  group: 'armed group',
  place: 'place',
};

function Group<T extends { id: string }>({
  title,
  lines,
  testId,
  render,
}: {
  title: string;
  lines: T[];
  testId: string;
  render: (line: T) => string;
}) {
  if (lines.length === 0) return null;
  return (
    <div data-testid={testId}>
      <h4>
        {title} ({lines.length})
      </h4>
      <ul>
        {lines.slice(0, SHOWN).map((l) => (
          <li key={l.id} data-id={l.id}>
            {render(l)}
          </li>
        ))}
        {lines.length > SHOWN && <li class="muted">and {lines.length - SHOWN} more</li>}
      </ul>
    </div>
  );
}

const incident = (l: IncidentLine) => `${l.date}: ${l.title}`;
const entity = (l: EntityLine) => `${l.name} (${KIND_WORDS[l.kind]})`;

function Section<T extends { id: string }>(props: {
  noun: string;
  changes: Changes<T>;
  prefix: string;
  render: (line: T) => string;
}) {
  const { noun, changes, prefix, render } = props;
  return (
    <>
      <Group
        title={`New ${noun}`}
        lines={changes.added}
        testId={`${prefix}-added`}
        render={render}
      />
      <Group
        title={`Changed ${noun}`}
        lines={changes.changed}
        testId={`${prefix}-changed`}
        render={render}
      />
      <Group
        title={`Removed ${noun}`}
        lines={changes.removed}
        testId={`${prefix}-removed`}
        render={render}
      />
    </>
  );
}

/** What an update would change, in a reader's words, with Apply and Cancel; nothing changes until Apply. */
export default function UpdatePreview({
  diff,
  sourceLabel,
  isBusy,
  onApply,
  onCancel,
}: UpdatePreviewProps) {
  return (
    <section class="preview" data-testid="update-preview" aria-labelledby="preview-heading">
      <h3 id="preview-heading">Review the update</h3>
      <p data-testid="preview-version">
        Version {diff.versionFrom ?? 'none'} → {diff.versionTo}
      </p>
      <p class="muted small">From {sourceLabel}</p>
      {diff.isSame ? (
        <p data-testid="preview-same">No changes: this is the dataset you already have.</p>
      ) : (
        <>
          <Section noun="incidents" changes={diff.incidents} prefix="incidents" render={incident} />
          <Section
            noun="people, groups, organizations and places"
            changes={diff.entities}
            prefix="entities"
            render={entity}
          />
        </>
      )}
      <p class="actions">
        <button
          type="button"
          class="primary"
          data-testid="apply-update"
          disabled={isBusy || diff.isSame}
          onClick={onApply}
        >
          Apply
        </button>{' '}
        <button type="button" data-testid="cancel-update" disabled={isBusy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </section>
  );
}
