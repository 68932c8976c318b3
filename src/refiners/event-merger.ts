/**
 * One event per encounter: drafts from the headline, the lead and the body that report the same
 * encounter become one event. Two drafts are one encounter when they share two parties (or one
 * holds all the other's), their modes agree (in person, phone, video, written) and no stated
 * dates differ. The kind is the one the first body sentence names (talks, when a body sentence
 * names talks of what another calls a meeting).
 */
import type { DraftEvent, DateValue, Doc } from '../doc.js';
import { sentenceAt } from '../doc.js';
import { parseIsoDay, relativeCalendarDay, latestWeekday, latestMonthYear } from '../recognizers/date-recognizer.js';
import type { EventKind } from '../types.js';
import type { RuleBook } from '../knowledge/rule-book.js';
import { listAsideSpans } from './coordinate-clause.js';
import { otherTimeSpans } from '../text/clauses.js';

export const modeOf = (k: EventKind) => (k === 'phone_call' ? 'phone' : k === 'video_conference' ? 'video' : k === 'messages' ? 'written' : 'in_person');

/** A day and month of its own: not a span, not "the same day". */
function isOneDay(v: DateValue | null): boolean {
  return !!v && v.day != null && v.month != null && !v.range && !v.sameDay && v.spanDay == null;
}

function datesConflict(a: DateValue | null, b: DateValue | null): boolean {
  if (!a || !b) return false;
  if (a.sameDay || b.sameDay) return false;
  // a span of days ("from June 4-6") holds the days within it
  if (a.range || b.range) return false;
  if (a.day != null && b.day != null && a.month != null && b.month != null) return a.day !== b.day || a.month !== b.month || (a.year != null && b.year != null && a.year !== b.year);
  // "held talks on Wednesday" and "hosted a dinner for him on Tuesday evening": two weekdays of one week, two days
  if (a.weekday != null && b.weekday != null && a.day == null && b.day == null && a.week == null && b.week == null && a.weekday !== b.weekday) return true;
  if (a.year != null && b.year != null && a.year !== b.year) return true;
  // "hồi tháng 7/2024" against 10 March 2024: another month of the same year
  if (a.year != null && b.year != null && a.month != null && b.month != null && a.month !== b.month) return true;
  // "去年10月" against "3月4日" of a page with no date: another year
  const otherYear = (x: DateValue, y: DateValue) => (x.relativeYear ?? 0) !== 0 && x.year == null && y.year == null && y.relativeYear == null && y.month != null;
  if (otherYear(a, b) || otherYear(b, a)) return true;
  return false;
}

