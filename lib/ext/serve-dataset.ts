/**
 * The dataset as an extension service, the background's side: it holds the one active dataset with
 * its loaded matcher and serves every tab over a runtime port (matching, cards, summaries).
 */
import { browser } from 'wxt/browser';
import { loadMatcher, type Matcher } from '../match';
import {
  createDatasetHost,
  type HostDataset,
  type ServedDataset,
  servedNow,
} from '../page/dataset-host';
import {
  ACTIVE_KEY,
  ACTIVE_REVISION_KEY,
  type ActiveDataset,
  isActiveDataset,
  readActiveRevision,
  readStoredDataset,
  revisionOf,
} from './active-dataset';
import { DATASET_PORT_NAME, wrapPort } from './dataset-port';
import { withDatasetLock } from './dataset-lock';
import { ensureActiveDataset } from './install-dataset';
import { createMatcherCache, isCacheable, type MatcherCache } from './matcher-cache';
import type { PackedMatcher } from '../match/packed-matcher';

/** A served dataset and the revision of the stored record it came from. */
type Loaded = ServedDataset & { revision?: string };

const log = (...args: unknown[]) => console.warn('[backstory]', ...args);

/**
 * Makes the revision stored beside the active record the record's own, under the dataset lock: an
 * older version stored records without it, and a write that left it out would leave it stale (and
 * with it, a kept copy of another dataset in use). Reads the whole record: call it rarely.
 */
export function syncActiveRevision(): Promise<void> {
  return withDatasetLock(async () => {
    const [stored, key] = await Promise.all([
      readStoredDataset().catch(() => null),
      readActiveRevision(),
    ]);
    const revision = stored ? revisionOf(stored) : null;
    if (key === revision) return;
    if (revision === null) await browser.storage.local.remove(ACTIVE_REVISION_KEY);
    else await browser.storage.local.set({ [ACTIVE_REVISION_KEY]: revision });
  });
}

/**
 * Keeps `active`'s matcher and records in the fast copy, while it is still the active record (the
 * revision stored beside it, repaired first when it is not `active`'s: `storedRevision` is what the
 * load found there).
 */
export async function keepMatcher(
  cache: MatcherCache,
  active: ActiveDataset,
  storedRevision: string | null,
): Promise<void> {
  const revision = revisionOf(active)!;
  // A fresh install stored the key with the record after the load looked: no need to mend it.
  if (storedRevision !== revision && (await readActiveRevision()) !== revision)
    await syncActiveRevision();
  if (isCacheable(active.matcher) && (await readActiveRevision()) === revision)
    await cache.write(revision, active.matcher, active.dataset);
}

/**
 * The active dataset, ready to match. With a fast copy of the active revision's matcher, matching
 * starts from it and the records are read (from the copy, else storage) only when a card or summary
 * needs them; otherwise the whole record is read from storage (the bundled dataset installed first
 * when none is) and the copy made for the next start.
 */
export async function loadActiveDataset(cache: MatcherCache): Promise<Loaded> {
  const started = performance.now();
  const revision = await readActiveRevision().catch(() => null);
  const kept = revision === null ? null : await cache.read(revision);
  if (kept && revision !== null) {
    try {
      const matcher = loadMatcher(kept);
      markReady(started, true);
      return { ...fromKept(matcher, revision, cache), revision };
    } catch (e) {
      log('the kept matcher could not be loaded; reading the stored dataset', e);
    }
  }
  const active = await ensureActiveDataset();
  const served = servedNow(loadedFrom(active));
  markReady(started, false);
  // After the first reply, not before it: copying the records takes a few hundred ms at 50,000
  // names on this thread.
  setTimeout(() => {
    keepMatcher(cache, active, revision).catch((e: unknown) =>
      log('could not keep the dataset for the next start', e),
    );
  }, 0);
  return { ...served, revision: revisionOf(active) ?? undefined };
}

