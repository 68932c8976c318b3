/**
 * The words of the record, written once: kinds of engagement, modes, engagement levels, visit
 * directions, report sides and source kinds, date precision, list orders. The CLI options, the API's
 * validation, the OpenAPI document and the dashboard all read these lists (the dashboard imports this
 * file, so it must stay free of Node modules).
 *
 * @example
 *   import { KINDS, kindLabel } from './terms.js';
 *   KINDS.map(kindLabel); // ['talks', 'meeting', 'phone call', ...]
 */

/** What kind of engagement a report describes (readout/1 `kind`). */
export const KINDS = ['talks', 'meeting', 'phone_call', 'video_conference', 'messages', 'visit'] as const;
export type EventKind = (typeof KINDS)[number];

const KIND_LABELS: Record<EventKind, string> = {
  talks: 'talks', meeting: 'meeting', phone_call: 'phone call', video_conference: 'video conference', messages: 'messages', visit: 'visit',
};
export const kindLabel = (k: string): string => KIND_LABELS[k as EventKind] ?? k.replace(/_/g, ' ');

/** How the parties were together: in one place, on a line, or in writing. */
export const MODES = ['in_person', 'remote', 'written'] as const;
export type Mode = (typeof MODES)[number];
export const modeOf = (k: EventKind): Mode => (k === 'phone_call' || k === 'video_conference' ? 'remote' : k === 'messages' ? 'written' : 'in_person');

/**
 * The level of an engagement, highest first: the level at which both sides took part (see
 * src/record/engagement.ts for the rule). `leaders`: heads of state or government and party leaders;
 * `ministers`: ministers and offices of that rank; `deputies`: deputy and vice ministers; `officials`:
 * everyone else (ambassadors, directors, spokespeople, unnamed delegations).
 */
export const LEVELS = ['leaders', 'ministers', 'deputies', 'officials'] as const;
export type Level = (typeof LEVELS)[number];
const LEVEL_LABELS: Record<Level, string> = { leaders: 'leaders', ministers: 'ministers', deputies: 'deputies', officials: 'officials' };
export const levelLabel = (l: string): string => LEVEL_LABELS[l as Level] ?? l;

/**
 * Who travelled, seen from the country a filter names: `outbound`, that country's side went to the
 * other's; `inbound`, the other side came to that country.
 */
export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type DirectionFilter = (typeof DIRECTIONS)[number];

/** An encounter's direction: the countries whose side travelled (`from`) to the host country (`to`). */
export interface Direction {
  from: string[];
  to: string;
  /** `location`: the encounter took place in the host's country; `invitation`: the host invited the visitor */
  basis: 'location' | 'invitation';
}
export const directionLabel = (d: Direction | null | undefined): string => (d ? `${d.from.join('+')} → ${d.to}` : '');

/**
 * What kind of source a report comes from (record/report-side.ts; official readout first: canonical
 * fields prefer it, by `SOURCE_WEIGHT` there); `unknown` when the outlet is not known.
 */
export const SOURCE_KINDS = ['official', 'agency', 'news', 'aggregator', 'listing', 'unknown'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  official: 'official readout', agency: 'news agency', news: 'press', aggregator: 'aggregator copy', listing: 'listing page', unknown: 'source of unknown kind',
};
export const sourceKindLabel = (k: string): string => SOURCE_KIND_LABELS[k as SourceKind] ?? k;

/**
 * The side a report speaks for: an ISO alpha-3 code, an organisation code (ASEAN, EU), `independent`
 * (an international wire or other outlet that speaks for no party), or `unknown` when nothing says.
 */
export const SIDE_UNKNOWN = 'unknown';
export const SIDE_INDEPENDENT = 'independent';
export const SIDE_PATTERN = '^(?:[A-Z]{3}|[A-Z][A-Z0-9-]{1,11}|independent|unknown)$';

/** How much of an event's date is known. `month_day`: a day and month without the year. */
export const DATE_PRECISIONS = ['day', 'month', 'year', 'month_day', 'none'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** The precision of a readout/1 date: `2021-04-16` day, `2021-04` month, `2021` year, `--04-16` month_day, null none. */
export function datePrecision(d: string | null | undefined): DatePrecision {
  if (!d) return 'none';
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return 'day';
  if (/^\d{4}-\d{2}$/.test(d)) return 'month';
  if (/^\d{4}$/.test(d)) return 'year';
  if (/^--\d{2}-\d{2}$/.test(d)) return 'month_day';
  return 'none';
}

/** The formats the record is exported in (record/exporters.ts, docs/exports.md): `readout export --format`, GET /api/export?format=. */
export const EXPORT_FORMATS = ['jsonl', 'csv', 'cameo', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Whether a date places the event in a year (a timeline can show it). Undated and month-day-only events cannot be placed. */
export const hasYear = (d: string | null | undefined): boolean => !!d && /^\d{4}/.test(d);

/** List orders by date. */
export const ORDERS = ['desc', 'asc'] as const;
export type Order = (typeof ORDERS)[number];

/** What the network's nodes are. */
export const NETWORK_LEVELS = ['country', 'person'] as const;
export type NetworkLevel = (typeof NETWORK_LEVELS)[number];

/** "showing 50 of 54; use --limit" — what a list that shows part of its matches says. */
export function partNote(shown: number, total: number, exact: boolean, more: string): string | null {
  if (exact && shown >= total) return null;
  return `showing ${shown} of ${exact ? total : `more than ${total}`}; ${more}`;
}

/** "21 engagements, 1 without a known date": a count that says how many lack a year. */
export function countNote(total: number, undated: number, noun = ['engagement', 'engagements'] as [string, string], exact = true): string {
  const n = `${exact ? '' : 'more than '}${total.toLocaleString('en')} ${total === 1 && exact ? noun[0] : noun[1]}`;
  return undated ? `${n}, ${undated.toLocaleString('en')} without a known date` : n;
}
