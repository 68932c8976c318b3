/**
 * Metamorphic rewriting: the same article with another pair of countries, other people with their
 * titles, other places and shifted dates. A rule keyed to a name, a country or a string of one text
 * gives different events on the rewritten text; a rule of diplomatic language gives the same events
 * with the substituted fields.
 *
 * The knowledge comes from the project's own data: countries and their names, adjectives and capitals
 * (data/countries/countries.json), office-holders with their terms (data/people/officials), agencies
 * (data/sources/agencies.json). Nothing here reads ../shared.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../src/data-files.js';
import { recognizeDates, formatDate } from '../../src/recognizers/date-recognizer.js';

export interface CountryInfo { code: string; name: string; names: string[]; adjectives: string[]; capital: string }
export interface Holder { id: string; name: string; given: string | null; aliases: string[]; country: string; role: string; from: string; to: string | null }

/**
 * Countries whose names, adjectives and capitals are not also common English words, person names or
 * each other (Chad, Jordan, Georgia, Guinea, city-states and the like are left out): a rewrite must
 * not create ambiguity the original text did not have.
 */
const UNSAFE = new Set(['TCD', 'JOR', 'GEO', 'GIN', 'GNB', 'GNQ', 'PNG', 'SGP', 'LUX', 'MCO', 'DJI', 'KWT', 'VAT', 'SMR', 'AND', 'LIE', 'MLT', 'BHR', 'QAT', 'NRU', 'TUV',
  'DMA', 'DOM', 'COD', 'COG', 'NER', 'NGA', 'SDN', 'SSD', 'MEX', 'GUY', 'PAN', 'BRB', 'CHN', 'USA', 'GBR', 'PRK', 'KOR', 'TWN', 'HKG', 'MAC', 'PSE', 'XKX', 'CUB', 'ISL', 'IRL', 'TUR']);

export function loadCountries(): Map<string, CountryInfo> {
  const raw = JSON.parse(readFileSync(join(dataDir(), 'countries', 'countries.json'), 'utf8')).countries as {
    iso3: string; name: string; names: string[]; adjectives: string[]; capital?: string; capital_aliases?: string[];
  }[];
  const out = new Map<string, CountryInfo>();
  for (const c of raw) {
    if (!c.capital || !c.adjectives?.length) continue;
    out.set(c.iso3, { code: c.iso3, name: c.name, names: [...new Set([c.name, ...c.names])], adjectives: c.adjectives, capital: c.capital });
  }
  return out;
}

/** Sovereign states (those with a file of office-holders) whose names stay unambiguous in a rewrite. */
export function safeCountries(all: Map<string, CountryInfo>): CountryInfo[] {
  const states = new Set(readdirSync(join(dataDir(), 'people', 'officials')).map((f) => f.replace(/\.json$/, '')));
  return [...all.values()].filter((c) => states.has(c.code) && !UNSAFE.has(c.code) && c.adjectives[0] !== c.name && !/\s/.test(c.capital) && c.capital !== c.name);
}

const highEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);
const lowEnd = (d: string) => (d + '-01-01').slice(0, 10);

