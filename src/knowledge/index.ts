/**
 * The knowledge the pipeline resolves against, loaded once per process:
 * countries and organisations, places, people, multilateral meetings, and the word lists.
 */
import { countryIndex, type CountryIndex } from './countries.js';
import { loadGazetteer, resetGazetteer, type Gazetteer } from './gazetteer.js';
import { peopleRegistry, resetPeopleRegistry, type PeopleRegistry } from './people-registry.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { meetingsCalendar, resetMeetingsCalendar, type MeetingsCalendar } from './meetings-calendar.js';
import { TokenTrie, withoutPossessive } from '../text/tokenizer.js';
import { foldName } from './names.js';

export interface Knowledge {
  countries: CountryIndex;
  gazetteer: Gazetteer;
  people: PeopleRegistry;
  lexicon: Lexicon;
  meetings: MeetingsCalendar;
  /** registry names as folded token sequences -> person ids */
  registryTrie: TokenTrie<string>;
}

let knowledge: Knowledge | null = null;

const foldCache = new Map<string, string>();
const foldToken = (t: { text: string }) => {
  let f = foldCache.get(t.text);
  if (f === undefined) {
    f = foldName(withoutPossessive(t.text));
    if (foldCache.size < 200_000) foldCache.set(t.text, f);
  }
  return f;
};

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
  knowledge = { countries, gazetteer, people, lexicon, meetings: meetingsCalendar(), registryTrie: buildRegistryTrie(people, lexicon, (w) => gazetteer.isMajor(w) || countries.isCountryWord(w)) };
  return knowledge;
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
  for (const { name, id } of people.allNames()) {
    const words = name.trim().split(/\s+/);
    if (words.length >= 2) { trie.add(name, id); continue; }
    // one-word names only when distinctive: long, not a common word, not a short form two people share
    const f = foldName(name);
    if (f.length >= 5 && !lex.stopwords.has(f) && !isPlaceWord(name) && people.byShortName(name).length + people.byFullName(name).length <= 1) trie.add(name, id);
  }
  return trie;
}
