import { describe, it, expect } from 'vitest';
import { loadKnowledge } from './index.js';

const gaz = loadKnowledge().gazetteer;
const brief = (p: { name: string; country: string; kind: string } | null) => (p ? [p.name, p.country, p.kind] : null);

describe('Gazetteer', () => {
  it('"New York" alone is the city, not the state (whose coordinates are its capital\'s, Albany)', () => {
    expect(gaz.resolve('New York')).toMatchObject({ country: 'USA', geonames_id: 5128581 });
    expect(gaz.resolve('New York')!.lat!).toBeCloseTo(40.71, 1);
    expect(brief(gaz.resolve('New York State'))).toEqual(['New York State', 'USA', 'admin1']);
  });

  it.each([['Panama City', 'PAN', 8.99], ['Palikir', 'FSM', 6.92]] as const)('%s: the GeoNames capital under another form of its name, not a namesake', (name, country, lat) => {
    const p = gaz.resolve(name, { country })!;
    expect([p.name, p.kind]).toEqual([name, 'capital']);
    expect(p.lat!).toBeCloseTo(lat, 1);
  });

  it.each([
    ['Hà Nội', 'Hanoi'], ['Ha Noi', 'Hanoi'], ['HANOI', 'Hanoi'], ['Viangchan', 'Vientiane'], ['Krung Thep', 'Bangkok'],
  ])('finds %j under its other spellings', (spelling, name) => {
    expect(gaz.resolve(spelling)?.name).toBe(name);
  });

  it.each([
    ['Vientiane', ['Vientiane', 'LAO', 'capital']],
    ['Beijing', ['Beijing', 'CHN', 'capital']],
    ['Yunnan', ['Yunnan', 'CHN', 'admin1']],
    ['Chongqing', ['Chongqing', 'CHN', 'admin1']],
    ['New Delhi', ['New Delhi', 'IND', 'capital']],
  ] as const)('resolves %j', (name, expected) => {
    expect(brief(gaz.resolve(name))).toEqual(expected);
  });

  it.each([
    ['Brasília', true], ['Hà Nội', true], ['Van', true], ['Hanoi', true], ['Văn', false], ['Bình', false],
  ])('takes %j written with its diacritics as a place: %s', (written, yes) => {
    expect(gaz.writtenAs(written)).toBe(yes);
  });

  it('restricts to the country the text states', () => {
    expect(gaz.resolve('Vientiane', { country: 'CHN' })).toBeNull();
    expect(gaz.resolve('Liuzhou', { country: 'CHN' })?.country).toBe('CHN');
  });

  it('forgives a typo only when asked, and only in well-known places', () => {
    expect(gaz.resolve('Chongqin')).toBeNull();
    expect(gaz.resolve('Chongqin', { fuzzy: true })?.name).toBe('Chongqing');
    expect(gaz.resolve('Vientine', { fuzzy: true })?.country).toBe('LAO');
    expect(gaz.fuzzy('Hue')).toEqual([]);
  });

  it('knows major places', () => {
    expect([gaz.isMajor('Guangxi'), gaz.isMajor('Hanoi'), gaz.has('Nowhereville Xyz')]).toEqual([true, true, false]);
  });

  // Fixed bug, kept as a regression test: the capital of the USA was attached to the first "Washington" in the USA of cities.tsv, Washington, Georgia
  // (pop. 3,981, lat 33.7), instead of "Washington, D.C." (lat 38.9), and resolve('Washington') gives Washington State.
  it('resolves "Washington" to the US capital', () => {
    const p = gaz.resolve('Washington');
    expect([p?.country, p?.kind, Math.round(p?.lat ?? 0), Math.round(p?.lon ?? 0)]).toEqual(['USA', 'capital', 39, -77]);
  });
});

describe('a first-level division narrows a name to its own places (resolve within)', () => {
  it.each([
    ['Woodside', 'California', 37], ['Woodside', 'Pennsylvania', 40], ['Springfield', 'Illinois', 40], ['Springfield', 'Massachusetts', 42],
  ] as const)('%s, %s', (name, state, lat) => {
    const division = gaz.resolve(state)!;
    expect(division.kind).toBe('admin1');
    const p = gaz.resolve(name, { within: division })!;
    expect([p.name, p.country, Math.round(p.lat!)]).toEqual([name, 'USA', lat]);
  });

  it('finds a division\'s GeoNames code through its seat', () => {
    expect(gaz.divisionCode(gaz.resolve('California')!)).toBe('CA');
    expect(gaz.divisionCode(gaz.resolve('Alberta')!)).toBe(gaz.resolve('Edmonton', { country: 'CAN' })!.admin);
  });

  it('keeps the country\'s namesakes when the division has none of that name', () => {
    const p = gaz.resolve('Portland', { within: gaz.resolve('Alberta')! });
    expect(p).toBeNull();
    expect(gaz.resolve('Portland', { within: gaz.resolve('Texas')! })?.country).toBe('USA');
  });
});

describe('capitals go by the name their country record gives them, under any of their spellings', () => {
  const g = loadKnowledge().gazetteer;
  it.each([
    ['Nur-Sultan', 'Astana', 'KAZ'],
    ['Astana', 'Astana', 'KAZ'],
    ['Ulan Bator', 'Ulaanbaatar', 'MNG'],
    ['Viangchan', 'Vientiane', 'LAO'],
  ])('%s', (written, name, country) => {
    const p = g.resolve(written, {});
    expect([p?.name, p?.country, p?.kind]).toEqual([name, country, 'capital']);
  });
});

describe('h-en71: a protocol estate\'s village (places-extra, venues: Brdo pri Kranju)', () => {
  const g = loadKnowledge().gazetteer;
  it('the village resolves to Slovenia', () => {
    const p = g.resolve('Brdo pri Kranju', {});
    expect([p?.name, p?.country]).toEqual(['Brdo pri Kranju', 'SVN']);
  });
});
