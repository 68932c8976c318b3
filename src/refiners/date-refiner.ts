/**
 * Event dates. A draft's stated date is the date expression of its sentence nearest the trigger.
 * Resolution against the publication date: "April 16" takes the year of publication unless that
 * puts it after publication (then the previous year only across a new year, else `--04-16`);
 * "on Thursday" is the latest Thursday on or before publication; "today" is the publication day;
 * "on the same day" is the previous event's day; a dateline's month-day ("BEIJING, June 26") covers
 * the first event when its sentences state none. Nothing is resolved that the text does not support.
 */
import { reportOrder } from './event-merger.js';
import type { DateMention, DateValue, Doc, DraftEvent } from '../doc.js';
import { inferred } from '../decision.js';
import { formatDate, parseIsoDay, isoDay } from '../recognizers/date-recognizer.js';

const DAY = 86_400_000;

/** The date mention that states when the draft's encounter happened, or null. */
export function statedDateMention(d: DraftEvent, doc: Doc, allowQuoted = false): DateMention | null {
  const t = d.triggers[0];
  const a = doc.analyses[d.sentences[0]];
  if (!a || !t) return null;
  const occasions = a.occasions;
  // the dateline that opens a story ("Hanoi, March 3 (VNA) –") dates the report, not the encounter
  const dl = /^[^()]{2,50}\([\p{Lu}\p{L} ]{2,20}\)\s*(?:--|[—–:-])/u.exec(a.sentence.text);
  const datelineEnd = dl ? a.sentence.start + dl[0].length : a.sentence.start;
  // "today" inside a quotation is the quoted statement's day, not the text's
  const quoted = (m: DateMention) => (a.sentence.text.slice(0, m.charStart - a.sentence.start).match(/"/g)?.length ?? 0) % 2 === 1;
  const usable = a.dates.filter((m) => m.charStart >= datelineEnd && !occasions.some((o) => m.charStart >= o.charStart && m.charEnd <= o.charEnd)
    && (allowQuoted || !((m.value.relative != null || m.value.weekday != null) && quoted(m))));
  // a span of days ("December 25-26") dates a visit, not one encounter: only when nothing names a day
  const days = usable.filter((m) => !m.value.range);
  const cands = days.length ? days : usable;
  if (!cands.length) return null;
  // nearest to the trigger; a date after the trigger wins a tie ("met X on April 16")
  let best: DateMention | null = null;
  let bestD = Infinity;
  for (const m of cands) {
    const dist = m.charStart >= t.charEnd ? m.charStart - t.charEnd : (t.charStart - m.charEnd) * 1.2;
    if (dist < bestD) { bestD = dist; best = m; }
  }
  return best;
}

export function statedDate(d: DraftEvent, doc: Doc): DateValue | null {
  return statedDateMention(d, doc)?.value ?? null;
}

/** Resolves a date value against the reference day; null when it cannot be placed at all. */
export function resolveDate(v: DateValue, ref: Date | null): string | null {
  if (v.relativeYear != null) return ref ? String(ref.getUTCFullYear() + v.relativeYear) : null;
  if (v.relative != null) return ref ? isoDay(new Date(ref.getTime() + v.relative * DAY)) : null;
  if (v.weekday != null) {
    if (!ref) return null;
    const back = (ref.getUTCDay() - v.weekday + 7) % 7;
    return isoDay(new Date(ref.getTime() - back * DAY));
  }
  if (v.year != null) return formatDate(v);
  if (v.month != null && v.day != null) {
    if (!ref) return formatDate(v);
    const y = ref.getUTCFullYear();
    const same = Date.UTC(y, v.month - 1, v.day);
    if (same <= ref.getTime() + DAY) return formatDate({ ...v, year: y });
    // "December 30" in a text of January 2: the previous year
    const prev = Date.UTC(y - 1, v.month - 1, v.day);
    if (ref.getTime() - prev <= 62 * DAY) return formatDate({ ...v, year: y - 1 });
    return formatDate(v);
  }
  if (v.month != null) {
    if (!ref) return null;
    const y = ref.getUTCFullYear();
    return formatDate({ year: v.month <= ref.getUTCMonth() + 1 ? y : y - 1, month: v.month });
  }
  return null;
}

/**
 * With no publication date, the latest month the text itself dates ("in September 2021") gives the
 * year of a bare month-day; never a day for weekdays or "today". Years after the caller's reference
 * day (when one is given) are not the text's own.
 */
function textReference(doc: Doc, maxYear: number | null): { year: number; month: number; day: number | null } | null {
  let best: { year: number; month: number; day: number | null } | null = null;
  const key = (x: { year: number; month: number; day: number | null }) => x.year * 400 + x.month * 32 + (x.day ?? 0);
  let yearOnly: number | null = null;
  for (const a of doc.analyses) {
    if (a.sentence.noise) continue;
    for (const d of a.dates) {
      const v = d.value;
      if (v.year == null || (maxYear != null && v.year > maxYear)) continue;
      if (v.month == null) { if (!yearOnly || v.year > yearOnly) yearOnly = v.year; continue; }
      const c = { year: v.year, month: v.month, day: v.day ?? null };
      if (!best || key(c) > key(best)) best = c;
    }
  }
  // a bare year ("as ASEAN Chair in 2016") only when nothing dates a month
  return best ?? (yearOnly ? { year: yearOnly, month: 1, day: null } : null);
}

/** The year of the first month-day on or after the reference month (an event is reported after what the text dates). */
function yearAfter(ref: { year: number; month: number; day: number | null }, month: number, day: number): number {
  if (month > ref.month || (month === ref.month && (ref.day == null || day >= ref.day))) return ref.year;
  return ref.year + 1;
}

/**
 * Each event's date, as a decision: the date its sentences state, resolved against the publication
 * date (or the caller's reference day); "on the same day" is the previous event's day; a story's
 * dateline dates its first event when nothing else does.
 */
export function refineDates(events: DraftEvent[], doc: Doc, reference: string | null = null): void {
  const refDay = doc.published?.value ?? reference;
  const refWhat = doc.published ? `the publication date ${doc.published.value}` : reference ? `the reference day ${reference}` : '';
  const ref = parseIsoDay(refDay);
  const maxYear = ref ? ref.getUTCFullYear() : null;
  const weak = ref ? null : textReference(doc, maxYear);
  let previous: DraftEvent | null = null;
  let first = true;
  for (const e of events) {
    let value: DateValue | null = null;
    let rule: string | null = null;
    let mention: DateMention | null = null;
    // the first body draft sentence with a date, else the headline's
    const order = reportOrder(e, doc);
    // a quoted "today" ("Spoke tonight with ...", a statement quoted in the text) only when nothing else dates it
    for (const allowQuoted of [false, true]) {
      for (const s of order) {
        const draft: DraftEvent = { ...e, sentences: [s], triggers: e.triggers.filter((t) => doc.analyses[s].triggers.includes(t)) };
        if (!draft.triggers.length) draft.triggers = [{ ...e.triggers[0], charStart: doc.sentences[s].start, charEnd: doc.sentences[s].start }];
        const m = statedDateMention(draft, doc, allowQuoted);
        if (m) { mention = m; value = m.value; rule = m.rule; break; }
      }
      if (value) break;
    }
    const span = mention ? { start: mention.charStart, end: mention.charEnd } : null;
    e.date = null;
    if (value?.sameDay) {
      if (previous?.date) {
        e.date = inferred(previous.date.value, rule ?? 'date/same-day', 'the day of the encounter reported before it', span, ['year', 'month', 'day']);
        e.sameDayAs = previous;
      }
    } else if (value?.range) {
      // the encounter fell within a span of days: the month is what the text supports
      const resolved = resolveDate({ ...value, range: undefined }, ref);
      let year = resolved && /^\d{4}/.test(resolved) ? Number(resolved.slice(0, 4)) : null;
      let yearFrom = value.year != null ? null : refWhat;
      if (year == null && weak && value.month != null && value.day != null) { year = yearAfter(weak, value.month, value.day); yearFrom = `a date the text gives (${weak.year})`; }
      if (year != null && value.month != null) {
        const v = `${year}-${String(value.month).padStart(2, '0')}`;
        e.date = yearFrom ? inferred(v, `${rule}+range-month`, yearFrom, span, ['year']) : { ...inferred(v, `${rule}+range-month`, 'a span of days: the month', span), basis: 'stated' };
      }
    } else if (value) {
      const v = resolveDate(value, ref);
      if (v) {
        const relative = value.weekday != null || value.relative != null || value.relativeYear != null;
        if (relative) e.date = inferred(v, `${rule}+published`, refWhat, span, value.relativeYear != null ? ['year'] : ['year', 'month', 'day']);
        else if (value.year == null && !v.startsWith('--')) e.date = inferred(v, rule!, refWhat, span, ['year']);
        else e.date = { value: v, rule: rule!, basis: 'stated', span };
        if (v.startsWith('--') && weak && value.month != null && value.day != null) {
          const y = yearAfter(weak, value.month, value.day);
          if (maxYear == null || y <= maxYear) e.date = inferred(`${y}${v.slice(1)}`, `${rule}+text-year`, `a date the text gives (${weak.year})`, span, ['year']);
        }
      }
    } else if (first && doc.dateline?.date) {
      const v = resolveDate(doc.dateline.date, ref);
      if (v) e.date = inferred(v, 'date/dateline', 'the dateline of the story', null, doc.dateline.date.year == null ? ['year'] : undefined);
    }
    if (e.date) previous = e;
    if (!e.referenced) first = false;
  }
}
