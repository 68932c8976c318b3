/**
 * Exports of canonical events in the formats analysts already use; columns and conventions are
 * documented in docs/exports.md.
 * - `jsonl`: one canonical event a line, each report with its document, source, URL, side, kind of
 *   source and statements
 * - `csv`: one event a row (RFC 4180), participants and topics joined with " | ", with the initiator,
 *   the sides that reported it and the date's precision
 * - `cameo`: GDELT 2.0's event table (61 tab-separated columns, no header unless asked), one row per
 *   pair of the first actor with each other participant
 * - `plover`: POLECAT-style JSON objects, one a line, with `cite_info` for every report
 */
import type { CanonicalEvent, CanonicalParticipant, CanonicalReport } from './encounter-grouper.js';
import { codesFor } from '../refiners/code-refiner.js';
import { loadGazetteer } from '../knowledge/gazetteer.js';
import { readDataJson } from '../data-files.js';
import { countryIndex } from '../knowledge/countries.js';
import { SOURCE_WEIGHT, UNKNOWN_SIDE, type SourceKind } from './report-side.js';

import { EXPORT_FORMATS as FORMATS, datePrecision, type ExportFormat } from '../vocabulary/terms.js';

export type { ExportFormat };
/** The export formats (the vocabulary's list, src/vocabulary/terms.ts). */
export const EXPORT_FORMATS: ExportFormat[] = [...FORMATS];

/** What each format is sent as (API) and saved as. */
export const EXPORT_TYPES: Record<ExportFormat, { type: string; extension: string }> = {
  jsonl: { type: 'application/x-ndjson; charset=UTF-8', extension: 'jsonl' },
  csv: { type: 'text/csv; charset=UTF-8', extension: 'csv' },
  cameo: { type: 'text/tab-separated-values; charset=UTF-8', extension: 'tsv' },
  plover: { type: 'application/x-ndjson; charset=UTF-8', extension: 'plover.jsonl' },
};

export const CSV_COLUMNS = [
  'id', 'date', 'date_precision', 'kind', 'initiator', 'initiator_country', 'place', 'place_country', 'occasion',
  'participants', 'participant_countries', 'participant_titles', 'topics', 'sides', 'reports', 'report_sides', 'source_kinds', 'sources', 'urls', 'referenced',
];

/** GDELT 2.0's event table, in its order (the GDELT Event Codebook V2.0). */
export const GDELT_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  'Actor1Code', 'Actor1Name', 'Actor1CountryCode', 'Actor1KnownGroupCode', 'Actor1EthnicCode', 'Actor1Religion1Code', 'Actor1Religion2Code', 'Actor1Type1Code', 'Actor1Type2Code', 'Actor1Type3Code',
  'Actor2Code', 'Actor2Name', 'Actor2CountryCode', 'Actor2KnownGroupCode', 'Actor2EthnicCode', 'Actor2Religion1Code', 'Actor2Religion2Code', 'Actor2Type1Code', 'Actor2Type2Code', 'Actor2Type3Code',
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale', 'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  'Actor1Geo_Type', 'Actor1Geo_FullName', 'Actor1Geo_CountryCode', 'Actor1Geo_ADM1Code', 'Actor1Geo_ADM2Code', 'Actor1Geo_Lat', 'Actor1Geo_Long', 'Actor1Geo_FeatureID',
  'Actor2Geo_Type', 'Actor2Geo_FullName', 'Actor2Geo_CountryCode', 'Actor2Geo_ADM1Code', 'Actor2Geo_ADM2Code', 'Actor2Geo_Lat', 'Actor2Geo_Long', 'Actor2Geo_FeatureID',
  'ActionGeo_Type', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_ADM1Code', 'ActionGeo_ADM2Code', 'ActionGeo_Lat', 'ActionGeo_Long', 'ActionGeo_FeatureID',
  'DATEADDED', 'SOURCEURL',
];

export interface ExportOptions {
  /** cameo: a first line with the column names (GDELT's own files have none) */
  header?: boolean;
}

