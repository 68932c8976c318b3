/**
 * The dashboard's API client: the readout HTTP API's responses, typed by the server's own
 * declarations (src/server/api-types.ts), the bearer token kept in sessionStorage when the page URL
 * carries ?token=, and errors as messages.
 */

import type { EventSummary as ServerEventSummary, PersonSummary } from '../server/api-types.ts';
import type { EventKind } from '../vocabulary/terms.ts';

// The API's bodies, as the server declares them (src/server/api-types.ts): never copied here.
export type {
  EventsResponse, EventDetailResponse as EventDetail, PeopleResponse, PersonResponse, CountriesResponse, TopicsResponse,
  StatsResponse as Stats, NetworkResponse as Network, Comparison, ErrorResponse,
} from '../server/api-types.ts';
export type { EventFilter } from '../vocabulary/filters.ts';
export type Kind = EventKind;
export type { Span } from '../types.ts';
export type EventPage = Pick<import('../server/api-types.ts').EventsResponse, 'events' | 'next'> & Partial<import('../server/api-types.ts').EventCount>;
export type EventSummary = ServerEventSummary;
export type Person = PersonSummary;
export type Participant = ServerEventSummary['participants'][number] & { aliases?: string[]; reports?: number };
export type Country = import('../server/api-types.ts').CountriesResponse['countries'][number];
export type ReportFull = import('../server/api-types.ts').EventDetailResponse['event']['reports_full'][number];
export type { SourceKind } from '../vocabulary/terms.ts';
export type Account = NonNullable<ReportFull['account']>;
export type Sentence = import('../server/api-types.ts').Comparison['topics'][number]['sentences'][number];

const TOKEN_KEY = 'readout.token';

/** Moves a ?token= from the page URL into sessionStorage (and out of the address bar). */
export function adoptToken(): void {
  const u = new URL(location.href);
  const t = u.searchParams.get('token');
  if (t == null) return;
  try { sessionStorage.setItem(TOKEN_KEY, t); } catch { /* storage disabled: the token lasts this page only */ memoryToken = t; }
  u.searchParams.delete('token');
  history.replaceState(history.state, '', u.pathname + u.search + u.hash);
}
let memoryToken: string | null = null;
function token(): string | null {
  try { return sessionStorage.getItem(TOKEN_KEY) ?? memoryToken; } catch { return memoryToken; }
}

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

/** GET an API path; rejects with an ApiError carrying the server's message. */
export async function api<T>(path: string, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const t = token();
  if (t) headers.Authorization = `Bearer ${t}`;
  let res: Response;
  try {
    res = await fetch(path, { headers, signal });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'cannot reach the server');
  }
  let body: any = null;
  try { body = await res.json(); } catch { /* not JSON */ }
  if (!res.ok) throw new ApiError(res.status, body && typeof body.error === 'string' ? body.error : `the server answered ${res.status} ${res.statusText}`.trim());
  if (body == null) throw new ApiError(res.status, 'the server did not answer with JSON');
  return body as T;
}

/** A query string from the set values of an object ("" when none). */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== '' && v !== false) q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

let countriesPromise: Promise<Country[]> | null = null;
/** The countries of the record, fetched once per page load. */
export function countries(): Promise<Country[]> {
  countriesPromise ??= api<{ countries: Country[] }>('/api/countries').then((r) => r.countries, (e) => { countriesPromise = null; throw e; });
  return countriesPromise;
}
