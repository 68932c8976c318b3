/**
 * The occasion of each event (the gathering it happened at or beside), and its link to the
 * calendar of multilateral meetings: the link gives a date window when the text gives no day,
 * and a host city when the text names no place; both are marked inferred and never replace what
 * the text states.
 */
import type { Doc, DraftEvent } from '../doc.js';
import type { MeetingsCalendar } from '../knowledge/meetings-calendar.js';
import type { Gazetteer } from '../knowledge/gazetteer.js';
import { modeOf } from './event-merger.js';
import { stated, inferred, withRoute } from '../decision.js';
import { namesAGathering } from '../recognizers/occasion-recognizer.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { headlineCityOf, locationOf } from './location-refiner.js';

/** Days before a gathering's first day and after its last that its sideline encounters may fall on. */
export const WINDOW_BEFORE = 2;
export const WINDOW_AFTER = 1;

function shiftDay(day: string, by: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day;
  return new Date(Date.parse(`${day}T00:00:00Z`) + by * 86_400_000).toISOString().slice(0, 10);
}

export function refineOccasions(events: DraftEvent[], doc: Doc, calendar: MeetingsCalendar, gaz: Gazetteer, lex: Lexicon, reference: string | null = null): void {
  for (const e of events) {
    e.occasion = null;
    for (const s of e.sentences) {
      const os = doc.analyses[s].occasions;
      const o = os.find((x) => namesAGathering(x.text, lex)) ?? os[0];
      if (o) {
        e.occasion = stated({ text: o.text, id: null }, o.rule, { start: o.charStart, end: o.charEnd });
        break;
      }
    }
    if (!e.occasion) continue;
    const day = e.date && !e.date.value.startsWith('--') ? e.date.value : doc.published?.value ?? reference;
    // a month-day and the city the text names, with no year anywhere ("met X on July 6 ... on the occasion of the BRICS
    // Summit in Rio de Janeiro"): the one gathering of the series held there on those days
    const place = e.location?.basis === 'stated' ? e.location.value.place : null;
    const meeting = calendar.match(e.occasion.value.text, day)
      ?? (e.date?.value.startsWith('--') && place ? calendar.matchDayAndCity(e.occasion.value.text, e.date.value.slice(2), place, WINDOW_BEFORE, WINDOW_AFTER) : null);
    if (!meeting) {
      // "Minister X holds bilateral meetings in Brussels" over "On the margins of the meeting of NATO Ministers of Foreign
      // Affairs, X met Y": a gathering the calendar does not know, with no place the text gives the encounter, is in the one
      // city the headline puts the story in (inferred; h-en63 probe, a foreign ministry's page)
      const h = !e.location && !e.referenced && modeOf(e.kind.value) === 'in_person' ? headlineCityOf(doc) : null;
      if (h) e.location = inferred(locationOf(h.place, h.text), 'location/headline-city-gathering',
        `the city the headline puts the story in ("${h.text}"), for a gathering the calendar does not know`, { start: h.charStart, end: h.charEnd });
      continue;
    }
    e.occasion.value.id = meeting.id;
    if (!e.date || e.date.value.startsWith('--')) {
      // encounters "on the occasion of" a gathering happen from the delegations' arrival to the day after
      const from = shiftDay(meeting.from, -WINDOW_BEFORE), to = shiftDay(meeting.to, WINDOW_AFTER);
      const md = e.date?.value.slice(1);
      const fits = !md || (from.slice(4) <= md && md <= to.slice(4));
      const evidence = `the calendar: ${meeting.id} was held ${meeting.from}..${meeting.to}`;
      if (fits && md && e.date) {
        // a month-day within the gathering's days: the gathering gives the year
        const year = from.slice(5) <= md.slice(1) ? from.slice(0, 4) : to.slice(0, 4);
        const bare = e.date.value;
        e.date = withRoute(e.date, inferred(`${year}${md}`, `${e.date.rule}+calendar-year`, evidence, e.date.span, ['year']));
        // the encounters of the same day told after it ("On the same day, X also met Y") take the year too
        for (const o of events) if (o.sameDayAs && o.sameDayAs.date?.value === e.date.value && o.date?.value === bare) o.date = withRoute(o.date, inferred(e.date.value, `${o.date.rule}+calendar-year`, evidence, o.date.span, o.date.inferredParts ?? ['year']));
      } else if (fits) e.dateWindow = inferred({ from, to, source: `calendar:${meeting.id}` }, `calendar:${meeting.id}`, evidence);
    }
    if (!e.location && modeOf(e.kind.value) === 'in_person' && meeting.country && !meeting.virtual) {
      const p = meeting.city ? gaz.resolve(meeting.city, { country: meeting.country }) : null;
      e.location = inferred({ place: meeting.city, country: meeting.country, lat: p?.lat ?? null, lon: p?.lon ?? null, geonames_id: p?.geonames_id ?? null }, `location/calendar:${meeting.id}`, `the calendar: ${meeting.id} was held in ${meeting.city ?? meeting.country}`);
    }
  }
  // "X met Y on the margins of CHOGM on Wednesday. Later, X met Z": an in-person encounter of the same day and party told
  // after one the calendar placed at its gathering, with no place of its own, is at that gathering too (inferred)
  for (const e of events) {
    const prev = e.sameDayAs;
    if (e.location || e.referenced || !prev || prev.referenced || modeOf(e.kind.value) !== 'in_person') continue;
    if (!prev.location?.rule.startsWith('location/calendar:') || !e.participants.some((p) => prev.participants.includes(p))) continue;
    e.location = inferred(prev.location.value, `${prev.location.rule}+same-day`, `the place of the encounter of the same day told before it (${prev.location.evidence})`);
  }
}

