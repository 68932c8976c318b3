/**
 * The engagement level and direction on canonical events of our own (participants, titles, places
 * chosen to exercise each rule), and the offices, identities and person searches they rest on.
 */
import { describe, it, expect } from 'vitest';
import type { CanonicalEvent, CanonicalParticipant } from './encounter-grouper.js';
import { engagementOf, eventDirection, eventLevel, participantLevel } from './engagement.js';
import { officesOf, titleLevel, titleParts, titleRolesAnyLanguage } from './offices.js';
import { registryIdFor, withRegistryIds } from './participant-identity.js';
import { personQueryKeys, registrySearch } from './person-search.js';
import type { ReadoutEvent } from '../types.js';

const P = (name: string | null, country: string | null, title: string | null, id: string | null = null): CanonicalParticipant => ({ name, country, title, id, reports: 1 });

function event(o: Partial<CanonicalEvent> & { participants: CanonicalParticipant[] }): CanonicalEvent {
  return {
    id: 'evt_test', events: ['t#1'], date: '2023-05-10', kind: 'meeting', location: null, occasion: null, initiator: null, topics: [],
    referenced: false, chosen: {}, reports: [], ...o,
  };
}

describe('titles and offices', () => {
  it.each([
    ['State Councilor and Foreign Minister of China', ['state_councilor', 'foreign_minister']],
    ['Deputy Prime Minister, Minister of Foreign Affairs', ['deputy_head_of_government', 'foreign_minister']],
    ['国务委员兼外长', ['state_councilor', 'foreign_minister']],
    ['Phó Thủ tướng, Bộ trưởng Ngoại giao', ['deputy_head_of_government', 'foreign_minister']],
    ['Ủy viên Quốc vụ kiêm Bộ trưởng Ngoại giao Trung Quốc', ['state_councilor', 'foreign_minister']],
    ['Minister of National Defence', ['other']],
    ['counterpart', []],
    ['người đồng cấp', []],
    ['', []],
  ])('%j names %j', (title, roles) => expect(titleRolesAnyLanguage(title)).toEqual(roles));

  it('gives each title its level: the highest of its parts', () => {
    expect(titleLevel('General Secretary and President')).toBe('leaders');
    expect(titleLevel('Minister of National Defence')).toBe('ministers');
    expect(titleLevel('Deputy Minister of Trade')).toBe('deputies');
    expect(titleLevel('Vice Foreign Minister')).toBe('deputies');
    expect(titleLevel('副部长')).toBe('deputies');
    expect(titleLevel('Thứ trưởng Bộ Công Thương')).toBe('deputies');
    expect(titleLevel('Ambassador')).toBe('officials');
    expect(titleLevel('counterpart')).toBeNull();
  });

  it('groups a person’s titles by office and term, with the registry’s names and terms, and drops what names no office', () => {
    const offices = officesOf('wang-yi', [
      { title: 'State Councilor and Foreign Minister', date: '2021-04-16', country: 'CHN' },
      { title: 'State Councillor and Foreign Minister of China', date: '2022-03-02', country: 'CHN' },
      { title: '国务委员兼外长', date: '2022-03-02', country: 'CHN' },
      { title: 'counterpart', date: '2022-03-02', country: 'CHN' },
      { title: 'Director of the CCP Central Foreign Affairs Office', date: '2024-07-27', country: 'CHN' },
      { title: 'Foreign Minister', date: '2024-07-27', country: 'CHN' },
    ]);
    expect(offices.map((o) => [o.role, o.term?.from ?? null, o.reports])).toEqual([
      ['foreign_minister', '2013-03-16', 3],
      ['state_councilor', '2018-03-19', 3],
      ['foreign_affairs_commission', '2023', 1],
      ['foreign_minister', '2023-07-25', 1],
    ]);
    const first = offices[0];
    expect(first.title).toBe('Minister of Foreign Affairs');
    expect(first.spellings).toEqual(expect.arrayContaining(['Foreign Minister', 'Foreign Minister of China', '外长']));
    expect([first.first, first.last]).toEqual(['2021-04-16', '2022-03-02']);
  });

  it('groups the offices of someone the registry does not know by role', () => {
    const offices = officesOf(null, [
      { title: 'Foreign Minister', date: '2020-01-01', country: 'XKX' },
      { title: 'Minister of Foreign Affairs', date: '2021-06-01', country: 'XKX' },
      { title: 'his counterpart', date: null, country: 'XKX' },
    ]);
    expect(offices).toHaveLength(1);
    expect(offices[0]).toMatchObject({ role: 'foreign_minister', term: null, first: '2020-01-01', last: '2021-06-01', reports: 2 });
  });

  it('cuts titles at the joiners of each language', () => {
    expect(titleParts('国务委员兼外长').map((p) => p.text)).toEqual(['国务委员', '外长']);
    expect(titleParts('Deputy Prime Minister and Foreign Minister').map((p) => p.text)).toEqual(['Deputy Prime Minister', 'Foreign Minister']);
  });
});

