/**
 * Where an in-person encounter happened, from the strongest evidence to the weakest:
 * 1. a place phrase of a sentence that reports it, nearest after the trigger ("met ... in Chongqing",
 *    "on the sidelines of ... in Yunnan, China"; a named venue stands for its city: "at the Great
 *    Hall of the People"), never a place that describes another noun ("the situation in Myanmar"),
 *    and a city of the event's sentences over a country ("met ... in Brazil" and "in Brasília");
 * 2. a generic venue ("at the Presidential Palace", "tại Văn phòng Tổng thống Hàn Quốc"): the venue,
 *    in the country named with it (stated), else the host's (inferred), at that country's capital;
 * 3. "who is visiting Japan", a visit's named destination: the country the visitor is in;
 * 4. a visitor ("received the visiting Malian prime minister"): the capital of the host (inferred);
 * 5. the scene the sentence before sets ("There they met ...", "travelled to Quito for meetings."), and
 *    "on the same day" after an encounter with a place: that place (inferred); beside a gathering, the place a
 *    sentence before gives that gathering ("took part in the Ministerial Council in Lugano") (inferred);
 * 6. the dateline's place, for the text's first encounter (inferred).
 * Calls, video conferences and letters have no place.
 */
import { foldName } from '../knowledge/names.js';
import { reportOrder } from './event-merger.js';
import type { Doc, DraftEvent, PlaceMention, SentenceAnalysis, TriggerMention, Entity, DateMention } from '../doc.js';
import { triggersIn, sentenceAt, monthsNamed, sentenceBefore } from '../doc.js';
import { otherTimeSpans } from '../text/clauses.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { Gazetteer, Place } from '../knowledge/gazetteer.js';
import type { CountryIndex } from '../knowledge/countries.js';
import type { Location } from '../types.js';
import { stated, inferred, type Decision } from '../decision.js';
import { modeOf } from './event-merger.js';
import { coordinateClause, listAsideSpans } from './coordinate-clause.js';
import { titleCaseCapitals } from '../text/char-class.js';
import { recognizePlaces } from '../recognizers/place-recognizer.js';
import { ruleBook } from '../knowledge/rule-book.js';
import { recognizeDates } from '../recognizers/date-recognizer.js';

/** How many sentences after an encounter one that goes on from it ("also met") may stand and share its place. */
const GOES_ON_REACH = 3;

/** How many characters before a place the words that say a party went there may start ("led a business delegation to"). */
const MOVEMENT_REACH = 60;
/** How many sentences after "travelled to X" an encounter with no place of its own is still taken to be in X. */
const TRAVEL_REACH = 4;
/** How many characters before a country a visit's words (places/visit-country-capital) are looked for. */
const VISIT_CAPITAL_REACH = 60;
/** How many sentences after a visit's destination an encounter with no place of its own is still taken to be of that visit. */
const VISIT_REACH = 4;
/** How many sentences before an encounter the sentence that sets its gathering in a place is looked for. */
const GATHERING_BACK = 4;
/** How many capitalised words a town set off by a comma after a venue may have ("at State House, Le Réduit"). */
const TOWN_AFTER_WORDS = 3;
/** The fewest people of a town named by one short word of a host's title for it to be the host's city (location/host-office). */
const OFFICE_TOWN_MIN = 100_000;
/** How many characters before a place the words of a reporter's post (places/reporter-post) are looked for. */
const REPORTER_REACH = 60;

/** A place of the gazetteer as an encounter's location, under the text's own words for it (`text`) when given. */
export const locationOf = (p: Place, text: string | null): Location => ({ place: p.name ? text ?? p.name : null, country: p.country, lat: p.lat, lon: p.lon, geonames_id: p.geonames_id });

/** The most capitalised words of a body's name between a described noun's agent preposition and a place ("by the Qatar Investment Authority in"). */
const AGENT_NAME_WORDS = 6;

/** The headline's one city after "in" ("... in Vientiane for first official visit"); null when it names none or several. */
export function headlineCityOf(doc: Doc): PlaceMention | null {
  const h = doc.analyses.find((a) => a.sentence.role === 'headline' && !a.sentence.noise);
  const cities = h ? h.places.filter((p) => p.prep === 'in' && p.place.name) : [];
  return cities.length === 1 ? cities[0] : null;
}

