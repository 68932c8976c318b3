/**
 * The ingest queue on a real PostgreSQL server: a document's verdict completes its job; a job whose
 * store fails is retried and then dead-lettered with its error; outcomes come back per batch.
 */
import { describe, it, expect } from 'vitest';
import { PgStore } from '../store/pg-store.js';
import type { Store } from '../store/store.js';
import type { SourceResult } from '../ingest/sources.js';
import { openQueue, enqueueBatch, runWorker, batchPending, batchOutcomes, summarise, orderedId, DEAD_QUEUE, queueSchema } from './ingest-queue.js';
import { TEST_DOCS } from '../store/contract-docs.js';
import { PG_SKIP, freshPgUrl } from '../store/pg-test-db.js';

async function* items(): AsyncGenerator<SourceResult> {
  yield { ok: true, item: { origin: 'a.txt', id: 'a', url: null, source: null, published: '2022-03-03', format: 'text', content: TEST_DOCS[0].text } };
  yield { ok: true, item: { origin: 'empty.txt', id: 'empty', url: null, source: null, published: null, format: 'text', content: '   ' } };
  yield { ok: false, origin: 'gone.txt', reason: 'no such file' };
  yield { ok: true, item: { origin: 'a-again.txt', id: 'a2', url: null, source: null, published: '2022-03-03', format: 'text', content: TEST_DOCS[0].text } };
}

describe('job ids', () => {
  it('sort in the order they were made', () => {
    const ids = Array.from({ length: 500 }, () => orderedId());
    expect([...ids].sort()).toEqual(ids);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))).toBe(true);
  });
});

describe.skipIf(!!PG_SKIP)('the ingest queue', () => {
  it('completes jobs with each document\'s outcome and reports the batch as one ingest would', async () => {
    const url = freshPgUrl('q');
    const store = await PgStore.open(url);
    const boss = await openQueue(url);
    const batch = await enqueueBatch(boss, items());
    expect(batch.ids).toHaveLength(3);
    expect(await runWorker(store, boss, { untilEmpty: true, pollSeconds: 0.1 })).toBe(3);
    const pool = store.pool;
    const c = await pool.connect();
    expect(await batchPending(c, url, batch.ids)).toBe(0);
    const s = summarise(await batchOutcomes(c, url, batch), batch.unreadable, 1);
    c.release();
    expect(s).toMatchObject({ read: 4, new: 1, duplicate: 1, failed: 2, events: 1 });
    expect(s.failures.map((f) => f.origin).sort()).toEqual(['empty.txt', 'gone.txt']);
    await boss.stop({ graceful: false, wait: true });
    await store.close();
  }, 60_000);

  it('retries a job whose store fails, then dead-letters it with the error', async () => {
    const url = freshPgUrl('q');
    const real = await PgStore.open(url);
    // the store fails every write, as a full disk or a lost server would
    const failing: Store = new Proxy(real, { get: (t, k, r) => (k === 'ingest' ? async () => { throw new Error('could not extend file: No space left on device'); } : Reflect.get(t, k, r)) });
    const boss = await openQueue(url, { maintenanceIntervalSeconds: 1 });
    const batch = await enqueueBatch(boss, (async function* (): AsyncGenerator<SourceResult> {
      yield { ok: true, item: { origin: 'b.txt', id: 'b', url: null, source: null, published: '2022-03-03', format: 'text', content: TEST_DOCS[1].text } };
    })());
    const t0 = Date.now();
    // three tries: at once, after 2 s, after about 4 s more
    const tries = await runWorker(failing, boss, { untilEmpty: true, pollSeconds: 0.2 });
    expect(tries).toBe(3);
    expect(Date.now() - t0).toBeGreaterThan(2000);
    const c = await real.pool.connect();
    const [outcome] = await batchOutcomes(c, url, batch);
    expect(outcome).toEqual({ status: 'failed', reason: 'dead-lettered after retries: could not extend file: No space left on device', origin: 'b.txt' });
    const dead = (await c.query(`SELECT data->'item'->>'origin' AS origin FROM ${queueSchema(url)}.job WHERE name = $1`, [DEAD_QUEUE])).rows;
    expect(dead).toEqual([{ origin: 'b.txt' }]);
    c.release();
    expect((await real.counts()).documents).toBe(0);
    await boss.stop({ graceful: false, wait: true });
    await real.close();
  }, 60_000);
});
