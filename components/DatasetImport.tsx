import { useState } from 'preact/hooks';
import type { UpdateFailure } from '../lib/update/update-failure';
import UpdateProblem from './UpdateProblem';

export type DatasetImportProps = {
  /** Called with the chosen file; resolves to why it was refused, or null when it is ready for review. */
  onImport: (file: File) => Promise<UpdateFailure | null>;
};

type State =
  | { step: 'idle' }
  | { step: 'checking' | 'ready'; name: string }
  | { step: 'refused'; name: string; failure: UpdateFailure };

/** Choose or drop a dataset file; it is checked completely, then previewed. Nothing changes unless it is valid. */
export default function DatasetImport({ onImport }: DatasetImportProps) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [isDragging, setDragging] = useState(false);

  const handle = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'checking', name: file.name });
    const failure = await onImport(file);
    setState(
      failure ? { step: 'refused', name: file.name, failure } : { step: 'ready', name: file.name },
    );
  };

  return (
    <div
      class={`dropzone${isDragging ? ' dragging' : ''}`}
      data-testid="dropzone"
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
      <p class="muted small">
        or drop it here. It is checked completely, then you review the changes.
      </p>
      {state.step === 'checking' && (
        <p role="status" data-testid="import-status">
          Checking {state.name}…
        </p>
      )}
      {state.step === 'ready' && (
        <p role="status" data-testid="import-status" class="ok">
          {state.name} is valid: review the changes below.
        </p>
      )}
      {state.step === 'refused' && (
        <UpdateProblem
          failure={state.failure}
          testId="import"
          subject={`${state.name} was not imported`}
        />
      )}
    </div>
  );
}
