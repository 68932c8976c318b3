/**
 * Where an in-person encounter happened, from the strongest evidence to the weakest:
 * 1. a place phrase of a sentence that reports it, nearest after the trigger ("met ... in Chongqing",
 *    "on the sidelines of ... in Yunnan, China"; a named venue stands for its city: "at the Great
 *    Hall of the People"), never a place that describes another noun ("the situation in Myanmar"),
 *    and a city of the event's sentences over a country ("met ... in Brazil" and "in Brasília");
 * 2. "who is visiting Japan": the country the visitor is in;
 * 3. a generic venue ("at the Presidential Palace") or a visitor ("received the visiting Malian
 *    prime minister"): the capital of the host (inferred);
 * 4. "on the same day" after an encounter with a place: that place (inferred);
 * 5. the dateline's place, for the text's first encounter (inferred).
 * Calls, video conferences and letters have no place.
 */
import { reportOrder } from './event-merger.js';
import type { Doc, DraftEvent, PlaceMention, SentenceAnalysis, TriggerMention, Entity } from '../doc.js';
import { triggersIn } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { Gazetteer, Place } from '../knowledge/gazetteer.js';
import type { CountryIndex } from '../knowledge/countries.js';
import type { Location } from '../types.js';
import { stated, inferred } from '../decision.js';
import { modeOf } from './event-merger.js';

/** Trigger rules whose subject hosts the encounter ("received", "hosted", "welcomed"). */
const HOSTING_ACTIVE = /^meeting\/(?:received|hosted|hosted-reception)$/;

const locationOf = (p: Place, text: string | null): Location => ({ place: p.name ? text ?? p.name : null, country: p.country, lat: p.lat, lon: p.lon, geonames_id: p.geonames_id });

