/**
 * `GET /api/export?format=jsonl|csv|cameo|plover&…`: the record's exports (record/exporters.ts) with
 * the events filters of the vocabulary (src/vocabulary/filters.ts, scope `export`), streamed as the
 * store gives the events, as a download (Content-Disposition). `limit` caps the events (up to
 * 1,000,000; default all), `header=true` gives cameo its column names. A bad parameter is a 400
 * with the parameter and the allowed values, as on every list route.
 */
import { Hono } from 'hono';
import { stream } from 'hono/streaming';
import { EXPORT_FORMATS, EXPORT_TYPES, exportStream, type ExportFormat } from '../../record/exporters.js';
import { HttpError, filtersOf } from '../validate.js';
import type { RouteContext } from './context.js';

/** The most events one export holds. */
export const MAX_EXPORT = 1_000_000;
/** The export's own parameters besides the filters. */
export const EXPORT_PARAMS = ['format', 'header', 'limit'] as const;

/** The export's format and options from a query (the filters are checked by `filtersOf`). */
export function exportOptions(q: Record<string, string>): { format: ExportFormat; header: boolean; limit: number | undefined } {
  if (!q.format) throw new HttpError(400, `format is required: one of ${EXPORT_FORMATS.join(', ')}`, { parameter: 'format', allowed: EXPORT_FORMATS });
  if (!EXPORT_FORMATS.includes(q.format as ExportFormat)) throw new HttpError(400, `format must be one of ${EXPORT_FORMATS.join(', ')}, got "${q.format}"`, { parameter: 'format', allowed: EXPORT_FORMATS });
  if (q.header != null && !/^(?:true|false|1|0)$/.test(q.header)) throw new HttpError(400, 'header must be true or false', { parameter: 'header', allowed: ['true', 'false'] });
  const header = q.header === 'true' || q.header === '1';
  if (header && q.format !== 'cameo') throw new HttpError(400, 'header goes with format=cameo (csv always has its header)', { parameter: 'header' });
  let limit: number | undefined;
  if (q.limit != null) {
    if (!/^\d+$/.test(q.limit) || Number(q.limit) < 1 || Number(q.limit) > MAX_EXPORT) throw new HttpError(400, `limit must be a whole number from 1 to ${MAX_EXPORT}`, { parameter: 'limit' });
    limit = Number(q.limit);
  }
  return { format: q.format as ExportFormat, header, limit };
}

export function exportRoutes({ store }: RouteContext): Hono {
  const r = new Hono();
  r.get('/export', async (c) => {
    const { filter, query } = filtersOf(c, 'export', { extra: [...EXPORT_PARAMS] });
    const { format, header, limit } = exportOptions(query);
    const type = EXPORT_TYPES[format];
    c.header('Content-Type', type.type);
    c.header('Content-Disposition', `attachment; filename="readout-events.${type.extension}"`);
    c.header('Cache-Control', 'no-store');
    return stream(c, async (s) => {
      let chunk = '';
      for await (const line of exportStream(store.allEvents({ ...filter, referenced: true }), format, { header, limit, referenced: !!filter.referenced })) {
        chunk += `${line}\n`;
        if (chunk.length >= 64 * 1024) { await s.write(chunk); chunk = ''; }
      }
      if (chunk) await s.write(chunk);
    }, async (err, s) => {
      // the download has begun: say so in it, and stop
      void err;
      await s.write('\n# readout: the export stopped on an error; this file is incomplete\n');
    });
  });
  return r;
}
