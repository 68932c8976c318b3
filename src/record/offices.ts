/**
 * What titles say about offices. A report's title is a string ("Chinese State Councilor and Foreign
 * Minister", "国务委员兼外长", "counterpart"); here it becomes the roles it names, in any of the
 * languages the title lexicons cover, and a person's titles over time become offices: one per role
 * and term (the registry's positions give the terms and the offices' names), with the first and last
 * dated report that gives it and the spellings the reports used. Words that stand for a title but name
 * no office ("his counterpart") are dropped. Knowledge: data/record/offices.json and the title lexicons.
 *
 * @example
 *   titleParts('State Councilor and Foreign Minister of China')
 *   // [{ text: 'State Councilor', role: 'state_councilor' }, { text: 'Foreign Minister of China', role: 'foreign_minister' }]
 */
import { readDataJson } from '../data-files.js';
import { titleRole } from '../knowledge/lexicon.js';
import { foldName } from '../knowledge/names.js';
import { peopleRegistry, type Person, type Position } from '../knowledge/people-registry.js';
import { LEVELS, type Level } from '../vocabulary/terms.js';
import { escapeRe as escape } from '../text/patterns.js';

/** One office a person held, as the reports and the registry show it (src/record/offices.ts). */
export interface Office {
  /** the role (foreign_minister, head_of_government, ...) */
  role: string;
  /** the office's name: the registry's title when the registry knows it, else the commonest report title */
  title: string;
  /** the country or organisation the office is in */
  country: string | null;
  /** the registry's term, when known */
  term: { from: string | null; to: string | null } | null;
  /** the first and last dated report that gives the person this office */
  first: string | null;
  last: string | null;
  /** how many reports gave it, and the title strings they used */
  reports: number;
  spellings: string[];
}

interface OfficesFile {
  joiners: Record<string, string[]>;
  levels: Record<string, Level>;
  level_words: Record<string, [string, Level][]>;
  not_offices: Record<string, string[]>;
}

interface PhraseRule { role: string | null; words: string[] }

interface Knowledge {
  split: RegExp;
  levels: Map<string, Level>;
  levelWords: { word: string; level: Level; latin: boolean }[];
  notOffices: Set<string>;
  /** Vietnamese and Chinese title forms, longest first, with their role (null: a form that names no office) */
  phrases: { form: string; role: string | null }[];
  /** English title heads ("minister", "director"): a part with one is a title even without a role */
  heads: RegExp;
}

let knowledge: Knowledge | null = null;

const norm = (s: string) => s.normalize('NFC').toLowerCase();

