/**
 * One canonical event per real encounter: reports of the same encounter in different documents
 * (the two sides' readouts, wire copies, reposts) are grouped by who took part (person ids, else
 * folded names, else the body's country), the mode (in person, phone, video, written), the day
 * (each report gives an interval of possible days: exact when stated, a day either side when
 * vague, the days before publication when the text gives none; intervals must meet) and the place's
 * country. A group joins a report only when it agrees with every report already in it.
 */
import type { EventKind, Location, Participant, ReadoutDocument, ReadoutEvent, StatementAct } from '../types.js';
import { foldName } from '../knowledge/names.js';
import { SOURCE_WEIGHT, type ReportAccount, type SideBasis, type SourceKind } from './report-side.js';

export interface Report {
  docId: string;
  event: ReadoutEvent;
  published: string | null;
  source: string | null;
  url: string | null;
  /** whose account the report is (record/report-side.ts); absent for reports stored before sides were kept */
  account?: Pick<ReportAccount, 'side' | 'side_basis' | 'source_kind'> | null;
}

/** A report as its canonical event lists it: where it comes from, whose account it is, what it says. */
export interface CanonicalReport {
  event: string;
  document: string;
  source: string | null;
  url: string | null;
  published: string | null;
  date: string | null;
  kind: EventKind;
  location: Location | null;
  side?: string;
  side_basis?: SideBasis;
  source_kind?: SourceKind;
  topics?: string[];
  initiator?: string | null;
  /** the report's statements with their sentence (`text`), as stored */
  statements?: { speaker: string; act: StatementAct; topics: string[]; text: string | null }[];
}

export interface CanonicalParticipant extends Participant {
  /** how many reports name this participant */
  reports: number;
}

export interface CanonicalEvent {
  id: string;
  /** the readout/1 event ids of the reports */
  events: string[];
  date: string | null;
  kind: EventKind;
  location: Location | null;
  occasion: string | null;
  participants: CanonicalParticipant[];
  /** the participant who asked for the encounter, as most reports that say it name them */
  initiator: string | null;
  topics: string[];
  referenced: boolean;
  /** how each canonical field was chosen when reports disagree */
  chosen: Record<string, string>;
  reports: CanonicalReport[];
}

const DAY = 86_400_000;
const mode = (k: EventKind) => (k === 'phone_call' || k === 'video_conference' ? 'remote' : k === 'messages' ? 'written' : 'in_person');

/** A participant's identity key: the person id, else the folded name with country, else the body's country. */
export function participantKey(p: Participant): string {
  if (p.id) return `id:${p.id}`;
  if (p.name) return `name:${foldName(p.name)}`;
  return `body:${p.country ?? '?'}`;
}

export interface Interval { lo: number; hi: number; md: string | null }

/** The days a report allows for its encounter. */
export function dateInterval(e: ReadoutEvent, published: string | null): Interval {
  const d = e.date;
  // a day the text does not state ("on Thursday", "today", a dateline's day, "the same day") may be a day off;
  // a year filled in from the publication date leaves the day exact
  const prov = e.provenance?.date;
  const vague = !!prov && prov.basis === 'inferred' && (!prov.inferred_parts || prov.inferred_parts.includes('day'));
  if (d && /^\d{4}-\d{2}-\d{2}$/.test(d)) {
    const t = Date.parse(d);
    return vague ? { lo: t - DAY, hi: t + DAY, md: d.slice(5) } : { lo: t, hi: t, md: d.slice(5) };
  }
  if (d && /^\d{4}-\d{2}$/.test(d)) {
    const lo = Date.parse(`${d}-01`);
    const next = new Date(lo); next.setUTCMonth(next.getUTCMonth() + 1);
    return { lo, hi: next.getTime() - DAY, md: null };
  }
  if (d && /^\d{4}$/.test(d)) return { lo: Date.parse(`${d}-01-01`), hi: Date.parse(`${d}-12-31`), md: null };
  if (d && d.startsWith('--')) return { lo: -Infinity, hi: Infinity, md: d.slice(2) };
  if (e.date_window) return { lo: Date.parse(e.date_window.from), hi: Date.parse(e.date_window.to), md: null };
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) { const p = Date.parse(published); return { lo: p - 10 * DAY, hi: p, md: null }; }
  return { lo: -Infinity, hi: Infinity, md: null };
}

