/**
 * Whether two reports describe the same encounter: the predicates the grouping of reports into
 * canonical events is made of (record/encounter-grouper.ts), in one place.
 *
 * - who: participants compared by identity (`participantKey`: the person id, else the folded name,
 *   else the body's country); an unnamed body matches a named participant of its country; a name the registry
 *   gives no id matches the other report's participant of its country written in the other script (玛里斯 / Maris
 *   Sangiampongsa) or in the same words in another order (`acrossScripts`); a Han-script name the registry does not
 *   know also stands for its readings in pinyin and Hán-Việt (王宁 = Wang Ning = Vương Ninh: `aliases`,
 *   knowledge/name-readings.ts); a participant of no known country may be of any;
 * - how (`modeOf`): in person, remote (a phone call and a video conference are both remote: outlets
 *   call the same call either), written; a visit is the trip, not the meetings held during it;
 * - when (`dateInterval`, `datesMeet`): each report gives the days its encounter may have taken
 *   place, and the two sets must meet. A day-month without a year ("19 Feb") is placed in the year
 *   its publication date allows, so it never joins another year's encounter; with no publication
 *   date either, it matches that day-month in any year;
 * - where: in person, the place's country, when both name one.
 *
 * The per-document event merger (refiners/event-merger.ts) has a notion of its own, over draft
 * events within one text (stated date parts, entity references, phone and video apart); it is not
 * this one.
 *
 * @example
 * const a = { docId: 'a', event: evA, published: '2020-02-20', source: null, url: null };
 * sameEncounter(a, b, dateInterval(a.event, a.published), dateInterval(b.event, b.published));
 */
import type { EventKind, Participant, ReadoutEvent } from '../types.js';
import { foldName } from '../knowledge/names.js';
import { ruleBook } from '../knowledge/rule-book.js';
import { hanNameReadings, readsAsHanViet } from '../knowledge/name-readings.js';
import { titleLevel } from './offices.js';
import type { ReportAccount } from './report-side.js';

/** One report of an encounter: an event of a stored document, with what the grouping needs of the document. */
export interface Report {
  docId: string;
  event: ReadoutEvent;
  published: string | null;
  source: string | null;
  url: string | null;
  /** whose account the report is (record/report-side.ts); absent for reports stored before sides were kept */
  account?: Pick<ReportAccount, 'side' | 'side_basis' | 'source_kind'> | null;
}

export const DAY = 86_400_000;

/** The mode of an encounter as reports of it may differ on: a phone call and a video conference are both remote. */
export function modeOf(k: EventKind): 'remote' | 'written' | 'in_person' {
  return k === 'phone_call' || k === 'video_conference' ? 'remote' : k === 'messages' ? 'written' : 'in_person';
}

/** A participant's identity key: the person id, else the folded name, else the body's country. */
export function participantKey(p: Participant): string {
  if (p.id) return `id:${p.id}`;
  if (p.name) return `name:${foldName(p.name)}`;
  return `body:${p.country ?? '?'}`;
}

/**
 * The keys a report is found by: its distinct participant keys, and the readings of its Han-script names the
 * registry does not know (`name:vuong ninh` for 王宁), so a report of the same people in another script is found.
 */
export function reportKeys(r: Report): string[] {
  const p = profile(r.event);
  return p.aliases.size ? [...new Set([...p.keys, ...p.aliases])] : [...p.keys];
}

/**
 * The days a report allows for its encounter, as epoch milliseconds [lo, hi] (infinite when open);
 * `md` is the month-day ("02-19") when the report gives one; `onMd`: only the days of that month-day
 * within [lo, hi] (a day-month whose year the publication date leaves open between two).
 */
export interface Interval { lo: number; hi: number; md: string | null; onMd?: boolean }

/**
 * The days with this month-day a report published on `published` may mean: from a year before
 * publication to 90 days after (a report tells of an encounter before it, or announces one within
 * weeks); one or two days, none for a 29 February outside a leap year.
 */
