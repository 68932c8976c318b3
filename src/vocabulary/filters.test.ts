import { describe, it, expect } from 'vitest';
import { FILTERS, FilterError, filterDateProblem, openApiParameters, parseFilters, parseLimit, type VocabularyContext } from './filters.js';
import { KINDS, LEVELS, DIRECTIONS, countNote, datePrecision, partNote } from './terms.js';
import { resolveCountry, suggestCountries, topicList, vocabularyContext } from './context.js';

/** A context of our own, so the rules are tested apart from the knowledge files. */
const ctx: VocabularyContext = {
  topics: [{ id: 'trade', label: 'Trade' }, { id: 'maritime', label: 'Maritime issues' }],
  country: (v) => ({ VNM: 'VNM', VN: 'VNM', VIETNAM: 'VNM', CHN: 'CHN', ASEAN: 'ASEAN' } as Record<string, string>)[v.toUpperCase()] ?? null,
  suggestCountries: (v) => (v.toUpperCase() === 'VMN' ? ['VNM'] : []),
};
const parse = (raw: Record<string, unknown>, surface: 'cli' | 'api' = 'cli') => parseFilters(raw, ctx, { surface, scope: 'events' });
const fails = (raw: Record<string, unknown>, surface: 'cli' | 'api' = 'cli'): FilterError => {
  try { parse(raw, surface); } catch (e) { if (e instanceof FilterError) return e; throw e; }
  throw new Error(`no error for ${JSON.stringify(raw)}`);
};

describe('filter dates', () => {
  it.each([['2021', null], ['2021-04', null], ['2021-04-16', null], ['2020-02-29', null]])('%s is a date', (d, p) => expect(filterDateProblem(d)).toBe(p));
  it.each([['2021-13', /month 13/], ['2021-00', /month 0/], ['2021-02-29', /28 days/], ['2021-04-31', /30 days/], ['yesterday', /not a date/], ['21-04-16', /not a date/]])('%s is refused', (d, re) => {
    expect(filterDateProblem(d)).toMatch(re);
    expect(fails({ from: d }).message).toMatch(/^--from: /);
  });
  it('refuses a range that ends before it starts, and takes one that meets', () => {
    expect(fails({ from: '2022', to: '2021-12' }).message).toMatch(/--from 2022 is after --to 2021-12/);
    expect(parse({ from: '2021-12', to: '2021' })).toEqual({ from: '2021-12', to: '2021' });
  });
});

describe('parseFilters', () => {
  it('resolves countries by code, alpha-2 or name, and says which it did not know, with a hint', () => {
    expect(parse({ country: 'vn', with: 'chn' })).toEqual({ country: 'VNM', with: 'CHN' });
    expect(parse({ country: 'Vietnam' }).country).toBe('VNM');
    const e = fails({ country: 'VMN' });
    expect(e.param).toBe('country');
    expect(e.message).toMatch(/unknown country or organisation "VMN"; did you mean VNM\?/);
  });

  it('refuses values outside the vocabulary with the allowed values', () => {
    const kind = fails({ kind: 'dinner' }, 'api');
    expect(kind.message).toMatch(/^kind must be one of talks, meeting/);
    expect(kind.allowed).toEqual(KINDS);
    expect(fails({ level: 'kings' }).allowed).toEqual(LEVELS);
    const topic = fails({ topic: 'foo' });
    expect(topic.allowed).toEqual(['trade', 'maritime']);
    expect(topic.message).toMatch(/readout topics lists them/);
    expect(fails({ topic: 'foo' }, 'api').message).not.toMatch(/readout topics/);
  });

  it('takes a topic by its id, its label or a spaced form of its id', () => {
    expect(parse({ topic: 'Maritime issues' }).topic).toBe('maritime');
    expect(parse({ topic: 'TRADE' }).topic).toBe('trade');
  });

  it('needs the country for a pair and for a direction', () => {
    expect(fails({ with: 'CHN' }).message).toMatch(/--with needs --country/);
    expect(fails({ direction: 'inbound' }).message).toMatch(/--direction needs --country/);
    expect(parse({ country: 'VNM', direction: 'inbound', level: 'ministers' })).toEqual({ country: 'VNM', direction: 'inbound', level: 'ministers' });
  });

  it('reads booleans as the API and the CLI give them, and caps text', () => {
    expect(parse({ referenced: true }).referenced).toBe(true);
    expect(parse({ referenced: 'false' }, 'api').referenced).toBeUndefined();
    expect(fails({ referenced: 'maybe' }, 'api').allowed).toEqual(['true', 'false']);
    expect(fails({ text: 'x'.repeat(201) }).message).toMatch(/longer than 200/);
  });

  it('checks a page size against its limit', () => {
    expect(parseLimit('50', 200, 'api')).toBe(50);
    expect(() => parseLimit('0', 200, 'api')).toThrow(/limit must be a whole number from 1 to 200/);
    expect(() => parseLimit('2.5', 200, 'cli')).toThrow(/--limit/);
  });
});

describe('the OpenAPI parameters', () => {
  it('list every filter with the vocabulary’s values', () => {
    const ps = openApiParameters('events', ['trade', 'maritime']);
    expect(ps.map((p) => p.name)).toEqual(FILTERS.map((f) => f.name));
    const byName = new Map(ps.map((p) => [p.name, p.schema]));
    expect(byName.get('kind')?.enum).toEqual([...KINDS]);
    expect(byName.get('level')?.enum).toEqual([...LEVELS]);
    expect(byName.get('direction')?.enum).toEqual([...DIRECTIONS]);
    expect(byName.get('topic')?.enum).toEqual(['trade', 'maritime']);
    const date = new RegExp(byName.get('from')!.pattern as string);
    expect(['2021', '2021-04', '2021-04-16'].every((d) => date.test(d))).toBe(true);
    expect(['2021-13', '2021-4'].some((d) => date.test(d))).toBe(false);
  });
});

describe('the knowledge context', () => {
  it('knows countries by code, alpha-2 and names in English, Vietnamese and Chinese', () => {
    for (const v of ['VNM', 'vn', 'Vietnam', 'Viet Nam', 'Việt Nam', '越南']) expect(resolveCountry(v), v).toBe('VNM');
    expect(resolveCountry('ASEAN')).toBe('ASEAN');
    expect(resolveCountry('China')).toBe('CHN');
    expect(resolveCountry('XYZ')).toBeNull();
    expect(suggestCountries('Vietnan').join(' ')).toMatch(/VNM/);
  });

  it('lists the topics of the data file, and validates against them', () => {
    const ids = topicList().map((t) => t.id);
    expect(ids).toContain('maritime');
    expect(() => parseFilters({ topic: 'foo' }, vocabularyContext(), { surface: 'cli', scope: 'events' })).toThrow(FilterError);
  });
});

describe('what lists say', () => {
  it('says when a list shows part of its matches, and how many lack a date', () => {
    expect(partNote(50, 54, true, 'use --limit')).toBe('showing 50 of 54; use --limit');
    expect(partNote(54, 54, true, 'use --limit')).toBeNull();
    expect(partNote(50, 10000, false, 'x')).toBe('showing 50 of more than 10000; x');
    expect(countNote(21, 1)).toBe('21 engagements, 1 without a known date');
    expect(countNote(1, 0, ['event', 'events'])).toBe('1 event');
  });

  it('names the precision of a date', () => {
    expect(['2021-04-16', '2021-04', '2021', '--04-16', null].map(datePrecision)).toEqual(['day', 'month', 'year', 'month_day', 'none']);
  });
});