export function refineLocations(events: DraftEvent[], doc: Doc, lex: Lexicon, gaz: Gazetteer, countries: CountryIndex): void {
  /** The city or province a party of `country` holds office in, as its title names it ("Secretary of the Hanoi Party
   *  Committee": Hanoi), inferred; null when no title of that country's parties names one. */
  const officeCity = (e: DraftEvent, country: string): Decision<Location> | null => {
    for (const p of e.participants) {
      if (p.country?.value !== country || !p.title) continue;
      const words = p.title.replace(/['’]s\b/g, '').split(/\s+/).filter(Boolean);
      for (let i = 0; i < words.length; i++) {
        for (let len = Math.min(3, words.length - i); len >= 1; len--) {
          const name = words.slice(i, i + len).join(' ');
          if (!/^\p{Lu}/u.test(name)) continue;
          // (a word of one syllable is a town's name only for a town of some size: "Chủ" of "Chủ tịch nước" is the
          // title's word, not the small town of Chủ in Bắc Giang)
          const place = gaz.lookup(name).find((x) => x.country === country && x.name && (x.kind === 'city' || x.kind === 'capital' || x.kind === 'admin1')
            && (len > 1 || x.kind !== 'city' || x.population >= OFFICE_TOWN_MIN || /\p{L}{4}/u.test(name)));
          if (place) return inferred(locationOf(place, name), 'location/host-office', `the city or province of the host's office ("${p.title}")`);
        }
      }
    }
    return null;
  };
  // the headline's one city after "in" ("... in Vientiane for first official visit"), computed once
  let headlineMemo: PlaceMention | null | undefined;
  const headlineCity = (): PlaceMention | null => headlineMemo !== undefined ? headlineMemo : (headlineMemo = headlineCityOf(doc));
  // the one city a photo caption of the encounter puts it in, computed per event
  const textCountries = new Set<string>();
  for (const a of doc.analyses) if (!a.sentence.noise) for (const c of a.countries) textCountries.add(c.code);
  const filePhoto = ruleBook(doc.language ?? 'en', 'dates').optionalPattern('dates/file-photo');
  /**
   * "President X (right) greets Y at the Presidential Palace in Vientiane on August 28." under a story that names no
   * city: a caption (not a file photo) that names two of the encounter's parties and one city after "in" or "at",
   * in the country the body gives if it gives one.
   */
  // (the lines of file photos, and each caption's dates, read once for all the encounters)
  let fileLines: Set<number> | null = null;
  const fileLine = (line: number) => (fileLines ??= new Set(filePhoto ? doc.analyses.filter((b) => b.sentence.noise === 'noise/caption' && (filePhoto.lastIndex = 0, filePhoto.test(b.sentence.text))).map((b) => b.sentence.line) : [])).has(line);
  const captionDates = new Map<SentenceAnalysis, DateMention[]>();
  const datesOf = (a: SentenceAnalysis) => captionDates.get(a) ?? captionDates.set(a, recognizeDates(a.sentence.text, a.sentence.start, doc.language ?? 'en')).get(a)!;
  const captionCity = (e: DraftEvent, country: string | null): PlaceMention | null => {
    if (!lex.traits.capitalisedNames || e.participants.length < 2) return null;
    const months = monthsNamed(e, doc);
    for (const a of doc.analyses) {
      if (a.sentence.noise !== 'noise/caption') continue;
      // (a file photo, said anywhere on the caption's line: "... in 2019. (File photo: KPL)")
      if (fileLine(a.sentence.line)) continue;
      const named = new Set(a.persons.flatMap((m) => (m.entity && e.participants.includes(m.entity) ? [m.entity] : [])));
      if (named.size < 2) continue;
      // (a caption of another day shows another occasion)
      // (a day without its year too: "--12-02" is no caption's "June 8, 2021")
      const day = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/.exec(e.date?.value ?? '');
      const year = /^(\d{4})/.exec(e.date?.value ?? '');
      // (or of another month than the encounter's own words give: "from December 2 to 4" under "June 8, 2021")
      if (datesOf(a).some((m) =>
        (day && m.value.month != null && m.value.day != null && (m.value.month !== +day[1] || m.value.day !== +day[2])) ||
        (year && m.value.year != null && m.value.year !== +year[1]) || (months.size > 0 && m.value.month != null && !months.has(m.value.month)))) continue;
      const cities = recognizePlaces(a.tokens, a.countries, gaz, countries, lex, textCountries)
        .filter((p) => (p.prep === 'in' || p.prep === 'at') && p.place.name && (!country || p.place.country === country));
      if (new Set(cities.map((p) => p.place.name)).size === 1) return cities[0];
    }
    return null;
  };
  const book = lex.book('places');
  const encounterPreps = book.words('places/encounter-prepositions');
  const visitWords = book.words('places/visit-words');
  /** "(is on an official) visit to", "is visiting": a visit whose destination, written as a country, is the host's (at its capital) */
  const visitCountryCapital = book.optionalPattern('places/visit-country-capital');
  const visitBefore = book.optionalPattern('places/visit-country-before');
  const visitAfter = book.optionalPattern('places/visit-country-after');
  // "访华", "来华", "赴越": a visit's destination in a country's one-character short form
  const visitShort = book.has('places/visit-short-forms') ? { re: book.pattern('places/visit-short-forms'), codes: book.optionalMap('places/visit-short-forms') } : null;
  const toPreps = book.has('places/to-prepositions') ? book.words('places/to-prepositions') : new Set(['to']);
  // "ngay sau khi tới Thủ đô Viêng Chăn, ... đã có cuộc gặp": where the visitor has just arrived
  const arrival = book.optionalPattern('places/arrival-before');
  const arrivedIn = (a: SentenceAnalysis, p: PlaceMention) => !!arrival && arrival.test(a.sentence.text.slice(Math.max(0, p.charStart - a.sentence.start - 60), p.charStart - a.sentence.start));
  const visiting = book.words('places/visiting');
  // ", who is in the country on a state visit": a guest's relative clause right after a party's name (places/guest-clause)
  const guestClause = book.optionalPattern('places/guest-clause');
  /** Whether a mention of a party is a visitor's: "visiting" before it, or a guest's relative clause right after it. */
  const visitorMention = (m: { sentence: number; start: number; end: number }): boolean => {
    const a = doc.analyses[m.sentence];
    if (visiting.has(a.tokens[m.start - 1]?.lower ?? '')) return true;
    const last = a.tokens[m.end - 1];
    return !!guestClause && !!last && guestClause.test(a.sentence.text.slice(last.end - a.sentence.start));
  };
  const otherTime = lex.book('events').optionalGlobalPattern('events/other-time-clause');
  const notOfEncounter = book.optionalWords('places/visit-not-of-encounter');
  const visitVerbs = book.optionalWords('places/visit-verbs');
  const duringStay = book.has('places/during-stay') ? book.pattern('places/during-stay') : null;
  /**
   * Whether the visit word at token w names another visit than the encounter's (places/visit-not-of-encounter): a plan or
   * earlier word right before it ("his previous visit to Z"; not before a past verb, an adverb of time: "X last visited Z in
   * May, where he held talks"), or the possessive of a person who is no party ("President Y's state visit to Z").
   */
  const otherVisit = (a: SentenceAnalysis, w: number, e: DraftEvent): boolean => {
    if (!visitVerbs.has(a.tokens[w].lower)) for (let k = w - 1; k >= Math.max(0, w - 2); k--) if (notOfEncounter.has(a.tokens[k].lower)) return true;
    return a.persons.some((m) => m.possessive && m.kind !== 'pronoun' && m.end <= w && w - m.end <= 2 && !!m.entity && !e.participants.includes(m.entity));
  };
  /**
   * Whether the text says someone is visiting a country other than the dateline's ("Hishammuddin is visiting
   * Jakarta", "who is visiting Japan"): a story filed at home about a trip abroad ("KUALA LUMPUR: ... during
   * the minister's visit") is not placed at its dateline. Read once, when a dateline would be the last resort.
   */
  let visited: Set<string> | undefined;
  /** Whether a sentence of the story (the headline too) names the dateline's state as a place ("in Antigua and Barbuda"). Read once. */
  let namesLine: boolean | null = null;
  // (or the dateline writes the state after its city, as a government's release issued where its minister is: "December 2,
  // 2026 - Brussels, Belgium - Global Affairs Canada", not an agency's bureau "BRUSSELS, Dec 2 (X)"; h-en72 probe b1)
  const namesDatelineState = (): boolean => namesLine ??= doc.analyses.some((a) => !a.sentence.noise && a.places.some((p) => p.place.country === doc.dateline?.place?.country))
    || datelineWritesState();
  const datelineWritesState = (): boolean => {
    const dl = doc.dateline;
    const a = dl?.place?.country && dl.placeText ? doc.analyses[dl.sentence] : undefined;
    if (!a) return false;
    const at = a.sentence.text.indexOf(dl!.placeText!);
    if (at < 0) return false;
    const after = a.sentence.start + at + dl!.placeText!.length;
    // the state's name right after the city and a comma
    return a.countries.some((c) => c.form === 'name' && c.code === dl!.place!.country && /^\s*,\s*$/.test(doc.text.slice(after, a.tokens[c.start].start)));
  };
  const visitedElsewhere = (datelineCountry: string | null): boolean => {
    if (!visited) {
      visited = new Set();
      for (const a of doc.analyses) {
        for (let k = 0; k + 1 < a.tokens.length; k++) {
          if (!visiting.has(a.tokens[k].lower)) continue;
          const c = a.countries.find((x) => x.start === k + 1 && x.form === 'name');
          const next = a.tokens[k + 1], after = a.tokens[k + 2];
          // a city of one or two words ("Jakarta", "Phnom Penh")
          const name = !next.cap || !next.word ? null
            : after?.cap && after.word && gaz.isMajor(`${next.text} ${after.text}`) ? `${next.text} ${after.text}`
            : gaz.isMajor(next.text) ? next.text : null;
          const code = c?.code ?? (name ? gaz.resolve(name)?.country ?? null : null);
          if (code) visited.add(code);
        }
      }
    }
    return visited.size > 0 && !!datelineCountry && !visited.has(datelineCountry);
  };
  const described = book.words('places/described-nouns');
  const agentPreps = book.optionalWords('places/described-agents');
  const scene = book.optionalPattern('places/scene-before');
  const here = book.optionalPattern('places/here');
  const whereAfter = book.optionalPattern('places/where-after');
  const movementTo = book.optionalPattern('places/movement-to');
  const andAfter = book.optionalPattern('places/and-after');
  // "..., where they discussed the commission to be held in Kigali": a place after a clause about another happening
  const otherHappening = book.optionalPattern('places/other-happening');
  // "Theo phóng viên TTXVN tại Tokyo, ...": the post of the reporter who files the story, not the place of the encounter
  const reporterPost = book.optionalPattern('places/reporter-post');
  // "Ambassador X of Brazil, based in Nairobi": where an envoy lives, not where the encounter was
  const residence = book.optionalPattern('places/residence');
  /**
   * The dateline's city under the name the text gives it when it is a capital (ASTANA: Astana, whatever
   * GeoNames calls it), in title case when the dateline is in capitals; else the gazetteer's name.
   */
  const datelineName = (p: Place): string | null => {
    const t = doc.dateline?.placeText?.trim();
    if (!p.name || p.kind !== 'capital' || !t || !/^[\p{Script=Latin}\s.'’-]+$/u.test(t)) return p.name || null;
    // (a dateline that writes a capital by its country's name, "KUWAIT, Nov 30 (KUNA)", "PANAMA, May 2": the city's full
    // name, "Kuwait City", which the gazetteer gives as that word and another)
    if (foldName(p.name).startsWith(`${foldName(t)} `)) return p.name;
    return titleCaseCapitals(t);
  };
  const notGatheringCity = book.optionalWords('places/occasion-city-not-before');
  const hostPassive = book.optionalWords('places/host-passive-verbs');
  // the seat of a local body with no place after it ("tại trụ sở UBND tỉnh,"): the host's province or city
  const localSeat = book.optionalPattern('places/local-seat-bare');
  // (global: a sentence may name the venue's words in a title first, "President of the National Assembly ... at the National Assembly")
  const genericVenue = book.has('places/generic-venues') ? book.wordPattern('places/generic-venues', 'giu') : null;
  // a language's press whose readers name the city a venue of the host stands for ("at the Federal Chancellery": Berlin)
  const venueNamesCapital = genericVenue !== null && book.rule('places/generic-venues').namesCapital === true;
  // the words that end a venue's own name ("... Palace", "... House", "... hotel"), in a language that capitalises names
  const venueKinds = genericVenue && lex.traits.capitalisedNames ? book.optionalWords('places/venue-kinds') : null;
  /**
   * Venues the sentence names by their own name and their kind, as a place phrase: "at the Santos Palace", "at Jamaica
   * House", "at the Jamaica Pegasus hotel" (one to five capitalised words, then a word of places/venue-kinds). Not a
   * run that holds a person's name, a title, a city or region the gazetteer knows (that place is the encounter's) or a
   * country no party is of ("at the United Nations headquarters"). [start, end) in characters.
   */
  const namedVenues = (a: SentenceAnalysis, parties: Set<string>): [number, number][] => {
    const out: [number, number][] = [];
    if (!venueKinds?.size) return out;
    const tokens = a.tokens;
    for (let k = 1; k < tokens.length; k++) {
      if (!venueKinds.has(tokens[k].lower)) continue;
      let i = k;
      while (i > 0 && k - i < 5 && tokens[i - 1].word && tokens[i - 1].cap) i--;
      if (i === k) continue;
      const prep = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      if (prep < 0 || !encounterPreps.has(tokens[prep].lower)) continue;
      const within = (x: { start: number; end: number }) => x.start < k + 1 && x.end > i;
      // ("at Jamaica House": a party's country may open the name, as a place or as a country)
      if (a.names.some(within) || a.titles.some(within) || a.places.some((p) => within(p) && (p.place.name || !parties.has(p.place.country)))) continue;
      if (a.countries.some((c) => within(c) && !parties.has(c.code))) continue;
      out.push([tokens[i].start, tokens[k].end]);
    }
    return out;
  };
  /** "the situation in Myanmar": the place describes the noun before it, not the encounter (the trigger's own "talks in X" stays) */
  const describesNoun = (a: SentenceAnalysis, p: PlaceMention, trigger: TriggerMention | undefined) => {
    const at = (p.prepAt ?? p.start - 1) - 1;
    let head = a.tokens[at];
    // ("investment by the Qatar Investment Authority in Pakistan": the noun before the name of whom it is of or by,
    // places/described-agents)
    if (head && !described.has(head.lower) && head.cap && agentPreps.size) {
      let i = at;
      while (i > 0 && at - i < AGENT_NAME_WORDS && a.tokens[i - 1].word && a.tokens[i - 1].cap) i--;
      if (a.tokens[i - 1]?.lower === 'the') i--;
      if (agentPreps.has(a.tokens[i - 1]?.lower ?? '') && described.has(a.tokens[i - 2]?.lower ?? '')) head = a.tokens[i - 2];
    }
    if (!head || !described.has(head.lower)) return false;
    return !trigger || at >= trigger.tokEnd || at < trigger.tokStart;
  };
  /** a country's capital, under the name the knowledge base gives it ("Ulaanbaatar", whatever GeoNames calls it) */
  const capitalOf = (code: string): Place | null => {
    const name = countries.capitalOf(code);
    const p = name ? gaz.resolve(name, { country: code }) : null;
    return p && name ? { ...p, name } : p;
  };
  /** the participant who hosts: the subject of "received"/"hosted", or the one who is not "visiting" */
  const hostOf = (e: DraftEvent): Entity | null => {
    const visitors = e.participants.filter((p) => p.mentions.some((m) => e.sentences.includes(m.sentence) && visitorMention(m)));
    if (visitors.length) {
      const hosts = e.participants.filter((p) => !visitors.includes(p) && p.country);
      if (hosts.length === 1) return hosts[0];
      // (who sat in on either side: the host is the one party of the one state that is no visitor's, named first;
      // "President X held talks with President Y, who is in the country on a state visit. ... Ministers A and B were part
      // of the Zambian delegation"; h-en71 probe b1)
      const guests = new Set(visitors.map((p) => p.country?.value));
      const home = hosts.filter((p) => !guests.has(p.country!.value));
      return home.length && home.every((p) => p.country!.value === home[0].country!.value) ? home[0] : null;
    }
    // the subject of a hosting trigger ("received", "hosted", 会见, "chủ trì lễ đón"): the party named last before it
    for (const t of e.triggers) {
      if (!t.hostsSubject || t.voice !== 'active') continue;
      const s = sentenceAt(doc, t.charStart);
      let host: Entity | null = null, at = -1;
      for (const p of e.participants) for (const m of p.mentions) if (m.sentence === s?.index && m.end <= t.tokStart && m.end > at) { host = p; at = m.end; }
      if (host) return host;
    }
    // "X called on Y", "paid a courtesy call on Y" (hosts: object): the party named first after the trigger
    for (const t of e.triggers) {
      if (!t.hostsObject || t.voice !== 'active') continue;
      const s = sentenceAt(doc, t.charStart);
      let host: Entity | null = null, at = Infinity;
      for (const p of e.participants) for (const m of p.mentions) if (m.sentence === s?.index && m.start >= t.tokEnd && m.start < at) { host = p; at = m.start; }
      if (host) return host;
    }
    // "X was received (in audience) by Y": the party named first after the passive host verb
    for (const t of e.triggers) {
      if (t.voice !== 'passive' || t.kind !== 'meeting') continue;
      const s = sentenceAt(doc, t.charStart);
      if (!s || !doc.analyses[s.index].tokens.slice(t.tokStart, t.tokEnd).some((x) => hostPassive.has(x.lower))) continue;
      let host: Entity | null = null, at = Infinity;
      for (const p of e.participants) for (const m of p.mentions) if (m.sentence === s.index && m.start >= t.tokEnd && m.start < at) { host = p; at = m.start; }
      if (host) return host;
    }
    return null;
  };

  /**
   * The home side of a report: the one party the text names with no country word (its country known
   * otherwise), beside parties each named with one: "Prime Minister X held talks with Lao Prime Minister
   * Y at Government House" is told from X's side, and a generic venue is X's.
   */
  const unwordedSide = (e: DraftEvent): Entity | null => {
    const unworded = e.participants.filter((p) => p.country && p.country.basis !== 'stated');
    if (unworded.length !== 1 || e.participants.length < 2) return null;
    return e.participants.every((p) => p === unworded[0] || p.country?.basis === 'stated') ? unworded[0] : null;
  };

  /** The state of the side that receives: the host the text names, else the one side it names without a country word. */
  const receivingState = (e: DraftEvent): string | null => hostOf(e)?.country?.value ?? unwordedSide(e)?.country?.value ?? null;

  /** The words of a place mention as its sentence writes them, and `more` characters after them; null outside the sentences. */
  const mentionWords = (p: PlaceMention, more = 0) => {
    const s = sentenceAt(doc, p.charStart);
    return s ? s.text.slice(p.charStart - s.start, p.charEnd - s.start + more) : null;
  };
  /** A venue's name as the text writes it, without the article before it ("the Great Hall of the People"). */
  const venueText = (p: PlaceMention) => mentionWords(p)?.replace(/^the\s+/i, '') ?? p.text;
  /** Whether the text names the venue's city in its words or right after them ("at Seri Perdana in Putrajaya", "Presidential Villa, Abuja"). */
  const cityNamedWith = (p: PlaceMention, city: string) => !!mentionWords(p, city.length + 6)?.includes(city);
  /** The states of an encounter's parties. */
  const partyStates = (e: DraftEvent) => new Set(e.participants.map((p) => p.country?.value).filter((c): c is string => !!c));
  /**
   * A generic venue in a sentence of the encounter, before any other place: the venue as the text
   * names it, with a country named right after it ("Văn phòng Tổng thống Hàn Quốc": stated), else
   * the host's country (inferred); coordinates of that country's capital, where such venues are.
   * With `named`, a venue named by its own name and kind instead (namedVenues, location/named-venue).
   */
  const venueOf = (e: DraftEvent, order: number[], hostCountry: string | null = null, named = false): Decision<Location> | null => {
    const parties = partyStates(e);
    for (const s of order) {
      const a = doc.analyses[s];
      // venues named by their kind (places/generic-venues), or by their own name (places/venue-kinds)
      const spans: [number, number][] = named ? namedVenues(a, parties) : [...a.sentence.text.matchAll(genericVenue!)].map((m) => [a.sentence.start + m.index, a.sentence.start + m.index + m[0].length]);
      const rule = named ? 'location/named-venue' : 'location/host-venue';
      for (const [from, to] of spans) {
        const venue = a.sentence.text.slice(from - a.sentence.start, to - a.sentence.start);
        // the venue must stand as a place phrase (after a preposition), not as a word of another phrase
        const k = a.tokens.findIndex((x) => x.start >= from);
        // "at the Lao National Assembly": the country's adjective before the venue
        const adjective = a.countries.find((c) => c.end === k && c.form === 'adjective');
        const opens = adjective ? adjective.start : k;
        if (opens <= 0 || !(encounterPreps.has(a.tokens[opens - 1].lower) || a.tokens[opens - 1].lower === 'the' && encounterPreps.has(a.tokens[opens - 2]?.lower ?? ''))) continue;
        const end = a.tokens.findIndex((x) => x.start >= to);
        // "Văn phòng Tổng thống Hàn Quốc", "the Presidential Office of South Korea"
        const after = end >= 0 && a.tokens[end].lower === 'of' ? end + 1 : end;
        const named = adjective ?? (end >= 0 ? a.countries.find((c) => c.start === after && c.form === 'name') : undefined);
        if (named) {
          const cap = capitalOf(named.code);
          const start = adjective ? a.tokens[adjective.start].start : from;
          const until = adjective ? to : a.tokens[named.end - 1].end;
          const text = a.sentence.text.slice(start - a.sentence.start, until - a.sentence.start);
          // the venue of a state the text names, at that state's capital: the capital named after it where the
          // language's rule says so ("Ministry of Foreign Affairs of Peru, Lima"), inferred; else the venue alone, stated
          if (venueNamesCapital && cap?.name) {
            return inferred({ place: `${text}, ${cap.name}`, country: named.code, lat: cap.lat ?? null, lon: cap.lon ?? null, geonames_id: null }, 'location/venue',
              `"${text}": a venue of ${named.code}, at its capital`, { start, end: until });
          }
          return stated({ place: text, country: named.code, lat: cap?.lat ?? null, lon: cap?.lon ?? null, geonames_id: null }, 'location/venue', { start, end: until });
        }
        // "at State House Entebbe", "at the Presidential Palace in Bamako" is read as a place phrase; a city
        // written right after the venue without a preposition is where the venue is (stated)
        let next = end >= 0 ? a.tokens[end] : undefined;
        // "at the State House, Réduit, the Letters of Credence ...": a town set off by commas right after the venue
        // (one capitalised word closed by a comma or the sentence's end, no person's and no country's) is where it is
        let townAfter: string | null = null;
        if (next?.text === ',' && !named) {
          // (a town of two or three capitalised words the gazetteer knows as one place: "at State House, Le Réduit.";
          // h-en73 probe, Mauritius GIS: the words were read as a person and the venue put in the capital)
          for (let n = 1; n <= TOWN_AFTER_WORDS; n++) {
            const words = a.tokens.slice(end + 1, end + 1 + n), close = a.tokens[end + 1 + n];
            if (words.length < n || !words.every((w) => w.word && w.cap)) break;
            if (close && close.text !== ',' && close.text !== '.') continue;
            const text = a.sentence.text.slice(words[0].start - a.sentence.start, words[n - 1].end - a.sentence.start);
            if (n > 1 && !gaz.lookup(text).some((p) => p.name && parties.has(p.country))) break;
            if (a.countries.some((c) => c.start <= end + n && c.end > end + 1)) break;
            if (n === 1 && a.persons.some((m) => m.start <= end + 1 && m.end > end + 1)) break;
            next = words[n - 1];
            townAfter = text;
            break;
          }
        }
        const cityAfter = next && /^\p{Lu}/u.test(next.text) ? gaz.lookup(townAfter ?? next.text).find((p) => p.name && parties.has(p.country)) : undefined;
        if (cityAfter) {
          return stated({ ...locationOf(cityAfter, null), place: a.sentence.text.slice(from - a.sentence.start, next!.end - a.sentence.start) }, 'location/venue-city', { start: from, end: next!.end });
        }
        // (no host the text names: the side whose country the dateline is in, when it is a party's, before the side named
        // with no country word: "BEIRUT (CNA) - ... Foreign Minister X met his Lebanese counterpart Y at the Foreign
        // Ministry" is Lebanon's ministry, the visitor's agency filing from abroad; h-en39 probe b2)
        const datelineSide = doc.dateline?.place?.country && parties.has(doc.dateline.place.country) ? doc.dateline.place.country : null;
        const country = hostOf(e)?.country?.value ?? datelineSide ?? unwordedSide(e)?.country?.value ?? hostCountry;
        if (!country) continue;
        // the venue in the city the dateline names, when it is in the host's country ("Presidential Palace,
        // Nouakchott"); else the venue as the text names it, at the host's capital, named after it ("Federal Chancellery, Berlin")
        const line = doc.dateline?.place;
        const lineCity = line?.name && line.country === country ? line : null;
        const city = lineCity ?? capitalOf(country);
        // (the capital named after the venue where the language's rule says so: places/generic-venues namesCapital)
        const place = townAfter ? `${venue}, ${townAfter}` : lineCity ? `${venue}, ${datelineName(lineCity)}` : venueNamesCapital && city?.name ? `${venue}, ${city.name}` : venue;
        return inferred({ place, country, lat: city?.lat ?? null, lon: city?.lon ?? null, geonames_id: null }, rule, `"${venue}" of the host (${country})${lineCity ? `, in the dateline's ${lineCity.name}` : ''}`, { start: from, end: to });
      }
    }
    return null;
  };

  /**
   * "X took part in the Ministerial Council of the OSCE in Lugano on Thursday. On the margins of the Ministerial Council, X
   * met Y": the place a sentence before gives the gathering the encounter was beside, told there with every word of the
   * occasion's name (words of four letters or more), at a place of an encounter's preposition (inferred).
   */
  const gatheringToldBefore = (e: DraftEvent): Decision<Location> | null => {
    const body = e.sentences.filter((s) => doc.sentences[s].role !== 'headline');
    if (!body.length) return null;
    const first = Math.min(...body);
    const names = doc.analyses[first].occasions.map((o) => o.text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4)).filter((w) => w.length);
    if (!names.length) return null;
    for (let s = sentenceBefore(doc, first); s >= 0 && s >= first - GATHERING_BACK; s = sentenceBefore(doc, s)) {
      const a = doc.analyses[s];
      if (doc.sentences[s].role === 'headline') continue;
      const words = new Set(a.sentence.text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
      if (!names.some((n) => n.every((w) => words.has(w)))) continue;
      const p = a.places.find((x) => x.prep != null && encounterPreps.has(x.prep) && x.place.name);
      if (p) return inferred(locationOf(p.place, p.text), 'location/gathering-told-before', `the place a sentence before gives the gathering the encounter was beside ("${p.text}")`, { start: p.charStart, end: p.charEnd });
    }
    return null;
  };
  const bareCapital = book.optionalPattern('places/bare-capital');
  /**
   * "met Y in the capital on Thursday": a capital no word names, the host's (the one who receives, else the
   * home side of the report, else the dateline's country), inferred.
   */
  const bareCapitalOf = (e: DraftEvent, order: number[]): Decision<Location> | null => {
    for (const s of order) {
      const a = doc.analyses[s];
      bareCapital!.lastIndex = 0;
      const m = bareCapital!.exec(a.sentence.text);
      if (!m) continue;
      const country = receivingState(e) ?? doc.dateline?.place?.country ?? null;
      const cap = country && e.participants.some((p) => p.country?.value === country) ? capitalOf(country) : null;
      if (!cap) continue;
      const from = a.sentence.start + m.index;
      return inferred(locationOf(cap, cap.name), 'places/bare-capital', `"${m[0].trim()}": the capital of ${country}`, { start: from, end: from + m[0].length });
    }
    return null;
  };

  // "On Monday night, the delegation travelled to Brasília for another set of meetings. ... X met Y": the
  // place a sentence says the travellers went to, for the encounters told after it (a few sentences on at most)
  // the sentences that tell only encounters the text recalls (background): their places set no scene for what follows
  const recalledOnly = new Set<number>();
  { const told = new Set<number>();
    for (const e of events) for (const i of e.sentences) (e.referenced ? recalledOnly : told).add(i);
    for (const i of told) recalledOnly.delete(i); }
  const travelled: ({ sentence: number; place: PlaceMention } | null)[] = [];
  let lastTravel: { sentence: number; place: PlaceMention } | null = null;
  for (const a of doc.analyses) {
    travelled.push(lastTravel);
    if (!scene || a.sentence.noise || a.sentence.role === 'headline') continue;
    // (not a journey the sentence recalls, "came after X visited Beijing in April, when he also met Y": the scene of then)
    if (recalledOnly.has(a.sentence.index)) continue;
    const p = a.places.find((x) => x.prep != null && toPreps.has(x.prep) && x.place.name && scene.test(a.sentence.text.slice(0, x.charStart - a.sentence.start)));
    if (p) lastTravel = { sentence: a.sentence.index, place: p };
  }

  // "President X is in Vientiane to attend the celebration. On Monday, he held talks with Y at the Presidential
  // Palace": the city a sentence says a person is in, and that person, for the encounters told right after it
  const stayIn = book.optionalPattern('places/stay-before');
  const stays: ({ sentence: number; place: PlaceMention; who: Entity[] } | null)[] = [];
  let lastStay: { sentence: number; place: PlaceMention; who: Entity[] } | null = null;
  for (const a of doc.analyses) {
    stays.push(lastStay);
    if (!stayIn || a.sentence.noise || a.sentence.role === 'headline') continue;
    const p = a.places.find((x) => x.prep === 'in' && x.place.name && stayIn.test(a.sentence.text.slice(0, x.charStart - a.sentence.start)));
    const who = p ? a.persons.filter((m) => m.entity && m.end <= p.start).map((m) => m.entity!) : [];
    if (p && who.length) lastStay = { sentence: a.sentence.index, place: p, who };
  }

  const eventBook = lex.book('events');
  const parallel = eventBook.optionalPattern('events/parallel');
  /** "also", "in turn" a few sentences after the encounter before, with a party of it */
  const goesOnFrom = (e: DraftEvent, prev: DraftEvent) => {
    const firstBody = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
    const prevBody = prev.sentences.filter((i) => doc.sentences[i].role !== 'headline');
    if (firstBody == null || !prevBody.length) return false;
    if (firstBody < prevBody[0] || firstBody - prevBody[prevBody.length - 1] > GOES_ON_REACH) return false;
    return parallel!.test(doc.sentences[firstBody].text) && e.participants.some((p) => prev.participants.includes(p));
  };

  /** The country a sentence names as a visit's destination ("chuyến thăm chính thức Lào", "对越南国事访问", "访华"), or null. */
  const visitDestination = (s: number): { code: string; rule: string; span: { start: number; end: number } } | null => {
    const a = doc.analyses[s];
    const text = a.sentence.text, base = a.sentence.start;
    const c = a.countries.find((x) => {
      if (x.form !== 'name') return false;
      const from = a.tokens[x.start].start - base, to = a.tokens[x.end - 1].end - base;
      return (visitBefore?.test(text.slice(Math.max(0, from - 60), from)) ?? false) || (visitAfter?.test(text.slice(to, to + 30)) ?? false);
    });
    if (c) return { code: c.code, rule: 'location/visit-country', span: { start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end } };
    const m = visitShort?.re.exec(text);
    const code = m?.groups?.short ? visitShort!.codes.get(m.groups.short) : undefined;
    if (!m || !code) return null;
    const at = base + m.index + m[0].length - m.groups!.short.length;
    return { code, rule: 'location/visit-short-form', span: { start: at, end: at + m.groups!.short.length } };
  };
  /**
   * The country of the visit an encounter was part of ("Trong khuôn khổ chuyến thăm chính thức Lào, … hội kiến …",
   * "对哈萨克斯坦进行正式访问。访问期间，…会见…"): a visit's destination named in the encounter's own sentences, else in the
   * nearest sentence up to VISIT_REACH before it that tells a visit there (one only planned, "nhận lời thăm Việt Nam",
   * is none), when a party is of that country and another is not.
   */
  const tripOf = (e: DraftEvent, order: number[], ownOnly = false): { code: string; span: { start: number; end: number } } | null => {
    if (!visitBefore && !visitAfter && !visitShort) return null;
    const firstBody = e.sentences.find((i) => doc.sentences[i].role !== 'headline') ?? e.sentences[0];
    const before: number[] = [];
    for (let i = firstBody - 1; i >= 0 && firstBody - i <= VISIT_REACH && !ownOnly; i--) if (!doc.sentences[i].noise) before.push(i);
    for (const s of [...order, ...before]) {
      // (a sentence before tells the visit as one that took place)
      const visits = doc.analyses[s].triggers.filter((t) => t.kind === 'visit');
      if (visits.length ? visits.every((t) => t.planned) : !e.sentences.includes(s)) continue;
      const d = visitDestination(s);
      if (!d) continue;
      const hosted = e.participants.some((p) => p.country?.value === d.code) && e.participants.some((p) => p.country && p.country.value !== d.code);
      return hosted ? d : null;
    }
    return null;
  };

  let first = true;
  let previous: DraftEvent | null = null;
  for (const e of events) {
    const prev = previous;
    // (a message told between two encounters is no place the next one goes on from)
    if (!e.referenced && modeOf(e.kind.value) !== 'written') previous = e;
    e.location = null;
    if (modeOf(e.kind.value) !== 'in_person') continue;
    let best: PlaceMention | null = null;
    const order = reportOrder(e, doc);
    // the places the sentence says a party went to, where the encounter was ("travelled to Leticia, ..., where he met")
    const wentThere = new Set<PlaceMention>();
    const candidates = (s: number): PlaceMention[] => {
      const a = doc.analyses[s];
      const t = triggersIn(e, doc, s)[0];
      // "in Hanoi", "at ...", and "(official) visit to Laos": the encounters of a visit happen where it went;
      // a host's "welcomed X to Cairo" is where the host received X
      // (not another visit the encounter was about or looks back on: "discussing X's possible visit to Riyadh")
      const visitTo = (p: PlaceMention) => {
        for (let w = p.start - 1; w >= Math.max(0, p.start - 5); w--) if (visitWords.has(a.tokens[w].lower)) return !otherVisit(a, w, e);
        return false;
      };
      const hostedTo = (p: PlaceMention) => !!t?.hostsSubject && p.charStart >= t.charEnd;
      // "travelled to Suva, where she held talks with ...": the place the relative clause of the encounter is about
      const whereTo = (p: PlaceMention) => !!whereAfter && !!t && p.charEnd <= t.charStart && whereAfter.test(a.sentence.text.slice(p.charEnd - a.sentence.start));
      // "travelled to Kampala and met Y", "led a delegation to Vientiane and held talks with Y": the place the party went to
      const wentTo = (p: PlaceMention) => !!movementTo && !!andAfter && !!t && p.charEnd <= t.charStart
        && andAfter.test(a.sentence.text.slice(p.charEnd - a.sentence.start, t.charStart - a.sentence.start))
        && movementTo.test(a.sentence.text.slice(Math.max(0, p.charStart - a.sentence.start - MOVEMENT_REACH), p.charStart - a.sentence.start));
      // "met A, two weeks after their first meeting in Ottawa, and B": a place in a list's aside is the aside's encounter's
      const asides = listAsideSpans(a, lex.book('events'));
      const mine = t ? asides.find(([x, y]) => t.charStart >= x && t.charEnd <= y) : undefined;
      const inAside = (p: PlaceMention) => (mine ? !(p.charStart >= mine[0] && p.charEnd <= mine[1]) : asides.some(([x, y]) => p.charStart >= x && p.charEnd <= y));
      // "met Y on Wednesday, a day after the summit in Rio": a place in a clause that sets the encounter against another is
      // that one's (events/other-time-clause), but where it says a party arrived ("two days after arriving in Lima")
      const times = t ? otherTimeSpans(a.sentence, otherTime).filter(([x, y]) => !(t.charStart >= x && t.charStart < y)) : [];
      const inOtherTime = (p: PlaceMention) => times.some(([x, y]) => p.charStart >= x && p.charEnd <= y) && !arrivedIn(a, p);
      const ofOther = (p: PlaceMention) => !!otherHappening && !!t && p.charStart >= t.charEnd && otherHappening.test(a.sentence.text.slice(t.charEnd - a.sentence.start, p.charStart - a.sentence.start));
      const reporters = (p: PlaceMention) => (!!reporterPost && reporterPost.test(a.sentence.text.slice(Math.max(0, p.charStart - a.sentence.start - REPORTER_REACH), p.charStart - a.sentence.start)))
        || (!!residence && residence.test(a.sentence.text.slice(Math.max(0, p.charStart - a.sentence.start - REPORTER_REACH), p.charStart - a.sentence.start)));
      for (const p of a.places) if (p.prep != null && toPreps.has(p.prep) && (whereTo(p) || wentTo(p))) wentThere.add(p);
      return a.places.filter((p) => !ofOther(p) && !reporters(p) && ((p.prep != null && encounterPreps.has(p.prep)) || (p.prep != null && toPreps.has(p.prep) && (e.kind.value === 'visit' || visitTo(p) || arrivedIn(a, p) || hostedTo(p) || whereTo(p) || wentTo(p)))) && !describesNoun(a, p, t) && !inAside(p) && !inOtherTime(p));
    };
    for (const s of order) {
      const places = candidates(s);
      if (!places.length) continue;
      const t = triggersIn(e, doc, s)[0];
      const at = t?.charEnd ?? doc.sentences[s].start;
      // "In Riga he met A on Thursday, and in Vilnius he held talks with B": a place in the clause of the
      // sentence's next encounter is that one's; the trigger's own clause runs to the break before it
      const limit = t ? coordinateClause(doc.analyses[s], t, lex.book('events'))[1] : Infinity;
      const afterT = places.filter((p) => p.charStart >= at && p.charStart < limit);
      const beforeT = t && limit < Infinity ? places.filter((p) => p.charEnd <= t.charStart) : [];
      best = afterT[0] ?? beforeT[beforeT.length - 1] ?? places[places.length - 1];
      // (the place a party went to, where the encounter was, over a later place of another state: that is another
      // happening's, "travelled to Leticia, where he met Petro ahead of the Amazon summit in Belém"; h-en46)
      const went = t ? places.filter((p) => p.charEnd <= t.charStart && wentThere.has(p)).pop() : undefined;
      if (went && afterT[0] && went.place.country !== afterT[0].place.country) best = went;
      // a venue and its city named beside it ("at the Great Hall of the People in Beijing"): the city the text states
      // but not the province or region it is in ("at Meseberg Palace, the government's guest house in Brandenburg"):
      // the venue's city is the more specific place
      if (best.place.venue) {
        const v = best;
        best = places.find((p) => !p.place.venue && p.charStart >= v.charStart && !(p.place.kind === 'admin1' && p.place.country === v.place.country)) ?? best;
      }
      break;
    }
    // a country, when a sentence of the encounter names a city in it: the city
    if (best && !best.place.name) {
      const country = best.place.country;
      const city = order.flatMap(candidates).find((p) => p.place.name && p.place.country === country);
      if (city) best = city;
    }
    if (best && !best.place.name && genericVenue) {
      // a country ("a state visit to Kenya") and a generic venue of the host there ("at State House"): the venue
      const c = best.place.country;
      const v = venueOf(e, order, e.participants.some((p) => p.country?.value === c) ? c : null);
      if (v && v.value.country === c) { e.location = v; best = null; }
    }
    if (best && !best.place.name && bareCapital) {
      // a country ("a state visit to China") and "in the capital" of the host there: its capital
      const c = bareCapitalOf(e, order);
      if (c && c.value.country === best.place.country) { e.location = c; best = null; }
    }
    if (best && !best.place.name && !e.referenced) {
      // a country only ("Ambassador to Vietnam") and a party of that country whose office is a city's or a province's
      // ("Secretary of the Hanoi Party Committee", "Chairman of the Quang Ninh People's Committee"): that city or province
      const office = officeCity(e, best.place.country);
      if (office) { e.location = office; best = null; }
    }
    if (best && !best.place.name && doc.dateline?.place?.name && doc.dateline.place.country === best.place.country && !e.referenced) {
      // a country only, in a story datelined in a city of it ("MANAMA ... the Ambassador of X to the Kingdom of Bahrain"): the dateline's city
      const p = doc.dateline.place;
      e.location = inferred(locationOf(p, datelineName(p)), 'location/dateline-city', `the dateline of the story (${doc.dateline.placeText}), in the country the text names`);
      best = null;
    }
    if (best) {
      const p = best.place;
      const span = { start: best.charStart, end: best.charEnd };
      // (a venue the knowledge places, with no city the text names: its city; where the language's readers name the
      // venue and its city, both, "Santos Palace, Montevideo")
      e.location = p.venue
        ? inferred({ ...locationOf(p, p.name), ...(venueNamesCapital && p.name && !cityNamedWith(best, p.name) ? { place: `${venueText(best)}, ${p.name}` } : {}) }, `location/${best.prep}-venue`, `${p.venue} is in ${p.name}`, span)
        : stated(locationOf(p, best.text), `location/${best.prep}-place`, span);
    }
    if (!e.location && !e.referenced) {
      // "X is in Vientiane to attend the celebration. On Monday, he held talks with Y at the Presidential Palace": the
      // city the sentence just before puts a party of the encounter in (inferred), before any venue's host
      const firstBody = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
      const st = firstBody != null ? stays[firstBody] : null;
      let gap = 0;
      if (st && firstBody != null) for (let k = st.sentence + 1; k < firstBody; k++) if (!doc.sentences[k].noise) gap++;
      if (st && gap === 0 && st.who.some((p) => e.participants.includes(p))) {
        e.location = inferred(locationOf(st.place.place, st.place.text), 'location/stay-before', `the city the sentence before says a party is in ("${st.place.text}")`, { start: st.place.charStart, end: st.place.charEnd });
      }
    }
    if (!e.location && !e.referenced && localSeat) {
      // "tại trụ sở UBND tỉnh, Chủ tịch UBND tỉnh Lào Cai X tiếp Y": the seat of the body the host heads, in the province or
      // city its title names (places/local-seat-bare)
      const s = order.find((k) => localSeat.test(doc.sentences[k].text));
      if (s != null) {
        // (the body is the language's own state's, UBND, Tỉnh ủy: not an envoy's state named in his title, "Đại sứ Singapore")
        for (const c of [...partyStates(e)].filter((c) => !lex.traits.homeCountry || c === lex.traits.homeCountry)) {
          const office = officeCity(e, c);
          if (office) { e.location = { ...office, rule: 'location/local-seat-office' }; break; }
        }
        // (a title that names no place, "Chủ tịch UBND Thành phố", under a dateline of the city, "(Thành phố Hồ Chí Minh) -":
        // the dateline's city, the seat of its own body)
        const p = doc.dateline?.place;
        if (!e.location && p?.name && (!lex.traits.homeCountry || p.country === lex.traits.homeCountry)) {
          e.location = inferred(locationOf(p, datelineName(p)), 'location/local-seat-dateline', `the seat of the host's body in the city of the story's dateline (${doc.dateline!.placeText})`);
        }
      }
    }
    if (!e.location && genericVenue) {
      // "tại Văn phòng Tổng thống Hàn Quốc", "at the Presidential Palace" with no city named: the venue
      // is the place, in the country named right after it, else the host's (placed at its capital)
      // (a host the text gives no country word, "Thượng tướng X tiếp Đại sứ Y tại trụ sở Bộ Quốc phòng", in a language whose
      // press names its own officials so: the home state's venue; the side refiner gives the host that state later; h-zv36)
      const host = lex.traits.homeCountry ? hostOf(e) : null;
      e.location = venueOf(e, order, host && !host.country ? lex.traits.homeCountry! : null);
    }
    if (!e.location && bareCapital) e.location = bareCapitalOf(e, order);
    if (!e.location) {
      // "..., who is visiting Japan": the country the visitor is in
      for (const s of order) {
        const a = doc.analyses[s];
        const c = a.countries.find((x) => x.form === 'name' && visiting.has(a.tokens[x.start - 1]?.lower ?? ''));
        if (c) {
          e.location = stated({ place: null, country: c.code, lat: null, lon: null, geonames_id: null }, 'location/visiting', { start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end });
          break;
        }
      }
    }
    // an encounter (not the visit itself, nor one recalled) of a visit told in it or just before it: placed below
    const trip = !e.location && !e.referenced && e.kind.value !== 'visit' ? tripOf(e, order) : null;
    if (!e.location && !trip && (visitBefore || visitAfter)
      && (e.kind.value === 'visit' || e.triggers.some((t) => t.kind === 'visit') || (e.referenced && !!tripOf(e, order, true)))) {
      // "chuyến thăm chính thức Trung Quốc", "对越南国事访问": the destination the visit names (of an encounter recalled
      // with its visit, "trong đó có chuyến thăm Việt Nam của X", the country too)
      for (const s of order) {
        const d = visitDestination(s);
        if (d) { e.location = stated({ place: null, country: d.code, lat: null, lon: null, geonames_id: null }, d.rule, d.span); break; }
      }
    }
    if (!e.location) {
      // "received the visiting prime minister": the host's capital
      const host = hostOf(e);
      const visitor = host && e.participants.some((p) => p !== host && p.mentions.some((m) => visitorMention(m)));
      const cap = host?.country && visitor ? capitalOf(host.country.value) : null;
      if (cap) e.location = inferred(locationOf(cap, cap.name), 'location/host-capital', `the capital of the host (${host!.country!.value}) of a visitor`);
    }
    if (!e.location && scene) {
      // "The first stop was Lima ... There they met X", "The delegation travelled to Quito for meetings. Y met X":
      // the scene the sentence before set (inferred)
      const first = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
      let prevIdx = first != null ? first - 1 : -1;
      while (prevIdx >= 0 && doc.sentences[prevIdx].noise) prevIdx--;
      if (first != null && prevIdx >= 0 && !e.sentences.includes(prevIdx) && (e.referenced || !recalledOnly.has(prevIdx))) {
        const prevA = doc.analyses[prevIdx];
        const opens = scene.test(doc.sentences[first].text);
        const p = [...prevA.places].reverse().find((x) => x.prep != null && x.place.name && (opens ? true : toPreps.has(x.prep) && scene.test(prevA.sentence.text.slice(0, x.charStart - prevA.sentence.start))));
        if (p) e.location = inferred(locationOf(p.place, p.text), 'location/scene-before', `the place the sentence before sets ("${p.text}")`, { start: p.charStart, end: p.charEnd });
      }
    }
    if (!e.location && e.date?.span && e.date.route === 'gathering') {
      // "On the sidelines of the summit, X met Y": where the gathering was, as the sentence that dated it says
      const s = sentenceAt(doc, e.date.span.start);
      const p = s ? doc.analyses[s.index].places.find((x) => x.prep != null && encounterPreps.has(x.prep)) : undefined;
      if (p) e.location = inferred(locationOf(p.place, p.text), 'location/gathering', `the place of the gathering the encounter was beside ("${p.text}")`, { start: p.charStart, end: p.charEnd });
    }
    if (!e.location && !e.referenced && lex.traits.spaces && modeOf(e.kind.value) === 'in_person') e.location = gatheringToldBefore(e);
    if (!e.location && !e.referenced) {
      const firstBody = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
      const t = firstBody != null ? travelled[firstBody] : null;
      if (t && firstBody! - t.sentence <= TRAVEL_REACH) {
        e.location = inferred(locationOf(t.place.place, t.place.text), 'location/travelled-to', `the place the text says the travellers went to ("${t.place.text}")`, { start: t.place.charStart, end: t.place.charEnd });
      }
    }
    if (!e.location && prev?.location && !e.referenced && modeOf(prev.kind.value) === 'in_person' && modeOf(e.kind.value) === 'in_person'
      && e.triggers.some((t) => prev.triggers.includes(t))) {
      // "received the ambassadors of A, B and C": the encounters one words tell, one by one, are at one place (inferred)
      e.location = inferred(prev.location.value, 'location/same-words', 'the place of the encounter told in the same words before it');
    }
    const day = e.sameDayAs;
    // (the day's other encounter may come earlier in the list than the one before: "Later the same day" after a lead that told C first)
    if (!e.location && day && (day === prev || day.triggers.some((t) => t.plural) || (day.date?.route !== 'separately' && events.indexOf(day) < events.indexOf(e))) && day.location && modeOf(day.kind.value) === 'in_person') {
      // "On the same day, X received Y": where the day's other encounter was; one of the meetings held
      // separately that a sentence before reported: where they were (inferred)
      e.location = inferred(day.location.value, 'location/same-day', day === prev ? 'the place of the encounter reported before it on the same day' : 'the place of the separate meetings reported before');
    }
    // ("Earlier on Thursday, Y held talks with Z" after X met Y on Thursday: the day told again, a party shared)
    const sameDay = day === prev ? prev : prev && prev.date && e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date.value) && prev.date.value === e.date.value
      && e.participants.some((p) => prev.participants.includes(p)) ? prev : null;
    if (e.location && e.location.value.place == null && e.location.value.country && sameDay && sameDay.location?.value.place
      && sameDay.location.value.country === e.location.value.country && modeOf(sameDay.kind.value) === 'in_person' && modeOf(e.kind.value) === 'in_person') {
      // "X received Y in Vientiane ... on a visit to Laos ... Earlier the same day, Y held talks with Z": the city of the
      // day's encounter told before, in the country the text gives (inferred)
      e.location = inferred(sameDay.location.value, 'location/same-day-city', 'the city of the encounter reported before it on the same day, in the country the text gives');
    }
    if (e.location && e.location.value.place == null && e.location.value.country && !e.referenced && prev?.location?.value.place && !prev.referenced
      && prev.location.value.country === e.location.value.country && duringStay && modeOf(prev.kind.value) === 'in_person' && modeOf(e.kind.value) === 'in_person'
      && e.participants.some((p) => prev.participants.includes(p))
      && e.sentences.some((i) => doc.sentences[i].role !== 'headline' && duringStay.test(doc.sentences[i].text))) {
      // "During his stay in Viet Nam, X also called on Y" after X's meeting in Hanoi: that city (places/during-stay)
      e.location = inferred(prev.location.value, 'location/stay-city', 'the city of the encounter of the same stay reported before it, in the country the text gives');
    }
    if (e.location && e.location.value.place == null && e.location.value.country && e.location.span && !e.referenced && prev?.location?.value.place
      && !prev.referenced && prev.location.value.country === e.location.value.country && modeOf(prev.kind.value) === 'in_person'
      && modeOf(e.kind.value) === 'in_person' && e.participants.some((p) => prev.participants.includes(p))) {
      // "X gặp A và B bên lề Hội nghị G20 ở Nam Phi. Chiều 22/11, tại Johannesburg, X gặp A … Sáng 23/11, X có cuộc gặp với B":
      // the country a sentence telling both encounters gives, the first placed in a city of it by its own sentence: that
      // city (inferred; h-zv26)
      const s = sentenceAt(doc, e.location.span.start);
      if (s && prev.sentences.includes(s.index) && e.sentences.includes(s.index)) {
        e.location = inferred(prev.location.value, 'location/summary-country-city', 'the city of the encounter told before it, in the country a sentence telling both gives');
      }
    }
    if (!e.location && !e.referenced && prev?.location && !prev.referenced && modeOf(prev.kind.value) === 'in_person' && modeOf(e.kind.value) === 'in_person') {
      // "During the visit, X called on A and held talks with B": two encounters of one party told in one sentence that
      // names no place of its own are where the first was (inferred)
      const firstBody = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
      if (firstBody != null && prev.sentences.includes(firstBody) && !doc.analyses[firstBody].places.length && e.participants.some((p) => prev.participants.includes(p))) {
        e.location = inferred(prev.location.value, 'location/same-sentence', 'the place of the encounter the same sentence told before it');
      }
    }
    if (!e.location && !e.referenced && prev?.location && modeOf(prev.kind.value) === 'in_person' && parallel && goesOnFrom(e, prev)) {
      // "X met Y in Lima. X also met Z.": where the encounter it goes on from was (inferred)
      e.location = inferred(prev.location.value, 'location/goes-on', 'the place of the encounter the text goes on from ("also")');
    }
    if (!e.location && !e.referenced) {
      // "on the margins of the Antalya Diplomacy Forum", "at the Munich Security Conference": a gathering named
      // after its city is held there (inferred); one named otherwise is not where the dateline is
      for (const s of order) {
        const a = doc.analyses[s];
        for (const o of a.occasions) {
          for (let k = o.tokStart; k < o.tokEnd && !e.location; k++) {
            const tok = a.tokens[k];
            if (!tok.cap || !tok.word || notGatheringCity.has(a.tokens[k + 1]?.lower ?? '')) continue;
            // a smaller place the dateline names ("LANGKAWI, March 27 (Bernama) -- ... on the sidelines of the Langkawi
            // International Maritime and Aerospace Exhibition") is the gathering's city too
            const dl = doc.dateline?.place;
            const p = dl?.name && dl.name.toLowerCase() === tok.text.toLowerCase() ? dl : gaz.lookup(tok.text).find((x) => x.name && (x.kind === 'capital' || x.population >= 100_000));
            if (p && (p === dl || gaz.isMajor(tok.text))) e.location = inferred(locationOf(p, tok.text), 'location/occasion-city', `the city the gathering is named after ("${o.text}")`, { start: tok.start, end: tok.end });
          }
        }
        if (e.location) break;
      }
    }
    if (!e.location && trip) {
      // an encounter of a visit: in the country the visit went to, at the dateline's city when the story is filed from
      // there, else at its capital (inferred)
      const dl = doc.dateline?.place;
      const p = dl?.name && dl.country === trip.code ? dl : capitalOf(trip.code);
      if (p) e.location = inferred(locationOf(p, p === dl ? datelineName(p) : p.name), 'location/visit-of-encounter', `${p === dl ? 'the dateline\'s city' : 'the capital'} of the country the visit went to (${trip.code})`, trip.span);
    }
    const atGathering = e.sentences.some((s) => doc.analyses[s].occasions.length > 0 && doc.sentences[s].role !== 'headline');
    // "met ... on the sidelines of the ministerial meeting here": the dateline's place, whichever encounter it is
    const saysHere = !!here && e.sentences.some((s) => doc.sentences[s].role !== 'headline' && here.test(doc.sentences[s].text));
    // (a dateline in a small town, no agency's or paper's seat, is where the reporter travelled: the gathering's town too,
    // "DAVOS: ... met X on the sidelines of the World Economic Forum")
    const townLine = !!doc.dateline?.place && doc.dateline.place.kind !== 'capital' && !gaz.isMajor(doc.dateline.placeText ?? doc.dateline.place.name ?? '');
    // (or a dateline abroad, in a state none of the encounter's parties speaks for, which the text names as a place of the
    // story: "St. John's, 27 June 2025" over Ecuador's minister's meetings "at the OAS General Assembly in Antigua and
    // Barbuda" is where she travelled, the gathering's city; h-en58 probe)
    const lineAbroad = atGathering && !!doc.dateline?.place?.country && !e.participants.some((p) => p.country?.value === doc.dateline!.place!.country)
      && namesDatelineState();
    if (!e.location && (first || saysHere || lineAbroad) && doc.dateline?.place && !e.referenced && (!atGathering || saysHere || townLine || lineAbroad) && !visitedElsewhere(doc.dateline.place.country)) {
      const p = doc.dateline.place;
      e.location = inferred(locationOf(p, datelineName(p)), 'location/dateline', `the dateline of the story (${doc.dateline.placeText})`);
    }
    // "Singapore PM in Vientiane for first official visit" over "held talks ... on the first day of his visit to Laos":
    // the one city the headline puts the story in, for an in-person encounter the body places in that country or nowhere
    // (not beside a gathering: the calendar of meetings knows where that was)
    if (!e.referenced && !atGathering && (!e.location || (e.location.value.place == null && e.location.value.country) || e.location.rule === 'location/visit-of-encounter') && modeOf(e.kind.value) === 'in_person') {
      const h = headlineCity();
      if (h && (!e.location || e.location.value.country === h.place.country)) {
        e.location = inferred(locationOf(h.place, h.text), 'location/headline-city', `the city the headline puts the story in ("${h.text}")`, { start: h.charStart, end: h.charEnd });
      } else {
        const c = captionCity(e, e.location?.value.country ?? null);
        if (c) e.location = inferred(locationOf(c.place, c.text), 'location/caption-city', `the city the photo caption of the encounter puts it in ("${c.text}")`, { start: c.charStart, end: c.charEnd });
      }
    } else if (!e.referenced && !atGathering && e.location?.rule === 'location/host-office' && modeOf(e.kind.value) === 'in_person') {
      // "Secretary of the Quang Ninh Provincial Party Committee X received Y" with a caption "X (right) and Y in Ha Long
      // city on April 15": the host's province is a guess, the city the caption of the encounter names is where it was
      const c = captionCity(e, e.location.value.country ?? null);
      if (c && c.place.name !== e.location.value.place) e.location = inferred(locationOf(c.place, c.text), 'location/caption-city', `the city the photo caption of the encounter puts it in ("${c.text}"), within the host's state`, { start: c.charStart, end: c.charEnd });
    }
    if (visitCountryCapital && !e.referenced && !atGathering && e.location?.value.place == null && e.location?.value.country && e.location.span
      && modeOf(e.kind.value) === 'in_person' && e.kind.value !== 'visit') {
      // "received Y, who is on an official visit to Lithuania": the visit's destination named by its country alone, the
      // host of that country and the guest of another: at the host's capital (inferred; places/visit-country-capital)
      const code = e.location.value.country;
      const s = sentenceAt(doc, e.location.span.start);
      const before = s ? s.text.slice(Math.max(0, e.location.span.start - s.start - VISIT_CAPITAL_REACH), e.location.span.start - s.start) : '';
      // (the one who receives, when a verb says so, is of that country; else a party is)
      const host = hostOf(e);
      const hosted = visitCountryCapital.test(before) && (host ? host.country?.value === code : e.participants.some((p) => p.country?.value === code));
      const cap = hosted && e.participants.some((p) => p.country && p.country.value !== code) ? capitalOf(code) : null;
      if (cap) e.location = inferred(locationOf(cap, cap.name), 'location/visit-country-capital', `the capital of the host's country (${code}), the visit's destination`, e.location.span);
    }
    if (venueKinds?.size && modeOf(e.kind.value) === 'in_person') namedVenue(e);
    if (!e.referenced) first = false;
  }

  /**
   * A venue the sentence of the encounter names by its own name ("at the Santos Palace", "at Jamaica House") and no
   * city the text states, where the readers' language names the venue and its city: the venue, at the city inferred for
   * the encounter ("Santos Palace, Montevideo"), else at the dateline's city or the capital of the host's state
   * (places/venue-kinds); the venue's country must be the one found, and the city is not the venue's own words already.
   */
  function namedVenue(e: DraftEvent): void {
    const s = e.triggers.length ? sentenceAt(doc, e.triggers[0].charStart)?.index : undefined;
    if (s == null) return;
    const loc = e.location?.value;
    if (!loc) {
      e.location = venueOf(e, [s], null, true);
      return;
    }
    if (loc.place?.includes(',') || !loc.country) return;
    const span = namedVenues(doc.analyses[s], partyStates(e))[0];
    if (!span) return;
    const sentence = doc.sentences[s];
    const venue = sentence.text.slice(span[0] - sentence.start, span[1] - sentence.start);
    if (loc.place && (venue.toLowerCase().includes(loc.place.toLowerCase()) || loc.place.toLowerCase().includes(venue.toLowerCase()))) return;
    if (!loc.place) {
      // a country only: the venue at the dateline's city in it, else at its capital
      const v = venueOf(e, [s], loc.country, true);
      if (v && v.value.country === loc.country) e.location = v;
      return;
    }
    // (a city the text states is the place: "at the Presidential Palace in Dakar" is in Dakar)
    const d = e.location!;
    if (d.basis === 'stated') return;
    e.location = inferred({ ...loc, place: `${venue}, ${loc.place}` }, d.rule, `${d.evidence ?? ''}; the venue the sentence of the encounter names`.replace(/^; /, ''), d.span);
  }
}