function datesMeet(a: Interval, b: Interval): boolean {
  if (a.md && b.md && a.lo === -Infinity !== (b.lo === -Infinity)) {
    // a bare month-day against a full date: the month-day must agree (within the vague tolerance)
    const full = a.lo === -Infinity ? b : a;
    const bare = a.lo === -Infinity ? a : b;
    if (full.hi - full.lo > 3 * DAY) return true;
    for (let t = full.lo; t <= full.hi; t += DAY) if (new Date(t).toISOString().slice(5, 10) === bare.md) return true;
    return false;
  }
  if (a.md && b.md && a.lo === -Infinity && b.lo === -Infinity) return a.md === b.md;
  return a.lo <= b.hi && b.lo <= a.hi;
}

/** Whether two reports (of different documents) describe the same encounter. */
export function sameEncounter(a: Report, b: Report, ia: Interval, ib: Interval): boolean {
  if (a.docId === b.docId) return false;
  if (mode(a.event.kind) !== mode(b.event.kind)) return false;
  // a visit is the trip, not the meetings held during it
  if ((a.event.kind === 'visit') !== (b.event.kind === 'visit')) return false;
  // a recalled encounter joins another report only when it gives the day
  const day = (iv: Interval) => Number.isFinite(iv.lo) && iv.hi - iv.lo <= 2 * DAY;
  if ((a.event.referenced && !day(ia)) || (b.event.referenced && !day(ib))) return false;
  const ka = new Set(a.event.participants.map(participantKey));
  const kb = new Set(b.event.participants.map(participantKey));
  let shared = 0;
  for (const k of ka) if (kb.has(k)) shared++;
  // unnamed bodies match a named participant of the same country
  const ca = new Set(a.event.participants.map((p) => p.country));
  const cb = new Set(b.event.participants.map((p) => p.country));
  for (const p of a.event.participants) if (!p.name && !kb.has(participantKey(p)) && cb.has(p.country)) shared++;
  for (const p of b.event.participants) if (!p.name && !ka.has(participantKey(p)) && ca.has(p.country)) shared++;
  // one named party is not enough, unless both reports name only one and give the same day
  const need = Math.min(ka.size, kb.size) >= 2 ? 2 : day(ia) && day(ib) ? 1 : 2;
  if (shared < need) return false;
  // half the people of the larger report is not the same encounter (a bilateral and a four-way meeting)
  if (shared < 3 && shared * 2 <= Math.max(ka.size, kb.size) && Math.min(ka.size, kb.size) >= 2) return false;
  // every country of the smaller report takes part in the other
  const [small, large] = ca.size <= cb.size ? [ca, cb] : [cb, ca];
  for (const c of small) if (c && !large.has(c)) return false;
  if (!datesMeet(ia, ib)) return false;
  const la = a.event.location?.country, lb = b.event.location?.country;
  if (la && lb && la !== lb && mode(a.event.kind) === 'in_person') return false;
  return true;
}

/** Groups the events of many documents into canonical events. */
export function groupEncounters(docs: ReadoutDocument[]): CanonicalEvent[] {
  const reports: Report[] = [];
  for (const d of docs) for (const e of d.events) reports.push({ docId: d.document.id, event: e, published: d.document.published, source: d.document.source, url: d.document.url });
  return groupReports(reports);
}

