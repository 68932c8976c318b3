import { describe, it, expect } from 'vitest';
import { peopleRegistry } from './people-registry.js';

const reg = peopleRegistry();
const id = (p: { id: string } | null) => p?.id ?? null;

describe('PeopleRegistry', () => {
  it.each([
    ['Wang Yi', 'wang-yi'],
    ['Bùi Thanh Sơn', 'bui-thanh-son'],
    ['Bui Thanh Son', 'bui-thanh-son'],
    ['Antony J. Blinken', 'antony-blinken'],
    ['Toshimitsu Motegi', 'toshimitsu-motegi'],
    ['Motegi Toshimitsu', 'toshimitsu-motegi'],
  ])('finds %j', (name, expected) => {
    expect(id(reg.find(name))).toBe(expected);
  });

  it('finds a short form only when asked and when it is unambiguous', () => {
    expect(id(reg.find('Blinken'))).toBeNull();
    expect(id(reg.find('Blinken', { short: true }))).toBe('antony-blinken');
    expect(id(reg.find('Wang', { short: true }))).toBeNull();
    expect(reg.byShortName('Son').map((p) => p.id)).toContain('bui-thanh-son');
  });

  it('narrows an ambiguous short form by the date', () => {
    expect(id(reg.find('Minh', { short: true, date: '2019-05-01' }))).toBe('pham-binh-minh');
  });

  it('refuses a person of another country', () => {
    expect(reg.find('Wang Yi', { country: 'VNM' })).toBeNull();
    expect(id(reg.find('Wang Yi', { country: 'CHN' }))).toBe('wang-yi');
  });

  it('gives the positions held on a date', () => {
    const son = reg.people.get('bui-thanh-son')!;
    expect(son.country).toBe('VNM');
    expect(reg.positionsAt(son, '2020-01-01').map((p) => p.role)).toEqual(['deputy_foreign_minister']);
    expect(reg.positionsAt(son, '2022-01-01').map((p) => p.role)).toEqual(['foreign_minister']);
    expect(reg.positionsAt(son, null).length).toBe(son.positions.length);
  });

  it('yields every spelling with its id', () => {
    const names = [...reg.allNames()].filter((n) => n.id === 'wang-yi').map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(['Wang Yi', '王毅']));
  });
});
