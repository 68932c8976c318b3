/**
 * The library entry point: one text in, one readout/1 document out.
 */
import type { ExtractOptions, ReadoutDocument } from './types.js';
import type { Doc } from './doc.js';
import { TextView } from './text/text-view.js';
import { readHtml } from './text/html-reader.js';
import { guessLanguage } from './text/language.js';
import { loadKnowledge } from './knowledge/index.js';
import { PIPELINE, type StageContext, type StageName } from './pipeline.js';
import { stated } from './decision.js';
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
  return analyseUpTo(text, null, options);
}

/**
 * The working document after the named stage of the pipeline (null: after the last). For testing a
 * stage alone: build the document up to the stage before it, then look at what the stage adds.
 *
 * @example
 * const doc = analyseUpTo('Minister Son met Wang Yi in Beijing on June 7.', 'events', { published: '2021-06-08' });
 * doc.events.length; // 1 (dates and places are not resolved yet: they come in the 'fields' stage)
 */
export function analyseUpTo(text: string, until: StageName | null, options: ExtractOptions = {}): Doc {
  if (typeof text !== 'string') throw new TypeError('extract(text, options): text must be a string');
  for (const key of ['published', 'reference'] as const) {
    const v = options[key];
    if (v != null && !/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new TypeError(`extract: options.${key} must be YYYY-MM-DD, got ${JSON.stringify(v)}`);
  }
  if (until != null && !PIPELINE.some((s) => s.name === until)) throw new TypeError(`analyseUpTo: no stage ${JSON.stringify(until)} (stages: ${PIPELINE.map((s) => s.name).join(', ')})`);
  const { doc, ctx } = workingDocument(text, options);
  for (const stage of PIPELINE) {
    stage.run(doc, ctx);
    if (stage.name === until) break;
  }
  return doc;
}

/**
 * The working document before the first stage (the text read, HTML reduced to its article, the
 * caller's metadata) and the context every stage gets. Options are checked by the caller.
 */
export function workingDocument(text: string, options: ExtractOptions): { doc: Doc; ctx: StageContext } {
  const opts = Object.freeze({ ...options });
  const warnings: Doc['warnings'] = [];
  let body = text;
  let title = opts.title ?? null;
  let published: Doc['published'] = opts.published ? stated(opts.published, 'published/metadata', null) : null;
  let byline: string | null = null;
  if (opts.format === 'html') {
    const art = readHtml(text);
    body = art.text;
    title ??= art.title;
    if (!published && art.published) published = stated(art.published, 'published/html-metadata', null);
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
    id: opts.id ?? 'document', options: opts, view, text: view.text, title, published, dateline: null,
    language: opts.language ?? guessLanguage(body), byline, lines: [], sentences: [], analyses: [], entities: [], events: [], warnings,
  };
  const ctx: StageContext = Object.freeze({ kb, reference: opts.reference ?? null, debug: opts.debug ?? (() => {}) });
  return { doc, ctx };
}
