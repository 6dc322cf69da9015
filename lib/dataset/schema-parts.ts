/** Building blocks of the dataset schema: ids, dates, links, sources, aliases, roles, counts. */
import { z } from 'zod';

/** Version of the dataset format this build reads and writes. */
export const SCHEMA_VERSION = 1;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True when `value` is YYYY, YYYY-MM or YYYY-MM-DD naming a day that exists. */
export function isRealPartialDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  if (m === undefined) return y! >= 1000;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const days = new Date(Date.UTC(y!, m, 0)).getUTCDate();
  return d >= 1 && d <= days;
}

/** A stable, lower-case, hyphenated identifier ("mohsin-naqvi"). */
export const IdSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(ID_PATTERN, 'must be lower-case words joined by hyphens');

/** A calendar date at year, month or day precision: "2024", "2024-03", "2024-03-26". */
export const PartialDateSchema = z
  .string()
  .regex(DATE_PATTERN, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

/** A full calendar day, YYYY-MM-DD. */
export const DaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine(isRealPartialDate, 'is not a real calendar date');

/** An absolute https link. */
export const HttpsUrlSchema = z
  .string()
  .max(2000)
  .refine((v) => {
    try {
      return new URL(v).protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an https:// URL');

/** Trimmed, non-empty text of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** A published source for a fact. */
export const SourceSchema = z.strictObject({
  url: HttpsUrlSchema,
  outlet: text(120),
  date: PartialDateSchema.optional(),
  title: text(300).optional(),
});

/** A disagreement between sources, or a point no source confirmed: shown to readers, never hidden. */
export const CaveatSchema = z.strictObject({
  kind: z.enum(['conflict', 'unverified']),
  text: text(600),
});

/** Another way the press writes a name. */
export const AliasSchema = z.strictObject({
  text: text(80).min(2),
  /**
   * variant: spelling variant; acronym: initials (matched case-sensitively); short: a surname or
   * short form that counts only after a fuller name of the same entity appeared earlier on the page;
   * transliteration; former: an earlier name; title: a title used as a name ("DG ISPR").
   */
  type: z
    .enum(['variant', 'acronym', 'short', 'transliteration', 'former', 'title'])
    .default('variant'),
  /** Collides with a common word or another entity: mark only with support from the page. */
  needsContext: z.boolean().optional(),
  note: text(300).optional(),
});

/** An office or position a person held, with dates. */
export const RoleSchema = z.strictObject({
  title: text(160),
  org: IdSchema.optional(),
  from: PartialDateSchema,
  to: PartialDateSchema.optional(),
  note: text(300).optional(),
});

export const CoordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** True when not checked against a source. */
  approximate: z.boolean().optional(),
});

/** A count, or a range where sources disagree. */
export const CountSchema = z.union([
  z.number().int().min(0).max(100000),
  z.strictObject({
    min: z.number().int().min(0).max(100000),
    max: z.number().int().min(0).max(100000),
  }),
]);
