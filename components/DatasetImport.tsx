import { useState } from 'preact/hooks';
import type { DatasetError } from '../lib/dataset/validate';

export type DatasetImportProps = {
  /** Called with the chosen file; resolves to errors, or null when the dataset was applied. */
  onImport: (file: File) => Promise<DatasetError[] | null>;
};

/** Choose or drop a dataset file; shows every validation error by path. Nothing changes unless it is valid. */
export default function DatasetImport({ onImport }: DatasetImportProps) {
  const [errors, setErrors] = useState<DatasetError[]>([]);
  const [status, setStatus] = useState<string>('');
  const [isDragging, setDragging] = useState(false);

  const handle = async (file: File | undefined) => {
    if (!file) return;
    setStatus(`Checking ${file.name}…`);
    setErrors([]);
    const result = await onImport(file);
    if (result === null) {
      setStatus(`Imported ${file.name}.`);
    } else {
      setErrors(result);
      setStatus(
        `${file.name} was not imported: ${result.length} problem${result.length === 1 ? '' : 's'} found. The current dataset is unchanged.`,
      );
    }
  };

  return (
    <div
      class={`dropzone${isDragging ? ' dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        void handle(e.dataTransfer?.files[0]);
      }}
    >
      <label>
        Import a dataset file (.json){' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import-file"
          onChange={(e) => void handle((e.target as HTMLInputElement).files?.[0])}
        />
      </label>
      <p class="muted small">or drop it here. It is checked completely before anything changes.</p>
      {status && (
        <p role="status" data-testid="import-status" class={errors.length ? 'error' : 'ok'}>
          {status}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="errors" data-testid="import-errors">
          {errors.map((e, i) => (
            <li key={i}>
              <code>{e.path || '(root)'}</code>: {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
