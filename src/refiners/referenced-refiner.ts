/**
 * Recalled engagements: an event reported only in sentences that recall the past ("Earlier,",
 * "had held", "before the Spring Festival", "since the beginning of the year, X has successively
 * talked with Y") is background (`referenced: true`), unless it is the text's first event.
 */
import type { DraftEvent } from '../doc.js';

export function refineReferenced(events: DraftEvent[]): void {
  let seenMain = false;
  const recalled = (e: DraftEvent) => e.triggers.every((t) => t.recalled);
  for (const e of events) {
    // ("X, who had earlier been received by Y, met Z": a recalled encounter told before the main one in the same
    // sentence is background too)
    const mainBeside = !seenMain && e.sentences?.[0] != null && events.some((o) => o !== e && !recalled(o) && o.sentences?.[0] === e.sentences[0]);
    e.referenced = (seenMain || mainBeside) && recalled(e);
    if (!e.referenced) seenMain = true;
  }
}

const DAY = 86_400_000;
/** How many days before the main encounter an encounter may lie and still be of the story, not background. */
const BACKGROUND_DAYS = 7;

/** The time of a date of the record (`YYYY-MM-DD`, or `YYYY-MM` read as near its month's end), or null. */
export function dayTime(date: string | null): number | null {
  return date && /^\d{4}-\d{2}(?:-\d{2})?$/.test(date) ? Date.parse(date.length === 7 ? `${date}-28` : date) : null;
}
/** Whether a date's time lies more than BACKGROUND_DAYS before the main encounter's. */
export const wellBefore = (time: number | null, mainTime: number | null): boolean => time != null && mainTime != null && time < mainTime - BACKGROUND_DAYS * DAY;
/** The most days an encounter told as earlier may lie before the main one and be of the same trip. */
const MAX_SAME_TRIP_DAYS = 3;

/** The countries an event's parties are known to represent. */
const countriesOf = (e: DraftEvent): Set<string> => new Set(e.participants.flatMap((p) => (p.country ? [p.country.value] : [])));
/** Whether one party of an encounter is of a state of the main encounter (a home official beside a third state's envoy). */
function sharesCountry(e: DraftEvent, main: DraftEvent): boolean {
  const mine = countriesOf(main);
  return mine.size >= 2 && e.participants.some((p) => p.country != null && mine.has(p.country.value));
}

/**
 * Whether an encounter of other people is between the main encounter's own two (or more) countries: every party of
 * it known to be of one of them, and each of them represented ("Trước đó, ngày 14/1, the Deputy PM received the
 * Russian ambassador" a day before the two prime ministers' call).
 */
function sameCountries(e: DraftEvent, main: DraftEvent): boolean {
  const mine = countriesOf(main);
  if (mine.size < 2) return false;
  const theirs = countriesOf(e);
  if (![...theirs].every((c) => mine.has(c))) return false;
  // (one party whose country is not known yet, a home title with no country in it, "Thứ trưởng Bộ Quốc phòng", beside
  // one of the other country: it can only be the missing one of the two)
  const unknown = e.participants.filter((p) => !p.country).length;
  return unknown === 0 ? theirs.size === mine.size : unknown === 1 && theirs.size === mine.size - 1;
}

/**
 * After dates: an event whose parties are all different from the text's main event (the first one it
 * reports), or that happened more than a week before it, is background the text recalls.
 * - `parallel`: words that put an encounter beside the main one, not behind it ("On the same day", "also"; events/parallel).
 * - `sameTrip`: an encounter told as earlier with a day of its own (Trước đó, chiều 20/5, …; 此前，26日晚，…; Earlier on
 *   Monday, …: events/earlier-same-trip) is of the same story, not background, when that day is the main encounter's or
 *   up to MAX_SAME_TRIP_DAYS before it and a party is the main one's.
 * - `inTrip`: one told as earlier in the visit itself ("Earlier in her visit, she met X": events/earlier-in-trip) is of
 *   the same story with or without a day, when a party is the main one's and its day, if any, is not after the main's.
 * - `pageYear`: the page's year, before which a year alone is background when the main event has no day (events/bygone-year).
 * - `answer`: a spokesperson's answer at a briefing that opens with an encounter's day (毛宁：4月14日，…; events/briefing-answer):
 *   each answer tells its own news, beside the first, not behind it.
 */
export interface BackgroundCues {
  parallel: RegExp | null;
  sameTrip?: RegExp | null;
  inTrip?: RegExp | null;
  earlierBare?: RegExp | null;
  answer?: RegExp | null;
  pageYear?: number | null;
  pageMonth?: string | null;
}