export function placeMonthDay(md: string, published: string): number[] {
  const p = Date.parse(published);
  const [m, d] = md.split('-').map(Number);
  const y0 = new Date(p).getUTCFullYear();
  const out: number[] = [];
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const t = Date.UTC(y, m - 1, d);
    if (new Date(t).getUTCDate() === d && t >= p - 365 * DAY && t <= p + 90 * DAY) out.push(t);
  }
  return out;
}

const isDay = (s: string | null | undefined): boolean => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s) && Number.isFinite(Date.parse(s));

/** A weekday counted back from the publication date names one day ('on Thursday' in a page of Friday): a day off is a week off, not one. */
const WEEKDAY_BACK = /weekday\+published$/;

/** The days a report allows for its encounter. */
export function dateInterval(e: ReadoutEvent, published: string | null): Interval {
  const d = e.date;
  // a day the text does not state ("on Thursday", "today", a dateline's day, "the same day") may be a day off;
  // a year filled in from the publication date leaves the day exact
  const prov = e.provenance?.date;
  const vague = !!prov && prov.basis === 'inferred' && (!prov.inferred_parts || prov.inferred_parts.includes('day')) && !WEEKDAY_BACK.test(prov.rule);
  if (d && isDay(d)) {
    const t = Date.parse(d);
    return vague ? { lo: t - DAY, hi: t + DAY, md: d.slice(5) } : { lo: t, hi: t, md: d.slice(5) };
  }
  if (d && /^\d{4}-\d{2}$/.test(d)) {
    const lo = Date.parse(`${d}-01`);
    const next = new Date(lo); next.setUTCMonth(next.getUTCMonth() + 1);
    return { lo, hi: next.getTime() - DAY, md: null };
  }
  if (d && /^\d{4}$/.test(d)) return { lo: Date.parse(`${d}-01-01`), hi: Date.parse(`${d}-12-31`), md: null };
  if (d && /^--\d{2}-\d{2}$/.test(d)) {
    const md = d.slice(2);
    // the year the publication date allows: never another year's encounter
    const days = published && isDay(published) ? placeMonthDay(md, published) : [];
    if (days.length === 1) return vague ? { lo: days[0] - DAY, hi: days[0] + DAY, md } : { lo: days[0], hi: days[0], md };
    if (days.length === 2) return { lo: days[0], hi: days[1], md, onMd: true };
    return { lo: -Infinity, hi: Infinity, md };
  }
  if (e.date_window) return { lo: Date.parse(e.date_window.from), hi: Date.parse(e.date_window.to), md: null };
  if (published && isDay(published)) { const p = Date.parse(published); return { lo: p - 10 * DAY, hi: p, md: null }; }
  return { lo: -Infinity, hi: Infinity, md: null };
}

/** Whether an interval holds a day of this month-day ("02-19"), in any of its years. */
function holdsMonthDay(iv: Interval, md: string): boolean {
  const [m, d] = md.split('-').map(Number);
  const y0 = new Date(iv.lo).getUTCFullYear(), y1 = new Date(iv.hi).getUTCFullYear();
  for (let y = y0; y <= y1; y++) {
    const t = Date.UTC(y, m - 1, d);
    if (new Date(t).getUTCDate() === d && t >= iv.lo && t <= iv.hi) return true;
  }
  return false;
}

/** Whether two reports' days meet. A month-day without a year meets the days that hold it, in any year. */
export function datesMeet(a: Interval, b: Interval): boolean {
  const openA = a.lo === -Infinity, openB = b.lo === -Infinity;
  if (openA && openB) return !a.md || !b.md || a.md === b.md;
  if (openA || openB) {
    const [bare, full] = openA ? [a, b] : [b, a];
    if (!bare.md) return true;
    return full.onMd ? full.md === bare.md : holdsMonthDay(full, bare.md);
  }
  const both: Interval = { lo: Math.max(a.lo, b.lo), hi: Math.min(a.hi, b.hi), md: null };
  if (both.lo > both.hi) return false;
  if (a.onMd && b.onMd && a.md !== b.md) return false;
  const md = a.onMd ? a.md : b.onMd ? b.md : null;
  return !md || holdsMonthDay(both, md);
}

