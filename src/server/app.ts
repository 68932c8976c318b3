/**
 * The HTTP API and the dashboard on one port (Hono). This file holds what every request goes
 * through (host check, token, security headers, the read cache, errors) and mounts one router per
 * resource (src/server/routes/: events, people, stats and network, reference lists, documents,
 * exports).
 * Read endpoints serve the store; the one write endpoint extracts and stores a posted document and
 * always needs the token. Parameters are validated against the vocabulary (src/vocabulary/) with
 * clear 400 errors that list the allowed values, bodies and pages are capped, errors never carry
 * stack traces, and the dashboard's files are served from memory by name, so no request path
 * reaches the disk.
 */
import { Hono, type Context } from 'hono';
import type { Store } from '../store/store.js';
import { openApiDocument } from './openapi.js';
import { HttpError } from './validate.js';
import { FilterError } from '../vocabulary/filters.js';
import type { AppOptions, RouteContext } from './routes/context.js';
import { eventsRoutes } from './routes/events.js';
import { peopleRoutes } from './routes/people.js';
import { statsRoutes } from './routes/stats.js';
import { referenceRoutes } from './routes/reference.js';
import { documentsRoutes } from './routes/documents.js';
import { exportRoutes } from './routes/export.js';

export type { AppOptions } from './routes/context.js';
export { MAX_PAGE } from './routes/context.js';

/** JSON answers are data, never a page: nothing in them may load or run. */
const JSON_CSP = "default-src 'none'; frame-ancestors 'none'";
const PAGE_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";
const TOKEN_COOKIE = 'readout_token';

/** A cookie's value from a Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) { try { return decodeURIComponent(part.slice(i + 1).trim()); } catch { return null; } }
  }
  return null;
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
    if (err instanceof HttpError) return c.json({ error: err.message, ...err.extra }, err.status);
    if (err instanceof FilterError) return c.json({ error: err.message, parameter: err.param, ...(err.allowed ? { allowed: err.allowed } : {}) }, 400);
    if (err instanceof RangeError && /cursor/.test(err.message)) return c.json({ error: 'invalid cursor' }, 400);
    return c.json({ error: 'internal error' }, 500);
  });
  app.notFound((c) => (c.req.path.startsWith('/api/') ? c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404) : spa(c)));

  app.get('/openapi.json', (c) => c.json(openApiDocument()));

  // the API, one router per resource (src/server/routes/); aggregations live in src/record/
  const ctx: RouteContext = { store, opts, token, authorized };
  app.route('/api', eventsRoutes(ctx));
  app.route('/api', peopleRoutes(ctx));
  app.route('/api', statsRoutes(ctx));
  app.route('/api', referenceRoutes(ctx));
  app.route('/api', documentsRoutes(ctx));
  app.route('/api', exportRoutes(ctx));

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
