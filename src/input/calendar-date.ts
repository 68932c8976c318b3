/**
 * Dates given by a user (an option, an API field): `YYYY-MM-DD` that names a day of the calendar,
 * so "2022-13-45" and "2021-02-29" are refused rather than stored.
 */

/** Whether `s` is `YYYY-MM-DD` and a real day (month 1-12, day within the month, leap years counted). */
export function isCalendarDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** Why `s` is not a calendar date (for an error message), or null when it is one. */
export function calendarDateProblem(s: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return `must be YYYY-MM-DD, got ${JSON.stringify(s)}`;
  if (!isCalendarDate(s)) return `must be a real date (month 01-12, a day the month has), got ${JSON.stringify(s)}`;
  return null;
}
