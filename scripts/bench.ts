/**
 * `npm run bench [-- --docs N] [-- --quick] [-- --only 2,3] [-- --write] [-- --profile]`: readout's speed, measured,
 * printed and written to docs/benchmarks.md (with --write; not with --only, which runs some sections).
 *  1. knowledge start-up: time and memory to load the knowledge base, in a fresh process
 *  2. extraction: the corpus texts (../shared/corpus, else examples/ and test fixtures) repeated in
 *     memory to at least 20 MB, one core, in its own process (scripts/bench-extraction.mjs) on the
 *     compiled build when it is up to date: MB/s, documents/s, peak memory; median of three runs
 *  3. ingest into the embedded store, extraction included, one core: documents/s
 *  4. the `events` query with filters on a store of N synthetic documents (default 100,000): p50/p95
 *  5. HTTP: GET /api/events at 50 concurrent connections on that store (autocannon): requests/s, p95
 *  6. PostgreSQL: ingest through the job queue with 1 and 2 worker processes (extraction included)
 *  7. PostgreSQL: the `events` query of section 4 on the same store, copied into PostgreSQL
 *  8. PostgreSQL: the HTTP load of section 5
 *  9. (--big, or --only 9) both back ends: the `events` query on 1,000,000 synthetic documents, whose
 *     readout/1 and grouping the generator gives itself (no extraction, no candidate search; built
 *     once, a few minutes, and kept)
 * 10. scaling: each adversarial generator (test/adversarial/generators.ts) at 100 KB, 1 MB and 2 MB,
 *     each run in a fresh process, and the ratio 2 MB / 100 KB (must stay under 30; linear is 20);
 *     with --profile, a CPU profile of each generator over the bar or super-linear, summarised
 *     (scripts/bench-scaling.ts; --cap S stops a run after S seconds, default 120)
 * The large store is built once from scripts/gen-synthetic.ts and kept in .cache/ for later runs.
 * PostgreSQL: $READOUT_BENCH_PG (a URL; the bench makes schemas bench_* in it), else a cluster kept in
 * .cache/pg, started with scripts/pg-dev.sh for the run and stopped after; sections 6-9 are skipped
 * with the reason when neither can be had.
 */
import { existsSync, readFileSync, readdirSync, statSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve, extname } from 'node:path';
import { execFileSync, spawn } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { PgStore } from '../src/store/pg-store.js';
import { copySqliteToPg } from '../src/store/store-copy.js';
import type { Store, StoredDocumentInput } from '../src/store/store.js';
import { ingestAll } from '../src/ingest/ingest-runner.js';
import { textHash } from '../src/store/store.js';
import { syntheticArticles, syntheticDocuments } from './gen-synthetic.js';
import pg from 'pg';
import type { SourceResult } from '../src/ingest/sources.js';
import type { EventFilter } from '../src/store/store.js';
import { scalingBench, profileGenerators } from './bench-scaling.js';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (k: string) => args.includes(k);
const val = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const quick = flag('--quick');
const N = Number(val('--docs', quick ? '10000' : '100000'));
const only = val('--only', '');
/** whether section n runs (all of them unless --only lists some) */
const big = flag('--big');
const want = (...ns: number[]) => (!only ? ns.some((n) => n !== 9 || big) : ns.some((n) => only.split(',').map((x) => x.trim()).includes(String(n))));
if (only && flag('--write')) { console.error('bench: --write rewrites the whole page; run it without --only'); process.exit(2); }
const lines: string[] = [];
const say = (s: string) => { console.log(s); lines.push(s); };
const mb = (b: number) => (b / 1048576).toFixed(0);

say(`# readout benchmarks\n\nmachine: ${cpus()[0]?.model ?? 'unknown cpu'} × ${cpus().length}, ${mb(totalmem())} MB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}\n`);

