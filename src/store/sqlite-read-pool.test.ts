import { describe, it, expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract, docInput } from './store.contract.js';
import { SqliteStore } from './sqlite-store.js';
import { PooledSqliteStore } from './sqlite-read-pool.js';
import { TEST_DOCS } from './contract-docs.js';
import type { EventFilter } from './store.js';

const file = () => join(mkdtempSync(join(tmpdir(), 'readout-pool-')), 'r.db');

runStoreContract('sqlite (read pool)', () => new PooledSqliteStore(new SqliteStore(file()), 2));

describe('PooledSqliteStore', () => {
  it('answers many different questions at once, as the store itself does', async () => {
    const path = file();
    const direct = new SqliteStore(path);
    for (const d of TEST_DOCS) await direct.ingest(docInput(d));
    const pooled = new PooledSqliteStore(new SqliteStore(path, { readonly: true }), 3);
    const filters: EventFilter[] = [];
    for (const country of ['VNM', 'CHN', 'LAO', 'USA', undefined]) for (const kind of ['meeting', 'phone_call', undefined] as const) for (const from of ['2021', '2023', undefined]) filters.push({ country, kind, from, limit: 5 });
    const answers = await Promise.all(filters.map((f) => pooled.events(f)));
    for (let i = 0; i < filters.length; i++) expect(answers[i]).toEqual(await direct.events(filters[i]));
    await expect(pooled.events({ cursor: 'bad' })).rejects.toThrow(RangeError);
    const all = [];
    for await (const e of pooled.allEvents()) all.push(e.id);
    expect(all).toHaveLength(3);
    await expect(pooled.ingest(docInput(TEST_DOCS[0]))).rejects.toThrow();
    await pooled.close();
    await direct.close();
  });
});