function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const tsvCell = (v: unknown) => (v == null ? '' : String(v).replace(/[\t\n\r]+/g, ' '));

/** day (YYYY-MM-DD), month (YYYY-MM), year (YYYY), month_day (--MM-DD: the year is not known) or none: the vocabulary's (src/vocabulary/terms.ts). */
export { datePrecision };

/** A report's side as exported: `unknown` when the store has none (a store of schema 6). */
const sideOf = (r: CanonicalReport) => r.side ?? UNKNOWN_SIDE;
const kindOfReport = (r: CanonicalReport): SourceKind => r.source_kind ?? 'unknown';

/** The sides that reported an event (identified ones first, in report order). */
export function reportSides(c: CanonicalEvent): string[] {
  const all = [...new Set(c.reports.map(sideOf))];
  return [...all.filter((s) => s !== UNKNOWN_SIDE), ...all.filter((s) => s === UNKNOWN_SIDE)];
}

/** The participant who asked for the encounter, when the reports say it. */
function initiatorOf(c: CanonicalEvent): CanonicalParticipant | null {
  if (!c.initiator) return null;
  return c.participants.find((p) => p.name === c.initiator || (p.aliases ?? []).includes(c.initiator!)) ?? null;
}

/** The first actor (the initiator when known, else the first participant) and the others, in order. */
function actors(c: CanonicalEvent): CanonicalParticipant[] {
  const first = initiatorOf(c);
  return first ? [first, ...c.participants.filter((p) => p !== first)] : [...c.participants];
}

function codes(c: CanonicalEvent, ordered: CanonicalParticipant[]) {
  return codesFor({ kind: c.kind, location: c.location, participants: ordered });
}

function coords(c: CanonicalEvent): { lat: number | null; lon: number | null; id: number | null } {
  const l = c.location;
  if (!l) return { lat: null, lon: null, id: null };
  if (l.lat != null && l.lon != null) return { lat: l.lat, lon: l.lon, id: l.geonames_id ?? null };
  if (l.place) {
    const p = loadGazetteer().resolve(l.place, { country: l.country });
    if (p) return { lat: p.lat, lon: p.lon, id: p.geonames_id ?? null };
  }
  return { lat: null, lon: null, id: null };
}

/**
 * A stable numeric id for a GDELT row: the FNV-1a hash of the canonical id (and the pair's number
 * when an event gives several rows), cut to 52 bits so every JavaScript and pandas reader keeps it
 * exact.
 */
export function numericId(key: string): number {
  let h = 0xcbf29ce484222325n;
  for (const b of new TextEncoder().encode(key)) { h ^= BigInt(b); h = (h * 0x100000001b3n) & 0xffffffffffffffffn; }
  return Number(h & 0xfffffffffffffn);
}

interface GdeltCodes { igo: Record<string, string>; fips: Record<string, string> }
const gdelt = () => readDataJson<GdeltCodes>('codes/gdelt.json');

/** A CAMEO actor code: the country's alpha-3 and GOV (officials speak for governments), or IGO and the organisation. */
function actorCode(p: CanonicalParticipant): { code: string; country: string; type: string } {
  const c = p.country;
  if (!c) return { code: '', country: '', type: '' };
  if (countryIndex().isOrganisation(c)) return { code: gdelt().igo[c] ?? `IGO${c}`, country: '', type: 'IGO' };
  return { code: `${c}GOV`, country: c, type: 'GOV' };
}

/**
 * The day a date stands for in GDELT's integer date columns: a full date itself, a month its first
 * day, a year its first of January; a date without a year (--MM-DD) or no date: none (the row is
 * left out: GDELT's tools need a date). docs/exports.md states the convention.
 */