describe('engagement level', () => {
  it('is the level at which every side took part: the lowest of the sides’ highest', () => {
    expect(eventLevel([P('A', 'AAA', 'President'), P('B', 'BBB', 'Prime Minister')], null)).toBe('leaders');
    // a prime minister receiving a visiting foreign minister
    expect(eventLevel([P('A', 'AAA', 'Prime Minister'), P('C', 'AAA', 'Foreign Minister'), P('B', 'BBB', 'Foreign Minister')], null)).toBe('ministers');
    expect(eventLevel([P('A', 'AAA', 'Deputy Foreign Minister'), P('B', 'BBB', 'Vice Foreign Minister')], null)).toBe('deputies');
    expect(eventLevel([P('A', 'AAA', 'Ambassador'), P('B', 'BBB', 'Deputy Minister')], null)).toBe('officials');
  });

  it('leaves out sides whose level nothing says, and is officials when none says', () => {
    expect(eventLevel([P('A', 'AAA', 'Foreign Minister'), P(null, 'BBB', null)], null)).toBe('ministers');
    expect(eventLevel([P(null, 'AAA', null), P('Someone', 'BBB', 'counterpart')], null)).toBe('officials');
  });

  it('takes the offices the registry says a person held on the day when the title says nothing', () => {
    expect(participantLevel(P('Xi Jinping', 'CHN', null, 'xi-jinping'), '2021-11-16')).toBe('leaders');
    // no year: the registry cannot say which office was held
    expect(participantLevel(P('Xi Jinping', 'CHN', null, 'xi-jinping'), '--11-16')).toBeNull();
    expect(eventLevel([P('Xi Jinping', 'CHN', null, 'xi-jinping'), P('Joe Biden', 'USA', null, 'joe-biden')], '2021-11-16')).toBe('leaders');
  });
});