/** Name of the User Timing measure of each load, from its start to a matcher ready to match. */
export const READY_MEASURE = 'backstory:matcher-ready';

/** Records how long the load took (read by the bench in the built extension; a few bytes each). */
function markReady(started: number, wasKept: boolean): void {
  try {
    performance.measure(READY_MEASURE, { start: started, detail: { fromKept: wasKept } });
  } catch {
    // User Timing is a diagnostic: its absence changes nothing.
  }
}

/** A stored record's records with its matcher loaded. */
const loadedFrom = (active: ActiveDataset): HostDataset => ({
  records: active.dataset,
  matcher: loadMatcher(active.matcher),
});

/**
 * Serves from a kept matcher; the records of `revision` are read on first need, from the kept copy
 * or else from storage (retried after a failure).
 */
function fromKept(matcher: Matcher, revision: string, cache: MatcherCache): ServedDataset {
  let records: Promise<HostDataset> | null = null;
  const read = async (): Promise<HostDataset> => {
    const kept = await cache.readRecords(revision);
    if (kept) return { records: kept, matcher };
    const active = await readStoredDataset();
    if (!active || revisionOf(active) !== revision)
      throw new Error('the stored dataset is no longer the one being served');
    // The copy had none (a failed write): keep them for the next start, if still the active ones.
    setTimeout(() => {
      readActiveRevision()
        .then((now) =>
          now === revision ? cache.writeRecords(revision, active.dataset) : undefined,
        )
        .catch((e: unknown) => log('could not keep the dataset for the next start', e));
    }, 0);
    return { records: active.dataset, matcher };
  };
  return {
    matcher,
    withRecords: () =>
      (records ??= read().catch((e: unknown) => {
        records = null;
        throw e;
      })),
  };
}

/** Loads the active dataset once and keeps it until it changes; a failed load is retried. */
export function createDatasetCache(load: () => Promise<Loaded | null>) {
  let loaded: Promise<Loaded | null> | null = null;
  let revision: string | undefined;
  // The new record as it came with its change, served without reading storage again.
  let arrived: (() => Loaded) | null = null;
  return {
    /**
     * A new record was stored: forget what is held unless it is that record (its own install);
     * `fromChange` serves the record that came with the change.
     */
    changed(next: string | undefined, fromChange?: (() => Loaded) | null) {
      if (next === undefined || next !== revision) {
        loaded = null;
        arrived = next === undefined ? null : (fromChange ?? null);
        // What will be served next: the arrived record, or unknown until a load says.
        revision = arrived ? next : undefined;
      }
    },
    datasetFor(): Promise<ServedDataset | null> {
      const from = loaded ? null : arrived;
      if (!loaded) arrived = null;
      const current = (loaded ??= (from ? Promise.resolve().then(from) : load()).then((d) => {
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
export function serveDataset(matchers: MatcherCache = createMatcherCache()): void {
  const cache = createDatasetCache(() => loadActiveDataset(matchers));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(ACTIVE_KEY in changes)) return;
    const next = changes[ACTIVE_KEY]?.newValue;
    const active = isActiveDataset(next) ? next : null;
    const revision = active ? (revisionOf(active) ?? undefined) : undefined;
    // Every writer stores the revision with the record, in the same change; one that did not
    // leaves it stale, and it is mended.
    if (changes[ACTIVE_REVISION_KEY]?.newValue !== revision)
      syncActiveRevision().catch((e: unknown) => log('could not store the revision', e));
    // The new record came with the change: serve it as it is, and keep it for the next start.
    cache.changed(revision, active && (() => ({ ...servedNow(loadedFrom(active)), revision })));
    if (active && revision !== undefined && isCacheable(active.matcher))
      setTimeout(() => {
        matchers
          .write(revision, active.matcher as PackedMatcher, active.dataset)
          .catch((e: unknown) => log('could not keep the dataset for the next start', e));
      }, 0);
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrapPort(port));
  });
}
