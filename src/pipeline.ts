/**
 * The extraction pipeline, in order: one list of stages, each saying what it reads and writes on the
 * working document (`src/doc.ts`). A stage gets a context (the knowledge, the language pack, the
 * reference date, a debug hook) and never reads the clock, a global or a data file on its own.
 * Order matters where noted. `test/pipeline-contract.test.ts` runs every stage on a guarded
 * document that fails on a read or write the stage did not declare.
 */
import { simplifiedKey } from './text/traditional.js';
import { foldName } from './knowledge/names.js';
import type { Doc, DraftEvent, OccasionMention, PlaceMention, SentenceAnalysis, TitleMention } from './doc.js';
import type { Knowledge } from './knowledge/index.js';
import type { Place } from './knowledge/gazetteer.js';
import { calendarWords, titleRole, type Lexicon } from './knowledge/lexicon.js';
import { stated } from './decision.js';
import { splitLines, splitSentences } from './page/segmenter.js';
import { isListingUrl } from './knowledge/listing-pages.js';
import { officialSiteOfLine, officialSiteOfUrl } from './knowledge/outlets.js';
import { classifyLines, classifySentences } from './page/noise-classifier.js';
import { detectHeadline } from './page/headline-detector.js';
import { tokenize, tokenizeRange, type Token } from './text/tokenizer.js';
import { titleCaseCapitals } from './text/char-class.js';
import { recognizeDateline } from './recognizers/dateline-recognizer.js';
import { recognizeCountries, splitCountryJoins } from './recognizers/country-recognizer.js';
import { recognizeTitles, recognizeTitlePhrases } from './recognizers/title-recognizer.js';
import { recognizeNames, recognizeNamesInPhrases, shortFormsOf, addShortNames, countriesOutsideNames, countriesEndingNames, honorificEndsOf, type NameKnowledge } from './recognizers/name-recognizer.js';
import { agencyNames, agencyCountry } from './knowledge/rule-book.js';
import { recognizePlaces, recognizePlaceNames, placeSpans } from './recognizers/place-recognizer.js';
import { recognizeDates } from './recognizers/date-recognizer.js';
import { recognizeTriggers } from './recognizers/trigger-recognizer.js';
import { recognizeOccasions } from './recognizers/occasion-recognizer.js';
import { refinePersons } from './refiners/person-refiner.js';
import { resolveEntities } from './refiners/coreference-refiner.js';
import { assembleEvents, attachAttendees } from './refiners/event-assembler.js';
import { mergeEvents } from './refiners/event-merger.js';
import { statedDate, refineDates } from './refiners/date-refiner.js';
import { refineLocations } from './refiners/location-refiner.js';
import { refineOccasions, attachContinuations } from './refiners/occasion-refiner.js';
import { refineInitiators } from './refiners/initiator-refiner.js';
import { refineReferenced, refineBackground } from './refiners/referenced-refiner.js';
import { contextSentences, refineTopics } from './refiners/topic-refiner.js';
import { refineSideCountries, type HomeNameForm } from './refiners/side-country-refiner.js';
import { refineStatements } from './refiners/statement-refiner.js';
import { LATIN_DIACRITIC } from './text/patterns.js';

/** What every stage gets besides the document. */
export interface StageContext {
  readonly kb: Knowledge;
  /** the lexicon of the document's language (its rule books, triggers, titles, cues) */
  readonly lex: Lexicon;
  /**
   * The day relative dates resolve against when the text shows no publication date of its own
   * (`ExtractOptions.reference`); null when the caller gives none. Never the clock.
   */
  readonly reference: string | null;
  /** Lazy debug output: the message is built only when debugging is on. */
  readonly debug: (message: () => string) => void;
}

export type DocField = keyof Doc;

export interface Stage {
  readonly name: string;
  /** fields of the working document the stage reads */
  readonly reads: readonly DocField[];
  /** fields it writes or changes in place (a written field may also be read) */
  readonly writes: readonly DocField[];
  readonly run: (doc: Doc, ctx: StageContext) => void;
}

const nameKnowledgeOf = new WeakMap<Lexicon, NameKnowledge>();
/** What the name recogniser asks of the knowledge base, for a language. */
function nameKnowledge(kb: Knowledge, lex: Lexicon): NameKnowledge {
  let k = nameKnowledgeOf.get(lex);
  if (!k) {
    const agencies = new Set(agencyNames().map((a) => a.toLowerCase()));
    const calendar = calendarWords(lex);
    k = {
      lex, registryTrie: kb.registryTrie, isPlace: (t) => kb.gazetteer.has(t) || kb.gazetteer.isVenue(t), isCountryWord: (w) => kb.countries.isCountryWord(w),
      isAgency: (t) => agencies.has(t.toLowerCase()), isCalendarWord: (w) => calendar.has(w),
      oneCharNames: oneCharNamesOf(kb),
    };
    nameKnowledgeOf.set(lex, k);
  }
  return k;
}

