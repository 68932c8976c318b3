/**
 * The library entry point: one text in, one readout/1 document out.
 */
import type { ExtractOptions, ReadoutDocument } from './types.js';
import type { Doc } from './doc.js';
import { TextView } from './text/text-view.js';
import { readHtml } from './text/html-reader.js';
import { guessLanguage } from './text/language.js';
import { loadKnowledge } from './knowledge/index.js';
import { PIPELINE } from './pipeline.js';
import { writeReadout } from './output/readout-writer.js';

/** Maximum characters extracted from one document; the rest is dropped with a warning. */
export const MAX_TEXT = 2_000_000;

/**
 * Extracts every diplomatic engagement a text reports, as a readout/1 document.
 *
 * @example
 * const doc = extract('Hanoi, June 8 (VNA) - Foreign Minister Bui Thanh Son met Chinese State Councilor and Foreign Minister Wang Yi in Chongqing on June 7.', { id: 'x', published: '2021-06-08' });
 * doc.events[0].kind;        // 'meeting'
 * doc.events[0].date;        // '2021-06-07'
 * doc.events[0].location;    // { place: 'Chongqing', country: 'CHN', ... }
 *
 * @throws TypeError when `text` is not a string or an option is malformed (a malformed text never throws:
 *   it yields a document with warnings).
 */
export function extract(text: string, options: ExtractOptions = {}): ReadoutDocument {
  const doc = analyse(text, options);
  const out = writeReadout(doc);
  if (doc.options.format === 'html') out.document.byline = doc.byline;
  return out;
}

/**
 * The pipeline's working document for a text (what `extract` writes out as readout/1): sentences,
 * their analyses, entities and events. For tests and debugging aids that look inside.
 *
 * @throws TypeError as `extract` does
 */
export function analyse(text: string, options: ExtractOptions = {}): Doc {
  if (typeof text !== 'string') throw new TypeError('extract(text, options): text must be a string');
  if (options.published != null && !/^\d{4}-\d{2}-\d{2}$/.test(options.published)) {
    throw new TypeError(`extract: options.published must be YYYY-MM-DD, got ${JSON.stringify(options.published)}`);
  }
  const opts = Object.freeze({ ...options });
  const warnings: Doc['warnings'] = [];
  let body = text;
  let title = opts.title ?? null;
  let published = opts.published ?? null;
  let publishedRule: string | null = published ? 'metadata' : null;
  let byline: string | null = null;
  if (opts.format === 'html') {
    const art = readHtml(text);
    body = art.text;
    title ??= art.title;
    if (!published && art.published) { published = art.published; publishedRule = 'html-metadata'; }
    byline = art.byline;
    if (!art.article) warnings.push({ rule: 'html/no-article', message: 'no article found in the HTML; the whole page text was used' });
  }
  if (body.length > MAX_TEXT) {
    warnings.push({ rule: 'input/truncated', message: `text longer than ${MAX_TEXT} characters; the rest was ignored` });
    body = body.slice(0, MAX_TEXT);
  }
  const kb = loadKnowledge();
  const view = TextView.from(body);
  const doc: Doc = {
    id: opts.id ?? 'document', options: opts, view, text: view.text, title, published, publishedRule, dateline: null,
    language: opts.language ?? guessLanguage(body), byline, lines: [], sentences: [], analyses: [], entities: [], events: [], warnings,
  };
  for (const [, stage] of PIPELINE) stage(doc, kb);
  return doc;
}
