/**
 * The background's fast copy of the active matcher, in the extension's IndexedDB. Extension storage
 * hands a record back slowly: about 0.8 s for the whole record at 50,000 names, in a service worker
 * Chrome has just restarted. IndexedDB returns the matcher alone, its tables as raw bytes, in a few
 * ms. Storage stays the one source of truth: the copy is used only for the revision stored there,
 * and anything wrong with it (absent, stale, damaged, IndexedDB unavailable) means reading storage.
 */
import type { StoredMatcher } from '../match';
import { decodeBytes } from '../match/base64-ints';
import type { PackedMatcher } from '../match/packed-matcher';

const DB_NAME = 'backstory';
const STORE = 'matchers';
/** The one entry: the matcher of the active dataset. */
const ENTRY = 'active';

/** What the entry holds: the matcher and the revision of the record it came from. */
type Entry = { revision: string; matcher: PackedMatcher };

/** The matchers this cache keeps: the packed form that carries entity kinds (matching needs nothing else). */
export function isCacheable(matcher: StoredMatcher): matcher is PackedMatcher {
  return matcher.format === 3 && matcher.kinds !== undefined;
}

const request = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.addEventListener('success', () => resolve(r.result));
    r.addEventListener('error', () => reject(r.error ?? new Error('IndexedDB request failed')));
  });

/** The cache over `idb` (the context's IndexedDB); every call fails softly when there is none. */
export function createMatcherCache(idb: IDBFactory | undefined = globalThis.indexedDB) {
  let opened: Promise<IDBDatabase> | null = null;
  const open = () =>
    (opened ??= new Promise<IDBDatabase>((resolve, reject) => {
      if (!idb) return reject(new Error('IndexedDB is not available'));
      const r = idb.open(DB_NAME, 1);
      r.addEventListener('upgradeneeded', () => r.result.createObjectStore(STORE));
      r.addEventListener('success', () => {
        const db = r.result;
        // Another context deleting or upgrading the database: let go, open again next time.
        db.addEventListener('versionchange', () => {
          db.close();
          opened = null;
        });
        resolve(db);
      });
      r.addEventListener('error', () =>
        reject(r.error ?? new Error('IndexedDB could not be opened')),
      );
      r.addEventListener('blocked', () =>
        reject(new Error('IndexedDB is blocked by another context')),
      );
    }).catch((e: unknown) => {
      opened = null;
      throw e;
    }));

  return {
    /** The matcher kept for `revision`; null when none is kept for it or it cannot be read. */
    async read(revision: string): Promise<PackedMatcher | null> {
      try {
        const db = await open();
        const entry = (await request(
          db.transaction(STORE, 'readonly').objectStore(STORE).get(ENTRY),
        )) as Partial<Entry> | undefined;
        const matcher = entry?.revision === revision ? entry.matcher : undefined;
        return matcher && isCacheable(matcher) && matcher.ints instanceof Uint8Array
          ? matcher
          : null;
      } catch {
        return null;
      }
    },

    /** Keeps `matcher` as the copy for `revision` (its tables decoded once, here); resolves when written. */
    async write(revision: string, matcher: PackedMatcher): Promise<void> {
      const ints = typeof matcher.ints === 'string' ? decodeBytes(matcher.ints) : matcher.ints;
      const db = await open();
      const tx = db.transaction(STORE, 'readwrite');
      tx.objectStore(STORE).put({ revision, matcher: { ...matcher, ints } } satisfies Entry, ENTRY);
      await new Promise<void>((resolve, reject) => {
        const fail = () => reject(tx.error ?? new Error('IndexedDB could not keep the matcher'));
        tx.addEventListener('complete', () => resolve());
        tx.addEventListener('error', fail);
        tx.addEventListener('abort', fail);
      });
    },
  };
}

/** The cache's interface, as serve-dataset uses it. */
export type MatcherCache = ReturnType<typeof createMatcherCache>;
