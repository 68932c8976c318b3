/**
 * The HTTP API and the dashboard on one port (Hono). Read endpoints serve the store; the one write
 * endpoint extracts and stores a posted document and always needs the token. Parameters are
 * validated with clear 400 errors, bodies and pages are capped, errors never carry stack traces,
 * and the dashboard's files are served from memory by name, so no request path reaches the disk.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store, EventFilter, StoredDocument } from '../store/store.js';
import { filterFrom } from '../cli/record-commands.js';
import { UsageError } from '../cli/io.js';
import { compareReports } from '../record/compare.js';
import { countryIndex } from '../knowledge/countries.js';
import { loadKnowledge } from '../knowledge/index.js';
import { readUrl, type SourceResult } from '../ingest/sources.js';
import { ingestAll, type Extractor } from '../ingest/ingest-runner.js';
import type { LookupAll } from '../ingest/net-policy.js';
import { calendarDateProblem } from '../input/calendar-date.js';
import { openApiDocument } from './openapi.js';
import { registerExportRoute } from './routes/export.js';
import { DEFAULT_LIMITS } from '../ingest/fetcher.js';

export interface AppOptions {
  /** required on every request when set (binding beyond loopback), and always for writes */
  token?: string | null;
  /** require the token on reads too */
  tokenForReads?: boolean;
  /** dashboard files by URL path ("/index.html", "/assets/app.js") */
  assets?: Map<string, { body: Uint8Array; type: string }>;
  maxBodyBytes?: number;
  /**
   * The Host header values this server answers to ("127.0.0.1:7300", "localhost:7300"): any other
   * is refused, so a page on another site cannot reach the server through a name it rebinds to the
   * server's address (DNS rebinding). Unset: any Host (for in-process tests).
   */
  allowedHosts?: Set<string>;
  /** where posted documents are extracted (default: in this process; `readout serve` gives a child process) */
  extractor?: Extractor;
  /** the resolver for posted URLs (tests); the API fetches public addresses only, whatever the resolver says */
  lookup?: LookupAll;
}

export const MAX_PAGE = 200;

class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 421, message: string) { super(message); }
}

