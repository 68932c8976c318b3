/**
 * Ingest spread over worker processes, through the job queue in PostgreSQL (src/queue/):
 * `readout worker --db postgres://…` runs a worker on any machine that reaches the database, and
 * `readout ingest SOURCE --db postgres://… --workers N` queues SOURCE and runs N workers here until
 * the batch is done (a worker that dies is started again; its job is retried when its time is up).
 */
import type { Command } from 'commander';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readSources, withSide } from '../ingest/sources.js';
import { DEFAULT_LIMITS } from '../ingest/fetcher.js';
import type { IngestSummary } from '../ingest/ingest-runner.js';
import pg from 'pg';
import { openQueue, enqueueBatch, runWorker, batchPending, batchOutcomes, summarise } from '../queue/ingest-queue.js';
import { parsePgUrl } from '../store/pg-store.js';
import { storeLocation } from '../store/open-store.js';
import { openStore, dbSpec, DB_HELP } from './store-option.js';
import { UsageError, type Io } from './io.js';

const CLI = fileURLToPath(new URL('../../bin/readout.js', import.meta.url));

/** The PostgreSQL URL of --db, or a usage error: workers share a queue only through a server. */
export function queueUrl(db: string | undefined, what: string): string {
  const spec = dbSpec(db);
  let loc;
  try { loc = storeLocation(spec); } catch (e) { throw new UsageError((e as Error).message); }
  if (loc.kind !== 'postgres') throw new UsageError(`${what} needs a PostgreSQL store (--db postgres://user@host/db); the SQLite file ${spec} is written by one process`);
  return loc.url;
}

export function parseSeconds(v: string | undefined, flag: string, dflt: number): number {
  if (v == null) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 86_400) throw new UsageError(`${flag} takes whole seconds from 1 to 86400, got "${v}"`);
  return n;
}

export function registerWorkerCommand(program: Command, io: Io): void {
  program
    .command('worker')
    .description('take ingest jobs from the queue in a PostgreSQL store and run them (start one per core, on any machine that reaches the database)')
    .requiredOption('--db <url>', DB_HELP.replace('a file, or ', ''))
    .option('--until-empty', 'stop when the queue has nothing left to do')
    .option('--job-timeout <s>', 'seconds a job may run before it is taken for lost and retried (for the queue; default 600)')
    .addHelpText('after', `
Examples:
  readout worker --db postgres://readout@db.example.org/readout          run until stopped (SIGTERM, Ctrl-C)
  readout ingest corpus/ --db postgres://... --workers 0                queue, and wait while workers elsewhere do it
Stops after the current job on SIGTERM or SIGINT.`)
    .action(async (o) => {
      const url = queueUrl(o.db, 'readout worker');
      const store = await openStore(url, 'write', 2);
      const boss = await openQueue(url, { expireInSeconds: parseSeconds(o.jobTimeout, '--job-timeout', 600) });
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGTERM', onSignal);
      process.once('SIGINT', onSignal);
      try {
        const n = await runWorker(store, boss, { untilEmpty: !!o.untilEmpty, signal: stop.signal });
        io.err(`readout worker: ${n} jobs done`);
      } finally {
        process.off('SIGTERM', onSignal);
        process.off('SIGINT', onSignal);
        await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
        await store.close();
      }
    });
}

/**
 * `readout ingest … --workers N`: queues the sources as one batch, runs N worker processes until every
 * job of the batch is finished, and returns the summary a single-process ingest gives.
 */
export async function ingestWithWorkers(db: string | undefined, sources: string[], workers: number, o: { jobTimeout?: string; allowPrivateNetwork?: boolean; side?: string | null; encoding?: string; onProgress?: (done: number, total: number) => void }): Promise<IngestSummary> {
  const url = queueUrl(db, '--workers');
  const t0 = performance.now();
  const expireInSeconds = parseSeconds(o.jobTimeout, '--job-timeout', 600);
  // the store's schema first, once, before any worker starts
  const store = await openStore(url, 'write', 1);
  await store.close();
  const boss = await openQueue(url, { expireInSeconds, maintenanceIntervalSeconds: Math.min(10, expireInSeconds) });
  const children = new Set<ChildProcess>();
  let stopping = false;
  let restarts = 0;
  const start = () => {
    const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--job-timeout', String(expireInSeconds)], { stdio: ['ignore', 'ignore', 'inherit'] });
    children.add(child);
    child.on('exit', () => {
      children.delete(child);
      // a worker that died (killed, out of memory) is replaced; its job comes back when its time is up
      if (!stopping && restarts++ < 100) start();
    });
  };
  try {
    for (let i = 0; i < workers; i++) start();
    const batch = await enqueueBatch(boss, withSide(readSources(sources, { limits: { ...DEFAULT_LIMITS, policy: { allowPrivate: !!o.allowPrivateNetwork } }, encoding: o.encoding }), o.side), { expireInSeconds });
    const c = new pg.Client({ connectionString: parsePgUrl(url).connectionString });
    await c.connect();
    try {
      for (;;) {
        const pending = await batchPending(c, url, batch.ids);
        o.onProgress?.(batch.ids.length - pending, batch.ids.length);
        if (pending === 0) return summarise(await batchOutcomes(c, url, batch), batch.unreadable, (performance.now() - t0) / 1000, batch.notes);
        await new Promise((r) => setTimeout(r, 500));
      }
    } finally {
      await c.end();
    }
  } finally {
    stopping = true;
    const exits = [...children].map((c) => new Promise<void>((r) => { c.once('exit', () => r()); c.kill('SIGTERM'); }));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(exits), new Promise((r) => { timer = setTimeout(r, 30_000); })]);
    clearTimeout(timer);
    for (const c of children) c.kill('SIGKILL');
    await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
  }
}
