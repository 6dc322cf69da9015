/** The office a person held on a given day, phrased for the card ("Interior Minister since Mar 2024"). */
import type { Person, Role } from '../dataset/schema';
import { endOfPartialDate, formatMonthYear, startOfPartialDate } from '../util/dates';

/** Roles held on `date` (YYYY-MM-DD), in dataset order: authors list a person's main office first. */
export function rolesOnDate(person: Person, date: string): Role[] {
  return person.roles.filter(
    (r) => startOfPartialDate(r.from) <= date && (!r.to || endOfPartialDate(r.to) >= date),
  );
}

/** One line for the card: the main role on `date`, else the latest earlier one as "Former …". */
export function describeRoleOnDate(person: Person, date: string): string | null {
  const current = rolesOnDate(person, date)[0];
  if (current) return `${current.title} since ${formatMonthYear(current.from)}`;
  const past = person.roles
    .filter((r) => r.to && endOfPartialDate(r.to) < date)
    .sort((a, b) => ((a.to ?? '') < (b.to ?? '') ? 1 : -1))[0];
  if (past?.to) return `Former ${past.title} (until ${formatMonthYear(past.to)})`;
  const future = person.roles
    .filter((r) => startOfPartialDate(r.from) > date)
    .sort((a, b) => (a.from < b.from ? -1 : 1))[0];
  return future ? `Later ${future.title} (from ${formatMonthYear(future.from)})` : null;
}

/** The other roles held on `date` besides the main one ("Senator", "Chairman, PCB"). */
export function otherRolesOnDate(person: Person, date: string): string[] {
  return rolesOnDate(person, date)
    .slice(1)
    .map((r) => r.title);
}