export function mergeEvents(drafts: DraftEvent[], statedDate: (d: DraftEvent) => DateValue | null, doc: Doc, beside: RegExp | null = null, besideGathering: RegExp | null = null, lexEvents: RuleBook | null = null): DraftEvent[] {
  drafts = withoutIndefiniteDoubles(drafts);
  const events: DraftEvent[] = [];
  const dateOf = new Map<DraftEvent, DateValue | null>();
  // a day told relative to the page's ("今天", "yesterday") is compared as the calendar day it is: a meeting today and
  // talks on the 15th are two encounters, though the same two people have them
  const ref = doc.published ? parseIsoDay(doc.published.value) : null;
  const calendar = (v: DateValue | null): DateValue | null => {
    // "on Thursday" alone: of the month of the latest such day up to the page's (no day, which the refiner fixes later):
    // not the visit the text recalls "in September 2024" by the same person
    if (v && ref && v.weekday != null && v.week == null && v.day == null && v.month == null && v.year == null && v.relative == null && !v.sameDay && !v.range) {
      const d = latestWeekday(v.weekday, !!v.before, ref);
      return { ...v, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    }
    if (!v || !ref || v.relative == null || v.sameDay || v.range) return v;
    return relativeCalendarDay(v, ref);
  };
  const monthOf = (v: DateValue | null): DateValue | null => {
    if (!v || !ref || v.relativeMonth == null || v.month != null) return v;
    // "15日" of the page's month; "last month" with no day, the month it counts from the page's (its first day's month:
    // not the day of this month's meeting told beside it, "co-chaired the commission with Y here today ... first met Y
    // in Langkawi last month")
    const d = relativeCalendarDay(v.day == null ? { ...v, day: 1 } : v, ref)!;
    return { ...v, year: d.year, month: d.month };
  };
  // a day and month with no year ("20/5") is of the page's year (of the year before when it falls well after the page):
  // not the encounter recalled "in July 2024"
  const yearOf = (v: DateValue | null): DateValue | null => {
    if (!v || !ref || v.year != null || v.month == null || v.day == null || v.relativeYear != null || v.sameDay || v.range) return v;
    const y = ref.getUTCFullYear();
    return { ...v, year: Date.UTC(y, v.month - 1, v.day) > ref.getTime() + 31 * 86_400_000 ? y - 1 : y };
  };
  // "去年10月", "last year": the year it is counted from the page's
  const countedYear = (v: DateValue | null): DateValue | null => (!v || !ref || v.relativeYear == null || v.year != null ? v : { ...v, year: ref.getUTCFullYear() + v.relativeYear });
  // a month with no day nor year ("in March", "last August") of an encounter the text recalls is the latest such month up
  // to the page's (of one it reports, the month is as often another thing's: "pleased to hold talks following the upgrade
  // of ties in November")
  // (so too a month two or more before the page's, "Duoc visited Gyeonggi in June" in a story of December 5: no encounter
  // of the story, which a month told beside it, "following the upgrade of ties in November", may be; not where
  // another encounter stands between the trigger and the month, whose month it is: "At a meeting with X, they reviewed
  // the agreements reached during the meeting between the two Politburos in January"; h-en30)
  const monthAway = (v: DateValue): boolean => v.month != null && ((ref!.getUTCMonth() + 1 - v.month + 12) % 12) >= 2;
  // (the month stands in the clause of the draft's own trigger: no other encounter word between them)
  const monthOfOwnClause = (v: DateValue, d: DraftEvent): boolean => {
    for (const i of d.sentences) {
      const a = doc.analyses[i];
      const m = a.dates.find((x) => x.value.month === v.month && x.value.day == null && x.value.year == null);
      const t = m ? d.triggers.find((x) => x.charStart >= a.sentence.start && x.charEnd <= a.sentence.end) : undefined;
      // (a verb's: a noun, "the agreements reached during the meeting between the two Politburos in January", may be a
      // recall whose parties the sentence does not name)
      if (!m || !t || t.voice === 'noun') continue;
      const from = Math.min(t.charEnd, m.charEnd), to = Math.max(t.charStart, m.charStart);
      return !a.triggers.some((o) => o !== t && o.charStart >= from && o.charEnd <= to);
    }
    return false;
  };
  const monthYearOf = (v: DateValue | null, d: DraftEvent): DateValue | null => {
    if (!v || !ref || (!d.triggers.every((t) => t.recalled) && !(monthAway(v) && monthOfOwnClause(v, d))) || v.year != null || v.month == null || v.day != null || v.relativeYear != null || v.relativeMonth != null || v.sameDay || v.range) return v;
    return { ...v, year: latestMonthYear(v.month, ref) };
  };
  for (const d of drafts) dateOf.set(d, monthYearOf(yearOf(monthOf(calendar(countedYear(statedDate(d))))), d));
  // drafts told as coming beside or after another encounter ("later", "then", "also", "Sau hội đàm", "会谈后":
  // events/parallel, or a same-day date)
  const after = new Set<DraftEvent>();
  // (the sentence of its own verb: a scene sentence put before it, "The three ministers held talks in X on Friday. Earlier in
  // the day, A held separate talks with B", is not what tells it)
  const toldIn = (d: DraftEvent) => (d.triggers.length ? sentenceAt(doc, d.triggers[0].charStart)?.index : undefined) ?? d.sentences[0];
  for (const d of drafts) if (dateOf.get(d)?.sameDay || (beside && d.sentences.length && beside.test(doc.sentences[toldIn(d)].text))) after.add(d);
  // "On the sidelines of the meeting, X held a bilateral meeting with Y" after a meeting of X, Y and Z: beside that meeting
  // (events/beside-told-gathering), not beside a visit, which is the occasion of what follows
  const besideTold = new Set<DraftEvent>();
  const opens = new Map<number, boolean>();
  const opensBeside = (i: number) => opens.get(i) ?? opens.set(i, besideGathering!.test(doc.sentences[i].text)).get(i)!;
  if (besideGathering) for (const d of drafts) if (d.sentences.length && opensBeside(d.sentences[0])) besideTold.add(d);
  const join = (target: DraftEvent, d: DraftEvent) => {
    const headline = target.fromHeadline ? target : d.fromHeadline ? d : null;
    const headlineParties = headline ? [...headline.participants] : [];
    // the body's parties as they were before the join
    const bodyParties = headline === target ? d.participants : [...target.participants];
    for (const p of d.participants) if (!target.participants.includes(p)) target.participants.push(p);
    // a headline's unnamed body or group gives way to the named people of its country
    if (headline) {
      const named = new Set(target.participants.filter((q) => q.name && q.country).map((q) => q.country!.value));
      // (or to the one named person of the body not yet placed, whom headlineBodies counted for it)
      const unplaced = target.participants.filter((q) => q.name && !q.country && !headlineParties.includes(q)).length === 1;
      // (each side's parties as they were before the join: the target's list is the merged one)
      target.participants = target.participants.filter((q) => q.name || !q.country || (!named.has(q.country.value) && !unplaced) || !headlineParties.includes(q)
        || bodyParties.includes(q));
    }
    for (const s of d.sentences) if (!target.sentences.includes(s)) target.sentences.push(s);
    target.triggers.push(...d.triggers);
    if (!target.initiator && d.initiator) target.initiator = d.initiator;
    if (target.fromHeadline && !d.fromHeadline) {
      // the body names the kind; the headline only announces it
      if (modeOf(target.kind.value) === modeOf(d.kind.value) || target.kind.value === 'visit') target.kind = d.kind;
      target.fromHeadline = false;
    } else if (target.kind.value === 'visit' && d.kind.value !== 'visit') target.kind = d.kind;
    // the body calls it a meeting and talks ("after the welcome ceremony ... held talks", "met for talks"): talks
    // (a sentence that only refers back, "During the talks, the two ministers ...", names nothing)
    // (not talks the sentence looks back on, "met X in Istanbul, a day after their talks in Ankara": the meeting's kind stays)
    else if (target.kind.value === 'meeting' && d.kind.value === 'talks' && namesParty(d, doc, lexEvents?.optionalPattern('events/fronted-back-reference') ?? null) && !(d.triggers.every((t) => t.recalled) && !target.triggers.every((t) => t.recalled))) target.kind = d.kind;
    if (!dateOf.get(target) && dateOf.get(d)) dateOf.set(target, dateOf.get(d)!);
    // (a span of days, the visit's in a lead, "thăm Ấn Độ từ ngày 1-3/12, X đã chào xã giao Y", gives way to the one day a
    // sentence of the encounter names, "Ngày 2/12, X chào xã giao Y": a stop of another day, "Ngày 3/12, X thăm bang
    // Gujarat", is then another; h-zv26)
    else if (dateOf.get(target)?.range && isOneDay(dateOf.get(d) ?? null)) dateOf.set(target, dateOf.get(d)!);
    target.sentences.sort((x, y) => x - y);
  };
  // a draft the text recalls joins, of the events it could be, one it recalls too ("上一次会晤是在一年前。去年9月，默克尔…访华":
  // the visit of the earlier meeting, not the video call reported)
  const recalled = (x: DraftEvent) => x.triggers.every((t) => t.recalled);
  // an encounter told inside a list's aside ("met A, two weeks after their first meeting in X, and B") is not the one the
  // list reports, though it has the same parties
  const apart = new Set<DraftEvent>();
  if (lexEvents) for (const d of drafts) {
    const t = d.triggers[0];
    const a = d.sentences.length ? doc.analyses[d.sentences[0]] : undefined;
    if (t && a && listAsideSpans(a, lexEvents).some(([x, y]) => t.charStart >= x && t.charEnd <= y)) apart.add(d);
  }
  // "Days after they spoke by phone, X met Y in Z": an encounter told inside a clause that sets another in time against it
  // (events/other-time-clause) is not the one its sentence tells outside the clause, though it has the same parties
  const otherTime = lexEvents?.optionalGlobalPattern('events/other-time-clause') ?? null;
  // (each draft's answer once: the drafts are compared pairwise)
  const otherTimeOf = new Map<DraftEvent, number | null>();
  const inOtherTime = (x: DraftEvent): number | null => {
    if (otherTimeOf.has(x)) return otherTimeOf.get(x)!;
    const t = x.triggers[0];
    const s = t ? sentenceAt(doc, t.charStart) : undefined;
    const found = !otherTime || !s ? null : otherTimeSpans(s, otherTime).some(([x0, y0]) => t.charStart >= x0 && t.charStart < y0) ? s.index : null;
    otherTimeOf.set(x, found);
    return found;
  };
  const timeApart = (e: DraftEvent, d: DraftEvent) => {
    const [x, y] = [inOtherTime(e), inOtherTime(d)];
    // (the clause's encounter is one the sentence looks back on: its triggers are recalled)
    if ((x == null) === (y == null) || !recalled(x == null ? d : e)) return false;
    const te = e.triggers[0], td = d.triggers[0];
    return !!te && !!td && sentenceAt(doc, te.charStart)?.index === sentenceAt(doc, td.charStart)?.index;
  };
  // "The two leaders first met in 2019 in Osaka" (events/bygone-year): a draft dated only by a year before the page's is
  // one the text looks back on; it joins no draft that is not of that year
  const bygoneRule = lexEvents?.optionalPattern('events/bygone-year') ?? null;
  // (each sentence read once: the drafts are compared pairwise)
  const bygoneSentence = new Map<number, boolean>();
  const tellsBygone = (k: number) => bygoneSentence.get(k) ?? bygoneSentence.set(k, bygoneRule!.test(doc.sentences[k].text)).get(k)!;
  const bygone = (x: DraftEvent) => {
    const v = dateOf.get(x);
    return !!bygoneRule && !!ref && v?.year != null && v.month == null && v.relativeYear == null && v.year < ref.getUTCFullYear()
      && x.sentences.some(tellsBygone);
  };
  const yearOnly = (x: DraftEvent) => dateOf.get(x)?.year ?? null;
  const pastYear = (e: DraftEvent, d: DraftEvent) => (bygone(d) || bygone(e)) && yearOnly(e) !== yearOnly(d);
  // "Before that, they had talks in Nizhny Novgorod in June 2024", "noting that the two met in Nicosia last year", "The two
  // leaders first met in Doha in November 2022" beside talks the page tells with no day of their own: a draft the text
  // recalls, dated a month or year that is not the report's, is not the undated encounter the report tells
  const report: DateValue | null = ref ? { year: ref.getUTCFullYear(), month: ref.getUTCMonth() + 1 } : doc.dateline?.date?.month != null ? doc.dateline.date : null;
  const undated = (v: DateValue | null) => !v || (v.year == null && v.month == null && v.day == null && v.relativeYear == null);
  const recalledElsewhen = (e: DraftEvent, d: DraftEvent) => {
    // (or dated only by the span of the visit the report tells, "Nhân chuyến thăm … từ ngày 2 đến 4/12, X đã … và được Y
    // tiếp" in a lead: the days of the report, not the "tháng 6/2025" a later sentence recalls; h-zv42 probe)
    const span = dateOf.get(e);
    const ofVisit = !!span?.range && report != null && span.month != null && report.month != null && (span.year == null || span.year === report.year)
      && Math.abs(span.month - report.month) <= 1;
    if (!report || !recalled(d) || recalled(e) || !(undated(span ?? null) || ofVisit)) return false;
    const v = dateOf.get(d);
    if (!v || v.sameDay || v.range || (v.year == null && v.month == null)) return false;
    if (v.year != null && report.year != null) return v.year < report.year || (v.year === report.year && v.month != null && v.month < report.month!);
    return v.month != null && v.month !== report.month;
  };
  // "Ngày 2/12, X chào xã giao Y. Cùng ngày, X làm việc với Z. Ngày 3/12, X thăm bang Gujarat": "the same day" is the day of
  // the draft told last before it with one day of its own; a draft of another day is not its encounter (h-zv26)
  const sameDayAs = new Map<DraftEvent, DateValue>();
  {
    // (one sweep in the order of the drafts' first sentences: the latest day told before each sentence)
    const body = drafts.filter((x) => x.sentences.length && !x.fromHeadline).sort((x, y) => x.sentences[0] - y.sentences[0]);
    let last: DateValue | null = null, lastAt = -1, pending: DateValue | null = null;
    for (const d of body) {
      if (d.sentences[0] > lastAt && pending) { last = pending; pending = null; }
      const v = dateOf.get(d);
      if (v?.sameDay && !v.dayOffset && last) sameDayAs.set(d, last);
      if (isOneDay(v ?? null)) { pending = v!; lastAt = d.sentences[0]; }
    }
  }
  const dayOf = (x: DraftEvent): DateValue | null => sameDayAs.get(x) ?? dateOf.get(x) ?? null;
  // "A hosted a tripartite summit with B and C. Before the summit, A held a bilateral meeting with B": a meeting its own
  // sentence tells as bilateral or separate (events/bilateral-apart) is not the meeting of three or more states beside it
  // that holds its parties, nor is that meeting it (h-en57 probe)
  const bilateralRule = lexEvents?.optionalPattern('events/bilateral-apart') ?? null;
  const toldApart = new Map<DraftEvent, boolean>();
  const bilateralTold = (x: DraftEvent): boolean => {
    if (!bilateralRule || x.fromHeadline || !x.triggers.length) return false;
    if (!toldApart.has(x)) {
      const s = sentenceAt(doc, x.triggers[0].charStart);
      toldApart.set(x, !!s && bilateralRule.test(s.text));
    }
    return toldApart.get(x)!;
  };
  // (the states of its parties; a party of no known state counts as one more)
  const stateCount = (x: DraftEvent) => new Set(x.participants.map((p, i) => p.country?.value ?? `#${i}`)).size;
  const manyAndBilateral = (e: DraftEvent, d: DraftEvent) => {
    if (!bilateralRule) return false;
    const [many, two] = stateCount(e) >= 3 && stateCount(d) <= 2 ? [e, d] : stateCount(d) >= 3 && stateCount(e) <= 2 ? [d, e] : [null, null];
    // (a headline's draft is no meeting of its own: "talks with A and B, trilateral with C and D" sums up several)
    return !!many && !!two && !many.fromHeadline && bilateralTold(two) && !bilateralTold(many) && modeOf(many.kind.value) === 'in_person';
  };
  for (const d of drafts) {
    // (cheap necessities of sameEncounter first: no encounter it joins has another stated day)
    const fits = events.filter((e) => mayBeOne(e, d) && !datesConflict(dateOf.get(e) ?? null, dateOf.get(d) ?? null) && !datesConflict(dayOf(e), dayOf(d)) && apart.has(e) === apart.has(d) && !timeApart(e, d) && !pastYear(e, d) && !recalledElsewhen(e, d) && !recalledElsewhen(d, e) && !manyAndBilateral(e, d) && sameEncounter(e, d, dateOf, false, besideTold.has(d) && e.kind.value !== 'visit' ? new Set([...after, d]) : after));
    // ("X concluded a visit to Z. On Wednesday, X held talks with Y ... The two ministers signed an agreement": an encounter
    // word joins the encounter told with its parties, not the trip it fits as well; h-en50 probe b1)
    const kindOf = (e: DraftEvent) => (e.kind.value === 'visit') === (d.kind.value === 'visit');
    const target = fits.length > 1 ? fits.find((e) => recalled(e) === recalled(d) && kindOf(e)) ?? fits.find((e) => recalled(e) === recalled(d)) ?? fits[0] : fits[0];
    if (!target) { events.push(d); continue; }
    join(target, d);
  }
  // a headline's "meets" (会见, hội kiến) over a body that tells the meeting was by video or phone: the headline's verb
  // does not say in person, the body says how; it joins the one remote event it would join but for the mode, when
  // no in-person event of the body has its parties
  for (const h of [...events]) {
    if (!h.fromHeadline || modeOf(h.kind.value) !== 'in_person' || h.kind.value === 'visit' || !h.sentences.every((i) => doc.sentences[i]?.role === 'headline')) continue;
    const others = events.filter((e) => e !== h && !e.fromHeadline && sameEncounter(e, h, dateOf, true));
    if (others.length !== 1 || modeOf(others[0].kind.value) === 'in_person' || modeOf(others[0].kind.value) === 'written') continue;
    const target = others[0];
    const kind = target.kind;
    // the body event's own kind stays; the headline adds its sentence and parties
    const fh = target.fromHeadline;
    join(target, h);
    target.kind = kind; target.fromHeadline = fh;
    events.splice(events.indexOf(h), 1);
  }
  // "Earlier the same day, A and B chaired a welcome ceremony for the guest" beside A's talks with the guest: the
  // ceremony opens those talks, one encounter with the talks' parties (a co-host of the ceremony is no party of them)
  for (const c of [...events]) {
    // (the visit it opens may have joined it: "Y paid a state visit … A and B hosted a welcome ceremony for Y")
    if (!c.triggers.some((t) => t.ceremony) || !c.triggers.every((t) => (t.ceremony || t.kind === 'visit') && !t.recalled && !t.planned)) continue;
    const talks = events.filter((o) => o !== c && o.kind.value !== 'visit' && modeOf(o.kind.value) === 'in_person' && !o.triggers.every((t) => t.recalled || t.ceremony)
      && o.participants.length >= 2 && o.participants.every((p) => c.participants.includes(p)) && !datesConflict(dateOf.get(o) ?? null, dateOf.get(c) ?? null));
    if (talks.length !== 1) continue;
    const o = talks[0];
    for (const s of c.sentences) if (!o.sentences.includes(s)) o.sentences.push(s);
    o.sentences.sort((x, y) => x - y);
    o.triggers.push(...c.triggers);
    events.splice(events.indexOf(c), 1);
  }
  // a visit that another event of the same traveller already covers is that event's occasion, not an event; the one who
  // invited the traveller is no encounter of the visit ("Y is on an official visit at the invitation of King Z" beside Y's
  // talks with X: the talks' occasion)
  const inviter = (e: DraftEvent) => (e.initiator && e.triggers.every((t) => t.kind === 'visit') ? e.initiator.value : null);
  // (not an encounter the text recalls, beside a visit it reports: "X received Y on his first visit to Z. The two had last
  // met in W in 2024")
  const covers = (o: DraftEvent, e: DraftEvent) => (e.participants.every((p) => o.participants.includes(p)) && !(recalled(o) && !recalled(e)))
    || (!!inviter(e) && !o.triggers.every((t) => t.recalled) && !datesConflict(dateOf.get(o) ?? null, dateOf.get(e) ?? null)
      && e.participants.every((p) => o.participants.includes(p) || p === inviter(e)) && e.participants.some((p) => p !== inviter(e) && o.participants.includes(p)));
  return events.filter((e) => !(e.kind.value === 'visit' && events.some((o) => o !== e && o.kind.value !== 'visit' && covers(o, e))));
}

/** Whether the sentence of a draft names one of its parties (by name or title), not only refers back to them. */
function namesParty(d: DraftEvent, doc: Doc, back: RegExp | null = null): boolean {
  const a = doc.analyses[d.sentences[0]];
  // (not the subject of another verb after a fronted phrase that looks back on the encounter, "Following the talks, X
  // delivered a speech": events/fronted-back-reference)
  const t0 = d.triggers.find((x) => x.charStart >= a.sentence.start && x.charEnd <= a.sentence.end);
  const comma = back && t0 && d.triggers.every((x) => x.voice === 'noun') && back.test(a.sentence.text.slice(0, t0.charEnd - a.sentence.start))
    ? a.tokens.findIndex((x) => x.start >= t0.charEnd && x.text === ',') : -1;
  if (comma >= 0 && !a.persons.some((m) => m.charStart >= t0!.charEnd && m.charEnd <= a.tokens[comma].start)) return false;
  if (a.persons.some((m) => (m.kind === 'named' || m.kind === 'short') && m.entity && d.participants.includes(m.entity))) return true;
  // a group as the subject of the trigger's own clause ("2 nhà lãnh đạo … tiến hành hội đàm", "两国元首举行会谈"), not one
  // after it ("During the talks, the two ministers said …")
  const t = d.triggers.find((x) => x.charStart >= a.sentence.start && x.charEnd <= a.sentence.end);
  if (!t) return false;
  return a.persons.some((m) => m.kind === 'group' && m.end <= t.tokStart && !a.tokens.slice(m.end, t.tokStart).some((x) => GROUP_CLAUSE_BREAKS.has(x.text)));
}
/** What ends the clause between a group and a trigger. */
const GROUP_CLAUSE_BREAKS = new Set([',', ';', ':', '，', '；', '：', '。']);

function sameEncounter(e: DraftEvent, d: DraftEvent, dateOf: Map<DraftEvent, DateValue | null>, anyMode = false, after: Set<DraftEvent> = new Set()): boolean {
  // a headline's unnamed body or group ("European Council, European Commission presidents") holds the named people of
  // its country the other draft has
  const shared = d.participants.filter((p) => e.participants.includes(p)).length + headlineBodies(d, e) + headlineBodies(e, d);
  // "held a telephone conversation and exchanged messages": one sentence, one set of parties, one encounter
  // (not two days the sentence tells apart: "last met in X in September 2022 and spoke by phone in March")
  if (d.sentences[0] === e.sentences[e.sentences.length - 1] && shared === d.participants.length && shared === e.participants.length
    && !datesConflict(dateOf.get(e) ?? null, dateOf.get(d) ?? null)) return true;
  // "X spoke by phone with Y. The two leaders exchanged greetings on the occasion of Eid" (a trigger of trait
  // withinEncounter): greetings the parties exchanged in the encounter told just before are of it, whatever its mode
  if ((within(d, e, dateOf) || within(e, d, dateOf)) && !datesConflict(dateOf.get(e) ?? null, dateOf.get(d) ?? null)) return true;
  // "X hội đàm trực tuyến với Y. Tại cuộc hội đàm, X đề nghị …": the talks a body sentence names as a noun, with no day of
  // its own, right after a call or video conference of the same parties, are that encounter (whatever mode the noun says)
  if (backNoun(d, e, dateOf) || backNoun(e, d, dateOf)) return true;
  // an earlier encounter the text recalls ("In their previous talks in Tokyo") is not the one it reports
  if (d.triggers.every((t) => t.earlier) !== e.triggers.every((t) => t.earlier)) return false;
  // "次日，两国元首在成都再次会晤" / "Ngày hôm sau, hai nhà lãnh đạo tiếp tục gặp nhau" / "The next day, they met again":
  // a day counted from the encounter told before it (sameDay with a dayOffset) is another day than that one's
  if (offsetAfter(d, e, dateOf) || offsetAfter(e, d, dateOf)) return false;
  // one written exchange reported in the body and another the text recalls with a day of its own ("Trước đó, ngày
  // 28/10, X đã gửi điện …" after "Y đã gửi thư cảm ơn X"): a letter and the one it answers, two exchanges
  if (modeOf(d.kind.value) === 'written' && d.triggers.every((t) => t.recalled) && dateOf.get(d)?.day != null
    && e.triggers.some((t) => !t.recalled && !t.planned) && !e.sentences.every((s) => s === e.sentences[0] && e.fromHeadline)) return false;
  const contained = shared === Math.min(d.participants.length, e.participants.length);
  const visit = d.kind.value === 'visit' || e.kind.value === 'visit';
  if (!(shared >= 2 || (shared >= 1 && contained && visit))) return false;
  if (shared < 2 && !contained) return false;
  // "A and B met C ... A and B then held talks with D": the same visitors with another host, in another sentence
  if (!contained && !d.fromHeadline && !e.fromHeadline && exclusiveNamed(d, e) && exclusiveNamed(e, d)) return false;
  // "A and B held talks ... The two ministers later called on C": one holds the other's parties and a named one more,
  // the later told as coming beside or after ("later", "then", "also", "Sau hội đàm"), in the body: another encounter
  // (not a noun of the same sentence after the verb that told the encounter: "then met A and B in a trilateral meeting")
  if (contained && !d.fromHeadline && !e.fromHeadline && after.has(d) && exclusiveNamed(d, e) !== exclusiveNamed(e, d)
    && !(d.triggers.every((t) => t.voice === 'noun') && e.sentences.includes(d.sentences[0]) && e.participants.length > d.participants.length)) return false;
  // two of four is another encounter of some of the same people (a bilateral beside a four-way meeting)
  if (shared < 3 && shared * 2 <= Math.max(d.participants.length, e.participants.length) && !visit) return false;
  // (a visit joins only an encounter in person: a trip is no call, video or letter, "A và B trao đổi điện mừng … B đã thăm
  // Việt Nam vào tháng 6/2024")
  if (modeOf(e.kind.value) !== modeOf(d.kind.value) && (!visit || modeOf(e.kind.value) !== 'in_person' || modeOf(d.kind.value) !== 'in_person') && !anyMode) return false;
  if (datesConflict(dateOf.get(e) ?? null, dateOf.get(d) ?? null)) return false;
  return true;
}

/** What sameEncounter needs before anything else, cheap to ask of every pair: a party in common, a headline's draft
 *  (whose bodies stand for named parties), or two drafts with no party at all. */
function mayBeOne(e: DraftEvent, d: DraftEvent): boolean {
  if (e.fromHeadline || d.fromHeadline) return true;
  if (!d.participants.length) return !e.participants.length;
  for (const p of d.participants) if (e.participants.includes(p)) return true;
  return false;
}

/** Whether `w` is greetings exchanged within `o` (its triggers withinEncounter): `o` spoken or met, told in the sentence before
 *  or the same one, with all of `w`'s parties, `w` with no day of its own. */
function within(w: DraftEvent, o: DraftEvent, dateOf: Map<DraftEvent, DateValue | null>): boolean {
  if (!w.triggers.length || !w.triggers.every((t) => t.withinEncounter) || modeOf(o.kind.value) === 'written' || o.triggers.every((t) => t.withinEncounter)) return false;
  const gap = w.sentences[0] - o.sentences[o.sentences.length - 1];
  return gap >= 0 && gap <= 1 && w.participants.length >= 2 && w.participants.every((p) => o.participants.includes(p)) && dateOf.get(w)?.day == null;
}

/** Whether `d` is dated a day before or after the encounter told before it ("次日", "hôm sau", "the next day"), `e` told before it. */
function offsetAfter(d: DraftEvent, e: DraftEvent, dateOf: Map<DraftEvent, DateValue | null>): boolean {
  const v = dateOf.get(d);
  return !!v?.sameDay && !!v.dayOffset && e.sentences[0] < d.sentences[0];
}

/** Whether `n` is a noun that looks back on the remote encounter `o` told just before ("Tại cuộc hội đàm", "Trong cuộc hội đàm"
 *  after "điện đàm" or "hội đàm trực tuyến"): `n` told only by nouns, not recalled, planned or earlier, in person and no visit
 *  (or a call after a video call),
 *  within two sentences after `o`, its parties all `o`'s, with no date of its own; `o` told by a verb, or by a noun with its day. */
function backNoun(n: DraftEvent, o: DraftEvent, dateOf: Map<DraftEvent, DateValue | null>): boolean {
  if (!n.triggers.length || !n.triggers.every((t) => t.voice === 'noun' && !t.recalled && !t.planned && !t.earlier)) return false;
  // (or a call's noun after a video call, "Tại cuộc điện đàm" after "điện đàm trực tuyến": the call told just before, whose
  // mode the verb said; h-zv43 probe, Báo Biên phòng: a video call between two defence ministers became a call of its own)
  const callNoun = modeOf(n.kind.value) === 'phone' && modeOf(o.kind.value) === 'video';
  if (n.kind.value === 'visit' || (modeOf(n.kind.value) !== 'in_person' && !callNoun) || (modeOf(o.kind.value) !== 'phone' && modeOf(o.kind.value) !== 'video')) return false;
  // (a call told by a noun with its day, "Chiều 28/11, X có cuộc hội đàm trực tuyến với Y", is the report itself, not a
  // look-back: "Cuộc hội đàm được tổ chức theo đề nghị của X" after it is that call; h-zv26)
  if ((o.triggers.every((t) => t.voice === 'noun') && dateOf.get(o)?.day == null) || n.fromHeadline) return false;
  const gap = n.sentences[0] - o.sentences[o.sentences.length - 1];
  return gap >= 1 && gap <= 2 && n.participants.length >= 1 && n.participants.every((p) => o.participants.includes(p)) && dateOf.get(n) == null;
}

/** How many unnamed parties (bodies, groups) of a headline draft stand for named parties of their country in the other draft. */
function headlineBodies(h: DraftEvent, o: DraftEvent): number {
  if (!h.fromHeadline) return 0;
  let n = 0;
  for (const p of h.participants) {
    if (p.name || !p.country || o.participants.includes(p)) continue;
    // (or a named party the body has not placed yet, when the headline's other parties are all the body's: "Đoàn công tác
    // tỉnh Lào Cai hội kiến Bí thư Tỉnh ủy Vân Nam" over "Bí thư Tỉnh ủy X và đoàn công tác tỉnh Lào Cai đã hội kiến Y")
    const rest = h.participants.every((q) => q === p || o.participants.includes(q));
    if (o.participants.some((q) => q.name && !h.participants.includes(q) && (q.country ? q.country.value === p.country!.value : rest))) n++;
  }
  return n;
}

/** Whether a draft has a named party the other lacks. */
function exclusiveNamed(a: DraftEvent, b: DraftEvent): boolean {
  return a.participants.some((p) => p.name && !b.participants.includes(p));
}

/**
 * The order in which an event's sentences are asked for its date and place: the sentence whose words
 * named its kind first ("held talks ... in Beijing on June 5" before "paid a visit from June 4-6"),
 * then the other body sentences, the headline last.
 */
export function reportOrder(e: DraftEvent, doc: Doc): number[] {
  const named = new Set<number>();
  for (const t of e.triggers) if (t.rule === e.kind.rule) {
    const s = sentenceAt(doc, t.charStart);
    if (s) named.add(s.index);
  }
  const rank = (i: number) => (doc.sentences[i].role === 'headline' ? 2 : named.has(i) ? 0 : 1);
  return [...e.sentences].sort((x, y) => rank(x) - rank(y) || x - y);
}

/**
 * "Xi last met a Sri Lankan head of state in 2019, when he received then president X": the office after an indefinite
 * article (a party only ever named so) and the person the same sentence names of that state, met by the same parties in
 * the same mode, are one encounter: the draft with the unnamed party gives way to the one with the name.
 */
function withoutIndefiniteDoubles(drafts: DraftEvent[]): DraftEvent[] {
  const vague = (e: DraftEvent['participants'][number]) => !e.name && e.mentions.length > 0 && e.mentions.every((m) => m.indefinite);
  if (!drafts.some((d) => d.participants.some(vague))) return drafts;
  return drafts.filter((d) => {
    const v = d.participants.filter(vague);
    if (v.length !== 1) return true;
    const rest = d.participants.filter((p) => p !== v[0]);
    const c = v[0].country?.value ?? null;
    return !drafts.some((o) => o !== d && !o.participants.some(vague) && modeOf(o.kind.value) === modeOf(d.kind.value) && o.sentences.some((s) => d.sentences.includes(s))
      && rest.every((p) => o.participants.includes(p)) && o.participants.some((p) => !!p.name && !rest.includes(p) && (!c || p.country?.value === c)));
  });
}
