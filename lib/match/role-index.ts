/**
 * Roles by entity, made on demand: `has` answers from a count table, `get` builds one entity's role
 * list on first request. A dataset with tens of thousands of people loads without touching them.
 * Iterating yields only the lists built so far; callers use `get` and `has`.
 */
import type { CompiledRole } from './compiled-matcher';
import type { IntTable } from './int-table';

/** A read-only Map from entity index to its roles, filled lazily from `roles`. */
export class RoleIndex extends Map<number, readonly CompiledRole[]> {
  /** Roles of entity e are `roles[list[p]]` for p in start[e] .. start[e + 1] - 1. */
  readonly start: IntTable;
  readonly list: IntTable;

  /**
   * `roleEntity[r]` is the entity of `roles[r]`; `entityCount` bounds the entity indices. `tables`,
   * when stored with the matcher, are this index's `start` and `list`, so nothing is counted again.
   */
  constructor(
    private readonly roles: readonly CompiledRole[],
    roleEntity: ArrayLike<number>,
    entityCount: number,
    tables?: { start: IntTable; list: IntTable },
  ) {
    super();
    if (tables) {
      this.start = tables.start;
      this.list = tables.list;
      return;
    }
    const start = new Int32Array(entityCount + 1);
    for (let r = 0; r < roleEntity.length; r++) start[roleEntity[r]! + 1]!++;
    for (let e = 0; e < entityCount; e++) start[e + 1]! += start[e]!;
    const list = new Int32Array(roleEntity.length);
    const fill = start.slice(0, entityCount);
    for (let r = 0; r < roleEntity.length; r++) list[fill[roleEntity[r]!]!++] = r;
    this.start = start;
    this.list = list;
  }

  override has(entity: number): boolean {
    return (
      entity >= 0 && entity + 1 < this.start.length && this.start[entity + 1]! > this.start[entity]!
    );
  }

  override get(entity: number): readonly CompiledRole[] | undefined {
    if (!this.has(entity)) return undefined;
    let roles = super.get(entity);
    if (roles === undefined) {
      const made: CompiledRole[] = [];
      for (let p = this.start[entity]!; p < this.start[entity + 1]!; p++)
        made.push(this.roles[this.list[p]!]!);
      roles = made;
      super.set(entity, roles);
    }
    return roles;
  }
}
