/**
 * Places where something happened: "in Chongqing", "in Yunnan, China", "at ... in Jakarta",
 * "in Anji, east China's Zhejiang province", "in the Tajik capital of Dushanbe", "in Laos".
 * A place phrase follows "in", "at" or "to"; the gazetteer resolves it, preferring the country the
 * phrase itself names ("Liuzhou, Guangxi" -> CHN), then the countries of the text, then importance.
 * A name the gazetteer lacks is still a place when the phrase gives its province or country.
 */
import type { Gazetteer, Place } from '../knowledge/gazetteer.js';
import { isAsciiDigit } from '../text/char-class.js';
import type { CountryIndex } from '../knowledge/countries.js';
import { calendarWords, type Lexicon } from '../knowledge/lexicon.js';
import type { CountryMention, PlaceMention } from '../doc.js';
import type { Token, TokenTrie } from '../text/tokenizer.js';
import { withoutPossessive } from '../text/tokenizer.js';
import type { PlaceSpans } from './name-recognizer.js';
import { foldName } from '../knowledge/names.js';

/** A lowercase article joined by a hyphen to a capitalised word ("el-Sheikh", "al-Khaimah"). */
const JOINED_ARTICLE = /^\p{Ll}{1,3}-\p{Lu}/u;

export function recognizePlaces(tokens: Token[], countries: CountryMention[], gaz: Gazetteer, countryIdx: CountryIndex, lex: Lexicon, textCountries: Set<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const countryAt = new Map<number, CountryMention>();
  for (const c of countries) countryAt.set(c.start, c);
  const n = tokens.length;
  const book = lex.book('places');
  const PREPS = book.words('places/prepositions');
  const SKIP = book.words('places/skip-words');
  const TYPES = book.words('places/type-words');
  const CAPITAL = book.words('places/capital');
  const isType = (t: Token | undefined) => !!t && TYPES.has(t.lower);
  const VENUE_KINDS = book.words('places/venue-kinds');
  const CONNECTORS = book.optionalWords('places/name-connectors');
  const NAME_OF_OTHER = book.optionalWords('places/names-of-other');
  const REGIONS = book.optionalWords('places/world-regions');
  const GATHERING_BEFORE = book.optionalWords('places/gathering-before');
  const NAME_ABBREVIATIONS = book.optionalWords('places/name-abbreviations');

  const calendar = calendarWords(lex);
  /** Whether the token at k is a capitalised word that goes on with the name before it (one space apart, no stopword, day or month). */
  const continuesName = (k: number): boolean => {
    const t = tokens[k];
    return !!t && k > 0 && t.word && t.cap && t.start === tokens[k - 1].end + 1 && !lex.stopwords.has(t.lower) && !calendar.has(t.lower);
  };

  /** Longest capitalised run at i (up to 5 tokens) that the gazetteer knows: [end, candidates text]. */
  const lookup = (i: number): { end: number; text: string } | null => {
    let best: { end: number; text: string } | null = null;
    let s = '';
    for (let j = i; j < n && j < i + 5; j++) {
      const t = tokens[j];
      // "St. Petersburg", "Mt. Hagen": the full stop of an abbreviated word of the name, glued to it, is part of the name
      if (j > i && t.text === '.' && t.start === tokens[j - 1].end && tokens[j - 1].cap && NAME_ABBREVIATIONS.has(tokens[j - 1].lower) && tokens[j + 1]?.cap) {
        s += '.';
        continue;
      }
      // "Sharm el-Sheikh", "Ras al-Khaimah": an article joined to a capitalised word is part of the name
      if (!t.word || (!t.cap && !CONNECTORS.has(t.lower) && !(j > i && JOINED_ARTICLE.test(t.text)))) break;
      s += (j > i ? ' ' : '') + withoutPossessive(t.text);
      if (gaz.has(s) && gaz.writtenAs(s)) best = { end: j + 1, text: s };
      if (/['’]s$/u.test(t.text)) break;
    }
    return best;
  };

  /** What follows a place name and says where it is: ", Guangxi", ", China", ", east China's Zhejiang", " of Zhejiang". */
  const qualify = (k: number): { place: Place | null; country: string | null } => {
    while (k < n && isType(tokens[k]) && tokens[k].cap) k++;
    if (tokens[k]?.lower === 'of' && tokens[k + 1]?.cap) {
      const h = lookup(k + 1);
      const q = h ? gaz.resolve(h.text, { countries: textCountries }) : null;
      return q && q.kind === 'admin1' ? { place: q, country: q.country } : { place: null, country: null };
    }
    if (tokens[k]?.text !== ',') return { place: null, country: null };
    let q = k + 1;
    while (q < n && (SKIP.has(tokens[q].lower) || tokens[q].lower === 'in')) q++;
    const qc = countryAt.get(q);
    if (qc && (qc.form === 'name' || qc.possessive)) {
      const h = qc.possessive ? lookup(qc.end) : null;
      return { place: h ? gaz.resolve(h.text, { country: qc.code }) : null, country: qc.code };
    }
    const h = lookup(q);
    const p = h ? gaz.resolve(h.text, { countries: textCountries }) : null;
    return p && (p.kind === 'admin1' || p.kind === 'capital') ? { place: p, country: p.country } : { place: null, country: null };
  };

  /** "the Lao capital", "Laos' capital of Vientiane", "the Tajik capital of Dushanbe": the capital, named or not. */
  const capitalPhrase = (c: CountryMention): { end: number; place: Place; text: string } | null => {
    let k = c.end;
    if (tokens[k]?.text === "'" || tokens[k]?.text === '’') k++;
    if (!CAPITAL.has(tokens[k]?.lower ?? '')) return null;
    k++;
    if (tokens[k]?.lower === 'city') k++;
    if (tokens[k]?.lower === 'of' && tokens[k + 1]?.cap) {
      const h = lookup(k + 1);
      const p = h ? gaz.resolve(h.text, { country: c.code }) : null;
      if (p && h) return { end: h.end, place: p, text: h.text };
    }
    // "the Bolivian capital La Paz", "the Malaysian capital, Kuala Lumpur": the city the text names
    const named = tokens[k]?.cap ? k : tokens[k]?.text === ',' && tokens[k + 1]?.cap ? k + 1 : -1;
    if (named >= 0) {
      const h = lookup(named);
      const p = h ? gaz.resolve(h.text, { country: c.code }) : null;
      if (p && h && p.country === c.code) return { end: h.end, place: p, text: h.text };
    }
    const cap = countryIdx.capitalOf(c.code);
    const p = cap ? gaz.resolve(cap, { country: c.code }) : null;
    return p ? { end: k, place: p, text: p.name } : null;
  };

  /** Whether a venue's kind word, capitalised, stands at k ("Lake", "Hotel") and a city of note follows it (", Beijing", "in Beijing"). */
  const venueWithCity = (k: number): boolean => {
    const t = tokens[k];
    if (!t || !t.cap || !VENUE_KINDS.has(t.lower)) return false;
    const after = tokens[k + 1]?.text === ',' || tokens[k + 1]?.lower === 'in' ? k + 2 : -1;
    const h = after > 0 ? lookup(after) : null;
    const city = h ? gaz.resolve(h.text, { countries: textCountries }) : null;
    return !!city && (city.kind === 'capital' || city.kind === 'admin1' || city.population >= 100_000);
  };
  const KINDS_FIRST = book.optionalWords('places/venue-kinds-first');
  /**
   * "tại Trụ sở Bộ Công an, Hà Nội", "tại Khách sạn Melia, thành phố Đà Nẵng": a venue named by its kind first
   * (places/venue-kinds-first), up to eight words to a comma, then its city (a major place of the gazetteer): [start, end, place].
   */
  const cityAfterKindFirst = (k: number): [number, number, Place] | null => {
    let s = '';
    let v = -1;
    for (let w = k; w < n && w < k + 3 && tokens[w].word; w++) {
      s += (w > k ? ' ' : '') + tokens[w].lower;
      if (KINDS_FIRST.has(s)) v = w + 1;
    }
    if (v < 0 || !tokens[v]?.word) return null;
    const stop = Math.min(n, v + 8);
    while (v < stop && tokens[v].word) v++;
    // (the city after a comma, or in brackets: "tại Cửa khẩu quốc tế Hữu Nghị (Lạng Sơn)")
    if (tokens[v]?.text !== ',' && tokens[v]?.text !== '(') return null;
    let after = v + 1;
    while (after < n && after < v + 3 && SKIP.has(tokens[after].lower)) after++;
    const h = lookup(after);
    const city = h ? gaz.resolve(h.text, { countries: textCountries }) : null;
    if (!city || !h || !city.name || !(city.kind === 'capital' || city.kind === 'admin1' || city.population >= 100_000)) return null;
    return [after, h.end, city];
  };
  const PLACE_NOUNS = book.optionalWords('places/place-nouns');
  // "Her last stop was Harare, where ...": a tour's stop named after its noun and a copula (h-en52 probe)
  const STOP_NOUNS = book.optionalWords('places/stop-nouns');
  const STOP_COPULAS = book.optionalWords('places/stop-copulas');
  const VISIT_VERBS = book.optionalWords('places/visit-verbs');
  const VISITING = book.optionalWords('places/visiting');
  const VISITING_COPULAS = book.optionalWords('places/visiting-copulas');
  const VISITING_OPENERS = book.optionalWords('places/visiting-openers');
  const ISLAND_PREPS = book.optionalWords('places/island-prepositions');
  const ISLAND_WORDS = book.optionalWords('places/island-words');
  /** "on Bintan Island", "on the island of Jeju": an island follows the preposition at i */
  const islandAfter = (i: number): boolean => {
    let j = i + 1;
    if (tokens[j]?.lower === 'the' && ISLAND_WORDS.has(tokens[j + 1]?.lower ?? '') && tokens[j + 2]?.lower === 'of') return !!tokens[j + 3]?.cap;
    while (j < n && j < i + 5 && tokens[j].word && tokens[j].cap && !ISLAND_WORDS.has(tokens[j].lower)) j++;
    return j > i + 1 && ISLAND_WORDS.has(tokens[j]?.lower ?? '');
  };
  for (let i = 0; i < n; i++) {
    // "The first stop was the city of X": a place phrase with no preposition, read as "in X"
    const placeNoun = (tokens[i].lower === 'the' && PLACE_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i + 2]?.lower === 'of' && !PREPS.has(tokens[i - 1]?.lower ?? ''))
      // (or "Her last stop was Harare", "The first destination was Gaborone": a stop's noun and a copula, read as "in X")
      || (STOP_COPULAS.has(tokens[i].lower) && i > 0 && STOP_NOUNS.has(tokens[i - 1].lower) && !!tokens[i + 1]?.cap);
    // "visited Tunis on March 12": a verb whose object is where the visitor went, read as "to Tunis"
    const visited = VISIT_VERBS.has(tokens[i].lower);
    // "who is visiting Kuala Lumpur", "X, visiting Nairobi on May 5, held ...", "While visiting Suva": where the visitor
    // is, read as "in Kuala Lumpur" (places/visiting-copulas, places/visiting-openers)
    const visiting = VISITING.has(tokens[i].lower) && !!tokens[i + 1]?.cap
      && (i > 0 ? VISITING_COPULAS.has(tokens[i - 1].lower) || VISITING_OPENERS.has(tokens[i - 1].lower) : false);
    if (!placeNoun && !visited && !visiting && !PREPS.has(tokens[i].lower) && !(ISLAND_PREPS.has(tokens[i].lower) && islandAfter(i))) continue;
    const prep = placeNoun || visiting ? 'in' : visited ? 'to' : tokens[i].lower;
    const prepIndex = i;
    // a named venue that stands for a city: "at the Great Hall of the People", "at Hyderabad House"
    const v0 = tokens[i + 1]?.lower === 'the' ? i + 2 : i + 1;
    // (a venue's name may open with its number: "at 10 Downing Street")
    let venue = v0 < n && (tokens[v0].cap || isAsciiDigit(tokens[v0].text.charCodeAt(0))) ? gaz.venues.longest(tokens, v0) : null;
    // ("at Istana Iskandariah": a capitalised word right after a known name of one word goes on with another venue's name,
    // not "the Istana"; a day or a month after it is none: "at the Kremlin Tuesday"; a name of several words is whole, and
    // what follows it may be the guest: "received at Al Alam Palace Musalia Mudavadi")
    if (venue && venue[0] === 1 && continuesName(v0 + 1)) venue = null;
    // a venue's name several cities have ("Peace Palace": Phnom Penh, The Hague): the one in a country of the text
    const place = venue ? (venue[1].length === 1 ? venue[1][0] : venue[1].find((p) => textCountries.has(p.country)) ?? null) : null;
    if (venue && place) {
      out.push(mk(tokens, v0, v0 + venue[0], place.name, place, prep, prepIndex));
      i = v0 + venue[0] - 1;
      continue;
    }
    const kindFirst = KINDS_FIRST.size ? cityAfterKindFirst(i + 1) : null;
    if (kindFirst) {
      const [from, to, city] = kindFirst;
      out.push(mk(tokens, from, to, placeName(city, tokens.slice(from, to).map((t) => t.text).join(' ')), city, prep, prepIndex));
      i = to - 1;
      continue;
    }
    let j = i + 1;
    while (j < n && SKIP.has(tokens[j].lower) && !tokens[j].cap) j++;
    // "in the capital, Brasília", "in the city, Mombasa"
    if (j < n && tokens[j].text === ',' && j > i + 1 && SKIP.has(tokens[j - 1].lower) && tokens[j + 1]?.cap) j++;
    if (j >= n || !tokens[j].cap) continue;
    const c = countryAt.get(j);
    let hit = lookup(j);
    if (c && (!hit || hit.end <= c.end)) {
      const cap = capitalPhrase(c);
      if (cap) { out.push(mk(tokens, j, cap.end, cap.text, cap.place, prep, prepIndex)); i = cap.end - 1; continue; }
      if (c.possessive) {
        // "in China's Yunnan province", "in east China's Zhejiang"
        const h2 = lookup(c.end);
        const p = h2 ? gaz.resolve(h2.text, { country: c.code }) : null;
        if (p && h2) { out.push(mk(tokens, c.end, h2.end, h2.text, p, prep, prepIndex)); i = h2.end - 1; }
        continue;
      }
      // "in Laos": the country itself, no place; "to Singapore", "in Luxembourg": a state named as its capital is
      // named, that city (the most specific place the text names)
      if (c.form === 'name') {
        const text = tokens.slice(j, c.end).map((t) => t.text).join(' ');
        const capital = countryIdx.capitalOf(c.code);
        const city = capital && foldName(capital) === foldName(text) ? gaz.resolve(capital, { country: c.code }) : null;
        out.push(city ? mk(tokens, j, c.end, capital!, city, prep, prepIndex) : mk(tokens, j, c.end, countryIdx.name(c.code) ?? tokens[j].text, countryPlace(c.code), prep, prepIndex));
        i = c.end - 1;
      }
      continue;
    }
    // "at Yanqi Lake in Beijing", "at the Hanoi Hotel, Hanoi": a place's name opening a venue's, whose city follows
    // it; the venue's city (below) is the place, not the town that shares the venue's first word
    if (hit && venueWithCity(hit.end)) hit = null;
    if (hit) {
      const q = qualify(hit.end);
      // ("Woodside, California": the Woodside of that state)
      const place = gaz.resolve(hit.text, { country: q.country, countries: textCountries, within: q.place }) ?? (q.country ? null : gaz.resolve(hit.text, { countries: textCountries }));
      if (!place) continue;
      // "at the Santos Palace", "at Belem Palace": a venue named after a person or a place abroad, no place of a state the
      // text names; "at Carthage Palace" is in Carthage
      if (VENUE_KINDS.has(tokens[hit.end]?.lower ?? '') && tokens[hit.end].cap && !q.country && textCountries.size && !textCountries.has(place.country)) continue;
      // "at the Independence Day celebrations", "the Paris Agreement", "the Lima Group": a name of something else
      if (NAME_OF_OTHER.has(tokens[hit.end]?.lower ?? '') && !q.country) continue;
      // "in Asia", "in the Pacific": a continent or a region, not the small town of that name
      if (REGIONS.has(hit.text.toLowerCase()) && !q.country) continue;
      // a small town abroad is more likely a word that happens to be a place name ("in Celebration")
      // (not after a gathering's noun: "the Ministerial Council in Lugano" is the gathering's town: places/gathering-before)
      if (place.kind === 'city' && place.population < 100_000 && !q.country && !textCountries.has(place.country)
        && !(prep === 'in' && afterGathering(tokens, prepIndex, GATHERING_BEFORE))) continue;
      out.push(mk(tokens, j, hit.end, placeName(place, hit.text), place, prep, prepIndex));
      i = hit.end - 1;
      continue;
    }
    // a venue named by its kind and its city: "at the Nnamdi Azikiwe International Airport, Abuja",
    // "at the Grand Hotel in Lima": the city is the place
    let v = j;
    while (v < n && v < j + 6 && tokens[v].word && tokens[v].cap && !countryAt.has(v)) v++;
    if (v > j && VENUE_KINDS.has(tokens[v - 1].lower)) {
      const after = tokens[v]?.text === ',' ? v + 1 : tokens[v]?.lower === 'in' ? v + 1 : -1;
      const h = after > 0 ? lookup(after) : null;
      const city = h ? gaz.resolve(h.text, { countries: textCountries }) : null;
      if (city && h && (city.kind === 'capital' || city.kind === 'admin1' || city.population >= 100_000)) {
        out.push(mk(tokens, after, h.end, city.kind === 'admin1' || city.kind === 'capital' ? city.name : h.text, city, prep, prepIndex));
        i = h.end - 1;
        continue;
      }
    }
    // a name the gazetteer lacks is a place when the phrase says where it is ("in Anji of Zhejiang",
    // "in Anning, China's Yunnan province", "in Anning county"); a single unknown word may be a typo ("Vientine")
    let m = j;
    while (m < n && m < j + 3 && tokens[m].word && tokens[m].cap && !lex.stopwords.has(tokens[m].lower) && !countryAt.has(m)) m++;
    if (m === j) continue;
    const typed = m < n && isType(tokens[m]);
    const q = qualify(m);
    if (q.country) {
      const name = tokens.slice(j, m).map((t) => t.text).join(' ');
      // (no coordinates: those of the division's seat would put the town where it is not)
      out.push(mk(tokens, j, m, name, { name, country: q.country, kind: 'extra', population: 0, lat: null, lon: null, geonames_id: null }, prep, prepIndex));
      i = m - 1;
      continue;
    }
    // ("at Basman Palace", "at Kranji House": one unknown word that names a venue of its kind is the venue's own name,
    // not a typo of a city: Basman is not Batman)
    const venueName = m < n && tokens[m].cap && VENUE_KINDS.has(tokens[m].lower);
    if (m - j === 1 && !typed && !venueName && gaz.writtenAs(tokens[j].text)) {
      const f = gaz.resolve(tokens[j].text, { fuzzy: true, countries: textCountries });
      if (f) { out.push(mk(tokens, j, j + 1, f.name, f, prep, prepIndex)); i = j; }
    }
  }
  return out;
}

/**
 * The name to give a place: the gazetteer's for a division, and for a city when the text's spelling is
 * only another way of writing it ("Hà Nội", "Ha Noi" -> Hanoi; a spelling in another script); the
 * text's own where it is another name altogether ("Ulaanbaatar", where the gazetteer says "Ulan Bator").
 */
function placeName(place: Place, written: string): string {
  if (place.kind === 'admin1') return place.name;
  if (!/\p{Script=Latin}/u.test(written)) return place.name;
  const fold = (s: string) => foldName(s).replace(/[\s-]+/g, '');
  // (a name written with its apostrophe or ʻokina keeps the text's mark: "Nuku'alofa", "Nukuʻalofa", not the table's quote)
  if (/['’‘ʻ]/u.test(written)) return written;
  return fold(written) === fold(place.name) ? place.name : written;
}

function countryPlace(code: string): Place {
  return { name: '', country: code, kind: 'extra', population: 0, lat: null, lon: null, geonames_id: null };
}

function mk(tokens: Token[], start: number, end: number, text: string, place: Place, prep: string, prepAt?: number): PlaceMention {
  return { start, end, text, place, prep, charStart: tokens[start].start, charEnd: tokens[end - 1].end, ...(prepAt != null ? { prepAt } : {}) };
}

/**
 * Places a language names in its own words (Chinese "河内", "金边", "云南安宁"; Vietnamese "Vân Nam"), from
 * data/lang/<language>/place-names.json, and countries named as places, each after a word of
 * `places/prepositions` ("在金边", "tại Hà Nội", "赴万象").
 */
export function recognizePlaceNames(tokens: Token[], countries: CountryMention[], names: TokenTrie<Place> | null, lex: Lexicon): PlaceMention[] {
  const out: PlaceMention[] = [];
  const preps = lex.book('places').words('places/prepositions');
  const n = tokens.length;
  const spaced = lex.traits.spaces;
  const descriptors = lex.book('places').optionalWords('places/descriptors');
  /** the preposition that ends right before token i (one or two tokens; "tại Thủ đô X": over a descriptor), as [word, index] */
  const prepBefore = (i: number): [string, number] | null => {
    for (const len of [2, 1]) {
      if (i - len < 0) continue;
      const w = tokens.slice(i - len, i).map((t) => t.lower).join(spaced ? ' ' : '');
      if (descriptors.has(w)) return prepRightBefore(i - len) ?? prepRightBefore(i) ?? kindFirstBefore(i);
    }
    return prepRightBefore(i) ?? seatBefore(i) ?? kindFirstBefore(i);
  };
  // a venue named by its kind first, then a comma, before the place (tại Trụ sở Bộ Công an, Hà Nội; tại Khách sạn Melia,
  // thành phố Đà Nẵng): the place keeps the preposition before the venue (places/venue-kinds-first)
  const kindsFirst = lex.book('places').optionalWords('places/venue-kinds-first');
  const kindFirstBefore = (i: number): [string, number] | null => {
    if (!kindsFirst.size || !spaced) return null;
    let c = i - 1;
    // (over a descriptor: ", thành phố Đà Nẵng")
    for (const len of [2, 1]) {
      if (i - len > 0 && descriptors.has(tokens.slice(i - len, i).map((t) => t.lower).join(' '))) { c = i - len - 1; break; }
    }
    if (tokens[c]?.text !== ',') return null;
    // the venue: words only, a kind first right after a preposition
    for (let a = c - 2; a >= 0 && c - a <= 11; a--) {
      if (!tokens[a + 1].word) return null;
      if (!preps.has(tokens[a].lower)) continue;
      let w = '';
      for (let k = a + 1; k < Math.min(c, a + 4); k++) {
        w += (k > a + 1 ? ' ' : '') + tokens[k].lower;
        if (kindsFirst.has(w)) return [tokens[a].lower, a];
      }
      return null;
    }
    return null;
  };
  // the seat of a local body named before its province or city (tại trụ sở UBND tỉnh X, tại trụ sở Tỉnh ủy X): the place
  // keeps the preposition before the seat (places/local-seat-before)
  const seatRule = lex.book('places').optionalPattern('places/local-seat-before');
  const seatBefore = (i: number): [string, number] | null => {
    if (!seatRule || i < 3) return null;
    for (let a = i - 3; a >= Math.max(0, i - 8); a--) {
      if (!preps.has(tokens[a].lower)) continue;
      const w = tokens.slice(a, i).map((t) => t.text).join(spaced ? ' ' : '') + (spaced ? ' ' : '');
      if (seatRule.test(w)) return [tokens[a].lower, a];
    }
    return null;
  };
  const prepRightBefore = (i: number): [string, number] | null => {
    for (const len of [2, 1]) {
      if (i - len < 0) continue;
      const w = tokens.slice(i - len, i).map((t) => t.lower).join(spaced ? ' ' : '');
      if (preps.has(w)) return [w, i - len];
    }
    return null;
  };
  /** a short name (京 of 在京会见) between the words its entry asks for: a preposition right before, a word right after */
  const inContext = (from: number, to: number, ctx: { after: string[]; before: string[] }) => {
    const p = prepRightBefore(from);
    if (ctx.after.length && !(p && ctx.after.includes(p[0]))) return false;
    if (!ctx.before.length) return true;
    let w = '';
    for (let j = to; j < Math.min(n, to + 4); j++) { w += (j > to && spaced ? ' ' : '') + tokens[j].lower; if (ctx.before.includes(w)) return true; }
    return false;
  };
  const countryAt = new Map<number, CountryMention>();
  for (const c of countries) countryAt.set(c.start, c);
  for (let i = 0; i < n; i++) {
    const hit = names?.longest(tokens, i);
    if (hit && hit[1][0].context && !inContext(i, i + hit[0], hit[1][0].context)) continue;
    if (hit) {
      // "云南安宁": a province and a city in it: the most specific, the last
      let end = i + hit[0];
      let place = hit[1][0];
      const more = names!.longest(tokens, end);
      if (more && more[1][0].country === place.country) { place = more[1][0]; end += more[0]; }
      const p = prepBefore(i);
      out.push({ ...mk(tokens, i, end, place.name, place, p?.[0] ?? ''), prep: p?.[0] ?? null, ...(p ? { prepAt: p[1] } : {}) });
      i = end - 1;
      continue;
    }
    const c = countryAt.get(i);
    if (c && c.form === 'name') {
      const p = prepBefore(i);
      // "在越南河内", "抵达老挝首都万象": the country and a city of it (after a descriptor), one place: the city
      let at = c.end;
      for (const len of [2, 1]) {
        if (at + len > n) continue;
        let w = '';
        for (let j = at; j < at + len; j++) w += (j > at && spaced ? ' ' : '') + tokens[j].lower;
        if (descriptors.has(w)) { at += len; break; }
      }
      let city = names?.longest(tokens, at);
      if (at > c.end && !(city && city[1][0].country === c.code)) { at = c.end; city = names?.longest(tokens, at); }
      if (city && city[1][0].country === c.code) {
        const end = at + city[0];
        out.push({ ...mk(tokens, i, end, city[1][0].name, city[1][0], p?.[0] ?? ''), prep: p?.[0] ?? null, ...(p ? { prepAt: p[1] } : {}) });
        i = end - 1;
        continue;
      }
      if (p) { out.push({ ...mk(tokens, i, c.end, tokens.slice(i, c.end).map((t) => t.text).join(spaced ? ' ' : ''), countryPlace(c.code), p[0]), prepAt: p[1] }); i = c.end - 1; }
    }
  }
  return out;
}

/**
 * The places a sentence names in the language's own words, as token spans (longest match from the left), for the
 * name recogniser: a place holds no person's name inside it (安卡拉 is Ankara, not 卡拉).
 */
export function placeSpans(tokens: Token[], names: TokenTrie<Place>, lex: Lexicon): PlaceSpans {
  const spans: [number, number][] = [];
  const countries: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = names.longest(tokens, i);
    if (hit && !hit[1][0].context) { spans.push([i, i + hit[0]]); countries.push(hit[1][0].country); i += hit[0] - 1; }
  }
  const preps = lex.book('places').words('places/prepositions');
  const spaced = lex.traits.spaces;
  const afterPreposition = (i: number) => {
    for (const len of [2, 1]) {
      if (i - len < 0) continue;
      let w = '';
      for (let j = i - len; j < i; j++) w += (j > i - len && spaced ? ' ' : '') + tokens[j].lower;
      if (preps.has(w)) return true;
    }
    return false;
  };
  return { spans, countries, afterPreposition };
}

/**
 * Whether the preposition at i follows a gathering's noun ("the Ministerial Council in"), or the bracketed acronym closing
 * the name of a gathering's organisation ("the Ministerial Council of the Organization for Security and Co-operation in
 * Europe (OSCE) in"): a gathering noun among the twelve capitalised words before the bracket.
 */
function afterGathering(tokens: readonly { lower: string; text: string; cap?: boolean }[], i: number, nouns: ReadonlySet<string>): boolean {
  if (!nouns.size) return false;
  let k = i - 1;
  if (nouns.has(tokens[k]?.lower ?? '')) return true;
  if (tokens[k]?.text !== ')') return false;
  while (k > 0 && i - k < 6 && tokens[k].text !== '(') k--;
  if (tokens[k]?.text !== '(') return false;
  for (let m = k - 1; m >= 0 && k - m <= 12; m--) if (nouns.has(tokens[m].lower) && tokens[m].cap) return true;
  return false;
}
