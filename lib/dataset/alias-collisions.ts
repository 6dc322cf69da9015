import type { ErrorList } from './errors';
import type { Entity } from './schema';

/** Acronyms match case-sensitively, everything else case-insensitively; keys follow suit. */
function formKey(text: string, isAcronym: boolean): string {
  const t = text.trim();
  return isAcronym ? `A:${t}` : `a:${t.toLowerCase()}`;
}

/**
 * Reports aliases that another entity also answers to (as its name or an alias) unless they carry
 * `needsContext`: such a form alone cannot tell the two apart.
 */
export function checkAliasCollisions(
  entities: readonly (Entity | undefined)[],
  errors: ErrorList,
): void {
  const owners = new Map<string, Set<string>>();
  const own = (key: string, id: string) => {
    const set = owners.get(key) ?? new Set<string>();
    set.add(id);
    owners.set(key, set);
  };
  for (const e of entities) {
    if (!e) continue;
    own(formKey(e.name, false), e.id);
    for (const a of e.aliases) own(formKey(a.text, a.type === 'acronym'), e.id);
  }
  entities.forEach((e, i) => {
    e?.aliases.forEach((a, j) => {
      if (a.needsContext === true) return;
      const others = [...(owners.get(formKey(a.text, a.type === 'acronym')) ?? [])].filter(
        (id) => id !== e.id,
      );
      if (others.length > 0) {
        errors.add(
          `entities[${i}].aliases[${j}].text`,
          `"${a.text}" also names ${others.join(', ')}: set needsContext: true`,
        );
      }
    });
  });
}
