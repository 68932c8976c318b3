/**
 * The vocabulary's knowledge on the server side: topic ids and labels from data/lang/en/topics.json,
 * countries and organisations from the country index (codes, alpha-2 codes, names in English and in
 * the names the Vietnamese and Chinese packs give them), folded so "viet nam", "Việt Nam" and "越南"
 * all find VNM.
 */
import { distance } from 'fastest-levenshtein';
import { readDataJson, dataFileExists } from '../data-files.js';
import { countryIndex } from '../knowledge/countries.js';
import type { CountryNamesFile } from '../knowledge/countries.js';
import { foldName } from '../knowledge/names.js';
import type { VocabularyContext } from './filters.js';

export interface Topic { id: string; label: string }

/** The topic ids of the readout/1 spec with their labels, in the data file's order. */
export function topicList(): Topic[] {
  return readDataJson<{ topics: Topic[] }>('lang/en/topics.json').topics.map((t) => ({ id: t.id, label: t.label }));
}

let names: Map<string, string> | null = null;

/** Folded country and organisation names (every language pack's) -> code. */
function countryNames(): Map<string, string> {
  if (names) return names;
  const idx = countryIndex();
  const m = new Map<string, string>();
  const add = (n: string | undefined, code: string) => { const k = n ? foldName(n.replace(/^the\s+/i, '')) : ''; if (k && !m.has(k)) m.set(k, code); };
  for (const [code, r] of idx.byCode) {
    add(r.name, code);
    for (const n of r.names ?? []) add(n, code);
    if ('official' in r) add(r.official, code);
  }
  for (const lang of ['vi', 'zh']) {
    if (!dataFileExists(`lang/${lang}/country-names.json`)) continue;
    const f = readDataJson<CountryNamesFile>(`lang/${lang}/country-names.json`);
    for (const [code, e] of [...Object.entries(f.countries), ...Object.entries(f.organisations ?? {})]) for (const n of e.names ?? []) add(n, code);
  }
  names = m;
  return m;
}

/** The code of a country or organisation given as alpha-3, alpha-2, organisation code or name; null when unknown. */
export function resolveCountry(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  const idx = countryIndex();
  const up = v.toUpperCase();
  if (/^[A-Za-z][A-Za-z0-9-]{1,11}$/.test(v)) {
    if (idx.byCode.has(up)) return up;
    if (up.length === 2) { const c = idx.iso3(up); if (c) return c; }
  }
  return countryNames().get(foldName(v)) ?? null;
}

/** Codes and names closest to an unknown value (at most three). */
export function suggestCountries(value: string): string[] {
  const v = foldName(value);
  if (!v) return [];
  const idx = countryIndex();
  const cands: [string, number][] = [];
  for (const code of idx.byCode.keys()) cands.push([code, distance(v, code.toLowerCase())]);
  for (const [n, code] of countryNames()) {
    const d = distance(v, n);
    if (d <= Math.max(1, Math.floor(n.length / 4))) cands.push([`${idx.name(code) ?? n} (${code})`, d]);
  }
  const limit = v.length <= 3 ? 1 : 2;
  return [...new Set(cands.filter(([, d]) => d <= limit).sort((a, b) => a[1] - b[1]).map(([s]) => s))].slice(0, 3);
}

let context: VocabularyContext | null = null;

/** The context the filters are validated in (cached). */
export function vocabularyContext(): VocabularyContext {
  context ??= { topics: topicList(), country: resolveCountry, suggestCountries };
  return context;
}