let oneChar: { kb: Knowledge; names: Map<string, string[]> } | null = null;
/** The registry's names of one Han character (敦, 劳), once per knowledge base. */
function oneCharNamesOf(kb: Knowledge): Map<string, string[]> {
  if (oneChar?.kb === kb) return oneChar.names;
  const names = new Map<string, string[]>();
  for (const { name, id } of kb.people.allNames()) {
    const w = name.trim();
    // keyed as a token's lookup key (劳 for 勞 too)
    if (w.length === 1 && /\p{Script=Han}/u.test(w)) { const k = simplifiedKey(w); names.set(k, [...(names.get(k) ?? []), id]); }
  }
  oneChar = { kb, names };
  return names;
}

const countryCodeMemo = new WeakMap<Lexicon, Map<string, string | null>>();
/** The country a word or phrase names in full ("Kenya", "Viet Nam", "Ghanaian"), for the parts of a pair ("Kenya-Ghana"). */
function countryCodeOf(kb: Knowledge, lex: Lexicon): (text: string) => string | null {
  let memo = countryCodeMemo.get(lex);
  if (!memo) countryCodeMemo.set(lex, memo = new Map());
  const index = kb.countriesIn(lex.language);
  return (text) => {
    let code = memo!.get(text);
    if (code === undefined) {
      const tokens = tokenizeRange(text, 0, text.length);
      const hit = tokens.length ? index.trie.longest(tokens, 0) : null;
      code = hit && hit[0] === tokens.length ? hit[1].find((h) => h.form === 'name' || h.form === 'adjective')?.code ?? null : null;
      if (code && index.isOrganisation(code)) code = null;
      if (memo!.size > 10_000) memo!.clear();
      memo!.set(text, code);
    }
    return code;
  };
}

/**
 * The country, and the first-level division if it is one, that a dateline's region names: a country ("KUNMING, China"),
 * a division ("Alberta"), or a division by its press abbreviation ("Calif.": places/region-abbreviations); null for
 * anything else ("Friday").
 */
function regionNamed(text: string, kb: Knowledge, lex: Lexicon): { country: string; division: Place | null } | null {
  const country = countryCodeOf(kb, lex)(text);
  if (country) return { country, division: null };
  const name = lex.book('places').optionalMap('places/region-abbreviations').get(text) ?? text;
  const division = kb.gazetteer.resolve(name, {});
  return division && division.kind === 'admin1' ? { country: division.country, division } : null;
}

/** A dateline's town the gazetteer does not know, in the country its region names: as written, in title case, no coordinates. */
function townOfRegion(text: string, country: string): Place | null {
  if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}$/u.test(text)) return null;
  return { name: titleCaseCapitals(text), country, kind: 'extra', population: 0, lat: null, lon: null, geonames_id: null };
}

/** A dateline's place written in the language's own words ("北京", "Hà Nội"). */
function placeNamed(text: string, kb: Knowledge, lex: Lexicon) {
  const names = kb.placeNamesIn(lex.language);
  if (!names) return null;
  const tokens = tokenizeRange(text, 0, text.length);
  const hit = names.longest(tokens, 0);
  return hit && hit[0] === tokens.length ? hit[1][0] : null;
}

/**
 * A dateline that names a state whose capital bears its name ("KUWAIT, Sept 2 (KUNA)", "SINGAPORE, May 3",
 * "PANAMA, June 4"): the capital.
 */
function capitalOfNamesake(text: string, kb: Knowledge) {
  const tokens = tokenizeRange(text, 0, text.length);
  const hit = kb.countries.trie.longest(tokens, 0);
  if (!hit || hit[0] !== tokens.length) return null;
  const code = hit[1].find((h) => h.form === 'name')?.code;
  const capital = code ? kb.countries.capitalOf(code) : null;
  return code && capital ? kb.gazetteer.capitalNamed(code, text) ?? kb.gazetteer.resolve(capital, { country: code }) : null;
}

/** `capitalOfNamesake` when the capital's own name opens with the state's ("Mexico City", "Panamá", "Kuwait City"), else null. */
function namesakeCapital(text: string, kb: Knowledge) {
  const capital = capitalOfNamesake(text, kb);
  return capital?.name && foldName(capital.name).startsWith(foldName(text)) ? capital : null;
}

/** Captions are read for names (they often give the full name the body leaves out), never for events. */
const namesOnly = (noise: string | null) => noise === 'noise/caption';

