import { describe, it, expect } from 'vitest';
import { recognizeDates, formatDate, parseIsoDay, isoDay, relativeCalendarDay } from './date-recognizer.js';
import type { DateValue } from '../doc.js';

/** [matched text, value, rule] of each date in a sentence. */
const datesIn = (s: string) => recognizeDates(s, 0).map((d) => [d.text, d.value, d.rule] as const);

describe('recognizeDates', () => {
  const cases: [string, string, DateValue, string][] = [
    // absolute
    ['The ministers met on June 8, 2021 in Hanoi.', 'June 8, 2021', { year: 2021, month: 6, day: 8 }, 'date/month-day-year'],
    ['The ministers met on Jan. 3, 2023.', 'Jan. 3, 2023', { year: 2023, month: 1, day: 3 }, 'date/month-day-year'],
    ['The ministers met on March 7 2022.', 'March 7 2022', { year: 2022, month: 3, day: 7 }, 'date/month-day-year'],
    ['The ministers met on 8 June 2021.', '8 June 2021', { year: 2021, month: 6, day: 8 }, 'date/day-month-year'],
    ['The ministers met on 2021-06-09.', '2021-06-09', { year: 2021, month: 6, day: 9 }, 'date/iso'],
    ['Posted 2020/05/29.', '2020/05/29', { year: 2020, month: 5, day: 29 }, 'date/ymd-slash'],
    ['Posted 08/05/2022 (month first).', '08/05/2022', { year: 2022, month: 8, day: 5 }, 'date/mdy-slash'],
    ['Posted 24/01/2025 (day first when it cannot be a month).', '24/01/2025', { year: 2025, month: 1, day: 24 }, 'date/mdy-slash'],
    ['Posted 24-01-2025.', '24-01-2025', { year: 2025, month: 1, day: 24 }, 'date/dmy-dash'],
    ['Posted 14.03.2023.', '14.03.2023', { year: 2023, month: 3, day: 14 }, 'date/dmy-dash'],
    // month-day and day-month
    ['The ministers met on April 16.', 'April 16', { month: 4, day: 16 }, 'date/month-day'],
    ['The ministers met on April 17th.', 'April 17th', { month: 4, day: 17 }, 'date/month-day'],
    ['The ministers met on Sept. 5.', 'Sept. 5', { month: 9, day: 5 }, 'date/month-day'],
    ['The ministers met on 16 April.', '16 April', { month: 4, day: 16 }, 'date/day-month'],
    ['The ministers met at 10:30 on June 5.', 'June 5', { month: 6, day: 5 }, 'date/month-day'],
    // month and year
    ['The ministers met in January 2022.', 'January 2022', { year: 2022, month: 1 }, 'date/month-year'],
    ['The ministers met in January.', 'in January', { month: 1 }, 'date/in-month'],
    ['The ministers met in early March.', 'early March', { month: 3 }, 'date/in-month'],
    ['Ties have grown since 2015.', 'since 2015', { year: 2015 }, 'date/in-year'],
    // weekdays
    ['The ministers met on Thursday.', 'on Thursday', { weekday: 4 }, 'date/weekday'],
    ['The ministers met late Thursday.', 'late Thursday', { weekday: 4 }, 'date/weekday'],
    ['The ministers met Thursday afternoon.', 'Thursday afternoon', { weekday: 4 }, 'date/weekday'],
    ['The ministers met on Sunday evening.', 'on Sunday evening', { weekday: 0 }, 'date/weekday'],
    // relative
    ['The ministers met today.', 'today', { relative: 0 }, 'date/today'],
    ['The ministers met earlier today.', 'earlier today', { relative: 0 }, 'date/today'],
    ['The ministers met this morning.', 'this morning', { relative: 0 }, 'date/today'],
    ['The ministers met yesterday.', 'yesterday', { relative: -1 }, 'date/yesterday'],
    ['The ministers met last night.', 'last night', { relative: -1 }, 'date/yesterday'],
    ['On the same day, the minister met his Thai counterpart.', 'On the same day', { sameDay: true }, 'date/same-day'],
    ['The minister met his Thai counterpart the same day.', 'the same day', { sameDay: true }, 'date/same-day'],
    // ranges keep the first day but are marked
    ['The forum takes place on August 14-15.', 'August 14-15', { month: 8, day: 14, range: true }, 'date/month-day'],
    ['The visit lasts from March 29-31.', 'March 29-31', { month: 3, day: 29, range: true }, 'date/month-day'],
    ['The forum takes place on 14-15 August.', '14-15 August', { month: 8, day: 14, range: true }, 'date/day-month'],
    ['The forum took place on August 14-15, 2022.', 'August 14-15, 2022', { year: 2022, month: 8, day: 14, range: true }, 'date/month-day-year'],
  ];
  it.each(cases)('%j', (sentence, text, value, rule) => {
    expect(datesIn(sentence)).toEqual([[text, value, rule]]);
  });

  const none: string[] = [
    'The two sides may meet again.',
    'The ministers met on June 40.',
    'The report covers 2022-23.',
    'The ministers met in the morning.',
    'Article 13 of the treaty.',
  ];
  it.each(none)('finds no date in %j', (sentence) => {
    expect(datesIn(sentence)).toEqual([]);
  });

  it('finds several dates, in text order, with offsets', () => {
    const s = 'On Monday, after the June 5 talks, they met again on 7 June 2021.';
    const found = recognizeDates(s, 10);
    expect(found.map((d) => d.text)).toEqual(['On Monday', 'June 5', '7 June 2021']);
    for (const d of found) expect(s.slice(d.charStart - 10, d.charEnd - 10)).toBe(d.text);
  });

  it('does not read a date twice (a longer form wins)', () => {
    expect(datesIn('on June 8, 2021').map(([t]) => t)).toEqual(['June 8, 2021']);
  });
});

