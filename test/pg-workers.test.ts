/**
 * Concurrency on PostgreSQL, against the single-process SQLite ingest of the same corpus:
 *  - a race: many connections file documents at once, the reports of each encounter side by side in
 *    the queue (so they are grouped at the same moment), and the canonical events are the same;
 *  - the queue: `readout ingest --workers 2` gives the same canonical events;
 *  - a kill test: a worker SIGKILLed 10 times at random moments; the rerun completes, every document
 *    is there once, and there is no duplicate canonical event.
 * Needs a PostgreSQL server (test/pg-global-setup.ts); the two process tests need the compiled CLI.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { PgStore } from '../src/store/pg-store.js';
import type { Store, StoredDocumentInput } from '../src/store/store.js';
import { textHash } from '../src/store/store.js';
import { EXTRACTOR_VERSION } from '../src/extract.js';
import { extract } from '../src/extract.js';
import { syntheticArticles } from '../scripts/gen-synthetic.js';
import { PG_SKIP, freshPgUrl } from '../src/store/pg-test-db.js';
import { ingestAll } from '../src/ingest/ingest-runner.js';
import { readSources } from '../src/ingest/sources.js';

const root = resolve(import.meta.dirname, '..');
const sharedCorpus = resolve(root, '..', 'shared', 'corpus');
const cli = join(root, 'bin', 'readout.js');
const built = existsSync(join(root, 'dist', 'cli', 'worker-command.js'))
  && statSync(join(root, 'dist', 'store', 'pg-store.js')).mtimeMs >= statSync(join(root, 'src', 'store', 'pg-store.ts')).mtimeMs
  && statSync(join(root, 'dist', 'queue', 'ingest-queue.js')).mtimeMs >= statSync(join(root, 'src', 'queue', 'ingest-queue.ts')).mtimeMs;
if (PG_SKIP) console.log(`PostgreSQL worker tests skipped: ${PG_SKIP}`);
else if (!built) console.log('PostgreSQL worker process tests skipped: dist/ is missing or older than src/ (run npm run build)');

interface Article { id: string; source: string; url: string; published: string; text: string }

/** Synthetic encounters, each reported by `copies` outlets (a different closing line each, so each text is a document of its own). */
function corpus(encounters: number, copies: number, seed: number): Article[] {
  const out: Article[] = [];
  const base = [...syntheticArticles({ docs: encounters, seed })];
  for (const a of base) for (let k = 0; k < copies; k++) {
    out.push({ ...a, id: `${a.id}-r${k}`, url: `${a.url}/r${k}`, source: k % 2 ? a.source : `${a.source} (copy ${k})`, text: `${a.text}\n\nFiled by desk ${k}.` });
  }
  return out;
}

function inputOf(a: Article): StoredDocumentInput {
  const extraction = extract(a.text, { id: a.id, url: a.url, source: a.source, published: a.published });
  return {
    docId: a.id, hash: textHash(a.text), url: a.url, source: a.source, title: extraction.document.title, published: a.published,
    language: extraction.document.language, format: 'text', text: a.text, extraction, extractor: EXTRACTOR_VERSION,
  };
}

/** The canonical events as comparable lines: every field, readable ids included (they depend on content alone), report ids sorted. */
async function signature(store: Store): Promise<string[]> {
  const out: string[] = [];
  for await (const e of store.allEvents()) out.push(JSON.stringify({ ...e, events: [...e.events].sort() }));
  return out.sort();
}

