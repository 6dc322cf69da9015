/**
 * Prepares an update for review without writing anything: parse and validate the bytes, then diff
 * them against the active dataset. Failures go to the update log.
 */
import type { Dataset } from '../dataset/schema';
import { type DatasetDiff, diffDatasets } from '../update/diff-datasets';
import { UPDATE_LIMITS, type UpdateLimits } from '../update/limits';
import { parseUpdate } from '../update/parse-update';
import type { UpdateFailure } from '../update/update-failure';
import { type DatasetSource, readStoredDataset, revisionOf } from './active-dataset';
import { logSourceOf } from './describe-source';
import { logUpdate } from './update-log-store';

/** A validated update and what it would change, tied to the revision it was compared with. */
export type StagedUpdate = {
  dataset: Dataset;
  source: DatasetSource;
  diff: DatasetDiff;
  /** Revision of the active dataset the diff was computed against. */
  base: string | null;
  /** True when it came from storage (a scheduled check), so applying it also clears it there. */
  isPending: boolean;
};

/** A staged update, or why the input was refused. */
export type StageResult =
  { ok: true; update: StagedUpdate } | { ok: false; failure: UpdateFailure };

/** Logs a refused update and returns the failure result. */
export async function refuseUpdate(source: string, failure: UpdateFailure): Promise<StageResult> {
  await logUpdate({ source, outcome: 'failed', message: failure.message });
  return { ok: false, failure };
}

/** Diffs a validated dataset against the active one. */
export async function stageDataset(
  dataset: Dataset,
  source: DatasetSource,
  isPending = false,
): Promise<StagedUpdate> {
  const active = await readStoredDataset().catch(() => null);
  const diff = diffDatasets(active?.dataset ?? null, dataset);
  return { dataset, source, diff, base: revisionOf(active), isPending };
}

/** Parses, validates and diffs `input`; writes nothing but a log entry on failure. */
export async function stageUpdate(
  input: Uint8Array | string,
  source: DatasetSource,
  limits: UpdateLimits = UPDATE_LIMITS,
): Promise<StageResult> {
  const parsed = await parseUpdate(input, limits);
  if (!parsed.ok) return refuseUpdate(logSourceOf(source), parsed.failure);
  return { ok: true, update: await stageDataset(parsed.dataset, source) };
}
