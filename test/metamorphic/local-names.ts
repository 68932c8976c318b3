/**
 * Names as the Vietnamese and Chinese presses write them, for the metamorphic templates in those
 * languages: countries and capitals from data/lang/{vi,zh}/country-names.json and place-names.json,
 * people from the registry's aliases (data/people/officials): Vietnamese names with their diacritics,
 * Chinese names in their Sino-Vietnamese reading in Vietnamese and in characters in Chinese, other
 * people in Latin letters in Vietnamese (as VNA writes them) and in characters in Chinese.
 *
 * A spelling is used only when it names one person of the registry: a template must not create an
 * ambiguity the press would not have.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../../src/data-files.js';
import { holderOn, rng, shiftDay, type Holder } from './rewrite.js';
import { foldName } from '../../src/knowledge/names.js';

export type Lang = 'vi' | 'zh';
/** zh-Hant: the Chinese forms in traditional characters where the data has them. */
export type Script = Lang | 'zh-Hant';

export interface LocalCountry {
  code: string;
  /** the country's name in the language */
  name: string;
  /** its capital in the language, and as the gazetteer names it (what an event's location holds) */
  capital: string;
  capitalEn: string;
}

const HAN = /\p{Script=Han}/u;
/** letters only Vietnamese uses among the Latin scripts (ơ, ư, ă, đ and the tone-marked vowels) */
const VI_LETTERS = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/iu;

const lang = (s: Script): Lang => (s === 'vi' ? 'vi' : 'zh');

/**
 * The traditional form among spellings listed simplified first: a later spelling of the same length
 * that differs from the first only in characters (中国 → 中國, 沙伦赛 → 沙倫賽); else the first.
 */
export function traditionalOf(spellings: string[]): string {
  const first = spellings[0];
  const trad = spellings.slice(1).find((s) => s.length === first.length && s !== first && [...s].every((ch, i) => (HAN.test(ch) ? true : ch === first[i])));
  return trad ?? first;
}

/** Countries with a name and a capital in the language (the capital the English data names, when listed). */
export function loadLocalCountries(script: Script, englishCapitals: Map<string, string>): Map<string, LocalCountry> {
  const l = lang(script);
  const names = JSON.parse(readFileSync(join(dataDir(), 'lang', l, 'country-names.json'), 'utf8')).countries as Record<string, { names: string[] }>;
  const places = JSON.parse(readFileSync(join(dataDir(), 'lang', l, 'place-names.json'), 'utf8')).places as { names: string[]; en: string; country: string; capital?: boolean }[];
  const out = new Map<string, LocalCountry>();
  for (const [code, c] of Object.entries(names)) {
    const caps = places.filter((p) => p.capital && p.country === code);
    const cap = caps.find((p) => p.en === englishCapitals.get(code)) ?? caps[0];
    if (!cap || !c.names.length) continue;
    const pick = (xs: string[]) => (script === 'zh-Hant' ? traditionalOf(xs) : xs[0]);
    out.set(code, { code, name: pick(c.names), capital: pick(cap.names), capitalEn: cap.en });
  }
  return out;
}

/** How many people of the registry each spelling names (names and aliases, as written). */
export function spellingCounts(): Map<string, number> {
  const dir = join(dataDir(), 'people', 'officials');
  const counts = new Map<string, number>();
  for (const f of readdirSync(dir)) {
    for (const p of JSON.parse(readFileSync(join(dir, f), 'utf8')).people as { name: string; aliases?: string[] }[]) {
      for (const s of new Set([p.name, ...(p.aliases ?? [])])) counts.set(s, (counts.get(s) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * A holder's name as the language writes it, or null when the registry gives no such spelling or
 * the spelling also names someone else. Vietnamese: a Vietnamese person's name with diacritics, a
 * Chinese person's Sino-Vietnamese reading (Vương Nghị), anyone else's registry name. Chinese: the
 * first spelling in characters (the registry lists the Xinhua form first), or its traditional form.
 */
export function localName(h: Holder, script: Script, counts: Map<string, number>): string | null {
  const unique = (s: string | undefined) => (s && counts.get(s) === 1 ? s : null);
  if (script === 'vi') {
    if (h.country === 'VNM' || h.country === 'CHN') return unique(h.aliases.find((a) => /\s/.test(a) && VI_LETTERS.test(a) && !HAN.test(a)));
    return unique(h.name);
  }
  const han = h.aliases.filter((a) => HAN.test(a));
  if (!han.length) return null;
  return unique(script === 'zh-Hant' ? traditionalOf(han) : han[0]);
}

export interface LocalPair {
  /** the two people as the language writes them, their countries, the day they hold office */
  a: string; b: string; ca: LocalCountry; cb: LocalCountry; day: string;
  /** the gazetteer entries (GeoNames ids) of the two capitals */
  capA: number; capB: number;
}

const fold = (s: string) => foldName(s).replace(/[\s-]+/g, '');

/**
 * Pairs of countries whose holders of `role` on a day between 2018 and 2024 the registry names, each
 * in the language's spelling, with capitals the gazetteer resolves. `first` pairs (country codes) are
 * drawn before the random ones (on some day both have a holder), so that the countries the press
 * covers most are always among them. Left out: a country whose capital bears its name (Kuwait City,
 * Singapore: the place reads as the country), and one whose capital the English data and the language
 * pack name differently (Colombo / Sri Jayawardenepura Kotte).
 */
export function localPairs(opts: {
  script: Script; role: string; count: number; seed: number; first: [string, string][];
  holders: Holder[]; counts: Map<string, number>; local: Map<string, LocalCountry>; englishCapitals: Map<string, string>;
  states: Set<string>; capitalId: (name: string, country: string) => number | null;
}): LocalPair[] {
  const { script, role, count, holders, counts, local } = opts;
  const capId = new Map<string, number>();
  for (const c of local.values()) {
    const en = opts.englishCapitals.get(c.code);
    if (!opts.states.has(c.code) || !en || fold(en) !== fold(c.capitalEn) || c.capital.includes(c.name)) continue;
    const id = opts.capitalId(c.capitalEn, c.code);
    if (id != null) capId.set(c.code, id);
  }
  const codes = [...capId.keys()].sort();
  const r = rng(opts.seed);
  const out: LocalPair[] = [];
  const seen = new Set<string>();
  const tryPair = (a: string, b: string, day: string): boolean => {
    if (a === b || seen.has(`${a}-${b}`) || !capId.has(a) || !capId.has(b)) return false;
    const ha = holderOn(holders, a, role, day), hb = holderOn(holders, b, role, day);
    if (!ha || !hb || ha.id === hb.id) return false;
    const na = localName(ha, script, counts), nb = localName(hb, script, counts);
    if (!na || !nb) return false;
    seen.add(`${a}-${b}`);
    out.push({ a: na, b: nb, ca: local.get(a)!, cb: local.get(b)!, day, capA: capId.get(a)!, capB: capId.get(b)! });
    return true;
  };
  const randomDay = () => shiftDay('2018-01-01', Math.floor(r() * 2555));
  for (const [a, b] of opts.first) for (let tries = 0; tries < 50 && !tryPair(a, b, randomDay()); tries++);
  for (let tries = 0; out.length < count && tries < count * 100; tries++) {
    tryPair(codes[Math.floor(r() * codes.length)], codes[Math.floor(r() * codes.length)], randomDay());
  }
  return out;
}
