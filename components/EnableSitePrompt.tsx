export type EnableSitePromptProps = {
  /** The site's host name, or null when the tab is not a web page. */
  host: string | null;
  /** Why the page shows nothing: not a listed site, or switched off. */
  reason: 'unlisted' | 'unsupported' | 'error';
  message?: string;
  onEnable: () => void;
};

/** Shown when Backstory is not running on the tab: explains why and offers to enable the site. */
export default function EnableSitePrompt({
  host,
  reason,
  message,
  onEnable,
}: EnableSitePromptProps) {
  if (reason === 'unsupported' || !host) {
    return <p class="muted">Backstory works on web pages (http and https). This tab is not one.</p>;
  }
  if (reason === 'error')
    return (
      <p class="error" role="alert">
        {message ?? 'Something went wrong.'}
      </p>
    );
  return (
    <div class="enable">
      <p>
        Backstory is not active on <strong>{host}</strong>. It runs on a built-in list of news
        sites; other sites need your permission, one at a time.
      </p>
      <button type="button" class="primary" onClick={onEnable} data-testid="enable-site">
        Enable on this site
      </button>
      {message && <p class="muted">{message}</p>}
    </div>
  );
}
