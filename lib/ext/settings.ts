/** Reader settings kept in extension storage: highlighting, which kinds to mark, sites switched off. */
import { browser } from 'wxt/browser';
import type { EntityKind } from '../dataset/schema';

/** What the reader chose in the popup and on the settings page. */
export type Settings = {
  isHighlighting: boolean;
  kinds: Record<EntityKind, boolean>;
  /** Host names where the reader switched Backstory off. */
  disabledSites: string[];
};

const KEY = 'settings';

/** Settings for a new install: everything on. */
export const DEFAULT_SETTINGS: Settings = {
  isHighlighting: true,
  kinds: { person: true, organization: true, group: true, place: true },
  disabledSites: [],
};

/** Fills missing or malformed fields from the defaults, so an old or damaged record still works. */
export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings>;
  const kinds = { ...DEFAULT_SETTINGS.kinds };
  for (const k of Object.keys(kinds) as EntityKind[]) {
    if (typeof r.kinds?.[k] === 'boolean') kinds[k] = r.kinds[k];
  }
  return {
    isHighlighting: typeof r.isHighlighting === 'boolean' ? r.isHighlighting : true,
    kinds,
    disabledSites: Array.isArray(r.disabledSites)
      ? r.disabledSites.filter((s) => typeof s === 'string')
      : [],
  };
}

/** Reads the settings. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

/** Merges `patch` into the stored settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = { ...(await readSettings()), ...patch };
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Switches Backstory on or off for one host name. */
export async function setSiteEnabled(host: string, isEnabled: boolean): Promise<Settings> {
  const { disabledSites } = await readSettings();
  const rest = disabledSites.filter((h) => h !== host);
  return updateSettings({ disabledSites: isEnabled ? rest : [...rest, host] });
}

/** True when Backstory should mark pages on `host` under these settings. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  return settings.isHighlighting && !settings.disabledSites.includes(host);
}

/** Calls `listener` with fresh settings whenever they change; returns the unsubscribe function. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
