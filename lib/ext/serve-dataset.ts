/**
 * The dataset as an extension service, the background's side: it holds the one active dataset with
 * its loaded matcher and serves every tab over a runtime port (matching, cards, summaries).
 */
import { browser } from 'wxt/browser';
import { loadMatcher } from '../match';
import { createDatasetHost, type HostDataset } from '../page/dataset-host';
import { ACTIVE_KEY, isActiveDataset, revisionOf } from './active-dataset';
import { DATASET_PORT_NAME, wrapPort } from './dataset-port';
import { ensureActiveDataset } from './install-dataset';

/** A loaded dataset and the revision of the stored record it came from. */
type Loaded = HostDataset & { revision?: string };

/** The active dataset with its matcher loaded (the bundled one installed first when none is). */
async function loadActiveDataset(): Promise<Loaded> {
  const active = await ensureActiveDataset();
  return {
    records: active.dataset,
    matcher: loadMatcher(active.matcher),
    revision: revisionOf(active) ?? undefined,
  };
}

/** Loads the active dataset once and keeps it until it changes; a failed load is retried. */
export function createDatasetCache(load: () => Promise<Loaded | null> = loadActiveDataset) {
  let loaded: Promise<Loaded | null> | null = null;
  let revision: string | undefined;
  return {
    /** A new record was stored: forget what is held unless it is that record (its own install). */
    changed(next: string | undefined) {
      if (next === undefined || next !== revision) loaded = null;
    },
    datasetFor(): Promise<HostDataset | null> {
      const current = (loaded ??= load().then((d) => {
        if (loaded === current) revision = d?.revision;
        return d;
      }));
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
    if (area !== 'local' || !(ACTIVE_KEY in changes)) return;
    const next = changes[ACTIVE_KEY]?.newValue;
    cache.changed(isActiveDataset(next) ? (revisionOf(next) ?? undefined) : undefined);
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrapPort(port));
  });
}