/** Whether an interval gives the day (within the tolerance of a vague day). */
export const givesDay = (iv: Interval) => Number.isFinite(iv.lo) && iv.hi - iv.lo <= 2 * DAY;

/** What the predicates read of a report's event, worked out once per event object (grouping compares each report with many). */
interface Profile {
  keys: Set<string>;
  /** the alias keys of its people (`Person.aliases`), apart from the keys: one participant, one key */
  aliases: Set<string>;
  countries: Set<string | null>;
  /** unnamed bodies: their key and country */
  bodies: { key: string; country: string | null }[];
  /** every participant: key, country, whether the name is written in Han characters, the level of the title */
  people: Person[];
}
interface Person {
  key: string; country: string | null; id: string | null; han: boolean | null; level: string | null; words: string | null;
  /** the folded name in its own order (`words` is sorted) */
  folded: string | null;
  /** the title's own level (leaders, ministers, deputies, officials), finer than `level` */
  rank: number;
  /** a Han-script name the registry gives no id: its readings in pinyin and Hán-Việt as `name:` keys (王宁: name:wang ning, name:vuong ninh) */
  aliases: string[];
  /** a Han-script name the registry knows: its readings (folded), to tell it from a Hán-Việt name of someone else */
  readings: string[];
  /** a name in other letters written in syllables of Hán-Việt (what a Han-script name is read to) */
  hanViet: boolean;
}
const HAN = /[\u3400-\u9fff]/;
/** Engagement levels from the highest: a person of a lower rank sits in below one of a higher. */
const LEVEL_RANK: Record<string, number> = { leaders: 4, ministers: 3, deputies: 2, officials: 1 };
/** Leaders apart from the rest: translations blur a minister and a deputy ("State Minister", 外务副大臣), not a head of government and a minister. */
const tier = (l: string | null) => (l === 'leaders' ? 'leaders' : l ? 'officials' : null);
const profiles = new WeakMap<ReadoutEvent, Profile>();
function profile(e: ReadoutEvent): Profile {
  let p = profiles.get(e);
  if (!p) {
    const people = e.participants.map((x): Person => {
      const key = participantKey(x);
      return {
        key, country: x.country, id: x.id ?? null, han: x.name ? HAN.test(x.name) : null, level: tier(titleLevel(x.title)), rank: LEVEL_RANK[titleLevel(x.title) ?? ''] ?? 0,
        words: x.name ? foldName(x.name).split(' ').sort().join(' ') : null,
        folded: x.name ? foldName(x.name) : null,
        aliases: !x.id && x.name && HAN.test(x.name) ? hanNameReadings(x.name).map((f) => `name:${f}`).filter((k) => k !== key) : [],
        readings: x.id && x.name && HAN.test(x.name) ? hanNameReadings(x.name) : [],
        hanViet: !!x.name && !HAN.test(x.name) && readsAsHanViet(x.name),
      };
    });
    p = {
      keys: new Set(e.participants.map(participantKey)),
      aliases: new Set(people.flatMap((x) => x.aliases)),
      countries: new Set(e.participants.map((x) => x.country)),
      bodies: e.participants.filter((x) => !x.name).map((x) => ({ key: participantKey(x), country: x.country })),
      people,
    };
    profiles.set(e, p);
  }
  return p;
}

/** Whether two reports name a participant alike, or one names the other's Han-script name in a reading of it (the grouping compares only such reports). */
export function sharesKey(a: Report, b: Report): boolean {
  const pa = profile(a.event), pb = profile(b.event);
  for (const k of pa.keys) if (pb.keys.has(k) || pb.aliases.has(k)) return true;
  for (const k of pa.aliases) if (pb.keys.has(k)) return true;
  return false;
}

