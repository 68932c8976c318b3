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
import { readSources } from '../ingest/sources.js';
import { ingestAll } from '../ingest/ingest-runner.js';
import { openApiDocument } from './openapi.js';

export interface AppOptions {
  /** required on every request when set (binding beyond loopback), and always for writes */
  token?: string | null;
  /** require the token on reads too */
  tokenForReads?: boolean;
  /** dashboard files by URL path ("/index.html", "/assets/app.js") */
  assets?: Map<string, { body: Uint8Array; type: string }>;
  maxBodyBytes?: number;
}

export const MAX_PAGE = 200;

class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413, message: string) { super(message); }
}

const FILTER_PARAMS = ['country', 'with', 'person', 'kind', 'topic', 'from', 'to', 'text', 'referenced', 'limit', 'cursor', 'order', 'token'];

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

  const authorized = (c: Context) => {
    if (!token) return false;
    const h = c.req.header('authorization');
    return h === `Bearer ${token}` || c.req.query('token') === token;
  };

  app.use('*', async (c, next) => {
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    if (token && opts.tokenForReads && !authorized(c) && c.req.path.startsWith('/api/')) throw new HttpError(401, 'this server needs a token: send "Authorization: Bearer TOKEN"');
    await next();
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
    if (c.res.status === 200 && c.res.headers.get('content-type')?.includes('json')) {
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
    if (body.published && !/^\d{4}-\d{2}-\d{2}$/.test(body.published)) throw new HttpError(400, 'published must be YYYY-MM-DD');
    const items = url
      ? readSources([url])
      : (async function* () {
        yield { ok: true as const, item: { origin: 'api', id: body.id ?? `api-${Date.now().toString(36)}`, url: null, source: body.source ?? null, published: body.published ?? null, format: html ? 'html' as const : 'text' as const, content: text ?? html } };
      })();
    let last: string | null = null;
    const summary = await ingestAll(store, (async function* () { for await (const r of items) { if (r.ok) last = r.item.id; yield r; } })());
    if (summary.failed) return c.json({ error: summary.failures[0]?.reason ?? 'ingest failed', summary }, 400);
    const ids = await store.documentIds();
    const stored = last && ids.includes(last) ? await store.document(last) : null;
    return c.json({ summary, document: stored?.extraction ?? null }, summary.new ? 201 : 200);
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
    c.header('Content-Security-Policy', "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'");
    return c.body(hit.body as any);
  };
  app.get('*', spa);
  return app;
}
