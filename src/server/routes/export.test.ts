/**
 * GET /api/export: the record's exports with the events filters, streamed as a download, the same
 * lines the CLI writes; clear 400s; never cached, and behind the token when reads need it.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createApp } from '../app.js';
import { SqliteStore } from '../../store/sqlite-store.js';
import { docInput } from '../../store/store.contract.js';
import { TEST_DOCS } from '../../store/contract-docs.js';
import { CSV_COLUMNS, GDELT_COLUMNS, exportStream } from '../../record/exporters.js';

let store: SqliteStore;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  for (const d of TEST_DOCS) await store.ingest(docInput(d));
  app = createApp(store);
});

describe('GET /api/export', () => {
  it('streams each format as a download, the lines the CLI writes', async () => {
    for (const [format, type, ext] of [['jsonl', 'application/x-ndjson', 'jsonl'], ['csv', 'text/csv', 'csv'], ['cameo', 'text/tab-separated-values', 'tsv'], ['plover', 'application/x-ndjson', 'plover.jsonl']]) {
      const res = await app.request(`/api/export?format=${format}`);
      expect(res.status, format).toBe(200);
      expect(res.headers.get('content-type'), format).toContain(type);
      expect(res.headers.get('content-disposition'), format).toBe(`attachment; filename="readout-events.${ext}"`);
      expect(res.headers.get('x-cache')).toBeNull();
      const body = await res.text();
      const cli: string[] = [];
      for await (const l of exportStream(store.allEvents({ referenced: true }), format as 'csv')) cli.push(l);
      expect(body, format).toBe(`${cli.join('\n')}\n`);
    }
  });

  it('applies the events filters and the limit', async () => {
    const csv = parse(await (await app.request('/api/export?format=csv&country=VNM&with=CHN')).text(), { columns: true }) as Record<string, string>[];
    expect(Object.keys(csv[0])).toEqual(CSV_COLUMNS);
    expect(csv).toHaveLength(1);
    expect(csv[0]).toMatchObject({ kind: 'phone_call', sides: 'CHN | VNM', date_precision: 'day' });
    const jsonl = (await (await app.request('/api/export?format=jsonl&limit=2')).text()).trim().split('\n');
    expect(jsonl).toHaveLength(2);
    const lao = (await (await app.request('/api/export?format=cameo&header=true&country=LAO')).text()).trim().split('\n');
    expect(lao[0].split('\t')).toEqual(GDELT_COLUMNS);
    expect(lao).toHaveLength(2);
    const reports = JSON.parse((await (await app.request('/api/export?format=jsonl&country=VNM&with=CHN')).text()).trim()).reports;
    expect(reports.map((r: any) => [r.document, r.side, r.source_kind]).sort()).toEqual([['cn-call', 'CHN', 'agency'], ['vn-call', 'VNM', 'agency']]);
  });

  it('answers bad parameters with a 400 that names the allowed values', async () => {
    for (const [url, msg] of [
      ['/api/export', /format is required: one of jsonl, csv, cameo, plover/], ['/api/export?format=xml', /format must be one of/],
      ['/api/export?format=csv&header=true', /header goes with format=cameo/], ['/api/export?format=csv&limit=0', /limit/],
      ['/api/export?format=csv&kind=dinner', /kind/], ['/api/export?format=csv&from=yesterday', /from/], ['/api/export?format=csv&cursor=x', /unknown parameter "cursor"/],
    ] as const) {
      const res = await app.request(url);
      expect(res.status, url).toBe(400);
      expect((await res.json() as { error: string }).error, url).toMatch(msg);
    }
  });

  it('needs the token when reads do', async () => {
    const guarded = createApp(store, { token: 's3cret', tokenForReads: true });
    expect((await guarded.request('/api/export?format=csv')).status).toBe(401);
    expect((await guarded.request('/api/export?format=csv', { headers: { Authorization: 'Bearer s3cret' } })).status).toBe(200);
  });
});