/** Lines, page furniture, sentences and the headline. */
const segment: Stage = {
  name: 'segment',
  reads: ['text', 'title', 'options'],
  writes: ['lines', 'sentences', 'title', 'address'],
  run(doc, { lex }) {
    doc.lines = classifyLines(splitLines(doc.text), lex.language);
    // a line at the head or foot that is only the page's address ("english.news.cn/20260917/.../c.html"): furniture,
    // and the address when the caller gave none
    const n = doc.lines.length;
    let address = doc.address;
    for (const l of doc.lines) {
      if (l.index >= ADDRESS_LINES && l.index < n - ADDRESS_LINES) continue;
      const t = l.text.trim();
      if (t.length > 300 || !ADDRESS_LINE.test(t)) continue;
      l.noise ??= 'noise/address-line';
      address ??= /^https?:/i.test(t) ? t : `https://${t}`;
    }
    doc.address = address;
    const headline = detectHeadline(doc.lines, lex);
    doc.sentences = classifySentences(splitSentences(doc.text, doc.lines, lex.language), lex.language);
    if (headline) {
      doc.title ??= headline.text;
      for (const s of doc.sentences) if (s.line === headline.index) s.role = 'headline';
    }
    // a tag, topic or search page lists other stories by their teasers: it reports no encounter itself
    if (isListingUrl(doc.options.url)) {
      for (const s of doc.sentences) s.noise ??= 'noise/listing-page';
    }
  },
};


/** How many lines from the head or the foot a line that is only the page's address may stand, and its form. */
const ADDRESS_LINES = 3;
const ADDRESS_LINE = /^(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}\/\S*$/i;

/** The publication date and dateline the text shows (metadata given by the caller wins). */
const dateline: Stage = {
  name: 'dateline',
  reads: ['lines', 'sentences', 'published', 'address'],
  writes: ['published', 'dateline', 'lines', 'sentences'],
  run(doc, { kb, lex }) {
    const d = recognizeDateline(doc.lines, lex.language, doc.address, (name) => kb.gazetteer.isMajor(name), (name) => kb.gazetteer.resolve(name)?.country ?? null,
      doc.sentences.find((s) => s.role === 'headline')?.line ?? null);
    if (!doc.published && d.published) doc.published = d.published;
    // a line that is only a date and a byline ("August 22, 2021 | by Chris Future") is furniture
    if (d.publishedLineIsFurniture && d.publishedLine != null) {
      doc.lines[d.publishedLine].noise ??= 'noise/byline';
      for (const s of doc.sentences) if (s.line === d.publishedLine) s.noise ??= 'noise/byline';
    }
    if (d.place || d.date) {
      let placeText = d.place;
      // "KANANASKIS, Alberta, June 16 (Reuters)": the town of that name in the region, or, one the gazetteer lacks, a
      // town of the region's country (location/dateline-region)
      const region = d.place && d.region ? regionNamed(d.region, kb, lex) : null;
      let place = region ? kb.gazetteer.resolve(d.place!, { country: region.country, within: region.division }) ?? townOfRegion(d.place!, region.country) : null;
      // (a state's name whose capital bears it, "MEXICO, May 5 (EFE)": the capital, before any smaller town of that name
      // elsewhere, a Mexico in the Philippines)
      place ??= d.place ? namesakeCapital(d.place, kb) ?? kb.gazetteer.resolve(d.place, {}) ?? placeNamed(d.place, kb, lex) ?? capitalOfNamesake(d.place, kb) : null;
      // a reporter's name before the place, in a script without spaces (中央社記者溫小香台北20日電): the longest end of
      // the words that names a place
      if (!place && placeText && !lex.traits.spaces) {
        for (let k = 1; k + 2 <= placeText.length && !place; k++) {
          const tail = placeText.slice(k);
          place = placeNamed(tail, kb, lex);
          if (place) placeText = tail;
        }
      }
      const sentence = doc.sentences.find((s) => s.line === d.line)?.index ?? 0;
      doc.dateline = { place, placeText, date: d.date, sentence, end: d.end };
    }
  },
};

const homeNameForms = new WeakMap<Lexicon, HomeNameForm | null>();
/** The language's own way of writing names and the states such names are of (persons/home-name-form), read once; null without it. */
function homeNameForm(lex: Lexicon): HomeNameForm | null {
  if (homeNameForms.has(lex)) return homeNameForms.get(lex)!;
  const book = lex.book('persons');
  const pattern = book.optionalPattern('persons/home-name-form');
  const form = pattern ? { pattern, states: book.fieldWords('persons/home-name-form', 'states') } : null;
  homeNameForms.set(lex, form);
  return form;
}

/** The two states a title's words join with a hyphen ("of the Germany-Vietnam Friendship Group": DEU, VNM), or null. */
function joinedPair(title: string, kb: Knowledge, lex: Lexicon): [string, string] | null {
  if (!/\p{L}[-\u2010\u2013]\p{L}/u.test(title)) return null;
  const index = kb.countriesIn(lex.language);
  const tokens = splitCountryJoins(tokenize(title), index);
  const found = recognizeCountries(tokens, index, lex.traits.capitalisedNames);
  for (let k = 0; k + 1 < found.length; k++) {
    const a = found[k], b = found[k + 1];
    if (b.start === a.end + 1 && /^[-\u2010\u2013]$/.test(tokens[a.end].text)) return [a.code, b.code];
  }
  return null;
}

/** The dates that are no words of a person's name ("Minister Sunday Dare", "counterpart, Monday Asante Boateng", "Theresa May"). */
function outsideNames<T extends { charStart: number; charEnd: number }>(dates: T[], names: { start: number; end: number }[], tokens: Token[]): T[] {
  if (!dates.length || !names.length) return dates;
  return dates.filter((d) => !names.some((m) => tokens[m.start].start <= d.charStart && d.charEnd <= tokens[m.end - 1].end));
}

