/** Nationality adjectives for the countries that appear in casualty breakdowns. */
import type { DatasetIndex } from './dataset-index';

// A Map, so a dataset id such as "constructor" finds nothing of Object.prototype.
const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    afghanistan: 'Afghan',
    china: 'Chinese',
    india: 'Indian',
    iran: 'Iranian',
    pakistan: 'Pakistani',
    'united-states': 'American',
    'united-kingdom': 'British',
    japan: 'Japanese',
    'sri-lanka': 'Sri Lankan',
  }),
);

/** "Chinese" for china; falls back to "from <Country>" phrasing via the place's name. */
export function demonymOf(index: DatasetIndex, countryId: string): string {
  return DEMONYMS.get(countryId) ?? index.entities.get(countryId)?.name ?? countryId;
}
