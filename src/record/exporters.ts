/**
 * Exports of canonical events in the formats analysts already use. Columns are documented in
 * docs/exports.md.
 * - `jsonl`: one canonical event a line (`id`, `events`, `date`, `kind`, `participants`, ... and `reports`)
 * - `csv`: one event a row, participants and topics joined with " | "
 * - `cameo`: a GDELT-style tab-separated events table
 * - `plover`: POLECAT-style JSON objects, one a line
 */
import type { CanonicalEvent } from './encounter-grouper.js';
import { codesFor } from '../refiners/code-refiner.js';
import { loadGazetteer } from '../knowledge/gazetteer.js';

export type ExportFormat = 'jsonl' | 'csv' | 'cameo' | 'plover';
export const EXPORT_FORMATS: ExportFormat[] = ['jsonl', 'csv', 'cameo', 'plover'];

export const CSV_COLUMNS = ['id', 'date', 'kind', 'place', 'place_country', 'occasion', 'participants', 'participant_countries', 'participant_titles', 'topics', 'reports', 'sources', 'urls', 'referenced'];
export const CAMEO_COLUMNS = [
  'GLOBALEVENTID', 'SQLDATE', 'Actor1Name', 'Actor1CountryCode', 'Actor2Name', 'Actor2CountryCode', 'OtherActors', 'EventCode', 'EventRootCode',
  'QuadClass', 'GoldsteinScale', 'ActionGeo_FullName', 'ActionGeo_CountryCode', 'ActionGeo_Lat', 'ActionGeo_Long', 'NumSources', 'NumArticles', 'SOURCEURL',
];

function csvCell(v: unknown): string {
  const s = v == null ? '' : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

const tsvCell = (v: unknown) => (v == null ? '' : String(v).replace(/[\t\n\r]+/g, ' '));

function codes(c: CanonicalEvent) {
  return codesFor({ kind: c.kind, location: c.location, participants: c.participants });
}

function coords(c: CanonicalEvent): { lat: number | null; lon: number | null } {
  const l = c.location;
  if (!l) return { lat: null, lon: null };
  if (l.lat != null && l.lon != null) return { lat: l.lat, lon: l.lon };
  if (l.place) {
    const p = loadGazetteer().resolve(l.place, { country: l.country });
    if (p) return { lat: p.lat, lon: p.lon };
  }
  return { lat: null, lon: null };
}

/** The header line of a format, or null when it has none. */
export function exportHeader(format: ExportFormat): string | null {
  if (format === 'csv') return CSV_COLUMNS.join(',');
  if (format === 'cameo') return CAMEO_COLUMNS.join('\t');
  return null;
}

export function exportLine(c: CanonicalEvent, format: ExportFormat): string {
  const sources = [...new Set(c.reports.map((r) => r.source).filter(Boolean))];
  const urls = [...new Set(c.reports.map((r) => r.url).filter(Boolean))];
  switch (format) {
    case 'jsonl':
      return JSON.stringify(c);
    case 'csv':
      return [
        c.id, c.date, c.kind, c.location?.place, c.location?.country, c.occasion,
        c.participants.map((p) => p.name ?? `(${p.title ?? 'unnamed'})`).join(' | '),
        c.participants.map((p) => p.country ?? '').join(' | '),
        c.participants.map((p) => p.title ?? '').join(' | '),
        c.topics.join(' | '), c.events.length, sources.join(' | '), urls.join(' | '), c.referenced,
      ].map(csvCell).join(',');
    case 'cameo': {
      const k = codes(c);
      const [a, b, ...rest] = c.participants;
      const { lat, lon } = coords(c);
      return [
        c.id, (c.date ?? '').replace(/^--/, '').replace(/-/g, ''), a?.name ?? a?.title, a?.country, b?.name ?? b?.title, b?.country,
        rest.map((p) => `${p.name ?? p.title}/${p.country ?? ''}`).join('; '), k.cameo, k.cameo.slice(0, 2), 1, k.goldstein,
        c.location?.place ?? null, c.location?.country ?? null, lat, lon, sources.length, c.events.length, urls.join(' '),
      ].map(tsvCell).join('\t');
    }
    case 'plover': {
      const k = codes(c);
      const { lat, lon } = coords(c);
      return JSON.stringify({
        event_id: c.id,
        event_date: c.date,
        event_type: k.plover,
        event_mode: k.plover_mode,
        event_text: `${c.kind.replace('_', ' ')}: ${c.participants.map((p) => p.name ?? p.title).join(', ')}`,
        cameo_code: k.cameo,
        goldstein: k.goldstein,
        actors: c.participants.map((p, i) => ({ role: i === 0 ? 'actor' : 'recipient', name: p.name, country: p.country, title: p.title, person_id: p.id ?? null })),
        location: c.location ? { name: c.location.place, country: c.location.country, lat, lon } : null,
        topics: c.topics,
        num_sources: sources.length,
        num_articles: c.events.length,
        source_urls: urls,
        report_ids: c.events,
      });
    }
  }
}
