/**
 * What `readout ingest` reads: files and folders (text, HTML, JSON Lines of
 * {id?, url?, source?, published?, side?, text|html}), URLs, and RSS/Atom feeds (each item's page).
 * Yields one item per document, or a failure with its reason; never throws for one bad input.
 */
import { readFileSync, statSync, createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { decodeText, InputError, MAX_INPUT_BYTES } from '../input/decode.js';
import { isCalendarDate } from '../input/calendar-date.js';
import { walkInputs, refFor, TEXT_EXTENSIONS } from '../input/inputs.js';
import { looksLikeHtml } from '../text/html-reader.js';
import { fetchUrl, type FetchLimits, DEFAULT_LIMITS } from './fetcher.js';
import { normaliseSide, sideProblem } from '../record/report-side.js';
import { looksLikeFeed, readFeed, type FeedItem } from './feed-reader.js';

export interface IngestItem {
  /** where it came from: a path, "path:line", or a URL */
  origin: string;
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  format: 'text' | 'html';
  content: string;
  /** whose account it is, as the user states it (a `side` field, a manifest's `side`, `--side`): VNM, UN, independent */
  side?: string | null;
}

/**
 * One document, a failure with its reason, or a note that loses no document but should be said
 * (a feed cut at its cap): notes have `warning: true` and are not counted as failures.
 */
export type SourceResult = { ok: true; item: IngestItem } | { ok: false; origin: string; reason: string; warning?: true };

export interface SourceOptions {
  /** fetch limits, with the address policy (default: public addresses only) */
  limits?: FetchLimits;
  /** items read from one feed at most (default 200) */
  maxFeedItems?: number;
  /** feed items fetched at once (default 4) */
  feedConcurrency?: number;
  /** time for all of one feed's items, in ms (default 5 minutes); items not fetched by then are reported */
  feedBudgetMs?: number;
  /** the encoding of local text and HTML files that are not UTF-8 (`--encoding`; JSON Lines are always UTF-8, a URL's server says its own) */
  encoding?: string | null;
}

export const MAX_FEED_ITEMS = 200;
export const FEED_CONCURRENCY = 4;
export const FEED_BUDGET_MS = 5 * 60_000;
/** A JSON Lines line longer than this is reported and skipped; the file itself has no size limit. */
export const MAX_JSONL_LINE_BYTES = MAX_INPUT_BYTES;

const INGEST_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.jsonl']);
export const isUrl = (s: string) => /^https?:\/\//i.test(s);
const dayOrNull = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && isCalendarDate(v.slice(0, 10)) ? v.slice(0, 10) : null);

/** An id for a fetched page: the last path segment, else the host. */
function idFromUrl(u: string): string {
  try {
    const url = new URL(u);
    const seg = url.pathname.split('/').filter(Boolean).pop() ?? url.hostname;
    return seg.replace(/\.[a-z0-9]{2,5}$/i, '').replace(/[^\p{L}\p{N}._-]+/gu, '-').slice(0, 80) || url.hostname;
  } catch {
    return 'page';
  }
}

/**
 * The lines of a file as it is read (any size): each line's bytes, or `null` for a line over
 * `maxLine` bytes, which is skipped without being held in memory. Line numbers from 1.
 */
export async function* fileLines(path: string, maxLine = MAX_JSONL_LINE_BYTES): AsyncGenerator<{ n: number; bytes: Buffer | null }> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      const piece = chunk.subarray(from, nl);
      n++;
      if (over || size + piece.length > maxLine) yield { n, bytes: null };
      else yield { n, bytes: parts.length ? Buffer.concat([...parts, piece]) : piece };
      parts = []; size = 0; over = false;
      from = nl + 1;
    }
    const rest = chunk.subarray(from);
    if (!over && size + rest.length > maxLine) { over = true; parts = []; }
    if (!over && rest.length) { parts.push(Buffer.from(rest)); }
    size += rest.length;
  }
  if (size > 0) { n++; yield { n, bytes: over ? null : Buffer.concat(parts) }; }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A JSON Lines file, read line by line: one item or failure per non-blank line. */
