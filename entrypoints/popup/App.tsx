import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import EnableSitePrompt from '../../components/EnableSitePrompt';
import PageSummaryView from '../../components/PageSummaryView';
import type { PageRequest, PageSummaryResponse } from '../../lib/ext/messages';
import { setSiteEnabled } from '../../lib/ext/settings';
import { originPattern, requestSitePermission } from '../../lib/ext/user-sites';

type Target = { tabId: number; url: string };
type State =
  | { status: 'loading' }
  | { status: 'ready'; summary: PageSummaryResponse }
  | { status: 'inactive'; reason: 'unlisted' | 'unsupported' | 'error'; message?: string };

/**
 * The tab the popup describes: the active tab, or `?tabId=N&url=U` when the popup is opened as a
 * page (tests, keyboard users), since only a toolbar click grants the tab's URL (activeTab).
 */
async function findTarget(): Promise<Target | null> {
  const params = new URLSearchParams(location.search);
  const param = params.get('tabId');
  const tab = param
    ? await browser.tabs.get(Number(param))
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { tabId: tab.id, url: tab.url ?? params.get('url') ?? '' } : null;
}

async function askPage(tabId: number, request: PageRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request);
}

/** Popup: what Backstory found on the current page, or how to enable it there. */
export default function App() {
  const [target, setTarget] = useState<Target | null>(null);
  const [state, setState] = useState<State>({ status: 'loading' });

  /** Asks the tab for its summary; `attempts` > 1 waits for a script that was just injected. */
  const load = async (t: Target, attempts = 1, message?: string) => {
    for (let i = 0; i < attempts; i++) {
      try {
        const summary = (await askPage(t.tabId, { type: 'page:summary' })) as
          PageSummaryResponse | undefined;
        if (summary) return setState({ status: 'ready', summary });
      } catch {
        // No content script in the tab (yet): the site is not enabled, or it is still starting.
      }
      if (i + 1 < attempts) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const reason = originPattern(t.url) ? 'unlisted' : 'unsupported';
    return setState({ status: 'inactive', reason, message });
  };

  useEffect(() => {
    findTarget()
      .then((t) => {
        setTarget(t);
        return t ? load(t) : setState({ status: 'inactive', reason: 'unsupported' });
      })
      .catch((e: unknown) => setState({ status: 'inactive', reason: 'error', message: String(e) }));
  }, []);

  const enable = async () => {
    if (!target) return;
    const isGranted = await requestSitePermission(target.url).catch(() => false);
    if (!isGranted) {
      return setState({
        status: 'inactive',
        reason: 'unlisted',
        message: 'Permission was not granted; nothing changed.',
      });
    }
    const origin = originPattern(target.url)!;
    try {
      await browser.runtime.sendMessage({ type: 'sites:enable', origin, tabId: target.tabId });
    } catch (e) {
      const message = `Could not start on this site: ${String(e)}`;
      return setState({ status: 'inactive', reason: 'error', message });
    }
    await load(target, 15, 'Enabled; reload the page if names are not marked yet.');
  };

  const host = target ? safeHost(target.url) : null;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Backstory</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          Settings
        </button>
      </header>
      {state.status === 'loading' && <p class="muted">Reading this page…</p>}
      {state.status === 'inactive' && (
        <EnableSitePrompt
          host={host}
          reason={state.reason}
          message={state.message}
          onEnable={() => void enable()}
        />
      )}
      {state.status === 'ready' && target && (
        <PageSummaryView
          summary={state.summary}
          onReveal={(entityId) => void askPage(target.tabId, { type: 'page:reveal', entityId })}
          onToggleSite={(isEnabled) =>
            void setSiteEnabled(state.summary.host, isEnabled).then(() => load(target))
          }
        />
      )}
    </main>
  );
}

function safeHost(url: string): string | null {
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}