export function groupReports(reports: Report[]): CanonicalEvent[] {
  const intervals = reports.map((r) => dateInterval(r.event, r.published));
  // candidates by participant key, so a report is only compared with reports sharing someone
  const byKey = new Map<string, number[]>();
  reports.forEach((r, i) => { for (const p of r.event.participants) { const k = participantKey(p); (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(i); } });
  const group = new Int32Array(reports.length).fill(-1);
  const groups: number[][] = [];
  // most precise reports first, so vague ones join the group their stated twins formed
  const order = reports.map((_, i) => i).sort((x, y) => (intervals[x].hi - intervals[x].lo) - (intervals[y].hi - intervals[y].lo) || x - y);
  for (const i of order) {
    const cands = new Set<number>();
    for (const p of reports[i].event.participants) for (const j of byKey.get(participantKey(p)) ?? []) if (group[j] >= 0) cands.add(group[j]);
    const fits = [...cands].sort((a, b) => a - b).filter((g) => groups[g].every((j) => sameEncounter(reports[i], reports[j], intervals[i], intervals[j])));
    let joined = fits.length ? fits[pickGroup(reports[i], fits.map((g) => groups[g].map((j) => reports[j])))] : -1;
    if (joined < 0) { joined = groups.length; groups.push([]); }
    groups[joined].push(i);
    group[i] = joined;
  }
  const out = groups.map((g) => canonical(g.sort((a, b) => a - b).map((i) => reports[i])));
  // stable, readable ids: evt_<date>_<countries>_<n>
  const seen = new Map<string, number>();
  for (const c of out) {
    const base = canonicalIdBase(c);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    c.id = `${base}_${n}`;
  }
  return out;
}

/** "evt_2021-04-16_chn-vnm": the date and the participants' countries; a counter makes it unique. */
export function canonicalIdBase(c: Pick<CanonicalEvent, 'date' | 'participants'>): string {
  const countries = [...new Set(c.participants.map((p) => (p.country ?? 'xxx').toLowerCase()))].sort().join('-');
  return `evt_${(c.date ?? 'undated').replace(/^--/, 'xxxx-')}_${countries || 'unknown'}`;
}

/**
 * Of several groups a report fits, the one most like it: the same outlet, the most topics in common.
 * (A report with no date fits many encounters of the same people.)
 */
export function pickGroup(r: Report, groups: Report[][]): number {
  if (groups.length <= 1) return 0;
  const topics = new Set(r.event.topics);
  let best = 0, bestScore = -1;
  groups.forEach((g, i) => {
    let score = 0;
    for (const m of g) {
      if (m.source && m.source === r.source) score += 1;
      const t = new Set(m.event.topics);
      const inter = [...topics].filter((x) => t.has(x)).length;
      const union = new Set([...topics, ...t]).size || 1;
      score += inter / union;
    }
    score /= g.length;
    if (score > bestScore) { bestScore = score; best = i; }
  });
  return best;
}

/**
 * The value most reports give, each counting by the weight of its kind of source (an official
 * readout over an agency's copy over other press over an aggregator over a listing page:
 * `SOURCE_WEIGHT`); returns the value and how many reports give it.
 */
function majority<T>(values: T[], key: (v: T) => string = (v) => JSON.stringify(v), weights?: number[]): [T | undefined, number] {
  const count = new Map<string, { v: T; n: number; w: number }>();
  values.forEach((v, i) => {
    const k = key(v);
    const w = weights?.[i] ?? 1;
    const c = count.get(k);
    if (c) { c.n++; c.w += w; } else count.set(k, { v, n: 1, w });
  });
  let best: { v: T; n: number; w: number } | undefined;
  for (const c of count.values()) if (!best || c.w > best.w) best = c;
  return [best?.v, best?.n ?? 0];
}

/** How much a report counts when reports disagree: by its kind of source. */
const weightOf = (r: Report) => SOURCE_WEIGHT[r.account?.source_kind ?? 'unknown'];

const precision = (d: string | null) => (!d ? 0 : /^\d{4}-\d{2}-\d{2}$/.test(d) ? 4 : d.startsWith('--') ? 2 : d.length === 7 ? 3 : 1);

/** The canonical event of a group of reports: each field chosen across reports, with how. */
export function canonical(rs: Report[]): CanonicalEvent {
  const chosen: Record<string, string> = {};
  const n = rs.length;
  // date: the most precise dates, then the majority among them
  const best = Math.max(...rs.map((r) => precision(r.event.date)));
  const dated = rs.filter((r) => precision(r.event.date) === best && best > 0);
  const dates = dated.map((r) => r.event.date) as string[];
  const [date, dn] = majority(dates, (d) => d, dated.map(weightOf));
  chosen.date = !date ? 'no report gives a date' : dates.length === n && dn === n ? `all ${n} reports agree` : `${dn} of ${dates.length} reports with the most precise date`;
  const weighted = new Set(rs.map((r) => r.account?.source_kind ?? 'unknown')).size > 1;
  const [kind, kn] = majority(rs.map((r) => r.event.kind), (k) => k, rs.map(weightOf));
  chosen.kind = kn === n ? `all ${n} reports agree` : `${kn} of ${n} reports`;
  const locatedReports = rs.filter((r) => !!r.event.location && !!r.event.location.country && !r.event.location.inferred);
  const placed = locatedReports.filter((r) => r.event.location!.place);
  const pool = placed.length ? placed : locatedReports;
  const [location] = majority(pool.map((r) => r.event.location!), (l) => `${l.country}|${foldName(l.place ?? '')}`, pool.map(weightOf));
  const withPlace = placed;
  chosen.location = location ? (withPlace.length ? 'the place most reports name' : 'the country the reports name') : 'no report names a place';
  const withOccasion = rs.filter((r) => r.event.occasion);
  const [occasion] = majority(withOccasion.map((r) => r.event.occasion!), (o) => foldName(o), withOccasion.map(weightOf));
  // participants: union by identity, the name most reports give
  const byKey = new Map<string, { ps: Participant[] }>();
  for (const r of rs) for (const p of r.event.participants) {
    const k = participantKey(p);
    (byKey.get(k) ?? byKey.set(k, { ps: [] }).get(k)!).ps.push(p);
  }
  // an unnamed body whose country a named participant already covers is that participant
  for (const [k, v] of [...byKey]) {
    if (!k.startsWith('body:')) continue;
    const country = v.ps[0].country;
    if ([...byKey.keys()].some((o) => o !== k && !o.startsWith('body:') && byKey.get(o)!.ps[0].country === country)) byKey.delete(k);
  }
  const participants: CanonicalParticipant[] = [...byKey.values()].map(({ ps }) => {
    const [name] = majority(ps.map((p) => p.name), (x) => String(x));
    const [title] = majority(ps.map((p) => p.title).filter(Boolean) as string[], (x) => x);
    const [country] = majority(ps.map((p) => p.country).filter(Boolean) as string[], (x) => x);
    const aliases = [...new Set(ps.flatMap((p) => [p.name, ...(p.aliases ?? [])]).filter((x): x is string => !!x && x !== name))];
    return { name: name ?? null, country: country ?? null, title: title ?? null, id: ps.find((p) => p.id)?.id ?? null, ...(aliases.length ? { aliases } : {}), reports: ps.length };
  }).sort((a, b) => b.reports - a.reports);
  const topics = [...new Set(rs.flatMap((r) => r.event.topics))];
  // the initiator, by person: a report's spelling maps to the canonical participant's name
  const asking = rs.filter((r) => r.event.initiator);
  const initiators = asking.map((r) => {
    const p = r.event.participants.find((x) => x.name === r.event.initiator || (x.aliases ?? []).includes(r.event.initiator!));
    const key = p ? participantKey(p) : null;
    const c = key ? byKey.get(key) : undefined;
    return c ? majority(c.ps.map((x) => x.name), (x) => String(x))[0] ?? r.event.initiator! : r.event.initiator!;
  });
  const [initiator, inN] = majority(initiators, (x) => x, asking.map(weightOf));
  chosen.initiator = !initiator ? 'no report says who asked' : `${inN} of ${initiators.length} reports that say who asked`;
  if (weighted) for (const k of ['date', 'kind', 'initiator'] as const) if (chosen[k] && !/^(?:all|no) /.test(chosen[k])) chosen[k] += ' (official readouts and agencies count more than other press, aggregators and listings)';
  return {
    id: '',
    events: rs.map((r) => r.event.id),
    date: date ?? null,
    kind: kind ?? rs[0].event.kind,
    location: location ?? null,
    occasion: occasion ?? null,
    participants,
    initiator: initiator ?? null,
    topics,
    referenced: rs.every((r) => r.event.referenced),
    chosen,
    reports: rs.map((r) => canonicalReport(r)),
  };
}

/** A report as its canonical event lists it, with its side and its statements' sentences when the store keeps them. */
export function canonicalReport(r: Report): CanonicalReport {
  const out: CanonicalReport = { event: r.event.id, document: r.docId, source: r.source, url: r.url, published: r.published, date: r.event.date, kind: r.event.kind, location: r.event.location };
  if (r.account) { out.side = r.account.side; out.side_basis = r.account.side_basis; out.source_kind = r.account.source_kind; }
  out.topics = r.event.topics;
  out.initiator = r.event.initiator;
  out.statements = (r.event.statements ?? []).map((st) => ({ speaker: st.speaker, act: st.act, topics: st.topics, text: st.text ?? null }));
  return out;
}

/*
 * Incremental grouping over a store. A back end files one report at a time: it asks `findEncounter`
 * which stored canonical event the report belongs to (or none: a new one), files the report there,
 * then `regroupEncounter` recomputes the canonical event from all its reports. The store is reached
 * only through the narrow `EncounterPort`, so every back end (SQLite, PostgreSQL) groups alike.
 */

/** The longest day interval a canonical event may have (a year-only date); candidates are searched this far back. */
export const MAX_SPAN_DAYS = 400;

/** The days a canonical event may have taken place (days since 1970; null: open), as a store indexes them. */
export interface DaySpan { lo: number | null; hi: number | null; md: string | null }

/** Which canonical events of one participant a new report could join. */
export interface CandidateWindow {
  /** events whose span [lo, hi] meets the report's days: lo in [loFrom, loTo] and hi >= hiFrom */
  days: { loFrom: number; loTo: number; hiFrom: number } | null;
  /** events dated by this month-day only (no year) */
  monthDay: string | null;
  /** also events without a day span */
  undated: boolean;
  /** also the participant's most recent events, at most this many (0: none) */
  recent: number;
}

/** What the grouping needs of a store. `Id` is the back end's row id of a canonical event. */
export interface EncounterPort<Id> {
  /** canonical events with a participant of one of these keys, within the window (each key has its own window query) */
  candidates(keys: string[], window: CandidateWindow): Promise<Id[]>;
  /**
   * The reports filed under each of these canonical events, in a fixed order (publication date,
   * document, event); a store that others write at the same time locks the events first, so they do
   * not change until this grouping is written.
   */
  reportsOf(ids: Id[]): Promise<Report[][]>;
  /** the readable id a canonical event has now ('' for a new one) */
  readableId(id: Id): Promise<string>;
  /** whether some canonical event already has this readable id */
  readableIdTaken(readable: string): Promise<boolean>;
  /** writes a canonical event's fields (its `id` is the readable id to keep), with the day span of its reports */
  writeEncounter(id: Id, c: CanonicalEvent, span: DaySpan): Promise<void>;
  /** removes a canonical event left without reports */
  deleteEncounter(id: Id): Promise<void>;
}

const toDays = (t: number): number | null => (Number.isFinite(t) ? Math.floor(t / DAY) : null);

/** The candidate window of a report's interval. */
export function candidateWindow(iv: Interval): CandidateWindow {
  const lo = toDays(iv.lo), hi = toDays(iv.hi);
  if (lo != null && hi != null) return { days: { loFrom: lo - MAX_SPAN_DAYS, loTo: hi, hiFrom: lo }, monthDay: iv.md, undated: true, recent: 0 };
  // a month-day without a year can be any dated event of that day (or a vague date around it): the
  // participant's recent events too, as a dated report finds every month-day-only event through `undated`
  if (iv.md) return { days: null, monthDay: iv.md, undated: true, recent: 500 };
  return { days: null, monthDay: null, undated: false, recent: 500 };
}

/** The participant keys a report can be found by. */
export function reportKeys(r: Report): string[] {
  return [...new Set(r.event.participants.map(participantKey))];
}

/**
 * The stored canonical event a new report belongs to: of the candidates sharing a participant, those
 * whose every report is the same encounter as this one, the most alike (`pickGroup`); null when none.
 * Candidates are tried in row order (the order the store created them).
 */
export async function findEncounter<Id extends number | string>(port: EncounterPort<Id>, report: Report): Promise<Id | null> {
  const iv = dateInterval(report.event, report.published);
  const window = candidateWindow(iv);
  const ids = [...new Set(await port.candidates(reportKeys(report), window))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!ids.length) return null;
  const groups = await port.reportsOf(ids);
  const fits: { id: Id; members: Report[] }[] = [];
  ids.forEach((id, i) => {
    const members = groups[i];
    if (members.length && members.every((m) => sameEncounter(report, m, iv, dateInterval(m.event, m.published)))) fits.push({ id, members });
  });
  return fits.length ? fits[pickGroup(report, fits.map((f) => f.members))].id : null;
}

/** The day span a store keeps for a canonical event: the union of its reports' intervals. */
export function encounterSpan(rs: Report[]): DaySpan {
  let lo = Infinity, hi = -Infinity;
  let md: string | null = null;
  for (const r of rs) {
    const iv = dateInterval(r.event, r.published);
    if (Number.isFinite(iv.lo)) lo = Math.min(lo, iv.lo);
    if (Number.isFinite(iv.hi)) hi = Math.max(hi, iv.hi);
    md ??= iv.md;
  }
  return { lo: toDays(lo), hi: toDays(hi), md };
}

/**
 * Recomputes a stored canonical event from its reports and writes it; deletes it when it has none
 * left. Keeps its readable id while its date and countries still hold, else takes the next free
 * `evt_<date>_<countries>_<n>`. Returns the readable id, or null when the event was deleted.
 */
export async function regroupEncounter<Id extends number | string>(port: EncounterPort<Id>, id: Id): Promise<string | null> {
  const [rs] = await port.reportsOf([id]);
  if (!rs.length) { await port.deleteEncounter(id); return null; }
  const c = canonical(rs);
  const current = await port.readableId(id);
  const base = canonicalIdBase(c);
  let readable = current;
  if (!current.startsWith(`${base}_`)) {
    for (let n = 1; ; n++) { readable = `${base}_${n}`; if (!(await port.readableIdTaken(readable))) break; }
  }
  c.id = readable;
  await port.writeEncounter(id, c, encounterSpan(rs));
  return readable;
}