/**
 * How many participants of one report are named by the other in a reading of their Han-script name (王宁 / Vương
 * Ninh, 邓春丰 / Deng Chunfeng), of one country or one of unknown country, and no key of the other report already
 * matches either; each participant of either report taken once (into `takenA` / `takenB`), in both directions.
 */
function byReading(pa: Profile, pb: Profile, takenA: Set<string>, takenB: Set<string>): number {
  let n = 0;
  const pass = (a: Profile, b: Profile, tA: Set<string>, tB: Set<string>) => {
    for (const x of a.people) {
      if (!x.aliases.length || b.keys.has(x.key) || tA.has(x.key)) continue;
      const y = b.people.find((q) => !a.keys.has(q.key) && !tB.has(q.key) && (!x.country || !q.country || x.country === q.country)
        && x.aliases.includes(q.key));
      if (y) { tA.add(x.key); tB.add(y.key); n++; }
    }
  };
  if (pa.aliases.size) pass(pa, pb, takenA, takenB);
  if (pb.aliases.size) pass(pb, pa, takenB, takenA);
  return n;
}

/**
 * How many participants the registry gives no id for stand for a participant of the other report, one of their
 * country that no key of the first report already matches: a name in the other script ("玛里斯", where the other report
 * has "Maris Sangiampongsa") a leader for a leader when both titles say, or the same words in another order
 * ("Miyaji Takuma" / "Takuma Miyaji": family name first or last); each participant of either report taken once,
 * none already matched by a reading (`byReading`: `takenA` / `takenB`). The fallback for a name the readings do not
 * reach (a transliterated foreign name, a character the table lacks, a regional spelling: Phớc for Phúc); not for a
 * Han-script name that has readings and a name in syllables of Hán-Việt that is none of them (邓伟业 and "Phạm Thu
 * Lan" are two people).
 */
function acrossScripts(pa: Profile, pb: Profile, takenA = new Set<string>(), takenB = new Set<string>()): number {
  let n = 0;
  const pass = (a: Profile, b: Profile, tA: Set<string>, tB: Set<string>) => {
    for (const x of a.people) {
      if (x.id || x.han === null || !x.country || b.keys.has(x.key) || tA.has(x.key)) continue;
      const y = b.people.find((q) => q.country === x.country && q.han !== null && !a.keys.has(q.key) && !tB.has(q.key)
        && (q.han !== x.han ? (!x.level || !q.level || x.level === q.level) && !readingsDiffer(x, q) : !!x.words && !!q.words && (x.words === q.words || initialFor(x.words, q.words) || withoutLineage(x.folded!, q.folded!) || (!x.hanViet && !q.hanViet && withoutMiddle(x.folded!, q.folded!)))));
      if (y) { tA.add(x.key); tB.add(y.key); n++; }
    }
  };
  pass(pa, pb, takenA, takenB);
  pass(pb, pa, takenB, takenA);
  return n;
}

/**
 * The same name but for one word one of them gives as its initial ("B.Munkhjin" / "Munkhjin Batsumber": a Mongolian
 * patronymic written as an initial before the given name by the home press, in full after it abroad): the folded words
 * (sorted) differ in one word each, a single letter on one side that the other's word starts with.
 */
function initialFor(a: string, b: string): boolean {
  const x = a.split(' '), y = b.split(' ');
  if (x.length !== y.length || x.length < 2) return false;
  const rest = [...y];
  const left: string[] = [];
  for (const w of x) {
    const i = rest.indexOf(w);
    if (i >= 0) rest.splice(i, 1); else left.push(w);
  }
  if (left.length !== 1 || rest.length !== 1) return false;
  const [u, v] = left[0].length <= rest[0].length ? [left[0], rest[0]] : [rest[0], left[0]];
  return u.length === 1 && v.length > 1 && v.startsWith(u);
}

