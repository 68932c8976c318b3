/**
 * Aggregations over the events a filter selects: statistics (src/analytics/stats.ts) and the network of
 * who meets whom (src/analytics/network.ts). The handlers only validate and answer.
 */
import { Hono } from 'hono';
import { eventStats } from '../../analytics/stats.js';
import { encounterNetwork } from '../../analytics/network.js';
import { FilterError, parseNodes } from '../../vocabulary/filters.js';
import { badFilter, filtersOf } from '../validate.js';
import type { NetworkResponse, StatsResponse } from '../api-types.js';
import type { RouteContext } from './context.js';

export function statsRoutes({ store }: RouteContext): Hono {
  const r = new Hono();

  r.get('/stats', async (c) => {
    const { filter } = filtersOf(c, 'stats');
    return c.json((await eventStats(store, filter)) satisfies StatsResponse);
  });

  r.get('/network', async (c) => {
    const { filter, query } = filtersOf(c, 'network', { extra: ['nodes'] });
    let nodes;
    try { nodes = parseNodes(query.nodes); } catch (e) { throw e instanceof FilterError ? badFilter(e) : e; }
    return c.json((await encounterNetwork(store, filter, nodes)) satisfies NetworkResponse);
  });

  return r;
}
