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

  it('rejects a bad cursor with a RangeError', async () => {
    const s = new SqliteStore(':memory:');
    await expect(s.events({ cursor: 'not-a-cursor' })).rejects.toThrow(RangeError);
    await s.close();
  });
});
