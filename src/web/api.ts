/**
 * The dashboard's API client: typed responses of the readout HTTP API (src/server/app.ts), the
 * bearer token kept in sessionStorage when the page URL carries ?token=, and errors as messages.
 */

export type Kind = 'talks' | 'meeting' | 'phone_call' | 'video_conference' | 'messages' | 'visit';

export interface Participant { name: string | null; country: string | null; title: string | null; id?: string | null; aliases?: string[]; reports?: number }
export interface Span { start: number; end: number }
export interface Location { place: string | null; country: string | null; inferred?: boolean }

export interface EventSummary {
  id: string; date: string | null; kind: Kind; place: string | null; country: string | null; occasion: string | null;
  participants: Participant[]; topics: string[]; reports: number; referenced: boolean;
}
export interface EventPage { events: EventSummary[]; next: string | null }

export interface Statement { speaker: string; act: string; topics: string[]; evidence: Span; text?: string }
export type SourceKind = 'official' | 'agency' | 'news' | 'aggregator' | 'listing' | 'unknown';
export interface Account { side: string; side_basis: string; source_kind: SourceKind; outlet: string | null; side_evidence: string | null }
export interface ReportEvent {
  id: string; kind: Kind; date: string | null; location: Location | null; occasion: string | null; participants: Participant[];
  initiator: string | null; topics: string[]; referenced: boolean; evidence: Span[]; statements?: Statement[];
}
export interface ReportFull { event: string; document: string; source: string | null; url: string | null; published: string | null; title: string | null; data: ReportEvent; account: Account | null }
export interface CanonicalEvent {
  id: string; events: string[]; date: string | null; kind: Kind; location: Location | null; occasion: string | null;
  participants: Participant[]; topics: string[]; referenced: boolean; chosen: Record<string, string>;
  reports: { event: string; document: string; source: string | null; url: string | null; published: string | null; date: string | null; kind: Kind }[];
  reports_full: ReportFull[];
}
export interface Sentence { report: string; document: string; side: string; text: string }
export interface Comparison {
  reports: { event: string; document: string; source: string | null; url: string | null; published: string | null; side: string; side_basis: string; source_kind: SourceKind; side_evidence: string | null; topics: string[] }[];
  /** how many sides are identified (not "unknown") */
  identified: number;
  sides: { side: string; reports: number; topics: string[]; only: string[] }[];
  topics: { topic: string; sides: string[]; only: string | null; sentences: Sentence[] }[];
  statements: { speaker: string; country: string | null; items: { act: string; topics: string[]; text: string; sides: string[]; only: string | null; copies: Sentence[] }[] }[];
  statementCopies: number;
}
export interface EventDetail { event: CanonicalEvent; comparison: Comparison; texts: Record<string, string> }

export interface Person {
  id: string; name: string; country: string | null; events: number; first: string | null; last: string | null;
  spellings: string[]; titles: { title: string; first: string | null; last: string | null }[];
}
export interface Country { country: string; name: string; events: number }
export interface Stats {
  byYear: { year: string; kind: Kind; events: number }[];
  byTopic: { topic: string; events: number }[];
  counterparts: { country: string; events: number }[];
  byMonth: ({ month: string } & Partial<Record<Kind, number>>)[];
  topicsByYear: ({ year: string } & Record<string, number | string>)[];
}
export interface Network { nodes: { id: string; label: string; weight: number }[]; edges: { source: string; target: string; weight: number }[] }

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
