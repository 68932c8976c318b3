/**
 * Ingest as jobs on a queue inside PostgreSQL (pg-boss 10), so extraction scales out over worker
 * processes on any machine that reaches the database. One job per document: `readout ingest
 * --workers N` puts a batch on the queue and runs N workers until the batch is done; `readout worker`
 * runs a worker anywhere.
 *
 * What happens to a job:
 *  - a document the extractor cannot use (empty, binary, no text) completes with that verdict: it is
 *    reported, not retried (it would fail the same way);
 *  - a failure of the job itself (the database unreachable, an error while storing) fails it: it is
 *    retried twice, after 2 s and about 4 s, then dead-lettered to `readout-ingest-dead` with its error;
 *  - a worker killed mid-job leaves its job active: when the job's time is up (`expireInSeconds`,
 *    default 600 s) pg-boss's maintenance fails it, and it is retried like any failure. Nothing is
 *    stored twice: a document is written in one transaction, and a text already stored is a duplicate.
 *
 * Why pg-boss: graphile-worker 0.18 needs Node 22 (readout runs on Node 20); pg-boss 10 runs on Node
 * 20, keeps its tables in a schema of the same database, and gives retries, expiry and dead letters.
 * Its cost per job (fetch + complete, about 1 ms) is small beside extraction and storing (a few ms);
 * see docs/benchmarks.md.
 */
import { randomUUID } from 'node:crypto';
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { Store } from '../store/store.js';
import type { IngestItem, SourceResult } from '../ingest/sources.js';
import { ingestAll, type IngestSummary } from '../ingest/ingest-runner.js';
import { parsePgUrl } from '../store/pg-store.js';

export const INGEST_QUEUE = 'readout-ingest';
export const DEAD_QUEUE = 'readout-ingest-dead';

export interface IngestJob { item: IngestItem }
/** What a finished job says about its document. */
export interface JobOutput { status: 'new' | 'duplicate' | 'failed'; docId?: string; events?: number; reason?: string }

export interface QueueOptions {
  /** seconds a job may stay active before it is taken for lost (a killed worker) and retried */
  expireInSeconds?: number;
  /** how often expired jobs are looked for (seconds) */
  maintenanceIntervalSeconds?: number;
}

/** The queue's schema: beside the store's (`readout` → `readout_queue`). */
export function queueSchema(url: string): string {
  return `${parsePgUrl(url).schema}_queue`;
}

/** Starts pg-boss on the store's database (creating its schema and the two queues when new). */
export async function openQueue(url: string, o: QueueOptions = {}): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: parsePgUrl(url).connectionString, schema: queueSchema(url), max: 2,
    supervise: true, schedule: false, maintenanceIntervalSeconds: o.maintenanceIntervalSeconds ?? 10,
    // the queue's updates are not waited for on disk: a server crash may lose the last moments of them,
    // which only brings a job back (and a document already stored is a duplicate); it saves two
    // flushes per job
    options: '-c synchronous_commit=off',
  } as PgBoss.ConstructorOptions);
  boss.on('error', () => { /* reported by the calls that fail */ });
  await boss.start();
  await boss.createQueue(DEAD_QUEUE, { name: DEAD_QUEUE });
  await boss.createQueue(INGEST_QUEUE, { name: INGEST_QUEUE, retryLimit: 2, retryDelay: 2, retryBackoff: true, expireInSeconds: o.expireInSeconds ?? 600, deadLetter: DEAD_QUEUE });
  return boss;
}

/** Ingests one queued document into the store; throws only when the store failed (the job is then retried). */
export async function ingestJob(store: Store, item: IngestItem): Promise<JobOutput> {
  let storeError: unknown = null;
  // the store's errors are the job's failures; the document's own problems are its verdict
  const guarded = new Proxy(store, {
    get(target, key, receiver) {
      const v = Reflect.get(target, key, receiver);
      if (typeof v !== 'function') return v;
      return async (...args: unknown[]) => {
        try { return await v.apply(target, args); } catch (e) { storeError = e; throw e; }
      };
    },
  });
  const one = (async function* (): AsyncGenerator<SourceResult> { yield { ok: true, item }; })();
  const s = await ingestAll(guarded, one);
  if (storeError) throw storeError;
  if (s.failed) return { status: 'failed', reason: s.failures[0]?.reason ?? 'failed' };
  if (s.duplicate) return { status: 'duplicate' };
  return { status: 'new', events: s.events };
}

export interface WorkerOptions {
  /** stop when the queue has nothing left to do (no job waiting, retrying or active) */
  untilEmpty?: boolean;
  /** seconds to wait between looks at an empty queue */
  pollSeconds?: number;
  /** set to stop after the current job */
  signal?: AbortSignal;
  onJob?: (out: JobOutput) => void;
}

