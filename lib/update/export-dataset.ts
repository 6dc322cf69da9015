/** The active dataset as a file to save: the release-artifact format, checksummed, so it imports back unchanged. */
import { datasetChecksum } from '../dataset/checksum';
import type { Dataset } from '../dataset/schema';

/** File name for an exported dataset ("backstory-dataset-2026.11.28.json"). */
export function exportFileName(dataset: Dataset): string {
  return `backstory-dataset-${dataset.version}.json`;
}

/** The JSON text of `dataset` with a fresh checksum. */
export async function exportDatasetText(dataset: Dataset): Promise<string> {
  const { checksum: _old, ...rest } = dataset;
  return `${JSON.stringify({ ...rest, checksum: await datasetChecksum(rest) }, null, 2)}\n`;
}
