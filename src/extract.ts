/**
 * The library entry point: one text in, one readout/1 document out.
 */
import { isListingUrl } from './knowledge/listing-pages.js';
import type { ExtractOptions, ReadoutDocument } from './types.js';
import type { Doc } from './doc.js';
import { TextView } from './text/text-view.js';
import { readHtml } from './text/html-reader.js';
import { guessLanguage } from './page/language.js';
import { loadKnowledge } from './knowledge/index.js';
import { PIPELINE, type StageContext, type StageName } from './pipeline.js';
import { stated } from './decision.js';
import { writeReadout } from './output/readout-writer.js';
import { MAX_SENTENCE } from './page/segmenter.js';
import { calendarDateProblem } from './input/calendar-date.js';

/** The extractor's version, kept with every stored extraction (`readout reextract` brings older ones up to date). */
export const EXTRACTOR_VERSION = 'readout-extract/0.1';

/** Maximum characters extracted from one document; the rest is dropped with a `text/truncated` warning. */
export const MAX_TEXT = 2_000_000;

/** The time `extract` takes at most by default (`options.budgetMs`), checked between pipeline stages. */
export const DEFAULT_BUDGET_MS = 30_000;

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
 *   it yields a document with warnings: `input/empty`, `input/binary`, `input/no-sentences`,
 *   `text/truncated`, `text/long-sentence`, `html/too-deep`, `time/budget`, ...).
 */
export function extract(text: string, options: ExtractOptions = {}): ReadoutDocument {
  const doc = analyse(text, options);
  const out = writeReadout(doc);
  if (doc.options.format === 'html') out.document.byline = doc.byline;
  return out;
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1 controls. */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Binary data passed as a string (NUL characters, or control characters in more than 5% of the
 * first 8,192 characters: the rule `decodeText` applies to bytes).
 */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const head = text.slice(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c < 9 || (c > 13 && c < 32)) control++;
  }
  return control > head.length * 0.05;
}

/**
 * The text with control characters read as spaces and lone surrogates as U+FFFD: the same length,
 * so every offset into it is an offset into the input.
 */
function cleanCharacters(text: string, warnings: Doc['warnings']): string {
  // most texts have neither: one pass over the code units says so
  let suspect = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 ? c < 9 || c > 13 : (c >= 127 && c <= 159) || (c >= 0xd800 && c <= 0xdfff)) { suspect = true; break; }
  }
  if (!suspect) return text;
  let n = 0;
  let out = text.replace(CONTROL, () => { n++; return ' '; });
  if (n) warnings.push({ rule: 'input/control-characters', message: `${n} control character${n === 1 ? '' : 's'} read as spaces` });
  let k = 0;
  out = out.replace(LONE_SURROGATE, () => { k++; return '\ufffd'; });
  if (k) warnings.push({ rule: 'input/lone-surrogates', message: `${k} lone surrogate${k === 1 ? '' : 's'} (half of a UTF-16 pair) read as U+FFFD` });
  return out;
}

/** A combining diacritic (U+0300-U+036F): a letter written as its base and marks rather than as one character. */
const COMBINING_MARK = /[\u0300-\u036f]/;

/**
 * The text with its letters composed (Unicode NFC): Vietnamese written with combining tone marks ("Unicode tổ hợp",
 * as Windows-1258 and some editors and sites write it) reads as the precomposed letters every lexicon holds. Only a
 * text with combining marks is normalised, and when that changes it, a warning says so: offsets then point into the
 * composed text, which is shorter than the input.
 */
function composeMarks(text: string, warnings: Doc['warnings']): string {
  if (!COMBINING_MARK.test(text)) return text;
  const composed = text.normalize('NFC');
  if (composed !== text) warnings.push({ rule: 'input/composed-marks', message: `letters written with combining marks were composed (Unicode NFC; ${text.length - composed.length} characters fewer): offsets point into the composed text` });
  return composed;
}

