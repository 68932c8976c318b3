/**
 * The knowledge the pipeline resolves against, loaded once per process:
 * countries and organisations, places, people, multilateral meetings, and the word lists.
 */
import { countryIndex, CountryIndex, type CountryNamesFile } from './countries.js';
import { loadGazetteer, resetGazetteer, type Gazetteer, type Place } from './gazetteer.js';
import { peopleRegistry, resetPeopleRegistry, type PeopleRegistry } from './people-registry.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { meetingsCalendar, resetMeetingsCalendar, type MeetingsCalendar } from './meetings-calendar.js';
import { festivalCalendar, type FestivalCalendar } from './festivals.js';
import { TokenTrie, withoutPossessive } from '../text/tokenizer.js';
import { foldName } from './names.js';
import { readDataJson, dataFileExists } from '../data-files.js';

export interface Knowledge {
  /** countries under their English names (the records every language shares) */
  countries: CountryIndex;
  /** countries under the names a language gives them (English: `countries`) */
  countriesIn(language: string): CountryIndex;
  /** the places a language names in its own words ("河内", "Hà Nội"), as the gazetteer's entries */
  placeNamesIn(language: string): TokenTrie<Place> | null;
  /** the lexicon of a language (English for one without a pack) */
  lexiconFor(language: string | null): Lexicon;
  gazetteer: Gazetteer;
  people: PeopleRegistry;
  lexicon: Lexicon;
  meetings: MeetingsCalendar;
  /** festivals whose day moves from year to year (the Lunar New Year) */
  festivals: FestivalCalendar;
  /** registry names as folded token sequences -> person ids */
  registryTrie: TokenTrie<string>;
  /** the registry's one-word names as written (lowercased): a word with diacritics matches one of these exactly, not by its folded form */
  registryWords: Set<string>;
}

let knowledge: Knowledge | null = null;

const foldCache = new Map<string, string>();
/**
 * A token's key in the registry: its folded text. A token of plain lowercase ASCII letters and digits,
 * or one Chinese character, is its own fold (most tokens): its `lower` is the key, with no lookup.
 */
const foldToken = (t: { text: string; lower: string }) => {
  if (isOwnFold(t.lower)) return t.lower;
  let f = foldCache.get(t.text);
  if (f === undefined) {
    f = foldName(withoutPossessive(t.text));
    if (foldCache.size < 200_000) foldCache.set(t.text, f);
  }
  return f;
};

