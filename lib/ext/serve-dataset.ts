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
 * Keeps `active`'s matcher and records in the fast copy. A record stored without its revision beside it (by an
 * older version) gets it now, under the dataset lock and only if it is still the active one, so the
 * next start finds the copy.
 */
export async function keepMatcher(
  cache: MatcherCache,
  active: ActiveDataset,
  storedRevision: string | null,
): Promise<void> {
  const revision = revisionOf(active)!;
  if (isCacheable(active.matcher)) await cache.write(revision, active.matcher, active.dataset);
  if (storedRevision !== revision)
    await withDatasetLock(async () => {
      if ((await readActiveRevision()) === revision) return;
      const now = await readStoredDataset();
      if (now && revisionOf(now) === revision)
        await browser.storage.local.set({ [ACTIVE_REVISION_KEY]: revision });
    });
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
  void keepMatcher(cache, active, revision).catch((e: unknown) =>
    log('could not keep the matcher for the next start', e),
  );
  const served = servedNow({ records: active.dataset, matcher: loadMatcher(active.matcher) });
  markReady(started, false);
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
  return {
    /** A new record was stored: forget what is held unless it is that record (its own install). */
    changed(next: string | undefined) {
      if (next === undefined || next !== revision) loaded = null;
    },
    datasetFor(): Promise<ServedDataset | null> {
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
  const matchers = createMatcherCache();
  const cache = createDatasetCache(() => loadActiveDataset(matchers));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(ACTIVE_KEY in changes)) return;
    const next = changes[ACTIVE_KEY]?.newValue;
    const revision = isActiveDataset(next) ? (revisionOf(next) ?? undefined) : undefined;
    cache.changed(revision);
    // The new record came with the change: keep its matcher and records now, for the next start.
    if (isActiveDataset(next) && revision !== undefined && isCacheable(next.matcher))
      void matchers
        .write(revision, next.matcher, next.dataset)
        .catch((e: unknown) => log('could not keep the matcher for the next start', e));
  });
  const serve = createDatasetHost({ datasetFor: () => cache.datasetFor() });
  browser.runtime.onConnect.addListener((port) => {
    if (port.name === DATASET_PORT_NAME) serve(wrapPort(port));
  });
}
