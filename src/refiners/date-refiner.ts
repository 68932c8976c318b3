/**
 * Event dates. A draft's stated date is the date expression of its sentence nearest the trigger.
 * Resolution against the publication date: "April 16" takes the year of publication unless that
 * puts it after publication (then the previous year only across a new year, else `--04-16`);
 * "on Thursday" is the latest Thursday on or before publication; "today" is the publication day;
 * "on the same day" is the previous event's day; a dateline's month-day ("BEIJING, June 26") covers
 * the first event when its sentences state none. Nothing is resolved that the text does not support.
 */
import { ruleBook } from '../knowledge/rule-book.js';
import { reportOrder } from './event-merger.js';
import { dayTime, wellBefore } from './referenced-refiner.js';
import type { DateMention, DateValue, Doc, DraftEvent, Entity, SentenceAnalysis, TriggerMention } from '../doc.js';
import { triggersIn, sentenceAt, monthsNamed, sentenceBefore, sentenceAfter } from '../doc.js';
import { inferred } from '../decision.js';
import type { FestivalCalendar } from '../knowledge/festivals.js';
import { formatDate, parseIsoDay, isoDay, recognizeDates, relativeCalendarDay, latestWeekday, latestMonthYear } from '../recognizers/date-recognizer.js';
import { datelineEnd, addressDate } from '../recognizers/dateline-recognizer.js';
import { relativeClauses, otherTimeSpans } from '../text/clauses.js';
import { tokenize } from '../text/tokenizer.js';
import { coordinateClause, listAsideSpans } from './coordinate-clause.js';

const DAY = 86_400_000;

/** Where each sentence's opening dateline ends (asked for each event and sentence: computed once). */
const datelineEnds = new WeakMap<object, number>();

/** A mention that names a day (or a relative day) rather than only a month or a year. */
const namesDay = (m: DateMention) => m.value.day != null || m.value.relative != null || m.value.weekday != null || !!m.value.sameDay || m.value.spanDay != null;

/** What joins the two ends of a span of dates: "1950.1.18~2022.1.18", "1975–2025". */
const YEAR_SPAN_JOINER = /^\s*[~～\-–—]\s*$/;

/** How many sentences after a report of separate meetings one of them may be told in detail. */
const SEPARATE_REACH = 15;

/** How many days after the publication date a month-day may fall and still take its year. */
const AHEAD_DAYS = 7;

/** How many days a full date in the event's sentence may stand from a month-day to give it its year. */
const NEAR_DATE_DAYS = 45;

/** How far (characters) a bare year may stand from the words that report the encounter ("met in 2019"). */
const YEAR_ONLY_REACH = 40;

/**
 * The date mention that states when the draft's encounter happened, or null. `precision` 'single' takes only
 * mentions that name one day (not a span of days, "từ ngày 1-3/12"); 'day'
 * takes only mentions that name a day; 'any' also a month or a year, a bare year only right beside
 * the trigger ("met in 2019", not "trade in 2024 rose 17.8%").
 */
