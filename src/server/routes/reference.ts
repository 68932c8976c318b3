/**
 * The record's reference lists: its countries with their number of encounters, and the topic ids
 * with their labels (the vocabulary's, from data/lang/en/topics.json).
 */
import { Hono } from 'hono';
import { countryIndex } from '../../knowledge/countries.js';
import { topicList } from '../../vocabulary/context.js';
import type { CountriesResponse, TopicsResponse } from '../api-types.js';
import { onlyParams } from '../validate.js';
import type { RouteContext } from './context.js';

export function referenceRoutes({ store }: RouteContext): Hono {
  const r = new Hono();

  r.get('/countries', async (c) => {
    onlyParams(c, []);
    const idx = countryIndex();
    return c.json({ countries: (await store.countries()).map((x) => ({ ...x, name: idx.name(x.country) ?? x.country })) } satisfies CountriesResponse);
  });

  r.get('/topics', (c) => {
    onlyParams(c, []);
    return c.json({ topics: topicList() } satisfies TopicsResponse);
  });

  return r;
}
