import { describe, it, expect } from 'vitest';
import { festivalCalendar, FestivalCalendar } from './festivals.js';
import { readDataJson } from '../data-files.js';

describe('the festivals calendar (data/meetings/festivals.json)', () => {
  it('every Lunar New Year listed is the first day of the first month of the Chinese calendar (ICU), one a year', () => {
    const file = readDataJson<{ festivals: { id: string; days: Record<string, string> }[] }>('meetings/festivals.json');
    const lny = file.festivals.find((f) => f.id === 'lunar-new-year')!;
    const lunar = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'Asia/Shanghai' });
    expect(Object.keys(lny.days).length).toBeGreaterThanOrEqual(15);
    for (const [year, day] of Object.entries(lny.days)) {
      expect(day.slice(0, 4)).toBe(year);
      const parts = lunar.formatToParts(new Date(`${day}T04:00:00Z`));
      expect([parts.find((p) => p.type === 'month')?.value, parts.find((p) => p.type === 'day')?.value], day).toEqual(['1', '1']);
    }
  });
  it('the festival nearest a day: the year before, of, or after it', () => {
    const c = new FestivalCalendar([{ id: 'x', name: 'X', days: { 2020: '2020-01-25', 2021: '2021-02-12' } }]);
    expect(c.nearest('x', new Date('2020-11-30T00:00:00Z'))).toBe('2021-02-12');
    expect(c.nearest('x', new Date('2020-05-29T00:00:00Z'))).toBe('2020-01-25');
    expect(c.nearest('x', new Date('2030-05-29T00:00:00Z'))).toBeNull();
    expect(c.dayIn('y', 2020)).toBeNull();
    expect(festivalCalendar().dayIn('lunar-new-year', 2020)).toBe('2020-01-25');
  });
});
