/**
 * --db on every command: files, sqlite: and postgres:// URLs; read-only opening for commands that only
 * read; a foreign SQLite file refused by ingest; --workers only with PostgreSQL.
 */
import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { main } from './main.js';
import type { Io } from './io.js';
import { openStore } from './store-option.js';
import { storeLocation, describeLocation } from '../store/open-store.js';
import { TEST_DOCS } from '../store/contract-docs.js';
import { docInput } from '../store/store.contract.js';
import { PG_SKIP, freshPgUrl } from '../store/pg-test-db.js';

function io() {
  const out: string[] = [], err: string[] = [];
  const x: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => Buffer.from(''), isTTY: false };
  return { io: x, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-db-'));
writeFileSync(join(dir, 'call.txt'), TEST_DOCS[0].text);

describe('where a store lives', () => {
  it('reads files, sqlite: paths and postgres:// URLs, and hides passwords in messages', () => {
    expect(storeLocation('x.db')).toMatchObject({ kind: 'sqlite' });
    expect(storeLocation('sqlite:x.db')).toMatchObject({ kind: 'sqlite' });
    expect(storeLocation('sqlite:///tmp/x.db')).toEqual({ kind: 'sqlite', path: '/tmp/x.db' });
    expect(storeLocation('postgresql://u:p@h/db')).toEqual({ kind: 'postgres', url: 'postgresql://u:p@h/db' });
    expect(describeLocation(storeLocation('postgres://u:secret@h/db'))).not.toContain('secret');
    expect(() => storeLocation('mysql://h/db')).toThrow(/file path, sqlite:PATH or postgres/);
  });

  it('opens the store read-only for commands that only read: no write gets through', async () => {
    const db = join(dir, 'ro.db');
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', db], io().io)).toBe(0);
    const before = readFileSync(db);
    const t = io();
    expect(await main(['events', '--db', db, '--json'], t.io)).toBe(0);
    expect(t.out).toHaveLength(1);
    expect(readFileSync(db).equals(before)).toBe(true);
    const store = await openStore(db, 'read');
    await expect(store.ingest(docInput(TEST_DOCS[2]))).rejects.toThrow(/read-only/);
    await store.close();
  });

  it('refuses to ingest into an SQLite file that is not a readout store, and accepts an empty one', async () => {
    const foreign = join(dir, 'foreign.db');
    const d = new Database(foreign);
    d.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount REAL)');
    d.close();
    const before = readFileSync(foreign);
    const t = io();
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', foreign], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/not a readout store \(tables: invoices\)/);
    expect(readFileSync(foreign).equals(before)).toBe(true);
    const empty = join(dir, 'empty.db');
    new Database(empty).close();
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', empty], io().io)).toBe(0);
  });

  it('says clearly when a read command has no store, or --workers has no server', async () => {
    const t = io();
    expect(await main(['events', '--db', join(dir, 'missing.db')], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/no store at .*missing\.db/);
    // a read command makes no folder; ingest makes the new store's folder
    expect(await main(['events', '--db', join(dir, 'runs', 'a', 'r.db')], io().io)).toBe(2);
    expect(existsSync(join(dir, 'runs'))).toBe(false);
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', join(dir, 'runs', 'a', 'r.db')], io().io)).toBe(0);
    expect(await main(['events', '--db', join(dir, 'runs', 'a', 'r.db')], io().io)).toBe(0);
    const w = io();
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', join(dir, 'x.db'), '--workers', '2'], w.io)).toBe(2);
    expect(w.err.join('\n')).toMatch(/needs a PostgreSQL store/);
    const bad = io();
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', 'postgres://127.0.0.1:1/none', '--workers', 'two'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--workers takes a whole number/);
  });

  it('says clearly when the PostgreSQL server cannot be reached', async () => {
    const t = io();
    expect(await main(['events', '--db', 'postgres://readout@127.0.0.1:1/readout'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/cannot open store postgres:\/\/readout@127\.0\.0\.1:1\/readout: .*ECONNREFUSED/);
  });
});

describe.skipIf(!!PG_SKIP)('commands on a PostgreSQL store', () => {
  it('ingests, lists and shows events with --db postgres://', async () => {
    const url = freshPgUrl('cli');
    expect(await main(['ingest', join(dir, 'call.txt'), '--db', url], io().io)).toBe(0);
    const t = io();
    expect(await main(['events', '--db', url, '--json'], t.io)).toBe(0);
    const e = JSON.parse(t.out[0]);
    expect(e.kind).toBe('phone_call');
    const s = io();
    expect(await main(['show', e.id, '--db', url], s.io)).toBe(0);
    expect(s.out.join('\n')).toContain('call#1');
    const missing = io();
    expect(await main(['events', '--db', freshPgUrl('cli')], missing.io)).toBe(2);
    expect(missing.err.join('\n')).toMatch(/no readout store in schema/);
  });
});