// 1. knowledge start-up, in a fresh process so nothing is cached
if (want(1)) {
  const script = `const t=performance.now();const k=await import(${JSON.stringify(join(root, 'src/knowledge/index.ts'))});k.loadKnowledge();const ms=performance.now()-t;console.log(JSON.stringify({ms,rss:process.memoryUsage().rss,heap:process.memoryUsage().heapUsed}))`;
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!));
  // the compiled build is what users run: measure it too when present
  const dist = join(root, 'dist/knowledge/index.js');
  const distRuns = existsSync(dist) ? [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script.replace(join(root, 'src/knowledge/index.ts'), dist)], { cwd: root, encoding: 'utf8' }).trim())) : [];
  const best = (rs: any[]) => rs.sort((a, b) => a.ms - b.ms)[0];
  say('## 1. knowledge start-up (fresh process, best of 3)');
  if (distRuns.length) say(`- compiled (dist/): ${best(distRuns).ms.toFixed(0)} ms, ${mb(best(distRuns).rss)} MB resident (target < 300 ms, < 150 MB)`);
  say(`- from source (tsx): ${best(runs).ms.toFixed(0)} ms, ${mb(best(runs).rss)} MB resident\n`);
}

// 2. extraction throughput, in a process of its own: the compiled build when it is up to date
// (what `npx readout` runs), else the sources through tsx; three runs of 20 MB, the median reported
if (want(2)) {
  const corpus = resolve(root, '..', 'shared', 'corpus');
  const dirs = existsSync(corpus) ? [corpus] : [join(root, 'examples'), join(root, 'test', 'fixtures')];
  const from = existsSync(corpus) ? '../shared/corpus' : 'examples/ and test/fixtures/ (../shared is not here)';
  const newest = (d: string): number => Math.max(0, ...readdirSync(d).map((n) => { const p = join(d, n); const st = statSync(p); return st.isDirectory() ? newest(p) : st.mtimeMs; }));
  const dist = join(root, 'dist', 'extract.js');
  const useDist = existsSync(dist) && statSync(dist).mtimeMs >= newest(join(root, 'src')) - 1;
  const cmd = useDist ? [join(root, 'scripts', 'bench-extraction.mjs'), dist] : ['--import', 'tsx', join(root, 'scripts', 'bench-extraction.mjs'), join(root, 'src', 'extract.ts')];
  const runs = [0, 1, 2].map(() => JSON.parse(execFileSync(process.execPath, [...cmd, '20', ...dirs], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!));
  const rate = (r: any) => r.bytes / 1048576 / r.seconds;
  runs.sort((a, b) => rate(a) - rate(b));
  const med = runs[1];
  say(`## 2. extraction (${med.texts} texts from ${from}, repeated to ${mb(med.bytes)} MB, one core, ${useDist ? 'compiled build' : 'sources through tsx (dist/ missing or older than src/)'}; median of 3 runs)`);
  say(`- ${rate(med).toFixed(2)} MB/s (runs: ${runs.map((r) => rate(r).toFixed(2)).join(', ')}), ${(med.docs / med.seconds).toFixed(0)} documents/s (mean ${(med.bytes / med.docs / 1024).toFixed(1)} KB), peak ${mb(med.peak)} MB resident (target 2 MB/s, about 500 articles/s)`);
  // each language apart (the median run): its documents' bytes over the time spent on them
  const langs = Object.entries(med.byLanguage ?? {}) as [string, { bytes: number; seconds: number; docs: number }][];
  say(`- by language: ${langs.sort((a, b) => b[1].bytes - a[1].bytes).map(([l, v]) => `${l} ${rate(v).toFixed(2)} MB/s (${(v.bytes / med.bytes * 100).toFixed(0)}% of the bytes)`).join(', ')}\n`);
}

// 3 + 4 + 5 on the synthetic store
const cache = join(root, '.cache');
mkdirSync(cache, { recursive: true });
const bigDb = join(cache, `bench-${N}.db`);
if (want(3)) {
  // ingest rate: a fresh store, 2,000 synthetic documents, extraction included
  const small = join(cache, 'bench-ingest.db');
  for (const f of [small, `${small}-wal`, `${small}-shm`]) rmSync(f, { force: true });
  const store = new SqliteStore(small);
  const n = 2000;
  const items = (async function* (): AsyncGenerator<SourceResult> {
    for (const a of syntheticArticles({ docs: n, seed: 3 })) yield { ok: true, item: { origin: a.id, id: a.id, url: a.url, source: a.source, published: a.published, format: 'text', content: a.text } };
  })();
  const sum = await ingestAll(store, items);
  await store.close();
  say(`## 3. ingest into the embedded store (extraction included, one core)`);
  say(`- ${(sum.read / sum.seconds).toFixed(0)} documents/s over ${sum.read} synthetic documents (${sum.events} events) (target ≥ 300/s)\n`);
}
if (want(4, 5, 7, 8) && !existsSync(bigDb)) {
  console.log(`building a store of ${N} synthetic documents in ${bigDb} (once; kept for later runs) ...`);
  const store = new SqliteStore(bigDb);
  const t0 = performance.now();
  let last = 0;
  const items = (async function* (): AsyncGenerator<SourceResult> {
    for (const a of syntheticArticles({ docs: N, seed: 7 })) yield { ok: true, item: { origin: a.id, id: a.id, url: a.url, source: a.source, published: a.published, format: 'text', content: a.text } };
  })();
  await ingestAll(store, items, { onItem: (s) => { if (s.read - last >= 5000) { last = s.read; process.stderr.write(`  ${s.read} documents, ${(s.read / ((performance.now() - t0) / 1000)).toFixed(0)}/s\n`); } } });
  store.db.exec('ANALYZE');
  await store.close();
}
const FILTERS: EventFilter[] = [
  { country: 'VNM', with: 'CHN', limit: 50 }, { country: 'USA', kind: 'phone_call', limit: 50 }, { person: 'wang-yi', limit: 50 },
  { topic: 'maritime', from: '2018', to: '2020', limit: 50 }, { country: 'JPN', from: '2015-01', limit: 50 }, { text: 'Mekong', limit: 50 },
  { kind: 'video_conference', limit: 50 }, { country: 'LAO', topic: 'trade', limit: 50 }, { limit: 50 }, { country: 'IND', with: 'CHN', from: '2020', limit: 50 },
];
/** p50/p95/max of the events query over the filter sets, 20 rounds after one warm-up round. */
async function queryLatency(store: Store): Promise<{ p50: number; p95: number; max: number; n: number }> {
  for (const f of FILTERS) await store.events(f); // warm
  const times: number[] = [];
  for (let r = 0; r < 20; r++) for (const f of FILTERS) { const t = performance.now(); await store.events(f); times.push(performance.now() - t); }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: p(0.5), p95: p(0.95), max: times[times.length - 1], n: times.length };
}
const latencyLine = (l: { p50: number; p95: number; max: number }) => `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, max ${l.max.toFixed(1)} ms (target p95 ≤ 50 ms)`;