/** JSON answers are data, never a page: nothing in them may load or run. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";
const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
const TOKEN_COOKIE = 'readout_token';

const FILTER_PARAMS = ['country', 'with', 'person', 'kind', 'topic', 'from', 'to', 'text', 'referenced', 'limit', 'cursor', 'order', 'token'];

/** A cookie's value from a Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) { try { return decodeURIComponent(part.slice(i + 1).trim()); } catch { return null; } }
  }
  return null;
}

function filterOf(c: Context, extra: string[] = []): EventFilter {
  const q = c.req.query();
  const known = new Set([...FILTER_PARAMS, ...extra]);
  for (const k of Object.keys(q)) if (!known.has(k)) throw new HttpError(400, `unknown parameter "${k}"`);
  if (q.limit != null && (!/^\d+$/.test(q.limit) || Number(q.limit) < 1 || Number(q.limit) > MAX_PAGE)) throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_PAGE}`);
  if (q.order && q.order !== 'asc' && q.order !== 'desc') throw new HttpError(400, 'order must be asc or desc');
  if (q.referenced && !/^(?:true|false|1|0)$/.test(q.referenced)) throw new HttpError(400, 'referenced must be true or false');
  try {
    const f = filterFrom({ ...q, referenced: q.referenced === 'true' || q.referenced === '1' });
    return { ...f, limit: f.limit ?? 50, cursor: q.cursor ?? null, order: (q.order as 'asc' | 'desc') ?? 'desc' };
  } catch (e) {
    if (e instanceof UsageError) throw new HttpError(400, e.message.replace(/--(\w+)/g, '$1'));
    throw e;
  }
}

export function createApp(store: Store, opts: AppOptions = {}): Hono {
  const app = new Hono();
  const token = opts.token ?? null;

  const authorized = (c: Context, cookie = false) => {
    if (!token) return false;
    const h = c.req.header('authorization');
    if (h === `Bearer ${token}` || c.req.query('token') === token) return true;
    // the dashboard page, opened once with ?token=, gets the token back as a cookie (reads only)
    return cookie && c.req.method === 'GET' && cookieValue(c.req.header('cookie'), TOKEN_COOKIE) === token;
  };

  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Content-Security-Policy', JSON_CSP);
    if (opts.allowedHosts) {
      const host = (c.req.header('host') ?? '').toLowerCase();
      if (!opts.allowedHosts.has(host)) throw new HttpError(421, `this server does not answer to the host name ${JSON.stringify(host)}; use ${[...opts.allowedHosts][0] ?? 'its address'} (or start it with --allowed-host NAME)`);
    }
    // when reads need the token, so do the dashboard page and the API description; the dashboard's
    // static files (/assets/) hold no data and are served to all
    const path = c.req.path;
    const guarded = path.startsWith('/api/') || path === '/openapi.json' || (!path.startsWith('/assets/') && c.req.method === 'GET');
    if (token && opts.tokenForReads && guarded && !authorized(c, true)) throw new HttpError(401, 'this server needs a token: send "Authorization: Bearer TOKEN" (or open the dashboard once as /?token=TOKEN)');
    await next();
    if (token && opts.tokenForReads && c.req.query('token') === token && !path.startsWith('/api/')) {
      c.header('Set-Cookie', `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; HttpOnly; SameSite=Strict`, { append: true });
    }
  });

  // read responses are cached per URL while the store's data is unchanged (the store says when it changes)
  const cache = new Map<string, { version: string; body: string; status: number }>();
  app.use('/api/*', async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const url = new URL(c.req.url);
    url.searchParams.delete('token');
    const key = `${url.pathname}?${[...url.searchParams].sort().map(([k, v]) => `${k}=${v}`).join('&')}`;
    const version = await store.version();
    const hit = cache.get(key);
    if (hit && hit.version === version) {
      cache.delete(key); cache.set(key, hit); // most recently used last
      return c.body(hit.body, hit.status as 200, { 'Content-Type': 'application/json; charset=UTF-8', 'X-Cache': 'hit' });
    }
    await next();
    // downloads (exports) are streamed, never held here
    if (c.res.status === 200 && c.res.headers.get('content-type')?.includes('json') && !c.res.headers.has('content-disposition')) {
      const body = await c.res.clone().text();
      if (body.length < 2_000_000) {
        cache.set(key, { version, body, status: c.res.status });
        if (cache.size > 1000) cache.delete(cache.keys().next().value!);
      }
    }
  });

  app.onError((err, c) => {
    if (err instanceof HttpError) return c.json({ error: err.message }, err.status);
    if (err instanceof RangeError && /cursor/.test(err.message)) return c.json({ error: 'invalid cursor' }, 400);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404) : spa(c)));

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  app.get('/api/events', async (c) => c.json(await store.events(filterOf(c))));

  app.get('/api/events/:id', async (c) => {
    const e = await store.event(c.req.param('id'));
    if (!e) throw new HttpError(404, `no event ${c.req.param('id')}`);
    const docs = new Map<string, StoredDocument>();
    for (const r of e.reports_full) { const d = await store.document(r.document); if (d) docs.set(r.document, d); }
    const texts: Record<string, string> = {};
    for (const [id, d] of docs) texts[id] = d.text;
    return c.json({ event: e, comparison: compareReports(e, e.reports_full, docs), texts });
  });

  registerExportRoute(app, store);

  app.get('/api/people', async (c) => {
    const q = c.req.query('q') ?? undefined;
    const limit = c.req.query('limit');
    if (limit != null && (!/^\d+$/.test(limit) || Number(limit) < 1 || Number(limit) > MAX_PAGE)) throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_PAGE}`);
    return c.json({ people: await store.people(q, limit ? Number(limit) : 50) });
  });

  app.get('/api/people/:id', async (c) => {
    const p = await store.person(c.req.param('id'));
    if (!p) throw new HttpError(404, `no person ${c.req.param('id')}`);
    const events = await store.events({ person: p.id, limit: MAX_PAGE, referenced: true });
    return c.json({ person: p, events: events.events });
  });

  app.get('/api/countries', async (c) => {
    const idx = countryIndex();
    return c.json({ countries: (await store.countries()).map((x) => ({ ...x, name: idx.name(x.country) ?? x.country })) });
  });

  app.get('/api/topics', (c) => c.json({ topics: loadKnowledge().lexicon.topics }));

  app.get('/api/stats', async (c) => {
    const f = filterOf(c);
    if (f.with && !f.country) throw new HttpError(400, 'with needs country');
    const stats = await store.pairStats(f.country ?? null, f.with ?? null, !!f.referenced);
    // per month and kind, and topics per year, from the same events (recalled ones only with referenced=true)
    const byMonth = new Map<string, Record<string, number>>();
    const topicsByYear = new Map<string, Record<string, number>>();
    for await (const e of store.allEvents({ country: f.country, with: f.with, referenced: !!f.referenced })) {
      if (!e.date || !/^\d{4}-\d{2}/.test(e.date)) continue;
      const m = e.date.slice(0, 7);
      const row = byMonth.get(m) ?? {};
      row[e.kind] = (row[e.kind] ?? 0) + 1;
      byMonth.set(m, row);
      const y = e.date.slice(0, 4);
      const t = topicsByYear.get(y) ?? {};
      for (const topic of e.topics) t[topic] = (t[topic] ?? 0) + 1;
      topicsByYear.set(y, t);
    }
    return c.json({
      ...stats,
      byMonth: [...byMonth].sort().map(([month, kinds]) => ({ month, ...kinds })),
      topicsByYear: [...topicsByYear].sort().map(([year, topics]) => ({ year, ...topics })),
    });
  });

  app.get('/api/network', async (c) => {
    const level = c.req.query('level') ?? 'country';
    if (level !== 'country' && level !== 'person') throw new HttpError(400, 'level must be country or person');
    const f = filterOf(c, ['level']);
    const nodes = new Map<string, { id: string; label: string; weight: number }>();
    const edges = new Map<string, { source: string; target: string; weight: number }>();
    let n = 0;
    for await (const e of store.allEvents({ ...f, limit: undefined })) {
      if (e.referenced) continue;
      if (++n > 20_000) break;
      const ids = [...new Set(e.participants.map((p) => (level === 'country' ? p.country : p.id ?? p.name)).filter(Boolean) as string[])];
      for (const id of ids) {
        const label = level === 'country' ? countryIndex().name(id) ?? id : e.participants.find((p) => (p.id ?? p.name) === id)?.name ?? id;
        const node = nodes.get(id) ?? { id, label, weight: 0 };
        node.weight++;
        nodes.set(id, node);
      }
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i], ids[j]].sort();
        const k = `${a}|${b}`;
        const edge = edges.get(k) ?? { source: a, target: b, weight: 0 };
        edge.weight++;
        edges.set(k, edge);
      }
    }
    return c.json({ nodes: [...nodes.values()], edges: [...edges.values()] });
  });

  app.get('/api/search', async (c) => {
    const q = c.req.query('q');
    if (!q || !q.trim()) throw new HttpError(400, 'q (the words to search) is required');
    return c.json(await store.events({ text: q, limit: 50, referenced: true }));
  });

  app.get('/api/documents/:id', async (c) => {
    const d = await store.document(c.req.param('id'));
    if (!d) throw new HttpError(404, `no document ${c.req.param('id')}`);
    return c.json(d);
  });

  app.post('/api/documents', bodyLimit({ maxSize: opts.maxBodyBytes ?? 5 * 1024 * 1024, onError: (c) => c.json({ error: 'body too large' }, 413) }), async (c) => {
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
    if (typeof url === 'string' && url.trim()) {
      let u: URL | null = null;
      try { u = new URL(url.trim()); } catch { /* refused below */ }
      if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) throw new HttpError(400, 'url must be an http:// or https:// URL (the API reads no local files)');
    }
    const items: AsyncIterable<SourceResult> = typeof url === 'string' && url.trim()
      ? readUrl(url.trim(), { limits: { ...DEFAULT_LIMITS, policy: { allowPrivate: false, lookup: opts.lookup } } })
      : (async function* () {
        yield { ok: true as const, item: { origin: 'api', id: body.id ?? `api-${Date.now().toString(36)}`, url: null, source: body.source ?? null, published: body.published ?? null, format: html ? 'html' as const : 'text' as const, content: text ?? html } };
      })();
    let last: string | null = null;
    const summary = await ingestAll(store, (async function* () { for await (const r of items) { if (r.ok) last = r.item.id; yield r; } })(), { extractor: opts.extractor });
    const keptFailed = summary.failures.some((f) => f.stored);
    if (summary.failed && !keptFailed) return c.json({ error: summary.failures[0]?.reason ?? 'ingest failed', summary }, 400);
    const ids = await store.documentIds();
    const stored = last && ids.includes(last) ? await store.document(last) : null;
    // a document over its time budget is kept without events: 201, with the reason in its warnings
    return c.json({ summary, document: stored?.extraction ?? null }, summary.new || keptFailed ? 201 : 200);
  });

  // the dashboard: a single-page app; unknown paths get index.html so every view has a URL
  const spa = (c: Context) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404);
    const a = opts.assets;
    if (!a) return c.text('readout API: see /openapi.json (the dashboard is not built; run npm run build)', 200);
    // assets by name; every other path is a view of the single-page app (person ids may contain dots)
    const hit = a.get(c.req.path) ?? (c.req.path.startsWith('/assets/') ? undefined : a.get('/index.html'));
    if (!hit) return c.text('not found', 404);
    c.header('Content-Type', hit.type);
    if (c.req.path.startsWith('/assets/')) c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('Content-Security-Policy', PAGE_CSP);
    return c.body(hit.body as any);
  };
  app.get('*', spa);
  return app;
}