/** The tokens of a sentence's names, as a mask. */
function nameTokens(names: { start: number; end: number }[], n: number): Uint8Array {
  const mask = new Uint8Array(n);
  for (const m of names) for (let i = m.start; i < m.end && i < n; i++) mask[i] = 1;
  return mask;
}

/** Every recogniser on every sentence that is not page furniture. Countries before titles before names. */
const recognize: Stage = {
  name: 'recognize',
  reads: ['text', 'sentences', 'dateline'],
  writes: ['analyses'],
  run(doc, { kb, lex }) {
    const textCountries = new Set<string>();
    const countryIndex = kb.countriesIn(lex.language);
    const phrases = lex.traits.titles === 'phrases';
    const stops = phrases ? lex.book('persons').words('persons/name-stops') : new Set<string>();
    const surnames = phrases ? lex.book('persons').words('persons/surnames') : new Set<string>();
    const ownPlaces = phrases ? kb.placeNamesIn(lex.language) : null;
    doc.analyses = doc.sentences.map((sentence) => {
      const empty = { sentence, tokens: [], countries: [], titles: [], names: [], places: [], dates: [], triggers: [], occasions: [], persons: [] };
      if (sentence.noise && !namesOnly(sentence.noise)) return empty;
      // (Vietnamese: a hyphen joining two countries' names, "Nhật Bản-Việt Nam", is a token between them)
      const tokens = phrases && lex.traits.spaces ? splitCountryJoins(tokenizeRange(doc.text, sentence.start, sentence.end), countryIndex)
        : tokenizeRange(doc.text, sentence.start, sentence.end);
      let countries = recognizeCountries(tokens, countryIndex, lex.traits.capitalisedNames);
      // the registry's match at each token, looked up once for the title and the name recognisers
      const registryMemo: ([number, string[]] | null | undefined)[] = new Array(tokens.length);
      let registryKeys: string[] | null = null;
      const registryAt = (i: number) => {
        let hit = registryMemo[i];
        if (hit === undefined) {
          hit = kb.registryTrie.longestByKeys(registryKeys ??= kb.registryTrie.keysOf(tokens), i);
          // one word with diacritics ("Thương" of "Thương mại") is a name only as the registry writes it, not by its folded form ("Thuong")
          if (hit && hit[0] === 1 && LATIN_DIACRITIC.test(tokens[i].text) && !kb.registryWords.has(tokens[i].lower)) hit = null;
          registryMemo[i] = hit;
        }
        return hit;
      };
      const isName = (i: number) => (registryAt(i)?.[0] ?? 0) >= 2;
      // the places of the language's own names, as spans: a title may hold one (Bí thư Tỉnh ủy Quảng Ninh X), and a
      // name holds none
      const ownSpans = ownPlaces && placeSpans(tokens, ownPlaces, lex);
      // a country's name inside a longer place's name (Lào of the province Lào Cai) is the place's (in Vietnamese: the
      // Chinese list names bodies by their seat, 越南外交部 as Hanoi, whose country stays the title's)
      if (ownSpans && lex.traits.spaces && ownSpans.spans.length && countries.length) {
        const kept = countries.filter((c) => !ownSpans.spans.some(([a, b]) => a <= c.start && c.end <= b && b - a > c.end - c.start));
        if (kept.length < countries.length) countries = kept;
      }
      // in Chinese, one inside a place's name after its first characters (蒙古 of 内蒙古, Inner Mongolia; 爱尔兰 of 北爱尔兰)
      if (ownSpans && !lex.traits.spaces && ownSpans.spans.length && countries.length) {
        const kept = countries.filter((c) => !ownSpans.spans.some(([a, b]) => a < c.start && c.end <= b));
        if (kept.length < countries.length) countries = kept;
      }
      // a foreign region a local leader's title names after its region noun (Thống đốc bang California X): its country,
      // when the gazetteer's first-level divisions of that name (else its capitals and cities of 100,000 people or
      // more) lie in one; a name spelt as the place is (Văn is no Van)
      const regionCountry = (name: string): string | null => {
        if (!kb.gazetteer.writtenAs(name)) return null;
        const found = kb.gazetteer.lookup(name).filter((p) => p.kind !== 'city' || p.population >= 100_000);
        for (const among of [found.filter((p) => p.kind === 'admin1'), found]) {
          const codes = new Set(among.map((p) => p.country));
          if (codes.size) return codes.size === 1 ? among[0].country : null;
        }
        return null;
      };
      let placeEnd: ((i: number) => number) | null = null;
      let placeCountryAt: ((i: number) => string | null) | null = null;
      if (ownSpans && lex.traits.spaces && ownSpans.spans.length) {
        const ends = new Map(ownSpans.spans.map(([a, b]) => [a, b] as [number, number]));
        placeEnd = (i: number) => ends.get(i) ?? -1;
        const codes = new Map(ownSpans.spans.map(([a], k) => [a, ownSpans.countries?.[k] ?? null] as [number, string | null]));
        placeCountryAt = (i: number) => codes.get(i) ?? null;
      }
      let titles = phrases ? recognizeTitlePhrases(tokens, countries, lex, isName, placeEnd, regionCountry, placeCountryAt) : recognizeTitles(tokens, countries, lex, kb.gazetteer, isName);
      // a name the registry knows that opens with a country's name (Israel Katz, 巴西勒 of 黎巴嫩外长巴西勒) is the name
      if (phrases && countries.length) {
        const kept = countriesOutsideNames(tokens, countries, titles, registryAt, lex.traits.spaces, lex.book('persons').optionalWords('persons/transliteration-characters'));
        if (kept.length < countries.length) { countries = kept; titles = recognizeTitlePhrases(tokens, countries, lex, isName, placeEnd, regionCountry, placeCountryAt); }
      }
      // a one-word country that ends a name after a title is the name's last word (Thứ trưởng Nguyễn Minh Anh)
      if (phrases && lex.traits.spaces && lex.traits.capitalisedNames && countries.length) {
        const kept = countriesEndingNames(tokens, countries, titles, honorificEndsOf(tokens, lex));
        if (kept.length < countries.length) { countries = kept; titles = recognizeTitlePhrases(tokens, countries, lex, isName, placeEnd, regionCountry, placeCountryAt); }
      }
      const names = phrases ? recognizeNamesInPhrases(tokens, titles, countries, nameKnowledge(kb, lex), registryAt, stops, surnames, ownSpans) : recognizeNames(tokens, titles, countries, nameKnowledge(kb, lex), registryAt);
      if (sentence.noise) return { ...empty, tokens, countries, titles, names };
      for (const c of countries) textCountries.add(c.code);
      // the state of a person the registry knows is a country of the story ("President El-Sisi ... in Sharm El-Sheikh")
      for (const m of names) if (m.personId) { const c = kb.people.people.get(m.personId)?.country; if (c) textCountries.add(c); }
      // a sentence in traditional characters is matched by the rule books in simplified ones, character for character
      // (會見 read as 会见, offsets the same): a pattern need not list both forms
      const folded = lex.language === 'zh' ? simplifiedKey(sentence.text) : sentence.text;
      const read = folded.length === sentence.text.length ? folded : sentence.text;
      const occasions = recognizeOccasions(read, sentence.start, tokens, lex);
      return {
        sentence, tokens, countries, titles: occasions.length ? titlesAfterOccasions(titles, occasions, tokens, sentence.text, sentence.start) : titles, names,
        places: [] as ReturnType<typeof recognizePlaces>,
        dates: outsideNames(recognizeDates(read, sentence.start, lex.language), names, tokens),
        triggers: recognizeTriggers(read, sentence.start, tokens, lex, names.length ? nameTokens(names, tokens.length) : null),
        occasions,
        persons: [],
      };
    });
    // the credits of a story's dateline ("MOSCOW (Outlet News / Agency - 9 June, 2023)") name no person
    if (doc.dateline && doc.dateline.end > 0) {
      const a = doc.analyses[doc.dateline.sentence];
      const end = a ? a.sentence.start + doc.dateline.end : 0;
      if (a) a.names = a.names.filter((n) => a.tokens[n.start].start >= end);
    }
    // places last: the countries of the whole text disambiguate them ("Nanning" -> CHN), and the dateline's
    if (doc.dateline?.place?.country) textCountries.add(doc.dateline.place.country);
    const names = kb.placeNamesIn(lex.language);
    for (const a of doc.analyses) {
      if (a.sentence.noise) continue;
      a.places = lex.traits.capitalisedNames ? recognizePlaces(a.tokens, a.countries, kb.gazetteer, countryIndex, lex, textCountries) : [];
      // places the language names in its own words ("河内", "Vân Nam")
      if (names) {
        // where both read the same words, the language's own name wins: its list says which place the language means
        // ("Bắc Kinh" is the capital, not the municipality of the gazetteer's divisions)
        const own = recognizePlaceNames(a.tokens, a.countries, names, lex);
        const covers = (p: PlaceMention, q: PlaceMention) => p.charStart <= q.charStart && q.charEnd <= p.charEnd;
        const overlap = (p: PlaceMention, q: PlaceMention) => p.charStart < q.charEnd && q.charStart < p.charEnd;
        // (a preposition the other reading found before the same words stays: "tại Trụ sở Bộ Công an, Hà Nội")
        const mine = own.filter((p) => a.places.every((q) => !overlap(p, q) || covers(p, q))).map((p) => {
          const q = p.prep ? undefined : a.places.find((x) => x.prep && x.charStart === p.charStart && x.charEnd === p.charEnd);
          return q ? { ...p, prep: q.prep, ...(q.prepAt != null ? { prepAt: q.prepAt } : {}) } : p;
        });
        if (mine.length) a.places = [...a.places.filter((q) => !mine.some((p) => overlap(p, q))), ...mine].sort((x, y) => x.charStart - y.charStart);
      }
      // a place a title holds (Bí thư Tỉnh ủy Quảng Ninh, Tổng Lãnh sự Lào tại Đà Nẵng) is the office's, not where
      // the encounter is
      if (phrases && lex.traits.spaces && a.places.length && a.titles.length) {
        titleCountryFromPlace(a);
        a.places = a.places.filter((p) => !a.titles.some((t) => t.end - t.start > 1 && a.tokens[t.start].start <= p.charStart && p.charEnd <= a.tokens[t.end - 1].end));
      }
      // in Chinese, characters of a title and a name run together and may read as a place across them (老挝外长沙伦赛:
      // 长沙, Changsha): no place shares a character with a person's name
      if (!lex.traits.spaces && a.places.length && a.names.length) {
        a.places = a.places.filter((p) => !a.names.some((m) => p.start < m.end && m.start < p.end));
      }
    }
  },
};