export function refineLocations(events: DraftEvent[], doc: Doc, lex: Lexicon, gaz: Gazetteer, countries: CountryIndex): void {
  const book = lex.book('places');
  const encounterPreps = book.words('places/encounter-prepositions');
  const visitWords = book.words('places/visit-words');
  const visitBefore = book.has('places/visit-country-before') ? book.pattern('places/visit-country-before') : null;
  const visitAfter = book.has('places/visit-country-after') ? book.pattern('places/visit-country-after') : null;
  const toPreps = book.has('places/to-prepositions') ? book.words('places/to-prepositions') : new Set(['to']);
  // "ngay sau khi tới Thủ đô Viêng Chăn, ... đã có cuộc gặp": where the visitor has just arrived
  const arrival = book.has('places/arrival-before') ? book.pattern('places/arrival-before') : null;
  const arrivedIn = (a: SentenceAnalysis, p: PlaceMention) => !!arrival && arrival.test(a.sentence.text.slice(Math.max(0, p.charStart - a.sentence.start - 60), p.charStart - a.sentence.start));
  const visiting = book.words('places/visiting');
  const described = book.words('places/described-nouns');
  const genericVenue = book.has('places/generic-venues') ? book.wordPattern('places/generic-venues') : null;
  /** "the situation in Myanmar": the place describes the noun before it, not the encounter (the trigger's own "talks in X" stays) */
  const describesNoun = (a: SentenceAnalysis, p: PlaceMention, trigger: TriggerMention | undefined) => {
    const at = (p.prepAt ?? p.start - 1) - 1;
    const head = a.tokens[at];
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
    const visitors = e.participants.filter((p) => p.mentions.some((m) => e.sentences.includes(m.sentence) && visiting.has(doc.analyses[m.sentence].tokens[m.start - 1]?.lower ?? '')));
    if (visitors.length) {
      const hosts = e.participants.filter((p) => !visitors.includes(p) && p.country);
      return hosts.length === 1 ? hosts[0] : null;
    }
    const t = e.triggers.find((x) => x.rule === e.kind.rule);
    if (t && t.voice === 'active' && HOSTING_ACTIVE.test(t.rule)) return e.participants[0] ?? null;
    return null;
  };

  let first = true;
  let previous: DraftEvent | null = null;
  for (const e of events) {
    const prev = previous;
    if (!e.referenced) previous = e;
    e.location = null;
    if (modeOf(e.kind.value) !== 'in_person') continue;
    let best: PlaceMention | null = null;
    const order = reportOrder(e, doc);
    const candidates = (s: number): PlaceMention[] => {
      const a = doc.analyses[s];
      const t = triggersIn(e, doc, s)[0];
      // "in Hanoi", "at ...", and "(official) visit to Laos": the encounters of a visit happen where it went
      const visitTo = (p: PlaceMention) => a.tokens.slice(Math.max(0, p.start - 5), p.start).some((x) => visitWords.has(x.lower));
      return a.places.filter((p) => ((p.prep != null && encounterPreps.has(p.prep)) || (p.prep != null && toPreps.has(p.prep) && (e.kind.value === 'visit' || visitTo(p) || arrivedIn(a, p)))) && !describesNoun(a, p, t));
    };
    for (const s of order) {
      const places = candidates(s);
      if (!places.length) continue;
      const t = triggersIn(e, doc, s)[0];
      const at = t?.charEnd ?? doc.sentences[s].start;
      const afterT = places.filter((p) => p.charStart >= at);
      best = afterT[0] ?? places[places.length - 1];
      // a venue and its city named beside it ("at the Great Hall of the People in Beijing"): the city the text states
      if (best.place.venue) best = places.find((p) => !p.place.venue && p.charStart >= best!.charStart) ?? best;
      break;
    }
    // a country, when a sentence of the encounter names a city in it: the city
    if (best && !best.place.name) {
      const country = best.place.country;
      const city = order.flatMap(candidates).find((p) => p.place.name && p.place.country === country);
      if (city) best = city;
    }
    if (best) {
      const p = best.place;
      const span = { start: best.charStart, end: best.charEnd };
      e.location = p.venue
        ? inferred(locationOf(p, p.name), `location/${best.prep}-venue`, `${p.venue} is in ${p.name}`, span)
        : stated(locationOf(p, best.text), `location/${best.prep}-place`, span);
    }
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
    if (!e.location && (e.kind.value === 'visit' || e.triggers.some((t) => t.kind === 'visit')) && (visitBefore || visitAfter)) {
      // "chuyến thăm chính thức Trung Quốc", "对越南国事访问": the destination the visit names
      for (const s of order) {
        const a = doc.analyses[s];
        const text = a.sentence.text, base = a.sentence.start;
        const c = a.countries.find((x) => {
          if (x.form !== 'name') return false;
          const from = a.tokens[x.start].start - base, to = a.tokens[x.end - 1].end - base;
          return (visitBefore?.test(text.slice(Math.max(0, from - 60), from)) ?? false) || (visitAfter?.test(text.slice(to, to + 30)) ?? false);
        });
        if (c) {
          e.location = stated({ place: null, country: c.code, lat: null, lon: null, geonames_id: null }, 'location/visit-country', { start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end });
          break;
        }
      }
    }
    if (!e.location) {
      // "received X at the Presidential Palace", "received the visiting prime minister": the host's capital
      const host = hostOf(e);
      const venue = host && genericVenue ? order.map((s) => genericVenue.exec(doc.sentences[s].text)).find(Boolean) : null;
      const visitor = host && !venue && e.participants.some((p) => p !== host && p.mentions.some((m) => visiting.has(doc.analyses[m.sentence].tokens[m.start - 1]?.lower ?? '')));
      const cap = host?.country && (venue || visitor) ? capitalOf(host.country.value) : null;
      if (cap) e.location = inferred(locationOf(cap, cap.name), venue ? 'location/host-venue' : 'location/host-capital', venue ? `"${venue[0]}" of the host (${host!.country!.value}) stands for its capital` : `the capital of the host (${host!.country!.value}) of a visitor`);
    }
    if (!e.location && e.sameDayAs && e.sameDayAs === prev && prev.location && modeOf(prev.kind.value) === 'in_person') {
      // "On the same day, X received Y": where the day's other encounter was (inferred)
      e.location = inferred(prev.location.value, 'location/same-day', 'the place of the encounter reported before it on the same day');
    }
    if (!e.location && first && doc.dateline?.place && !e.referenced) {
      const p = doc.dateline.place;
      e.location = inferred(locationOf(p, p.name || null), 'location/dateline', `the dateline of the story (${doc.dateline.placeText})`);
    }
    if (!e.referenced) first = false;
  }
}
