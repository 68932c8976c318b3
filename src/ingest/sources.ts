/**
 * What `readout ingest` reads: files and folders (text, HTML, JSON Lines of
 * {id?, url?, source?, published?, text|html}), URLs, and RSS/Atom feeds (each item's page).
 * Yields one item per document, or a failure with its reason; never throws for one bad input.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { decodeText, InputError } from '../input/decode.js';
import { walkInputs, refFor, TEXT_EXTENSIONS } from '../input/inputs.js';
import { looksLikeHtml } from '../text/html-reader.js';
import { fetchUrl, type FetchLimits, DEFAULT_LIMITS } from './fetcher.js';
import { looksLikeFeed, readFeed } from './feed-reader.js';

export interface IngestItem {
  /** where it came from: a path, "path:line", or a URL */
  origin: string;
  id: string;
  url: string | null;
  source: string | null;
  published: string | null;
  format: 'text' | 'html';
  content: string;
}

export type SourceResult = { ok: true; item: IngestItem } | { ok: false; origin: string; reason: string };

const INGEST_EXTENSIONS = new Set([...TEXT_EXTENSIONS, '.jsonl']);
const isUrl = (s: string) => /^https?:\/\//i.test(s);
const dayOrNull = (v: unknown) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null);

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

function* jsonLines(path: string, text: string): Generator<SourceResult> {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const origin = `${path}:${i + 1}`;
    let o: any;
    try { o = JSON.parse(line); } catch (e) { yield { ok: false, origin, reason: `not valid JSON: ${(e as Error).message}` }; continue; }
    if (!o || typeof o !== 'object') { yield { ok: false, origin, reason: 'not a JSON object' }; continue; }
    const content = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : null;
    if (!content || !content.trim()) { yield { ok: false, origin, reason: 'no "text" or "html" field' }; continue; }
    yield {
      ok: true,
      item: {
        origin, id: typeof o.id === 'string' && o.id ? o.id : `${basename(path, extname(path))}-${i + 1}`,
        url: typeof o.url === 'string' ? o.url : null, source: typeof o.source === 'string' ? o.source : null,
        published: dayOrNull(o.published), format: typeof o.text === 'string' ? 'text' : 'html', content,
      },
    };
  }
}

export async function* readSources(args: string[], limits: FetchLimits = DEFAULT_LIMITS): AsyncGenerator<SourceResult> {
  for (const arg of args) {
    if (isUrl(arg)) { yield* fromUrl(arg, limits); continue; }
    const isJsonl = (() => { try { return statSync(arg).isFile() && /\.jsonl?$/i.test(arg); } catch { return false; } })();
    if (isJsonl) {
      let text: string;
      try { text = decodeText(readFileSync(arg)); } catch (e) { yield { ok: false, origin: arg, reason: reason(e) }; continue; }
      yield* jsonLines(arg, text);
      continue;
    }
    // folders: text, HTML and JSON Lines files
    const { inputs, errors } = walkInputs([arg], INGEST_EXTENSIONS);
    for (const e of errors) yield { ok: false, origin: e.path, reason: e.reason };
    for (const ref of inputs) {
      let content: string;
      try { content = decodeText(readFileSync(ref.path)); } catch (e) { yield { ok: false, origin: ref.path, reason: reason(e) }; continue; }
      if (/\.jsonl?$/i.test(ref.path)) { yield* jsonLines(ref.path, content); continue; }
      yield { ok: true, item: { origin: ref.path, id: ref.id, url: ref.url ?? null, source: ref.source ?? null, published: ref.published ?? null, format: ref.format === 'html' || looksLikeHtml(content) ? 'html' : 'text', content } };
    }
  }
}

async function* fromUrl(url: string, limits: FetchLimits): AsyncGenerator<SourceResult> {
  let page;
  try { page = await fetchUrl(url, limits); } catch (e) { yield { ok: false, origin: url, reason: reason(e) }; return; }
  let text: string;
  try { text = decodeText(page.body); } catch (e) { yield { ok: false, origin: url, reason: reason(e) }; return; }
  if (looksLikeFeed(text, page.contentType)) {
    const items = readFeed(text, page.url);
    if (!items.length) { yield { ok: false, origin: url, reason: 'feed has no items with links' }; return; }
    for (const it of items) {
      let art;
      try { art = await fetchUrl(it.url, limits); } catch (e) { yield { ok: false, origin: it.url, reason: reason(e) }; continue; }
      let body: string;
      try { body = decodeText(art.body); } catch (e) { yield { ok: false, origin: it.url, reason: reason(e) }; continue; }
      yield { ok: true, item: { origin: it.url, id: idFromUrl(art.url), url: art.url, source: new URL(art.url).hostname, published: it.published, format: looksLikeHtml(body) ? 'html' : 'text', content: body } };
    }
    return;
  }
  yield { ok: true, item: { origin: url, id: idFromUrl(page.url), url: page.url, source: new URL(page.url).hostname, published: null, format: looksLikeHtml(text) || /html/i.test(page.contentType) ? 'html' : 'text', content: text } };
}

function reason(e: unknown): string {
  return e instanceof InputError ? e.message : (e as Error).message;
}

export { refFor };
