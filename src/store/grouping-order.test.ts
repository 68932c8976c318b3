/**
 * The canonical events are a function of the set of reports: generated readout/1 documents (a few
 * people, days, partial dates, undated reports, places, modes; written here, no article text), ingested
 * in random orders into SQLite, and by two connections at once into PostgreSQL, give exactly the
 * events of grouping all the reports at once (readable ids included, each report with its side); so does
 * re-extracting a document.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { EventKind, Location, Participant, ReadoutDocument, ReadoutEvent } from '../types.js';
import type { Store, StoredDocumentInput } from './store.js';
import { SqliteStore } from './sqlite-store.js';
import { PgStore } from './pg-store.js';
import { PG_SKIP, freshPgUrl } from './pg-test-db.js';
import { groupEncounters, type CanonicalEvent } from '../record/encounter-grouper.js';
import { textHash } from './store.js';
import { documentAccount, withEngagement } from './store-rows.js';

const person = (id: string, name: string, country: string): Participant => ({ id, name, country, title: 'Foreign Minister' });
const POOL: Participant[] = [
  person('bui-thanh-son', 'Bui Thanh Son', 'VNM'), person('wang-yi', 'Wang Yi', 'CHN'), person('antony-blinken', 'Antony Blinken', 'USA'),
  person('saleumxay-kommasith', 'Saleumxay Kommasith', 'LAO'), { id: null, name: 'Son', country: 'VNM', title: null },
  { name: null, country: 'VNM', title: null }, { name: null, country: 'CHN', title: null },
];
const PLACES: (Location | null)[] = [null, null, { place: 'Hanoi', country: 'VNM' }, { place: 'Beijing', country: 'CHN' }, { place: 'Vientiane', country: 'LAO' }];
const DATES = ['2021-04-16', '2021-04-17', '2022-04-16', '--04-16', '--04-17', '2021-04', '2021', null, null];

const eventArb = fc.record({
  people: fc.subarray(POOL, { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom<EventKind>('meeting', 'talks', 'phone_call', 'video_conference', 'visit'),
  date: fc.constantFrom(...DATES),
  vague: fc.boolean(),
  location: fc.constantFrom(...PLACES),
  topics: fc.subarray(['trade', 'maritime', 'economy']),
  referenced: fc.constantFrom(false, false, false, true),
  initiator: fc.boolean(),
});
const docArb = fc.record({
  events: fc.array(eventArb, { minLength: 1, maxLength: 2 }),
  published: fc.constantFrom('2021-04-17', '2021-04-20', '2022-04-18', '2021-02-20', null),
  source: fc.constantFrom('VNA', 'Xinhua', 'State Department', null),
});
type DocSpec = typeof docArb extends fc.Arbitrary<infer T> ? T : never;

function readout(id: string, spec: DocSpec): ReadoutDocument {
  const events: ReadoutEvent[] = spec.events.map((e, k) => ({
    id: `${id}#${k + 1}`, kind: e.kind, date: e.date, location: e.location, occasion: null, participants: e.people,
    initiator: e.initiator ? e.people.find((p) => p.name)?.name ?? null : null, topics: e.topics, referenced: e.referenced,
    codes: { cameo: '040', plover: 'CONSULT', plover_mode: null, goldstein: 1 }, evidence: [],
    ...(e.vague && e.date ? { provenance: { date: { rule: 'date/weekday', basis: 'inferred' as const } } } : {}),
  }));
  return { format: 'readout/1', document: { id, source: spec.source, url: `https://example.org/${id}`, title: null, published: spec.published, language: 'en' }, events };
}

function input(extraction: ReadoutDocument): StoredDocumentInput {
  const d = extraction.document;
  const text = `Document ${d.id}, written for this test.`;
  return { docId: d.id, hash: textHash(text), url: d.url, source: d.source, title: null, published: d.published, language: 'en', format: 'text', text, extraction, extractor: 'test' };
}

/** A permutation by a seed (mulberry32). */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = [...xs];
  let a = seed >>> 0;
  const rand = () => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [out[i], out[j]] = [out[j], out[i]]; }
  return out;
}

/** Grouping all at once, each report with the account a store finds for its document, each event with its level and direction as a store writes it. */
const grouped = (docs: ReadoutDocument[]) => groupEncounters(docs, (d) => documentAccount(input(d))).map(withEngagement);

const lines = (events: Iterable<CanonicalEvent>) => [...events].map((e) => JSON.stringify({ ...e, events: [...e.events].sort() })).sort();
async function stored(s: Store): Promise<string[]> {
  const out: CanonicalEvent[] = [];
  for await (const e of s.allEvents()) out.push(e);
  return lines(out);
}

const corpusArb = fc.array(docArb, { minLength: 2, maxLength: 24 }).map((specs) => specs.map((s, i) => readout(`doc-${String(i).padStart(2, '0')}`, s)));

describe('canonical events do not depend on the order of ingest', () => {
  it('groups all the reports at once alike in any order', () => {
    fc.assert(fc.property(corpusArb, fc.integer(), (docs, seed) => {
      expect(lines(grouped(shuffled(docs, seed)))).toEqual(lines(grouped(docs)));
    }), { numRuns: 200 });
  });

  it('SQLite: any order of ingest gives the events of grouping all at once', async () => {
    await fc.assert(fc.asyncProperty(corpusArb, fc.integer(), async (docs, seed) => {
      const s = new SqliteStore(':memory:');
      for (const d of shuffled(docs, seed)) await s.ingest(input(d));
      expect(await stored(s)).toEqual(lines(grouped(docs)));
      expect(await s.integrityCheck()).toEqual([]);
      await s.close();
    }), { numRuns: 80 });
  });

  it('SQLite: re-extracting a document regroups as if the store had been built with the new extraction', async () => {
    await fc.assert(fc.asyncProperty(corpusArb, fc.nat(), docArb, fc.integer(), async (docs, which, replacement, seed) => {
      const s = new SqliteStore(':memory:');
      for (const d of shuffled(docs, seed)) await s.ingest(input(d));
      const original = docs[which % docs.length];
      const target = original.document.id;
      // a re-extraction reads the stored document again: its source, url and publication date stay
      const next = { ...readout(target, replacement), document: original.document };
      await s.replaceExtraction(target, next, 'test');
      expect(await stored(s)).toEqual(lines(grouped(docs.map((d) => (d.document.id === target ? next : d)))));
      expect(await s.integrityCheck()).toEqual([]);
      await s.close();
    }), { numRuns: 60 });
  });

  it.skipIf(!!PG_SKIP)('PostgreSQL: two connections ingesting at once give the events of grouping all at once', async () => {
    await fc.assert(fc.asyncProperty(corpusArb, fc.integer(), async (docs, seed) => {
      const url = freshPgUrl('order');
      const workers = await Promise.all([PgStore.open(url, { poolSize: 1 }), PgStore.open(url, { poolSize: 1 })]);
      const queue = shuffled(docs, seed);
      await Promise.all(workers.map(async (w) => { for (let d = queue.shift(); d; d = queue.shift()) await w.ingest(input(d)); }));
      expect(await stored(workers[0])).toEqual(lines(grouped(docs)));
      expect(await workers[0].integrityCheck()).toEqual([]);
      await Promise.all(workers.map((w) => w.close()));
    }), { numRuns: 25 });
  }, 120_000);
});
