export type DatasetActionsProps = {
  /** Version a rollback would restore, or null when there is none. */
  previousVersion: string | null;
  isBusy: boolean;
  onExport: () => void;
  onRollback: () => void;
  onReset: () => void;
};

/** Export the active dataset, go back to the previous one, or back to the bundled one. */
export default function DatasetActions({
  previousVersion,
  isBusy,
  onExport,
  onRollback,
  onReset,
}: DatasetActionsProps) {
  return (
    <p class="actions">
      <button type="button" data-testid="export-dataset" onClick={onExport}>
        Export the active dataset
      </button>{' '}
      {previousVersion && (
        <button type="button" disabled={isBusy} data-testid="rollback-dataset" onClick={onRollback}>
          Roll back to version {previousVersion}
        </button>
      )}{' '}
      <button type="button" disabled={isBusy} data-testid="reset-dataset" onClick={onReset}>
        Reset to the bundled dataset
      </button>
    </p>
  );
}
