/** Short, plain-language lines about an incident: casualties and who claimed or was blamed. */
import type { Count, Incident } from '../dataset/schema';
import type { DatasetIndex } from './dataset-index';
import { demonymOf } from './demonym';

/** "3", or "2–3" where sources disagree. */
export function formatCount(count: Count): string {
  if (typeof count === 'number') return String(count);
  return count.min === count.max ? String(count.min) : `${count.min}–${count.max}`;
}

/** "6 killed (5 Chinese) · 2 injured"; null when the dataset records no casualties. */
export function formatCasualties(index: DatasetIndex, incident: Incident): string | null {
  const c = incident.casualties;
  if (!c) return null;
  const part = (label: 'killed' | 'injured') => {
    const total = c[label];
    const by = c.byNationality
      .filter((n) => n[label] !== undefined && n[label] !== 0)
      .map((n) => `${formatCount(n[label]!)} ${demonymOf(index, n.country)}`);
    if (total === undefined && by.length === 0) return null;
    if (total === 0 && by.length === 0) return label === 'killed' ? 'no deaths' : 'no injuries';
    const head = total === undefined ? '' : `${formatCount(total)} `;
    return `${head}${label}${by.length ? ` (${by.join(', ')})` : ''}`;
  };
  const parts = [part('killed'), part('injured')].filter((p): p is string => p !== null);
  const attackers = c.attackersKilled;
  if (attackers !== undefined && attackers !== 0) {
    parts.push(`${formatCount(attackers)} ${attackers === 1 ? 'attacker' : 'attackers'} killed`);
  }
  return parts.length ? parts.join(' · ') : null;
}

/** "Claimed by BLA Majeed Brigade" / "No claim; Pakistan blamed TTP (TTP denied)". */
export function formatAttribution(index: DatasetIndex, incident: Incident): string | null {
  const names = (role: string) =>
    incident.actors
      .filter((a) => a.role === role)
      .map((a) => index.entities.get(a.entityId)?.name ?? a.entityId);
  const claimed = names('claimed');
  const perpetrators = names('perpetrator');
  const blamed = [...names('blamed'), ...names('suspected')];
  const denied = names('denied');
  const parts: string[] = [];
  if (claimed.length) parts.push(`Claimed by ${claimed.join(', ')}`);
  if (perpetrators.length) parts.push(`Carried out by ${perpetrators.join(', ')}`);
  if (blamed.length)
    parts.push(`${claimed.length ? 'Also blamed' : 'Blamed'}: ${blamed.join(', ')}`);
  if (denied.length) parts.push(`Denied by ${denied.join(', ')}`);
  if (!parts.length && incident.type !== 'other') return 'No claim recorded';
  return parts.length ? parts.join('; ') : null;
}

/** "Besham, Shangla" — the incident's place with its nearest containing place. */
export function formatIncidentPlace(index: DatasetIndex, incident: Incident): string {
  const place = index.entities.get(incident.placeId)?.name ?? incident.placeId;
  const parentId = index.ancestors.get(incident.placeId)?.[0];
  const parent = parentId ? index.entities.get(parentId) : undefined;
  return parent && parent.kind === 'place' && parent.placeType !== 'country'
    ? `${place}, ${parent.name}`
    : place;
}
