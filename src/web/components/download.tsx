/**
 * Download links for a list of events: the same filters as the list, in each export format of the
 * API (/api/export). Plain links: the browser saves the file as the server streams it.
 */
import { query } from '../api.ts';
import type { ExportFormat } from '../../vocabulary/terms.ts';

/** Every format of the vocabulary's EXPORT_FORMATS, with its label (the type makes a new format a type error here until it has one). */
const FORMATS: [ExportFormat, string, string][] = [
  ['csv', 'CSV', 'one row per event, with initiator, sides and date precision'],
  ['jsonl', 'JSON Lines', 'each event with its reports, their sides and statements'],
  ['cameo', 'GDELT (CAMEO)', "GDELT 2.0's event table, tab-separated"],
  ['plover', 'PLOVER', 'POLECAT-style JSON with cite_info'],
];

export function exportHref(format: ExportFormat, filters: Record<string, string | undefined>): string {
  const f: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(filters)) if (v && k !== 'order' && k !== 'limit' && k !== 'cursor') f[k] = v;
  return `/api/export${query({ format, ...f })}`;
}

export function DownloadLinks({ filters, what }: { filters: Record<string, string | undefined>; what: string }) {
  return (
    <p class="downloads" aria-label={`Download ${what}`}>
      <span class="muted small">Download {what}:</span>{' '}
      {FORMATS.map(([format, label, title]) => (
        <a key={format} class="button secondary download" href={exportHref(format, filters)} download title={title} data-format={format}>{label}</a>
      ))}
    </p>
  );
}
