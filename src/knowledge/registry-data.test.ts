/**
 * The registry of officials (data/people/officials/*.json) as data: every entry well formed, ids
 * unique, roles from the vocabulary, dates well formed and in order, every position's country a known
 * state or organisation, and no spelling known to be wrong. A wrong entry is worse than a missing one:
 * this test catches the mechanical kinds of wrong.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../data-files.js';

const ROLES = new Set(['head_of_state', 'head_of_government', 'foreign_minister', 'deputy_head_of_government', 'vice_president', 'party_leader',
  'legislature_head', 'secretary_general', 'deputy_foreign_minister', 'national_security_adviser', 'state_councilor', 'party_external_relations',
  'foreign_affairs_commission', 'ambassador', 'other']);
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
/** Spellings known to be wrong: 范 stays 范 in traditional characters; 沪 reads Hỗ. */
const WRONG = ['範明政', 'Vương Hộ Ninh'];

const dir = join(dataDir(), 'people', 'officials');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => ({ f, d: JSON.parse(readFileSync(join(dir, f), 'utf8')) }));
const codes = new Set<string>([
  ...JSON.parse(readFileSync(join(dataDir(), 'countries', 'countries.json'), 'utf8')).countries.map((c: { iso3: string }) => c.iso3),
  ...JSON.parse(readFileSync(join(dataDir(), 'countries', 'organisations.json'), 'utf8')).organisations.map((o: { code: string }) => o.code),
]);
const low = (d: string) => (d + '-01-01').slice(0, 10);
const high = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

describe('registry of officials', () => {
  it('covers every UN member state in its own file', () => {
    expect(files.length).toBeGreaterThanOrEqual(193);
    for (const { f, d } of files) expect(`${d.country}.json`).toBe(f);
  });

  it.each(files.map(({ f, d }) => [f, d] as const))('%s', (_f, d) => {
    expect(codes.has(d.country), d.country).toBe(true);
    expect(Array.isArray(d.people)).toBe(true);
    for (const p of d.people) {
      const who = `${d.country}/${p.id}`;
      expect(p.id, who).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(typeof p.name, who).toBe('string');
      expect(Array.isArray(p.aliases), who).toBe(true);
      for (const a of p.aliases) expect(WRONG, `${who}: ${a}`).not.toContain(a);
      expect(p.positions.length, who).toBeGreaterThan(0);
      for (const pos of p.positions) {
        expect(ROLES.has(pos.role), `${who}: ${pos.role}`).toBe(true);
        for (const k of ['from', 'to'] as const) if (pos[k] != null) expect(pos[k], `${who}: ${k}`).toMatch(DATE);
        if (pos.from && pos.to) expect(low(pos.from) <= high(pos.to), `${who}: ${pos.from}..${pos.to}`).toBe(true);
        if (pos.country) expect(codes.has(pos.country), `${who}: ${pos.country}`).toBe(true);
      }
    }
  });

  it('gives each person one id', () => {
    const ids = files.flatMap(({ d }) => d.people.map((p: { id: string }) => p.id));
    expect(ids.length).toBe(new Set(ids).size);
  });
});