async function* jsonLines(path: string): AsyncGenerator<SourceResult> {
  let lines: AsyncGenerator<{ n: number; bytes: Buffer | null }>;
  try { statSync(path); lines = fileLines(path); } catch (e) { yield { ok: false, origin: path, reason: `cannot read: ${(e as Error).message}` }; return; }
  try {
    for await (const { n, bytes } of lines) {
      const origin = `${path}:${n}`;
      if (!bytes) { yield { ok: false, origin, reason: `line longer than ${MAX_JSONL_LINE_BYTES / 1048576} MB; skipped` }; continue; }
      let text: string;
      try { text = utf8.decode(bytes); } catch { yield { ok: false, origin, reason: 'not valid UTF-8' }; continue; }
      if (n === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      const line = text.trim();
      if (!line) continue;
      let o: any;
      try { o = JSON.parse(line); } catch (e) { yield { ok: false, origin, reason: `not valid JSON: ${(e as Error).message}` }; continue; }
      if (!o || typeof o !== 'object') { yield { ok: false, origin, reason: 'not a JSON object' }; continue; }
      const content = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : null;
      if (!content || !content.trim()) { yield { ok: false, origin, reason: 'no "text" or "html" field' }; continue; }
      if (o.side != null) { const p = sideProblem(o.side); if (p) { yield { ok: false, origin, reason: p }; continue; } }
      yield {
        ok: true,
        item: {
          origin, id: typeof o.id === 'string' && o.id ? o.id : `${basename(path, extname(path))}-${n}`,
          url: typeof o.url === 'string' ? o.url : null, source: typeof o.source === 'string' ? o.source : null,
          published: dayOrNull(o.published), format: typeof o.text === 'string' ? 'text' : 'html', content,
          side: o.side != null ? normaliseSide(o.side) : null,
        },
      };
    }
  } catch (e) {
    yield { ok: false, origin: path, reason: `read failed: ${(e as Error).message}` };
  }
}

/**
 * Files, folders, JSON Lines files and URLs named on the command line. Local paths are read here
 * only: the API gives its URLs to `readUrl`, which never reads a path.
 */
export async function* readSources(args: string[], options: SourceOptions | FetchLimits = {}): AsyncGenerator<SourceResult> {
  const opts: SourceOptions = 'timeoutMs' in options ? { limits: options } : options;
  for (const arg of args) {
    if (isUrl(arg)) { yield* readUrl(arg, opts); continue; }
    const isJsonl = (() => { try { return statSync(arg).isFile() && /\.jsonl?$/i.test(arg); } catch { return false; } })();
    if (isJsonl) { yield* jsonLines(arg); continue; }
    // folders: text, HTML and JSON Lines files
    const { inputs, errors } = walkInputs([arg], INGEST_EXTENSIONS);
    for (const e of errors) yield { ok: false, origin: e.path, reason: e.reason };
    for (const ref of inputs) {
      if (/\.jsonl?$/i.test(ref.path)) { yield* jsonLines(ref.path); continue; }
      if (ref.side != null) { const p = sideProblem(ref.side); if (p) { yield { ok: false, origin: ref.path, reason: `manifest.jsonl: ${p}` }; continue; } }
      let content: string;
      try { content = decodeText(readFileSync(ref.path), { encoding: opts.encoding }); } catch (e) { yield { ok: false, origin: ref.path, reason: reason(e) }; continue; }
      yield { ok: true, item: { origin: ref.path, id: ref.id, url: ref.url ?? null, source: ref.source ?? null, published: ref.published ?? null, format: ref.format === 'html' || looksLikeHtml(content) ? 'html' : 'text', content, side: ref.side != null ? normaliseSide(ref.side) : null } };
    }
  }
}

/**
 * How many items the local sources hold (files of folders, lines of JSON Lines files with content),
 * for a progress bar; null when a source is a URL or feed, whose count is known only as it is read.
 * Reads JSON Lines files once more, by chunks, counting their non-blank lines.
 */
export async function countSources(args: string[]): Promise<number | null> {
  let n = 0;
  const lines = async (path: string) => {
    let count = 0, blank = true;
    try {
      for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
        for (let i = 0; i < chunk.length; i++) {
          const b = chunk[i];
          if (b === 10) { if (!blank) count++; blank = true; } else if (b !== 13 && b !== 32 && b !== 9) blank = false;
        }
      }
    } catch { return 0; }
    return count + (blank ? 0 : 1);
  };
  for (const arg of args) {
    if (isUrl(arg)) return null;
    const isJsonl = (() => { try { return statSync(arg).isFile() && /\.jsonl?$/i.test(arg); } catch { return false; } })();
    if (isJsonl) { n += await lines(arg); continue; }
    const { inputs, errors } = walkInputs([arg], INGEST_EXTENSIONS);
    n += errors.length;
    for (const ref of inputs) n += /\.jsonl?$/i.test(ref.path) ? await lines(ref.path) : 1;
  }
  return n;
}

