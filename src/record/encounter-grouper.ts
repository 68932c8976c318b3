/**
 * One canonical event per real encounter: reports of the same encounter in different documents
 * (the two sides' readouts, wire copies, reposts) are grouped by who took part, the mode, the days
 * and the place (the predicates: record/same-encounter.ts). A group takes a report only when the
 * report is the same encounter as every report already in it.
 *
 * The grouping is a function of the set of reports, not of the order they arrive in: reports are
 * placed in an order that is a property of each report (`placementOrder`: the most precisely dated
 * first), each into the group it fits best, and a canonical event's readable id is made of its
 * content. A store files a new report by regrouping the whole component it falls in (every stored
 * report linked to it, directly or through others: `regroupComponent`), so that any order of
 * ingest, one process or many workers, gives the same canonical events as grouping all at once.
 */
import { createHash } from 'node:crypto';
import type { EventKind, Location, Participant, ReadoutDocument, StatementAct } from '../types.js';
import { foldName } from '../knowledge/names.js';
import {
  DAY, dateInterval, encounterSignature, linked, participantKey, placementOrder, reportKeys, reportOrder, sameEncounter, type Interval, type Report,
} from './same-encounter.js';
import { SOURCE_WEIGHT, type SideBasis, type SourceKind } from './report-side.js';
import { withRegistryIds } from './participant-identity.js';

export { dateInterval, participantKey, reportKeys, sameEncounter, type Interval, type Report } from './same-encounter.js';

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

/**
 * Groups the events of many documents into canonical events, as a store files them: each participant
 * the registry identifies with its id (record/participant-identity.ts), and `accountOf` giving each
 * document's account (whose it is: record/report-side.ts), as a store finds it at ingest.
 */
export function groupEncounters(docs: ReadoutDocument[], accountOf?: (d: ReadoutDocument) => Report['account']): CanonicalEvent[] {
  const reports: Report[] = [];
  for (const d of docs) {
    const account = accountOf?.(d);
    for (const e of d.events) reports.push({ docId: d.document.id, event: withRegistryIds(e), published: d.document.published, source: d.document.source, url: d.document.url, ...(account ? { account } : {}) });
  }
  return groupReports(reports);
}

/**
 * The groups of reports that are one encounter each, whatever the order of `reports`: each report,
 * in placement order, joins the group (sharing a participant with it) whose every report is the
 * same encounter as it, the most alike when several fit (`pickGroup`), else starts a group. Groups
 * come in the order they were started, each in report order.
 */
export function clusterReports(reports: Report[]): Report[][] {
  const intervals = reports.map((r) => dateInterval(r.event, r.published));
  const keys = reports.map(reportKeys);
  const sigs = reports.map((r, i) => encounterSignature(r, intervals[i]));
  const order = reports.map((_, i) => i).sort((x, y) => placementOrder(reports[x], intervals[x], reports[y], intervals[y]));
  // candidate groups by participant key, so a report is only compared with groups sharing someone
  const byKey = new Map<string, number[]>();
  // a group's reports, its documents, and one report of each signature (the others are the same encounter as it)
  const groups: { members: number[]; docs: Set<string>; reps: Map<string, number> }[] = [];
  const fits = (i: number, g: number) => {
    if (groups[g].docs.has(reports[i].docId)) return false;
    for (const j of groups[g].reps.values()) if (!sameEncounter(reports[i], reports[j], intervals[i], intervals[j])) return false;
    return true;
  };
  for (const i of order) {
    const cands = new Set<number>();
    for (const k of keys[i]) for (const g of byKey.get(k) ?? []) cands.add(g);
    const fit = [...cands].sort((a, b) => a - b).filter((g) => fits(i, g));
    let joined = fit.length ? fit[pickGroup(reports[i], fit.map((g) => groups[g].members.map((j) => reports[j])))] : -1;
    if (joined < 0) { joined = groups.length; groups.push({ members: [], docs: new Set(), reps: new Map() }); }
    const g = groups[joined];
    g.members.push(i);
    g.docs.add(reports[i].docId);
    if (!g.reps.has(sigs[i])) g.reps.set(sigs[i], i);
    for (const k of keys[i]) {
      const list = byKey.get(k) ?? byKey.set(k, []).get(k)!;
      if (!list.includes(joined)) list.push(joined);
    }
  }
  return groups.map((g) => g.members.map((i) => reports[i]).sort(reportOrder));
}