export function statedDateMention(d: DraftEvent, doc: Doc, allowQuoted = false, precision: 'fixed' | 'single' | 'day' | 'any' = 'any'): DateMention | null {
  const t = d.triggers[0];
  const a = doc.analyses[d.sentences[0]];
  if (!a || !t || !a.dates.length) return null;
  const occasions = a.occasions;
  const { other: otherClause, otherBefore, withinSpan, sequel, inTopic, stayWhere, openingYear } = clauseWordsOf(doc.language);
  // "X, on his first visit to Peru since taking office in March, held talks with Y": the words of the clause before a
  // date that stands before the trigger (from the last comma, semicolon or bracket) open another happening
  const otherBeforeDate = (m: DateMention) => {
    if (!otherBefore || m.charEnd > t.charStart) return false;
    const head = a.sentence.text.slice(0, m.charStart - a.sentence.start);
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('('), head.lastIndexOf('—'), head.lastIndexOf('–'));
    // (the date's own words too, "since March" being one mention; not a period of the year, "since the beginning of
    // the year", which the year's encounters fall in)
    const to = m.value.month != null && m.value.relativeYear == null && m.value.year == null ? m.charEnd : m.charStart;
    return otherBefore.test(a.sentence.text.slice(cut + 1, to - a.sentence.start));
  };
  // the dateline that opens a story ("Hanoi, March 3 (VNA) –") dates the report, not the encounter
  let end = datelineEnds.get(a);
  // (so does an agency's dispatch line the dateline stage read, "新华社万象12月2日电": the story's day, which the dateline
  // gives the first encounter it reports unless the text says otherwise, "访问期间" of a visit of several days; h-zv34)
  // ("Tokyo, December 3 - X held talks with Y on December 2": the dateline the page's reading found, in any case of
  // letters, holds the report's day, not the encounter's; h-en51)
  if (end === undefined) {
    const dispatch = doc.dateline?.date && doc.dateline.sentence === a.sentence.index && doc.dateline.end > 0 ? doc.dateline.end : 0;
    end = a.sentence.start + Math.max(datelineEnd(a.sentence.text), dispatch);
    datelineEnds.set(a, end);
  }
  // "today" inside a quotation is the quoted statement's day, not the text's
  const quoted = (m: DateMention) => (a.sentence.text.slice(0, m.charStart - a.sentence.start).match(/"/g)?.length ?? 0) % 2 === 1;
  const near = (m: DateMention) => Math.min(Math.abs(m.charStart - t.charEnd), Math.abs(t.charStart - m.charEnd)) <= YEAR_ONLY_REACH;
  // "In 2023, while still Senior Minister, X met Y", "Năm 2023, khi còn là ..., ông X đã có cuộc gặp với Y": a year that
  // opens the sentence, set off by a comma, dates the sentence however far its encounter's words stand (dates/opening-year)
  const opensSentence = (m: DateMention) => !!openingYear && m.charEnd <= t.charStart
    && /^\s*[,，]/.test(a.sentence.text.slice(m.charEnd - a.sentence.start, m.charEnd - a.sentence.start + 3))
    && openingYear.test(a.sentence.text.slice(0, m.charEnd - a.sentence.start));
  // "72nd anniversary of ties (1950.1.18~2022.1.18)": two full dates of different years joined as a span
  // measure a time, they do not date an encounter
  const spanOfYears = (m: DateMention, i: number) => {
    const other = (o: DateMention | undefined, gap: string) => !!o && o.value.year != null && m.value.year != null && o.value.year !== m.value.year && YEAR_SPAN_JOINER.test(gap);
    const text = a.sentence.text, base = a.sentence.start;
    const next = a.dates[i + 1], prev = a.dates[i - 1];
    return other(next, next ? text.slice(m.charEnd - base, next.charStart - base) : '') || other(prev, prev ? text.slice(prev.charEnd - base, m.charStart - base) : '');
  };
  // "X, who arrived in Accra on Monday, held talks with Y on Tuesday": a relative clause's date dates what the clause
  // tells, the main clause's date the main clause (char spans of the clauses, the one holding the trigger)
  const clauses = relativeOf(a, doc.language);
  const own = clauses.find(([s, e]) => t.charStart >= s && t.charEnd <= e) ?? null;
  // "In Riga he met A on Thursday, and in Vilnius he held talks with B on Friday": each coordinated clause its own day
  const [cFrom, cTo] = a.triggers.length > 1 ? coordinateClause(a, t, ruleBook(doc.language ?? 'en', 'events')) : [-Infinity, Infinity];
  // ("On May 3 X chaired a welcome ceremony for Y, after which the two held talks": the day of the clause before)
  const before = (m: DateMention) => m.charEnd <= t.charStart && m.charStart < cFrom && !!sequel?.test(a.sentence.text.slice(m.charEnd - a.sentence.start, t.charStart - a.sentence.start));
  // ("met A, two weeks after their first meeting on May 3, and B": a list's aside dates its own encounter)
  const asides = listAsideSpans(a, ruleBook(doc.language ?? 'en', 'events'));
  const ownAside = asides.find(([s, e]) => t.charStart >= s && t.charEnd <= e) ?? null;
  const asideOk = (m: DateMention) => (ownAside ? m.charStart >= ownAside[0] && m.charEnd <= ownAside[1] : !asides.some(([s, e]) => m.charStart >= s && m.charEnd <= e));
  // ("Days after they spoke by phone, X met Y in Z on Tuesday": a clause that sets one encounter in time against another
  // dates only the encounter it tells, and the day outside it is the other one's; events/other-time-clause)
  const times = otherTimeSpans(a.sentence, ruleBook(doc.language ?? 'en', 'events').optionalGlobalPattern('events/other-time-clause'));
  // (but "met Y on Thursday, a day after holding talks with Z": the talks' day is counted from that day, dates/days-after-gerund)
  const daysAfter = ruleBook(doc.language ?? 'en', 'dates').optionalPattern('dates/days-after-gerund');
  const ownTime = times.find(([s, e]) => t.charStart >= s && t.charStart < e && !daysAfter?.test(a.sentence.text.slice(0, t.charStart - a.sentence.start))) ?? null;
  const timeOk = (m: DateMention) => (ownTime ? m.charStart >= ownTime[0] && m.charEnd <= ownTime[1] : !times.some(([s, e]) => m.charStart >= s && m.charEnd <= e));
  // ("On 22 September, X met A, and called on B": a date that opens the sentence dates each of its coordinated clauses,
  // unless a clause names a day of its own, which is nearer)
  // (the date is the first words of the sentence after its dateline, "on" aside)
  const leadsSentence = (m: DateMention) => /^\s*(?:on\s+)?$/i.test(a.sentence.text.slice(Math.max(0, end! - a.sentence.start), m.charStart - a.sentence.start));
  const fronted = (m: DateMention) => cFrom > -Infinity && m.charEnd <= t.charStart && leadsSentence(m);
  const sameClause = (m: DateMention) => (m.charStart >= cFrom || before(m) || fronted(m)) && m.charEnd <= cTo && asideOk(m) && timeOk(m) && (own ? m.charStart >= own[0] && m.charEnd <= own[1] : !clauses.some(([s, e]) => m.charStart >= s && m.charEnd <= e));
  // (what the encounter was about follows its parties: "held talks with Y on the agreements reached during ...")
  const topicFrom = (m: DateMention) => Math.max(t.charEnd, ...a.persons.filter((p) => p.entity && d.participants.includes(p.entity) && p.charStart >= t.charEnd && p.charEnd <= m.charStart).map((p) => p.charEnd));
  const speech = ruleBook(doc.language ?? 'en', 'events').optionalPattern('events/reported-speech');
  const inSpeechAfter = (m: DateMention) => {
    if (!speech || m.charStart < t.charEnd) return false;
    const between = a.sentence.text.slice(t.charEnd - a.sentence.start, m.charStart - a.sentence.start);
    const v = speech.exec(between);
    // (an encounter word after the reporting verb gives the date its own clause: '"...," X said after the meeting held in
    // Hanoi on Tuesday')
    const from = v ? t.charEnd + v.index + v[0].length : 0;
    if (v && a.triggers.some((o) => o.charStart >= from && o.charEnd <= m.charStart)) return false;
    return !!v && (between.slice(v.index + v[0].length).match(/\p{L}+/gu)?.length ?? 0) >= 2;
  };
  const usable = a.dates.filter((m, i) => m.charStart >= end && sameClause(m) && !occasions.some((o) => m.charStart >= o.charStart && m.charEnd <= o.charEnd)
    && !spanOfYears(m, i)
    && (allowQuoted || !((m.value.relative != null || m.value.weekday != null) && quoted(m)))
    && (precision === 'any' || namesDay(m)) && ((precision !== 'single' && precision !== 'fixed') || !m.value.range)
    && (precision !== 'fixed' || m.value.spanDay == null)
    // ("on the last day of the visit" in a text that gives the visit no span of days: no day, other words may give it;
    // the first or a later day counts from an arrival the text dates: dates/visit-began)
    && (m.value.spanDay == null || !!spanOfVisit(doc, m.charStart) || (m.value.spanDay > 0 && !!arrivalDay(doc, doc.language ?? 'en')))
    && (m.value.month != null || m.value.festival != null || namesDay(m) || m.value.relativeYear != null || m.value.relativeMonth != null || near(m) || opensSentence(m))
    // "the first call since X was elected on August 3": the date of another happening
    && !otherBeforeDate(m)
    && !(otherClause && m.charStart >= t.charEnd && otherClause.test(a.sentence.text.slice(t.charEnd - a.sentence.start, m.charStart - a.sentence.start)))
    // "At the meeting, X said that trade reached 8 billion USD last year": a date in what a person says after the trigger
    // (a reporting verb, then words of the speech before the date; not "..., the ministry said on Monday")
    && !inSpeechAfter(m)
    // "held talks on the agreements reached during X's visit to Y last year": the date of what the talks were about
    && !(inTopic && m.charStart >= t.charEnd && inTopic.test(a.sentence.text.slice(topicFrom(m) - a.sentence.start, m.charStart - a.sentence.start)))
    // "wrapped up the visit yesterday, during which he held talks with X": the date of the trip's end
    // (a date that opens the sentence dates all of it: "On Tuesday, X travelled to Y, where he met Z")
    // (a month or a year holds the trip and all in it: "paid a state visit to X in March 2025, during which he held talks
    // with Y" is of March 2025; h-en30)
    // (the sentence opens after the dateline that heads it: "PODGORICA, Dec 4 (MINA) - On Thursday, X travelled to Y, where
    // he met Z"; h-en61 probe)
    && !(withinSpan && m.charEnd <= t.charStart && namesDay(m) && !leadsSentence(m)
      && withinSpan.test(a.sentence.text.slice(m.charEnd - a.sentence.start, t.charStart - a.sentence.start))
      // (unless the clause the date stands in is itself an encounter: "X on Wednesday received Y at the Villa, where the two
      // held talks" tells the talks of that reception, on its day; not one told after the clause's "during which")
      && !a.triggers.some((o) => o !== t && (o.kind === 'meeting' || o.kind === 'talks') && !o.planned && !o.recalled && o.charStart >= m.charEnd
        && o.charEnd <= m.charEnd + a.sentence.text.slice(m.charEnd - a.sentence.start, t.charStart - a.sentence.start).search(withinSpan))
      // (nor a stay on that day, "Wang was in Vientiane on Wednesday, where he held talks with Y": dates/stay-where)
      && !(stayWhere && stayWhere.test(a.sentence.text.slice(0, t.charStart - a.sentence.start)))
      // (nor a month or a year, which holds the whole trip: "had visited Cairo in April 2024, where he held talks with Y")
      && !(m.value.day == null && m.value.weekday == null && m.value.relative == null && m.value.spanDay == null && !m.value.sameDay)));
  // "on Tuesday, July 8, 2024", "on Monday (March 10, 2025)": the weekday and its full date are one date, the full one
  const spelled = usable.filter((m, i) => !(m.value.weekday != null && usable[i + 1]?.value.day != null && usable[i + 1].value.month != null
    && /^\s*[,(]?\s*$/.test(a.sentence.text.slice(m.charEnd - a.sentence.start, usable[i + 1].charStart - a.sentence.start))));
  // a span of days ("December 25-26") dates a visit, not one encounter: only when nothing names a day
  const days = spelled.filter((m) => !m.value.range);
  const cands = days.length ? days : spelled;
  if (!cands.length) return null;
  // nearest to the trigger; a date after the trigger wins a tie ("met X on April 16")
  let best: DateMention | null = null;
  let bestD = Infinity;
  for (const m of cands) {
    const dist = m.charStart >= t.charEnd ? m.charStart - t.charEnd : (t.charStart - m.charEnd) * 1.2;
    if (dist < bestD) { bestD = dist; best = m; }
  }
  // ("ties have grown over the past period, especially since X's visit to Y in April 2025": a vague period before the
  // encounter's words tells of the relations the clause speaks of; a month or a day after them is the encounter's own)
  if (best?.value.none && best.charEnd <= t.charStart) best = cands.find((m) => !m.value.none && m.charStart >= t.charEnd) ?? best;
  // ("arrived at the airport on Monday and later paid a courtesy call on Y": "later" is later on the day the sentence
  // gives before it, not the day of the encounter told before the sentence; h-en55 probe)
  if (best?.value.sameDay) {
    const b = best;
    const own = cands.filter((m) => m !== b && !m.value.sameDay && m.charEnd <= b.charStart
      && (m.value.weekday != null || m.value.day != null || m.value.relative != null)).pop();
    if (own) best = own;
  }
  return best;
}

/** The character spans of a sentence's relative clauses set off by commas (events/relative-pronouns), computed once. */
const relativeSpans = new WeakMap<object, [number, number][]>();
function relativeOf(a: SentenceAnalysis, language: string | null | undefined): [number, number][] {
  let spans = relativeSpans.get(a);
  if (spans) return spans;
  const book = ruleBook(language ?? 'en', 'events');
  spans = book.has('events/relative-pronouns') && a.sentence.text.includes(',')
    ? relativeClauses(a.tokens, book.words('events/relative-pronouns')).map(([s, e]): [number, number] => [a.tokens[s].start, a.tokens[e].end])
    : [];
  relativeSpans.set(a, spans);
  return spans;
}


/** The clause-opening words of a language's dates book, per language, looked up once (not per sentence). */
type ClauseWords = { other: RegExp | null; otherBefore: RegExp | null; withinSpan: RegExp | null; sequel: RegExp | null; inTopic: RegExp | null; stayWhere: RegExp | null; openingYear: RegExp | null };
const clauseWords = new Map<string, ClauseWords>();
/**
 * The language's words that open a clause about another happening (dates/other-clause), about what happened within a
 * trip a date before them bounds (dates/within-span), and telling the next step of the same day (dates/sequel-clause).
 */
function clauseWordsOf(language: string | null | undefined): ClauseWords {
  const lang = language ?? 'en';
  let c = clauseWords.get(lang);
  if (!c) {
    const book = ruleBook(lang, 'dates');
    c = { other: book.optionalPattern('dates/other-clause'), otherBefore: book.optionalPattern('dates/other-clause-before'), withinSpan: book.optionalPattern('dates/within-span'), sequel: book.optionalPattern('dates/sequel-clause'), inTopic: book.optionalPattern('dates/in-topic'), stayWhere: book.optionalPattern('dates/stay-where'), openingYear: book.optionalPattern('dates/opening-year') };
    clauseWords.set(lang, c);
  }
  return c;
}

export function statedDate(d: DraftEvent, doc: Doc): DateValue | null {
  if (!doc.analyses[d.sentences[0]]?.dates.length) return null;
  return (statedDateMention(d, doc, false, 'day') ?? statedDateMention(d, doc))?.value ?? null;
}

/** A day (`YYYY-MM-DD` or `--MM-DD`) moved by some days; null for a date without its day. */
function shiftDay(date: string, days: number): string | null {
  const m = /^(\d{4}|--)-?(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  // a day without its year is moved within a leap year, so that 29 February stays a day
  const t = new Date(Date.UTC(m[1] === '--' ? 2000 : +m[1], +m[2] - 1, +m[3]) + days * DAY);
  const md = `${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
  return m[1] === '--' ? `--${md}` : `${t.getUTCFullYear()}-${md}`;
}

/** Resolves a date value against the reference day; null when it cannot be placed at all. */
export function resolveDate(v: DateValue, ref: Date | null): string | null {
  // (a festival is placed by the calendar, which the date refiner holds)
  if (v.festival) return null;
  if (v.relativeYear != null) {
    // ("今年6月22日" with no reference day: the month and day, as a month-day is)
    if (!ref) return v.month != null && v.day != null ? formatDate({ month: v.month, day: v.day }) : null;
    return formatDate({ year: ref.getUTCFullYear() + v.relativeYear, month: v.month, day: v.month != null ? v.day : undefined });
  }
  if (v.relative != null) return ref ? formatDate(relativeCalendarDay(v, ref)!) : null;
  if (v.weekday != null) {
    if (!ref) return null;
    if (v.week != null) {
      // weeks open on Monday: the week's Monday, then the weekday's place in it (Sunday last)
      const monday = ref.getTime() - ((ref.getUTCDay() + 6) % 7) * DAY;
      return isoDay(new Date(monday + (v.week * 7 + (v.weekday + 6) % 7) * DAY));
    }
    return isoDay(latestWeekday(v.weekday, !!v.before, ref));
  }
  if (v.relativeMonth != null && v.day != null) {
    // "16日": a day of the publication month; a day after publication is of the month before
    return ref ? formatDate(relativeCalendarDay(v, ref)!) : null;
  }
  if (v.relativeMonth != null && v.month == null) {
    // "last month", "earlier this month": the month, counted from the publication's
    if (!ref) return null;
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + v.relativeMonth, 1));
    return formatDate({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 });
  }
  if (v.year != null) return formatDate(v);
  if (v.month != null && v.day != null) {
    if (!ref) return formatDate(v);
    const y = ref.getUTCFullYear();
    const same = Date.UTC(y, v.month - 1, v.day);
    // a few days after publication is the same year: a page's stamp or header date can lag the story
    if (same <= ref.getTime() + AHEAD_DAYS * DAY) return formatDate({ ...v, year: y });
    // "December 30" in a text of January 2: the previous year
    const prev = Date.UTC(y - 1, v.month - 1, v.day);
    if (ref.getTime() - prev <= 62 * DAY) return formatDate({ ...v, year: y - 1 });
    return formatDate(v);
  }
  if (v.month != null) {
    if (!ref) return null;
    return formatDate({ year: latestMonthYear(v.month, ref, !!v.before), month: v.month });
  }
  return null;
}

/**
 * The day relative dates and month-days resolve against, and what it is: the publication date, the
 * caller's reference day, else the date in the page's address (a year and month: its last day).
 */
function referenceOf(doc: Doc, reference: string | null): { day: Date | null; what: string } {
  if (doc.published) return { day: parseIsoDay(doc.published.value), what: `the publication date ${doc.published.value}` };
  if (reference) return { day: parseIsoDay(reference), what: `the reference day ${reference}` };
  const a = addressDate(doc.address);
  if (a) {
    const day = a.value.length === 10 ? a.value : isoDay(new Date(Date.UTC(+a.value.slice(0, 4), +a.value.slice(5, 7), 0)));
    return { day: parseIsoDay(day), what: a.evidence ?? 'the address' };
  }
  return { day: null, what: '' };
}

/**
 * A full date in the same sentence as a month-day, within NEAR_DATE_DAYS of it in its year ("1月13日 ...
 * 72周年 (1950.1.18~2022.1.18)"): the year the month-day most likely has, when nothing else gives one
 * (no publication date, no full date of the same day).
 */
function nearDateBeside(doc: Doc, span: { start: number; end: number } | null, month: number, day: number): DateMention | null {
  if (!span) return null;
  const s = sentenceAt(doc, span.start);
  const a = s ? doc.analyses[s.index] : undefined;
  if (!a) return null;
  // of several (the two ends of an anniversary's span), the latest: what is reported is the present one
  let best: DateMention | null = null;
  for (const m of a.dates) {
    if (m.value.year == null || m.value.month == null || m.value.day == null) continue;
    const gap = Math.abs(Date.UTC(m.value.year, m.value.month - 1, m.value.day) - Date.UTC(m.value.year, month - 1, day));
    if (gap <= NEAR_DATE_DAYS * DAY && (!best || m.value.year > best.value.year!)) best = m;
  }
  return best;
}

/** The one full day (month and day) the body sentence just before a position gives, when no reported encounter is told there. */
function dayOfSentenceBefore(doc: Doc, at: number, reported: DraftEvent[], weekdays = false): DateMention | null {
  const here = sentenceAt(doc, at);
  if (!here) return null;
  // a day the sentence itself names before the same-day word is the one it means ("发言人15日发表声明说，国务卿当天…",
  // date/same-day-in-sentence), whatever the sentence before gives (a page's stamp line)
  if (doc.analyses[here.index].dates.some((m) => m.charEnd <= at && namesDay(m) && !m.value.sameDay && !m.value.range)) return null;
  const p = sentenceBefore(doc, here.index);
  if (p < 0 || doc.sentences[p].role === 'headline' || reported.some((o) => o.sentences.includes(p))) return null;
  // ("Y had visited the capital on May 5 and met X. Earlier in the day, X received a call from Z": the day of a recalled
  // encounter is not the story's day)
  if (doc.analyses[p].triggers.some((t) => t.recalled)) return null;
  const days = doc.analyses[p].dates.filter((m) => ((m.value.month != null && m.value.day != null) || (weekdays && m.value.weekday != null)) && !m.value.sameDay && !m.value.range);
  return days.length === 1 ? days[0] : null;
}

/**
 * The one weekday ("on Thursday") of the body sentence right before an encounter's first sentence, when that sentence
 * names no day of its own and the one before is of no encounter (none made of it, nothing recalled or planned) and gives
 * no other weekday: the lead that says when a
 * session took place before the sentence that says who held it. Null otherwise.
 */
function dayOfLeadBefore(e: DraftEvent, doc: Doc, events: readonly DraftEvent[]): DateMention | null {
  const body = e.sentences.filter((k) => doc.sentences[k].role !== 'headline');
  if (!body.length) return null;
  const at = Math.min(...body);
  if (doc.analyses[at].dates.length) return null;
  const p = sentenceBefore(doc, at);
  if (p < 0 || doc.sentences[p].role === 'headline') return null;
  const a = doc.analyses[p];
  // (a trip the lead tells, "X accompanied Y on an official visit to Z yesterday", is no other encounter: its day is the
  // day of the encounters of the trip told after it, when they give none)
  const trip = (o: DraftEvent) => o.kind.value === 'visit' && o.participants.some((x) => e.participants.includes(x));
  if (events.some((o) => o !== e && o.sentences.includes(p) && !trip(o)) || a.triggers.some((t) => t.recalled || t.planned || t.earlier)) return null;
  // (with no encounter word it names no one: "X on Tuesday outlined the outcomes of the meeting" is another happening; with
  // one that made no encounter of its own it names a party of this one: "President X on Wednesday received three visitors")
  const named = a.persons.filter((m) => m.entity?.name);
  if (!a.triggers.length ? named.length > 0 : !named.some((m) => e.participants.includes(m.entity!))) return null;
  // (a weekday, or a day told from the page's: "X accompanied Y on an official visit to Z yesterday. The delegation was
  // first received by W": the lead tells the trip and its day, the encounters after it none of their own; h-en72 probe)
  const toldTrip = events.some((o) => o.sentences.includes(p) && trip(o)) || a.triggers.some((t) => t.kind === 'visit');
  const days = a.dates.filter((m) => (m.value.weekday != null || (toldTrip && m.value.relative != null && m.value.weekday == null)) && m.value.month == null && m.value.year == null && !m.value.sameDay && !m.value.range);
  return days.length === 1 && a.dates.every((m) => m === days[0] || (m.value.weekday == null && m.value.relative == null)) ? days[0] : null;
}

/** How many days before the page's day a caption's day may be and still date the encounter the page reports. */
const CAPTION_DAYS = 7;
/** A date written in numbers alone, day and month in either order ("1/12/2026", "12.1.2026"). */
const NUMERIC_DAY_MONTH = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * Per document: the photo captions that are no file photo (dates/file-photo) and give one month-day, with it; and the
 * caption sentence before it on the same line, whose names it is the credit of ("Winston Peters and Mark Brown at
 * Parliament House. Photo: T. Tauraa - Rarotonga, 14 May 2025"; h-en46).
 */
const captionDaysOf = new WeakMap<Doc, [SentenceAnalysis[], DateMention[]][]>();
function captionDays(doc: Doc, language: string): [SentenceAnalysis[], DateMention[]][] {
  let out = captionDaysOf.get(doc);
  if (!out) {
    out = [];
    const book = ruleBook(language, 'dates');
    const file = book.has('dates/file-photo') ? book.pattern('dates/file-photo') : null;
    for (const a of doc.analyses) {
      if (a.sentence.noise !== 'noise/caption') continue;
      if (file) { file.lastIndex = 0; if (file.test(a.sentence.text)) continue; }
      // (a month-day; or, in a caption with no digit, a weekday: "X and Y at the talks in Vientiane on Monday", resolved
      // against the page's day as the body's "on Monday" is)
      const digits = /\d/.test(a.sentence.text);
      const days = recognizeDates(a.sentence.text, a.sentence.start, language)
        .filter((m) => (digits ? m.value.month != null && m.value.day != null : m.value.weekday != null && m.value.month == null) && !m.value.range);
      const before = doc.analyses[a.sentence.index - 1];
      const sameLine = before && before.sentence.noise === 'noise/caption' && !doc.text.slice(before.sentence.end, a.sentence.start).includes('\n');
      if (days.length === 1) out.push([sameLine ? [before, a] : [a], days]);
    }
    captionDaysOf.set(doc, out);
  }
  return out;
}

/** The most days after a span's first day that a day of the span told in the body may be (a visit's length). */
const SPAN_BODY_DAYS = 10;
/**
 * The day of a span ("từ ngày 3-6/12") that the sentence right after the encounter's sentence `at` telling the span gives: a sentence of the body
 * with no encounter word of its own, naming a party of the encounter or a group ("hai Bộ trưởng", "双方") and one day, of
 * the span's month, on or after its first day and at most SPAN_BODY_DAYS after it.
 */
function spanBodyDay(e: DraftEvent, doc: Doc, at: number, first: DateValue, ref: Date | null): { value: string; mention: DateMention } | null {
  if (!e.sentences.includes(at) || doc.sentences[at].role === 'headline' || first.month == null || first.day == null) return null;
  const k = sentenceAfter(doc, at);
  const a = doc.analyses[k];
  if (!a || a.triggers.length || doc.sentences[k].role === 'headline') return null;
  const days = a.dates.filter((m) => m.value.month != null && m.value.day != null && !m.value.range && !m.value.sameDay && m.value.spanDay == null);
  if (days.length !== 1 || a.dates.length !== 1) return null;
  const d = days[0].value;
  if (d.month !== first.month || d.day! < first.day || d.day! - first.day > SPAN_BODY_DAYS) return null;
  if (!a.persons.some((m) => (m.kind === 'group' && !m.entity) || (m.entity && e.participants.includes(m.entity)))) return null;
  const v = resolveDate(d, ref);
  return v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? { value: v, mention: days[0] } : null;
}

/**
 * The day a photo caption gives an encounter: a caption (page furniture, read for names) that names two of its parties
 * and one month-day, not a file photo (dates/file-photo), and not after the page's day nor more than CAPTION_DAYS before it.
 */
function captionDay(e: DraftEvent, doc: Doc, ref: Date | null, language: string): { value: string; mention: DateMention } | null {
  if (e.participants.length < 2) return null;
  const months = monthsNamed(e, doc);
  // (the weekday the encounter's own words give, which the caption's day must be: "on Wednesday" under "14 May 2025")
  const weekdays = new Set(e.sentences.flatMap((k) => doc.analyses[k].dates.flatMap((m) => (m.value.weekday != null && m.value.day == null ? [m.value.weekday] : []))));
  for (const [lines, days] of captionDays(doc, language)) {
    const named = new Set(lines.flatMap((a) => a.persons.flatMap((m) => (m.entity && e.participants.includes(m.entity) ? [m.entity] : []))));
    if (named.size < 2) continue;
    // ("(Jakarta, 1/12/2026)" on a page of 1 December 2026: a numeric day and month both under 13 are read in the order
    // that puts the day within the page's last days, when only the other order does)
    const swapped = NUMERIC_DAY_MONTH.test(days[0].text) && days[0].value.day! <= 12 && days[0].value.month! <= 12 && days[0].value.day !== days[0].value.month
      ? resolveDate({ ...days[0].value, month: days[0].value.day, day: days[0].value.month }, ref) : null;
    const near = (x: string | null) => !!x && !!ref && /^\d{4}-\d{2}-\d{2}$/.test(x) && Date.parse(x) <= ref.getTime() && ref.getTime() - Date.parse(x) <= CAPTION_DAYS * DAY;
    const straight = resolveDate(days[0].value, ref);
    const v = swapped && !near(straight) && near(swapped) ? swapped : straight;
    if (!v) continue;
    if (weekdays.size && (!/^\d{4}-\d{2}-\d{2}$/.test(v) || !weekdays.has(new Date(Date.parse(v)).getUTCDay()))) continue;
    // (nor a caption of another month than the encounter's own words give: "visited Kenya from December 2 to 4" under a
    // photo "in Mombasa, June 8, 2021")
    if (months.size && days[0].value.month != null && !months.has(days[0].value.month)) continue;
    if (ref && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
      const t = Date.parse(v);
      if (t > ref.getTime() || ref.getTime() - t > CAPTION_DAYS * DAY) continue;
    }
    return { value: v, mention: days[0] };
  }
  return null;
}

/**
 * How many days (1 to CAPTION_DAYS) a day is before another, either of them perhaps a month-day with no year ("--06-10"),
 * read in the other's year (in a leap year when neither has one); null when it is not that many days before.
 */
function daysBefore(day: string, than: string): number | null {
  const full = /^\d{4}-\d{2}-\d{2}$/, md = /^--\d{2}-\d{2}$/;
  if (!(full.test(day) || md.test(day)) || !(full.test(than) || md.test(than))) return null;
  const year = full.test(day) ? day.slice(0, 4) : full.test(than) ? than.slice(0, 4) : '2000';
  const at = (d: string) => Date.parse(md.test(d) ? `${year}${d.slice(1)}` : d);
  const gap = Math.round((at(than) - at(day)) / DAY);
  return Number.isFinite(gap) && gap >= 1 && gap <= CAPTION_DAYS ? gap : null;
}

/** A full date elsewhere in the text with the same month (any, when null) and day (a caption's "March 3, 2022"): its year. */
function sameDayElsewhere(doc: Doc, month: number | null, day: number, language: string): DateMention | null {
  for (const { dates } of fullDates(doc, language)) for (const m of dates) if ((month == null || m.value.month === month) && m.value.day === day) return m;
  return null;
}

/**
 * The first weekday a body sentence that tells an encounter names, and how many days (1 to `reach`) past it in the week the
 * furthest later weekday of such a sentence is ("X on Saturday met Y ... On Sunday, X joined Z": 1), or null when none is.
 */
function weekdaysAhead(doc: Doc, reach: number, language: string): { first: number; ahead: number } | null {
  if (reach <= 0) return null;
  let first: number | null = null;
  let ahead = 0;
  for (const a of doc.analyses) {
    if (doc.sentences[a.sentence.index].role === 'headline' || doc.sentences[a.sentence.index].noise) continue;
    if (!a.triggers.some((t) => !t.planned && !t.recalled && !t.habitual)) continue;
    for (const m of a.dates) {
      const w = m.value.weekday;
      if (w == null || m.value.day != null) continue;
      // (a later wire item under a dateline of its own counts from that dateline: not the story's sequel)
      if (storyDatelineDay(doc, m.charStart, language)) return first != null && ahead ? { first, ahead } : null;
      if (first == null) { first = w; continue; }
      const f = (w - first + 7) % 7;
      if (f >= 1 && f <= reach) ahead = Math.max(ahead, f);
    }
  }
  return first != null && ahead ? { first, ahead } : null;
}

/** How many days from a month-day with no year a full date elsewhere in the text may be and still give its year. */
const NEAR_YEAR_DAYS = 7;

/**
 * Per document, in the text's order: the sentences with a full date (year, month and day; a span of days too), with
 * those dates, and whether the sentence writes a year of four digits. Page furniture (captions, embedded posts) is not
 * read for dates by the recognisers: its dates are read here (with a year of four digits only).
 */
interface DatedSentence { a: SentenceAnalysis; dates: DateMention[]; fourDigits: boolean }
const fullDatesOf = new WeakMap<Doc, DatedSentence[]>();
function fullDates(doc: Doc, language: string): DatedSentence[] {
  let out = fullDatesOf.get(doc);
  if (!out) {
    out = [];
    for (const a of doc.analyses) {
      const fourDigits = /\d{4}/.test(a.sentence.text);
      if (a.sentence.noise && !fourDigits) continue;
      const dates = (a.sentence.noise ? recognizeDates(a.sentence.text, a.sentence.start, language) : a.dates)
        .filter((m) => m.value.year != null && m.value.month != null && m.value.day != null);
      if (dates.length) out.push({ a, dates, fourDigits });
    }
    fullDatesOf.set(doc, out);
  }
  return out;
}

/**
 * A full date elsewhere in the text (body or caption) within NEAR_YEAR_DAYS of a month-day with no year ("arrived in
 * Hanoi on April 7, 2024" beside a dateline "HANOI, April 8") in a sentence that names a party of the encounter: the
 * year of them all, when they agree on one; and when
 * a weekday is given, only a year in which the month-day is that weekday.
 */
function nearDayElsewhere(doc: Doc, e: DraftEvent, month: number, day: number, weekday: number | null | undefined, language: string): DateMention | null {
  let found: DateMention | null = null;
  // (the sentences with a full date, found once per document: the work stays linear)
  for (const { a, dates, fourDigits } of fullDates(doc, language)) {
    if (!fourDigits) continue;
    // (only a sentence about a party of the encounter: "X arrived in Hanoi on April 7, 2024", not an anniversary's
    // "the two countries established relations on June 8, 1992")
    if (!a.persons.some((m) => m.entity && e.participants.includes(m.entity))) continue;
    for (const m of dates) {
      const v = m.value;
      if (v.range) continue;
      if (Math.abs(Date.UTC(v.year!, v.month! - 1, v.day!) - Date.UTC(v.year!, month - 1, day)) > NEAR_YEAR_DAYS * DAY) continue;
      if (found && found.value.year !== v.year) return null;
      found ??= m;
    }
  }
  if (found && weekday != null && new Date(Date.UTC(found.value.year!, month - 1, day)).getUTCDay() !== weekday) return null;
  return found;
}

/** The marks that join the first and last day of a span in every language ("2021年9月10日至15日", "10-15/9", "10 đến 15/9"). */
const SPAN_MARKS = '-|–|—|~|～|至|到|đến';
/** What joins the first and last day of a span ("2021年9月10日至15日", "10-15/9"), standing alone between two dates. */
const SPAN_JOINER = new RegExp(`^\\s*(?:${SPAN_MARKS})\\s*$`, 'u');

/** The longest span of days a weekday is sought in. */
const WEEKDAY_SPAN_DAYS = 10;

/**
 * The day of a weekday (0 Sunday) within a span of days with a year the text gives ("from Aug. 10 to 12, 2025",
 * "14-16 April 2025"), when exactly one day of one such span is that weekday.
 */
function weekdayInSpan(doc: Doc, weekday: number): { day: string; span: DateMention } | null {
  let found: { day: string; span: DateMention } | null = null;
  for (const a of doc.analyses) {
    for (const m of a.dates) {
      const v = m.value;
      if (!v.range || v.year == null || v.month == null || v.day == null) continue;
      const end = spanLastDay(m.text);
      if (end == null) continue;
      const lo = Date.UTC(v.year, v.month - 1, v.day);
      // "May 30 to June 2": the end in the next month
      const hi = end > v.day ? Date.UTC(v.year, v.month - 1, end) : Date.UTC(v.year, v.month, end);
      if (hi < lo || (hi - lo) / DAY > WEEKDAY_SPAN_DAYS) continue;
      for (let t = lo; t <= hi; t += DAY) {
        if (new Date(t).getUTCDay() !== weekday) continue;
        const day = isoDay(new Date(t));
        if (found && found.day !== day) return null;
        found = { day, span: m };
      }
    }
  }
  return found;
}

/** The span of days ("from 10 to 12 March") the text gives nearest before `at` (else after it), or null. */
function spanOfVisit(doc: Doc, at: number): DateMention | null {
  let best: DateMention | null = null;
  for (const a of doc.analyses) for (const m of a.dates) {
    if (!m.value.range || m.value.month == null || m.value.day == null || spanLastDay(m.text) == null) continue;
    if (!best || (m.charStart < at ? best.charStart > at || m.charStart > best.charStart : best.charStart > at && m.charStart < best.charStart)) best = m;
  }
  return best;
}

/**
 * The n-th day (1 the first, -1 the last) of the span of days the text gives before `at` (the nearest; else after it),
 * "from 10 to 12 March 2025": with the span's year, else the reference date's (as the span's own month-day resolves).
 */
function dayOfSpan(doc: Doc, at: number, n: number, ref: Date | null): { day: string; span: DateMention } | null {
  const best = spanOfVisit(doc, at);
  if (!best) return null;
  const first = resolveDate({ ...best.value, range: undefined }, ref);
  if (!first || !/^\d{4}-\d{2}-\d{2}$/.test(first)) return null;
  const [y, mo, d] = first.split('-').map(Number);
  const end = spanLastDay(best.text)!;
  const lo = Date.UTC(y, mo - 1, d);
  const hi = end >= d ? Date.UTC(y, mo - 1, end) : Date.UTC(y, mo, end);
  if ((hi - lo) / DAY > WEEKDAY_SPAN_DAYS) return null;
  const t = n < 0 ? hi + (n + 1) * DAY : lo + (n - 1) * DAY;
  if (t < lo || t > hi) return null;
  return { day: isoDay(new Date(t)), span: best };
}

/**
 * The n-th day (1 the first) of a visit the text gives no span for, counted from the day of the visitor's arrival or of
 * the visit's start ("Stubb arrived in Oslo on Tuesday for a three-day state visit": dates/visit-began): the first such
 * sentence with one day that resolves in full.
 */
function dayOfArrival(doc: Doc, n: number, ref: Date | null, language: string): { day: string; span: DateMention } | null {
  const m = arrivalDay(doc, language);
  const first = m ? resolveDate(m.value, ref) : null;
  const day = first && /^\d{4}-\d{2}-\d{2}$/.test(first) ? shiftDay(first, n - 1) : null;
  return day && m ? { day, span: m } : null;
}

/** The day of the first sentence that tells a visitor's arrival or a visit's start (dates/visit-began), when it gives one day. */
const arrivalDays = new WeakMap<Doc, DateMention | null>();
function arrivalDay(doc: Doc, language: string): DateMention | null {
  if (arrivalDays.has(doc)) return arrivalDays.get(doc)!;
  let found: DateMention | null = null;
  const book = ruleBook(language, 'dates');
  const began = book.has('dates/visit-began') ? book.pattern('dates/visit-began') : null;
  for (const a of began ? doc.analyses : []) {
    if (a.sentence.noise || !a.dates.length) continue;
    began!.lastIndex = 0;
    if (!began!.test(a.sentence.text)) continue;
    const days = a.dates.filter((m) => !m.value.range && (m.value.day != null || m.value.weekday != null || m.value.relative != null));
    if (days.length === 1) { found = days[0]; break; }
  }
  arrivalDays.set(doc, found);
  return found;
}

/**
 * The last day of a span of days read as one date ("2021年9月10日至15日", "Aug. 10 to 12, 2025", "14-16 April 2025",
 * "May 30 to June 2"): the day after the span's joiner, past a month there; null when there is none.
 */
// ("a visit on Tuesday 1 and Wednesday 2 December": the two days of a short visit, its last the day after "and"; h-en75)
const SPAN_LAST_DAY = new RegExp(`(?:${SPAN_MARKS}|\\bto\\b|\\buntil\\b|\\bthrough\\b|\\band\\b)\\s*(?:\\d{1,2}\\s*月\\s*|\\p{L}+\\.?\\s+)?(\\d{1,2})(?!\\d)`, 'iu');
function spanLastDay(text: string): number | null {
  const m = SPAN_LAST_DAY.exec(text);
  return m ? Number(m[1]) : null;
}



/** How many days on from the month-day told before it a bare day may be and still be of that month ("8日至12日" then "12日"). */
const ANCHOR_DAYS = 7;

/**
 * The last month-day the story tells before char `at` (a sentence of the body, not page furniture, not one that looks back
 * on an earlier encounter, not "last year's"): what a bare day after it counts its month from.
 */
function monthDayBefore(doc: Doc, at: number): DateMention | null {
  let found: DateMention | null = null;
  for (const a of doc.analyses) {
    if (a.sentence.start >= at) break;
    if (a.sentence.noise || a.triggers.some((t) => t.recalled || t.earlier)) continue;
    for (const m of a.dates) {
      if (m.charEnd > at) break;
      if (m.value.month != null && m.value.day != null && m.value.relativeYear == null && m.value.weekday == null) found = m;
      // (a bare day or a same-day word after it keeps it the month told last)
    }
  }
  return found;
}

/**
 * A full date of the text that opens a span of days holding `day` ("2021年9月10日至15日" for "12日"): a bare day in a
 * text with no publication date is in that span's month and year.
 */
function spanHolding(doc: Doc, day: number): DateMention | null {
  for (const a of doc.analyses) {
    for (let i = 0; i < a.dates.length; i++) {
      const m = a.dates[i];
      // a span read as one date (date/zh/range: 2021年9月10日至15日): its last number ends it
      if (m.value.range && m.value.year != null && m.value.month != null && m.value.day != null) {
        const last = spanLastDay(a.sentence.text.slice(m.charStart - a.sentence.start, m.charEnd - a.sentence.start));
        if (last != null && m.value.day <= day && day <= last) return m;
        continue;
      }
      if (i + 1 >= a.dates.length) continue;
      const end = a.dates[i + 1];
      if (m.value.year == null || m.value.month == null || m.value.day == null || end.value.day == null || end.value.month != null) continue;
      if (!(m.value.day <= day && day <= end.value.day)) continue;
      const between = a.sentence.text.slice(m.charEnd - a.sentence.start, end.charStart - a.sentence.start);
      if (SPAN_JOINER.test(between)) return m;
    }
  }
  return null;
}

/**
 * Each event's date, as a decision: the date its sentences state, resolved against the publication
 * date (or the caller's reference day); "on the same day" is the previous event's day; a story's
 * dateline dates its first event when nothing else does.
 */
/**
 * An encounter with no date of its own that goes on from the one before: its first sentence follows
 * that one's directly, says so ("also", "then", "later that day": events/parallel) and they share a party.
 */
/** How many sentences after the encounter before an "also" encounter may stand and still go on from it. */
const CONTINUES_REACH = 3;
/** How many sentences on an encounter that opens on the occasion of the one before may be told (events/same-occasion). */
const SAME_OCCASION_REACH = 10;

/** "told the press after attending the meeting": the encounter came before what the dated story reports (dates/before-the-report). */
function beforeTheReport(e: DraftEvent, doc: Doc, language: string): boolean {
  const book = ruleBook(language, 'dates');
  if (!book.has('dates/before-the-report')) return false;
  const t = e.triggers.find((x) => x.rule === e.kind.rule) ?? e.triggers[0];
  const s = t ? sentenceAt(doc, t.charStart) : undefined;
  return !!s && book.pattern('dates/before-the-report').test(s.text.slice(Math.max(0, t.charStart - s.start - 40), t.charStart - s.start));
}

/**
 * The day of the dateline that opens the sentence at `at`, when that sentence is not the text's own dateline's: a later
 * story of a page that runs several wire items, each with its dateline ("KUWAIT, April 14 (KUNA) -- ..."). Null otherwise.
 */
function storyDatelineDay(doc: Doc, at: number, language: string | undefined): DateValue | null {
  const s = sentenceAt(doc, at);
  if (!s || doc.dateline?.sentence === s.index) return null;
  const end = s.start + datelineEnd(s.text, language ?? 'en');
  if (end === s.start || at < end) return null;
  const m = doc.analyses[s.index]?.dates.find((d) => d.charEnd <= end && d.value.month != null && d.value.day != null);
  return m ? m.value : null;
}

/** Whether the encounter's sentence gives it only a span of days ("earlier this week", "over the weekend"): no dateline's day. */
function vaguePeriod(e: DraftEvent, doc: Doc, language: string, id = 'dates/vague-period'): boolean {
  const book = ruleBook(language, 'dates');
  if (!book.has(id)) return false;
  const t = e.triggers.find((x) => x.rule === e.kind.rule) ?? e.triggers[0];
  const s = t ? sentenceAt(doc, t.charStart) : undefined;
  return !!s && book.pattern(id).test(s.text);
}

/**
 * The day the text gives right after a word of the encounter looked back on ("told the media after the visit, Friday,
 * December 30, 2022", "said after the talks on Tuesday"): the day of an encounter whose own sentences give none.
 * Full dates first, then any day; null when no sentence has one (dates/after-the-encounter).
 */
function afterEncounterDay(doc: Doc, language: string): DateMention | null {
  const book = ruleBook(language, 'dates');
  if (!book.has('dates/after-the-encounter')) return null;
  const cue = book.pattern('dates/after-the-encounter');
  // ("X said the talks, held on Thursday, focused on ...": the encounter named again with the day it was held)
  const held = book.optionalPattern('dates/told-encounter-held');
  for (const full of [true, false]) {
    for (const a of doc.analyses) {
      if (a.sentence.noise || a.sentence.role === 'headline') continue;
      for (const m of a.dates) {
        if (full ? m.value.month == null || m.value.day == null : !namesDay(m) || m.value.sameDay) continue;
        const at = m.charStart - a.sentence.start;
        const before = a.sentence.text.slice(Math.max(0, at - 80), at);
        if (cue.test(before) || held?.test(before)) return m;
      }
    }
  }
  return null;
}

/**
 * The day of the sentence before an encounter sentence that opens on its scene ("There they met X" after
 * "The first stop was Lima on Monday"), when that sentence names a day.
 */
function sceneDay(e: DraftEvent, doc: Doc, language: string): DateMention | null {
  const book = ruleBook(language, 'places');
  if (!book.has('places/scene-before')) return null;
  const first = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
  if (first == null) return null;
  const text = doc.sentences[first].text;
  // (the rule's other form, "travelled to" at a place's left, never matches a whole sentence)
  if (!book.pattern('places/scene-before').test(text)) return null;
  const k = sentenceBefore(doc, first);
  if (k < 0 || e.sentences.includes(k) || doc.sentences[k].role === 'headline') return null;
  const s = doc.sentences[k];
  const probe: DraftEvent = { ...e, sentences: [k], triggers: [{ ...e.triggers[0], charStart: s.end, charEnd: s.end }] };
  return statedDateMention(probe, doc, false, 'day');
}

/**
 * The day of the sentence right before an encounter's first body sentence when that sentence tells no encounter
 * of its own and names every party of it ("To Lam and Xi Jinping agreed Monday to speed up three railway lines.
 * The two leaders held talks at the Party headquarters in Hanoi"): the lead of a story about that encounter.
 */
function leadDay(e: DraftEvent, doc: Doc): DateMention | null {
  const first = e.sentences.find((i) => doc.sentences[i].role !== 'headline');
  if (first == null || e.participants.length < 2) return null;
  const k = sentenceBefore(doc, first);
  if (k < 0 || doc.sentences[k].role === 'headline') return null;
  const a = doc.analyses[k];
  if (a.triggers.length || !a.dates.some(namesDay)) return null;
  const named = new Set(a.persons.filter((m) => m.kind !== 'pronoun' && m.entity).map((m) => m.entity));
  if (!e.participants.every((p) => named.has(p))) return null;
  const s = doc.sentences[k];
  const probe: DraftEvent = { ...e, sentences: [k], triggers: [{ ...e.triggers[0], charStart: s.end, charEnd: s.end }] };
  return statedDateMention(probe, doc, false, 'day');
}

/** How many sentences back the gathering an occasion refers to ("the summit") may have been told of. */
const GATHERING_REACH = 8;


/**
 * The day of the gathering an encounter's occasion refers back to: "In the margins of the summit, X met
 * Y" after "X represented the EU on Thursday at the SEECP Summit". The nearest sentence before, within
 * GATHERING_REACH, that names a gathering of that kind and a day (the day nearest its name).
 */
function gatheringDay(e: DraftEvent, doc: Doc, language: string): DateMention | null {
  const book = ruleBook(language, 'occasions');
  if (!book.has('occasion/back-reference')) return null;
  const back = book.pattern('occasion/back-reference');
  for (const s of e.sentences) {
    if (doc.sentences[s].role === 'headline') continue;
    {
      const head = back.exec(doc.sentences[s].text)?.[1];
      if (!head) continue;
      // the head word, or words ("hội nghị", "会议": tokens of one syllable or character each), as the tokens key them;
      // a generic head ("会议") stands for any word of a gathering the language lists (外长会, 峰会: occasion/gathering-words)
      const generic = book.optionalWords('occasion/gathering-words');
      const heads = generic.has(head) ? [...generic] : [head];
      const alternatives = heads.map((h) => tokenize(h).map((t) => t.lower)).filter((ks) => ks.length);
      if (!alternatives.length) continue;
      for (let k = s - 1; k >= 0 && k >= s - GATHERING_REACH; k--) {
        const a = doc.analyses[k];
        if (a.sentence.noise || a.sentence.role === 'headline' || !a.dates.some(namesDay)) continue;
        let i = -1, keys: string[] = [];
        for (const ks of alternatives) {
          i = a.tokens.findIndex((_, j) => ks.every((key, q) => a.tokens[j + q]?.lower === key));
          if (i >= 0) { keys = ks; break; }
        }
        if (i < 0) continue;
        const probe: DraftEvent = { ...e, sentences: [k], triggers: [{ ...e.triggers[0], charStart: a.tokens[i].start, charEnd: a.tokens[i + keys.length - 1].end }] };
        const m = statedDateMention(probe, doc, false, 'day');
        if (m) return m;
      }
    }
  }
  return null;
}

/** An encounter the text goes on from ("also"): its day (date/continues; date/continues-same-words when told in the same words). */
function goesOnFrom(e: DraftEvent, from: DraftEvent, sameWords: boolean): void {
  e.date = inferred(from.date!.value, sameWords ? 'date/continues-same-words' : 'date/continues',
    sameWords ? 'the day of the encounter told in the same words that the text goes on from ("also")' : 'the day of the encounter the text goes on from ("also")', null, ['year', 'month', 'day']);
  e.sameDayAs = from;
}

/**
 * Whether an undated encounter is one of the separate meetings a sentence before reported at once
 * ("分别举行双边会见", "met separately with"): the same person holds it, a few sentences later.
 */
function detailsSeparate(e: DraftEvent, previous: DraftEvent, doc: Doc): boolean {
  // the meeting told before this one may itself be one of them ("Meeting A, ... Meeting B, ...")
  if (!previous.triggers.some((t) => t.plural) && previous.date?.route === 'separately' && previous.sameDayAs) previous = previous.sameDayAs;
  if (e.referenced || !previous.triggers.some((t) => t.plural)) return false;
  const first = e.sentences.find((s) => doc.sentences[s].role !== 'headline');
  const last = Math.max(...previous.sentences);
  if (first == null || first <= last || first - last > SEPARATE_REACH) return false;
  return e.participants.some((p) => previous.participants.includes(p));
}

/**
 * Two unnamed parties of one office and country (外交部副部长 … 磋商后，外交部副部长礼节性拜会了 …): the same person,
 * for an encounter that opens on the occasion of the one before (events/same-occasion), when the text names neither.
 */
function unnamedAlike(p: Entity, q: Entity): boolean {
  return !p.name && !q.name && !!p.role && p.role === q.role && !!p.country && p.country.value === q.country?.value;
}

/** How many characters before a date the words that tell it as a visitor's arrival may start (dates/arrival-before). */
const ARRIVAL_REACH = 80;

/** Whether a date is the day a visitor arrived, told about him ("X, who arrived on Wednesday evening, said": dates/arrival-before). */
function arrivalDate(a: SentenceAnalysis, m: DateMention, language: string): boolean {
  const arrived = ruleBook(language, 'dates').optionalPattern('dates/arrival-before');
  return !!arrived && arrived.test(a.sentence.text.slice(Math.max(0, m.charStart - a.sentence.start - ARRIVAL_REACH), m.charStart - a.sentence.start));
}

/** Whether two encounters are between the same two or more states, every party's country known ("On the margins of the talks, the two foreign ministers met": other officials of the same states). */
/**
 * Whether the states of the encounter before that are known yet are all among this one's, this one of two or more states
 * and the one before with a party not yet placed ("The Amir received a message from President X. The message was handed
 * over by X's minister to the foreign minister during a meeting": the Amir's state is given later, by his side; h-en44)
 */
function knownStatesWithin(previous: DraftEvent, e: DraftEvent): boolean {
  const a = e.participants.map((p) => p.country?.value ?? null);
  if (a.includes(null)) return false;
  const sa = new Set(a);
  const known = previous.participants.map((p) => p.country?.value ?? null).filter((c): c is string => c != null);
  return sa.size >= 2 && known.length > 0 && known.length < previous.participants.length && known.every((c) => sa.has(c));
}

function sameStates(e: DraftEvent, previous: DraftEvent): boolean {
  const of = (x: DraftEvent) => x.participants.map((p) => p.country?.value ?? null);
  const a = of(e), b = of(previous);
  if (a.includes(null) || b.includes(null)) return false;
  const sa = new Set(a), sb = new Set(b);
  return sa.size >= 2 && sa.size === sb.size && [...sa].every((c) => sb.has(c));
}

/** Whether each sentence between `last` and `first` names a party of the encounter `previous` (or "the two sides"). */
function partiesSpeakBetween(previous: DraftEvent, doc: Doc, last: number, first: number): boolean {
  for (let k = last + 1; k < first; k++) {
    const a = doc.analyses[k];
    if (a.sentence.noise) continue;
    if (!a.persons.some((m) => (m.entity && previous.participants.includes(m.entity)) || (m.kind === 'group' && !m.countries?.length))) return false;
  }
  return true;
}

/**
 * The encounter a draft may go on from: the one dated last (`previous`), unless only its headline stands before the draft
 * and another reported encounter is told in the body before it ("X receives A, speaks with B by phone" over "X received A
 * ... Earlier, A and C held a working meeting ... On the same day, X spoke with B": the meeting goes on from A's audience,
 * not from the call told after it; h-en57 probe).
 */
function goesOnFromTold(e: DraftEvent, previous: DraftEvent | null, reported: readonly DraftEvent[], doc: Doc): DraftEvent | null {
  if (!previous?.date) return null;
  const first = e.sentences.find((k) => doc.sentences[k].role !== 'headline');
  // (or told in the same sentence, from the same words or before: "X received in audience Y, who delivered a message from
  // Z", the message going on from the audience, whatever encounter a headline names between them in the order of first
  // mentions)
  const own = first != null ? e.triggers.find((t) => t.charStart >= doc.sentences[first].start && t.charStart < doc.sentences[first].end)?.charStart ?? null : null;
  const bodyBefore = (x: DraftEvent) => x.sentences.filter((k) => first != null && doc.sentences[k].role !== 'headline'
    && (k < first || (k === first && own != null && x.triggers.some((t) => t.charStart >= doc.sentences[k].start && t.charStart <= own))));
  if (first == null || bodyBefore(previous).length) return previous;
  let best: DraftEvent | null = null, at = -1;
  for (const x of reported) {
    if (x === e || !x.date) continue;
    const b = bodyBefore(x);
    const k = b.length ? Math.max(...b) : -1;
    if (k > at) { at = k; best = x; }
  }
  return best ?? previous;
}

function continuesPrevious(e: DraftEvent, previous: DraftEvent, doc: Doc, parallel: RegExp | null, occasion: RegExp | null = null, events: readonly DraftEvent[] = []): boolean {
  if (!parallel || e.referenced) return false;
  const first = e.sentences.find((s) => doc.sentences[s].role !== 'headline');
  if (first == null) return false;
  // "磋商后，X礼节性拜会了Y", "Nhân dịp này, X chào xã giao Y": a sentence that opens on the occasion of the encounter told
  // before goes on from it however many sentences of what was said lie between, so long as none names a day of its own
  // (events/same-occasion)
  // (the encounter before as told before this one: its attendees' sentence may come after, "会见前，A与B举行会谈。… C参加会见")
  const told = previous.sentences.filter((k) => k < first);
  const last = told.length ? Math.max(...told) : Math.max(...previous.sentences);
  if (occasion && first > last && first - last <= SAME_OCCASION_REACH && occasion.test(doc.sentences[first].text) && (e.participants.some((p) => previous.participants.some((q) => q === p || unnamedAlike(p, q))) || sameStates(e, previous) || knownStatesWithin(previous, e))) {
    let clear = true;
    // (the day a visitor arrived, told about him, "X, who arrived on Wednesday evening, said": no day of another encounter)
    for (let k = last + 1; k < first && clear; k++) if (doc.analyses[k].dates.some((m) => (m.value.day != null || m.value.weekday != null || m.value.relative != null || m.value.sameDay === true) && !arrivalDate(doc.analyses[k], m, doc.language ?? 'en'))) clear = false;
    if (clear) return true;
  }
  // encounters a sentence lists one by one ("He also received X and Y") share their day
  if (first === previous.sentences[0] && e.triggers[0] === previous.triggers[0]) return true;
  // two encounters of one party in one sentence that names no day ("bà X chào xã giao A và hội đàm với B"): one day
  // (a day inside a relative clause about someone is that clause's, not the sentence's: "received by B, who took office on
  // 1 March, and also met C"; h-en58 probe b2)
  // (nor is the dateline's day the lead opens with: "State House, Freetown, 2 December 2026 - X received Y, who delivered a
  // message from Z"; h-en57 probe)
  const inRelative = (m: DateMention) => relativeOf(doc.analyses[first], doc.language).some(([s, t]) => s <= m.charStart && m.charEnd <= t)
    || (doc.dateline?.sentence === first && m.charEnd - doc.sentences[first].start <= doc.dateline.end);
  if (previous.sentences.includes(first) && doc.analyses[first].dates.every(inRelative) && e.participants.some((p) => previous.participants.includes(p))) return true;
  // (the encounter before as told before this one, `last`: a sentence of who sat in both that comes after, "The meetings
  // were attended by A and B", is no telling of it after this one)
  if (first <= last) return false;
  // (further on when every sentence between tells what the encounter's own parties said or did, "Dong said ...", "Tea
  // Seiha thanked ...", "The two sides agreed ...": they go on about it; the checks below still hold for them)
  if (first - last > CONTINUES_REACH && (first - last > SAME_OCCASION_REACH || !partiesSpeakBetween(previous, doc, last, first))) return false;
  // the sentences between go on about the encounter before: no date and no other encounter of their own
  // (a year or a month alone is no day of another encounter: "trade reached $4 billion last year")
  const dayOf = (v: DateValue) => v.day != null || v.weekday != null || v.relative != null || v.sameDay === true;
  // (a day of what the encounter was about, "discussed ... the July 28 election", is none: dates/discussed-before)
  const discussed = ruleBook(doc.language ?? 'en', 'dates').optionalPattern('dates/discussed-before');
  // (nor the day a visitor arrived, told in a relative clause about him: "X, who arrived on Wednesday evening, said")
  const topicDay = (a: SentenceAnalysis, m: DateMention) => (!!discussed && discussed.test(a.sentence.text.slice(0, m.charStart - a.sentence.start)))
    || arrivalDate(a, m, doc.language ?? 'en');
  // (an encounter word of no encounter of its own is none either: "X said after the meeting that ...", the one before)
  const another = (t: TriggerMention) => events.length === 0 || events.some((o) => o !== previous && o !== e && o.triggers.includes(t));
  for (let k = last + 1; k < first; k++) if (doc.analyses[k].dates.some((m) => dayOf(m.value) && !topicDay(doc.analyses[k], m)) || doc.analyses[k].triggers.some(another)) return false;
  // (or another member of a delegation of it: "Foreign Minister X, who accompanied the president, separately held talks with
  // his counterpart Y", "Meanwhile, the host's prime minister received a message from Z": parties of two countries or more,
  // each placed, one of a country of the encounter before; all of them when a party is unnamed or the sentence names a
  // gathering of its own, "Bên lề Hội nghị Cấp cao Á - Âu, Bộ trưởng X đã gặp Ngoại trưởng Ghana": another day's)
  const countries = (x: DraftEvent) => new Set(x.participants.map((p) => p.country?.value ?? null));
  const loose = e.participants.every((p) => !!p.name) && !doc.analyses[first].occasions.length;
  const overlaps = (a: Set<string | null>, b: Set<string | null>) => a.size >= 2 && !a.has(null) && (loose ? [...a].some((c) => b.has(c)) : [...a].every((c) => b.has(c)));
  if (!parallel.test(doc.sentences[first].text)) return false;
  if (e.participants.some((p) => previous.participants.includes(p)) || overlaps(countries(e), countries(previous))) return true;
  // ("Trade Minister X, who accompanied the President, met his counterpart Y": a member of the delegation of the encounter
  // before, of its state, with a party the text has not placed yet; persons/accompanying)
  const accompanying = ruleBook(doc.language ?? 'en', 'persons').optionalPattern('persons/accompanying');
  const before = countries(previous);
  return !!accompanying && accompanying.test(doc.sentences[first].text) && e.participants.some((p) => !!p.country && before.has(p.country.value));
}

export function refineDates(events: DraftEvent[], doc: Doc, reference: string | null = null, language = 'en', parallel: RegExp | null = null, occasion: RegExp | null = null, festivals: FestivalCalendar | null = null): void {
  const { day: ref, what: refWhat } = referenceOf(doc, reference);
  const dateBook = ruleBook(language, 'dates');
  const daysAfter = dateBook.has('dates/days-after-gerund') ? dateBook.pattern('dates/days-after-gerund') : null;
  // counts written in words ("two days after"): events/number-words
  const numberWords = daysAfter ? ruleBook(language, 'events').optionalMap('events/number-words') : new Map<string, string>();
  const saidDay = dateBook.optionalPattern('dates/said-day');
  let previous: DraftEvent | null = null;
  let first = true;
  let caption: ReturnType<typeof captionDay> = null;
  let lead: DateMention | null = null;
  /** the words that dated the first encounter the text reports */
  let firstSpan: { start: number; end: number } | null = null;
  // the weekday a story datelined with no year took the dateline's day for ("ANKARA, Jul 10 (APP): X on Thursday called
  // on Y"), and that day: the other weekdays of the story count back from it ("On Wednesday, X met Z": Jul 9; h-en44)
  let pinned: { weekday: number; day: string } | null = null;
  // ("DOHA, Dec 6 (APP): X on Saturday met Y ... On Sunday, X joined Z": a weekday told after the first and a day or two
  // past it in the week is the later day of the story, the dateline's; the first counts back from it; dates/weekday-sequel)
  // (read once, and only for a story whose weekday takes the dateline's day: most texts never need it)
  let pinAheadRead: ReturnType<typeof weekdaysAhead> | undefined;
  const pinAhead = () => (pinAheadRead === undefined
    ? pinAheadRead = weekdaysAhead(doc, dateBook.has('dates/weekday-sequel') ? Number(dateBook.rule('dates/weekday-sequel').reach ?? 0) : 0, language)
    : pinAheadRead);
  /** the day of the text's first encounter, when it has a full one */
  let mainDay: number | null = null;
  /** the encounters dated so far that the text reports (not background) */
  const reported: DraftEvent[] = [];
  for (const e of events) {
    let goesOn: DraftEvent | null = null;
    let value: DateValue | null = null;
    let rule: string | null = null;
    let mention: DateMention | null = null;
    // the day was written for the encounter the text looks back on, not in the encounter's own sentences
    let lookedBack = false;
    // the first body draft sentence with a date, else the headline's
    const order = reportOrder(e, doc);
    // a day before a month or a year ("in 2023 ... on March 3"); a quoted "today" ("Spoke tonight with ...",
    // a statement quoted in the text) only when nothing else dates it
    // "In the margins of the summit, X met Y": when the sentences that name the encounter give no day, the day
    // of the sentence that told of that gathering ("represented the EU on Thursday at the SEECP Summit")
    const own = order.filter((s) => doc.sentences[s].role !== 'headline' && triggersIn(e, doc, s).some((t) => t.rule === e.kind.rule));
    const ownDay = own.some((s) => doc.analyses[s].dates.some(namesDay));
    const gathering = ownDay || e.referenced ? null : gatheringDay(e, doc, language);
    if (gathering) { mention = gathering; value = gathering.value; rule = `${gathering.rule}${BY_GATHERING}`; }
    // (one day before a span of days: "Nhân dịp thăm Ấn Độ từ ngày 1-3/12, X đã hội đàm với Y … Ngày 1/12, X và Y đồng chủ
    // trì …": the span is the visit's, the day another sentence of the encounter gives is the encounter's; h-zv26)
    // (a day the text writes, in any sentence of the encounter, before one counted from the visit: "On the second day of
    // the State Visit, the President held a meeting with ..." in a deck, "held a bilateral meeting this Wednesday (26)" below)
    if (!gathering) search: for (const precision of ['fixed', 'single', 'day', 'any'] as const) {
      for (const allowQuoted of [false, true]) {
        for (const s of order) {
          if (!doc.analyses[s].dates.length) continue;
          // the trigger that names the encounter's kind first ("X, who is on a state visit to Kenya, held talks with Y on
          // Tuesday": the talks', not the visit's in the relative clause)
          const here = triggersIn(e, doc, s);
          // (the written day first only from a sentence that names the encounter's own kind: not the visit's start,
          // "began a two-day visit on 12 May", before "on the second day of the visit, X held talks with Y")
          if (precision === 'fixed' && !here.some((x) => x.kind === e.kind.value)) continue;
          const main = here.find((x) => x.rule === e.kind.rule);
          const draft: DraftEvent = { ...e, sentences: [s], triggers: main && main !== here[0] ? [main, ...here.filter((x) => x !== main)] : here };
          if (!draft.triggers.length) draft.triggers = [{ ...e.triggers[0], charStart: doc.sentences[s].start, charEnd: doc.sentences[s].start }];
          let m = statedDateMention(draft, doc, allowQuoted, precision);
          // "X received Y, who paid a farewell call on Tuesday": the words of the same encounter in a clause of their own
          // give its day when the main clause gives none (not a visit's: "X, who arrived on Monday for a visit, held talks")
          for (const other of here) {
            if (m) break;
            if (other === draft.triggers[0] || other.kind === 'visit' || other.recalled || other.planned || other.kind !== draft.triggers[0].kind) continue;
            m = statedDateMention({ ...draft, triggers: [other] }, doc, allowQuoted, precision);
          }
          // ("met Y in Accra last week, the ministry said on Friday": the day of the saying, when the encounter's own words
          // give it a span of days; dates/said-day)
          if (m && saidDay && saidDay.test(doc.sentences[s].text.slice(Math.max(0, m.charStart - doc.sentences[s].start - 60), m.charStart - doc.sentences[s].start)) && vaguePeriod(draft, doc, language)) continue;
          if (m) { mention = m; value = m.value; rule = m.rule; break search; }
        }
      }
    }
    if (!mention && !e.referenced) {
      // "The first stop was Lima on Monday. There they met X": the day of the scene the sentence before set
      const m = sceneDay(e, doc, language);
      if (m) { mention = m; value = m.value; rule = `${m.rule}+scene`; }
    }
    if (!mention && !e.referenced) {
      // "A and B agreed Monday to ... The two leaders held talks in Hanoi": the day of the lead that names the parties
      const m = leadDay(e, doc);
      if (m) { mention = m; value = m.value; rule = `${m.rule}+lead`; }
    }
    if (!mention && !e.referenced && first) {
      // "In a meeting with X, the president raised ..." and "... told the media after the visit, Friday, December 30":
      // the first encounter the text reports takes the day it gives the encounter it looks back on
      const m = afterEncounterDay(doc, language);
      if (m) { mention = m; value = m.value; rule = `${m.rule}+after-the-encounter`; lookedBack = true; }
    }
    const span = mention ? { start: mention.charStart, end: mention.charEnd } : null;
    e.date = null;
    // (an encounter dated by its month alone, "their meeting in Beijing in August", gives no day for "the same day":
    // the encounter told before it with a day does; h-en30)
    const hasDay = (o: DraftEvent) => !!o.date && /-\d{2}-\d{2}$/.test(o.date.value);
    if (value?.sameDay && previous && !hasDay(previous)) previous = [...reported].reverse().find(hasDay) ?? previous;
    if (value?.sameDay && mention) {
      // "Later the same day, C met X" in a story whose lead named C's meeting first: the encounter told last before
      // the words "the same day", not the one before this encounter in the order of first mentions
      const at = doc.sentences.findIndex((x) => x.start <= mention!.charStart && mention!.charStart < x.end);
      let told: DraftEvent | null = null, toldAt = -1;
      for (const o of reported) {
        if (!hasDay(o)) continue;
        // (or told in the same sentence before the words: "On Thursday, X held talks with Y and later met Z"; h-en30)
        const before = at >= 0 && o.sentences.includes(at) && o.triggers.some((t) => t.charEnd <= mention!.charStart && t.charStart >= doc.sentences[at].start);
        const s = before ? at : Math.max(-1, ...o.sentences.filter((i) => i < at && doc.sentences[i].role !== 'headline'));
        if (s > toldAt) { told = o; toldAt = s; }
      }
      if (told && previous && toldAt > Math.max(-1, ...previous.sentences.filter((i) => i < at))) previous = told;
    }
    // "Earlier on July 9, X attended the ASEAN meeting. On the same day, he also met Y": the day the sentence just before
    // gives, when that sentence tells no encounter of its own, over the encounter told before it
    // (and "Ghana and Peru signed three accords on Wednesday. The day before, X held talks with Y": a day from that day, when
    // no encounter told before has a day to count from)
    const offset = value?.sameDay ? value.dayOffset ?? 0 : 0;
    const dayBefore: DateMention | null = value?.sameDay && mention && (!offset || !previous?.date) ? dayOfSentenceBefore(doc, mention.charStart, reported, !!offset) : null;
    const resolved: string | null = dayBefore ? resolveDate(dayBefore.value, ref) : null;
    const before: string | null = resolved && offset ? shiftDay(resolved, offset) : resolved;
    if (before && dayBefore) {
      const what: string = offset ? `${Math.abs(offset)} day${Math.abs(offset) === 1 ? '' : 's'} ${offset < 0 ? 'before' : 'after'} the day "${dayBefore.text}" the sentence before gives` : `the day "${dayBefore.text}" the sentence before gives`;
      e.date = inferred(before, offset ? 'date/offset-from-sentence-before' : 'date/same-day-as-sentence-before', what, { start: dayBefore.charStart, end: dayBefore.charEnd }, offset || dayBefore.value.weekday != null ? ['year', 'month', 'day'] : dayBefore.value.year == null ? ['year'] : undefined);
    } else if (value?.sameDay) {
      if (previous?.date && value.dayOffset) {
        // "次日", "ngày hôm sau": a day from the encounter reported before, when that one has its day
        const shifted = shiftDay(previous.date.value, value.dayOffset);
        if (shifted) e.date = inferred(shifted, rule ?? 'date/same-day', `${value.dayOffset > 0 ? 'after' : 'before'} the day of the encounter reported before it`, span, ['year', 'month', 'day']);
      } else if (previous?.date) {
        e.date = inferred(previous.date.value, rule ?? 'date/same-day', 'the day of the encounter reported before it', span, ['year', 'month', 'day']);
        e.sameDayAs = previous;
      } else if (mention && !value.dayOffset) {
        // "发言人15日发表声明说，国务卿当天与…通电话", "said on Monday that the two had spoken that day": with no encounter
        // told before, the day the sentence names before the same-day word
        const s = sentenceAt(doc, mention.charStart);
        const earlier = s ? doc.analyses[s.index].dates.filter((m) => m.charEnd <= mention!.charStart && namesDay(m) && !m.value.sameDay && !m.value.range) : [];
        let day = earlier.length ? earlier[earlier.length - 1] : null;
        // (a bare day, "9日", that the dateline before it gives with its month, "新华社伦敦3月9日电": that month's day)
        if (day?.value.relativeMonth != null) day = earlier.find((m) => m.value.month != null && m.value.day === day!.value.day) ?? day;
        const v = day ? resolveDate(day.value, ref) : null;
        if (v) e.date = inferred(v, 'date/same-day-in-sentence', `the day "${day!.text}" the sentence names before "${mention.text}"`, { start: day!.charStart, end: day!.charEnd }, ['year', 'month', 'day']);
      }
      if (!e.date && mention && !value.dayOffset) {
        // "A and B hosted a welcome ceremony for Y on March 11. Later that day, A held talks with Y": the encounter told
        // before is this one (the ceremony joined the talks), and another of its sentences gives the day
        for (const s of order) {
          if (doc.sentences[s].role === 'headline' || !doc.analyses[s].dates.some((m) => namesDay(m) && !m.value.sameDay && !m.value.range)) continue;
          const here = triggersIn(e, doc, s);
          if (!here.length) continue;
          const m = statedDateMention({ ...e, sentences: [s], triggers: here }, doc, false, 'day');
          const v = m && !m.value.sameDay && !m.value.range ? resolveDate(m.value, ref) : null;
          if (v) { e.date = inferred(v, `${m!.rule}+same-encounter`, `the day "${m!.text}" another sentence of this encounter gives`, { start: m!.charStart, end: m!.charEnd }, m!.value.year == null ? ['year'] : undefined); break; }
        }
      }
      if (!e.date && mention && !value.dayOffset && !e.referenced && doc.published && ref) {
        // "当天下午，自治区主席X会见Y" or "Cùng ngày, X tiếp Y" opening a page whose only day is its own date line
        // ("发布时间：2026-11-18 19:30", "Thứ Sáu, 20/11/2026 18:05"): no day is told before the words, so "that day" is the
        // day the page is dated (a day told before that is another, or a dateline's day, gives the day instead, above)
        const at = sentenceAt(doc, mention.charStart)?.index ?? -1;
        let other = false;
        for (let k = 0; k < at && !other; k++) {
          if (doc.sentences[k].noise) continue;
          for (const m of doc.analyses[k].dates) {
            if (!namesDay(m) || m.value.sameDay) continue;
            if (resolveDate(m.value, ref) !== doc.published.value) { other = true; break; }
          }
        }
        if (at >= 0 && !other) e.date = inferred(doc.published.value, 'date/same-day-as-published', `the day the page is dated (${doc.published.value}): no other day is told before "${mention.text}"`, span, ['year', 'month', 'day']);
      }
    } else if (value?.spanDay != null && mention) {
      // "On the last day of the visit, X received Y": that day of the visit's span ("from 10 to 12 March")
      const d = dayOfSpan(doc, mention.charStart, value.spanDay, ref);
      const a = !d && value.spanDay > 0 ? dayOfArrival(doc, value.spanDay, ref, language) : null;
      if (d) e.date = inferred(d.day, `${rule}+span`, `the ${value.spanDay < 0 ? 'last' : `day ${value.spanDay}`} of "${d.span.text}" in the text`, span, ['year', 'month', 'day']);
      else if (a) e.date = inferred(a.day, `${rule}+arrival`, `day ${value.spanDay} of the visit, counted from the arrival "${a.span.text}" the text tells`, span, ['year', 'month', 'day']);
    } else if (value?.range) {
      // the encounter fell within a span of days: the month is what the text supports
      const resolved = resolveDate({ ...value, range: undefined }, ref);
      let year = resolved && /^\d{4}/.test(resolved) ? Number(resolved.slice(0, 4)) : null;
      let yearFrom = value.year != null ? null : refWhat;
      const twin = year == null && value.month != null && value.day != null ? sameDayElsewhere(doc, value.month, value.day, language) : null;
      if (twin) { year = twin.value.year!; yearFrom = `the year of "${twin.text}" in the text`; }
      if (year != null && value.month != null) {
        const v = `${year}-${String(value.month).padStart(2, '0')}`;
        e.date = yearFrom ? inferred(v, `${rule}+range-month`, yearFrom, span, ['year']) : { ...inferred(v, `${rule}+range-month`, 'a span of days: the month', span), basis: 'stated' };
        // "X held talks with Y in Hanoi" on a visit "from May 11 to 14", under a photo "X (R) and Y at their talks in
        // Hanoi on May 12": the caption's day of that month names which day of the span it was (h-en59 probe)
        const c = !e.referenced ? captionDay(e, doc, ref, language) : null;
        if (c && /^\d{4}-\d{2}-\d{2}$/.test(c.value) && c.value.startsWith(`${v}-`)) e.date = inferred(c.value, 'date/caption-in-span', `the day the photo caption of the encounter gives ("${c.mention.text}"), within the span "${mention?.text ?? ''}"`, { start: c.mention.charStart, end: c.mention.charEnd }, c.mention.value.year == null ? ['year'] : undefined);
        // "Trong khuôn khổ chuyến thăm … từ ngày 3-6/12, X đã hội đàm với Y" and then "sáng 4/12, tại …, hai Bộ trưởng đã trao
        // đổi …": the sentence right after the lead names no encounter of its own, but the parties (or "the two ministers")
        // and one day of the span: that day (h-zv43 probe, VietnamPlus: the talks and the reception "cùng ngày" kept the month)
        else if (!e.referenced && value.day != null) {
          const at = mention ? sentenceAt(doc, mention.charStart)?.index ?? -1 : -1;
          const b = at >= 0 ? spanBodyDay(e, doc, at, value, ref) : null;
          if (b && b.value.startsWith(`${v}-`)) e.date = inferred(b.value, 'date/body-day-in-span', `the day the sentence after the lead gives ("${b.mention.text}"), within the span "${mention?.text ?? ''}"`, { start: b.mention.charStart, end: b.mention.charEnd }, b.mention.value.year == null ? ['year'] : undefined);
        }
      }
    } else if (value) {
      // "today" in a story whose dispatch gives an earlier day than the page (（中央社華盛頓3日綜合外電報導）… 今天, a page
      // stamped the 4th in Taipei): the dispatch's day, a day or two before the page's
      let relRef = ref, relWhat = refWhat;
      if (value.relative != null && ref && doc.dateline?.date?.day != null) {
        const d = resolveDate(doc.dateline.date, ref);
        const t = d && /^\d{4}-/.test(d) ? parseIsoDay(d) : null;
        const gap = t ? Math.round((ref.getTime() - t.getTime()) / DAY) : 0;
        if (t && gap >= 1 && gap <= 2) { relRef = t; relWhat = `the day of the story's dispatch, ${d}`; }
      }
      // "before the Spring Festival", "nhân dịp Tết Nguyên đán": the festival's month, which only the calendar knows (of the
      // year the text gives, else the festival nearest the reference day)
      const festivalDay = value.festival && festivals ? (value.year != null ? festivals.dayIn(value.festival, value.year) : ref ? festivals.nearest(value.festival, ref) : null) : null;
      let v = festivalDay ? festivalDay.slice(0, 7) : resolveDate(value, relRef);
      // ("met Y in Kuala Lumpur on 07/05/2025" on a page of 9 May 2025: a numeric day and month both under 13 read in the
      // order that does not put a reported encounter after the page's own day, when only the other order does; h-en59)
      if (v && mention && ref && !e.referenced && NUMERIC_DAY_MONTH.test(mention.text) && value.day! <= 12 && value.month! <= 12 && value.day !== value.month
        && /^\d{4}-\d{2}-\d{2}$/.test(v) && Date.parse(v) > ref.getTime()) {
        const other = resolveDate({ ...value, month: value.day, day: value.month }, ref);
        if (other && /^\d{4}-\d{2}-\d{2}$/.test(other) && Date.parse(other) <= ref.getTime()) v = other;
      }
      // (a later item of a page of wire stories, opening with a dateline of its own, "KUWAIT, April 14 (KUNA) -- X received
      // on Monday a phone call from Y": that dateline's day)
      const storyDay = !v && span ? storyDatelineDay(doc, span.start, language) : null;
      const datelineDay = storyDay ?? (doc.dateline?.date?.month != null && doc.dateline.date.day != null ? doc.dateline.date : null);
      // (or an encounter dated by the very words that dated the first: "X on Monday received a message from Y, delivered by Z")
      const firstWords = !!span && !!firstSpan && firstSpan.start === span.start && firstSpan.end === span.end;
      // (a "today" or "yesterday" of any later encounter of the story too: "（中央社台北12月5日電）… 今天會見 … 他今天稍早也與 Z
      // 舉行會談" counts every 今天 from the dispatch; a weekday only in the first, which it cannot be checked against)
      if (!v && (value.weekday != null || value.relative != null) && (first || firstWords || !!storyDay || value.relative != null) && datelineDay) {
        // "on Thursday" in a story datelined "PHNOM PENH, Aug. 4": with nothing to count weekdays from, the
        // dateline's day (wire stories report the day's encounters); "yesterday": the day before it
        const d = resolveDate(datelineDay, ref);
        const twin = d?.startsWith('--') ? sameDayElsewhere(doc, datelineDay.month!, datelineDay.day!, language)
          ?? nearDayElsewhere(doc, e, datelineDay.month!, datelineDay.day!, value.weekday, language) : null;
        const day = twin ? `${twin.value.year}${d!.slice(1)}` : d;
        const shift = value.weekday == null ? value.relative! : 0;
        const full = day && shift ? shiftDay(day, shift) : day;
        const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
        const what = value.weekday != null ? 'the weekday cannot be checked' : shift < 0 ? `${days(-shift)} before it` : shift > 0 ? `${days(shift)} after it` : 'today';
        if (full) e.date = inferred(full, `${rule}+dateline`, `the dateline of the story (${what})${twin ? `, the year of "${twin.text}"` : ''}`, span, ['year', 'month', 'day']);
        if (full && value.weekday != null && !pinned) {
          const sequel = pinAhead();
          const ahead = sequel?.first === value.weekday ? sequel.ahead : 0;
          const day0 = ahead ? shiftDay(full, -ahead) : full;
          if (ahead && day0) e.date = inferred(day0, `${rule}+dateline-weekday`, `${ahead} day${ahead === 1 ? '' : 's'} before the day the story's dateline gives the weekday told last`, span, ['year', 'month', 'day']);
          pinned = { weekday: value.weekday, day: day0 ?? full };
        } else if (full && pinned && value.weekday === pinned.weekday && pinned.day !== full && pinAhead()) {
          // (the first weekday told again, "met A, B and C" one by one: the day it was counted back to)
          e.date = inferred(pinned.day, `${rule}+dateline-weekday`, `the day the story's first weekday was counted back to`, span, ['year', 'month', 'day']);
        }
      } else if (!v && value.weekday != null && !e.date && pinned && datelineDay && value.weekday !== pinned.weekday) {
        // (another weekday of the same story, before the pinned one within its week: the days between them back)
        const back = (pinned.weekday - value.weekday + 7) % 7;
        // (a day or two after the first, the story's later day: dates/weekday-sequel)
        const sequel = storyDay ? null : pinAhead();
        const forth = sequel && sequel.first === pinned.weekday && 7 - back <= sequel.ahead ? 7 - back : 0;
        const d = shiftDay(pinned.day, forth || -back);
        if (d) e.date = inferred(d, `${rule}+dateline-weekday`, forth ? `${forth} day${forth === 1 ? '' : 's'} after the weekday told first, the dateline's day` : `${back} day${back === 1 ? '' : 's'} before the day the story's dateline gives the weekday told first`, span, ['year', 'month', 'day']);
      }
      if (!v && value.weekday != null && !e.date) {
        // "met on Monday ... is in Manila for a state visit from Aug. 10 to 12, 2025" with no date of its own: the one
        // such weekday within the span of days the text gives
        const inSpan = weekdayInSpan(doc, value.weekday);
        if (inSpan) e.date = inferred(inSpan.day, `${rule}+span`, `the weekday within "${inSpan.span.text}" in the text`, span, ['year', 'month', 'day']);
      }
      if (!v && value.weekday != null && !e.date && !ref && !e.referenced) {
        // a page that shows no date of its own ("By X | 1 hour ago") over "met Y ... on Monday, 30th November 2026. ... On
        // Sunday, X held talks with Z": the weekday on or before the full day the text wrote for an encounter it reported
        // before (a story tells what has happened; h-en63 probe, the Maldives' public broadcaster)
        const told = [...reported].reverse().find((d) => d.date?.basis === 'stated' && /^\d{4}-\d{2}-\d{2}$/.test(d.date.value));
        const day = told?.date ? told.date.value : null;
        const back = day ? (new Date(Date.parse(`${day}T00:00:00Z`)).getUTCDay() - value.weekday + 7) % 7 : null;
        const d = day && back != null ? shiftDay(day, -back) : null;
        if (d) e.date = inferred(d, `${rule}+text-day`, `the ${back === 0 ? 'same weekday as' : 'weekday before'} the day the text gives an encounter told before (${day})`, span, ['year', 'month', 'day']);
      }
      if (!v && value.relative === 0 && !e.date) {
        // "spoke today" in a text with no date of its own but a headline that gives the day ("... Hayashi 6 January")
        const h = order.map((i) => doc.analyses[i]).find((x) => x.sentence.role === 'headline')?.dates.find((m) => m.value.month != null && m.value.day != null);
        const d = h ? resolveDate(h.value, ref) : null;
        if (h && d) e.date = inferred(d, `${rule}+headline`, `"today" is the day the headline gives ("${h.text}")`, span, ['year', 'month', 'day']);
      }
      if (!v && value.relativeMonth != null && value.day != null) {
        // "8日" with no publication date: a full date of the same day in the text (a caption's "2021年6月8日")
        const twin = sameDayElsewhere(doc, null, value.day, language) ?? spanHolding(doc, value.day);
        const full = twin ? formatDate({ year: twin.value.year, month: twin.value.month, day: value.day }) : null;
        if (twin && full) e.date = inferred(full, `${rule}+text-month`, `the year and month of "${twin.text}" in the text`, span, ['year', 'month']);
        // "新华社北京5月6日电 … 6日晚 …": the dispatch line of the same day gives the month (and the year, when it has one)
        const dl = doc.dateline?.date;
        if (!e.date && dl?.month != null && dl.day === value.day) {
          const d = formatDate({ year: dl.year, month: dl.month, day: value.day });
          if (d) e.date = inferred(d, `${rule}+dateline-month`, 'the month of the story\'s dateline of the same day', span, dl.year != null ? ['year', 'month'] : ['month']);
        }
      }
      // "于5月8日至9日访问越南。8日上午，A会见B", "Ngày 10/4, … Ngày 11, …": a bare day a few days on from the month-day the
      // story told before it is of that month, not of the page's (h-zv33: a May visit on a December page read as December)
      const anchor = v && /^\d{4}-/.test(v) && mention && value.relativeMonth != null && value.day != null && value.month == null
        ? monthDayBefore(doc, mention.charStart) : null;
      const anchored = anchor && value.day! >= anchor.value.day! && value.day! - anchor.value.day! <= ANCHOR_DAYS ? resolveDate({ ...anchor.value, range: undefined }, ref) : null;
      if (anchor && anchored && /^\d{4}-\d{2}/.test(anchored) && anchored.slice(0, 7) !== v!.slice(0, 7)) {
        e.date = inferred(`${anchored.slice(0, 7)}-${String(value.day).padStart(2, '0')}`, `${rule}+text-month`, `the month of "${anchor.text}" the story told before it`, span, ['year', 'month']);
      } else if (v) {
        const relative = value.weekday != null || value.relative != null || value.relativeYear != null || value.relativeMonth != null;
        if (festivalDay) e.date = inferred(v, `${rule}+calendar`, `${festivals!.nameOf(value.festival!)} fell on ${festivalDay} (data/meetings/festivals.json)${value.year != null ? '' : `, the one nearest ${refWhat}`}`, span, value.year != null ? ['month'] : ['year', 'month']);
        else if (relative) e.date = inferred(v, relRef === ref ? `${rule}+published` : `${rule}+dispatch`, relWhat, span, value.relativeYear != null ? ['year'] : value.relativeMonth != null ? ['year', 'month'] : ['year', 'month', 'day']);
        else if (value.year == null && !v.startsWith('--')) e.date = inferred(v, rule!, refWhat, span, ['year']);
        else if (lookedBack) e.date = inferred(v, rule!, 'the day the text gives the encounter it looks back on ("after the visit")', span);
        else e.date = { value: v, rule: rule!, basis: 'stated', span };
        const twin = v.startsWith('--') ? sameDayElsewhere(doc, value.month!, value.day!, language) ?? nearDateBeside(doc, span, value.month!, value.day!)
          ?? nearDayElsewhere(doc, e, value.month!, value.day!, value.weekday, language) : null;
        if (twin) e.date = inferred(`${twin.value.year}${v.slice(1)}`, `${rule}+text-year`, `the year of "${twin.text}" in the text`, span, ['year']);
      }
    } else if ((first || events.slice(0, events.indexOf(e)).every((o) => o.referenced || o.kind.value === 'visit')) && ref && (lead = dayOfLeadBefore(e, doc, events)) && resolveDate(lead.value, ref)) {
      // "LILONGWE, December 4 (MANA): Malawi and Zambia on Thursday concluded the 15th Session of the Joint Commission. The
      // session was co-chaired by X and Y": the weekday of the lead that tells the gathering with no parties of its own, over
      // the dateline's day (h-en53 probe)
      e.date = inferred(resolveDate(lead.value, ref)!, 'date/weekday-of-lead-before', `the day "${lead.text}" of the sentence before, which tells no encounter of its own`, { start: lead.charStart, end: lead.charEnd }, ['year', 'month', 'day']);
    } else if (first && doc.dateline?.date && !beforeTheReport(e, doc, language) && !vaguePeriod(e, doc, language)
      // ("于11月28日至12月2日对老挝进行正式友好访问。访问期间，X会见Y": an encounter told as one of a visit whose span of days
      // the text gives fell on a day of it the text does not say, not on the dispatch's; h-zv34)
      && !(vaguePeriod(e, doc, language, 'dates/during-visit') && !!spanOfVisit(doc, e.triggers[0]?.charStart ?? 0))) {
      const v = resolveDate(doc.dateline.date, ref);
      // "Baku, June 10, AZERTAC – X received Y." under a photo "X and Y in Baku on 9 June 2025": the caption tells the
      // encounter's own day, a few days before the report's (h-en36 probe)
      const c = v ? captionDay(e, doc, ref, language) : null;
      if (c && daysBefore(c.value, v!) != null) e.date = inferred(c.value, 'date/caption', `the day the photo caption of the encounter gives ("${c.mention.text}"), before the dateline's`, { start: c.mention.charStart, end: c.mention.charEnd }, c.mention.value.year == null ? ['year'] : undefined);
      else if (v) e.date = inferred(v, 'date/dateline', 'the dateline of the story', null, doc.dateline.date.year == null ? ['year'] : undefined);
    } else if (!doc.dateline?.date && ref && !e.referenced && (caption = captionDay(e, doc, ref, language))) {
      // a page with no dateline whose words give the encounter no day, under a photo caption that names its parties and
      // gives one ("... shake hands before their meeting (Jakarta, 1/12/2026)"): the caption's day, within the page's last days
      e.date = inferred(caption.value, 'date/caption', `the day the photo caption of the encounter gives ("${caption.mention.text}")`, { start: caption.mention.charStart, end: caption.mention.charEnd }, caption.mention.value.year == null ? ['year'] : undefined);
    } else if (previous?.date && detailsSeparate(e, previous, doc)) {
      // "X held bilateral meetings separately with A, B and C on May 8. Meeting A, X said ...": one of them
      e.date = { ...inferred(previous.date.value, 'date/separately', 'the day of the separate meetings the text reported before', null, ['year', 'month', 'day']), route: 'separately' };
      e.sameDayAs = previous.date.route === 'separately' && previous.sameDayAs ? previous.sameDayAs : previous;
    } else if ((goesOn = goesOnFromTold(e, previous, reported, doc)) && !vaguePeriod(e, doc, language, 'dates/during-visit') && !vaguePeriod(e, doc, language) && continuesPrevious(e, goesOn, doc, parallel, occasion, events)) {
      // ("访问期间，代表团还同…举行会谈": during a visit of several days, not the day of the encounter before; nor "X also
      // met Y earlier in the week": a span of days, h-en36)
      // "On May 3, the president received X. He also received Y.": the day of the encounter it goes on from
      // ("... received a courtesy call from X today. X and he held talks on April 16 ... He also received a courtesy call
      // from Y": the one told in the same words, when the one just before was told in others)
      const rule = e.triggers[0]?.rule;
      const told = rule && !goesOn.triggers.some((t) => t.rule === rule)
        ? events.slice(0, events.indexOf(e)).reverse().find((o) => o !== goesOn && o.date && !o.referenced && o.triggers.some((t) => t.rule === rule) && o.participants.some((p) => e.participants.includes(p)))
        : undefined;
      goesOnFrom(e, told ?? goesOn, !!told);
    }
    if (!e.date && !e.referenced && e.kind.value === 'messages' && previous?.date && previous.kind.value !== 'messages' && e.sentences.length) {
      // "X met Y. During the meeting, Y conveyed a written message from A to B": the message was handed over at the
      // encounter the fronted words name, on its day (events/fronted-reference; h-en46)
      const first = Math.min(...e.sentences);
      const fronted = ruleBook(doc.language ?? 'en', 'events').optionalPattern('events/fronted-reference');
      if (fronted?.test(doc.sentences[first].text) && previous.sentences.some((k) => k < first && first - k <= 2)) {
        e.date = inferred(previous.date.value, 'date/handed-over-at', 'the day of the encounter the message was handed over at ("During the meeting, ...")', previous.date.span ?? null, ['year', 'month', 'day']);
        e.sameDayAs = previous;
      }
    }
    if (!e.date && !e.referenced && previous?.date && e.triggers.some((t) => previous!.triggers.includes(t))) {
      // "met separately with A and B in Kabul on Wednesday": the encounters one words tell, one by one, share the day
      e.date = inferred(previous.date.value, 'date/same-words', 'the day of the encounter told in the same words before it', previous.date.span ?? null, ['year', 'month', 'day']);
      e.sameDayAs = previous;
    }
    if (e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date.value) && e.date.span && daysAfter) {
      // "met Y in Jakarta on Tuesday, a day after holding talks with Z": the talks were a day before the clause's day
      const t = e.triggers[0];
      const s = t ? sentenceAt(doc, t.charStart) : null;
      const m: RegExpExecArray | null = s && e.date.span.start >= s.start && e.date.span.end <= t!.charStart ? daysAfter.exec(s.text.slice(0, t!.charStart - s.start)) : null;
      const n: number = m ? (/^\d$/.test(m.groups!.n) ? Number(m.groups!.n) : Number(numberWords.get(m.groups!.n.toLowerCase()) ?? 0)) : 0;
      const d: string | null = n ? shiftDay(e.date.value, -n) : null;
      if (d) e.date = inferred(d, 'date/days-after-gerund', `${n} day${n === 1 ? '' : 's'} before the day the sentence gives`, e.date.span, ['year', 'month', 'day']);
    }
    if (!e.date && e.kind.value === 'messages') {
      // "Nhân dịp kỷ niệm 50 năm … (1/8/1973 - 1/8/2023), X và Y đã trao đổi điện mừng": messages on an anniversary with
      // no day of their own were exchanged on its day, the later end of the span of years (date/anniversary-span)
      const m = anniversaryDay(e, doc);
      const v = m ? formatDate(m.value) : null;
      if (m && v) e.date = inferred(v, 'date/anniversary-span', `the anniversary's day, the end of the span "${m.text}"`, { start: m.charStart, end: m.charEnd }, ['year', 'month', 'day']);
    }
    // (the messages before it, past the meeting at which the one before was handed over and that takes its day: "The
    // message was handed over by Z to W during a meeting"; h-en44)
    const round: DraftEvent | null | undefined = previous?.kind.value === 'messages' ? previous
      : previous?.sameDayAs?.kind.value === 'messages' && previous.date?.rule === 'date/continues' ? previous.sameDayAs : null;
    if (!e.date && !e.referenced && e.kind.value === 'messages' && round && round.date && !round.referenced) {
      // "Leaders on Tuesday sent messages to their Lao counterparts. … Prime Minister X sent a congratulatory message to
      // Prime Minister Y": one more message of the round the text dates, on its day (date/same-round)
      e.date = inferred(round.date.value, 'date/same-round', 'the day of the messages the text reports before, of which this is one', round.date.span ?? null, ['year', 'month', 'day']);
      e.sameDayAs = round;
    }
    if (!e.date && !e.referenced) {
      // "NA Chairman X held talks with visiting Senate President Y in Hanoi" with no day, under a photo captioned "X (R)
      // and Y at the talks in Hanoi on November 14. (Photo: NDO)": the caption's day (dates/file-photo: never an old photo's)
      const c = captionDay(e, doc, ref, language);
      if (c) e.date = inferred(c.value, 'date/caption', `the day the photo caption of the encounter gives ("${c.mention.text}")`, { start: c.mention.charStart, end: c.mention.charEnd }, c.mention.value.year == null ? ['year'] : undefined);
    }
    if (!e.date && !e.referenced && first) {
      // "Working visit of Minister X to Bulgaria, 3 December 2026" over "Minister X had a meeting with Y in Ruse": the one
      // full day of a headline that names a party of the first encounter, which the body gives no day (h-en72 probe b2)
      const h = doc.analyses.find((x) => x.sentence.role === 'headline');
      const full = h ? h.dates.filter((m) => m.value.year != null && m.value.month != null && m.value.day != null && !m.value.range) : [];
      const v = full.length === 1 && h!.dates.length === 1 && h!.persons.some((m) => m.entity && e.participants.includes(m.entity)) ? formatDate(full[0].value) : null;
      if (v) e.date = inferred(v, 'date/headline-day', `the day the headline that names a party of the encounter gives ("${full[0].text}")`, { start: full[0].charStart, end: full[0].charEnd });
    }
    // encounters beside one gathering, told one after another, were where it was (the location refiner reads this)
    if (gathering && e.date && previous?.date?.rule === e.date.rule && previous.date.span?.start === e.date.span?.start && previous.date.value === e.date.value) e.sameDayAs = previous;
    // an encounter recalled in passing ("They spoke over the phone in August.") is not the one "the same day" or "also"
    // goes on from: that is the last one the text reports
    // (nor one dated more than a week before the text's first encounter: background, as refineBackground will find)
    const d = e.date?.value ?? null;
    // (or one dated by a year alone before the first encounter's year: "the visit of 2024" is no day "the same day" names)
    const behind = e.referenced || wellBefore(dayTime(d), mainDay) || (d != null && /^\d{4}$/.test(d) && mainDay != null && Number(d) < new Date(mainDay).getUTCFullYear());
    if (e.date && (!behind || !previous || previous.referenced)) previous = e;
    if (e.date && !behind) reported.push(e);
    if (!e.referenced && first && d && /^\d{4}-\d{2}-\d{2}$/.test(d)) mainDay = Date.parse(d);
    if (!e.referenced && first) firstSpan = e.date?.span ?? null;
    if (!e.referenced) first = false;
  }
  // the list runs in the order of first mentions, the headline's first: an encounter the headline tells before the
  // body's first ("X calls on A, holds talks with B" over "X called on A on Monday. X also held talks with B") had no
  // encounter before it in that order. It goes on from the one the body told last before its own first sentence.
  for (const e of events) {
    if (e.date || e.referenced) continue;
    const first = e.sentences.find((s) => doc.sentences[s].role !== 'headline');
    if (first == null) continue;
    let from: DraftEvent | null = null, fromAt = -1;
    for (const o of events) {
      if (o === e || !o.date || o.referenced) continue;
      const at = Math.max(-1, ...o.sentences.filter((s) => s < first && doc.sentences[s].role !== 'headline'));
      if (at > fromAt) { from = o; fromAt = at; }
    }
    if (from && events.indexOf(from) > events.indexOf(e) && continuesPrevious(e, from, doc, parallel, occasion, events)) goesOnFrom(e, from, false);
  }
  // "Minister X concluded her tour of South America in Uruguay on Thursday. ... In Montevideo, X was received by ...": an
  // encounter the text places in the country where the lead says the tour ended, and dated only by going on from the stop
  // before, is of the day the lead gives that stop (dates/tour-end; h-en58 probe b2, gov.si: the Montevideo audience
  // took the Buenos Aires day)
  const tourEnd = ruleBook(language, 'dates').optionalPattern('dates/tour-end');
  if (tourEnd) {
    const leads = doc.analyses.filter((a) => !a.sentence.noise && a.sentence.role !== 'headline' && tourEnd.test(a.sentence.text));
    for (const e of events) {
      if (e.referenced || (e.date && !e.date.rule.startsWith('date/continues'))) continue;
      const first = e.sentences.find((k) => doc.sentences[k].role !== 'headline');
      const here = first != null ? doc.analyses[first].places.find((p) => p.place.country)?.place.country : undefined;
      if (!here) continue;
      const lead = leads.find((a) => a.sentence.index < first! && a.places.some((p) => p.place.country === here) && a.dates.some((m) => m.value.day != null || m.value.weekday != null));
      const m = lead?.dates.find((x) => x.value.day != null || x.value.weekday != null);
      const day = m ? resolveDate(m.value, ref) : null;
      if (m && day && day !== e.date?.value) e.date = inferred(day, 'date/tour-end', `the day the lead says the tour ended in the country of the encounter ("${m.text}")`, { start: m.charStart, end: m.charEnd }, m.value.year == null ? ['year'] : undefined);
    }
  }
  // "X received a written message from Y. The message was handed over by Z during a meeting held with X today": a message
  // told with no day of its own was delivered at the meeting told next in those words, on its day (events/same-occasion;
  // h-en58 probe, The Peninsula: the message was left undated)
  for (const e of events) {
    if (e.date || e.referenced || e.kind.value !== 'messages' || !occasion) continue;
    const last = Math.max(...e.sentences);
    const next = events.find((o) => o !== e && o.date && !o.referenced && o.kind.value !== 'messages' && o.participants.some((p) => e.participants.includes(p))
      && o.sentences.some((k) => k > last && k - last <= 1 && occasion.test(doc.sentences[k].text)));
    if (next) goesOnFrom(e, next, false);
  }
  storyYears(events);
  // a day of the gathering, however it was completed after (its year, its span's day, an encounter going on from it), was
  // reached by that route: the stages after read the route (the location refiner places such an encounter at the gathering)
  for (const e of events) if (e.date && !e.date.route && e.date.rule.includes(BY_GATHERING)) e.date = { ...e.date, route: 'gathering' };
}

