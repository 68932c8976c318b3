/**
 * The record's store: documents with their extraction, reports (readout/1 events) and the canonical
 * events that group them, people, full-text search. One interface, several back ends: the embedded
 * SQLite store is the default; a PostgreSQL back end implements the same interface and passes the
 * same contract tests (src/store/store.contract.ts). Every method is async so either can serve it.
 */
import type { Office } from '../record/offices.js';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import type { ReportAccount } from '../record/report-side.js';
import type { EventKind, ReadoutDocument } from '../types.js';
import type { EventFilter } from '../vocabulary/filters.js';
import type { Direction, Level } from '../vocabulary/terms.js';
import { createHash } from 'node:crypto';

/** A text as its identity reads it: Unicode NFC, runs of white space as one space, trimmed. */
export function normalisedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A document's identity in a store: the SHA-256 of its normalised text (the same article ingested twice is stored once). */
export function textHash(text: string): string {
  return createHash('sha256').update(normalisedText(text)).digest('hex');
}

export interface StoredDocumentInput {
  /** the readout/1 document id */
  docId: string;
  /** sha-256 of the normalised text: the same text is stored once */
  hash: string;
  url: string | null;
  source: string | null;
  title: string | null;
  published: string | null;
  language: string | null;
  format: 'text' | 'html';
  /** the article text (HTML inputs: the extracted article text) */
  text: string;
  extraction: ReadoutDocument;
  extractor: string;
  /** the side the user states for this document (`--side`, a `side` field); else the store finds it (record/report-side.ts) */
  side?: string | null;
}

export interface IngestOutcome {
  status: 'new' | 'duplicate';
  docId: string;
  events: number;
  /** canonical events created or joined */
  canonical: string[];
  /** what the store has to say that loses nothing (the grouping of a very large component was bounded) */
  notes?: string[];
}

export type { EventFilter } from '../vocabulary/filters.js';

export interface EventSummary {
  id: string;
  date: string | null;
  kind: EventKind;
  place: string | null;
  country: string | null;
  occasion: string | null;
  /** `name_en`: the English form of a name written otherwise (the API adds it from the registry: "王毅" -> "Wang Yi") */
  participants: { name: string | null; country: string | null; title: string | null; id?: string | null; name_en?: string }[];
  topics: string[];
  reports: number;
  referenced: boolean;
  /** the engagement level (absent in rows written before schema 7) */
  level?: Level | null;
  /** for an encounter one side travelled to: who went where */
  direction?: Direction | null;
}

export interface EventPage { events: EventSummary[]; next: string | null }

/** How many events a filter matches, and how many of them have no known date (no year). */
export interface EventCount { total: number; undated: number; exact: boolean }

export interface StoredReport {
  event: string;
  document: string;
  source: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  /** the readout/1 event of this report (its statements with their sentence, `text`) */
  data: import('../types.js').ReadoutEvent;
  /** whose account it is: `side`, `side_basis`, `source_kind`, ... (null for a store of schema 6 read as it is) */
  account: ReportAccount | null;
}

export interface PersonSummary {
  id: string;
  name: string;
  country: string | null;
  events: number;
  first: string | null;
  last: string | null;
  spellings: string[];
  titles: { title: string; first: string | null; last: string | null }[];
  /** the titles grouped by office and term (src/record/offices.ts) */
  offices: Office[];
}

export type { Office } from '../record/offices.js';

export interface ParticipantRecord {
  key: string; personId: string | null; name: string | null; aliases: string[]; country: string | null; title: string | null; date: string | null;
}

export interface CountryCount { country: string; events: number }
export interface PairStats {
  /** every event the filter matches, and those without a known year (not in byYear) */
  total: number;
  undated: number;
  byYear: { year: string; kind: EventKind; events: number }[];
  byTopic: { topic: string; events: number }[];
  counterparts: CountryCount[];
}

export interface StoredDocument {
  docId: string; url: string | null; source: string | null; title: string | null; published: string | null;
  language: string | null; text: string; extraction: ReadoutDocument; ingestedAt: string;
  /** whose account the document is (null for a store of schema 6 read as it is) */
  account: ReportAccount | null;
}

export interface Store {
  /** Stores a document with its events and groups them into canonical events, atomically. */
  ingest(doc: StoredDocumentInput): Promise<IngestOutcome>;
  /**
   * Optional: several documents in one transaction, each atomically (a failing document is rolled
   * back alone and its error returned in its place). A back end that commits cheaply need not have it.
   */
  ingestMany?(docs: StoredDocumentInput[]): Promise<(IngestOutcome | Error)[]>;
  hasHash(hash: string): Promise<boolean>;
  /** Replaces a document's extraction (re-extraction) and regroups its events, atomically. */
  replaceExtraction(docId: string, extraction: ReadoutDocument, extractor: string): Promise<IngestOutcome>;
  documentIds(): Promise<string[]>;
  document(docId: string): Promise<StoredDocument | null>;
  events(filter?: EventFilter): Promise<EventPage>;
  event(id: string): Promise<(CanonicalEvent & { reports_full: StoredReport[] }) | null>;
  people(query?: string, limit?: number): Promise<PersonSummary[]>;
  person(id: string): Promise<PersonSummary | null>;
  countries(): Promise<CountryCount[]>;
  /** Counts for the events a filter selects (all countries, a country, a pair, ...); recalled encounters only when asked. */
  pairStats(filter: EventFilter): Promise<PairStats>;
  /** How many events a filter selects, counted up to `cap` (then `exact` is false), and how many of them lack a year. */
  countEvents(filter: EventFilter, cap?: number): Promise<EventCount>;
  /** The participant keys a person query stands for (id, any spelling in any script, registry aliases). */
  personKeys(person: string): Promise<string[]>;
  /** How many people a people query matches. */
  countPeople(query?: string): Promise<number>;
  /** Every canonical event, in id order (exports). */
  allEvents(filter?: EventFilter): AsyncIterable<CanonicalEvent>;
  counts(): Promise<{ documents: number; reports: number; events: number }>;
  /** Every participant of every report, with the report's date (for learning people from texts). */
  participantRecords(): AsyncIterable<ParticipantRecord>;
  /** Problems found by a consistency check (empty when sound). */
  integrityCheck(): Promise<string[]>;
  /** A value that changes whenever the stored data changes (readers use it to keep caches fresh). */
  version(): Promise<string>;
  close(): Promise<void>;
}
