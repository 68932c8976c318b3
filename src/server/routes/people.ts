/**
 * People: search by any spelling (how many match in all), and one person with their offices over
 * time and their events.
 */
import { Hono } from 'hono';
import { withEnglishForms } from '../../record/participant-identity.js';
import { FilterError, LIMITS, MAX_TEXT, parseLimit } from '../../vocabulary/filters.js';
import type { PeopleResponse, PersonResponse } from '../api-types.js';
import { HttpError, badFilter, onlyParams } from '../validate.js';
import { MAX_PAGE, type RouteContext } from './context.js';

export function peopleRoutes({ store }: RouteContext): Hono {
  const r = new Hono();

  r.get('/people', async (c) => {
    const q = onlyParams(c, ['q', 'limit']);
    let limit: number;
    try { limit = parseLimit(q.limit, LIMITS.people.api, 'api') ?? LIMITS.people.default; } catch (e) { throw e instanceof FilterError ? badFilter(e) : e; }
    const query = q.q?.trim() || undefined;
    if (query && query.length > MAX_TEXT) throw new HttpError(400, `q is longer than ${MAX_TEXT} characters`, { parameter: 'q' });
    const [people, total] = await Promise.all([store.people(query, limit), store.countPeople(query)]);
    return c.json({ people, total } satisfies PeopleResponse);
  });

  r.get('/people/:id', async (c) => {
    const p = await store.person(c.req.param('id'));
    if (!p) throw new HttpError(404, `no person ${c.req.param('id')}`);
    const filter = { person: p.id, limit: MAX_PAGE, referenced: true };
    const [events, count] = await Promise.all([store.events(filter), store.countEvents(filter)]);
    return c.json({ person: p, events: withEnglishForms(events.events), ...count } satisfies PersonResponse);
  });

  return r;
}