/** The charset a Content-Type header names ("text/html; charset=GB2312"), or null. */
export function charsetOf(contentType: string): string | null {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1] ?? null;
}

/** A page fetched and decoded into an item, or a failure. */
async function page(url: string, limits: FetchLimits, published: string | null): Promise<SourceResult> {
  let art;
  try { art = await fetchUrl(url, limits); } catch (e) { return { ok: false, origin: url, reason: reason(e) }; }
  let body: string;
  try { body = decodeText(art.body, { declared: charsetOf(art.contentType) }); } catch (e) { return { ok: false, origin: url, reason: reason(e) }; }
  return { ok: true, item: { origin: url, id: idFromUrl(art.url), url: art.url, source: new URL(art.url).hostname, published, format: looksLikeHtml(body) || /html/i.test(art.contentType) ? 'html' : 'text', content: body } };
}

/**
 * One http(s) URL: the page, or, for an RSS or Atom feed, the page of each item (at most
 * `maxFeedItems`, `feedConcurrency` at a time, within `feedBudgetMs`), in the feed's order.
 */
export async function* readUrl(url: string, opts: SourceOptions = {}): AsyncGenerator<SourceResult> {
  const limits = opts.limits ?? DEFAULT_LIMITS;
  if (!isUrl(url)) { yield { ok: false, origin: url, reason: 'not an http:// or https:// URL' }; return; }
  let first;
  try { first = await fetchUrl(url, limits); } catch (e) { yield { ok: false, origin: url, reason: reason(e) }; return; }
  let text: string;
  try { text = decodeText(first.body, { declared: charsetOf(first.contentType) }); } catch (e) { yield { ok: false, origin: url, reason: reason(e) }; return; }
  if (!looksLikeFeed(text, first.contentType)) {
    yield { ok: true, item: { origin: url, id: idFromUrl(first.url), url: first.url, source: new URL(first.url).hostname, published: null, format: looksLikeHtml(text) || /html/i.test(first.contentType) ? 'html' : 'text', content: text } };
    return;
  }
  let items: FeedItem[];
  try { items = await readFeed(text, first.url); } catch (e) { yield { ok: false, origin: url, reason: `not a readable feed: ${(e as Error).message}` }; return; }
  if (!items.length) { yield { ok: false, origin: url, reason: 'feed has no items with links' }; return; }
  const cap = opts.maxFeedItems ?? MAX_FEED_ITEMS;
  if (items.length > cap) {
    yield { ok: false, warning: true, origin: url, reason: `feed has ${items.length} items; the first ${cap} were read (the cap per feed)` };
    items = items.slice(0, cap);
  }
  const deadline = Date.now() + (opts.feedBudgetMs ?? FEED_BUDGET_MS);
  const width = Math.max(1, opts.feedConcurrency ?? FEED_CONCURRENCY);
  // a window of `width` fetches in flight, yielded in the feed's order
  const pending: Promise<SourceResult>[] = [];
  let next = 0;
  const start = () => {
    const it = items[next++];
    const left = deadline - Date.now();
    pending.push(left <= 0
      ? Promise.resolve({ ok: false, origin: it.url, reason: `not fetched: the feed's time budget of ${(opts.feedBudgetMs ?? FEED_BUDGET_MS) / 1000} s was spent` })
      : page(it.url, { ...limits, timeoutMs: Math.min(limits.timeoutMs, left) }, it.published));
  };
  while (next < items.length && pending.length < width) start();
  while (pending.length) {
    const r = await pending.shift()!;
    if (next < items.length) start();
    yield r;
  }
}

/** The items with a side the user states for all of them (`--side`), where an item does not state its own. */
export async function* withSide(items: AsyncIterable<SourceResult>, side: string | null | undefined): AsyncGenerator<SourceResult> {
  for await (const r of items) yield side && r.ok && !r.item.side ? { ok: true, item: { ...r.item, side } } : r;
}

function reason(e: unknown): string {
  return e instanceof InputError ? e.message : (e as Error).message;
}

export { refFor };
