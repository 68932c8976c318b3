/**
 * One filter specification for every events query, on every back end. An `EventFilter` becomes the
 * SQL of a page of events (`eventsPageQuery`: driven by the most selective indexed filter, read in
 * date order from an index that carries the date, so it stops after one page) or the WHERE clause of
 * a scan (`eventsWhere`: statistics and exports). Both come from the same conditions, written once
 * here with `?` placeholders; what differs between back ends (how a join is forced, how full-text
 * matches are found) comes in through `SqlDialect` and `FilterContext`.
 */
import type { EventFilter } from './store.js';
import { FilterError } from '../vocabulary/filters.js';

export interface SqlDialect {
  /** a join that reads the left table first (SQLite: CROSS JOIN; PostgreSQL plans it itself) */
  drivingJoin: string;
}

export interface FilterContext {
  /** the participant keys the filter's person stands for (resolved by the store) */
  personKeys: string[] | null;
  /** the condition on `ce.id` for the filter's text (each back end searches its own index) */
  text: { sql: string; params: unknown[] } | null;
  /** the store has canonical_pairs (schema 6): a country pair is read from it */
  pairs: boolean;
  /** the store has the engagement columns level and host (schema 7) */
  engagement: boolean;
}

export const MAX_LIMIT = 1000;

export interface Sql { sql: string; params: unknown[] }

const inList = (xs: unknown[]) => xs.map(() => '?').join(', ');

/**
 * Conditions shared by both shapes, on `ce` (canonical_events), given the sortable date column. A scan
 * tests membership with `ce.id IN (subquery)` (the subquery can drive it); a page driven by an index
 * probes each row it reads with EXISTS.
 */
type Driver = 'person' | 'pair' | 'country' | 'topic' | null;

function conditions(f: EventFilter, ctx: FilterContext, sortCol: string, driven: Driver, shape: 'scan' | 'page'): Sql {
  const conds: string[] = [];
  const params: unknown[] = [];
  const member = (table: string, cond: string, ps: unknown[]) => {
    conds.push(shape === 'scan' ? `ce.id IN (SELECT canonical FROM ${table} WHERE ${cond})` : `EXISTS (SELECT 1 FROM ${table} x WHERE x.${cond} AND x.canonical = ce.id)`);
    params.push(...ps);
  };
  if (!f.referenced) conds.push('ce.referenced = 0');
  if (ctx.personKeys && driven !== 'person') member('canonical_participants', `key IN (${inList(ctx.personKeys)})`, ctx.personKeys);
  if (f.country && driven !== 'country' && driven !== 'pair') member('canonical_participants', 'country = ?', [f.country.toUpperCase()]);
  if (f.with && driven !== 'pair') member('canonical_participants', 'country = ?', [f.with.toUpperCase()]);
  if (f.topic && driven !== 'topic') member('canonical_topics', 'topic = ?', [f.topic]);
  if (f.kind) { conds.push('ce.kind = ?'); params.push(f.kind); }
  if ((f.level || f.direction) && !ctx.engagement) {
    throw new FilterError(f.level ? 'level' : 'direction', 'this store was written before engagement levels and directions (schema 7); open it once for writing (readout ingest or reextract) to add them');
  }
  if (f.level) { conds.push('ce.level = ?'); params.push(f.level); }
  // the host is the country the other sides travelled to (record/engagement.ts)
  if (f.direction === 'inbound') { conds.push('ce.host = ?'); params.push((f.country ?? '').toUpperCase()); }
  if (f.direction === 'outbound') { conds.push('ce.host IS NOT NULL AND ce.host <> ?'); params.push((f.country ?? '').toUpperCase()); }
  // month-days without a year ('0000-..') and undated events ('') are outside every date range
  if (f.from) { conds.push(`${sortCol} >= ? AND ${sortCol} NOT LIKE '0000%'`); params.push(f.from); }
  if (f.to) { conds.push(`${sortCol} < ? AND ${sortCol} <> '' AND ${sortCol} NOT LIKE '0000%'`); params.push(`${f.to}\uffff`); }
  if (ctx.text) { conds.push(ctx.text.sql); params.push(...ctx.text.params); }
  return { sql: conds.length ? conds.join(' AND ') : '1 = 1', params };
}

/** The WHERE clause (on `ce`) of every event the filter selects, for scans: statistics, exports. */
export function eventsWhere(f: EventFilter, ctx: FilterContext): Sql {
  return conditions(f, ctx, 'ce.date_sort', null, 'scan');
}