describe('direction', () => {
  const two = [P('A', 'VNM', 'Foreign Minister'), P('B', 'CHN', 'Foreign Minister')];
  it('goes to the country of the side where the encounter took place', () => {
    expect(eventDirection(event({ participants: two, location: { place: 'Hanoi', country: 'VNM' } }))).toEqual({ from: ['CHN'], to: 'VNM', basis: 'location' });
    expect(eventDirection(event({ kind: 'visit', participants: two, location: { place: null, country: 'CHN' } }))).toEqual({ from: ['VNM'], to: 'CHN', basis: 'location' });
  });

  it('is none in a third country, for calls, with an inferred place, or one side only', () => {
    expect(eventDirection(event({ participants: two, location: { place: 'Vientiane', country: 'LAO' } }))).toBeNull();
    expect(eventDirection(event({ kind: 'phone_call', participants: two, location: { place: 'Hanoi', country: 'VNM' } }))).toBeNull();
    expect(eventDirection(event({ participants: two, location: { place: 'Hanoi', country: 'VNM', inferred: true } }))).toBeNull();
    expect(eventDirection(event({ participants: [P('A', 'VNM', 'Minister'), P('B', 'VNM', 'Minister')], location: { place: 'Hanoi', country: 'VNM' } }))).toBeNull();
  });

  it('goes to the host who invited, for a visit without a place', () => {
    expect(eventDirection(event({ kind: 'visit', participants: two, initiator: 'B' }))).toEqual({ from: ['VNM'], to: 'CHN', basis: 'invitation' });
    expect(eventDirection(event({ kind: 'meeting', participants: two, initiator: 'B' }))).toBeNull();
  });

  it('comes with the level in one call', () => {
    expect(engagementOf(event({ participants: two, location: { place: 'Beijing', country: 'CHN' } }))).toEqual({ level: 'ministers', direction: { from: ['VNM'], to: 'CHN', basis: 'location' } });
  });
});

describe('one person, one id', () => {
  const rubio = (name: string, title: string | null, date: string | null, country = 'USA'): ReadoutEvent => ({
    id: 'x#1', kind: 'phone_call', date, location: null, occasion: null, initiator: null, topics: [], referenced: false,
    codes: { cameo: '041', plover: 'CONSULT', plover_mode: 'phone', goldstein: 1 }, evidence: [],
    participants: [{ name: 'Sergey Lavrov', country: 'RUS', title: 'Foreign Minister', id: 'sergey-lavrov' }, { name, country, title }],
  });

  it('gives a misspelt name the id of the only person of that family name holding the office the title names that day', () => {
    expect(withRegistryIds(rubio('Mike Rubio', 'Secretary of State', '2025-05-28')).participants[1].id).toBe('marco-rubio');
  });

  it('does not when the office, the day or the country does not fit', () => {
    expect(registryIdFor({ name: 'Mike Rubio', country: 'USA', title: 'Secretary of State' }, '2019-05-28')).toBeNull();
    expect(registryIdFor({ name: 'Mike Rubio', country: 'USA', title: 'Senator' }, '2025-05-28')).toBeNull();
    expect(registryIdFor({ name: 'Mike Rubio', country: 'CUB', title: 'Secretary of State' }, '2025-05-28')).toBeNull();
    expect(registryIdFor({ name: 'Mike Rubio', country: 'USA', title: 'Secretary of State' }, null)).toBeNull();
    const same = rubio('Mike Rubio', 'Senator', '2025-05-28');
    expect(withRegistryIds(same)).toBe(same);
  });

  it('gives a registry spelling its id, and leaves participants that have one', () => {
    expect(registryIdFor({ name: 'Vương Nghị', country: 'CHN', title: null }, '2022-03-02')).toBe('wang-yi');
    expect(registryIdFor({ name: 'Wang Yi', country: 'CHN', title: null, id: 'wang-yi' }, null)).toBeNull();
  });
});

describe('finding a person by any spelling', () => {
  it.each(['wang-yi', 'Wang Yi', 'wang yi', '王毅', 'Vương Nghị', 'Vuong Nghi', 'VUONG NGHI'])('%s finds Wang Yi', (q) => {
    expect(personQueryKeys(q)).toContain('id:wang-yi');
  });
  it.each(['Bui Thanh Son', 'Bùi Thanh Sơn', '裴青山'])('%s finds Bui Thanh Son', (q) => expect(personQueryKeys(q)).toContain('id:bui-thanh-son'));
  it('finds a family name, and searches names by whole words', () => {
    expect(personQueryKeys('Rubio')).toContain('id:marco-rubio');
    expect(registrySearch('rubio')).toContain('marco-rubio');
    expect(registrySearch('vuong nghi')).toContain('wang-yi');
    expect(registrySearch('rub')).not.toContain('marco-rubio');
  });
});
