/** One problem found in a dataset, at a path such as `incidents[3].actors[1].entityId`. */
export type DatasetError = { path: string; message: string };

/** Most errors a validation run reports; one more entry then says the list was cut. */
export const MAX_ERRORS = 200;

/** Formats a zod-style path (`['entities', 12, 'aliases', 0, 'text']`) as `entities[12].aliases[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Collects errors up to MAX_ERRORS and notes when more were dropped. */
export class ErrorList {
  readonly errors: DatasetError[] = [];
  private dropped = 0;

  /** Adds one error unless the cap was reached. */
  add(path: string, message: string): void {
    if (this.errors.length < MAX_ERRORS) this.errors.push({ path, message });
    else this.dropped += 1;
  }

  /** The collected errors, with a closing note when some were dropped. */
  list(): DatasetError[] {
    if (this.dropped === 0) return this.errors;
    const note = `stopped after ${MAX_ERRORS} errors; ${this.dropped} more not shown`;
    return [...this.errors, { path: '', message: note }];
  }
}
