import { describe, it, expect } from 'vitest';
import { countryIndex } from './countries.js';

const idx = countryIndex();

describe('CountryIndex', () => {
  it.each([
    ['US', true], ['Us', false], ['us', false], ['UK', true], ['China', true], ['china', false], ['Lao', true],
  ] as const)('acceptCase(%j) -> %s', (text, ok) => {
    expect(idx.acceptCase(text)).toBe(ok);
  });

  it.each([['Viet', true], ['Lao', true], ['Chinese', true], ['China', true], ['Wang', false], ['Minister', false]] as const)('isCountryWord(%j) -> %s', (w, ok) => {
    expect(idx.isCountryWord(w)).toBe(ok);
  });

  it('gives names, capitals and codes', () => {
    expect([idx.name('LAO'), idx.capitalOf('LAO'), idx.capitalOf('VNM'), idx.iso3('VN'), idx.iso3('CN')]).toEqual(['Laos', 'Vientiane', 'Hanoi', 'VNM', 'CHN']);
  });

  it('tells organisations from countries', () => {
    expect([idx.isOrganisation('ASEAN'), idx.isOrganisation('EU'), idx.isOrganisation('VNM'), idx.capitalOf('ASEAN')]).toEqual([true, true, false, null]);
  });

  it('has no name for an unknown code', () => {
    expect([idx.name('XXX'), idx.iso3('XX')]).toEqual([null, null]);
  });
});