/** The tag of a rule id whose day is the gathering's the encounter was at ("date/day-month+gathering"). */
const BY_GATHERING = '+gathering';

/** The later end of a span of years with full dates (an anniversary's, "1/8/1973 - 1/8/2023") in an event's first sentence. */
function anniversaryDay(e: DraftEvent, doc: Doc): DateMention | null {
  const a = doc.analyses[e.sentences[0]];
  if (!a) return null;
  for (let i = 1; i < a.dates.length; i++) {
    const [m, n] = [a.dates[i - 1], a.dates[i]];
    if (m.value.year == null || n.value.year == null || n.value.year <= m.value.year || n.value.month == null || n.value.day == null) continue;
    if (YEAR_SPAN_JOINER.test(a.sentence.text.slice(m.charEnd - a.sentence.start, n.charStart - a.sentence.start))) return n;
  }
  return null;
}

/**
 * A month-day with no year in a story with no date of its own, beside an encounter the story dates in full ("met X
 * in Brussels on June 10, 2025. Earlier, on June 8, Y held talks with Z"): the year that puts it nearest that
 * encounter's day, within NEAR_DATE_DAYS (inferred). Only encounters' days count: a year of a recalled anniversary or
 * a figure says nothing of when the story's encounters fell.
 */
function storyYears(events: DraftEvent[]): void {
  const full = events.filter((e) => e.date && /^\d{4}-\d{2}-\d{2}$/.test(e.date.value) && !e.referenced);
  if (!full.length) return;
  for (const e of events) {
    const d = e.date?.value;
    if (!d || !/^--\d{2}-\d{2}$/.test(d)) continue;
    const month = Number(d.slice(2, 4)), day = Number(d.slice(5, 7));
    let best: { year: number; gap: number; by: DraftEvent } | null = null;
    for (const o of full) {
      const t = Date.parse(o.date!.value);
      const y0 = Number(o.date!.value.slice(0, 4));
      for (const y of [y0 - 1, y0, y0 + 1]) {
        const u = Date.UTC(y, month - 1, day);
        if (new Date(u).getUTCDate() !== day) continue;
        const gap = Math.abs(u - t);
        if (gap <= NEAR_DATE_DAYS * DAY && (!best || gap < best.gap)) best = { year: y, gap, by: o };
      }
    }
    if (best) e.date = inferred(`${best.year}${d.slice(1)}`, `${e.date!.rule}+story-year`, `the year of the encounter the story dates ${best.by.date!.value}`, e.date!.span ?? null, ['year']);
  }
}
