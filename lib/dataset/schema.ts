/**
 * The dataset schema: the single place that declares Entity, Incident and Dataset.
 * Types are inferred from it, the validator runs it, and the JSON Schema for authors is generated from it.
 */
import { z } from 'zod';
import type { ENTITY_KINDS } from './kinds';
import {
  AliasSchema,
  CaveatSchema,
  CoordinatesSchema,
  CountSchema,
  IdSchema,
  PartialDateSchema,
  RoleSchema,
  SCHEMA_VERSION,
  SourceSchema,
  text,
} from './schema-parts';

export * from './schema-parts';

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
