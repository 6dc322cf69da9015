/**
 * The dataset as an extension service, the background's side: it holds the one active dataset with
 * its loaded matcher and serves every tab over a runtime port (matching, cards, summaries).
 */
import { browser } from 'wxt/browser';
import { loadMatcher } from '../match';
import { createDatasetHost, type HostDataset } from '../page/dataset-host';
import { ACTIVE_KEY } from './active-dataset';
import { DATASET_PORT_NAME, wrapPort } from './dataset-port';
import { ensureActiveDataset } from './install-dataset';

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

/** Serves pages' dataset ports; call once when the background starts. */
export function serveDataset(): void {
  const cache = createDatasetCache();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && ACTIVE_KEY in changes) cache.forget();
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrapPort(port));
  });
}