/**
 * The pipeline's working document for a text (what `extract` writes out as readout/1): sentences,
 * their analyses, entities and events. For tests and debugging aids that look inside.
 *
 * Runs the stages of `PIPELINE` in order within `options.budgetMs` (default 30 s): when the budget
 * is spent, the stages not yet run are skipped, and what the earlier ones found is returned with a
 * `time/budget` warning. (The budget is the one place extraction reads a clock, a monotonic one, and
 * only a text that runs out of it gives a different result.)
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
    if (v == null) continue;
    const problem = typeof v === 'string' ? calendarDateProblem(v) : 'must be a string';
    if (problem) throw new TypeError(`extract: options.${key} ${problem}`);
  }
  if (options.budgetMs != null && !(typeof options.budgetMs === 'number' && options.budgetMs >= 0)) {
    throw new TypeError(`extract: options.budgetMs must be a number of milliseconds >= 0 (or Infinity), got ${JSON.stringify(options.budgetMs)}`);
  }
  if (until != null && !PIPELINE.some((s) => s.name === until)) throw new TypeError(`analyseUpTo: no stage ${JSON.stringify(until)} (stages: ${PIPELINE.map((s) => s.name).join(', ')})`);
  const clock = options.clock ?? (() => performance.now());
  const budget = options.budgetMs ?? DEFAULT_BUDGET_MS;
  const deadline = clock() + budget;
  const { doc, ctx, readable } = workingDocument(text, options);
  if (!readable) return doc;
  for (const stage of PIPELINE) {
    if (clock() >= deadline) {
      doc.warnings.push({ rule: 'time/budget', message: `extraction stopped before the ${stage.name} stage: the time budget of ${budget} ms was spent; what the earlier stages found is kept` });
      break;
    }
    stage.run(doc, ctx);
    if (stage.name === until) break;
  }
  const cut = doc.sentences.filter((s) => s.cut).length;
  if (isListingUrl(options.url)) doc.warnings.push({ rule: 'noise/listing-page', message: `${options.url} is a listing page (tag, topic or search): its teasers are not read for encounters` });
  if (cut) doc.warnings.push({ rule: 'text/long-sentence', message: `sentences longer than ${MAX_SENTENCE} characters were cut into ${cut} pieces` });
  if (doc.lines.length && !doc.sentences.some((s) => /\p{L}/u.test(s.text))) {
    doc.warnings.push({ rule: 'input/no-sentences', message: 'the text has no sentence with words in it (only numbers, punctuation or symbols); nothing was extracted' });
  }
  return doc;
}

/**
 * The working document before the first stage (the text read, HTML reduced to its article, the
 * caller's metadata) and the context every stage gets. Options are checked by the caller.
 * `readable` is false for input that yields nothing (empty, binary): its warnings say why, and no
 * stage needs to run.
 */
export function workingDocument(text: string, options: ExtractOptions): { doc: Doc; ctx: StageContext; readable: boolean } {
  const opts = Object.freeze({ ...options });
  const warnings: Doc['warnings'] = [];
  let body = text;
  let title = opts.title ?? null;
  let published: Doc['published'] = opts.published ? stated(opts.published, 'published/metadata', null) : null;
  let byline: string | null = null;
  // input that cannot be read as text yields an empty document that says why
  const binary = looksBinary(text);
  if (binary) {
    warnings.push({ rule: 'input/binary', message: 'the input looks like binary data (NUL or many control characters), not text; nothing was extracted' });
    body = '';
  } else if (opts.format === 'html') {
    const art = readHtml(text);
    body = art.text;
    title ??= art.title;
    if (!published && art.published) published = stated(art.published, 'published/html-metadata', null);
    byline = art.byline;
    warnings.push(...art.warnings);
    if (!art.article && !art.warnings.length) warnings.push({ rule: 'html/no-article', message: 'no article found in the HTML; the whole page text was used' });
  }
  if (body.length > MAX_TEXT) {
    warnings.push({ rule: 'text/truncated', message: `text longer than ${MAX_TEXT} characters; the rest was ignored` });
    body = body.slice(0, MAX_TEXT);
    const last = body.charCodeAt(body.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) body = body.slice(0, -1);
  }
  if (!binary) body = composeMarks(cleanCharacters(body, warnings), warnings);
  const empty = !binary && !body.trim();
  if (empty) warnings.push({ rule: 'input/empty', message: opts.format === 'html' ? 'the HTML has no text' : 'the input is empty or only white space' });
  const kb = loadKnowledge();
  const view = TextView.from(body);
  const doc: Doc = {
    id: opts.id ?? 'document', options: opts, view, text: view.text, title, published, dateline: null,
    language: opts.language ?? guessLanguage(body), byline, address: opts.url ?? null, lines: [], sentences: [], analyses: [], entities: [], events: [], warnings,
  };
  const ctx: StageContext = Object.freeze({ kb, lex: kb.lexiconFor(doc.language), reference: opts.reference ?? null, debug: opts.debug ?? (() => {}) });
  return { doc, ctx, readable: !binary && !empty };
}