/** Short forms of the names found ("Son", "Minh", "Wang"), then person mentions. */
const persons: Stage = {
  name: 'persons',
  reads: ['analyses', 'dateline'],
  writes: ['analyses'],
  run(doc, { kb, lex }) {
    const shortForms = shortFormsOf(doc.analyses, kb.people, lex);
    for (const a of doc.analyses) {
      if (a.sentence.noise && !namesOnly(a.sentence.noise)) continue;
      a.names = addShortNames(a.tokens, a.names, a.titles, a.countries, shortForms, lex);
      // (a name of the text that opens with a country's characters, written again alone: 马里斯, not Mali)
      if (!lex.traits.spaces && a.countries.length) {
        const kept = a.countries.filter((c) => !a.names.some((m) => m.source === 'short' && m.start === c.start && m.end > c.end));
        if (kept.length < a.countries.length) a.countries = kept;
      }
      a.persons = refinePersons(a, lex, doc.dateline && doc.dateline.sentence === a.sentence.index && doc.dateline.end > 0 ? a.sentence.start + doc.dateline.end : -1);
    }
  },
};

/** One entity per person: full names, short forms, "his Chinese counterpart", pronouns. */
const coreference: Stage = {
  name: 'coreference',
  reads: ['analyses', 'sentences', 'published', 'text'],
  writes: ['entities', 'analyses'],
  run(doc, { kb, lex, reference }) {
    doc.entities = resolveEntities(doc, kb.people, doc.published?.value ?? reference, (c) => kb.countries.isOrganisation(c), lex);
  },
};