export function groupReports(reports: Report[]): CanonicalEvent[] {
  const taken = new Set<string>();
  return clusterReports(reports).map((g) => {
    const c = canonical(g);
    for (const id of readableIds(c)) if (!taken.has(id)) { c.id = id; break; }
    taken.add(c.id);
    return c;
  });
}

/** "evt_2021-04-16_chn-vnm": the date and the participants' countries. */
export function canonicalIdBase(c: Pick<CanonicalEvent, 'date' | 'participants'>): string {
  const countries = [...new Set(c.participants.map((p) => (p.country ?? 'xxx').toLowerCase()))].sort().join('-');
  return `evt_${(c.date ?? 'undated').replace(/^--/, 'xxxx-')}_${countries || 'unknown'}`;
}

/**
 * The readable ids a canonical event may take, in order of preference: its date and countries, then
 * a short hash of its first report's event id (the smallest), so that the id depends on the content
 * alone ("evt_2021-04-16_chn-vnm_3fa9c2"); longer hashes, and then counters, should one be taken.
 */
export function* readableIds(c: Pick<CanonicalEvent, 'date' | 'participants' | 'events'>): Generator<string> {
  const base = canonicalIdBase(c);
  const anchor = c.events.reduce((a, b) => (b < a ? b : a), c.events[0] ?? '');
  const hash = createHash('sha256').update(anchor).digest('hex');
  for (const n of [6, 10, 16, 64]) yield `${base}_${hash.slice(0, n)}`;
  for (let n = 2; ; n++) yield `${base}_${hash.slice(0, 6)}-${n}`;
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

/** Whether a report's text states its day (the year may be the publication's). */
const statesDay = (r: Report) => {
  const p = r.event.provenance?.date;
  return !p || p.basis === 'stated' || (!!p.inferred_parts && !p.inferred_parts.includes('day'));
};

const precision = (d: string | null) => (!d ? 0 : /^\d{4}-\d{2}-\d{2}$/.test(d) ? 4 : d.startsWith('--') ? 2 : d.length === 7 ? 3 : 1);

/** The canonical event of a group of reports: each field chosen across reports, with how. */
export function canonical(reports: Report[]): CanonicalEvent {
  // fields chosen by majority take the first of equals: in report order, whatever order the reports came in
  const rs = [...reports].sort(reportOrder);
  const chosen: Record<string, string> = {};
  const n = rs.length;
  // date: the most precise dates, then the majority among them
  const best = Math.max(...rs.map((r) => precision(r.event.date)));
  const precise = rs.filter((r) => precision(r.event.date) === best && best > 0);
  // a day the text states outweighs one worked out (a weekday, a dateline's day, 'yesterday'): the majority is taken
  // among the stated ones when there are any
  const stated = precise.filter(statesDay);
  const dated = stated.length ? stated : precise;
  const dates = dated.map((r) => r.event.date) as string[];
  const [date, dn] = majority(dates, (d) => d, dated.map(weightOf));
  chosen.date = !date ? 'no report gives a date' : dates.length === n && dn === n ? `all ${n} reports agree`
    : `${dn} of ${dates.length} reports with the most precise date${stated.length && stated.length < precise.length ? ' the text states' : ''}`;
  const weighted = new Set(rs.map((r) => r.account?.source_kind ?? 'unknown')).size > 1;
  const [kind, kn] = majority(rs.map((r) => r.event.kind), (k) => k, rs.map(weightOf));
  chosen.kind = kn === n ? `all ${n} reports agree` : `${kn} of ${n} reports`;
  // places the reports state; where none does, the ones they inferred (a venue of the host: "Presidential Palace, Hanoi"),
  // which stay marked inferred
  const locatedAll = rs.filter((r) => !!r.event.location && !!r.event.location.country);
  const statedPlaces = locatedAll.filter((r) => !r.event.location!.inferred);
  const locatedReports = statedPlaces.length ? statedPlaces : locatedAll;
  const placed = locatedReports.filter((r) => r.event.location!.place);
  const pool = placed.length ? placed : locatedReports;
  const [location] = majority(pool.map((r) => r.event.location!), (l) => `${l.country}|${foldName(l.place ?? '')}`, pool.map(weightOf));
  const withPlace = placed;
  const how = statedPlaces.length ? '' : ' (inferred: no report states a place)';
  chosen.location = location ? (withPlace.length ? `the place most reports name${how}` : `the country the reports name${how}`) : 'no report names a place';
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
 * Grouping over a store. A back end files the reports of a new document each under a new canonical
 * event of its own (a seed), then `regroupComponent` gathers the component they fall in: every stored
 * canonical event with a report linked to one of the component's reports (sharing a participant and
 * the same encounter), found through the store's index (participant key x days), then the events
 * linked to those, and so on. The component's reports are grouped as `clusterReports` groups any set,
 * and only the canonical events whose reports changed are written. The store is reached only through
 * the narrow `EncounterPort`, so every back end (SQLite, PostgreSQL) groups alike.
 *
 * Why the whole component: a report can change where another one belongs (an undated report that
 * fits two dated encounters goes with the one most like it; a group that an undated report joined
 * may later get a report contradicting it), so regrouping only the event a new report joins would
 * make the result depend on the order of ingest.
 *
 * Bounds: a component holds at most MAX_COMPONENT_REPORTS reports (past it, the canonical events
 * nearest the new reports are regrouped and the ingest is told: `capped`); a report without any date
 * or publication date is compared with RECENT_CANDIDATES of each participant's latest events.
 */

/** The widest day span a canonical event is searched by; a wider one, or one with a report open in time, is searched as undated. */
export const MAX_SPAN_DAYS = 400;
/** The most reports regrouped at once. */
export const MAX_COMPONENT_REPORTS = 400;
/** An undated report (no date, no publication date) is compared with this many of each participant's latest canonical events. */
export const RECENT_CANDIDATES = 500;

/** The days a canonical event may have taken place (days since 1970; null: open, searched as undated), as a store indexes them. */
export interface DaySpan { lo: number | null; hi: number | null; md: string | null }

/** Which canonical events of one participant a probe could be linked to. */
export interface CandidateWindow {
  /** events whose span [lo, hi] meets the probe's days: lo in [loFrom, loTo] and hi >= hiFrom */
  days: { loFrom: number; loTo: number; hiFrom: number } | null;
  /** also events dated by this month-day only (no year) */
  monthDay: string | null;
  /** also events without a day span (open) */
  undated: boolean;
  /** also the participant's most recent events, at most this many (0: none) */
  recent: number;
}

/** What the grouping needs of a store. `Id` is the back end's row id of a canonical event. */
export interface EncounterPort<Id> {
  /** canonical events indexed under one of these participant keys, within the window (each key has its own window query) */
  candidates(keys: string[], window: CandidateWindow): Promise<Id[]>;
  /** the reports filed under each of these canonical events */
  reportsOf(ids: Id[]): Promise<Report[][]>;
  /**
   * For a store that others write at the same time: locks these participant keys until the
   * transaction ends; true when one of them was not held yet (the component is then read again).
   */
  lockKeys?(keys: string[]): Promise<boolean>;
  /** a new, empty canonical event */
  newEncounter(): Promise<Id>;
  /** files these reports (by readout/1 event id) under a canonical event */
  moveReports(id: Id, eventIds: string[]): Promise<void>;
  /** which canonical event has this readable id now, if any */
  readableIdHolder(readable: string): Promise<Id | null>;
  /** gives a canonical event a provisional readable id (it is written again in the same transaction) */
  renameEncounter(id: Id, readable: string): Promise<void>;
  /**
   * writes a canonical event's fields (its `id` is its readable id), with the day span of its
   * reports and every participant key they name (what the event is searched by)
   */
  writeEncounter(id: Id, c: CanonicalEvent, span: DaySpan, keys: string[]): Promise<void>;
  /** removes a canonical event left without reports */
  deleteEncounter(id: Id): Promise<void>;
}

const toDays = (t: number): number => Math.floor(t / DAY);

/** The window that finds every canonical event a report with one of these intervals can be linked to. */
export function probeWindow(ivs: Interval[]): CandidateWindow {
  const open = ivs.filter((iv) => !Number.isFinite(iv.lo));
  if (open.length) {
    const mds = new Set(open.map((iv) => iv.md));
    return { days: null, monthDay: mds.size === 1 ? [...mds][0] : null, undated: true, recent: RECENT_CANDIDATES };
  }
  const lo = toDays(Math.min(...ivs.map((iv) => iv.lo))), hi = toDays(Math.max(...ivs.map((iv) => iv.hi)));
  return { days: { loFrom: lo - MAX_SPAN_DAYS, loTo: hi, hiFrom: lo }, monthDay: null, undated: true, recent: 0 };
}

/** The day span a store keeps for a canonical event: the union of its reports' intervals, open when one is open or it is too wide. */
export function encounterSpan(rs: Report[]): DaySpan {
  let lo = Infinity, hi = -Infinity, open = false;
  let md: string | null = null;
  for (const r of rs) {
    const iv = dateInterval(r.event, r.published);
    if (Number.isFinite(iv.lo)) { lo = Math.min(lo, iv.lo); hi = Math.max(hi, iv.hi); } else open = true;
    md ??= iv.md;
  }
  if (open || !Number.isFinite(lo) || hi - lo > MAX_SPAN_DAYS * DAY) return { lo: null, hi: null, md };
  return { lo: toDays(lo), hi: toDays(hi), md };
}

/** Every participant key the reports name. */
export const encounterKeys = (rs: Report[]): string[] => [...new Set(rs.flatMap(reportKeys))].sort();

const byId = <Id extends number | string>(a: Id, b: Id) => (a < b ? -1 : a > b ? 1 : 0);

/** The canonical events of the component the seeds fall in, with their reports (at most `cap` reports). */
async function gather<Id extends number | string>(port: EncounterPort<Id>, seeds: Map<Id, Report[]>, cap: number, iv: (r: Report) => Interval): Promise<{ events: Map<Id, Report[]>; capped: boolean }> {
  const events = new Map(seeds);
  const queue = [...seeds.keys()];
  let size = [...seeds.values()].reduce((n, rs) => n + rs.length, 0);
  let capped = false;
  while (queue.length) {
    const rs = events.get(queue.shift()!)!;
    if (!rs.length) continue;
    const ids = [...new Set(await port.candidates(encounterKeys(rs), probeWindow(rs.map(iv))))].filter((x) => !events.has(x)).sort(byId);
    if (!ids.length) continue;
    const found = await port.reportsOf(ids);
    ids.forEach((id, n) => {
      const ms = found[n];
      if (events.has(id) || !ms.some((m) => rs.some((x) => linked(x, m, iv(x), iv(m))))) return;
      if (size + ms.length > cap) { capped = true; return; }
      events.set(id, ms);
      size += ms.length;
      queue.push(id);
    });
  }
  return { events, capped };
}

export interface RegroupOutcome {
  /** the readable id of the canonical event each seed report is filed under now (by readout/1 event id) */
  readable: Map<string, string>;
  /** the component was larger than MAX_COMPONENT_REPORTS: only its part nearest the seeds was regrouped */
  capped: boolean;
}

/**
 * Regroups the component of the seed canonical events (new reports filed each under an event of its
 * own; events that lost reports) and writes the canonical events that changed; events left without
 * reports are deleted. On a store written by others at the same time (`lockKeys`), every participant
 * key of the component is locked and the component read again until it holds no key not locked.
 */
export async function regroupComponent<Id extends number | string>(port: EncounterPort<Id>, seeds: Map<Id, Report[]>, opts: { cap?: number } = {}): Promise<RegroupOutcome> {
  const intervals = new Map<string, Interval>();
  const iv = (r: Report) => intervals.get(r.event.id) ?? intervals.set(r.event.id, dateInterval(r.event, r.published)).get(r.event.id)!;
  let comp = await gather(port, seeds, opts.cap ?? MAX_COMPONENT_REPORTS, iv);
  while (port.lockKeys && await port.lockKeys(encounterKeys([...comp.events.values()].flat()))) {
    comp = await gather(port, seeds, opts.cap ?? MAX_COMPONENT_REPORTS, iv);
  }
  if (comp.capped) return { readable: await fileNearest(port, seeds, iv), capped: true };
  const rowOf = new Map<string, Id>();
  for (const [id, rs] of comp.events) for (const r of rs) rowOf.set(r.event.id, id);
  // each group keeps the row most of its reports are filed under (ties: the lowest), else a new one
  const plan: { id: Id | null; group: Report[]; changed: boolean }[] = [];
  const used = new Set<Id>();
  for (const group of clusterReports([...comp.events.values()].flat())) {
    const count = new Map<Id, number>();
    for (const r of group) { const id = rowOf.get(r.event.id)!; count.set(id, (count.get(id) ?? 0) + 1); }
    let best: Id | null = null;
    for (const [id, n] of count) if (!used.has(id) && (best == null || n > count.get(best)! || (n === count.get(best)! && id < best))) best = id;
    if (best == null) { plan.push({ id: null, group, changed: true }); continue; }
    used.add(best);
    const changed = seeds.has(best) || comp.events.get(best)!.length !== group.length || group.some((r) => rowOf.get(r.event.id) !== best);
    plan.push({ id: best, group, changed });
  }
  for (const p of plan) if (p.id == null) p.id = await port.newEncounter();
  for (const p of plan) {
    const moved = p.group.filter((r) => rowOf.get(r.event.id) !== p.id).map((r) => r.event.id);
    if (moved.length) await port.moveReports(p.id!, moved);
  }
  for (const id of comp.events.keys()) if (!used.has(id) && !plan.some((p) => p.id === id)) await port.deleteEncounter(id);
  const rewritten = new Set(plan.filter((p) => p.changed).map((p) => p.id!));
  const readable = new Map<string, string>();
  const seedReports = new Set([...seeds.values()].flat().map((r) => r.event.id));
  for (const p of plan) {
    if (!p.changed) continue;
    const c = canonical(p.group);
    c.id = await freeReadableId(port, c, p.id!, rewritten);
    await port.writeEncounter(p.id!, c, encounterSpan(p.group), encounterKeys(p.group));
    for (const r of p.group) if (seedReports.has(r.event.id)) readable.set(r.event.id, c.id);
  }
  return { readable, capped: comp.capped };
}

/**
 * Past the cap: each seed's reports join the stored canonical event linked to them whose every report
 * is the same encounter as each of them (the most alike, `pickGroup`), which is written again, or stay
 * an event of their own. Work in proportion to that event's reports; the result may depend on order.
 */
async function fileNearest<Id extends number | string>(port: EncounterPort<Id>, seeds: Map<Id, Report[]>, iv: (r: Report) => Interval): Promise<Map<string, string>> {
  const readable = new Map<string, string>();
  for (const [seed, rs] of seeds) {
    if (!rs.length) { await port.deleteEncounter(seed); continue; }
    let near: { id: Id; members: Report[] }[];
    for (;;) {
      const ids = [...new Set(await port.candidates(encounterKeys(rs), probeWindow(rs.map(iv))))].filter((x) => x !== seed).sort(byId);
      const found = ids.length ? await port.reportsOf(ids) : [];
      near = ids.map((id, n) => ({ id, members: found[n] })).filter((f) => f.members.some((m) => rs.some((x) => linked(x, m, iv(x), iv(m)))));
      if (!port.lockKeys || !(await port.lockKeys(encounterKeys(near.flatMap((f) => f.members))))) break;
    }
    const fits = near.filter((f) => f.members.every((m) => rs.every((x) => sameEncounter(x, m, iv(x), iv(m)))));
    let id = seed, group = rs;
    if (fits.length) {
      const best = fits[pickGroup(rs[0], fits.map((f) => f.members))];
      await port.moveReports(best.id, rs.map((r) => r.event.id));
      await port.deleteEncounter(seed);
      id = best.id; group = [...best.members, ...rs];
    }
    const c = canonical(group);
    c.id = await freeReadableId(port, c, id, new Set());
    await port.writeEncounter(id, c, encounterSpan(group), encounterKeys(group));
    for (const r of rs) readable.set(r.event.id, c.id);
  }
  return readable;
}

/** The first of a canonical event's readable ids that no other event holds (one this regrouping rewrites gives it up). */
async function freeReadableId<Id extends number | string>(port: EncounterPort<Id>, c: CanonicalEvent, id: Id, rewritten: Set<Id>): Promise<string> {
  for (const readable of readableIds(c)) {
    const holder = await port.readableIdHolder(readable);
    if (holder == null || holder === id) return readable;
    if (rewritten.has(holder)) { await port.renameEncounter(holder, `tmp:${holder}`); return readable; }
  }
  throw new Error('unreachable');
}

/**
 * Writes a canonical event from the reports filed under it, as they are (for stores built from
 * groups known beforehand); deletes it when it has none. Returns its readable id, or null.
 */
export async function regroupEncounter<Id extends number | string>(port: EncounterPort<Id>, id: Id): Promise<string | null> {
  const [rs] = await port.reportsOf([id]);
  if (!rs.length) { await port.deleteEncounter(id); return null; }
  const c = canonical(rs);
  c.id = await freeReadableId(port, c, id, new Set());
  await port.writeEncounter(id, c, encounterSpan(rs), encounterKeys(rs));
  return c.id;
}
