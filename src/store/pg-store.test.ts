import { describe, it, expect } from 'vitest';
import { runStoreContract, docInput } from './store.contract.js';
import { PgStore, numbered, parsePgUrl } from './pg-store.js';
import { TEST_DOCS } from './contract-docs.js';
import { PG_SKIP, freshPgUrl } from './pg-test-db.js';

if (PG_SKIP) console.log(`PostgreSQL store tests skipped: ${PG_SKIP}`);

describe('PgStore without a server', () => {
  it('numbers placeholders and reads the schema from the URL', () => {
    expect(numbered('a = ? AND b IN (?, ?)')).toBe('a = $1 AND b IN ($2, $3)');
    expect(parsePgUrl('postgres://u@h:5432/db?schema=team_a&sslmode=disable')).toEqual({ connectionString: 'postgres://u@h:5432/db?sslmode=disable', schema: 'team_a' });
    expect(parsePgUrl('postgres://u@h/db').schema).toBe('readout');
    expect(() => parsePgUrl('postgres://u@h/db?schema=x;drop')).toThrow(/schema/);
  });
});

if (!PG_SKIP) {
  runStoreContract('postgres', () => PgStore.open(freshPgUrl()));

  describe('PgStore specifics', () => {
    it('creates its schema on first use and opens it again', async () => {
      const url = freshPgUrl();
      const a = await PgStore.open(url);
      await a.ingest(docInput(TEST_DOCS[0]));
      await a.close();
      const b = await PgStore.open(url, { readonly: true });
      expect(await b.counts()).toEqual({ documents: 1, reports: 1, events: 1 });
      await expect(b.ingest(docInput(TEST_DOCS[1]))).rejects.toThrow(/read-only/);
      await b.close();
    });

    it('brings a schema-6 store to 7: finds every account and writes the canonical events again with them', async () => {
      const url = freshPgUrl();
      const a = await PgStore.open(url);
      for (const d of TEST_DOCS) await a.ingest(docInput(d));
      const [call] = (await a.events({ country: 'VNM', with: 'CHN' })).events;
      // what a store of schema 6 held: no accounts' columns (nor engagement columns), canonical reports without sides
      await a.pool.query(`ALTER TABLE ${a.schema}.documents DROP COLUMN side, DROP COLUMN account; ALTER TABLE ${a.schema}.canonical_events DROP COLUMN level, DROP COLUMN host; UPDATE ${a.schema}.meta SET value = '6' WHERE key = 'schema'`);
      const rows = (await a.pool.query(`SELECT id, data FROM ${a.schema}.canonical_events`)).rows as { id: number; data: string }[];
      for (const r of rows) {
        const c = JSON.parse(r.data);
        c.reports = c.reports.map(({ event, document, source, url: u, published, date, kind, location }: any) => ({ event, document, source, url: u, published, date, kind, location }));
        await a.pool.query(`UPDATE ${a.schema}.canonical_events SET data = $1 WHERE id = $2`, [JSON.stringify(c), r.id]);
      }
      await a.close();
      const b = await PgStore.open(url);
      const e = (await b.event(call.id))!;
      expect(e.reports.map((r) => r.side).sort()).toEqual(['CHN', 'VNM']);
      expect(e.reports_full.map((r) => r.account?.side).sort()).toEqual(['CHN', 'VNM']);
      expect((await b.pool.query(`SELECT value FROM ${b.schema}.meta WHERE key = 'schema'`)).rows[0].value).toBe('7');
      expect((await b.pool.query(`SELECT count(*)::int AS n FROM ${b.schema}.meta WHERE key = 'accounts'`)).rows[0].n).toBe(0);
      expect(await b.integrityCheck()).toEqual([]);
      await b.close();
    });

    it('refuses to open a schema without a store read-only', async () => {
      await expect(PgStore.open(freshPgUrl(), { readonly: true })).rejects.toThrow(/no readout store/);
    });

    it('rejects a bad cursor with a RangeError', async () => {
      const s = await PgStore.open(freshPgUrl());
      await expect(s.events({ cursor: 'not-a-cursor' })).rejects.toThrow(RangeError);
      await s.close();
    });

    it('brings a schema-6 store to 7: every canonical event gets its level and direction', async () => {
      const url = freshPgUrl();
      const a = await PgStore.open(url);
      for (const d of TEST_DOCS) await a.ingest(docInput(d));
      const before = await a.events({ referenced: true });
      // what a store of schema 6 held: no engagement columns (nor accounts' columns)
      await a.pool.query(`ALTER TABLE ${a.schema}.canonical_events DROP COLUMN level, DROP COLUMN host; ALTER TABLE ${a.schema}.documents DROP COLUMN side, DROP COLUMN account`);
      await a.pool.query(`UPDATE ${a.schema}.canonical_events SET summary = (summary::jsonb - 'level' - 'direction')::text, data = (data::jsonb - 'level' - 'direction')::text`);
      await a.pool.query(`UPDATE ${a.schema}.meta SET value = '6' WHERE key = 'schema'`);
      await a.close();
      const b = await PgStore.open(url);
      expect(await b.events({ referenced: true })).toEqual(before);
      expect((await b.events({ country: 'VNM', direction: 'inbound' })).events).toHaveLength(1);
      await b.close();
    });

    it('searches accent-folded text and treats search words as words', async () => {
      const s = await PgStore.open(freshPgUrl());
      for (const d of TEST_DOCS) await s.ingest(docInput(d));
      expect((await s.events({ text: "Belt & Road | !x" })).events).toHaveLength(0);
      expect((await s.events({ text: 'BELT road' })).events).toHaveLength(1);
      expect((await s.events({ text: '***' })).events).toHaveLength(0);
      await s.close();
    });
  });
}
