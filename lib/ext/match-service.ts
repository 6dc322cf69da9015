/**
 * Matching as an extension service: the background holds the one loaded matcher and answers every
 * tab over a runtime port; content scripts connect to it. The only code that ties the matcher host
 * and client to `browser.runtime`.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadMatcher } from '../match';
import { createMatchHost, type HostMatcher } from '../page/match-host';
import type { MatchPort } from '../page/match-port';
import { ACTIVE_KEY, readStoredDataset, revisionOf } from './active-dataset';

/** Name of the runtime port pages match over. */
export const MATCH_PORT_NAME = 'backstory:match';

/** A runtime port as a {@link MatchPort}. */
function wrap(port: Browser.runtime.Port): MatchPort {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

/** Content script side: a new port to the background's matcher (throws when the extension is gone). */
export function connectMatchPort(): MatchPort {
  return wrap(browser.runtime.connect({ name: MATCH_PORT_NAME }));
}

async function loadStoredMatcher(): Promise<HostMatcher | null> {
  const active = await readStoredDataset();
  return active ? { revision: revisionOf(active)!, matcher: loadMatcher(active.matcher) } : null;
}

/** Loads the stored matcher once and keeps it until the active dataset changes. */
export function createMatcherCache(load = loadStoredMatcher) {
  let loaded: Promise<HostMatcher | null> | null = null;
  // Revisions found not to be the stored one since the last change: their pages are stale.
  const notStored = new Set<string>();
  const forget = () => {
    loaded = null;
    notStored.clear();
  };
  return {
    forget,
    async matcherFor(revision: string): Promise<HostMatcher | null> {
      const current = (loaded ??= load());
      const held = await current.catch((e: unknown) => {
        if (loaded === current) forget();
        throw e;
      });
      if (held?.revision === revision || loaded !== current || notStored.has(revision)) return held;
      // A page newer than what is held (the change has not reached this worker yet), or older.
      const next = (loaded = load());
      const fresh = await next;
      if (fresh?.revision !== revision) notStored.add(revision);
      return fresh;
    },
  };
}

/** Background side: answers pages' match ports; call once when the background starts. */
export function serveMatching(): void {
  const cache = createMatcherCache();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ACTIVE_KEY in changes) cache.forget();
  });
  const serve = createMatchHost({ matcherFor: (revision) => cache.matcherFor(revision) });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === MATCH_PORT_NAME) serve(wrap(port));
  });
}
