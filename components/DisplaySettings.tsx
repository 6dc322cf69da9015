import { ENTITY_KINDS } from '../lib/dataset/kinds';
import type { EntityKind } from '../lib/dataset/schema';
import type { Settings } from '../lib/ext/settings';

export type DisplaySettingsProps = {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
};

const LABELS: Record<EntityKind, string> = {
  person: 'People',
  group: 'Armed groups',
  organization: 'Organizations',
  place: 'Places',
};

/** Highlighting on/off, which kinds to mark, and the sites switched off. */
export default function DisplaySettings({ settings, onChange }: DisplaySettingsProps) {
  return (
    <div class="display">
      <label>
        <input
          type="checkbox"
          checked={settings.isHighlighting}
          data-testid="highlighting"
          onChange={(e) => onChange({ isHighlighting: (e.target as HTMLInputElement).checked })}
        />{' '}
        Mark names on pages
      </label>
      <fieldset disabled={!settings.isHighlighting}>
        <legend>Mark these kinds</legend>
        {ENTITY_KINDS.map((kind) => (
          <label key={kind} class="kind">
            <input
              type="checkbox"
              checked={settings.kinds[kind]}
              data-testid={`kind-${kind}`}
              onChange={(e) =>
                onChange({
                  kinds: { ...settings.kinds, [kind]: (e.target as HTMLInputElement).checked },
                })
              }
            />{' '}
            {LABELS[kind]}
          </label>
        ))}
      </fieldset>
      {settings.disabledSites.length > 0 && (
        <div>
          <p>Switched off on:</p>
          <ul>
            {settings.disabledSites.map((host) => (
              <li key={host}>
                {host}{' '}
                <button
                  type="button"
                  class="link"
                  onClick={() =>
                    onChange({ disabledSites: settings.disabledSites.filter((h) => h !== host) })
                  }
                >
                  switch back on
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
