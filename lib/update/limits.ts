/** Caps on an update, checked before anything is written (the schema adds its own per-field caps). */
export type UpdateLimits = {
  /** Largest file or download, in bytes. */
  maxBytes: number;
  /** Deepest nesting of arrays and objects; real datasets need about 7. */
  maxDepth: number;
  /** Longest string anywhere in the file, in characters. */
  maxStringLength: number;
  /** Most entities and most incidents. */
  maxRecords: number;
};

/**
 * The limits updates are held to. Storage keeps the active, previous and pending datasets with
 * their compiled matchers (the manifest asks for unlimitedStorage, so Chrome's 10 MB quota does
 * not apply); 32 MB leaves room for newsroom datasets of tens of thousands of names.
 */
export const UPDATE_LIMITS: UpdateLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxDepth: 32,
  maxStringLength: 4000,
  maxRecords: 100_000,
};

/** Most time a download may take, headers and body together, in milliseconds. */
export const DOWNLOAD_TIMEOUT_MS = 30_000;

/** Minutes between scheduled checks of a saved URL (daily). */
export const CHECK_INTERVAL_MINUTES = 24 * 60;

/** Entries the update log keeps. */
export const UPDATE_LOG_SIZE = 20;

/** "4 MB" for a byte count, in the words the messages use. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1)} MB`;
}
