/**
 * The SQLite store for a server: read queries run on a small pool of worker threads, each with its own
 * read-only connection (WAL lets them read while another connection writes), so many clients asking
 * different questions are answered at once instead of one after another on the event loop. Writes,
 * and the data version readers cache by, stay on the main connection.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import type { ReadoutDocument } from '../types.js';
import type {
  CountryCount, EventCount, EventFilter, EventPage, IngestOutcome, PairStats, ParticipantRecord, PersonSummary, Store, StoredDocument, StoredDocumentInput, StoredReport,
} from './store.js';
import type { SqliteStore } from './sqlite-store.js';

interface Pending { resolve: (v: any) => void; reject: (e: Error) => void }
interface Thread { worker: Worker; busy: number; ready: Promise<void> }

/** A thread running sqlite-read-worker (through tsx when readout runs from its TypeScript sources). */
function startThread(path: string): Worker {
  const file = new URL(`./sqlite-read-worker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  if (file.pathname.endsWith('.ts')) {
    return new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`, { eval: true, workerData: { path } });
  }
  return new Worker(file, { workerData: { path } });
}

export class PooledSqliteStore implements Store {
  private readonly threads: Thread[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;

  /** `writer` is the store's main connection (read-only when the server takes no writes); `threads` read connections. */
  constructor(private readonly writer: SqliteStore, threads = Math.max(2, Math.min(4, availableParallelism()))) {
    for (let i = 0; i < threads; i++) {
      const worker = startThread(writer.path);
      let ready!: () => void;
      const t: Thread = { worker, busy: 0, ready: new Promise<void>((r) => { ready = r; }) };
      worker.on('message', (m: { ready?: boolean; id: number; ok: boolean; value: unknown; error?: { name: string; message: string } }) => {
        if (m.ready) { ready(); return; }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        t.busy--;
        if (m.ok) p.resolve(m.value);
        else p.reject(m.error!.name === 'RangeError' ? new RangeError(m.error!.message) : new Error(m.error!.message));
      });
      worker.on('error', (e) => { for (const [id, p] of this.pending) { this.pending.delete(id); p.reject(e); } });
      worker.unref();
      this.threads.push(t);
    }
  }

  /** Sends a read to the least busy thread. */
  private async read<T>(method: string, ...args: unknown[]): Promise<T> {
    const t = this.threads.reduce((a, b) => (b.busy < a.busy ? b : a));
    await t.ready;
    t.busy++;
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      t.worker.postMessage({ id, method, args });
    });
  }

  ingest(doc: StoredDocumentInput): Promise<IngestOutcome> { return this.writer.ingest(doc); }
  ingestMany(docs: StoredDocumentInput[]): Promise<(IngestOutcome | Error)[]> { return this.writer.ingestMany(docs); }
  replaceExtraction(docId: string, extraction: ReadoutDocument, extractor: string): Promise<IngestOutcome> { return this.writer.replaceExtraction(docId, extraction, extractor); }
  version(): Promise<string> { return this.writer.version(); }
  hasHash(hash: string): Promise<boolean> { return this.read('hasHash', hash); }
  documentIds(): Promise<string[]> { return this.read('documentIds'); }
  document(docId: string): Promise<StoredDocument | null> { return this.read('document', docId); }
  events(filter?: EventFilter): Promise<EventPage> { return this.read('events', filter); }
  event(id: string): Promise<(CanonicalEvent & { reports_full: StoredReport[] }) | null> { return this.read('event', id); }
  people(query?: string, limit?: number): Promise<PersonSummary[]> { return this.read('people', query, limit); }
  person(id: string): Promise<PersonSummary | null> { return this.read('person', id); }
  countries(): Promise<CountryCount[]> { return this.read('countries'); }
  pairStats(filter: EventFilter): Promise<PairStats> { return this.read('pairStats', filter); }
  countEvents(filter: EventFilter, cap?: number): Promise<EventCount> { return this.read('countEvents', filter, cap); }
  personKeys(person: string): Promise<string[]> { return this.read('personKeys', person); }
  countPeople(query?: string): Promise<number> { return this.read('countPeople', query); }

  /** Every event, read page by page from a thread (an export of the whole record keeps memory flat). */
  async *allEvents(filter?: EventFilter): AsyncIterable<CanonicalEvent> {
    let after: [string, number] | null = null;
    do {
      const page: { events: CanonicalEvent[]; next: [string, number] | null } = await this.read('allEventsPage', filter, after);
      yield* page.events;
      after = page.next;
    } while (after);
  }
  counts(): Promise<{ documents: number; reports: number; events: number }> { return this.read('counts'); }
  participantRecords(): AsyncIterable<ParticipantRecord> { return this.writer.participantRecords(); }
  integrityCheck(): Promise<string[]> { return this.writer.integrityCheck(); }

  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
    for (const [, p] of this.pending) p.reject(new Error('store closed'));
    this.pending.clear();
    await this.writer.close();
  }
}