let lineage: ReadonlySet<string> | null = null;
/**
 * The same name but for a father's name one of them gives after a lineage particle ("Saud bin Mohammed Al-Sati" /
 * "Saud Al-Sati": the Saudi agency's full name, the partner's press the short one; persons/lineage-particles): the
 * longer's folded words, the particle and the word after it taken out, are the shorter's, two words or more left.
 */
function withoutLineage(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (l.length !== s.length + 2 || s.length < 2) return false;
  lineage ??= ruleBook('en', 'persons').optionalWords('persons/lineage-particles');
  const rest = [...l];
  for (let i = 0; i < rest.length - 1; i++) {
    if (!lineage.has(rest[i])) continue;
    const kept = [...rest.slice(0, i), ...rest.slice(i + 2)];
    if (kept.length === s.length && [...kept].sort().join(' ') === [...s].sort().join(' ')) return true;
  }
  return false;
}

/**
 * The same name but for a middle name one of them leaves out ("Taher Salem al-Baour" / "Taher al-Baour": the home agency
 * writes the father's name, the partner's press not; h-en53 probe): the longer's folded words are the shorter's with one
 * word more, neither the first nor the last, two words or more left. Not for names in syllables of Hán-Việt, where the
 * middle word tells people apart (the caller's check).
 */
function withoutMiddle(a: string, b: string): boolean {
  const [s, l] = a.length <= b.length ? [a.split(' '), b.split(' ')] : [b.split(' '), a.split(' ')];
  if (l.length !== s.length + 1 || s.length < 2) return false;
  if (s[0] !== l[0] || s[s.length - 1] !== l[l.length - 1]) return false;
  for (let i = 1; i < l.length - 1; i++) if ([...l.slice(0, i), ...l.slice(i + 1)].join(' ') === s.join(' ')) return true;
  return false;
}

/** A Han-script name with readings and a name in syllables of Hán-Việt that is none of them: two people (a reading that matched was taken before). */
const readingsDiffer = (x: Person, y: Person): boolean => differsFrom(x, y) || differsFrom(y, x);
/**
 * A Han-script name whose readings do not give the other's name in Hán-Việt syllables: two people (a name the registry
 * knows too, whose readings are no alias keys: 赵乐际 is not "Lý Hồng Trung"; h-zv38).
 */
const differsFrom = (h: Person, v: Person): boolean => v.hanViet && (h.aliases.length > 0 || (h.readings.length > 0 && !h.readings.includes(v.folded ?? '')));

/** The most days a recalled encounter's month may span and still join a report of the same scene. */
const MONTH_DAYS = 31;
/** The same place (the city or venue the text names) or the same gathering beside which both happened. */
function sameScene(x: Report, y: Report): boolean {
  if (samePlace(x.event.location?.place, y.event.location?.place)) return true;
  // (a visit's scene is the state visited: one trip of a visitor to a state in a month)
  if (oneTrip(x, y)) return true;
  if (x.event.occasion_id && x.event.occasion_id === y.event.occasion_id) return true;
  return !!x.event.occasion && !!y.event.occasion && x.event.occasion.toLowerCase() === y.event.occasion.toLowerCase();
}
/** The same place, or a venue and its city ("Great Hall of the People, Beijing" and "Beijing"): one part after a comma in common. */
function samePlace(px: string | null | undefined, py: string | null | undefined): boolean {
  if (!px || !py) return false;
  if (px.toLowerCase() === py.toLowerCase()) return true;
  const parts = new Set(px.toLowerCase().split(/\s*,\s*/));
  return py.toLowerCase().split(/\s*,\s*/).some((p) => parts.has(p));
}
/** Two visits to one state ("对越南进行国事访问", "chuyến thăm cấp Nhà nước tới Việt Nam"), of no other places. */
function oneTrip(x: Report, y: Report): boolean {
  const cx = x.event.location?.country, cy = y.event.location?.country;
  return x.event.kind === 'visit' && y.event.kind === 'visit' && !!cx && cx === cy
    && (!x.event.location?.place || !y.event.location?.place || samePlace(x.event.location.place, y.event.location.place));
}
/** Whether a report may join another as far as recall goes: not recalled, or giving its day, or its month and the same scene. */
// (a call has no place: two reports that both recall a call or video call of the same parties in the same month, "两国元首
// 曾于2025年6月通电话" and "tháng 6/2025, hai nhà lãnh đạo đã có cuộc điện đàm", are of one line between them; h-zv42 probe)
const recallJoins = (r: Report, iv: Interval, other: Report) => !r.event.referenced || givesDay(iv)
  || (Number.isFinite(iv.lo) && iv.hi - iv.lo <= MONTH_DAYS * DAY && (sameScene(r, other) || bothRecalledRemote(r, other)));