/** Office-holders of the registry by country and role, with full-name spellings of two or more words. */
export function loadHolders(): Holder[] {
  const dir = join(dataDir(), 'people', 'officials');
  const out: Holder[] = [];
  for (const f of readdirSync(dir)) {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const p of d.people) {
      if (!/\s/.test(p.name) || /[^\p{L}\p{M} .'-]/u.test(p.name)) continue;
      for (const pos of p.positions) {
        if (!pos.from || pos.country) continue;
        out.push({ id: p.id, name: p.name, given: p.given ?? null, aliases: p.aliases ?? [], country: d.country, role: pos.role, from: lowEnd(pos.from), to: pos.to ? highEnd(pos.to) : null });
      }
    }
  }
  return out;
}

/** A holder of `role` for `country` on `day` whose name no other person of the registry shares, or null. */
export function holderOn(holders: Holder[], country: string, role: string, day: string): Holder | null {
  const cands = holders.filter((h) => h.country === country && h.role === role && h.from <= day && (h.to == null || day <= h.to));
  return cands.length === 1 ? cands[0] : null;
}

/** A deterministic pseudo-random generator (tests must not depend on the run). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces whole-word occurrences of each key by its value, longest keys first, in one pass. */
export function substitute(text: string, map: Map<string, string>): string {
  const keys = [...map.keys()].filter(Boolean).sort((a, b) => b.length - a.length);
  if (!keys.length) return text;
  // a capitalised key may be glued to the word before it ("talks withVietnamese Foreign Minister")
  const re = new RegExp(`(?<![\\p{Lu}\\p{N}])(?:${keys.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(re, (m, at: number) => {
    const glued = at > 0 && /\p{Ll}/u.test(text[at - 1]);
    return glued && !/^\p{Lu}/u.test(m) ? m : map.get(m) ?? m;
  });
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY = 86_400_000;

/** A day shifted by whole weeks (weekdays stay true): ISO `YYYY-MM-DD`. */
export const shiftDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/** A month-day (`--MM-DD`) shifted as a day of the reference year. */
const shiftMonthDay = (md: string, days: number, refYear: number) => shiftDay(`${refYear}${md.slice(1)}`, days).slice(4);

/**
 * The text with every date that names a day moved by `days` (a multiple of 7, so "on Thursday" stays
 * true), written as it was written: "June 8, 2021", "8 June", "2021-06-09", "10/06/2023", "Aug. 4".
 * Mentions that name no day (a month, a year, "today") are left as they are.
 */
export function shiftDates(text: string, days: number, refYear: number): string {
  // a month glued to its day ("on June20") is read as if spaced, and written back glued
  const glued = new Set<number>();
  const spaced = text.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)(\d{1,2})(?!\d)/gu, (_m, mo: string, d: string, at: number) => {
    glued.add(at + mo.length);
    return `${mo}\u0001${d}`;
  }).replace(/\u0001/g, ' ');
  text = spaced;
  const ms = recognizeDates(text, 0).filter((m) => m.value.day != null && m.value.month != null && !m.value.range);
  let out = '';
  let at = 0;
  for (const m of ms) {
    const v = m.value;
    const iso = formatDate({ year: v.year ?? refYear, month: v.month, day: v.day })!;
    const moved = shiftDay(iso, days);
    const [y, mo, d] = moved.split('-').map(Number);
    const old = m.text;
    let neu: string | null = null;
    if (/^\d{4}-\d{2}-\d{2}$/.test(old)) neu = moved;
    else if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(old)) neu = `${y}/${String(mo).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
    else if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(old)) {
      // keep the order the text used: month first unless the first number was the day
      const [a] = old.split('/').map(Number);
      neu = a === v.day && a !== v.month ? `${String(d).padStart(2, '0')}/${String(mo).padStart(2, '0')}/${y}` : `${String(mo).padStart(2, '0')}/${String(d).padStart(2, '0')}/${y}`;
    } else if (/^\d{1,2}[-.]\d{1,2}[-.]\d{4}$/.test(old)) neu = `${String(d).padStart(2, '0')}-${String(mo).padStart(2, '0')}-${y}`;
    else {
      // "June 8, 2021", "Aug. 4", "8 June 2021", "18th June": the same order, month spelling and punctuation
      const monthFirst = /^(\p{L}+\.?)\s+\d{1,2}(?:st|nd|rd|th)?(,?\s+\d{4})?$/u.exec(old);
      const dayFirst = /^\d{1,2}(?:st|nd|rd|th)?\s+(\p{L}+\.?)(,?\s+\d{4})?$/u.exec(old);
      const word = (monthFirst ?? dayFirst)?.[1];
      if (!word) continue;
      const full = MONTH_NAMES.some((n) => n.toLowerCase() === word.toLowerCase());
      const month = full ? MONTH_NAMES[mo - 1] : MONTH_ABBR[mo - 1];
      const yearPart = (monthFirst ?? dayFirst)![2]?.replace(/\d{4}/, String(y)) ?? '';
      neu = monthFirst ? `${month} ${d}${yearPart}` : `${d} ${month}${yearPart}`;
    }
    if (neu == null) continue;
    // a month that was glued to its day stays glued
    const wasGlued = [...glued].some((g) => g > m.charStart && g < m.charEnd);
    if (wasGlued) neu = neu.replace(/(\p{L}\.?) (\d)/u, '$1$2');
    out += text.slice(at, m.charStart) + neu;
    at = m.charEnd;
  }
  out += text.slice(at);
  return out;
}

/**
 * An expected date value moved by the same number of days: a day moves; a month or a year moves by
 * the years the reference day moved when its year was not stated (resolved against publication).
 */
export function shiftExpectedDate(d: string | null, days: number, refYear: number, yearInferred: boolean): string | null {
  if (!d) return d;
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return shiftDay(d, days);
  if (/^--\d{2}-\d{2}$/.test(d)) return `-${shiftMonthDay(d, days, refYear)}`;
  if (yearInferred && /^\d{4}(?:-\d{2})?$/.test(d)) {
    const years = Number(shiftDay(`${refYear}-07-01`, days).slice(0, 4)) - refYear;
    return `${Number(d.slice(0, 4)) + years}${d.slice(4)}`;
  }
  return d;
}