export function gdeltDay(d: string | null): { y: number; m: number; day: number } | null {
  const p = datePrecision(d);
  if (p === 'day') return { y: +d!.slice(0, 4), m: +d!.slice(5, 7), day: +d!.slice(8, 10) };
  if (p === 'month') return { y: +d!.slice(0, 4), m: +d!.slice(5, 7), day: 1 };
  if (p === 'year') return { y: +d!, m: 1, day: 1 };
  return null;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** GDELT's FractionDate: the year plus the share of it gone by that day, four decimals. */
function fractionDate(y: number, m: number, day: number): string {
  const doy = (Date.UTC(y, m - 1, day) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  const len = (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1)) / 86_400_000;
  return (y + doy / len).toFixed(4);
}

/** The report an export names first: the most authoritative kind of source, then the earliest. */
function leadReport(c: CanonicalEvent): CanonicalReport | null {
  return [...c.reports].sort((a, b) => SOURCE_WEIGHT[kindOfReport(b)] - SOURCE_WEIGHT[kindOfReport(a)] || (a.published ?? '').localeCompare(b.published ?? ''))[0] ?? null;
}

/** The rows of the GDELT-style table for one canonical event (none when it has no year). */
export function cameoRows(c: CanonicalEvent): string[] {
  const day = gdeltDay(c.date);
  if (!day) return [];
  const ordered = actors(c);
  if (!ordered.length) return [];
  const k = codes(c, ordered);
  const { lat, lon, id: featureId } = coords(c);
  const sources = new Set(c.reports.map((r) => r.source).filter(Boolean));
  const fips = c.location?.country ? gdelt().fips[c.location.country] ?? '' : '';
  const geoType = c.location?.place ? 4 : c.location?.country ? 1 : 0;
  const geoName = c.location?.place ? [c.location.place, countryIndex().name(c.location.country ?? '') ?? c.location.country].filter(Boolean).join(', ') : c.location?.country ? countryIndex().name(c.location.country) ?? c.location.country : '';
  const published = c.reports.map((r) => r.published).filter((p): p is string => !!p).sort()[0] ?? null;
  const added = published ? `${published.replace(/-/g, '')}000000` : `${day.y}${pad(day.m)}${pad(day.day)}000000`;
  const url = leadReport(c)?.url ?? c.reports.find((r) => r.url)?.url ?? '';
  const a1 = ordered[0];
  const others = ordered.length > 1 ? ordered.slice(1) : [null];
  const noGeo = [0, '', '', '', '', '', '', ''];
  return others.map((a2, i) => {
    const c1 = actorCode(a1), c2 = a2 ? actorCode(a2) : { code: '', country: '', type: '' };
    return [
      numericId(i ? `${c.id}#${i + 1}` : c.id), `${day.y}${pad(day.m)}${pad(day.day)}`, `${day.y}${pad(day.m)}`, day.y, fractionDate(day.y, day.m, day.day),
      c1.code, (a1.name ?? a1.title ?? '').toUpperCase(), c1.country, '', '', '', '', c1.type, '', '',
      c2.code, a2 ? (a2.name ?? a2.title ?? '').toUpperCase() : '', c2.country, '', '', '', '', c2.type, '', '',
      1, k.cameo, k.cameo.slice(0, 3), k.cameo.slice(0, 2), 1, k.goldstein, c.reports.length, sources.size, c.reports.length, '',
      ...noGeo, ...noGeo,
      geoType, geoName, fips, '', '', lat, lon, featureId,
      added, url,
    ].map(tsvCell).join('\t');
  });
}

/** A report as the jsonl export gives it. */
function exportedReport(r: CanonicalReport) {
  return {
    event: r.event, document: r.document, source: r.source, url: r.url, published: r.published,
    side: sideOf(r), side_basis: r.side_basis ?? 'none', source_kind: kindOfReport(r),
    date: r.date, kind: r.kind, location: r.location, topics: r.topics ?? [], initiator: r.initiator ?? null,
    statements: r.statements ?? [],
  };
}

/** The header line of a format, or null when it has none. */
export function exportHeader(format: ExportFormat, opts: ExportOptions = {}): string | null {
  if (format === 'csv') return CSV_COLUMNS.join(',');
  if (format === 'cameo' && opts.header) return GDELT_COLUMNS.join('\t');
  return null;
}

/** The lines one canonical event gives in a format (cameo: none for an event without a year, several for a multilateral one). */
export function exportLines(c: CanonicalEvent, format: ExportFormat): string[] {
  const sources = [...new Set(c.reports.map((r) => r.source).filter(Boolean))];
  const urls = [...new Set(c.reports.map((r) => r.url).filter(Boolean))];
  switch (format) {
    case 'jsonl': {
      const { reports: _r, ...rest } = c;
      return [JSON.stringify({ ...rest, date_precision: datePrecision(c.date), sides: reportSides(c).filter((s) => s !== UNKNOWN_SIDE), gdelt_id: numericId(c.id), reports: c.reports.map(exportedReport) })];
    }
    case 'csv': {
      const init = initiatorOf(c);
      return [[
        c.id, c.date, datePrecision(c.date), c.kind, c.initiator, init?.country, c.location?.place, c.location?.country, c.occasion,
        c.participants.map((p) => p.name ?? `(${p.title ?? 'unnamed'})`).join(' | '),
        c.participants.map((p) => p.country ?? '').join(' | '),
        c.participants.map((p) => p.title ?? '').join(' | '),
        c.topics.join(' | '), reportSides(c).join(' | '), c.events.length, c.reports.map(sideOf).join(' | '), c.reports.map(kindOfReport).join(' | '),
        sources.join(' | '), urls.join(' | '), c.referenced,
      ].map(csvCell).join(',')];
    }
    case 'cameo':
      return cameoRows(c);
    case 'plover': {
      const ordered = actors(c);
      const k = codes(c, ordered);
      const { lat, lon, id } = coords(c);
      return [JSON.stringify({
        event_id: c.id,
        event_date: c.date,
        date_precision: datePrecision(c.date),
        event_type: k.plover,
        event_mode: k.plover_mode,
        event_text: `${c.kind.replace('_', ' ')}: ${c.participants.map((p) => p.name ?? p.title).join(', ')}`,
        event_contexts: ['diplomatic'],
        quad_code: 'verbal cooperation',
        cameo_code: k.cameo,
        goldstein: k.goldstein,
        actors: ordered.map((p, i) => ({ role: i === 0 ? 'actor' : 'recipient', name: p.name, country: p.country, title: p.title, person_id: p.id ?? null, sector: 'government' })),
        initiator: c.initiator,
        location: c.location ? { name: c.location.place, country: c.location.country, lat, lon, geonames_id: id } : null,
        topics: c.topics,
        num_sources: sources.length,
        num_articles: c.events.length,
        cite_info: c.reports.map((r) => ({
          report_id: r.event, document: r.document, source: r.source, url: r.url, publication_date: r.published,
          side: sideOf(r), source_kind: kindOfReport(r),
        })),
      })];
    }
  }
}

/** One event's export as one string (lines joined): kept for callers of the earlier interface. */
export function exportLine(c: CanonicalEvent, format: ExportFormat): string {
  return exportLines(c, format).join('\n');
}

/**
 * The lines of an export, header first, streamed from the store's events. `limit` counts events;
 * recalled encounters only when `referenced`. `omitted` counts events a format cannot hold (cameo:
 * no year).
 */
export async function* exportStream(events: AsyncIterable<CanonicalEvent>, format: ExportFormat, opts: ExportOptions & { limit?: number; referenced?: boolean; omitted?: { n: number } } = {}): AsyncGenerator<string> {
  const header = exportHeader(format, opts);
  if (header) yield header;
  let n = 0;
  for await (const e of events) {
    if (!opts.referenced && e.referenced) continue;
    const lines = exportLines(e, format);
    if (!lines.length && opts.omitted) opts.omitted.n++;
    for (const l of lines) yield l;
    if (opts.limit && ++n >= opts.limit) break;
  }
}
