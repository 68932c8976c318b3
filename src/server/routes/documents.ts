/**
 * Documents: a stored document (text and extraction), and posting one to extract and store (needs
 * the token; a URL is fetched from public addresses only, never a local path; extraction runs where
 * the app's extractor says, within its budget).
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { readUrl, type SourceResult } from '../../ingest/sources.js';
import { ingestAll } from '../../ingest/ingest-runner.js';
import { calendarDateProblem } from '../../input/calendar-date.js';
import { DEFAULT_LIMITS } from '../../ingest/fetcher.js';
import { isWebAddress } from '../../ingest/net-policy.js';
import { HttpError } from '../validate.js';
import type { RouteContext } from './context.js';

export function documentsRoutes({ store, opts, token, authorized }: RouteContext): Hono {
  const r = new Hono();

  r.get('/documents/:id', async (c) => {
    const d = await store.document(c.req.param('id'));
    if (!d) throw new HttpError(404, `no document ${c.req.param('id')}`);
    return c.json(d);
  });

  r.post('/documents', bodyLimit({ maxSize: opts.maxBodyBytes ?? 5 * 1024 * 1024, onError: (c) => c.json({ error: 'body too large' }, 413) }), async (c) => {
    if (!token) throw new HttpError(403, 'writes are disabled: start the server with --token (or READOUT_TOKEN)');
    if (!authorized(c)) throw new HttpError(401, 'writes need the token: send "Authorization: Bearer TOKEN"');
    let body: any;
    try { body = await c.req.json(); } catch { throw new HttpError(400, 'body must be JSON: {"text": ...} or {"html": ...} or {"url": ...}'); }
    if (!body || typeof body !== 'object') throw new HttpError(400, 'body must be a JSON object');
    const { text, html, url } = body;
    if ([text, html, url].filter((x) => typeof x === 'string' && x.trim()).length !== 1) throw new HttpError(400, 'give exactly one of "text", "html" or "url"');
    for (const k of ['id', 'source', 'published'] as const) if (body[k] != null && typeof body[k] !== 'string') throw new HttpError(400, `${k} must be a string`);
    if (body.published) { const p = calendarDateProblem(body.published); if (p) throw new HttpError(400, `published ${p}`); }
    // a URL from a request is fetched from the public network only: never a local path, never a private address
    if (typeof url === 'string' && url.trim() && !isWebAddress(url.trim())) throw new HttpError(400, 'url must be an http:// or https:// URL (the API reads no local files)');
    const items: AsyncIterable<SourceResult> = typeof url === 'string' && url.trim()
      ? readUrl(url.trim(), { limits: { ...DEFAULT_LIMITS, policy: { allowPrivate: false, lookup: opts.lookup } } })
      : (async function* () {
        yield { ok: true as const, item: { origin: 'api', id: body.id ?? `api-${Date.now().toString(36)}`, url: null, source: body.source ?? null, published: body.published ?? null, format: html ? 'html' as const : 'text' as const, content: text ?? html } };
      })();
    let last: string | null = null;
    const summary = await ingestAll(store, (async function* () { for await (const it of items) { if (it.ok) last = it.item.id; yield it; } })(), { extractor: opts.extractor });
    const keptFailed = summary.failures.some((f) => f.stored);
    if (summary.failed && !keptFailed) return c.json({ error: summary.failures[0]?.reason ?? 'ingest failed', summary }, 400);
    const ids = await store.documentIds();
    const stored = last && ids.includes(last) ? await store.document(last) : null;
    // a document over its time budget is kept without events: 201, with the reason in its warnings
    return c.json({ summary, document: stored?.extraction ?? null }, summary.new || keptFailed ? 201 : 200);
  });

  return r;
}
