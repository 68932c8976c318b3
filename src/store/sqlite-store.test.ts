import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract, docInput } from './store.contract.js';
import { SqliteStore, ftsQuery } from './sqlite-store.js';
import { TEST_DOCS } from './contract-docs.js';

runStoreContract('sqlite (memory)', () => new SqliteStore(':memory:'));
runStoreContract('sqlite (file)', () => new SqliteStore(join(mkdtempSync(join(tmpdir(), 'readout-')), 'r.db')));

describe('SqliteStore specifics', () => {
  it('quotes full-text queries so user words are never FTS syntax', () => {
    expect(ftsQuery('Code of "Conduct" OR x*')).toBe('"Code" "of" "Conduct" "OR" "x"');
    expect(ftsQuery('***')).toBe('""');
  });

  it('keeps stored data across reopening', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'readout-')), 'r.db');
    const a = new SqliteStore(path);
    await a.ingest(docInput(TEST_DOCS[0]));
    await a.close();
    const b = new SqliteStore(path);
    expect(await b.counts()).toEqual({ documents: 1, reports: 1, events: 1 });
    await b.close();
  });

  it('files documents of a known grouping as ingest would have', async () => {
    const a = new SqliteStore(':memory:'), b = new SqliteStore(':memory:');
    for (const d of TEST_DOCS) await a.ingest(docInput(d));
    const [vn, cn, ...rest] = TEST_DOCS.map(docInput);
    expect(await b.fileGrouped([[vn, cn], ...rest.map((d) => [d])])).toBe(TEST_DOCS.length);
    const all = async (s: SqliteStore) => { const out = []; for await (const e of s.allEvents()) out.push(e); return out; };
    // trade-figures has no event: its group is dropped, as ingest never makes one
    expect(await all(b)).toEqual(await all(a));
    expect(await b.integrityCheck()).toEqual([]);
    expect(await b.events({ text: 'Belt and Road' })).toEqual(await a.events({ text: 'Belt and Road' }));
  });

  it('reads a schema-5 store as it is, and brings it to schema 7 (the pair index, the accounts, engagement levels) when opened for writing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'readout-')), 'r.db');
    const a = new SqliteStore(path);
    for (const d of TEST_DOCS) await a.ingest(docInput(d));
    const pair = await a.events({ country: 'VNM', with: 'CHN' });
    expect(pair.events).toHaveLength(1);
    a.db.exec("DROP TABLE canonical_pairs; UPDATE meta SET value = '5' WHERE key = 'schema'");
    await a.close();
    const old = new SqliteStore(path, { readonly: true });
    expect(await old.events({ country: 'VNM', with: 'CHN' })).toEqual(pair);
    await old.close();
    const migrated = new SqliteStore(path);
    await migrated.upgrade();
    expect(migrated.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({ value: '7' });
    expect(migrated.db.prepare('SELECT country, other FROM canonical_pairs ORDER BY 1, 2').all()).toEqual([{ country: 'CHN', other: 'USA' }, { country: 'CHN', other: 'VNM' }, { country: 'LAO', other: 'VNM' }, { country: 'USA', other: 'CHN' }, { country: 'VNM', other: 'CHN' }, { country: 'VNM', other: 'LAO' }]);
    expect(await migrated.events({ country: 'VNM', with: 'CHN' })).toEqual(pair);
    await migrated.close();
  });

  it('brings a schema-6 store to 7: finds every account and writes the canonical events again with them', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'readout-')), 'r.db');
    const a = new SqliteStore(path);
    for (const d of TEST_DOCS) await a.ingest(docInput(d));
    const [call] = (await a.events({ country: 'VNM', with: 'CHN' })).events;
    // what a store of schema 6 held: no accounts, statements without their sentence, canonical reports without sides
    a.db.exec("ALTER TABLE documents DROP COLUMN side; ALTER TABLE documents DROP COLUMN account; ALTER TABLE canonical_events DROP COLUMN level; ALTER TABLE canonical_events DROP COLUMN host; UPDATE meta SET value = '6' WHERE key = 'schema'");
    for (const r of a.db.prepare('SELECT id, data FROM reports').all() as { id: number; data: string }[]) {
      const ev = JSON.parse(r.data);
      for (const st of ev.statements ?? []) delete st.text;
      a.db.prepare('UPDATE reports SET data = ? WHERE id = ?').run(JSON.stringify(ev), r.id);
    }
    for (const r of a.db.prepare('SELECT id, data FROM canonical_events').all() as { id: number; data: string }[]) {
      const c = JSON.parse(r.data);
      c.reports = c.reports.map(({ event, document, source, url, published, date, kind, location }: any) => ({ event, document, source, url, published, date, kind, location }));
      a.db.prepare('UPDATE canonical_events SET data = ? WHERE id = ?').run(JSON.stringify(c), r.id);
    }
    await a.close();
    // read as it is: no accounts
    const old = new SqliteStore(path, { readonly: true });
    expect((await old.event(call.id))!.reports_full.every((r) => r.account === null)).toBe(true);
    await old.close();
    const b = new SqliteStore(path);
    await b.upgrade();
    expect(b.db.prepare("SELECT value FROM meta WHERE key = 'schema'").get()).toEqual({ value: '7' });
    expect(b.db.prepare("SELECT 1 FROM meta WHERE key = 'accounts'").get()).toBeUndefined();
    const e = (await b.event(call.id))!;
    expect(e.reports.map((r) => r.side).sort()).toEqual(['CHN', 'VNM']);
    expect(e.reports_full.every((r) => (r.data.statements ?? []).every((s) => typeof s.text === 'string'))).toBe(true);
    expect(await b.integrityCheck()).toEqual([]);
    await b.close();
  });

  it('reads a schema-6 store without engagement filters, and computes every level and direction when opened for writing', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'readout-')), 'r6.db');
    const a = new SqliteStore(path);
    for (const d of TEST_DOCS) await a.ingest(docInput(d));
    const before = await a.events({ referenced: true });
    expect(before.events.every((e) => e.level)).toBe(true);
    // what a store of schema 6 held: no engagement columns (nor accounts' columns)
    a.db.exec("ALTER TABLE canonical_events DROP COLUMN level; ALTER TABLE canonical_events DROP COLUMN host; ALTER TABLE documents DROP COLUMN side; ALTER TABLE documents DROP COLUMN account; UPDATE meta SET value = '6' WHERE key = 'schema'");
    a.db.exec(`UPDATE canonical_events SET data = json_remove(data, '$.level', '$.direction'), summary = json_remove(summary, '$.level', '$.direction')`);
    await a.close();
    const old = new SqliteStore(path, { readonly: true });
    expect((await old.events({ referenced: true })).events.map((e) => e.level ?? null)).toEqual(before.events.map(() => null));
    await expect(old.events({ level: 'ministers' })).rejects.toThrow(/schema 7/);
    await old.close();
    const migrated = new SqliteStore(path);
    expect(await migrated.events({ referenced: true })).toEqual(before);
    // and once the accounts are found and the components regrouped, the same events
    await migrated.upgrade();
    expect(await migrated.events({ referenced: true })).toEqual(before);
    expect((await migrated.events({ level: 'ministers' })).events.length).toBe(before.events.filter((e) => e.level === 'ministers').length);
    await migrated.close();
  });

  it('stores a batch in one transaction, rolling back only the document that fails', async () => {
    const s = new SqliteStore(':memory:');
    const [a, b, c] = TEST_DOCS.slice(0, 3).map(docInput);
    // two events with one id: the second report breaks the unique key, so this document cannot be stored
    const broken = { ...b, extraction: { ...b.extraction, events: [b.extraction.events[0], b.extraction.events[0]] } };
    const out = await s.ingestMany([a, broken, c, a]);
    expect(out.map((o) => (o instanceof Error ? 'error' : o.status))).toEqual(['new', 'error', 'new', 'duplicate']);
    expect((await s.documentIds()).sort()).toEqual(['vn-call', 'vn-lao']);
    expect(await s.integrityCheck()).toEqual([]);
    await s.close();
  });

  it('rejects a bad cursor with a RangeError', async () => {
    const s = new SqliteStore(':memory:');
    await expect(s.events({ cursor: 'not-a-cursor' })).rejects.toThrow(RangeError);
    await s.close();
  });
});
