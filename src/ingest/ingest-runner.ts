/**
 * Ingest: for each item, decode, skip a text already stored (same normalised text), extract,
 * and store the document with its events in one transaction. Counts what happened, reports each
 * failure with its reason, and never lets one bad input stop the batch.
 */
import { createHash } from 'node:crypto';
import { extract } from '../extract.js';
import { readHtml } from '../text/html-reader.js';
import type { Store } from '../store/store.js';
import type { SourceResult } from './sources.js';

export const EXTRACTOR_VERSION = 'readout-extract/0.1';

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  events: number;
  failures: { origin: string; reason: string }[];
  seconds: number;
}

/** The normalised text whose hash identifies a document: whitespace collapsed, case kept. */
export function normalisedText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function textHash(text: string): string {
  return createHash('sha256').update(normalisedText(text)).digest('hex');
}

export interface IngestHooks {
  /** called after each item, for a progress display */
  onItem?: (s: IngestSummary) => void;
}

export async function ingestAll(store: Store, items: AsyncIterable<SourceResult>, hooks: IngestHooks = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const sum: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: 0, events: 0, failures: [], seconds: 0 };
  for await (const r of items) {
    sum.read++;
    if (!r.ok) {
      sum.failed++;
      sum.failures.push({ origin: r.origin, reason: r.reason });
    } else {
      const it = r.item;
      try {
        // the article text is what is stored and hashed, so a page and its text copy are one document
        const article = it.format === 'html' ? readHtml(it.content) : null;
        const text = article ? article.text : it.content;
        if (!text.trim()) throw new Error('no text found');
        const hash = textHash(text);
        if (await store.hasHash(hash)) {
          sum.duplicate++;
        } else {
          const doc = extract(text, {
            id: it.id, url: it.url, source: it.source, published: it.published ?? article?.published ?? null, title: article?.title ?? null,
          });
          const out = await store.ingest({
            docId: doc.document.id, hash, url: it.url, source: it.source, title: doc.document.title, published: doc.document.published,
            language: doc.document.language, format: it.format, text, extraction: doc, extractor: EXTRACTOR_VERSION,
          });
          if (out.status === 'duplicate') sum.duplicate++;
          else { sum.new++; sum.events += out.events; }
        }
      } catch (e) {
        sum.failed++;
        sum.failures.push({ origin: it.origin, reason: (e as Error).message });
      }
    }
    hooks.onItem?.(sum);
  }
  sum.seconds = (performance.now() - t0) / 1000;
  return sum;
}
