/**
 * Ingest: for each item, decode, skip a text already stored (same normalised text), extract,
 * and store the document with its events in one transaction. Counts what happened, reports each
 * failure with its reason, and never lets one bad input stop the batch.
 */
import { extract } from '../extract.js';
import { readHtml, type HtmlArticle } from '../text/html-reader.js';
import { textHash, type IngestOutcome, type Store, type StoredDocumentInput } from '../store/store.js';
import { EXTRACTOR_VERSION } from '../extract.js';
import type { DocumentWarning, ExtractOptions, ReadoutDocument } from '../types.js';
import type { SourceResult } from './sources.js';

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  events: number;
  /** each failure with its reason; `stored` when the document was kept without events (extraction over its time budget) */
  failures: { origin: string; reason: string; stored?: boolean }[];
  /** what was said about the sources that loses no document (a feed cut at its cap) */
  notes: { origin: string; reason: string }[];
  seconds: number;
}

/**
 * Where reading HTML and extraction run: in this process by default; the server gives a child
 * process (worker-extractor.ts) so that no document can hold up its event loop.
 */
export interface Extractor {
  readHtml(html: string): Promise<HtmlArticle>;
  extract(text: string, options: ExtractOptions): Promise<ReadoutDocument>;
}

export const inProcessExtractor: Extractor = {
  readHtml: async (html) => readHtml(html),
  extract: async (text, options) => extract(text, options),
};

/** Extraction stopped from outside after its time budget (the child process was ended): the document is stored without events. */
export class ExtractionTimeout extends Error {
  constructor(message: string) { super(message); this.name = 'ExtractionTimeout'; }
}

/** The normalised text whose hash identifies a document: whitespace collapsed, case kept. */
export interface IngestHooks {
  /** called after each item, for a progress display */
  onItem?: (s: IngestSummary) => void;
  /** called with the warnings of each extracted document (the CLI prints them) */
  onWarnings?: (origin: string, warnings: DocumentWarning[]) => void;
  /** where extraction runs (default: this process) */
  extractor?: Extractor;
  /** how many documents are stored together, at most, and for how long they may wait (default BATCH when the store has ingestMany) */
  batch?: { docs: number; ms: number };
}

/** How many extracted documents wait to be stored together, at most, and for how long (ms). */
export const BATCH = { docs: 64, ms: 250 };

/**
 * Reads, extracts and stores every item. Extracted documents are stored in batches (`BATCH`) when the
 * store can take several in one transaction (`ingestMany`): each document still atomic, one commit
 * for the batch. A process killed mid-batch loses that batch only; running the ingest again finishes it.
 */
export async function ingestAll(store: Store, items: AsyncIterable<SourceResult>, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const sum: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: 0, events: 0, failures: [], notes: [], seconds: 0 };
  const ex = hooks.extractor ?? inProcessExtractor;
  const batch = hooks.batch ?? (store.ingestMany ? BATCH : { docs: 1, ms: 0 });
  let pending: { origin: string; input: StoredDocumentInput }[] = [];
  let since = 0;
  const counted = (origin: string, out: IngestOutcome | Error) => {
    if (out instanceof Error) { sum.failed++; sum.failures.push({ origin, reason: out.message }); }
    else if (out.status === 'duplicate') sum.duplicate++;
    else { sum.new++; sum.events += out.events; }
    if (!(out instanceof Error)) for (const note of out.notes ?? []) sum.notes.push({ origin, reason: note });
  };
  const flush = async () => {
    // a turn of the event loop per batch: extraction and SQLite are synchronous, and a source whose
    // data is already buffered never waits, so timers and I/O (a progress bar, its total being
    // counted, a server's other requests) would otherwise wait until the whole ingest is done
    await new Promise((r) => setImmediate(r));
    if (!pending.length) return;
    const docs = pending;
    pending = [];
    if (store.ingestMany && docs.length > 1) {
      let outs: (IngestOutcome | Error)[];
      try { outs = await store.ingestMany(docs.map((d) => d.input)); } catch (e) { outs = docs.map(() => e as Error); }
      outs.forEach((o, i) => counted(docs[i].origin, o));
    } else {
      for (const d of docs) {
        try { counted(d.origin, await store.ingest(d.input)); } catch (e) { counted(d.origin, e as Error); }
      }
    }
  };
  for await (const r of items) {
    if (!r.ok && r.warning) { sum.notes.push({ origin: r.origin, reason: r.reason }); continue; }
    sum.read++;
    if (!r.ok) {
      sum.failed++;
      sum.failures.push({ origin: r.origin, reason: r.reason });
    } else {
      const it = r.item;
      let stage = 'read';
      let text = '';
      let hash = '';
      let article: HtmlArticle | null = null;
      try {
        // the article text is what is stored and hashed, so a page and its text copy are one document
        article = it.format === 'html' ? await ex.readHtml(it.content) : null;
        text = article ? article.text : it.content;
        if (!text.trim()) throw new Error('no text found');
        hash = textHash(text);
        if (await store.hasHash(hash)) {
          sum.duplicate++;
        } else {
          stage = 'extract';
          const doc = await ex.extract(text, {
            id: it.id, url: it.url, source: it.source, published: it.published ?? article?.published ?? null, title: article?.title ?? null,
          });
          // what reading the HTML said belongs to the document too
          const warnings = [...(article?.warnings ?? []), ...(doc.warnings ?? [])];
          if (article?.warnings.length) doc.warnings = warnings;
          if (warnings.length) hooks.onWarnings?.(it.origin, warnings);
          if (!pending.length) since = performance.now();
          pending.push({
            origin: it.origin,
            input: {
              docId: doc.document.id, hash, url: it.url, source: it.source, title: doc.document.title, published: doc.document.published,
              language: doc.document.language, format: it.format, text, extraction: doc, extractor: EXTRACTOR_VERSION, side: it.side ?? null,
            },
          });
          if (pending.length >= batch.docs || performance.now() - since >= batch.ms) await flush();
        }
      } catch (e) {
        sum.failed++;
        if (e instanceof ExtractionTimeout && stage === 'extract') {
          await flush();
          // kept, so the text is not lost and `reextract` can try again; its extraction says why it is empty
          const failed: ReadoutDocument = {
            format: 'readout/1',
            document: { id: it.id, source: it.source, url: it.url, title: article?.title ?? null, published: it.published ?? article?.published ?? null, language: null },
            events: [],
            warnings: [{ rule: 'time/budget', message: `${e.message}; stored without events` }],
          };
          let stored = false;
          try {
            const out = await store.ingest({
              docId: it.id, hash, url: it.url, source: it.source, title: failed.document.title, published: failed.document.published,
              language: null, format: it.format, text, extraction: failed, extractor: EXTRACTOR_VERSION, side: it.side ?? null,
            });
            stored = out.status === 'new';
          } catch { /* reported below as not stored */ }
          sum.failures.push({ origin: it.origin, reason: `${e.message}; ${stored ? 'stored without events' : 'not stored'}`, stored });
        } else {
          sum.failures.push({ origin: it.origin, reason: (e as Error).message });
        }
      }
    }
    hooks.onItem?.(sum);
  }
  await flush();
  hooks.onItem?.(sum);
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