// a store built by an earlier version is brought up to the current schema once (opening it for writing does)
if (want(4, 5, 7, 8) && existsSync(bigDb)) await new SqliteStore(bigDb).close();
if (want(4)) {
  const store = new SqliteStore(bigDb, { readonly: true });
  const counts = await store.counts();
  const l = await queryLatency(store);
  say(`## 4. \`events\` query with filters (${counts.documents} documents, ${counts.events} canonical events, ${l.n} queries over ${FILTERS.length} filter sets)`);
  say(`- ${latencyLine(l)}\n`);
  await store.close();
}
/**
 * GET /api/events at 50 connections against `readout serve --db SPEC` in its own process: 4 filter sets
 * repeated (the response cache answers), then a different filter set each request; p95 from every
 * response's time.
 */
async function httpLoad(spec: string, title: string): Promise<void> {
  let autocannon: any;
  try { autocannon = (await import('autocannon')).default; } catch { autocannon = null; }
  const dist = join(root, 'bin', 'readout.js');
  if (!autocannon || !existsSync(join(root, 'dist', 'cli', 'main.js'))) {
    say(`## ${title}\n- skipped: needs \`npm run build\` and the autocannon dev dependency\n`);
    return;
  }
  const port = 7399;
  const server = spawn(process.execPath, [dist, 'serve', '--db', spec, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await new Promise<void>((res, rej) => { server.stderr!.on('data', (d) => { if (/serving/.test(String(d))) res(); }); server.on('exit', (c) => rej(new Error(`server exited ${c}`))); });
  const run = async (path: () => string) => {
    const times: number[] = [];
    const inst = autocannon({ url: `http://127.0.0.1:${port}`, connections: 50, duration: quick ? 5 : 15, requests: [{ method: 'GET', setupRequest: (req: any) => ({ ...req, path: path() }) }] });
    inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
    const r = await inst;
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(0.95 * (times.length - 1))] ?? NaN;
    return `${r.requests.average.toFixed(0)} requests/s, latency p50 ${r.latency.p50} ms, p95 ${p95.toFixed(0)} ms, p99 ${r.latency.p99} ms; errors ${r.errors}, non-2xx ${r.non2xx}`;
  };
  const urls = ['/api/events?country=VNM&with=CHN', '/api/events?person=wang-yi&limit=20', '/api/events?topic=trade&from=2019', '/api/events?kind=phone_call&country=USA'];
  let i = 0;
  const repeated = await run(() => urls[i++ % urls.length]);
  // the same load with a different query each time (countries x kinds x years x pages): answers the response cache cannot give
  const countries = ['VNM', 'CHN', 'LAO', 'USA', 'JPN', 'IND', 'KHM', 'THA', 'IDN', 'PHL', 'MYS', 'SGP', 'KOR', 'RUS', 'AUS', 'GBR'];
  const kinds = ['meeting', 'talks', 'phone_call', 'video_conference'];
  let j = 0;
  const varied = () => {
    const n = j++;
    const c = countries[n % countries.length], w = countries[(n * 7 + 3) % countries.length], k = kinds[(n >> 4) % kinds.length], y = 2010 + ((n >> 6) % 16);
    return (n & 1 ? `/api/events?country=${c}&with=${w}&from=${y}` : `/api/events?country=${c}&kind=${k}&to=${y}`) + `&limit=${20 + (n % 30)}`;
  };
  const cold = await run(varied);
  server.kill('SIGTERM');
  say(`## ${title}`);
  say(`- 4 filter sets repeated (served from the response cache after the first): ${repeated}`);
  say(`- a different filter set each request (${j} distinct queries, nearly all uncached): ${cold} (target p95 ≤ 100 ms, no errors)\n`);
}

if (want(5)) await httpLoad(bigDb, `5. HTTP: GET /api/events at 50 concurrent connections, ${quick ? 5 : 15} s each, SQLite (server in its own process, reads on its thread pool)`);

// 6-9: PostgreSQL
let pgUrl: string | null = null;
let pgStop: (() => void) | null = null;
if (want(6, 7, 8, 9)) {
  if (process.env.READOUT_BENCH_PG) pgUrl = process.env.READOUT_BENCH_PG;
  else {
    try {
      const dir = join(cache, 'pg');
      pgUrl = execFileSync('bash', [join(root, 'scripts', 'pg-dev.sh'), '--dir', dir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
      pgStop = () => { try { execFileSync('bash', [join(root, 'scripts', 'pg-dev.sh'), '--stop', dir], { stdio: 'ignore' }); } catch { /* gone */ } };
    } catch (e) {
      say(`## 6-9. PostgreSQL\n- skipped: no server (${String((e as { stderr?: string }).stderr ?? e).trim().split('\n').pop()}); set READOUT_BENCH_PG=postgres://... or install postgresql\n`);
    }
  }
}
const pgSchema = (schema: string) => { const u = new URL(pgUrl!); u.searchParams.set('schema', schema); return u.toString(); };
async function dropSchema(schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: pgUrl! });
  await c.connect();
  await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await c.query(`DROP SCHEMA IF EXISTS ${schema}_queue CASCADE`);
  await c.end();
}
async function schemaHasStore(schema: string): Promise<boolean> {
  const c = new pg.Client({ connectionString: pgUrl! });
  await c.connect();
  try { return (await c.query(`SELECT 1 FROM ${schema}.meta WHERE key = 'schema'`).catch(() => ({ rows: [] }))).rows.length > 0; } finally { await c.end(); }
}

if (pgUrl && want(6)) {
  // the same 2,000 documents as section 3, queued once per run, taken by 1 then 2 worker processes;
  // the rate is over the span from the first job started to the last one completed (start-up aside)
  const input = join(cache, 'bench-ingest.jsonl');
  writeFileSync(input, [...syntheticArticles({ docs: 2000, seed: 3 })].map((a) => JSON.stringify(a)).join('\n') + '\n');
  const dist = join(root, 'bin', 'readout.js');
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const schema = `bench_ingest_${workers}`;
    await dropSchema(schema);
    const url = pgSchema(schema);
    const coordinator = spawn(process.execPath, [dist, 'ingest', input, '--db', url, '--workers', '0'], { stdio: 'ignore' });
    const coordinatorDone = new Promise((r) => coordinator.on('exit', r));
    const c = new pg.Client({ connectionString: pgUrl });
    await c.connect();
    const queued = async () => Number((await c.query(`SELECT count(*) AS n FROM ${schema}_queue.job WHERE name = 'readout-ingest'`).catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
    while ((await queued()) < 2000) await new Promise((r) => setTimeout(r, 200));
    const children = Array.from({ length: workers }, () => spawn(process.execPath, [dist, 'worker', '--db', url, '--until-empty'], { stdio: 'ignore' }));
    await Promise.all(children.map((ch) => new Promise((r) => ch.on('exit', r))));
    await coordinatorDone;
    const span = (await c.query(`SELECT extract(epoch FROM max(completed_on) - min(started_on)) AS s, count(*) AS n FROM ${schema}_queue.job WHERE name = 'readout-ingest' AND state = 'completed'`)).rows[0];
    await c.end();
    rates.push(Number(span.n) / Number(span.s));
    await dropSchema(schema);
  }
  say('## 6. ingest into PostgreSQL through the job queue (pg-boss), extraction included, 2,000 synthetic documents');
  say(`- 1 worker process: ${rates[0].toFixed(0)} documents/s; 2 worker processes: ${rates[1].toFixed(0)} documents/s; speed-up ${(rates[1] / rates[0]).toFixed(2)}× on ${cpus().length} cores shared with the server (target ≥ 1.7×)\n`);
}

if (pgUrl && want(7, 8)) {
  const schema = `bench_${N}`;
  if (!(await schemaHasStore(schema))) {
    console.log(`copying ${bigDb} into PostgreSQL schema ${schema} (once; kept for later runs) ...`);
    await dropSchema(schema);
    await copySqliteToPg(bigDb, pgSchema(schema));
  }
  await (await PgStore.open(pgSchema(schema))).close();
  if (want(7)) {
    const store = await PgStore.open(pgSchema(schema), { readonly: true });
    const counts = await store.counts();
    const l = await queryLatency(store);
    say(`## 7. \`events\` query with filters, PostgreSQL (${counts.documents} documents, ${counts.events} canonical events, the store of section 4 copied)`);
    say(`- ${latencyLine(l)}\n`);
    await store.close();
  }
  if (want(8)) await httpLoad(pgSchema(schema), `8. HTTP: GET /api/events at 50 concurrent connections, ${quick ? 5 : 15} s each, PostgreSQL (16 connections)`);
}

if (want(9)) {
  // 1,000,000 documents whose readout/1 the generator writes itself, filed by the store (grouping included)
  const M = 1_000_000;
  const hugeDb = join(cache, `bench-big-${M}.db`);
  if (!existsSync(hugeDb)) {
    console.log(`building a store of ${M} synthetic documents in ${hugeDb} (once, without extraction; kept for later runs) ...`);
    const partial = `${hugeDb}.partial`;
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    const store = new SqliteStore(partial);
    store.db.pragma('cache_size = -524288'); // 512 MB: the indexes are written in random order
    const t0 = performance.now();
    let n = 0;
    // the generator knows which articles report one encounter (the same people, day and kind, in a
    // row): each such run is filed as one canonical event, in chunks of 5,000 per transaction
    let chunk: StoredDocumentInput[][] = [];
    let group: StoredDocumentInput[] = [];
    let groupKey = '';
    const flush = async () => { if (chunk.length) { n += await store.fileGrouped(chunk); chunk = []; process.stderr.write(`  ${n} documents, ${(n / ((performance.now() - t0) / 1000)).toFixed(0)}/s\n`); } };
    for (const { article: a, extraction } of syntheticDocuments({ docs: M, seed: 7 })) {
      const e = extraction.events[0];
      const key = `${e.date}|${e.kind}|${e.participants.map((p) => p.id).sort().join(',')}`;
      if (key !== groupKey && group.length) { chunk.push(group); group = []; if (chunk.length >= 5000) await flush(); }
      groupKey = key;
      group.push({ docId: a.id, hash: textHash(a.text), url: a.url, source: a.source, title: extraction.document.title, published: a.published, language: 'en', format: 'text', text: a.text, extraction, extractor: 'synthetic' });
    }
    if (group.length) chunk.push(group);
    await flush();
    store.db.exec('ANALYZE');
    await store.close();
    execFileSync('mv', [partial, hugeDb]);
  }
  await new SqliteStore(hugeDb).close();
  const sqlite = new SqliteStore(hugeDb, { readonly: true });
  const counts = await sqlite.counts();
  const ls = await queryLatency(sqlite);
  await sqlite.close();
  say(`## 9. \`events\` query with filters on ${counts.documents} documents (${counts.events} canonical events; readout/1 written by the generator)`);
  say(`- SQLite: ${latencyLine(ls)}`);
  if (pgUrl) {
    const schema = `bench_big_${M}`;
    if (!(await schemaHasStore(schema))) {
      console.log(`copying ${hugeDb} into PostgreSQL schema ${schema} (once; kept for later runs) ...`);
      await dropSchema(schema);
      await copySqliteToPg(hugeDb, pgSchema(schema));
    }
    await (await PgStore.open(pgSchema(schema))).close();
    const store = await PgStore.open(pgSchema(schema), { readonly: true });
    say(`- PostgreSQL: ${latencyLine(await queryLatency(store))}`);
    await store.close();
  } else say('- PostgreSQL: skipped (no server)');
  say('');
}
pgStop?.();


if (want(10)) {
  say('## 10. scaling: adversarial inputs at 100 KB, 1 MB and 2 MB (a fresh process each, no time budget)\n');
  const capS = Number(val('--cap', '120'));
  const rows = await scalingBench({ capS, say });
  const bad = rows.filter((r) => r.superLinear);
  say(`\n${rows.filter((r) => !r.over).length} of ${rows.length} generators under the bar (2 MB / 100 KB < 30; linear is 20)${bad.length ? `; super-linear: ${bad.map((r) => r.name).join(', ')}` : ''}.`);
  if (flag('--profile') && bad.length) {
    say('\nWhere the time goes (node --cpu-prof at 1 MB, samples inside extract only):\n');
    await profileGenerators(bad.map((r) => r.name), Number(val('--profile-size', '1000000')), capS, say);
  }
  say('');
}
if (flag('--write')) {
  writeFileSync(join(root, 'docs', 'benchmarks.md'), lines.join('\n') + '\n\nRun `npm run bench` (or `npm run bench -- --quick`) to measure again; `--write` rewrites this page.\n');
  console.log('wrote docs/benchmarks.md');
}
