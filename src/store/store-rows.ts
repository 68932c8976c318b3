/**
 * What every back end stores the same way: the sortable date, an event's summary row, the text a
 * report contributes to full-text search, a person's summary from their participant rows, and the
 * renaming of a document whose file name another text already took.
 */
import { MAX_COMPONENT_REPORTS, type CanonicalEvent, type RegroupOutcome, type Report } from '../record/encounter-grouper.js';
import { reportAccount, type ReportAccount } from '../record/report-side.js';
import type { ReadoutDocument, ReadoutEvent } from '../types.js';
import type { EventSummary, IngestOutcome, PersonSummary, StoredReport, StoredDocument } from './store.js';
import type { Direction, Level } from '../vocabulary/terms.js';
import { engagementOf } from '../record/engagement.js';
import { officesOf } from '../record/offices.js';

/**
 * The store's schema version. 6 added canonical_pairs (one row per ordered pair of participant
 * countries of a canonical event, so a country-pair query reads one page from an index); a store of
 * version 5 is brought up to 6 when it is opened for writing, and read as it is (without the pair
 * index) when opened read-only.
 */
export const SCHEMA_VERSION = '7';
export const READABLE_SCHEMAS = ['5', '6', '7'];

/*
 * Schema 7 keeps whose account each document is: `documents.side` (the side code, for queries) and
 * `documents.account` (JSON: side, side_basis, source_kind, outlet, side_evidence), and each stored
 * report's statements carry their sentence (`text`), so canonical events list every report's side
 * and statements; and each canonical event's engagement level and host (`canonical_events.level`,
 * `.host`: record/engagement.ts). A store of version 6 is brought up to 7 when opened for writing, in
 * one migration: the four columns, every event's level and host computed from its stored fields, and
 * then (`upgrade()`) the accounts found for every document and every component regrouped.
 */

/** Whose account a document is: the side the user states, else what its text, URL, source and language say (and its encounters' parties). */
export function documentAccount(d: { text: string; url: string | null; source: string | null; language: string | null; side?: string | null; extraction?: ReadoutDocument | string | null }): ReportAccount {
  return reportAccount({ text: d.text, url: d.url, source: d.source, language: d.language, side: d.side ?? null, parties: partiesOf(d.extraction) });
}

/** The countries of the encounters a document reports (not those it only recalls), in order. */
export function partiesOf(extraction: ReadoutDocument | string | null | undefined): string[] {
  if (!extraction) return [];
  const doc = typeof extraction === 'string' ? (JSON.parse(extraction) as ReadoutDocument) : extraction;
  const events = doc.events.filter((e) => !e.referenced);
  return [...new Set((events.length ? events : doc.events).flatMap((e) => e.participants.map((p) => p.country)).filter((c): c is string => !!c))];
}

/** An account as stored (JSON), or null. */
export function parseAccount(json: string | null | undefined): ReportAccount | null {
  if (!json) return null;
  try { return JSON.parse(json) as ReportAccount; } catch { return null; }
}

/** A report row (report joined with its document) as grouping reads it. */
export interface GroupingRow { data: string; doc_id: string; published: string | null; source: string | null; url: string | null; account: string | null }

/** A stored report as the grouper takes it. */
export function groupingReport(r: GroupingRow): Report {
  return { docId: r.doc_id, event: JSON.parse(r.data) as ReadoutEvent, published: r.published, source: r.source, url: r.url, account: parseAccount(r.account) };
}

/** A row of the documents table. */
export interface DocumentRow { doc_id: string; url: string | null; source: string | null; title: string | null; published: string | null; language: string | null; text: string; extraction: string; ingested_at: string; account: string | null }

/** A stored document as the store gives it back. */
export function storedDocument(r: DocumentRow): StoredDocument {
  return { docId: r.doc_id, url: r.url, source: r.source, title: r.title, published: r.published, language: r.language, text: r.text, extraction: JSON.parse(r.extraction), ingestedAt: r.ingested_at, account: parseAccount(r.account) };
}

/** A report row of an event's page (report joined with its document), as both back ends read it. */
export interface ReportRow { event_id: string; data: string; doc_id: string; source: string | null; url: string | null; published: string | null; title: string | null; account: string | null }

/** A stored report as an event's page lists it. */
export function fullReport(r: ReportRow): StoredReport {
  return { event: r.event_id, document: r.doc_id, source: r.source, url: r.url, published: r.published, title: r.title, data: JSON.parse(r.data), account: parseAccount(r.account) };
}

/** A report's event as the store keeps it: each statement with its sentence (`text`), so no reader needs the document. */
export function storedEvent(ev: ReadoutEvent, text: string): ReadoutEvent {
  if (!ev.statements?.length) return ev;
  return { ...ev, statements: ev.statements.map((st) => ({ ...st, text: st.text ?? text.slice(st.evidence.start, st.evidence.end) })) };
}

