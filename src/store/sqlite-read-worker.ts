/**
 * One thread of the SQLite read pool (sqlite-read-pool.ts): its own read-only connection to the
 * store file, answering the pool's requests one at a time ({id, method, args} → {id, ok, value} or
 * {id, ok: false, error}). Iterables (allEvents) come back whole, as an array.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SqliteStore } from './sqlite-store.js';

const store = new SqliteStore((workerData as { path: string }).path, { readonly: true });
const READS = new Set(['events', 'event', 'people', 'person', 'countries', 'pairStats', 'countEvents', 'personKeys', 'countPeople', 'document', 'documentIds', 'counts', 'hasHash', 'allEvents', 'allEventsPage']);

parentPort!.on('message', async (m: { id: number; method: string; args: unknown[] }) => {
  try {
    if (!READS.has(m.method)) throw new Error(`not a read: ${m.method}`);
    let value = (store as any)[m.method](...m.args);
    if (value && typeof value[Symbol.asyncIterator] === 'function') {
      const all: unknown[] = [];
      for await (const x of value as AsyncIterable<unknown>) all.push(x);
      value = all;
    } else value = await value;
    parentPort!.postMessage({ id: m.id, ok: true, value });
  } catch (e) {
    parentPort!.postMessage({ id: m.id, ok: false, error: { name: (e as Error).name, message: (e as Error).message } });
  }
});
parentPort!.postMessage({ ready: true });
