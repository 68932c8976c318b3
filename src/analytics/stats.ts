/**
 * Statistics of the events a filter selects (all countries, a country, a pair, ...): events per year
 * and kind, per month and kind, topics overall and per year, the most frequent counterparts, and how
 * many events there are in all and how many of them lack a known date (they are in no year or month).
 * Served by `GET /api/stats` and `readout stats`; the counts come from the store, the monthly series
 * from one pass over the events.
 */
import type { EventFilter, PairStats, Store } from '../store/store.js';
import type { EventKind } from '../vocabulary/terms.js';

export interface Stats extends PairStats {
  byMonth: ({ month: string } & Partial<Record<EventKind, number>>)[];
  topicsByYear: ({ year: string } & Record<string, number | string>)[];
}

export async function eventStats(store: Store, f: EventFilter): Promise<Stats> {
  const filter: EventFilter = { ...f, limit: undefined, cursor: null };
  const stats = await store.pairStats(filter);
  // per month and kind, and topics per year, from the same events (recalled ones only with referenced=true)
  const byMonth = new Map<string, Record<string, number>>();
  const topicsByYear = new Map<string, Record<string, number>>();
  for await (const e of store.allEvents({ ...filter, referenced: !!f.referenced })) {
    if (!e.date || !/^\d{4}/.test(e.date)) continue;
    const y = e.date.slice(0, 4);
    const t = topicsByYear.get(y) ?? {};
    for (const topic of e.topics) t[topic] = (t[topic] ?? 0) + 1;
    topicsByYear.set(y, t);
    if (!/^\d{4}-\d{2}/.test(e.date)) continue;
    const m = e.date.slice(0, 7);
    const row = byMonth.get(m) ?? {};
    row[e.kind] = (row[e.kind] ?? 0) + 1;
    byMonth.set(m, row);
  }
  return {
    ...stats,
    byMonth: [...byMonth].sort().map(([month, kinds]) => ({ month, ...kinds })),
    topicsByYear: [...topicsByYear].sort().map(([year, topics]) => ({ year, ...topics })),
  };
}