const bothRecalledRemote = (x: Report, y: Report) => x.event.referenced && y.event.referenced && modeOf(x.event.kind) === 'remote' && modeOf(y.event.kind) === 'remote';

/** Whether two reports (of different documents) describe the same encounter. */
export function sameEncounter(a: Report, b: Report, ia: Interval, ib: Interval): boolean {
  if (a.docId === b.docId) return false;
  if (modeOf(a.event.kind) !== modeOf(b.event.kind)) return false;
  // a visit is the trip, not the meetings held during it
  if ((a.event.kind === 'visit') !== (b.event.kind === 'visit')) return false;
  // a recalled encounter joins another report only when it gives the day, or its month and the same scene ("first met
  // Y on the sidelines of the Retreat in Langkawi last month" and the report of that meeting, in Langkawi)
  if (!recallJoins(a, ia, b) || !recallJoins(b, ib, a)) return false;
  const pa = profile(a.event), pb = profile(b.event);
  const ka = pa.keys, kb = pb.keys;
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  // unnamed bodies match a named participant of the same country
  const ca = pa.countries, cb = pb.countries;
  for (const x of pa.bodies) if (!kb.has(x.key) && cb.has(x.country)) shared++;
  for (const x of pb.bodies) if (!ka.has(x.key) && ca.has(x.country)) shared++;
  // a Han-script name the registry does not know matches the other report's name written as its reading (王宁 / Vương Ninh);
  // else, in another script than the other report's names, their participant of its country
  const takenA = new Set<string>(), takenB = new Set<string>();
  shared += byReading(pa, pb, takenA, takenB);
  shared += acrossScripts(pa, pb, takenA, takenB);
  // one named party is not enough, unless both reports name only one and give the same day
  // (or, of two visits to one state, the visitor: the state visited is the other party)
  const need = Math.min(ka.size, kb.size) >= 2 ? 2 : (givesDay(ia) && givesDay(ib)) || oneTrip(a, b) ? 1 : 2;
  if (shared < need) return false;
  // half the people of the larger report is not the same encounter (a bilateral and a four-way meeting), unless the
  // smaller names leaders of two states only and everyone of the larger is of those states, the rest below the leaders:
  // the leaders' talks, one report naming who sat in ("Fidan and Valtonen also attended the talks"); not the foreign
  // ministers' meeting beside a 2+2 of foreign and defence ministers
  const [sp, lp] = ka.size <= kb.size ? [pa, pb] : [pb, pa];
  const sameStates = [...sp.countries].filter(Boolean).length >= 2 && sp.people.every((x) => x.level === 'leaders')
    && lp.people.every((x) => !!x.country && sp.countries.has(x.country) && (sp.people.some((y) => y.key === x.key) || x.level !== 'leaders'))
    // (or the two ministers' talks, one report naming the deputies and the envoy who sat in: everyone of the larger
    // report not in the smaller is of its two states and below the lowest of its people; not a 2+2 of ministers)
    // (the two matched: `shared`; the names may be in two scripts)
    || (shared >= 2 && sp.people.length === 2 && [...sp.countries].filter(Boolean).length === 2 && sp.people.every((x) => x.rank > 0)
      && lp.people.every((x) => !!x.country && sp.countries.has(x.country) && x.rank > 0)
      // (one more of that rank beside them, of one side, sits in too: a deputy prime minister's minister of construction
      // at his meeting with the host's vice president, named by his own press; two more are a 2+2; h-zv30)
      && lp.people.filter((x) => x.rank >= Math.min(...sp.people.map((y) => y.rank)) && !matchedIn(x, sp, ka === sp.keys ? takenB : takenA)).length <= 1)
    // (or, offices of no known level on the smaller report's side (a province's), the larger names first the two the smaller
    // names, then who sat in of their two states: "省长A会见B。副省长C，省外办主任D参加会见" and "B hội kiến A")
    // (or of no known level in the larger report, the same person's office written otherwise there: "自治区党委书记A" of
    // the zh report is "Ủy viên Bộ Chính trị …, Bí thư Khu ủy … A" of the vi one; h-zv33)
    || (shared >= 2 && sp.people.length === 2 && [...sp.countries].filter(Boolean).length === 2
      && (sp.people.some((x) => x.rank === 0) || lp.people.slice(0, 2).some((x) => x.rank === 0))
      && lp.people.slice(0, 2).every((x) => matchedIn(x, sp, ka === sp.keys ? takenB : takenA))
      && lp.people.slice(2).every((x) => !!x.country && sp.countries.has(x.country)))
    // (or each side's press names its own who sat in: both reports name the same two first, one of each of two states, and
    // everyone else of either is of those two states: "赵乐际会见阮克定。刘奇参加会见" and
    // "Nguyễn Khắc Định hội kiến Triệu Lạc Tế. Tham dự có Vũ Hải Hà, Phạm Thanh Bình"; h-zv38)
    || (shared === 2 && sp.people.length >= 3 && sittersInApart(pa, pb, takenA) && sittersInApart(pb, pa, takenB));
  if (shared < 3 && shared * 2 <= Math.max(ka.size, kb.size) && Math.min(ka.size, kb.size) >= 2 && !sameStates) return false;
  // one report's first party, whom the other does not name, outranks the two they both name: the leader's meeting at which
  // the pair sat in ("李强会见B。王毅参加会见" and "王毅同B举行会谈", the same day, the same city), another encounter
  // (h-zv43 probe: 中国政府网's premier's meeting was grouped with the foreign ministers' talks of the day)
  if (ledAbove(pa, pb, takenA, takenB) || ledAbove(pb, pa, takenB, takenA)) return false;
  // every country of the smaller report takes part in the other, or may: a participant of no known country there
  // may be of any (a wire's "Minister of Industry and Trade X" beside the other side's "Bộ trưởng X" of Vietnam),
  // whichever report comes first
  const [small, large, largeP] = ca.size <= cb.size ? [ca, cb, pb] : [cb, ca, pa];
  let unknown = largeP.people.filter((x) => !x.country).length;
  for (const c of small) if (c && !large.has(c) && --unknown < 0) return false;
  if (!datesMeet(ia, ib)) return false;
  // a bilateral and, a day apart, a meeting of more states with the same two (talks on Tuesday, a trilateral summit
  // with a third head of state on Wednesday): two encounters, whatever a vague day's tolerance allows
  if (givesDay(ia) && givesDay(ib) && ia.lo + ia.hi !== ib.lo + ib.hi && [...large].some((c) => c && !small.has(c))) return false;
  const la = a.event.location?.country, lb = b.event.location?.country;
  if (la && lb && la !== lb && modeOf(a.event.kind) === 'in_person') return false;
  return true;
}

