/** Whether a person held a role on a given day, reading partial dates generously. */
import type { Role } from '../dataset/schema';
import { endOfPartialDate, startOfPartialDate } from '../util/dates';

/** True when `day` (YYYY-MM-DD) falls within the role's `from`..`to` (open-ended when no `to`). */
export function roleActiveOn(role: Pick<Role, 'from' | 'to'>, day: string): boolean {
  if (day < startOfPartialDate(role.from)) return false;
  return role.to === undefined || day <= endOfPartialDate(role.to);
}