/**
 * Whether an encounter's own date puts it before the story: a year before the publication's, or a month of an earlier
 * year-month with no day ("2023年4月", "tháng 6/2025"), as background recalls are dated.
 */
function backgroundDated(d: DraftEvent, doc: Doc): boolean {
  const v = statedDate(d, doc);
  const pub = doc.published?.value;
  if (!v?.year || !pub) return false;
  const [y, m] = [Number(pub.slice(0, 4)), Number(pub.slice(5, 7))];
  return v.year < y || (v.day == null && v.month != null && v.year === y && v.month < m - 1);
}

/** Events ordered by the first sentence of the body that tells each (a headline's sentence counts only for an event
 * the body does not tell); a stable order, so events told first in the same sentence keep theirs. */
export function inBodyOrder<T extends { sentences: number[] }>(events: T[], doc: Pick<Doc, 'sentences'>): T[] {
  const at = (e: T) => e.sentences.find((i) => doc.sentences[i]?.role !== 'headline') ?? e.sentences[0] ?? Infinity;
  return events.map((e, i) => [e, at(e), i] as const).sort((x, y) => x[1] - y[1] || x[2] - y[2]).map(([e]) => e);
}

/** Drafts per trigger, then one event per encounter. */
const events: Stage = {
  name: 'events',
  reads: ['analyses', 'sentences', 'entities', 'language', 'published', 'dateline'],
  // (entities: the other side of a bilateral body, a party the text names only by its state; published: a day told
  // relative to the page's, "今天", is compared as its calendar day when drafts of one encounter are merged; dateline: the
  // report's month, when the page has no date, against which a recall dated another month is not the reported encounter)
  writes: ['events', 'entities'],
  run(doc, { kb, lex }) {
    const drafts = assembleEvents(doc, lex, countryCodeOf(kb, lex));
    const eventBook = lex.book('events');
    doc.events = mergeEvents(drafts, (d) => statedDate(d, doc), doc, eventBook.optionalPattern('events/parallel'), eventBook.optionalPattern('events/beside-told-gathering'), eventBook);
    // the encounters in the order the body tells them: a headline names first the one it weighs most, not the one that
    // came first ("FM meets Vietnamese PM, agrees with counterpart on ..." over a body that tells the talks, then "later
    // paid a courtesy call on the Prime Minister": the call goes on from the talks, its day and place; h-en74 probe)
    doc.events = inBodyOrder(doc.events, doc);
    const oneSide = (id: string) => eventBook.has(id) && eventBook.rule(id).one_side === true;
    attachAttendees(doc.events, doc, eventBook.pattern('events/attendance'), eventBook.optionalPattern('events/sat-in'), eventBook.optionalPattern('events/earlier-same-trip'),
      lex.book('persons').optionalWords('persons/side'), { attendance: oneSide('events/attendance'), satIn: oneSide('events/sat-in') }, (d) => backgroundDated(d, doc),
      lex.book('persons').optionalWords('persons/side-before'), eventBook.optionalPattern('events/company-words'), eventBook.optionalWords('events/rite-nouns'), eventBook.optionalPattern('events/attended-relative'),
      eventBook.optionalPattern('events/in-presence'));
    attachContinuations(doc.events, doc, eventBook.pattern('events/continuation'), eventBook.optionalPattern('events/continuation-gathering'));
    // referenced before dates: "on the same day" follows the last reported event
    refineReferenced(doc.events);
  },
};