/**
 * Whether a report names first the two the other names too (`taken`: those matched by reading or across scripts), one of
 * each of two states, and everyone after them is of those two states and named by this report alone (the levels of
 * titles are no guide here: 副委员长兼秘书长 reads as a leader's, 国家副主席 as a minister's).
 */
function sittersInApart(p: Profile, other: Profile, taken: Set<string>): boolean {
  const [x, y] = p.people;
  if (!x || !y || !x.country || !y.country || x.country === y.country || !matchedIn(x, other, taken) || !matchedIn(y, other, taken)) return false;
  return p.people.slice(2).every((z) => (z.country === x.country || z.country === y.country) && !matchedIn(z, other, taken));
}

/**
 * Whether the first party of `p` is named by `other` neither by key nor across scripts (`taken`: `p`'s matched), and is
 * of a higher level than every one of at least two people both name (`otherTaken`: `other`'s matched), all of a known level.
 */
function ledAbove(p: Profile, other: Profile, taken: Set<string>, otherTaken: Set<string>): boolean {
  const lead = p.people[0];
  if (!lead || !lead.rank || matchedIn(lead, other, taken)) return false;
  const common = other.people.filter((x) => matchedIn(x, p, otherTaken));
  return common.length >= 2 && common.every((x) => x.rank > 0 && x.rank < lead.rank);
}

