/**
 * The registry of office-holders: data/people/officials/*.json (curated) and
 * data/people/learned.json (people met in extracted texts, merged under one id).
 * Answers: which person does this spelling denote, and what country and title did they hold on a day.
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, readDataJson, readUserJson } from '../data-files.js';
import { foldName } from './names.js';

export interface Position {
  title: string;
  role: string;
  from: string | null;
  to: string | null;
  /** The country the position is in, when it differs from the person's. */
  country?: string;
}

export interface Person {
  id: string;
  name: string;
  native?: string;
  country: string;
  family_first?: boolean;
  given?: string;
  aliases: string[];
  positions: Position[];
  /** `curated` (data/people/officials) or `learned` (from texts) */
  source?: 'curated' | 'learned';
  first_seen?: string | null;
  last_seen?: string | null;
}

interface OfficialsFile {
  country: string;
  people: Omit<Person, 'country'>[] & { country?: string }[];
}

const lowEnd = (d: string) => (d + '-01-01').slice(0, 10);
const highEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

/** Whether a position was held at some time within a (possibly partial) date. */
function covers(pos: Position, date: string | null): boolean {
  if (!date || date.startsWith('--')) return true;
  const from = pos.from ? lowEnd(pos.from) : '0000-00-00';
  const to = pos.to ? highEnd(pos.to) : '9999-99-99';
  return highEnd(date) >= from && lowEnd(date) <= to;
}

export class PeopleRegistry {
  readonly people = new Map<string, Person>();
  /** folded full-name alias -> ids */
  private readonly byName = new Map<string, Set<string>>();
  /** folded one-word short form -> ids */
  private readonly byShort = new Map<string, Set<string>>();