/**
 * How many events the filter selects, reading at most `cap + 1` of them, and how many of those lack
 * a year (undated, or a month-day only): one row {total, undated}.
 */
export function eventsCountQuery(f: EventFilter, ctx: FilterContext, cap: number): Sql {
  const w = eventsWhere(f, ctx);
  return {
    sql: `SELECT count(*) AS total, coalesce(sum(CASE WHEN s = '' OR s LIKE '0000%' THEN 1 ELSE 0 END), 0) AS undated FROM (SELECT ce.date_sort AS s FROM canonical_events ce WHERE ${w.sql} LIMIT ?) AS m`,
    params: [...w.params, cap + 1],
  };
}

export interface PageQuery extends Sql { limit: number }

/**
 * A page of events in date order (newest first by default), `limit + 1` rows so the caller knows
 * whether there is a next page; each row is {id, sort, summary}.
 */
export function eventsPageQuery(f: EventFilter, ctx: FilterContext, dialect: SqlDialect): PageQuery {
  const limit = Math.max(1, Math.min(f.limit ?? 50, MAX_LIMIT));
  const desc = (f.order ?? 'desc') === 'desc';
  const dir = desc ? 'DESC' : 'ASC';
  let from = 'canonical_events ce';
  let sortCol = 'ce.date_sort', idCol = 'ce.id';
  let driven: Driver = null;
  const head: string[] = [];
  const headParams: unknown[] = [];
  if (ctx.personKeys) {
    driven = 'person';
    head.push(`d.key IN (${inList(ctx.personKeys)})`); headParams.push(...ctx.personKeys);
  } else if (f.country && f.with && ctx.pairs && f.country.toUpperCase() !== f.with.toUpperCase()) {
    driven = 'pair';
    head.push('d.country = ? AND d.other = ?'); headParams.push(f.country.toUpperCase(), f.with.toUpperCase());
  } else if (f.country) {
    driven = 'country';
    head.push('d.country = ?'); headParams.push(f.country.toUpperCase());
  } else if (f.topic) {
    driven = 'topic';
    head.push('d.topic = ?'); headParams.push(f.topic);
  }
  if (driven) {
    const table = driven === 'topic' ? 'canonical_topics' : driven === 'pair' ? 'canonical_pairs' : 'canonical_participants';
    from = `${table} d ${dialect.drivingJoin} canonical_events ce ON ce.id = d.canonical`;
    sortCol = 'd.date_sort'; idCol = 'd.canonical';
  }
  const rest = conditions(f, ctx, sortCol, driven, 'page');
  const conds = [...head, rest.sql];
  const params = [...headParams, ...rest.params];
  if (f.cursor) {
    const c = decodeCursor(f.cursor);
    conds.push(desc ? `(${sortCol} < ? OR (${sortCol} = ? AND ${idCol} < ?))` : `(${sortCol} > ? OR (${sortCol} = ? AND ${idCol} > ?))`);
    params.push(c.sort, c.sort, c.id);
  }
  params.push(limit + 1);
  return {
    sql: `SELECT ${idCol} AS id, ${sortCol} AS sort, ce.summary AS summary FROM ${from} WHERE ${conds.join(' AND ')} ORDER BY ${sortCol} ${dir}, ${idCol} ${dir} LIMIT ?`,
    params, limit,
  };
}

/** Rows of a page query as a page: a person under two keys (an id and a spelling) can bring one event twice. */
export function pageOf<T>(rows: { id: number; sort: string; summary: string }[], limit: number): { events: T[]; next: string | null } {
  const seen = new Set<number>();
  const unique = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
  const page = unique.slice(0, limit);
  const next = unique.length > limit ? encodeCursor(page[page.length - 1].sort, page[page.length - 1].id) : null;
  return { events: page.map((r) => JSON.parse(r.summary) as T), next };
}

export function encodeCursor(sort: string, id: number): string {
  return Buffer.from(JSON.stringify([sort, id])).toString('base64url');
}

export function decodeCursor(c: string): { sort: string; id: number } {
  try {
    const [sort, id] = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (typeof sort !== 'string' || typeof id !== 'number') throw new Error();
    return { sort, id };
  } catch {
    throw new RangeError('invalid cursor');
  }
}

/** A user's search words: letters and digits, with inner apostrophes and hyphens. */
export function searchWords(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
