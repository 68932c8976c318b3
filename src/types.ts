/**
 * The `readout/1` output format (see docs/readout-format.md for the field table) and the
 * intermediate types the pipeline passes between its stages.
 */

export type EventKind = 'talks' | 'meeting' | 'phone_call' | 'video_conference' | 'messages' | 'visit';

export interface Span {
  start: number;
  end: number;
}

/** Where a field's value came from: the rule that produced it and, when stated, the text span. */
export interface Provenance {
  rule: string;
  /** `stated`: read off the text; `inferred`: filled in from context or knowledge. */
  basis: 'stated' | 'inferred';
  span?: Span;
  /** for inferred values: what they were inferred from ("publication date 2021-04-17", "calendar:lmc-fmm-5") */
  evidence?: string;
  /** for dates: the parts the text does not state (`year`, `month`, `day`) */
  inferred_parts?: ('year' | 'month' | 'day')[];
}

export interface Participant {
  name: string | null;
  country: string | null;
  title: string | null;
  /** Person id in the knowledge base, when the person is known there. */
  id?: string | null;
  /** Other forms of the name the text uses for this person. */
  aliases?: string[];
}

export interface Location {
  place: string | null;
  country: string | null;
  lat?: number | null;
  lon?: number | null;
  geonames_id?: number | null;
  /** true when the place was inferred (from an occasion's calendar entry or a dateline), not stated. */
  inferred?: boolean;
}

export interface DateWindow {
  from: string;
  to: string;
  source: string;
}

export interface EventCodes {
  cameo: string;
  plover: string;
  plover_mode: 'visit' | 'third-party' | 'multilateral' | 'phone' | null;
  goldstein: number;
}

export type StatementAct =
  | 'propose' | 'request' | 'affirm' | 'agree' | 'thank' | 'congratulate'
  | 'support' | 'brief' | 'invite' | 'express_concern' | 'oppose';

export interface Statement {
  speaker: string;
  act: StatementAct;
  topics: string[];
  evidence: Span;
  /** the sentence (the evidence's text): added by the store, not by extraction */
  text?: string;
}

export interface ReadoutEvent {
  id: string;
  kind: EventKind;
  date: string | null;
  location: Location | null;
  occasion: string | null;
  participants: Participant[];
  initiator: string | null;
  topics: string[];
  referenced: boolean;
  codes: EventCodes;
  evidence: Span[];
  /** A window for the date inferred from the occasion's calendar entry when the text gives no day. */
  date_window?: DateWindow | null;
  /** Occasion id in the multilateral meetings calendar, when linked. */
  occasion_id?: string | null;
  statements?: Statement[];
  /** Per-field provenance: which rule set the field and from which span. */
  provenance?: Record<string, Provenance>;
}

export interface DocumentWarning {
  rule: string;
  message: string;
  span?: Span;
}

export interface ReadoutDocument {
  format: 'readout/1';
  document: {
    id: string;
    source: string | null;
    url: string | null;
    title: string | null;
    published: string | null;
    language: string | null;
    /** Where `published` came from (`metadata`, or the rule that read it off the text). */
    published_source?: string | null;
    /** For HTML input: the article text that evidence offsets refer to. */
    text?: string;
    /** For HTML input: the byline the page gives. */
    byline?: string | null;
  };
  events: ReadoutEvent[];
  warnings?: DocumentWarning[];
}

export interface ExtractOptions {
  /** Document id (the file name without extension, or the caller's id). */
  id?: string;
  source?: string | null;
  url?: string | null;
  /** Publication date `YYYY-MM-DD` from metadata; overrides what the text shows. */
  published?: string | null;
  /** Title from metadata (an HTML <title>, a feed item). */
  title?: string | null;
  /** `text` (default) or `html`: HTML is reduced to the article first. */
  format?: 'text' | 'html';
  /** Language hint; detected when absent. */
  language?: string | null;
  /** Include provenance and statements (default true). */
  detail?: boolean;
  /**
   * `YYYY-MM-DD`: the day to resolve relative dates ("on Thursday", "April 16") against when the
   * text shows no publication date of its own. Default none: extraction never reads the clock, so the
   * same text gives the same output whenever it runs.
   */
  reference?: string | null;
  /** Debug hook: called with a lazily built message by stages that explain themselves. */
  debug?: (message: () => string) => void;
  /**
   * Milliseconds extraction may take (default 30,000; `Infinity` for none). Checked between pipeline
   * stages: past it, the remaining stages are skipped and a `time/budget` warning says so.
   */
  budgetMs?: number;
  /** The clock the budget is measured with, in milliseconds (default `performance.now`); for tests. */
  clock?: () => number;
}
