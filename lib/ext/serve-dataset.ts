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
 * The revision stored beside the active record, mended first when it is not `active`'s (a writer
 * that left it out, or an older version that stored none).
 */
export async function mendedRevision(active: ActiveDataset): Promise<string | null> {
  const stored = await readActiveRevision();
  if (stored === revisionOf(active)) return stored;
  await syncActiveRevision();
  return readActiveRevision();
}

/** Keeps `active`'s matcher and records in the fast copy while it is the active record. */
export async function keepMatcher(cache: MatcherCache, active: ActiveDataset): Promise<void> {
  const revision = revisionOf(active)!;
  if ((await mendedRevision(active)) === revision && isCacheable(active.matcher))
    await cache.write(revision, active.matcher, active.dataset);
}

/**
 * {@link keepMatcher} after the current task: after the first reply, not before it (copying the
 * records takes a few hundred ms at 50,000 names on this thread).
 */
function keepLater(cache: MatcherCache, active: ActiveDataset): void {
  setTimeout(() => {
    keepMatcher(cache, active).catch((e: unknown) =>
      log('could not keep the dataset for the next start', e),
    );
  }, 0);
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
  keepLater(cache, active);
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
    // The copy had none (a failed write): make it again, for the next start.
    keepLater(cache, active);
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
      if (!loaded) {
        const source = arrived ?? load;
        arrived = null;
        const started: Promise<Loaded | null> = Promise.resolve()
          .then(source)
          .then((d) => {
            if (loaded === started) revision = d?.revision;
            return d;
          });
        loaded = started;
      }
      const current = loaded;
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
    // The new record came with the change: serve it as it is, and keep it for the next start.
    cache.changed(revision, active && (() => ({ ...servedNow(loadedFrom(active)), revision })));
    if (active) keepLater(matchers, active);
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrapPort(port));
  });
}
