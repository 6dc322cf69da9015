/**
 * Roles by entity, made on demand: `has` answers from a count table, `get` builds one entity's role
 * list on first request. A dataset with tens of thousands of people loads without touching them.
 * Iterating yields only the lists built so far; callers use `get` and `has`.
 */
import type { CompiledRole } from './compiled-matcher';

/** A read-only Map from entity index to its roles, filled lazily from `roles`. */
export class RoleIndex extends Map<number, readonly CompiledRole[]> {
  /** Roles of entity e are `roles[list[p]]` for p in start[e] .. start[e + 1] - 1. */
  readonly start: Int32Array;
  readonly list: Int32Array;

  /**
   * `roleEntity[r]` is the entity of `roles[r]`; `entityCount` bounds the entity indices. `tables`,
   * when stored with the matcher, are this index's `start` and `list`, so nothing is counted again.
   */
  constructor(
    private readonly roles: readonly CompiledRole[],
    roleEntity: ArrayLike<number>,
    entityCount: number,
    tables?: { start: Int32Array; list: Int32Array },
  ) {
    super();
    if (tables) {
      this.start = tables.start;
      this.list = tables.list;
      return;
    }
    this.start = new Int32Array(entityCount + 1);
    for (let r = 0; r < roleEntity.length; r++) this.start[roleEntity[r]! + 1]!++;
    for (let e = 0; e < entityCount; e++) this.start[e + 1]! += this.start[e]!;
    this.list = new Int32Array(roleEntity.length);
    const fill = this.start.slice(0, entityCount);
    for (let r = 0; r < roleEntity.length; r++) this.list[fill[roleEntity[r]!]!++] = r;
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