/** Dates, background events, places, occasions and the calendar. */
const fields: Stage = {
  name: 'fields',
  reads: ['events', 'analyses', 'sentences', 'lines', 'published', 'dateline', 'language', 'address'],
  writes: ['events'],
  run(doc, { kb, lex, reference }) {
    // words that put an encounter beside another ("also", "on the same day"): optional, as the events stage reads them
    const parallel = lex.book('events').optionalPattern('events/parallel');
    refineDates(doc.events, doc, reference, lex.language, parallel, lex.book('events').optionalPattern('events/same-occasion'), kb.festivals);
    const events = lex.book('events');
    refineBackground(doc.events, (i) => doc.sentences[i].text, {
      parallel,
      sameTrip: events.optionalPattern('events/earlier-same-trip'),
      inTrip: events.optionalPattern('events/earlier-in-trip'),
      earlierBare: events.optionalPattern('events/earlier-bare'),
      answer: events.optionalPattern('events/briefing-answer'),
      pageYear: doc.published ? Number(doc.published.value.slice(0, 4)) || null : null,
      pageMonth: doc.published && /^\d{4}-\d{2}/.test(doc.published.value) ? doc.published.value.slice(0, 7) : null,
    });
    refineLocations(doc.events, doc, lex, kb.gazetteer, kb.countries);
    // the home state of the story's press: the language's, or the one a credit of its dispatch line gives (中央社: Taiwan)
    const home = homeState(doc, lex);
    refineSideCountries(doc.events, doc, (c) => kb.countries.isOrganisation(c), home?.country ?? null, home?.official ? home.why : undefined, (title) => joinedPair(title, kb, lex),
      lex.book('persons').optionalWords('persons/local-office-words'), home?.official ? undefined : home?.why,
      lex.book('persons').optionalWords('persons/coordinated-title-joiners'), homeNameForm(lex));
    // occasions after locations and dates: the calendar fills only what the text leaves open
    refineOccasions(doc.events, doc, kb.meetings, kb.gazetteer, lex, reference);
  },
};

/** How many of the page's first lines a site's name over the headline may stand in (pack.json home_country_credits, region head). */
const CREDIT_HEAD_LINES = 4;
/** A quote or an attribution right before a credit makes it another paper's words (据台湾《联合报》报道), not the page's own. */
const QUOTED_CREDIT = new Set(['《', '「', '“', '"', '据', '據', '〈']);

/**
 * The home state of the story's press: the one a credit gives (the dispatch line's 中央社; a Taiwan paper's name over
 * the headline, region `head`), else the language's.
 */
function homeState(doc: Doc, lex: Lexicon): { country: string; why?: string; official?: boolean } | null {
  const credits = lex.traits.homeCredits ?? [];
  if (credits.length) {
    const dispatch = doc.dateline ? doc.sentences[doc.dateline.sentence]?.text.slice(0, doc.dateline.end) ?? '' : '';
    let head: string | null = null;
    const own = (text: string, w: string) => {
      for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) if (i === 0 || !QUOTED_CREDIT.has(text[i - 1])) return true;
      return false;
    };
    for (const c of credits) {
      const words = c.credits ?? (c.credit ? [c.credit] : []);
      if (c.region === 'head') head ??= doc.lines.slice(0, CREDIT_HEAD_LINES).map((l) => l.text).join('\n');
      if (words.some((w) => own(dispatch, w) || (c.region === 'head' && own(head!, w)))) return { country: c.country };
    }
  }
  if (lex.traits.homeCountry) return { country: lex.traits.homeCountry };
  // a language that names no state's officials without their country (English): the official site the page is on, by
  // its address or its own name over the page (a foreign ministry's release: "Deputy Minister X received the Ambassador
  // of Chile"), names its own state's that way
  const byUrl = officialSiteOfUrl(doc.address);
  if (byUrl) return { country: byUrl, why: `the page is on an official site of ${byUrl}`, official: true };
  for (const l of doc.lines.slice(0, CREDIT_HEAD_LINES)) {
    if (l.text.length > OFFICIAL_SITE_LINE) continue;
    const c = officialSiteOfLine(l.text);
    if (c) return { country: c, why: `the page is an official site of ${c} ("${l.text.trim()}")`, official: true };
  }
  return agencyHome(doc, lex);
}
/** The longest credit in brackets a dispatch line may give ("(ANTARA)", "(Xinhua)", "(VNA)"). */
const AGENCY_CREDIT = /\(([^()]{2,30})\)/u;
/**
 * A state news agency's dispatch ("Hanoi (ANTARA) - Speaker of the House of Representatives X met ..."): the agency
 * names its own state's officials without their country, wherever it files from. Only when the text names that state
 * at least once (a story of the agency's state, not a wire story about two others filed from abroad).
 */
