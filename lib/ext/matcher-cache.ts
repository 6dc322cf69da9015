/**
 * The background's fast copy of the active dataset, in the extension's IndexedDB: its matcher, and
 * its records apart. Extension storage hands a record back slowly: about 0.8 s for the whole record
 * at 50,000 names in a service worker Chrome has just restarted, and every other storage call of
 * the extension (a page reading its settings) waits behind it. IndexedDB returns the matcher alone,
 * its tables as raw bytes, in a few ms, and the records when a card first needs them. Storage stays
 * the one source of truth: the copy is used only for the revision stored there, and anything wrong
 * with it (absent, stale, damaged, IndexedDB unavailable) means reading storage.
 */
import type { Dataset } from '../dataset/schema';
import type { StoredMatcher } from '../match';
import { decodeBytes } from '../match/base64-ints';
import type { PackedMatcher } from '../match/packed-matcher';

const DB_NAME = 'backstory';
const STORE = 'matchers';
/** The entries: the matcher of the active dataset, and its records. */
const MATCHER = 'active';
const RECORDS = 'records';

/** What an entry holds, with the revision of the stored record it came from. */
type Entry = { revision: string; matcher?: PackedMatcher; records?: Dataset };

/** The matchers this cache keeps: the packed form that carries entity kinds (matching needs nothing else). */
export function isCacheable(matcher: StoredMatcher): matcher is PackedMatcher {
  return matcher.format === 3 && matcher.kinds !== undefined;
}

/** A cheap structural check of kept records, as for a stored record. */
const isRecords = (r: Partial<Dataset> | undefined): r is Dataset =>
  !!r && Array.isArray(r.entities) && Array.isArray(r.incidents) && typeof r.version === 'string';

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.addEventListener('success', () => resolve(r.result));
    r.addEventListener('error', () => reject(r.error ?? new Error('IndexedDB request failed')));
  });

/**
 * How long a read may take before the copy counts as absent: IndexedDB has been seen to hang in
 * extension service workers. A read takes about 15 ms for the matcher at 50,000 names.
 */
export const READ_TIMEOUT_MS = 2000;

const log = (...args: unknown[]) => console.warn('[backstory]', ...args);

/** Options for {@link createMatcherCache}. */
export type MatcherCacheOptions = { readTimeoutMs?: number };

/** The cache over `idb` (the context's IndexedDB); every read fails softly, to null. */
export function createMatcherCache(
  idb: IDBFactory | undefined = globalThis.indexedDB,
  { readTimeoutMs = READ_TIMEOUT_MS }: MatcherCacheOptions = {},
) {
  let opened: Promise<IDBDatabase> | null = null;
  let hasLogged = false;
  const open = (): Promise<IDBDatabase> => {
    if (opened) return opened;
    const attempt: Promise<IDBDatabase> = new Promise<IDBDatabase>((resolve, reject) => {
      if (!idb) return reject(new Error('IndexedDB is not available'));
      const r = idb.open(DB_NAME, 1);
      r.addEventListener('upgradeneeded', () => r.result.createObjectStore(STORE));
      r.addEventListener('success', () => {
        const db = r.result;
        // Another context deleting or upgrading the database, or the browser closing it: let
        // go, and open again next time (unless a newer connection has taken over already).
        const letGo = () => {
          db.close();
          if (opened === attempt) opened = null;
        };
        db.addEventListener('versionchange', letGo);
        db.addEventListener('close', letGo);
        resolve(db);
      });
      r.addEventListener('error', () =>
        reject(r.error ?? new Error('IndexedDB could not be opened')),
      );
      r.addEventListener('blocked', () =>
        reject(new Error('IndexedDB is blocked by another context')),
      );
    });
    opened = attempt;
    attempt.catch(() => {
      if (opened === attempt) opened = null;
    });
    return attempt;
  };
  /** Lets the current connection go (closed once it opens, if it ever does); the next call opens afresh. */
  const drop = () => {
    const stale = opened;
    opened = null;
    stale?.then(
      (db) => db.close(),
      () => undefined,
    );
  };

  /** The entry `key` when it was kept for `revision`; undefined otherwise, on failure or too late. */
  const entryFor = async (key: string, revision: string): Promise<Entry | undefined> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`IndexedDB did not answer within ${readTimeoutMs} ms`)),
        readTimeoutMs,
      );
    });
    const read = (async () => {
      const db = await open();
      return (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(key))) as
        Partial<Entry> | undefined;
    })();
    try {
      const entry = await Promise.race([read, late]);
      return entry?.revision === revision ? (entry as Entry) : undefined;
    } catch (e) {
      // A hung or broken database: open it afresh next time; say so once per background.
      drop();
      if (!hasLogged) log('the kept copy of the dataset could not be read; reading storage', e);
      hasLogged = true;
      return undefined;
    } finally {
      clearTimeout(timer);
    }
  };

  /** Puts `value` at `key` in a transaction of its own; resolves when it is written. */
  const put = async (key: string, value: Entry | null): Promise<void> => {
    const db = await open();
    const tx = db.transaction(STORE, 'readwrite');
    const done = new Promise<void>((resolve, reject) => {
      const fail = () => reject(tx.error ?? new Error('IndexedDB could not keep the dataset'));
      tx.addEventListener('complete', () => resolve());
      tx.addEventListener('error', fail);
      tx.addEventListener('abort', fail);
    });
    try {
      if (value) tx.objectStore(STORE).put(value, key);
      else tx.objectStore(STORE).delete(key);
    } catch (e) {
      // A value that cannot be cloned: write nothing.
      tx.abort();
      await done.catch(() => undefined);
      throw e;
    }
    await done;
  };

  return {
    /** The matcher kept for `revision`; null when none is kept for it or it cannot be read. */
    async read(revision: string): Promise<PackedMatcher | null> {
      const matcher = (await entryFor(MATCHER, revision))?.matcher;
      return matcher && isCacheable(matcher) && matcher.ints instanceof Uint8Array ? matcher : null;
    },

    /** The records kept for `revision`; null when none are kept for it or they cannot be read. */
    async readRecords(revision: string): Promise<Dataset | null> {
      const records = (await entryFor(RECORDS, revision))?.records;
      return isRecords(records) ? records : null;
    },

    /**
     * Keeps `matcher` (its tables decoded once, here) and then `records` as the copy for
     * `revision`, each in a transaction of its own, the matcher first (matching waits only on it);
     * without records, none are kept. Resolves when both are written.
     */
    async write(revision: string, matcher: PackedMatcher, records?: Dataset): Promise<void> {
      const ints = typeof matcher.ints === 'string' ? decodeBytes(matcher.ints) : matcher.ints;
      await put(MATCHER, { revision, matcher: { ...matcher, ints } });
      await put(RECORDS, records ? { revision, records } : null);
    },
  };
}

/** The cache's interface, as serve-dataset uses it. */
export type MatcherCache = ReturnType<typeof createMatcherCache>;