describe.skipIf(!!PG_SKIP)('PostgreSQL under concurrent ingest', () => {
  const articles = corpus(120, 4, 5);
  let inputs: StoredDocumentInput[];
  let reference: string[];
  let referenceCounts: { documents: number; reports: number; events: number };
  let dir: string;
  beforeAll(async () => {
    inputs = articles.map(inputOf);
    const sqlite = new SqliteStore(':memory:');
    for (const d of inputs) await sqlite.ingest(d);
    reference = await signature(sqlite);
    referenceCounts = await sqlite.counts();
    await sqlite.close();
    dir = mkdtempSync(join(tmpdir(), 'readout-pg-workers-'));
    writeFileSync(join(dir, 'corpus.jsonl'), articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  }, 120_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('groups reports filed at the same moment by 8 connections as one process does', async () => {
    const url = freshPgUrl('race');
    const stores = await Promise.all(Array.from({ length: 8 }, () => PgStore.open(url, { poolSize: 1 })));
    let next = 0;
    await Promise.all(stores.map(async (s) => { while (next < inputs.length) await s.ingest(inputs[next++]); }));
    const s = stores[0];
    expect(await s.counts()).toEqual(referenceCounts);
    expect(await s.integrityCheck()).toEqual([]);
    expect(await signature(s)).toEqual(reference);
    await Promise.all(stores.map((x) => x.close()));
  }, 120_000);

  it.skipIf(!built)('gives the same canonical events through the queue with 2 worker processes', async () => {
    const url = freshPgUrl('queue');
    const r = spawnSync(process.execPath, [cli, 'ingest', join(dir, 'corpus.jsonl'), '--db', url, '--workers', '2', '--json'], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ read: articles.length, new: articles.length, failed: 0 });
    const s = await PgStore.open(url, { readonly: true });
    expect(await signature(s)).toEqual(reference);
    await s.close();
  }, 200_000);

  it.skipIf(!built)('loses nothing and duplicates nothing when a worker is SIGKILLed 10 times', async () => {
    const url = freshPgUrl('kill');
    const input = join(dir, 'corpus.jsonl');
    // the batch is queued by an ingest that waits for workers started elsewhere
    const coordinator = spawn(process.execPath, [cli, 'ingest', input, '--db', url, '--workers', '0', '--job-timeout', '2'], { stdio: 'ignore' });
    await new Promise((r) => setTimeout(r, 2500));
    let killedMidway = 0;
    // the coordinator makes the store; on a loaded machine it may take longer than the wait above
    let watcher: PgStore | null = null;
    for (let waited = 0; !watcher; waited += 250) {
      try { watcher = await PgStore.open(url, { readonly: true, poolSize: 1 }); } catch (e) {
        if (waited > 60_000 || coordinator.exitCode != null) throw e;
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    for (let round = 0; round < 10; round++) {
      const worker = spawn(process.execPath, [cli, 'worker', '--db', url, '--job-timeout', '2'], { stdio: 'ignore' });
      let exited = false;
      worker.on('exit', () => { exited = true; });
      // once the worker is storing documents (start-up takes a second or more on a busy machine), at a random moment
      const before = (await watcher.counts()).documents;
      for (let waited = 0; !exited && waited < 30_000 && (await watcher.counts()).documents === before; waited += 50) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 250)));
      if (!exited) { worker.kill('SIGKILL'); killedMidway++; }
      await new Promise((r) => worker.exitCode != null || worker.signalCode != null ? r(null) : worker.once('exit', r));
    }
    await watcher.close();
    coordinator.kill('SIGKILL');
    expect(killedMidway).toBeGreaterThan(5);
    const mid = await PgStore.open(url, { readonly: true });
    const partial = (await mid.counts()).documents;
    expect(await mid.integrityCheck()).toEqual([]);
    await mid.close();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(articles.length);
    // the rerun completes the store
    const r = spawnSync(process.execPath, [cli, 'ingest', input, '--db', url, '--workers', '2', '--job-timeout', '2', '--json'], { encoding: 'utf8', timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.failed).toBe(0);
    expect(summary.new + summary.duplicate).toBe(articles.length);
    const s = await PgStore.open(url, { readonly: true });
    const ids = await s.documentIds();
    expect(ids).toHaveLength(articles.length);
    expect(new Set(ids)).toEqual(new Set(articles.map((a) => a.id)));
    expect(await s.integrityCheck()).toEqual([]);
    expect(await signature(s)).toEqual(reference);
    await s.close();
  }, 240_000);
});

describe.skipIf(!!PG_SKIP || !built || !existsSync(sharedCorpus))('the visible corpus (../shared/corpus)', () => {
  it('gives the same canonical events through 2 workers on PostgreSQL, in a shuffled order, as one SQLite process', async () => {
    const sqlite = new SqliteStore(':memory:');
    await ingestAll(sqlite, readSources([sharedCorpus]));
    const reference = await signature(sqlite);
    await sqlite.close();
    // the same documents in another order, as JSON Lines
    const items: object[] = [];
    for await (const r of readSources([sharedCorpus])) {
      if (!r.ok) continue;
      const it = r.item;
      items.push({ id: it.id, url: it.url, source: it.source, published: it.published, [it.format === 'html' ? 'html' : 'text']: it.content });
    }
    const seed = Math.floor(Math.random() * 2 ** 31);
    let a = seed;
    const rand = () => { a = (a * 1103515245 + 12345) % 2 ** 31; return a / 2 ** 31; };
    for (let i = items.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [items[i], items[j]] = [items[j], items[i]]; }
    const dir = mkdtempSync(join(tmpdir(), 'readout-pg-corpus-'));
    const file = join(dir, 'shuffled.jsonl');
    writeFileSync(file, items.map((x) => JSON.stringify(x)).join('\n') + '\n');
    const url = freshPgUrl('corpus');
    const r = spawnSync(process.execPath, [cli, 'ingest', file, '--db', url, '--workers', '2', '--json'], { encoding: 'utf8', timeout: 180_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status, r.stderr).toBe(0);
    const s = await PgStore.open(url, { readonly: true });
    expect(await signature(s), `shuffled with seed ${seed}`).toEqual(reference);
    await s.close();
  }, 200_000);
});