describe('formatDate', () => {
  const cases: [DateValue, string | null][] = [
    [{ year: 2021, month: 6, day: 8 }, '2021-06-08'],
    [{ year: 2021, month: 6 }, '2021-06'],
    [{ year: 2021 }, '2021'],
    [{ month: 6, day: 8 }, '--06-08'],
    [{ month: 6 }, null],
    [{ weekday: 3 }, null],
  ];
  it.each(cases)('%j -> %j', (v, expected) => {
    expect(formatDate(v)).toBe(expected);
  });
});

describe('parseIsoDay / isoDay', () => {
  it('round-trips a day', () => {
    expect(isoDay(parseIsoDay('2024-02-29')!)).toBe('2024-02-29');
  });
  it.each([null, undefined, '', '2024-02', 'June 5, 2021', '2021-13-45'])('rejects %j', (s) => {
    expect(parseIsoDay(s)).toBeNull();
  });

  // Fixed bug, kept as a regression test: a range written with "to" is not a range: "from January 8 to 10" gives January 8 without `range`, and
  // "from 8 to 10 January" gives the last day (10 January).
  it.each([
    ['The visit lasts from January 8 to 10.', { month: 1, day: 8, range: true }],
    ['The visit lasts from 8 to 10 January.', { month: 1, day: 8, range: true }],
  ])('reads %j as a range from its first day', (sentence, value) => {
    expect(recognizeDates(sentence, 0).map((d) => d.value)).toEqual([value]);
  });
});

describe('relativeCalendarDay', () => {
  const ref = parseIsoDay('2025-03-01')!;
  it.each<[string, DateValue, { year: number; month: number; day: number } | null]>([
    ['yesterday across a month end', { relative: -1 }, { year: 2025, month: 2, day: 28 }],
    ['tomorrow', { relative: 1 }, { year: 2025, month: 3, day: 2 }],
    ['a day of this month not after the next day', { relativeMonth: 0, day: 2 }, { year: 2025, month: 3, day: 2 }],
    ['a day of this month well after the reference: the month before', { relativeMonth: 0, day: 20 }, { year: 2025, month: 2, day: 20 }],
    ['a day of last month across a year end', { relativeMonth: -3, day: 5 }, { year: 2024, month: 12, day: 5 }],
    ['a stated month and day: not relative', { month: 5, day: 4 }, null],
    ['a relative month with no day', { relativeMonth: -1 }, null],
  ])('%s', (_what, value, day) => {
    expect(relativeCalendarDay(value, ref)).toEqual(day);
  });
});

describe('Vietnamese day and month', () => {
  // a dash between day and month is not a span of days; a span is two days before the month
  it.each([
    ['Ngày 29-9, hai Bộ trưởng điện đàm.', { month: 9, day: 29 }],
    ['Chiều 3-11, Thủ tướng tiếp Đại sứ.', { month: 11, day: 3 }],
    ['Tổng Bí thư thăm Lào từ ngày 18-19/8.', { month: 8, day: 18, range: true }],
    ['Cuộc gặp diễn ra hôm 7 tháng 2 năm 2022.', { year: 2022, month: 2, day: 7 }],
    ['12 tháng 11 2023', { year: 2023, month: 11, day: 12 }],
  ])('reads %j', (sentence, value) => {
    expect(recognizeDates(sentence, 0, 'vi').map((d) => d.value)).toEqual([value]);
  });
  it('does not read a duration "3 tháng 5 ngày" as a date', () => {
    expect(recognizeDates('Sau 3 tháng 5 ngày đàm phán, hai bên ký kết.', 0, 'vi').filter((d) => d.value.day != null)).toEqual([]);
  });
});
