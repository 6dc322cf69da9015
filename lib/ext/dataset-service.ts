/**
 * The dataset as an extension service: the background holds the one active dataset with its loaded
 * matcher and serves every tab over a runtime port (matching, cards, summaries); content scripts
 * connect to it. The only code that ties the dataset host and client to `browser.runtime`.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadMatcher } from '../match';
import { createDatasetHost, type HostDataset } from '../page/dataset-host';
import type { HostPort } from '../page/host-port';
import { ACTIVE_KEY } from './active-dataset';
import { ensureActiveDataset } from './install-dataset';

/** Name of the runtime port pages use. */
export const DATASET_PORT_NAME = 'backstory:dataset';

/** A runtime port as a {@link HostPort}. */
function wrap(port: Browser.runtime.Port): HostPort {
  return {
    send: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((message: unknown) => listener(message)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

/** Content script side: a new port to the background (throws when the extension is gone). */
export function connectDatasetPort(): HostPort {
  return wrap(browser.runtime.connect({ name: DATASET_PORT_NAME }));
}

/** The active dataset with its matcher loaded (the bundled one installed first when none is). */
async function loadActiveDataset(): Promise<HostDataset> {
  const active = await ensureActiveDataset();
  return { records: active.dataset, matcher: loadMatcher(active.matcher) };
}

/** Loads the active dataset once and keeps it until told it changed; a failed load is retried. */
export function createDatasetCache(load: () => Promise<HostDataset | null> = loadActiveDataset) {
  let loaded: Promise<HostDataset | null> | null = null;
  return {
    forget() {
      loaded = null;
    },
    datasetFor(): Promise<HostDataset | null> {
      const current = (loaded ??= load());
      return current.catch((e: unknown) => {
        if (loaded === current) loaded = null;
        throw e;
      });
    },
  };
}

/** Background side: serves pages' dataset ports; call once when the background starts. */
export function serveDataset(): void {
  const cache = createDatasetCache();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ACTIVE_KEY in changes) cache.forget();
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrap(port));
  });
}
