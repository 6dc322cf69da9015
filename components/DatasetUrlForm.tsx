import { useEffect, useState } from 'preact/hooks';

export type DatasetUrlFormProps = {
  /** The URL checked daily, or null when none is saved. */
  savedUrl: string | null;
  isBusy: boolean;
  /** Download and preview once, without saving. */
  onCheck: (url: string) => void;
  /** Ask for access to the origin, save the URL for daily checks, and preview it. */
  onSave: (url: string) => void;
  /** Stop the daily check. */
  onForget: () => void;
};

/** Update from a web address: check it once, or save it to be checked daily. */
export default function DatasetUrlForm({
  savedUrl,
  isBusy,
  onCheck,
  onSave,
  onForget,
}: DatasetUrlFormProps) {
  const [url, setUrl] = useState(savedUrl ?? '');
  useEffect(() => setUrl(savedUrl ?? ''), [savedUrl]);
  return (
    <form
      class="url-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCheck(url);
      }}
    >
      <label>
        Update from a web address (https){' '}
        <input
          type="url"
          required
          placeholder="https://example.org/backstory/dataset.json"
          value={url}
          data-testid="url-input"
          onInput={(e) => setUrl((e.target as HTMLInputElement).value)}
        />
      </label>
      <p>
        <button type="submit" disabled={isBusy} data-testid="check-url">
          Check now
        </button>{' '}
        <button type="button" disabled={isBusy} data-testid="save-url" onClick={() => onSave(url)}>
          Save and check daily
        </button>{' '}
        {savedUrl && (
          <button type="button" disabled={isBusy} data-testid="forget-url" onClick={onForget}>
            Stop checking
          </button>
        )}
      </p>
      <p class="muted small" data-testid="saved-url">
        {savedUrl
          ? `Checked daily: ${savedUrl}. New versions wait here for your review.`
          : 'No address saved: nothing is checked automatically. Saving asks the browser to let Backstory read that site.'}
      </p>
    </form>
  );
}