/** Whether a person of one report is one the other report names: the same key, or matched by reading or across scripts (`taken`). */
function matchedIn(x: Person, other: Profile, taken: Set<string>): boolean {
  return other.keys.has(x.key) || taken.has(x.key);
}

/**
 * Everything `sameEncounter` reads of a report but its document: two reports of other documents with
 * one signature are the same encounter as the same reports (the grouping compares a report with one
 * report of each signature in a group, not with every report).
 */
export function encounterSignature(r: Report, iv: Interval): string {
  const p = profile(r.event);
  return JSON.stringify([
    r.event.kind, r.event.referenced, [...p.keys].sort(), [...p.countries].sort(), p.bodies.map((b) => `${b.key}|${b.country}`),
    // who is of which country, at which level, in which script: what `byReading` and `acrossScripts` read (a named person's aliases follow from the key)
    p.people.map((x) => `${x.key}|${x.country}|${x.level}|${x.han}|${x.hanViet}`).sort(),
    [iv.lo, iv.hi, iv.md, !!iv.onMd], r.event.location?.country ?? null,
    // the scene a recalled month is matched by, its own or the other report's (sameScene)
    r.event.location?.place?.toLowerCase() ?? null, r.event.occasion_id ?? null, r.event.occasion?.toLowerCase() ?? null,
  ]);
}

/** Two reports the grouping links: they name a participant alike and are the same encounter. */
export function linked(a: Report, b: Report, ia: Interval, ib: Interval): boolean {
  return sharesKey(a, b) && sameEncounter(a, b, ia, ib);
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/**
 * The order in which the grouping places reports, a property of each report alone (so the result
 * does not depend on the order reports arrive): reports with days first, the narrowest first (stated
 * days, then vague ones, months, years), then a month-day without a year, then undated reports;
 * then by first day, document and event id.
 */
export function placementOrder(a: Report, ia: Interval, b: Report, ib: Interval): number {
  const cls = (iv: Interval) => (Number.isFinite(iv.lo) ? 0 : iv.md ? 1 : 2);
  return cls(ia) - cls(ib)
    || (Number.isFinite(ia.lo) && Number.isFinite(ib.lo) ? (ia.hi - ia.lo) - (ib.hi - ib.lo) || ia.lo - ib.lo : 0)
    || cmp(a.docId, b.docId) || cmp(a.event.id, b.event.id);
}

/** A fixed order of the reports of one encounter: publication date, document, event (for canonical fields chosen by majority). */
export function reportOrder(a: Report, b: Report): number {
  return cmp(a.published ?? '', b.published ?? '') || cmp(a.docId, b.docId) || cmp(a.event.id, b.event.id);
}