function agencyHome(doc: Doc, lex: Lexicon): { country: string; why: string } | null {
  const dispatch = doc.dateline ? doc.sentences[doc.dateline.sentence]?.text.slice(0, doc.dateline.end + 2) ?? '' : '';
  const m = AGENCY_CREDIT.exec(dispatch);
  let credit = m ? m[1] : null;
  let c = credit ? agencyCountry(credit) : undefined;
  // (or the story's sign-off at its end, "… attended both events. — VNS": dateline/signoff-credit; h-zv42 probe)
  const books = lex.book('datelines');
  const signoff = !c && books.has('dateline/signoff-credit') ? books.pattern('dateline/signoff-credit') : null;
  if (signoff) {
    for (let i = doc.lines.length - 1; i >= 0 && !c; i--) {
      const s = signoff.exec(doc.lines[i].text.trimEnd());
      if (s?.groups?.agency) { credit = s.groups.agency; c = agencyCountry(credit); }
    }
  }
  if (!c) return null;
  const named = doc.analyses.some((a) => !a.sentence.noise && a.countries.some((x) => x.code === c && (x.form === 'name' || x.form === 'adjective')));
  return named ? { country: c, why: `the story is credited to ${credit}, a news agency of ${c}, which names its own state's officials without their country` } : null;
}
/** The longest line that may be an official site's name with its breadcrumb. */
const OFFICIAL_SITE_LINE = 120;

/** What each event is about: its sentences, who asked for it, topics, statements. */
const content: Stage = {
  name: 'content',
  reads: ['events', 'analyses', 'sentences', 'view'],
  writes: ['events'],
  run(doc, { kb, lex }) {
    contextSentences(doc.events, doc);
    // initiators after context: "the meeting was requested by X" may come sentences later
    refineInitiators(doc.events, doc, lex);
    refineTopics(doc.events, doc, lex);
    refineStatements(doc.events, doc, lex);
  },
};

/** The whole extraction, in order. */
export const PIPELINE: readonly Stage[] = [segment, dateline, recognize, persons, coreference, events, fields, content];

export type StageName = (typeof PIPELINE)[number]['name'];

/** Marks a value as read off the text at a span (re-exported for stages that build decisions). */
export { stated };

/**
 * A local leader's city or province that closes a title with no country of its own (Thị trưởng Seoul X, Đô trưởng
 * Vientiane Y, Bí thư Thành ủy Hà Nội Z) is in the leader's state; a post after a preposition (Tổng Lãnh sự tại Đà
 * Nẵng) says where a foreign envoy serves, not whose.
 */
function titleCountryFromPlace(a: SentenceAnalysis): void {
  for (const t of a.titles) {
    if (t.country || t.end - t.start < 2) continue;
    const last = a.tokens[t.end - 1].end;
    const p = a.places.find((q) => !q.prep && q.charEnd === last && q.charStart > a.tokens[t.start].start && q.place.country);
    if (p) { t.country = p.place.country; t.countryTokens = [p.start, p.end]; }
  }
}

/**
 * A title that opens inside the name of a gathering and runs on past it ("On the margins of the meeting of NATO Ministers
 * of Foreign Affairs, Deputy Prime Minister and Minister of Foreign Affairs X met ..."): the gathering's words are no
 * person's office, nor its organisation the person's state; the title is what follows the gathering's name and its comma
 * (h-en63 probe: Poland's foreign minister was made NATO's).
 */
function titlesAfterOccasions(titles: TitleMention[], occasions: readonly OccasionMention[], tokens: readonly Token[], text: string, offset: number): TitleMention[] {
  return titles.flatMap((t) => {
    const o = occasions.find((x) => x.tokStart <= t.start && t.start < x.tokEnd && x.tokEnd < t.end);
    if (!o) return [t];
    let k = o.tokEnd;
    while (k < t.end && !tokens[k].word) k++;
    if (k >= t.end) return [];
    const own = text.slice(tokens[k].start - offset, tokens[t.end - 1].end - offset);
    const inside = !!t.countryTokens && t.countryTokens[0] < k;
    const { countries: _c, roles: _r, ...rest } = t;
    return [{ ...rest, start: k, text: own, role: titleRole(own), ...(inside ? { country: null, countryTokens: null } : {}) }];
  });
}