  add(p: Person): void {
    const existing = this.people.get(p.id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...p.aliases])];
      existing.positions.push(...p.positions.filter((x) => !existing.positions.some((y) => y.title === x.title && y.from === x.from)));
      if (p.first_seen && (!existing.first_seen || p.first_seen < existing.first_seen)) existing.first_seen = p.first_seen;
      if (p.last_seen && (!existing.last_seen || p.last_seen > existing.last_seen)) existing.last_seen = p.last_seen;
      this.index(existing);
      return;
    }
    this.people.set(p.id, p);
    this.index(p);
  }

  private index(p: Person) {
    const names = new Set([p.name, p.native, ...p.aliases].filter(Boolean) as string[]);
    for (const n of names) {
      const k = foldName(n);
      if (!k) continue;
      const words = k.split(' ');
      // a name in characters is a full name however short ("王毅"); a one-word Latin alias is a short form
      const map = words.length === 1 && n !== p.name && !/\p{Script=Han}/u.test(n) ? this.byShort : this.byName;
      const set = map.get(k) ?? new Set();
      set.add(p.id);
      map.set(k, set);
      // "Motegi Toshimitsu" and "Toshimitsu Motegi" are one person
      if (words.length === 2 && map === this.byName) {
        const rev = `${words[1]} ${words[0]}`;
        const s2 = this.byName.get(rev) ?? new Set();
        s2.add(p.id);
        this.byName.set(rev, s2);
      }
    }
    if (p.given) {
      const k = foldName(p.given);
      const set = this.byShort.get(k) ?? new Set();
      set.add(p.id);
      this.byShort.set(k, set);
    }
  }

  /** People whose full name or full alias is this spelling. */
  byFullName(name: string): Person[] {
    const ids = this.byName.get(foldName(name));
    return ids ? [...ids].map((id) => this.people.get(id)!) : [];
  }

  /** People known by this one-word short form ("Blinken", "Son", "Wang"). */
  byShortName(name: string): Person[] {
    const ids = this.byShort.get(foldName(name));
    return ids ? [...ids].map((id) => this.people.get(id)!) : [];
  }

  /**
   * The best person for a spelling at a date, preferring one in `country` and one holding an office
   * then; null when the spelling is unknown or stays ambiguous.
   */
  find(name: string, opts: { country?: string | null; date?: string | null; short?: boolean; role?: string | null } = {}): Person | null {
    let cands = this.byFullName(name);
    if (!cands.length && opts.short) cands = this.byShortName(name);
    if (!cands.length) return null;
    if (opts.country) {
      const c = cands.filter((p) => this.represents(p, opts.country!, opts.date ?? null));
      if (c.length) cands = c; else return null;
    }
    if (cands.length === 1) return cands[0];
    // several people answer to the spelling: the one holding the title's office then, else ever, else any office then
    const score = (p: Person) => {
      let s = 0;
      for (const pos of p.positions) {
        const now = !opts.date || covers(pos, opts.date);
        if (opts.role && pos.role === opts.role) s = Math.max(s, now ? 4 : 2);
        else if (now && opts.date) s = Math.max(s, 1);
      }
      return s + (p.source !== 'learned' ? 0.5 : 0);
    };
    const scored = cands.map((p) => [p, score(p)] as const).sort((a, b) => b[1] - a[1]);
    if (scored[0][1] > 0.5 && scored[0][1] > scored[1][1]) return scored[0][0];
    return null;
  }

  /** Whether a person speaks for a country or organisation: theirs, or that of an office they held (then, when a date is given). */
  represents(p: Person, country: string, date: string | null): boolean {
    if (p.country === country) return true;
    return p.positions.some((pos) => pos.country === country && covers(pos, date));
  }

  /**
   * The country or organisation a person speaks for on a date: that of the office they held then
   * (the most recently taken, when several), else their own. Donald Tusk in 2016 speaks for the EU,
   * in 2024 for Poland.
   */
  countryAt(p: Person, date: string | null): string {
    if (!date || date.startsWith('--')) return p.country;
    const held = this.positionsAt(p, date).filter((pos) => pos.role !== 'other' || pos.country);
    if (!held.length) return p.country;
    const latest = held.reduce((a, b) => ((b.from ?? '') > (a.from ?? '') ? b : a));
    return latest.country ?? p.country;
  }

  /**
   * A person whose registered name the spelling extends by a glued word ("Saleumxay Kommasithand" for
   * Saleumxay Kommasith): same words, the last one followed by at most three letters; one country.
   */
  findGlued(name: string, country: string | null): Person | null {
    const w = foldName(name).split(' ');
    if (w.length < 2) return null;
    const last = w[w.length - 1];
    const hits = new Set<Person>();
    for (let cut = 1; cut <= 3 && cut < last.length - 2; cut++) {
      const key = [...w.slice(0, -1), last.slice(0, -cut)].join(' ');
      for (const id of this.byName.get(key) ?? []) {
        const p = this.people.get(id)!;
        if (!country || this.represents(p, country, null)) hits.add(p);
      }
    }
    return hits.size === 1 ? [...hits][0] : null;
  }

  /** The positions a person held on a date (all when the date is unknown). */
  positionsAt(p: Person, date: string | null): Position[] {
    return p.positions.filter((pos) => covers(pos, date));
  }

  /**
   * People one of whose names (name, native form, aliases) contains the folded query as whole words
   * ("rubio" finds Marco Rubio, "vuong nghi" Wang Yi through Vương Nghị, "王毅" Wang Yi), at most `limit`.
   */
  search(query: string, limit = 50): Person[] {
    const q = foldName(query);
    if (!q) return [];
    const han = /\p{Script=Han}/u.test(q);
    const out: Person[] = [];
    for (const p of this.people.values()) {
      const names = [p.id.replace(/-/g, ' '), p.name, p.native, ...p.aliases];
      if (names.some((n) => { if (!n) return false; const f = foldName(n); return han ? f.includes(q) : ` ${f} `.includes(` ${q} `) || f.startsWith(`${q} `) || f === q; })) {
        out.push(p);
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** Every alias spelling, for building recognisers. */
  *allNames(): Generator<{ name: string; id: string; full: boolean }> {
    for (const p of this.people.values()) {
      const names = new Set([p.name, p.native, ...p.aliases].filter(Boolean) as string[]);
      for (const n of names) yield { name: n, id: p.id, full: n.trim().includes(' ') || n === p.name };
    }
  }
}

let registry: PeopleRegistry | null = null;

export function peopleRegistry(): PeopleRegistry {
  if (registry) return registry;
  const r = new PeopleRegistry();
  const dir = join(dataDir(), 'people', 'officials');
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
      const file = readDataJson<OfficialsFile>(`people/officials/${f}`);
      for (const p of file.people as Person[]) {
        r.add({ ...p, country: p.country ?? file.country, aliases: p.aliases ?? [], positions: p.positions ?? [], source: 'curated' });
      }
    }
  }
  // the user's own people (readout kb import) count as curated; people learned from texts (readout kb learn) do not
  for (const p of readUserJson<{ people: Person[] }>('people.json')?.people ?? []) r.add({ ...p, aliases: p.aliases ?? [], positions: p.positions ?? [], source: 'curated' });
  for (const p of readUserJson<{ people: Person[] }>('learned.json')?.people ?? []) r.add({ ...p, aliases: p.aliases ?? [], positions: p.positions ?? [], source: r.people.has(p.id) ? r.people.get(p.id)!.source : 'learned' });
  registry = r;
  return r;
}

/** For tests and `readout kb import`: forget the cached registry. */
export function resetPeopleRegistry(): void {
  registry = null;
}
