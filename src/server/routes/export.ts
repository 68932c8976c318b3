/**
 * `GET /api/export?format=jsonl|csv|cameo|plover&…`: the record's exports (record/exporters.ts) with
 * the events filters (country, with, person, kind, topic, from, to, text, referenced), streamed as
 * the store gives the events, as a download (Content-Disposition). `limit` caps the events (up to
 * 1,000,000; default all), `header=true` gives cameo its column names. A bad parameter is a 400
 * with the allowed values.
 */
import type { Hono } from 'hono';
import { stream } from 'hono/streaming';
import type { Store } from '../../store/store.js';
import { EXPORT_FORMATS, EXPORT_TYPES, exportStream, type ExportFormat } from '../../record/exporters.js';
import { filterFrom } from '../../cli/record-commands.js';
import { UsageError } from '../../cli/io.js';

export const EXPORT_FILTERS = ['country', 'with', 'person', 'kind', 'topic', 'from', 'to', 'text', 'referenced'];
const EXPORT_PARAMS = new Set(['format', 'header', 'limit', 'token', ...EXPORT_FILTERS]);
export const MAX_EXPORT = 1_000_000;

class BadRequest extends Error {}

/** The export's format, options and filter from a query, or a BadRequest saying what is wrong. */
export function exportQuery(q: Record<string, string>) {
  for (const k of Object.keys(q)) if (!EXPORT_PARAMS.has(k)) throw new BadRequest(`unknown parameter "${k}" (export takes ${[...EXPORT_PARAMS].filter((p) => p !== 'token').join(', ')})`);
  if (!q.format) throw new BadRequest(`format is required: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!EXPORT_FORMATS.includes(q.format as ExportFormat)) throw new BadRequest(`format must be one of ${EXPORT_FORMATS.join(', ')}, got "${q.format}"`);
  for (const k of ['header', 'referenced']) if (q[k] != null && !/^(?:true|false|1|0)$/.test(q[k])) throw new BadRequest(`${k} must be true or false`);
  const header = q.header === 'true' || q.header === '1';
  if (header && q.format !== 'cameo') throw new BadRequest('header goes with format=cameo (csv always has its header)');
  let limit: number | undefined;
  if (q.limit != null) {
    if (!/^\d+$/.test(q.limit) || Number(q.limit) < 1 || Number(q.limit) > MAX_EXPORT) throw new BadRequest(`limit must be a whole number from 1 to ${MAX_EXPORT}`);
    limit = Number(q.limit);
  }
  const { format: _f, header: _h, limit: _l, token: _t, ...filters } = q;
  try {
    const f = filterFrom({ ...filters, referenced: filters.referenced === 'true' || filters.referenced === '1' });
    return { format: q.format as ExportFormat, header, limit, filter: f };
  } catch (e) {
    if (e instanceof UsageError) throw new BadRequest(e.message.replace(/--(\w+)/g, '$1'));
    throw e;
  }
}

export function registerExportRoute(app: Hono, store: Store): void {
  app.get('/api/export', async (c) => {
    let q;
    try { q = exportQuery(c.req.query()); } catch (e) {
      if (e instanceof BadRequest) return c.json({ error: e.message }, 400);
      throw e;
    }
    const { format, header, limit, filter } = q;
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
}
