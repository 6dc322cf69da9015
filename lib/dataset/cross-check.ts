import { checkAliasCollisions } from './alias-collisions';
import { isCommonWord } from './common-words';
import type { ErrorList } from './errors';
import type { IdIndex, IdTarget } from './id-index';
import { comparePartialDates } from './partial-date';
import type { Entity, Incident } from './schema';

/** Entities and incidents that passed the schema, by their original index (undefined where not). */
export type Checkable = {
  entities: readonly (Entity | undefined)[];
  incidents: readonly (Incident | undefined)[];
};

const describe = (t: IdTarget | undefined) =>
  t === undefined ? 'nothing' : t === 'incident' ? 'an incident' : `a ${t}`;

function ref(
  ids: IdIndex,
  errors: ErrorList,
  path: string,
  id: string | undefined,
  allowed: readonly IdTarget[],
) {
  if (id === undefined) return;
  const target = ids.get(id);
  if (target !== undefined && allowed.includes(target)) return;
  errors.add(
    path,
    `"${id}" must name ${allowed.map((a) => describe(a)).join(' or ')}, but names ${describe(target)}`,
  );
}

function checkAliases(e: Entity, at: string, errors: ErrorList) {
  if (!e.name.includes(' ') && isCommonWord(e.name)) {
    errors.add(
      `${at}.name`,
      `"${e.name}" is a common English word: use the fuller name and add the short form as an alias with needsContext`,
    );
  }
  e.aliases.forEach((alias, j) => {
    if (Array.from(alias.text.trim()).length < 2)
      errors.add(`${at}.aliases[${j}].text`, 'is shorter than 2 characters');
    if (isCommonWord(alias.text) && alias.needsContext !== true) {
      errors.add(
        `${at}.aliases[${j}].text`,
        `"${alias.text}" is a common English word: set needsContext: true`,
      );
    }
  });
}

/** Follows `next` links from `start` and reports a loop back to it. */
function checkCycle(
  byId: ReadonlyMap<string, Entity>,
  start: Entity,
  next: (e: Entity) => string | undefined,
  path: string,
  errors: ErrorList,
) {
  const seen = new Set<string>([start.id]);
  let id = next(start);
  while (id !== undefined) {
    if (seen.has(id)) {
      if (id === start.id)
        errors.add(path, `"${start.id}" is inside itself through ${[...seen].join(' → ')}`);
      return;
    }
    seen.add(id);
    const e = byId.get(id);
    id = e ? next(e) : undefined;
  }
}

const parentOf = (e: Entity) =>
  e.kind === 'place' ? e.within : e.kind === 'person' ? undefined : e.parent;

function checkEntity(
  e: Entity,
  at: string,
  ids: IdIndex,
  byId: ReadonlyMap<string, Entity>,
  errors: ErrorList,
) {
  checkAliases(e, at, errors);
  if (e.kind === 'person') {
    ref(ids, errors, `${at}.nationality`, e.nationality, ['place']);
    e.roles.forEach((role, j) => {
      ref(ids, errors, `${at}.roles[${j}].org`, role.org, ['organization', 'group']);
      if (role.to !== undefined && comparePartialDates(role.to, role.from) < 0) {
        errors.add(`${at}.roles[${j}].to`, `ends (${role.to}) before it starts (${role.from})`);
      }
    });
  } else if (e.kind === 'organization') {
    ref(ids, errors, `${at}.parent`, e.parent, ['organization']);
    ref(ids, errors, `${at}.country`, e.country, ['place']);
  } else if (e.kind === 'group') {
    ref(ids, errors, `${at}.parent`, e.parent, ['group']);
  } else {
    ref(ids, errors, `${at}.within`, e.within, ['place']);
  }
  const field = e.kind === 'place' ? 'within' : 'parent';
  if (parentOf(e) !== undefined) checkCycle(byId, e, parentOf, `${at}.${field}`, errors);
}

function checkIncident(inc: Incident, at: string, ids: IdIndex, errors: ErrorList) {
  ref(ids, errors, `${at}.placeId`, inc.placeId, ['place']);
  if (inc.endDate !== undefined && comparePartialDates(inc.endDate, inc.date) < 0) {
    errors.add(`${at}.endDate`, `ends (${inc.endDate}) before it starts (${inc.date})`);
  }
  inc.actors.forEach((a, j) =>
    ref(ids, errors, `${at}.actors[${j}].entityId`, a.entityId, [
      'person',
      'organization',
      'group',
      'place',
    ]),
  );
  inc.casualties?.byNationality.forEach((n, j) =>
    ref(ids, errors, `${at}.casualties.byNationality[${j}].country`, n.country, ['place']),
  );
  inc.related.forEach((id, j) => {
    if (id === inc.id) errors.add(`${at}.related[${j}]`, 'an incident cannot be related to itself');
    else ref(ids, errors, `${at}.related[${j}]`, id, ['incident']);
  });
}

/** Checks what the schema cannot: references, date order, parent loops and risky aliases. */
export function crossCheck(
  { entities, incidents }: Checkable,
  ids: IdIndex,
  errors: ErrorList,
): void {
  const byId = new Map<string, Entity>();
  for (const e of entities) if (e && !byId.has(e.id)) byId.set(e.id, e);
  entities.forEach((e, i) => e && checkEntity(e, `entities[${i}]`, ids, byId, errors));
  checkAliasCollisions(entities, errors);
  incidents.forEach((inc, i) => inc && checkIncident(inc, `incidents[${i}]`, ids, errors));
}
