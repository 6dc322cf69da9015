/** Where a dataset came from, in the words the settings page and the update log use. */
import type { DatasetSource } from './active-dataset';

/** "Bundled with Backstory", "Imported from file x.json", "Downloaded from https://…". */
export function describeSource(source: DatasetSource): string {
  if (source.type === 'bundled') return 'Bundled with Backstory';
  return source.type === 'file'
    ? `Imported from file ${source.name}`
    : `Downloaded from ${source.url}`;
}

/** The short source an update log entry names: "file x.json", "https://…". */
export function logSourceOf(source: DatasetSource): string {
  if (source.type === 'bundled') return 'bundled dataset';
  return source.type === 'file' ? `file ${source.name}` : source.url;
}