/** Runs one worker: takes one job at a time, ingests it, records its outcome. Returns the jobs done. */
export async function runWorker(store: Store, boss: PgBoss, o: WorkerOptions = {}): Promise<number> {
  let done = 0;
  const poll = (o.pollSeconds ?? 0.5) * 1000;
  while (!o.signal?.aborted) {
    const [job] = await boss.fetch<IngestJob>(INGEST_QUEUE, { batchSize: 1 });
    if (!job) {
      if (o.untilEmpty && (await boss.getQueueSize(INGEST_QUEUE, { before: 'completed' })) === 0) break;
      await new Promise((r) => setTimeout(r, poll));
      continue;
    }
    try {
      const out = await ingestJob(store, job.data.item);
      await boss.complete(INGEST_QUEUE, job.id, out);
      o.onJob?.(out);
    } catch (e) {
      await boss.fail(INGEST_QUEUE, job.id, { message: (e as Error).message, origin: job.data.item.origin });
    }
    done++;
  }
  return done;
}

let sequence = 0;
/**
 * A job id that sorts in the order jobs were queued (time, then a counter: jobs inserted together share
 * created_on, and pg-boss takes them in (created_on, id) order), so workers take a batch first come,
 * first served. UUID-shaped (pg-boss's ids are uuid): 12 hex digits of time, 12 of the counter, 8 random.
 */
export function orderedId(): string {
  const t = Date.now().toString(16).padStart(12, '0');
  const n = (sequence++ % 0x1000000000000).toString(16).padStart(12, '0');
  const r = randomUUID().replace(/-/g, '');
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-${n.slice(0, 4)}-${n.slice(4, 8)}-${n.slice(8, 12)}${r.slice(0, 8)}`;
}

/** A batch on the queue: its job ids (in order) and the origin of each, and the items that could not be read. */
export interface Batch { ids: string[]; origins: Map<string, string>; unreadable: { origin: string; reason: string }[]; notes: { origin: string; reason: string }[] }

/** Puts every readable item of the sources on the queue as one batch; items that could not be read are counted as failures. */
export async function enqueueBatch(boss: PgBoss, items: AsyncIterable<SourceResult>, o: { expireInSeconds?: number } = {}): Promise<Batch> {
  const batch: Batch = { ids: [], origins: new Map(), unreadable: [], notes: [] };
  let chunk: PgBoss.JobInsert<IngestJob>[] = [];
  const flush = async () => { if (chunk.length) { await boss.insert(chunk); chunk = []; } };
  for await (const r of items) {
    if (!r.ok && r.warning) { batch.notes.push({ origin: r.origin, reason: r.reason }); continue; }
    if (!r.ok) { batch.unreadable.push({ origin: r.origin, reason: r.reason }); continue; }
    const id = orderedId();
    batch.ids.push(id);
    batch.origins.set(id, r.item.origin);
    chunk.push({ id, name: INGEST_QUEUE, data: { item: r.item }, ...(o.expireInSeconds ? { expireInSeconds: o.expireInSeconds } : {}) });
    if (chunk.length >= 200) await flush();
  }
  await flush();
  return batch;
}

/** How many jobs of a batch are not finished yet (waiting, retrying or active); by primary key, so cheap however big the queue. */
export async function batchPending(c: pg.ClientBase, url: string, ids: string[]): Promise<number> {
  let pending = 0;
  for (let i = 0; i < ids.length; i += 10_000) {
    const r = await c.query(`SELECT count(*)::int AS n FROM ${queueSchema(url)}.job WHERE name = $1 AND id = ANY($2::uuid[]) AND state < 'completed'`, [INGEST_QUEUE, ids.slice(i, i + 10_000)]);
    pending += r.rows[0].n;
  }
  return pending;
}

/** The outcomes of a finished batch: what each completed job said, and the error of each dead-lettered one. */
export async function batchOutcomes(c: pg.ClientBase, url: string, b: Batch): Promise<(JobOutput & { origin: string })[]> {
  const out: (JobOutput & { origin: string })[] = [];
  for (let i = 0; i < b.ids.length; i += 10_000) {
    const r = await c.query(`SELECT id, state, output FROM ${queueSchema(url)}.job WHERE name = $1 AND id = ANY($2::uuid[])`, [INGEST_QUEUE, b.ids.slice(i, i + 10_000)]);
    for (const row of r.rows as { id: string; state: string; output: any }[]) {
      const origin = b.origins.get(row.id) ?? row.id;
      if (row.state === 'completed') out.push({ ...(row.output as JobOutput), origin });
      else if (row.state === 'failed') out.push({ status: 'failed', reason: `dead-lettered after retries: ${row.output?.message ?? row.output?.value?.message ?? 'failed'}`, origin });
    }
  }
  return out;
}

/** A batch's outcomes as the summary a single-process ingest prints. */
export function summarise(outcomes: (JobOutput & { origin: string })[], unreadable: { origin: string; reason: string }[], seconds: number, notes: { origin: string; reason: string }[] = []): IngestSummary {
  const s: IngestSummary = { read: outcomes.length + unreadable.length, new: 0, duplicate: 0, failed: unreadable.length, events: 0, failures: [...unreadable], notes: [...notes], seconds };
  for (const o of outcomes) {
    if (o.status === 'new') { s.new++; s.events += o.events ?? 0; }
    else if (o.status === 'duplicate') s.duplicate++;
    else { s.failed++; s.failures.push({ origin: o.origin, reason: o.reason ?? 'failed' }); }
  }
  return s;
}
