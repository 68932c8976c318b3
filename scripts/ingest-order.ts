/**
 * `npx tsx scripts/ingest-order.ts [--seeds 1,2,3,4,5] [--diff] [PATH...]`: whether the canonical events depend
 * on the order documents are ingested in. Extracts the documents once (default ../shared/corpus), then
 * for each seed ingests them in a shuffled order (seed 0: the order read) into a fresh in-memory
 * SQLite store, and compares the canonical events (every field, readable ids included) across seeds
 * and with grouping all the reports at once (record/encounter-grouper.ts `groupReports`).
 * Prints one line per seed with a hash of its events (--diff: the events that differ); exits 1 when any differs. Texts that are the
 * same document (one hash) are kept once, the first read, so every order stores the same documents.
 */
import { existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { SqliteStore } from '../src/store/sqlite-store.js';
import type { StoredDocumentInput } from '../src/store/store.js';
import { ingestAll } from '../src/ingest/ingest-runner.js';
import { textHash } from '../src/store/store.js';
import { EXTRACTOR_VERSION } from '../src/extract.js';
import { readSources } from '../src/ingest/sources.js';
import { groupEncounters, type CanonicalEvent } from '../src/record/encounter-grouper.js';

const args = process.argv.slice(2);
const showDiff = args.includes('--diff');
if (showDiff) args.splice(args.indexOf('--diff'), 1);
const at = args.indexOf('--seeds');
const seeds = at >= 0 ? args.splice(at, 2)[1].split(',').map(Number) : [0, 1, 2, 3, 4, 5];
if (seeds.some((n) => !Number.isInteger(n) || n < 0)) { console.error('ingest-order: --seeds takes whole numbers, e.g. --seeds 1,2,3'); process.exit(2); }
const paths = args.length ? args : [resolve(import.meta.dirname, '..', '..', 'shared', 'corpus')];
for (const p of paths) if (!existsSync(p)) { console.log(`ingest-order: skipped, ${p} is absent`); process.exit(0); }

// extraction once: a store that only keeps what it is given
const inputs: StoredDocumentInput[] = [];
const seen = new Set<string>();
const capture = {
  hasHash: async (h: string) => seen.has(h),
  ingest: async (d: StoredDocumentInput) => { seen.add(d.hash); inputs.push(d); return { status: 'new' as const, docId: d.docId, events: d.extraction.events.length, canonical: [] }; },
};
await ingestAll(capture as never, readSources(paths));
if (!inputs.every((d) => d.hash === textHash(d.text))) throw new Error('hash mismatch');

/** A shuffled copy (mulberry32), or the order read for seed 0. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  if (!seed) return out;
  let a = seed >>> 0;
  const rand = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

const lines = (events: Iterable<CanonicalEvent>) => [...events].map((e) => JSON.stringify({ ...e, events: [...e.events].sort() })).sort();
const digest = (ls: string[]) => createHash('sha256').update(ls.join('\n')).digest('hex').slice(0, 16);

const batch = lines(groupEncounters(inputs.map((d) => d.extraction)));
console.log(`${inputs.length} documents, ${inputs.reduce((n, d) => n + d.extraction.events.length, 0)} reports (${EXTRACTOR_VERSION})`);
console.log(`all at once: ${batch.length} canonical events, ${digest(batch)}`);
let differs = 0;
for (const seed of seeds) {
  const store = new SqliteStore(':memory:');
  const notes: string[] = [];
  for (const d of shuffled(inputs, seed)) notes.push(...((await store.ingest(d)).notes ?? []));
  const got: CanonicalEvent[] = [];
  for await (const e of store.allEvents()) got.push(e);
  await store.close();
  const ls = lines(got);
  const same = ls.length === batch.length && ls.every((l, i) => l === batch[i]);
  if (!same) differs++;
  console.log(`seed ${seed}: ${ls.length} canonical events, ${digest(ls)} ${same ? 'same' : 'DIFFERENT'}${notes.length ? ` (${notes.length} notes)` : ''}`);
  if (!same && showDiff) {
    const a = new Set(batch), b = new Set(ls);
    for (const l of batch) if (!b.has(l)) console.log(`  only at once: ${l.slice(0, 300)}`);
    for (const l of ls) if (!a.has(l)) console.log(`  only seed ${seed}: ${l.slice(0, 300)}`);
  }
}
if (differs) { console.log(`ingest-order: ${differs} of ${seeds.length} orders give different canonical events`); process.exit(1); }
console.log(`ingest-order: ${seeds.length} orders, all identical to grouping at once`);
