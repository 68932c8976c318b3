import { describe, it, expect } from 'vitest';
import { stated, inferred, withRoute, valueOf } from './decision.js';

describe('decision records', () => {
  it('a stated value carries its rule and span, an inferred one its evidence and the parts not stated', () => {
    const s = stated('meeting', 'trigger/met', { start: 4, end: 7 });
    expect(s).toEqual({ value: 'meeting', rule: 'trigger/met', basis: 'stated', span: { start: 4, end: 7 } });
    const i = inferred('2026-03-04', 'date/month-day', 'the year of the publication date 2026-03-05', null, ['year']);
    expect(i.basis).toBe('inferred');
    expect(i.inferredParts).toEqual(['year']);
    expect(valueOf(i)).toBe('2026-03-04');
    expect(valueOf(null)).toBeNull();
  });

  it('a value derived from another keeps the route the first was reached by, and none when it had none', () => {
    const day = { ...inferred('--05-12', 'date/day-month+gathering', 'the day of the summit'), route: 'gathering' as const };
    const full = withRoute(day, inferred('2026-05-12', 'date/day-month+gathering+calendar-year', 'the calendar', null, ['year']));
    expect(full.route).toBe('gathering');
    expect(full.value).toBe('2026-05-12');
    expect(withRoute(stated('x', 'r', null), stated('y', 'r2', null)).route).toBeUndefined();
    expect(withRoute(null, stated('y', 'r2', null)).route).toBeUndefined();
  });
});
