/**
 * The API's errors and the validation of its query parameters, from the one vocabulary
 * (src/vocabulary/filters.ts): every list route checks its parameters here, answers 400 with the
 * parameter, the reason and the allowed values, and refuses parameters it does not know.
 */
import type { Context } from 'hono';
import type { EventFilter } from '../store/store.js';
import { FilterError, LIMITS, SCOPES, parseFilters, parseLimit, parseOrder, type Scope } from '../vocabulary/filters.js';
import { vocabularyContext } from '../vocabulary/context.js';

export class HttpError extends Error {
  constructor(readonly status: 400 | 401 | 403 | 404 | 413 | 421, message: string, readonly extra: Record<string, unknown> = {}) { super(message); }
}

/** A FilterError as a 400 answer: `{error, parameter, allowed?, expected?}`. */
export function badFilter(e: FilterError): HttpError {
  return new HttpError(400, e.message, { parameter: e.param, ...(e.allowed ? { allowed: e.allowed } : {}), ...(e.hint ? { expected: e.hint } : {}) });
}

/** Parameters every route takes: the token (for reads behind a token). */
const ALWAYS = ['token'];

/** Refuses any query parameter not in `known`. */
export function onlyParams(c: Context, known: readonly string[]): Record<string, string> {
  const q = c.req.query();
  const ok = new Set([...known, ...ALWAYS]);
  for (const k of Object.keys(q)) if (!ok.has(k)) throw new HttpError(400, `unknown parameter "${k}"; this route takes ${known.join(', ')}`, { parameter: k, allowed: known });
  return q;
}

/**
 * The filter of a list route: the scope's filters (validated against the vocabulary), plus `limit`,
 * `cursor` and `order` when the route pages, plus the route's own `extra` parameters (returned
 * as they are, for the route to check).
 */
export function filtersOf(c: Context, scope: Scope, o: { paged?: boolean; extra?: string[] } = {}): { filter: EventFilter; query: Record<string, string> } {
  const paging = o.paged ? ['limit', 'cursor', 'order'] : [];
  const q = onlyParams(c, [...SCOPES[scope], ...paging, ...(o.extra ?? [])]);
  try {
    const filter = parseFilters(q, vocabularyContext(), { surface: 'api', scope });
    if (o.paged) {
      filter.limit = parseLimit(q.limit, LIMITS.events.api, 'api') ?? LIMITS.events.default;
      filter.cursor = q.cursor ?? null;
      filter.order = parseOrder(q.order, 'api') ?? 'desc';
    }
    return { filter, query: q };
  } catch (e) {
    if (e instanceof FilterError) throw badFilter(e);
    throw e;
  }
}
