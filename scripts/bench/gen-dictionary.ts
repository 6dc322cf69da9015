/**
 * Generated dictionaries: realistic people, organisations, groups and places with aliases (1–4 words,
 * shared prefixes, Arabic-script, Han and Cyrillic names, acronyms, surnames, gated aliases). The list
 * for N names is the first N of one master list, so smaller dictionaries are subsets of larger ones.
 */
import type { Entity } from '../../lib/dataset/schema';
import { createRng, type Rng } from '../../tests/helpers/prng';
import * as P from './word-pools';

/** A generated entity: only the fields the matcher and the page session read. */
export type BenchEntity = Pick<Entity, 'id' | 'kind' | 'name' | 'aliases'> & {
  roles?: { title: string; from: string; org?: string }[];
};

function acronym(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function person(rng: Rng): { name: string; aliases: BenchEntity['aliases'] } {
  const roll = rng.next();
  if (roll < 0.04)
    return {
      name: rng.pick(P.URDU) + (rng.chance(0.5) ? '' : ` ${rng.pick(P.URDU).split(' ')[1]}`),
      aliases: [],
    };
  if (roll < 0.07) return { name: rng.pick(P.HAN) + rng.pick(['', '明', '华', '伟']), aliases: [] };
  if (roll < 0.09) return { name: rng.pick(P.CYRILLIC), aliases: [] };
  const words = [rng.pick(P.GIVEN)];
  if (rng.chance(0.45)) words.push(rng.pick(P.GIVEN));
  if (rng.chance(0.15)) words.push(rng.pick(P.FAMILY));
  words.push(rng.pick(P.FAMILY));
  const name = words.join(' ');
  const aliases: BenchEntity['aliases'] = [{ type: 'short', text: words.at(-1)! }];
  if (name.startsWith('Muhammad ')) {
    aliases.push({ type: 'transliteration', text: name.replace('Muhammad', 'Mohammad') });
  }
  return { name, aliases };
}

function organisation(rng: Rng): { name: string; aliases: BenchEntity['aliases'] } {
  const words = [rng.pick(P.ORG_HEAD)];
  if (rng.chance(0.6)) words.push(rng.pick(P.ORG_MIDDLE));
  if (rng.chance(0.2)) words.push(rng.pick(P.ORG_MIDDLE));
  words.push(rng.pick(P.ORG_TAIL));
  const name = words.join(' ');
  const short = acronym(name);
  const aliases: BenchEntity['aliases'] =
    short.length >= 2 ? [{ type: 'acronym', text: short, needsContext: rng.chance(0.3) }] : [];
  return { name, aliases };
}

function place(rng: Rng): { name: string; aliases: BenchEntity['aliases'] } {
  const root = rng.pick(P.PLACE_ROOT) + rng.pick(P.PLACE_SUFFIX);
  const name = rng.chance(0.4) ? `${root} ${rng.pick(P.PLACE_QUALIFIER)}` : root;
  const aliases: BenchEntity['aliases'] = rng.chance(0.2)
    ? [{ type: 'variant', text: root.replace(/a/, 'aa'), needsContext: true }]
    : [];
  return { name, aliases };
}

let master: BenchEntity[] | undefined;

/** The whole master list: 50,000 entities, seeded, built once. */
export function masterDictionary(): readonly BenchEntity[] {
  master ??= buildMaster(50_000);
  return master;
}

/** The first `count` entities of the master list. */
export function generateDictionary(count: number): BenchEntity[] {
  return masterDictionary().slice(0, count);
}

function buildMaster(count: number): BenchEntity[] {
  const rng = createRng(0x5eed);
  const seen = new Set<string>();
  const out: BenchEntity[] = [];
  while (out.length < count) {
    const roll = rng.next();
    const kind =
      roll < 0.5 ? 'person' : roll < 0.7 ? 'organization' : roll < 0.8 ? 'group' : 'place';
    const { name, aliases } =
      kind === 'person' ? person(rng) : kind === 'place' ? place(rng) : organisation(rng);
    // Duplicate names stay rare, as in real data: a few collide on purpose (shared surnames do).
    if (seen.has(name) && !rng.chance(0.02)) continue;
    seen.add(name);
    const entity: BenchEntity = { id: `e${out.length}`, kind, name, aliases };
    if (kind === 'person') entity.roles = [{ title: rng.pick(P.TITLES), from: '2010' }];
    out.push(entity);
  }
  return out;
}

/** Every name and alias text of `entities`, for the peers that take a keyword list. */
export function keywordsOf(entities: readonly BenchEntity[]): string[] {
  const all = new Set<string>();
  for (const e of entities) {
    all.add(e.name);
    for (const a of e.aliases) all.add(a.text);
  }
  return [...all];
}
