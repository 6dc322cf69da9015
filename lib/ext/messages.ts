/** The messages extension parts send each other, typed in one place. */
import type { PageSummary } from '../related/page-summary';

/** Popup → content script. */
export type PageRequest = { type: 'page:summary' } | { type: 'page:reveal'; entityId: string };

/** What the content script answers to `page:summary`. */
export type PageSummaryResponse = PageSummary & {
  datasetVersion: string;
  host: string;
  isEnabled: boolean;
};

/** Popup/options/content → background. */
export type BackgroundRequest =
  { type: 'dataset:ensure' } | { type: 'sites:enable'; origin: string; tabId?: number };

/** True when `value` looks like one of our page requests (messages can come from anywhere). */
export function isPageRequest(value: unknown): value is PageRequest {
  const v = value as { type?: unknown; entityId?: unknown } | null;
  return (
    !!v &&
    (v.type === 'page:summary' || (v.type === 'page:reveal' && typeof v.entityId === 'string'))
  );
}

/** True when `value` looks like one of our background requests. */
export function isBackgroundRequest(value: unknown): value is BackgroundRequest {
  const v = value as { type?: unknown; origin?: unknown } | null;
  return (
    !!v &&
    (v.type === 'dataset:ensure' || (v.type === 'sites:enable' && typeof v.origin === 'string'))
  );
}
