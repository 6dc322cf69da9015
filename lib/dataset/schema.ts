/**
 * The dataset schema: the single place that declares Entity, Incident and Dataset.
 * Types are inferred from it, the validator runs it, and the JSON Schema for authors is generated from it.
 */
import { z } from 'zod';
import type { ENTITY_KINDS } from './kinds';

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

const text = (max: number) => z.string().trim().min(1).max(max);

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

const entityBase = {
  id: IdSchema,
  name: text(160),
  aliases: z.array(AliasSchema).max(60).default([]),
  /** One line a reader sees first. */
  background: text(400),
  sources: z.array(SourceSchema).max(20).default([]),
  caveats: z.array(CaveatSchema).max(20).default([]),
};

export const PersonSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('person'),
  roles: z.array(RoleSchema).min(1).max(40),
  /** Place id of the country of nationality. */
  nationality: IdSchema.optional(),
});

export const OrganizationSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('organization'),
  orgType: z.enum([
    'government',
    'ministry',
    'diplomatic-mission',
    'military',
    'police',
    'intelligence',
    'company',
    'project',
    'party',
    'media',
    'education',
    'international',
    'other',
  ]),
  parent: IdSchema.optional(),
  country: IdSchema.optional(),
});

export const GroupSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('group'),
  groupType: z.enum(['separatist', 'jihadist', 'sectarian', 'faction', 'other']),
  /** The group this one is a wing or faction of. */
  parent: IdSchema.optional(),
  founded: PartialDateSchema.optional(),
});

export const CoordinatesSchema = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** True when not checked against a source. */
  approximate: z.boolean().optional(),
});

export const PlaceSchema = z.strictObject({
  ...entityBase,
  kind: z.literal('place'),
  placeType: z.enum([
    'country',
    'province',
    'division',
    'district',
    'tehsil',
    'city',
    'town',
    'area',
    'site',
    'region',
  ]),
  /** The place that contains this one (town → district → province → country). */
  within: IdSchema.optional(),
  coordinates: CoordinatesSchema.optional(),
});

export const EntitySchema = z.discriminatedUnion('kind', [
  PersonSchema,
  OrganizationSchema,
  GroupSchema,
  PlaceSchema,
]);

/** A count, or a range where sources disagree. */
export const CountSchema = z.union([
  z.number().int().min(0).max(100000),
  z.strictObject({
    min: z.number().int().min(0).max(100000),
    max: z.number().int().min(0).max(100000),
  }),
]);

export const CasualtiesSchema = z.strictObject({
  killed: CountSchema.optional(),
  injured: CountSchema.optional(),
  /** Attackers killed, counted apart from victims. */
  attackersKilled: CountSchema.optional(),
  byNationality: z
    .array(
      z.strictObject({
        country: IdSchema,
        killed: CountSchema.optional(),
        injured: CountSchema.optional(),
      }),
    )
    .max(20)
    .default([]),
  note: text(600).optional(),
});

export const ACTOR_ROLES = [
  'claimed',
  'suspected',
  'blamed',
  'denied',
  'perpetrator',
  'target',
  'victim',
  'responder',
  'official',
  'investigator',
] as const;

export const IncidentActorSchema = z.strictObject({
  entityId: IdSchema,
  role: z.enum(ACTOR_ROLES),
  note: text(300).optional(),
});

export const INCIDENT_TYPES = [
  'suicide-bombing',
  'bombing',
  'armed-assault',
  'shooting',
  'kidnapping',
  'ambush',
  'hijacking',
  'coordinated-attacks',
  'mob-violence',
  'other',
] as const;

export const IncidentSchema = z.strictObject({
  id: IdSchema,
  date: PartialDateSchema,
  /** "day" unless the exact day is unknown or inferred. */
  datePrecision: z.enum(['day', 'month', 'year', 'approximate']).default('day'),
  endDate: PartialDateSchema.optional(),
  title: text(160),
  /** Our own words, never a copied sentence. */
  summary: text(1200),
  type: z.enum(INCIDENT_TYPES),
  placeId: IdSchema,
  site: text(300).optional(),
  actors: z.array(IncidentActorSchema).max(40).default([]),
  casualties: CasualtiesSchema.optional(),
  /** What was attacked: company, project, facility, in words. */
  target: text(300).optional(),
  sources: z.array(SourceSchema).min(1).max(20),
  related: z.array(IdSchema).max(40).default([]),
  caveats: z.array(CaveatSchema).max(20).default([]),
});

export const DatasetSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Date-based release version, "2026.11.28" (a ".N" suffix for several releases a day). */
  version: z.string().regex(/^\d{4}\.\d{2}\.\d{2}(?:\.\d+)?$/, 'must look like 2026.11.28'),
  /** What changed in this release, in a few lines. */
  changelog: z.array(text(400)).max(100).default([]),
  entities: z.array(EntitySchema).max(100000),
  incidents: z.array(IncidentSchema).max(100000),
  /** "sha256-<hex>" over the canonical JSON of the dataset without this field (see checksum.ts). */
  checksum: z
    .string()
    .regex(/^sha256-[0-9a-f]{64}$/, 'must be sha256- and 64 hex digits')
    .optional(),
});

export type Source = z.infer<typeof SourceSchema>;
export type Caveat = z.infer<typeof CaveatSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type Group = z.infer<typeof GroupSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type EntityKind = Entity['kind'];
export type Count = z.infer<typeof CountSchema>;
export type Casualties = z.infer<typeof CasualtiesSchema>;
export type IncidentActor = z.infer<typeof IncidentActorSchema>;
export type ActorRole = IncidentActor['role'];
export type Incident = z.infer<typeof IncidentSchema>;
export type Dataset = z.infer<typeof DatasetSchema>;
/** What authors write: defaults may be omitted. */
export type DatasetInput = z.input<typeof DatasetSchema>;

/** Every entity kind, in display order (declared zod-free in kinds.ts; checked equal here). */
export { ENTITY_KINDS } from './kinds';
type SameKinds = [EntityKind] extends [(typeof ENTITY_KINDS)[number]]
  ? [(typeof ENTITY_KINDS)[number]] extends [EntityKind]
    ? true
    : never
  : never;
const kindsMatch: SameKinds = true;
void kindsMatch;
