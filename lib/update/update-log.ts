/** The update log: the last results of imports, downloads and checks, newest first. */
import { UPDATE_LOG_SIZE } from './limits';

/** How an attempt ended: applied, nothing new, waiting for review, or refused. */
export type UpdateOutcome = 'applied' | 'unchanged' | 'ready' | 'failed';

/** One logged attempt. */
export type UpdateLogEntry = {
  /** ISO timestamp. */
  at: string;
  /** "file newer.json", "https://…", "scheduled check of https://…", "reset", "rollback". */
  source: string;
  outcome: UpdateOutcome;
  /** What happened, in a sentence. */
  message: string;
};

const OUTCOMES: ReadonlySet<string> = new Set(['applied', 'unchanged', 'ready', 'failed']);

function isEntry(value: unknown): value is UpdateLogEntry {
  const v = value as Partial<UpdateLogEntry> | null;
  return (
    !!v &&
    typeof v.at === 'string' &&
    typeof v.source === 'string' &&
    typeof v.message === 'string' &&
    OUTCOMES.has(v.outcome as string)
  );
}

/** The stored log, with damaged entries dropped (storage is not trusted). */
export function normaliseLog(raw: unknown): UpdateLogEntry[] {
  return Array.isArray(raw) ? raw.filter(isEntry).slice(0, UPDATE_LOG_SIZE) : [];
}

/** The log with `entry` added first, cut to the last UPDATE_LOG_SIZE entries. */
export function appendLog(log: readonly UpdateLogEntry[], entry: UpdateLogEntry): UpdateLogEntry[] {
  return [entry, ...log].slice(0, UPDATE_LOG_SIZE);
}
