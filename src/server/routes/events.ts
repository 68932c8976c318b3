/**
 * Events: the list (filtered, paged by cursor, with how many match and how many lack a date), one
 * event with its reports and the comparison of its sides, and full-text search.
 */
import { Hono } from 'hono';
import type { StoredDocument } from '../../store/store.js';
import { compareReports } from '../../analytics/compare.js';
import { withEnglishForms } from '../../record/participant-identity.js';
import { MAX_TEXT } from '../../vocabulary/filters.js';
import type { EventDetailResponse, EventsResponse } from '../api-types.js';
import { HttpError, filtersOf, onlyParams } from '../validate.js';
import type { RouteContext } from './context.js';

export function eventsRoutes({ store }: RouteContext): Hono {
  const r = new Hono();

  r.get('/events', async (c) => {
    const { filter } = filtersOf(c, 'events', { paged: true });
    const [page, count] = await Promise.all([store.events(filter), store.countEvents(filter)]);
    return c.json({ ...page, events: withEnglishForms(page.events), ...count } satisfies EventsResponse);
  });

  r.get('/events/:id', async (c) => {
    const e = await store.event(c.req.param('id'));
    if (!e) throw new HttpError(404, `no event ${c.req.param('id')}`);
    const docs = new Map<string, StoredDocument>();
    for (const rep of e.reports_full) { const d = await store.document(rep.document); if (d) docs.set(rep.document, d); }
    const texts: Record<string, string> = {};
    for (const [id, d] of docs) texts[id] = d.text;
    return c.json({ event: withEnglishForms([e])[0], comparison: compareReports(e, e.reports_full, docs), texts } satisfies EventDetailResponse);
  });

  r.get('/search', async (c) => {
    const q = onlyParams(c, ['q']).q;
    if (!q || !q.trim()) throw new HttpError(400, 'q (the words to search) is required', { parameter: 'q' });
    if (q.length > MAX_TEXT) throw new HttpError(400, `q is longer than ${MAX_TEXT} characters`, { parameter: 'q' });
    const filter = { text: q, limit: 50, referenced: true };
    const [page, count] = await Promise.all([store.events(filter), store.countEvents(filter)]);
    return c.json({ ...page, events: withEnglishForms(page.events), ...count } satisfies EventsResponse);
  });

  return r;
}
