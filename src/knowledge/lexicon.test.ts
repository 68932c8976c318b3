import { describe, it, expect } from 'vitest';
import { titleRole, titleRoles, loadLexicon, singularTitle } from './lexicon.js';

describe('titleRole', () => {
  const cases: [string, string | null][] = [
    ['Minister of Foreign Affairs', 'foreign_minister'],
    ['Foreign Minister', 'foreign_minister'],
    ['Secretary of State', 'foreign_minister'],
    ['External Affairs Minister', 'foreign_minister'],
    ['Vice Foreign Minister', 'deputy_foreign_minister'],
    ['Deputy Minister of Foreign Affairs', 'deputy_foreign_minister'],
    ['Prime Minister', 'head_of_government'],
    ['Deputy Prime Minister', 'deputy_head_of_government'],
    ['Premier', 'head_of_government'],
    ['President', 'head_of_state'],
    ['Vice President', 'vice_president'],
    ['State Councilor', 'state_councilor'],
    ['General Secretary', 'party_leader'],
    ['Ambassador', 'ambassador'],
    ['National Security Adviser', 'national_security_adviser'],
    ['Mayor', null],
  ];
  it.each(cases)('%j -> %j', (title, role) => {
    expect(titleRole(title)).toBe(role);
  });
});

describe('titleRoles', () => {
  it.each([
    ['Deputy Prime Minister and Foreign Minister', ['deputy_head_of_government', 'foreign_minister']],
    ['State Councilor and Foreign Minister', ['state_councilor', 'foreign_minister']],
    ['General Secretary and President', ['party_leader', 'head_of_state']],
    ['Ambassador', ['ambassador']],
  ])('%j -> %j', (title, roles) => {
    expect(titleRoles(title)).toEqual(roles);
  });
});

describe('loadLexicon', () => {
  const lex = loadLexicon();
  it('compiles every trigger pattern with a unique id', () => {
    const ids = lex.triggers.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of lex.triggers) expect(t.re).toBeInstanceOf(RegExp);
  });
  it('loads the stop words, particles and suffixes', () => {
    expect([lex.stopwords.has('meets'), lex.particles.has('bin'), lex.suffixes.has('jr.')]).toEqual([true, true, true]);
  });
  it('returns one cached lexicon', () => {
    expect(loadLexicon()).toBe(lex);
  });
});

describe('lead: a group of holders names the office one holds (titles.json plural_heads, deputy_words)', () => {
  it.each([
    ['the two foreign ministers', 'foreign_minister'],
    ['the two Speakers', 'legislature_head'],
    ['both Secretaries of State', 'foreign_minister'],
    ['the two Deputy Foreign Ministers', 'deputy_foreign_minister'],
    ['the two Under-Secretaries of State', 'deputy_foreign_minister'],
    ['the two prime ministers', 'head_of_government'],
  ])('%s -> %s', (title, role) => {
    expect(titleRole(title)).toBe(role);
  });

  it.each([
    ['the two Defence Ministers', 'the two defence minister'],
    ['both Chairmen of the Committee', 'both chairman of the committee'],
    ['the Ambassadors', 'the ambassador'],
  ])('%s in the singular', (title, singular) => {
    expect(singularTitle(title).toLowerCase()).toBe(singular);
  });

  it.each([
    ['Special Envoy of the President of Mozambique', 'ambassador'],
    ['Adviser to the Prime Minister', null],
    ['Chief of Staff to the President', null],
    ['President of the Republic of Mozambique', 'head_of_state'],
  ])('an office held for another (titles.json served_office): %s -> %s', (title, role) => {
    expect(titleRole(title)).toBe(role);
  });

  it('leaves a title with no plural head as it is', () => {
    expect(singularTitle('Foreign Minister Ana Lopes')).toBe('Foreign Minister Ana Lopes');
  });
});