function load(): Knowledge {
  if (knowledge) return knowledge;
  const f = readDataJson<OfficesFile>('record/offices.json');
  const joiners = Object.values(f.joiners).flat();
  const phrases: Knowledge['phrases'] = [];
  for (const lang of ['vi', 'zh']) {
    const book = readDataJson<{ rules: (PhraseRule & { id: string })[] }>(`lang/${lang}/titles.json`);
    for (const r of book.rules) {
      if (!/^title\/[a-z]{2}\//.test(r.id) || /modifiers|deputy-prefix/.test(r.id)) continue;
      for (const w of r.words ?? []) phrases.push({ form: norm(w), role: r.role ?? null });
    }
  }
  phrases.sort((a, b) => b.form.length - a.form.length);
  const heads = readDataJson<{ heads: string[] }>('lang/en/titles.json').heads;
  knowledge = {
    split: new RegExp(joiners.map((j) => (/^\s.*\s$/.test(j) ? `\\s+${escape(j.trim())}\\s+` : escape(j))).join('|'), 'iu'),
    levels: new Map(Object.entries(f.levels)),
    levelWords: Object.values(f.level_words).flat().map(([word, level]) => ({ word: norm(word), level, latin: /^[\p{Script=Latin}\s.'-]+$/u.test(word) })),
    notOffices: new Set(Object.values(f.not_offices).flat().map((w) => foldName(w))),
    phrases,
    heads: new RegExp(`\\b(?:${heads.map(escape).sort((a, b) => b.length - a.length).join('|')})\\b`, 'i'),
  };
  return knowledge;
}

export interface TitlePart {
  text: string;
  /** the role the part names; `other` for a title no role covers; null for words that name no office */
  role: string | null;
}

const partCache = new Map<string, TitlePart[]>();

/** A title cut at its joiners, each part with the role it names. */
export function titleParts(title: string | null | undefined): TitlePart[] {
  if (!title || !title.trim()) return [];
  const hit = partCache.get(title);
  if (hit) return hit;
  const k = load();
  const out: TitlePart[] = [];
  for (const raw of title.split(k.split)) {
    const text = raw.trim().replace(/^(?:the|his|her|their)\s+/i, '');
    if (!text) continue;
    out.push({ text, role: partRole(text, k) });
  }
  if (partCache.size > 20_000) partCache.clear();
  partCache.set(title, out);
  return out;
}

/** A deputy's word right before position i of a normalised title ("phó " of "phó chủ tịch nước …", 副 of 副主席). */
const DEPUTY_BEFORE = /(?:^|[^\p{L}])(?:phó|vice|deputy)\s*$|副$/u;
const deputyBefore = (n: string, i: number) => i > 0 && DEPUTY_BEFORE.test(n.slice(Math.max(0, i - 8), i));

function partRole(text: string, k: Knowledge): string | null {
  const folded = foldName(text);
  if (k.notOffices.has(folded)) return null;
  const n = norm(text);
  // the title lexicons of phrase languages: the longest form the part holds
  if (/[^\x00-\x7f]/.test(text)) {
    // (not a head's office inside a deputy's, "Phó Chủ tịch nước Cộng hòa Nhân dân Trung Hoa": the deputy's shorter form)
    for (const p of k.phrases) if (n.includes(p.form) && !deputyBefore(n, n.indexOf(p.form))) return p.role;
  }
  const en = titleRole(text);
  if (en) return en;
  for (const p of k.phrases) if (p.form.length > 3 && n.includes(p.form)) return p.role;
  return k.heads.test(text) ? 'other' : null;
}

/** The roles a title names ("State Councilor and Foreign Minister" -> state_councilor, foreign_minister). */
export function titleRolesAnyLanguage(title: string | null | undefined): string[] {
  return [...new Set(titleParts(title).map((p) => p.role).filter((r): r is string => !!r))];
}

const rank = (l: Level) => LEVELS.indexOf(l);

/** The higher of two levels (leaders is highest). */
export function higherLevel(a: Level | null, b: Level | null): Level | null {
  if (!a) return b;
  if (!b) return a;
  return rank(a) <= rank(b) ? a : b;
}

/** The level a role, or a title part no role covers, stands for; null when neither says. */
export function levelOf(role: string | null, text = ''): Level | null {
  const k = load();
  if (role && role !== 'other' && k.levels.has(role)) return k.levels.get(role)!;
  if (!text) return null;
  const n = norm(text);
  for (const w of k.levelWords) {
    if (w.latin ? new RegExp(`(?:^|[^\\p{L}])${escape(w.word)}(?:$|[^\\p{L}])`, 'u').test(n) : n.includes(w.word)) return w.level;
  }
  return null;
}

/** The level a title gives a person: the highest of its parts. */
export function titleLevel(title: string | null | undefined): Level | null {
  let best: Level | null = null;
  for (const p of titleParts(title)) if (p.role) best = higherLevel(best, levelOf(p.role, p.text));
  return best;
}

const lowEnd = (d: string) => (d + '-01-01').slice(0, 10);
const highEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const covers = (pos: Position, date: string | null) => {
  if (!date || !/^\d{4}/.test(date)) return false;
  return highEnd(date) >= (pos.from ? lowEnd(pos.from) : '0000') && lowEnd(date) <= (pos.to ? highEnd(pos.to) : '9999');
};

/** The positions the registry says a person held on a date (none when the date has no year). */
export function positionsOn(personId: string | null | undefined, date: string | null): Position[] {
  if (!personId || !date || !/^\d{4}/.test(date)) return [];
  const p = peopleRegistry().people.get(personId);
  return p ? p.positions.filter((pos) => covers(pos, date)) : [];
}

const STOP = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'a', 'an', 's']);
const contentWords = (s: string) => new Set(foldName(s).split(' ').filter((w) => w && !STOP.has(w)));

/**
 * The registry position a title part stands for: one of the same role held on the date (or ever, when
 * the date is unknown); for a part no role covers, a position whose title holds all its words, or
 * shares most of them ("Director of the CCP Central Foreign Affairs Office" for "Director of the
 * Office of the Central Foreign Affairs Commission").
 */
function matchPosition(person: Person, part: TitlePart, date: string | null): Position | null {
  const dated = !!date && /^\d{4}/.test(date);
  const pool = person.positions.filter((pos) => !dated || covers(pos, date));
  if (part.role && part.role !== 'other') {
    const same = pool.filter((pos) => pos.role === part.role);
    return same.length ? same[same.length - 1] : null;
  }
  const words = contentWords(part.text);
  if (!words.size) return null;
  let best: Position | null = null, bestScore = 0;
  for (const pos of pool) {
    const pw = contentWords(pos.title);
    const inter = [...words].filter((w) => pw.has(w)).length;
    const score = inter === words.size ? 1 : inter / new Set([...words, ...pw]).size;
    if (score > bestScore) { best = pos; bestScore = score; }
  }
  return bestScore >= 0.5 ? best : null;
}

/** One report row of a person: the title it gave, its date, the country it gave. */
export interface TitleUse { title: string | null; date: string | null; country: string | null }

/**
 * A person's offices from the titles reports gave them, grouped by office and term: each title part
 * that names an office joins the registry position it stands for (its title, term and country), or,
 * when the registry has none, the other uses of the same role; sorted by when the office began.
 */
export function officesOf(personId: string | null, uses: TitleUse[]): Office[] {
  const person = personId ? peopleRegistry().people.get(personId) ?? null : null;
  const groups = new Map<string, { role: string; pos: Position | null; country: string | null; first: string | null; last: string | null; reports: number; spellings: Map<string, number> }>();
  for (const u of uses) {
    for (const part of titleParts(u.title)) {
      if (!part.role) continue;
      const pos = person ? matchPosition(person, part, u.date) : null;
      const key = pos ? `pos:${person!.positions.indexOf(pos)}` : part.role === 'other' ? `other:${foldName(part.text)}` : `role:${part.role}`;
      const g = groups.get(key) ?? { role: pos?.role ?? part.role, pos, country: pos?.country ?? person?.country ?? u.country ?? null, first: null, last: null, reports: 0, spellings: new Map() };
      g.reports++;
      g.spellings.set(part.text, (g.spellings.get(part.text) ?? 0) + 1);
      const d = u.date && /^\d{4}/.test(u.date) ? u.date : null;
      if (d) { if (!g.first || d < g.first) g.first = d; if (!g.last || d > g.last) g.last = d; }
      groups.set(key, g);
    }
  }
  const out: Office[] = [...groups.values()].map((g) => {
    const spellings = [...g.spellings].sort((a, b) => b[1] - a[1]).map(([s]) => s);
    return {
      role: g.role, title: g.pos?.title ?? spellings[0], country: g.country,
      term: g.pos ? { from: g.pos.from, to: g.pos.to } : null,
      first: g.first, last: g.last, reports: g.reports, spellings,
    };
  });
  const start = (o: Office) => o.term?.from ?? o.first ?? '9999';
  return out.sort((a, b) => start(a).localeCompare(start(b)) || (a.first ?? '9999').localeCompare(b.first ?? '9999') || a.title.localeCompare(b.title));
}
