import { describe, it, expect } from 'vitest';
import { isCalendarDate, calendarDateProblem } from './calendar-date.js';

describe('isCalendarDate', () => {
  it.each(['2022-03-03', '2020-02-29', '2000-02-29', '1999-12-31', '2024-01-01'])('accepts %s', (d) => expect(isCalendarDate(d)).toBe(true));
  it.each(['2022-13-45', '2022-00-10', '2022-04-31', '2021-02-29', '1900-02-29', '2022-01-00', '2022-1-1', '20220101', '', '2022-01-01T00:00'])('refuses %j', (d) => expect(isCalendarDate(d)).toBe(false));
  it('says why', () => {
    expect(calendarDateProblem('2022-13-45')).toMatch(/real date/);
    expect(calendarDateProblem('March 3')).toMatch(/YYYY-MM-DD/);
    expect(calendarDateProblem('2022-03-03')).toBeNull();
  });
});
