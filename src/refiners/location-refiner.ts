/**
 * Where an in-person encounter happened: the place phrase of a sentence that reports it, nearest
 * after the trigger ("met ... in Chongqing", "on the sidelines of ... in Yunnan, China"), else a
 * sentence that continues it ("The meetings took place ... in Laos"), else the dateline's place
 * (marked inferred). Calls, video conferences and letters have no place.
 */
import { reportOrder } from './event-merger.js';
import type { Doc, DraftEvent, PlaceMention, SentenceAnalysis, TriggerMention } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { stated, inferred } from '../decision.js';
import { modeOf } from './event-merger.js';

export function refineLocations(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const book = lex.book('places');
  const encounterPreps = book.words('places/encounter-prepositions');
  const visitWords = book.words('places/visit-words');
  const visiting = book.words('places/visiting');
  const described = book.words('places/described-nouns');
  /** "the situation in Myanmar": the place describes the noun before it, not the encounter (the trigger's own "talks in X" stays) */
  const describesNoun = (a: SentenceAnalysis, p: PlaceMention, trigger: TriggerMention | undefined) => {
    const at = (p.prepAt ?? p.start - 1) - 1;
    const head = a.tokens[at];
    if (!head || !described.has(head.lower)) return false;
    return !trigger || at >= trigger.tokEnd || at < trigger.tokStart;
  };
  let first = true;
  let previous: DraftEvent | null = null;
  for (const e of events) {
    const prev = previous;
    if (!e.referenced) previous = e;
    if (modeOf(e.kind.value) !== 'in_person') { e.location = null; continue; }
    let best: PlaceMention | null = null;
    const order = reportOrder(e, doc);
    for (const s of order) {
      const a = doc.analyses[s];
      const t = e.triggers.find((x) => a.triggers.includes(x));
      // "in Hanoi", "at ...", and "(official) visit to Laos": the encounters of a visit happen where it went
      const visitTo = (p: PlaceMention) => a.tokens.slice(Math.max(0, p.start - 5), p.start).some((t) => visitWords.has(t.lower));
      const places = a.places.filter((p) => ((p.prep != null && encounterPreps.has(p.prep)) || (p.prep === 'to' && (e.kind.value === 'visit' || visitTo(p)))) && !describesNoun(a, p, t));
      if (!places.length) continue;
      const at = t?.charEnd ?? a.sentence.start;
      const afterT = places.filter((p) => p.charStart >= at);
      best = afterT[0] ?? places[places.length - 1];
      break;
    }
    if (!best) {
      // "..., who is visiting Japan": the country the visitor is in
      for (const s of order) {
        const a = doc.analyses[s];
        const c = a.countries.find((x) => x.form === 'name' && visiting.has(a.tokens[x.start - 1]?.lower ?? ''));
        if (c) {
          e.location = stated({ place: null, country: c.code, lat: null, lon: null, geonames_id: null }, 'location/visiting', { start: a.tokens[c.start].start, end: a.tokens[c.end - 1].end });
          break;
        }
      }
      if (e.location) { if (!e.referenced) first = false; continue; }
    }
    if (best) {
      const p = best.place;
      e.location = stated({ place: p.name ? best.text : null, country: p.country, lat: p.lat, lon: p.lon, geonames_id: p.geonames_id }, `location/${best.prep}-place`, { start: best.charStart, end: best.charEnd });
    } else if (e.sameDayAs && e.sameDayAs === prev && prev.location && modeOf(prev.kind.value) === 'in_person') {
      // "On the same day, X received Y": where the day's other encounter was (inferred)
      e.location = inferred(prev.location.value, 'location/same-day', 'the place of the encounter reported before it on the same day');
    } else if (first && doc.dateline?.place && !e.referenced) {
      const p = doc.dateline.place;
      e.location = inferred({ place: p.name || null, country: p.country, lat: p.lat, lon: p.lon, geonames_id: p.geonames_id }, 'location/dateline', `the dateline of the story (${doc.dateline.placeText})`);
    }
    if (!e.referenced) first = false;
  }
}