/** `s` folds to itself: ASCII lowercase letters and digits only ("councillor" excepted), or one CJK ideograph. */
function isOwnFold(s: string): boolean {
  const n = s.length;
  if (n === 1) {
    const c = s.charCodeAt(0);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return n > 0 && !(n >= 10 && s.includes('councillor'));
}

/** Loads (once) and returns the knowledge base. */
export function loadKnowledge(): Knowledge {
  if (knowledge) return knowledge;
  const countries = countryIndex();
  const capitals: { code: string; names: string[] }[] = [];
  for (const r of countries.byCode.values()) {
    if ('iso3' in r && r.capital) capitals.push({ code: r.iso3, names: [r.capital, ...(r.capital_aliases ?? [])] });
  }
  const gazetteer = loadGazetteer(capitals);
  const people = peopleRegistry();
  const lexicon = loadLexicon();
  const byLanguage = new Map<string, CountryIndex>();
  const places = new Map<string, TokenTrie<Place> | null>();
  knowledge = {
    countries, gazetteer, people, lexicon, meetings: meetingsCalendar(), festivals: festivalCalendar(),
    registryTrie: buildRegistryTrie(people, lexicon, (w) => gazetteer.isMajor(w) || countries.isCountryWord(w)),
    registryWords: new Set([...people.allNames()].filter((n) => !/\s/.test(n.name.trim())).map((n) => n.name.trim().toLowerCase())),
    lexiconFor: (language) => loadLexicon(language ?? 'en'),
    countriesIn(language) {
      const lex = loadLexicon(language);
      if (lex.language === 'en') return countries;
      let idx = byLanguage.get(lex.language);
      if (!idx) {
        const rel = `lang/${lex.language}/country-names.json`;
        idx = dataFileExists(rel) ? CountryIndex.forLanguage(countries, readDataJson<CountryNamesFile>(rel), !lex.traits.capitalisedNames) : countries;
        byLanguage.set(lex.language, idx);
      }
      return idx;
    },
    placeNamesIn(language) {
      const lex = loadLexicon(language);
      if (lex.language === 'en') return null;
      if (!places.has(lex.language)) places.set(lex.language, placeNames(lex.language, gazetteer));
      return places.get(lex.language)!;
    },
  };
  return knowledge;
}

/** A language's own names of places (data/lang/<language>/place-names.json), resolved to the gazetteer's entries. */
function placeNames(language: string, gazetteer: Gazetteer): TokenTrie<Place> | null {
  const rel = `lang/${language}/place-names.json`;
  if (!dataFileExists(rel)) return null;
  const trie = new TokenTrie<Place>();
  for (const p of readDataJson<{ places: { names: string[]; en: string; country: string; admin1?: boolean; venue?: boolean; only_after?: string[]; only_before?: string[] }[] }>(rel).places) {
    const found = gazetteer.resolve(p.en, { country: p.country });
    let place: Place = found ?? { name: p.en, country: p.country, kind: p.admin1 ? 'admin1' : 'extra', population: 0, lat: null, lon: null, geonames_id: null };
    if (p.only_after || p.only_before) place = { ...place, context: { after: p.only_after ?? [], before: p.only_before ?? [] } };
    for (const n of p.names) trie.add(n, p.venue ? { ...place, venue: n } : place);
  }
  return trie;
}

/** Forget the cached knowledge (after `readout kb import`, and in tests). */
export function resetKnowledge(): void {
  knowledge = null;
  resetPeopleRegistry();
  resetGazetteer();
  resetMeetingsCalendar();
}

/** `isPlaceWord`: a word that names a major place or a country ("Tunis" is a city before it is a surname). */
function buildRegistryTrie(people: PeopleRegistry, lex: Lexicon, isPlaceWord: (w: string) => boolean): TokenTrie<string> {
  const trie = new TokenTrie<string>(foldToken);
  const all = [...people.allNames()];
  // "Abdullah II of Jordan", "Albert II of Monaco": a monarch's name with the realm, when the name alone is one of theirs,
  // is left to the name and the realm to the country after it (the text's name is "Abdullah II", not its realm)
  const own = new Set(all.map(({ name, id }) => `${id}\u0000${foldName(name)}`));
  const realmOf = (name: string, id: string) => {
    const m = /^(.+?) of (?:the )?\p{Lu}[\p{L}' -]*$/u.exec(name.trim());
    return !!m && own.has(`${id}\u0000${foldName(m[1])}`);
  };
  for (const { name, id } of all) {
    const words = name.trim().split(/\s+/);
    if (realmOf(name, id)) continue;
    if (words.length >= 2) { trie.add(name, id); continue; }
    // a name in characters ("王毅", "宋赛·西潘敦") is a full name however short
    if (/\p{Script=Han}/u.test(name)) {
      if (name.length >= 2) trie.add(name, id);
      // the Chinese press names a foreigner by the last part of the name ("布鲁诺·罗德里格斯" -> "外长罗德里格斯"): three
      // characters or more, so that no word of the language is read as a name
      const dot = Math.max(name.lastIndexOf('·'), name.lastIndexOf('•'), name.lastIndexOf('・'));
      const last = dot > 0 ? name.slice(dot + 1).trim() : '';
      if (last.length >= 3 && /^\p{Script=Han}+$/u.test(last) && !isPlaceWord(last)) trie.add(last, id);
      continue;
    }
    // one-word names only when distinctive: long, not a common word, not a short form two people share (one who goes by
    // one name only, "Naruhito", "Sugiono", has it as full name and short form: one person)
    const f = foldName(name);
    const holders = [...people.byShortName(name), ...people.byFullName(name)];
    const mononym = holders.every((p) => p.id === id && !/\s/.test(p.name.trim()));
    if (f.length >= 5 && !lex.stopwords.has(f) && !isPlaceWord(name) && (holders.length <= 1 || mononym)) trie.add(name, id);
  }
  return trie;
}
