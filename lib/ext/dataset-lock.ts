/**
 * Serialises every write of the active dataset across settings tabs and the background: the Web
 * Locks API where it exists, otherwise a queue within this page (the revision check in
 * commitDataset then catches a write from another tab).
 */

/** Name of the Web Lock held while the dataset is written. */
export const DATASET_LOCK = 'backstory-dataset-write';

let queue: Promise<unknown> = Promise.resolve();

type LockManagerLike = { request: <T>(name: string, fn: () => Promise<T>) => Promise<T> };

/** Runs `fn` while holding the dataset lock; resolves or rejects with its result. */
export function withDatasetLock<T>(fn: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as { locks?: LockManagerLike } | undefined)?.locks;
  if (locks && typeof locks.request === 'function') return locks.request(DATASET_LOCK, fn);
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}
