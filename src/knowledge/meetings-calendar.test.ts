import { describe, it, expect } from 'vitest';
import { meetingsCalendar, ordinalIn } from './meetings-calendar.js';

const cal = meetingsCalendar();

describe('ordinalIn', () => {
  it.each([['10th Meeting', 10], ['the fifth Summit', 5], ['31st ASEAN Regional Forum', 31], ['ASEAN Summit', null]] as const)('%j -> %s', (s, n) => {
    expect(ordinalIn(s)).toBe(n);
  });
});

describe('MeetingsCalendar', () => {
  it('finds the series of an occasion, either order of a hyphenated name', () => {
    expect(cal.seriesOf("Lancang-Mekong Cooperation Foreign Ministers' Meeting")?.id).toBe('lmc-fmm');
    expect(cal.seriesOf("Mekong-Lancang Cooperation Foreign Ministers' Meeting")?.id).toBe('lmc-fmm');
    expect(cal.seriesOf('Annual Tea Festival')).toBeNull();
  });

  it('the UN General Assembly: its high-level week in New York, by session or by year', () => {
    expect(cal.match('the 78th session of the UN General Assembly')).toMatchObject({ id: 'unga-78', city: 'New York', country: 'USA' });
    expect(cal.match('United Nations General Assembly', '2021-09-22')).toMatchObject({ id: 'unga-76', from: '2021-09-20' });
    expect(cal.match('the AIPA General Assembly', '2023-08-07')).toBeNull();
  });

  it('links an occasion by its ordinal', () => {
    expect(cal.match("56th ASEAN Foreign Ministers' Meeting")).toMatchObject({ id: 'amm-56', from: '2023-07-11', city: 'Jakarta', country: 'IDN' });
  });

  it('links an occasion without ordinal by the year of a date', () => {
    expect(cal.match('ASEAN Regional Forum', '2024-07-27')?.id).toBe('arf-31');
    expect(cal.match("Mekong-Lancang Cooperation Foreign Ministers' Meeting", '2023-12-07')?.id).toBe('lmc-fmm-8');
  });

  it('links nothing it cannot pin down', () => {
    expect(cal.match('ASEAN Regional Forum')).toBeNull();
    expect(cal.match('Annual Tea Festival', '2024-07-27')).toBeNull();
  });
});
