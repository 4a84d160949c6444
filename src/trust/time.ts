// Calendar arithmetic in UTC so every calculator gives the same answer on every machine.

export const DAY_MS = 86_400_000;

/** The same wall-clock instant `months` calendar months earlier, clamped to month end (UTC). */
export function subMonths(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const target = new Date(Date.UTC(y, m, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
  return target;
}

export function addMonths(date: Date, months: number): Date {
  return subMonths(date, -months);
}

export function subDays(date: Date, days: number): Date {
  return new Date(date.getTime() - days * DAY_MS);
}

/** Whole-or-fractional days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}

/** True when `at` lies in the half-open window (since, asOf]. */
export function inWindow(at: Date, since: Date, asOf: Date): boolean {
  const t = at.getTime();
  return t > since.getTime() && t <= asOf.getTime();
}

/** The earlier of two instants, null meaning "never". */
export const earliest = (a: Date | null, b: Date | null): Date | null => (a === null ? b : b === null || a.getTime() <= b.getTime() ? a : b);

/** ISO 8601 text of a stored timestamp (Date or driver string), null when absent. */
export const iso = (d: Date | string | null | undefined): string | null => (d ? new Date(d).toISOString() : null);
