/**
 * The bodies the HTTP API answers with, as types: the routes (src/server/routes/) build them and the
 * dashboard (src/web/api.ts) imports them, so neither copies the other. Types only: nothing here runs.
 */
import type { EventSummary, EventCount, PersonSummary, CountryCount, StoredReport } from '../store/store.js';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import type { Comparison } from '../analytics/compare.js';
import type { Stats } from '../analytics/stats.js';
import type { Network } from '../analytics/network.js';
import type { Direction, Level } from '../vocabulary/terms.js';

/** A page of events with how many match in all (exact up to a cap) and how many of those lack a known date. */
export interface EventsResponse extends EventCount { events: EventSummary[]; next: string | null }

/** One canonical event with its engagement fields, its reports, the comparison of sides, and the texts evidence points into. */
export interface EventDetailResponse {
  event: CanonicalEvent & { level?: Level; direction?: Direction | null; reports_full: StoredReport[] };
  comparison: Comparison;
  texts: Record<string, string>;
}

export interface PeopleResponse { people: PersonSummary[]; total: number }
export interface PersonResponse extends EventCount { person: PersonSummary; events: EventSummary[] }
export interface CountriesResponse { countries: (CountryCount & { name: string })[] }
export interface TopicsResponse { topics: { id: string; label: string }[] }
export type StatsResponse = Stats;
export type NetworkResponse = Network;
/** A client error: the message, and for a bad parameter which one and what it allows. */
export interface ErrorResponse { error: string; parameter?: string; allowed?: string[]; expected?: string }

export type { EventSummary, EventCount, PersonSummary, CountryCount, StoredReport, CanonicalEvent, Comparison, Stats, Network };
