import type { Dataset } from './schema';

/** A dataset checksum as stored in `Dataset.checksum`. */
export type Checksum = `sha256-${string}`;

/** JSON with object keys sorted at every level and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v ?? null)).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    const parts = Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(record[k])}`);
    return `{${parts.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** SHA-256 of the dataset's canonical JSON, leaving out its own `checksum`; Node 20 and browsers. */
export async function datasetChecksum(d: Dataset): Promise<Checksum> {
  const { checksum: _ignored, ...rest } = d;
  const bytes = new TextEncoder().encode(canonicalJson(rest));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return `sha256-${hex}`;
}

/** True when the dataset carries a checksum and it matches its content. */
export async function hasValidChecksum(d: Dataset): Promise<boolean> {
  return d.checksum !== undefined && d.checksum === (await datasetChecksum(d));
}