/** A canonical event as stored: the grouping's fields and the engagement level and direction (schema 7). */
export type StoredCanonical = CanonicalEvent & { level?: Level; direction?: Direction | null };

/** The canonical event with its engagement level and direction (record/engagement.ts), as every back end stores it. */
export function withEngagement(c: CanonicalEvent): StoredCanonical & { level: Level; direction: Direction | null } {
  return { ...c, ...engagementOf(c) };
}

/** The ordered pairs of distinct participant countries of a canonical event. */
export function countryPairs(c: CanonicalEvent): [string, string][] {
  const cs = [...new Set(c.participants.map((p) => p.country).filter((x): x is string => !!x))];
  return cs.flatMap((a) => cs.filter((b) => b !== a).map((b) => [a, b] as [string, string]));
}

/** A sortable form of a date: full and partial ISO dates sort by time; month-days and undated last. */
export function dateSort(d: string | null): string {
  if (!d) return '';
  if (d.startsWith('--')) return `0000${d.slice(1)}`;
  return d;
}

export function eventSummary(c: StoredCanonical): EventSummary {
  return {
    id: c.id, date: c.date, kind: c.kind, place: c.location?.place ?? null, country: c.location?.country ?? null, occasion: c.occasion,
    participants: c.participants.map((p) => ({ name: p.name, country: p.country, title: p.title, id: p.id ?? null })),
    topics: c.topics, reports: c.events.length, referenced: c.referenced,
    level: c.level ?? null, direction: c.direction ?? null,
  };
}

/** What a report says of its encounter, for full-text search: the headline, the stating sentences, the statements. */
export function reportText(ev: ReadoutEvent, text: string, title: string | null): string {
  const spans = [...ev.evidence, ...(ev.statements ?? []).map((s) => s.evidence)];
  const seen = new Set<string>();
  const parts = title ? [title] : [];
  for (const sp of spans) {
    const k = `${sp.start}:${sp.end}`;
    if (seen.has(k) || sp.end <= sp.start) continue;
    seen.add(k);
    parts.push(text.slice(sp.start, sp.end));
  }
  return parts.join('\n');
}

/** The same extraction under another document id (event ids follow). */
export function renameDocument(doc: ReadoutDocument, id: string): ReadoutDocument {
  return {
    ...doc,
    document: { ...doc.document, id },
    events: doc.events.map((e, i) => ({ ...e, id: `${id}#${i + 1}` })),
  };
}

export interface PersonRow { person_id: string | null; name: string | null; aliases: string | null; country: string | null; title: string | null; date: string | null; canonical: number }

/** A person's summary from every report row of one participant key. */
export function personSummary(key: string, rows: PersonRow[]): PersonSummary | null {
  if (!rows.length) return null;
  const names = new Map<string, number>();
  const spellings = new Set<string>();
  const titles = new Map<string, { first: string | null; last: string | null }>();
  const countries = new Map<string, number>();
  let first: string | null = null, last: string | null = null;
  for (const r of rows) {
    if (r.name) { names.set(r.name, (names.get(r.name) ?? 0) + 1); spellings.add(r.name); }
    for (const a of JSON.parse(r.aliases || '[]') as string[]) spellings.add(a);
    if (r.country) countries.set(r.country, (countries.get(r.country) ?? 0) + 1);
    const d = r.date && !r.date.startsWith('--') ? r.date : null;
    if (d) { if (!first || d < first) first = d; if (!last || d > last) last = d; }
    if (r.title) {
      const t = titles.get(r.title) ?? { first: null, last: null };
      if (d) { if (!t.first || d < t.first) t.first = d; if (!t.last || d > t.last) t.last = d; }
      titles.set(r.title, t);
    }
  }
  const top = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const personId = rows.find((r) => r.person_id)?.person_id ?? null;
  return {
    id: personId ?? key.replace(/^name:/, ''),
    name: top(names) ?? key, country: top(countries), events: new Set(rows.map((r) => r.canonical)).size,
    first, last, spellings: [...spellings],
    titles: [...titles].map(([title, t]) => ({ title, ...t })).sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '')),
    offices: officesOf(personId, rows.map((r) => ({ title: r.title, date: r.date && !r.date.startsWith('--') ? r.date : null, country: r.country }))),
  };
}

/** Serialises async critical sections of one process (a store's write transactions on one connection). */
export class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/** What a store says of a document it filed: the canonical events its reports are in, and a note when its component was capped. */
export function outcome(docId: string, extraction: ReadoutDocument, r: RegroupOutcome): IngestOutcome {
  const canonical = [...new Set(extraction.events.map((e) => r.readable.get(e.id)).filter((x): x is string => !!x))];
  return {
    status: 'new', docId, events: extraction.events.length, canonical,
    ...(r.capped ? { notes: [`grouping/component-cap: its reports link more than ${MAX_COMPONENT_REPORTS} stored reports; only the canonical events nearest them were regrouped`] } : {}),
  };
}