/**
 * Sentences like "The meeting took place on the occasion of ..." continue the event just reported;
 * "The meetings took place ... in Laos" (plural) sets the scene for every in-person event of the text.
 */
export function attachContinuations(events: DraftEvent[], doc: Doc, continuation: RegExp, gathering: RegExp | null = null): void {
  let recent: DraftEvent[] = events.filter((e) => e.sentences.some((s) => doc.sentences[s].role === 'headline'));
  const attach = (e: DraftEvent, s: number) => {
    if (!e.sentences.includes(s)) { e.sentences.push(s); e.sentences.sort((x, y) => x - y); }
  };
  for (const a of doc.analyses) {
    if (a.sentence.noise || a.sentence.role === 'headline') continue;
    const starting = events.filter((e) => e.sentences.includes(a.sentence.index));
    if (starting.length) { recent = starting; continue; }
    const m = continuation.exec(a.sentence.text) ?? gathering?.exec(a.sentence.text);
    if (!m) continue;
    // (what the words name, by the rule's named groups: several encounters, a message, the trip; events/continuation)
    const named = m.groups ?? {};
    if (named.plural != null) { for (const e of events) if (modeOf(e.kind.value) === 'in_person' && !e.referenced) attach(e, a.sentence.index); }
    // ("The message concerned ...", "In the letter, X ...": the written exchange just reported, not an encounter beside it)
    else if (named.written != null) { const w = recent.filter((e) => modeOf(e.kind.value) === 'written'); if (w.length) attach(w[w.length - 1], a.sentence.index); }
    // ("Y had visited Malé in July, when he met Z. The visit concludes today.": "the visit" is the story's trip, not an
    // encounter the text recalls; it goes on from the latest one reported, else from none; h-en50 probe b2)
    else if (named.trip != null) { const r = recent.filter((e) => !e.referenced && !e.triggers.every((t) => t.recalled)); if (r.length) attach(r[r.length - 1], a.sentence.index); }
    else if (recent.length) attach(recent[recent.length - 1], a.sentence.index);
  }
}