export function refineBackground(events: DraftEvent[], sentenceText: (i: number) => string, cues: BackgroundCues): void {
  const { parallel, sameTrip = null, inTrip = null, earlierBare = null, answer = null, pageYear = null, pageMonth = null } = cues;
  const main = events.find((e) => !e.referenced);
  if (!main) return;
  const mainDate = main.date?.value ?? null;
  const mainDay = mainDate && /^(?:\d{4}|-)-\d{2}-\d{2}$/.test(mainDate) ? Date.parse(mainDate.replace(/^--/, '2000-')) : null;
  // (taken back as of the same trip: told as part of the story, whoever its parties are)
  const ofTrip = new Set<DraftEvent>();
  if (sameTrip && mainDay != null) {
    for (const e of events) {
      const date = e.date?.value ?? null;
      // (any sentence of it: the same talks praised first, "đánh giá cao kết quả hội đàm giữa A và B", then told, "Trước đó,
      // sáng 9/10, A đã hội đàm với B")
      if (!e.referenced || !date || date.length !== mainDate!.length || !e.sentences.some((i) => sameTrip.test(sentenceText(i)))) continue;
      const gap = mainDay - Date.parse(date.replace(/^--/, '2000-'));
      // (or on the main encounter's very day, one party of its states: a ministry's day told backwards, "Trước đó, sáng
      // 5/12, Thứ trưởng X đã tiếp Đại sứ Kazakhstan" under the minister's call with Germany that evening; h-zv37)
      if (gap >= 0 && gap <= MAX_SAME_TRIP_DAYS * DAY && (e.participants.some((p) => main.participants.includes(p)) || sameCountries(e, main) || (gap === 0 && sharesCountry(e, main)))) {
        e.referenced = false;
        ofTrip.add(e);
      }
    }
  }
  if (earlierBare) {
    // "Earlier, X had met Y" with no day of its own, X a party of the main encounter and Y another official of the main
    // encounter's states: an earlier stop of the same visit, not the past (events/earlier-bare; h-en46 probe b2, QNA: the
    // visiting minister's meeting with the commerce minister). The same two again ("Earlier, the two presidents had met
    // in Brasilia") or someone of a third state stays a recall.
    for (const e of events) {
      if (!e.referenced || e.date || !e.sentences.length || !earlierBare.test(sentenceText(e.sentences[0]))) continue;
      const shared = e.participants.filter((p) => main.participants.includes(p));
      // (the others of the main encounter's other side: its country, or no country yet, the host's own unlabelled
      // officials, whose state the dateline and the side give later)
      const hosts = main.participants.filter((p) => !shared.includes(p));
      const ofOtherSide = (p: DraftEvent['participants'][number]) => p.country
        ? hosts.some((q) => q.country?.value === p.country!.value) && !shared.some((q) => q.country?.value === p.country!.value)
        : true;
      if (shared.length >= 1 && shared.length < e.participants.length && e.participants.filter((p) => !shared.includes(p)).every(ofOtherSide)) {
        e.referenced = false;
        ofTrip.add(e);
      }
    }
  }
  if (inTrip) {
    for (const e of events) {
      if (!e.referenced || !e.sentences.length || !inTrip.test(sentenceText(e.sentences[0]))) continue;
      const day = dayTime(e.date?.value ?? null);
      if (day != null && mainDay != null && (day > mainDay || mainDay - day > MAX_SAME_TRIP_DAYS * DAY)) continue;
      if (e.participants.some((p) => main.participants.includes(p))) {
        e.referenced = false;
        ofTrip.add(e);
      }
    }
  }
  for (const e of events) {
    if (e === main || e.referenced || ofTrip.has(e)) continue;
    const disjoint = !e.participants.some((p) => main.participants.includes(p));
    const date = e.date?.value ?? null;
    // (a year alone before the main event's year: "when he met X in Riyadh in 2023")
    const earlier = (mainDay != null && (wellBefore(dayTime(date), mainDay) || (date != null && /^\d{4}$/.test(date) && Number(date) < Number(mainDate!.slice(0, 4)))))
      // (the main event undated: a year alone before the page's, "The two leaders first met in 2019 in Osaka"; events/bygone-year)
      || (mainDate == null && pageYear != null && date != null && /^\d{4}$/.test(date) && Number(date) < pageYear)
      // (or a month before the page's: "As reported, in May X met Y" on a page of June 12)
      || (mainDate == null && pageMonth != null && date != null && /^\d{4}-\d{2}$/.test(date) && date < pageMonth);
    // (or told by the main one's own words: "A và B; C và D trao đổi điện mừng", a pair each)
    const beside = (parallel !== null && e.sentences.some((i) => parallel.test(sentenceText(i)))) || (date != null && date === mainDate)
      || e.triggers.some((t) => main.triggers.includes(t))
      // (an encounter of other officials of the main one's two states, with a day of its own within the week of it: "On
      // Tuesday, the foreign ministers met in Riyadh" under the leaders' call of the day after, the same story)
      || (mainDay != null && sameCountries(e, main) && /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') && Math.abs(mainDay - Date.parse(date!)) <= BACKGROUND_DAYS * DAY)
      // (an encounter of other people on a day of its own after the main one's, within the week: no recall of the past
      // but the next item of the story, as a weekly roundup tells Monday's, then Tuesday's, then Wednesday's; h-en30)
      || (mainDay != null && /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') && Date.parse(date!) > mainDay && Date.parse(date!) - mainDay <= BACKGROUND_DAYS * DAY)
      // (one more encounter of the main one's kind, told with no day and no recall: a message of the round the main one
      // opens, "Prime Minister X sent a congratulatory message to Prime Minister Y" after the leaders' messages; of any kind,
      // one between other officials of its two states, "外交部长王毅同巴拿马外长马蒂内斯通电话" after the presidents' call)
      || (date == null && e.kind.value === main.kind.value && !e.triggers.some((t) => t.recalled) && (e.kind.value === 'messages' || sameCountries(e, main)))
      || (answer !== null && e.sentences.some((i) => answer.test(sentenceText(i))));
    if ((disjoint && !beside) || earlier) e.referenced = true;
  }
}
