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
 * The limits updates are held to. Extension storage holds the active and the previous dataset with
 * their compiled matchers, so the byte cap stays well under its 10 MB quota.
 */
export const UPDATE_LIMITS: UpdateLimits = {
  maxBytes: 4 * 1024 * 1024,
  maxDepth: 32,
  maxStringLength: 4000,
  maxRecords: 20000,
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
