/**
 * The embedded store (the default): one SQLite file through better-sqlite3, WAL journal, every
 * document with its events written in one transaction. A process
 * killed at any moment leaves the file consistent: SQLite rolls back the unfinished transaction.
 * Full-text search (FTS5) covers what each report says of its encounter, one row per canonical event.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { regroupComponent, regroupEncounter, participantKey, type CanonicalEvent, type CandidateWindow, type DaySpan, type EncounterPort, type Report } from '../record/encounter-grouper.js';
import type { ReadoutDocument, ReadoutEvent } from '../types.js';
import { foldName } from '../knowledge/names.js';
import type {
  CountryCount, EventFilter, ParticipantRecord, EventPage, EventSummary, IngestOutcome, PairStats, PersonSummary, Store, StoredDocument,
  StoredDocumentInput, StoredReport,
} from './store.js';
import { eventsPageQuery, eventsWhere, pageOf, searchWords, type FilterContext } from './event-query.js';
import { SCHEMA_VERSION, READABLE_SCHEMAS, outcome, countryPairs, dateSort, eventSummary, reportText, renameDocument, personSummary, withEngagement, Mutex, documentAccount, parseAccount, storedEvent, fullReport, groupingReport, storedDocument, type PersonRow, type ReportRow, type DocumentRow } from './store-rows.js';
import type { ReportAccount } from '../record/report-side.js';
import { eventsCountQuery } from './event-query.js';
import { COUNT_CAP } from '../vocabulary/filters.js';
import { withRegistryIds } from '../record/participant-identity.js';
import { personQueryKeys, registrySearch } from '../record/person-search.js';

// documents.side, documents.account (schema 7): whose account a document is, the side code and the
// account as JSON (record/report-side.ts)
const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL UNIQUE,
  url TEXT, source TEXT, title TEXT, published TEXT, language TEXT,
  format TEXT NOT NULL,
  text TEXT NOT NULL,
  extraction TEXT NOT NULL,
  extractor TEXT NOT NULL,
  ingested_at TEXT NOT NULL,
  side TEXT, account TEXT
);
CREATE TABLE IF NOT EXISTS canonical_events (
  id INTEGER PRIMARY KEY,
  cid TEXT NOT NULL UNIQUE,
  date TEXT,
  date_sort TEXT NOT NULL,
  kind TEXT NOT NULL,
  place TEXT,
  country TEXT,
  occasion TEXT,
  referenced INTEGER NOT NULL,
  n_reports INTEGER NOT NULL,
  lo INTEGER, hi INTEGER, md TEXT,
  data TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '{}',
  -- the engagement level and the country the other sides travelled to (record/engagement.ts; schema 7)
  level TEXT, host TEXT
);
CREATE INDEX IF NOT EXISTS canonical_date ON canonical_events(date_sort, id);
CREATE TABLE IF NOT EXISTS reports (
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  canonical INTEGER NOT NULL REFERENCES canonical_events(id),
  data TEXT NOT NULL,
  -- what the report says of the encounter: the headline, the sentences that state it and its statements
  text TEXT NOT NULL DEFAULT ''
);
-- full-text search over the reports, one row per canonical event (rowid = its id)
CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(text, content='', contentless_delete=1);
CREATE INDEX IF NOT EXISTS reports_canonical ON reports(canonical);
CREATE INDEX IF NOT EXISTS reports_document ON reports(document);
CREATE TABLE IF NOT EXISTS canonical_participants (
  canonical INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  person_id TEXT, name TEXT, country TEXT, title TEXT,
  -- the canonical event's day interval (days since 1970), copied here so a new report finds its
  -- candidates by participant and day with one index range; and its sortable date, so a query for a
  -- country or a person reads its events in date order straight from an index
  lo INTEGER, hi INTEGER, md TEXT, date_sort TEXT NOT NULL DEFAULT '', referenced INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (canonical, key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cp_country_date ON canonical_participants(country, date_sort, canonical);
CREATE INDEX IF NOT EXISTS cp_key_date ON canonical_participants(key, date_sort, canonical);
CREATE INDEX IF NOT EXISTS cp_key ON canonical_participants(key, canonical);
CREATE INDEX IF NOT EXISTS cp_key_lo ON canonical_participants(key, lo);
CREATE INDEX IF NOT EXISTS cp_key_md ON canonical_participants(key, md);
CREATE INDEX IF NOT EXISTS cp_country ON canonical_participants(country, canonical);
CREATE TABLE IF NOT EXISTS canonical_topics (
  canonical INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  topic TEXT NOT NULL,
  date_sort TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (topic, canonical)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ct_topic_date ON canonical_topics(topic, date_sort, canonical);
CREATE INDEX IF NOT EXISTS ct_canonical ON canonical_topics(canonical);
-- one row per ordered pair of participant countries: a pair's events in date order from one index (schema 6)
CREATE TABLE IF NOT EXISTS canonical_pairs (
  country TEXT NOT NULL, other TEXT NOT NULL, date_sort TEXT NOT NULL,
  canonical INTEGER NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  PRIMARY KEY (country, other, date_sort, canonical)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS cpair_canonical ON canonical_pairs(canonical);
CREATE TABLE IF NOT EXISTS report_participants (
  report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key TEXT NOT NULL, person_id TEXT, name TEXT, aliases TEXT, country TEXT, title TEXT, date TEXT
);
CREATE INDEX IF NOT EXISTS rp_key ON report_participants(key);
CREATE INDEX IF NOT EXISTS rp_name ON report_participants(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS rp_report ON report_participants(report);
`;

/** What a file holds, before it is opened as a store. */
function describeForeign(db: Db): string | null {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  if (!tables.length) return null; // empty: a new store
  if (tables.includes('meta')) {
    const v = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as { value: string } | undefined;
    if (v && tables.includes('documents') && tables.includes('canonical_events')) return null;
  }
  return `it is an SQLite database but not a readout store (tables: ${tables.slice(0, 6).join(', ')}${tables.length > 6 ? ', ...' : ''}); give another --db`;
}

export class SqliteStore implements Store {
  readonly db: Db;
  private readonly q: Record<string, Statement>;
  private readonly writeLock = new Mutex();

  /**
   * Opens the store at `path` (":memory:" for a throwaway store): read-write, creating it when needed
   * (a non-empty SQLite file that is not a readout store is refused), or read-only (`readonly`: the
   * file must be a readout store; nothing is written, so a read-only file or folder serves).
   */
  private readonly readOnly: boolean;
  /** the store has the pair index (schema 6; a version-5 file opened read-only has not) */
  private hasPairs = true;
  /** the column of a document's account (`NULL` in a store of version 5 or 6 opened read-only) */
  private account = 'd.account';
  /** the accounts of a store brought up from version 6 are still to be found (`upgrade()`) */
  private accountsPending = false;
  /** the store has the engagement columns (schema 7) */
  private hasEngagement = true;

  constructor(readonly path: string, opts: { readonly?: boolean } = {}) {
    this.readOnly = !!opts.readonly;
    this.db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    try {
      this.db.pragma('busy_timeout = 5000');
      const foreign = describeForeign(this.db);
      if (foreign) throw new Error(foreign);
      if (!opts.readonly) {
        this.db.pragma('journal_mode = WAL');
        this.db.pragma('synchronous = NORMAL');
        this.db.pragma('foreign_keys = ON');
        this.db.exec(SCHEMA);
        const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
        if (!v) this.db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
        else if (v.value === '5' || v.value === '6') {
          this.db.transaction(() => {
            // 5 -> 6: the pair index, filled from the participants
            if (v.value === '5') {
              this.db.exec(`INSERT OR IGNORE INTO canonical_pairs(country, other, date_sort, canonical)
                SELECT a.country, b.country, a.date_sort, a.canonical FROM canonical_participants a JOIN canonical_participants b ON b.canonical = a.canonical
                WHERE a.country IS NOT NULL AND b.country IS NOT NULL AND a.country <> b.country`);
            }
            this.migrateTo7();
          })();
        }
        this.accountsPending = !!this.db.prepare("SELECT 1 FROM meta WHERE key = 'accounts' AND value = 'pending'").get();
      }
      const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
      if (!v || !READABLE_SCHEMAS.includes(v.value) || (!opts.readonly && v.value !== SCHEMA_VERSION)) throw new Error(`${path} has store schema ${v?.value ?? 'none'}; this readout reads schema ${SCHEMA_VERSION}`);
      this.hasPairs = Number(v.value) >= 6;
      this.hasEngagement = Number(v.value) >= 7;
      this.account = Number(v.value) >= 7 ? 'd.account' : 'NULL';
    } catch (e) {
      this.db.close();
      throw e;
    }
    const p = (sql: string) => this.db.prepare(sql);
    this.q = opts.readonly ? {} : {
      hasHash: p('SELECT 1 FROM documents WHERE hash = ?'),
      docByDocId: p('SELECT id FROM documents WHERE doc_id = ?'),
      insertDoc: p(`INSERT INTO documents(doc_id, hash, url, source, title, published, language, format, text, extraction, extractor, ingested_at, side, account)
                    VALUES (@docId, @hash, @url, @source, @title, @published, @language, @format, @text, @extraction, @extractor, @ingestedAt, @side, @account)`),
      insertReport: p('INSERT INTO reports(event_id, document, canonical, data, text) VALUES (?, ?, ?, ?, ?)'),
      reportTexts: p('SELECT text FROM reports WHERE canonical = ? ORDER BY id'),
      deleteFts: p('DELETE FROM events_fts WHERE rowid = ?'),
      insertFts: p('INSERT INTO events_fts(rowid, text) VALUES (?, ?)'),
      insertRP: p('INSERT INTO report_participants(report, key, person_id, name, aliases, country, title, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      // canonical events of a participant whose days overlap a window; their spans are at most MAX_SPAN_DAYS days
      candidatesInRange: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND lo BETWEEN ? AND ? AND hi >= ?`),
      candidatesByMd: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND md = ?`),
      candidatesUndated: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND lo IS NULL`),
      candidatesRecent: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? ORDER BY canonical DESC LIMIT ?`),
      newCanonical: p(`INSERT INTO canonical_events(cid, date, date_sort, kind, referenced, n_reports, data) VALUES (?, NULL, '', 'meeting', 0, 0, '{}')`),
      updateCanonical: p(`UPDATE canonical_events SET cid = ?, date = ?, date_sort = ?, kind = ?, place = ?, country = ?, occasion = ?, referenced = ?, n_reports = ?, lo = ?, hi = ?, md = ?, data = ?, summary = ?, level = ?, host = ? WHERE id = ?`),
      deleteCanonical: p('DELETE FROM canonical_events WHERE id = ?'),
      deleteCP: p('DELETE FROM canonical_participants WHERE canonical = ?'),
      insertCP: p('INSERT OR REPLACE INTO canonical_participants(canonical, key, person_id, name, country, title, lo, hi, md, date_sort, referenced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      deleteCT: p('DELETE FROM canonical_topics WHERE canonical = ?'),
      insertCT: p('INSERT OR IGNORE INTO canonical_topics(canonical, topic, date_sort) VALUES (?, ?, ?)'),
      deletePairs: p('DELETE FROM canonical_pairs WHERE canonical = ?'),
      insertPair: p('INSERT OR IGNORE INTO canonical_pairs(country, other, date_sort, canonical) VALUES (?, ?, ?, ?)'),
      cidHolder: p('SELECT id FROM canonical_events WHERE cid = ?'),
      renameCanonical: p('UPDATE canonical_events SET cid = ? WHERE id = ?'),
      moveReport: p('UPDATE reports SET canonical = ? WHERE event_id = ?'),
    };
  }

  /**
   * 6 -> 7, in the caller's transaction: whose account each document is (`documents.side`, `.account`:
   * filled by `upgrade()`, which also regroups every canonical event) and each canonical event's
   * engagement level and host (computed here from its stored fields, so a reader has them at once).
   */
  private migrateTo7(): void {
    const docCols = new Set((this.db.prepare('PRAGMA table_info(documents)').all() as { name: string }[]).map((c) => c.name));
    if (!docCols.has('side')) this.db.exec('ALTER TABLE documents ADD COLUMN side TEXT');
    if (!docCols.has('account')) this.db.exec('ALTER TABLE documents ADD COLUMN account TEXT');
    const cols = new Set((this.db.prepare('PRAGMA table_info(canonical_events)').all() as { name: string }[]).map((c) => c.name));
    if (!cols.has('level')) this.db.exec('ALTER TABLE canonical_events ADD COLUMN level TEXT');
    if (!cols.has('host')) this.db.exec('ALTER TABLE canonical_events ADD COLUMN host TEXT');
    const update = this.db.prepare('UPDATE canonical_events SET data = ?, summary = ?, level = ?, host = ? WHERE id = ?');
    for (const r of this.db.prepare('SELECT id, data FROM canonical_events').all() as { id: number; data: string }[]) {
      const c = withEngagement(JSON.parse(r.data) as CanonicalEvent);
      update.run(JSON.stringify(c), JSON.stringify(eventSummary(c)), c.level, c.direction?.to ?? null, r.id);
    }
    this.db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('accounts', 'pending')").run();
    this.db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run(SCHEMA_VERSION);
  }

  private readonly stmts = new Map<string, Statement>();
  /** A prepared statement per distinct SQL text (filters produce a few dozen shapes). */
  private cached(sql: string): Statement {
    let st = this.stmts.get(sql);
    if (!st) { st = this.db.prepare(sql); if (this.stmts.size < 500) this.stmts.set(sql, st); }
    return st;
  }

  private writes = 0;
  /** Changes when anything was committed, by this connection or another one (a cache key). */
  async version(): Promise<string> {
    return `${this.db.pragma('data_version', { simple: true })}:${this.writes}`;
  }

  async hasHash(hash: string): Promise<boolean> {
    return !!this.cached('SELECT 1 FROM documents WHERE hash = ?').get(hash);
  }

  /**
   * One write transaction (BEGIN IMMEDIATE: the file's write lock from the start, so two processes
   * writing one file take turns), serialised with this connection's other writes.
   */
  private transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.readOnly) return Promise.reject(new Error('this store was opened read-only'));
    return this.writeLock.run(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const out = await fn();
        this.db.exec('COMMIT');
        this.writes++;
        return out;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  /** The grouping's view of this store (record/encounter-grouper.ts). */
  private readonly port: EncounterPort<number> = {
    candidates: async (keys: string[], w: CandidateWindow) => keys.flatMap((key) => [
      ...(w.days ? this.q.candidatesInRange.all(key, w.days.loFrom, w.days.loTo, w.days.hiFrom) : []),
      ...(w.undated ? this.q.candidatesUndated.all(key) : []),
      ...(w.monthDay ? this.q.candidatesByMd.all(key, w.monthDay) : []),
      ...(w.recent ? this.q.candidatesRecent.all(key, w.recent) : []),
    ] as { id: number }[]).map((r) => r.id),
    reportsOf: async (ids: number[]) => ids.map((id) => this.reportsOf(id)),
    newEncounter: async () => Number(this.q.newCanonical.run(`new:${randomUUID()}`).lastInsertRowid),
    moveReports: async (id: number, eventIds: string[]) => { for (const e of eventIds) this.q.moveReport.run(id, e); },
    readableIdHolder: async (cid: string) => (this.q.cidHolder.get(cid) as { id: number } | undefined)?.id ?? null,
    renameEncounter: async (id: number, cid: string) => { this.q.renameCanonical.run(cid, id); },
    deleteEncounter: async (id: number) => { this.q.deleteCanonical.run(id); },
    writeEncounter: async (id: number, grouped: CanonicalEvent, span: DaySpan, keys: string[]) => {
      const c = withEngagement(grouped);
      const sort = dateSort(c.date);
      const referenced = c.referenced ? 1 : 0;
      this.q.updateCanonical.run(
        c.id, c.date, sort, c.kind, c.location?.place ?? null, c.location?.country ?? null, c.occasion, referenced, c.events.length,
        span.lo, span.hi, span.md, JSON.stringify(c), JSON.stringify(eventSummary(c)), c.level, c.direction?.to ?? null, id,
      );
      this.q.deleteCP.run(id);
      const named = new Set<string>();
      for (const p of c.participants) { named.add(participantKey(p)); this.q.insertCP.run(id, participantKey(p), p.id ?? null, p.name, p.country, p.title, span.lo, span.hi, span.md, sort, referenced); }
      // the reports' other keys (an unnamed body a named participant covers), for the candidate search only: no country, so no count sees them
      for (const k of keys) if (!named.has(k)) this.q.insertCP.run(id, k, null, null, null, null, span.lo, span.hi, span.md, sort, referenced);
      this.q.deleteCT.run(id);
      for (const t of c.topics) this.q.insertCT.run(id, t, sort);
      this.q.deletePairs.run(id);
      for (const [a, b] of countryPairs(c)) this.q.insertPair.run(a, b, sort, id);
      this.q.deleteFts.run(id);
      this.q.insertFts.run(id, (this.q.reportTexts.all(id) as { text: string }[]).map((r) => r.text).join('\n'));
    },
  };

  async ingest(doc: StoredDocumentInput): Promise<IngestOutcome> {
    await this.upgrade();
    return this.transaction(() => this.fileDocument(doc));
  }

  /**
   * Several documents in one transaction, each in a savepoint of its own: a document that fails is
   * rolled back alone (its error is returned in its place) and the others are kept. One commit for
   * many documents: an ingest spends most of its store time committing (and checkpointing the WAL)
   * when it commits each document apart.
   */
  async ingestMany(docs: StoredDocumentInput[]): Promise<(IngestOutcome | Error)[]> {
    if (!docs.length) return [];
    await this.upgrade();
    return this.transaction(async () => {
      const out: (IngestOutcome | Error)[] = [];
      for (const doc of docs) {
        this.db.exec('SAVEPOINT doc');
        try {
          out.push(await this.fileDocument(doc));
          this.db.exec('RELEASE doc');
        } catch (e) {
          this.db.exec('ROLLBACK TO doc');
          this.db.exec('RELEASE doc');
          out.push(e instanceof Error ? e : new Error(String(e)));
        }
      }
      return out;
    });
  }

  /** Stores one document and groups its events, inside the caller's transaction. */
  private async fileDocument(doc: StoredDocumentInput): Promise<IngestOutcome> {
    {
      if (this.q.hasHash.get(doc.hash)) return { status: 'duplicate', docId: doc.docId, events: 0, canonical: [] };
      let docId = doc.docId;
      // two different texts with one file name: the second gets a suffix, and its event ids follow
      for (let n = 2; this.q.docByDocId.get(docId); n++) docId = `${doc.docId}~${n}`;
      const extraction = docId === doc.docId ? doc.extraction : renameDocument(doc.extraction, docId);
      const account = documentAccount(doc);
      const info = this.q.insertDoc.run({
        docId, hash: doc.hash, url: doc.url, source: doc.source, title: doc.title, published: doc.published, language: doc.language,
        format: doc.format, text: doc.text, extraction: JSON.stringify(extraction), extractor: doc.extractor, ingestedAt: new Date().toISOString(),
        side: account.side, account: JSON.stringify(account),
      });
      const seeds = await this.fileReports(Number(info.lastInsertRowid), extraction, doc.text, doc.title, account);
      return outcome(docId, extraction, await regroupComponent(this.port, seeds));
    }
  }

  async replaceExtraction(docId: string, extraction: ReadoutDocument, extractor: string): Promise<IngestOutcome> {
    await this.upgrade();
    return this.transaction(async (): Promise<IngestOutcome> => {
      const row = this.db.prepare('SELECT id, text, title, url, source, language, account FROM documents WHERE doc_id = ?').get(docId) as { id: number; text: string; title: string | null; url: string | null; source: string | null; language: string | null; account: string | null } | undefined;
      if (!row) throw new Error(`no stored document ${docId}`);
      const touched = [...new Set((this.db.prepare('SELECT canonical FROM reports WHERE document = ?').all(row.id) as { canonical: number }[]).map((r) => r.canonical))];
      this.db.prepare('DELETE FROM reports WHERE document = ?').run(row.id);
      // the account is found again (the knowledge may have changed), unless the user stated it
      const before = parseAccount(row.account);
      const account = before?.side_basis === 'user' ? before : documentAccount({ ...row, extraction, language: extraction.document.language ?? row.language });
      this.db.prepare('UPDATE documents SET extraction = ?, extractor = ?, side = ?, account = ? WHERE id = ?').run(JSON.stringify(extraction), extractor, account.side, JSON.stringify(account), row.id);
      // the events that lost the old reports are regrouped with the new ones
      const seeds = await this.fileReports(row.id, extraction, row.text, row.title, account);
      for (const id of touched) seeds.set(id, this.reportsOf(id));
      return outcome(docId, extraction, await regroupComponent(this.port, seeds));
    });
  }

  /**
   * Stores documents whose grouping is known beforehand, in one transaction: the events of each group
   * become one canonical event, without searching for candidates. For building large stores quickly
   * (the benchmark's million synthetic documents, whose encounters the generator knows); the fields,
   * ids and indexes are written as `ingest` writes them.
   */
  async fileGrouped(groups: StoredDocumentInput[][]): Promise<number> {
    return this.transaction(async () => {
      let n = 0;
      for (const docs of groups) {
        const target = Number(this.q.newCanonical.run(`new:${docs[0].docId}`).lastInsertRowid);
        for (const doc of docs) {
          const account = documentAccount(doc);
          const info = this.q.insertDoc.run({
            docId: doc.docId, hash: doc.hash, url: doc.url, source: doc.source, title: doc.title, published: doc.published, language: doc.language,
            format: doc.format, text: doc.text, extraction: JSON.stringify(doc.extraction), extractor: doc.extractor, ingestedAt: new Date().toISOString(),
            side: account.side, account: JSON.stringify(account),
          });
          for (const ev0 of doc.extraction.events) {
            const ev = withRegistryIds(ev0);
            const rid = Number(this.q.insertReport.run(ev.id, Number(info.lastInsertRowid), target, JSON.stringify(storedEvent(ev, doc.text)), reportText(ev, doc.text, doc.title)).lastInsertRowid);
            for (const p of ev.participants) this.q.insertRP.run(rid, participantKey(p), p.id ?? null, p.name, JSON.stringify(p.aliases ?? []), p.country, p.title, ev.date);
          }
          n++;
        }
        await regroupEncounter(this.port, target);
      }
      return n;
    });
  }

  /** Files each event of a document under a new canonical event of its own; returns them (the seeds of the regrouping). */
  private async fileReports(docRow: number, extraction: ReadoutDocument, text: string, title: string | null, account: ReportAccount): Promise<Map<number, Report[]>> {
    const seeds = new Map<number, Report[]>();
    const d = extraction.document;
    for (const ev0 of extraction.events) {
      // a participant the registry identifies gets its id before the report is filed (record/participant-identity.ts);
      // the report as stored (statements with their sentences): the seed is grouped as the stored reports are
      const ev = withRegistryIds(ev0);
      const stored = storedEvent(ev, text);
      const report: Report = { docId: d.id, event: stored, published: d.published, source: d.source, url: d.url, account };
      const target = Number(this.q.newCanonical.run(`new:${d.id}:${ev.id}`).lastInsertRowid);
      const rid = Number(this.q.insertReport.run(ev.id, docRow, target, JSON.stringify(stored), reportText(ev, text, title)).lastInsertRowid);
      for (const p of ev.participants) {
        this.q.insertRP.run(rid, participantKey(p), p.id ?? null, p.name, JSON.stringify(p.aliases ?? []), p.country, p.title, ev.date);
      }
      seeds.set(target, [report]);
    }
    return seeds;
  }

  /** The reports of a canonical event, in a fixed order: publication date, document, event. */
  private reportsOf(canonicalRow: number): Report[] {
    return (this.cached(`SELECT r.event_id, r.data, d.doc_id, d.published, d.source, d.url, ${this.account} AS account FROM reports r JOIN documents d ON d.id = r.document
        WHERE r.canonical = ? ORDER BY coalesce(d.published, ''), d.doc_id, r.event_id`).all(canonicalRow) as { event_id: string; data: string; doc_id: string; published: string | null; source: string | null; url: string | null; account: string | null }[])
      .map(groupingReport);
  }

  /**
   * Finishes bringing a store of version 6 up to 7, once: finds every document's account, gives the
   * stored reports' statements their sentences, and regroups every canonical event's component (so
   * each lists its reports' sides and statements, and the grouping is the order-free one). `openStore` runs it; writes run it first.
   */
  async upgrade(): Promise<void> {
    if (!this.accountsPending || this.readOnly) return;
    this.accountsPending = false;
    await this.transaction(async () => {
      const setAccount = this.db.prepare('UPDATE documents SET side = ?, account = ? WHERE id = ?');
      const reports = this.db.prepare('SELECT id, data FROM reports WHERE document = ?');
      const setData = this.db.prepare('UPDATE reports SET data = ? WHERE id = ?');
      const page = this.db.prepare('SELECT id, text, url, source, language, extraction FROM documents WHERE id > ? ORDER BY id LIMIT 200');
      for (let after = 0; ;) {
        const docs = page.all(after) as { id: number; text: string; url: string | null; source: string | null; language: string | null; extraction: string }[];
        for (const d of docs) {
          const account = documentAccount(d);
          setAccount.run(account.side, JSON.stringify(account), d.id);
          for (const r of reports.all(d.id) as { id: number; data: string }[]) setData.run(JSON.stringify(storedEvent(JSON.parse(r.data) as ReadoutEvent, d.text)), r.id);
        }
        if (docs.length < 200) break;
        after = docs[docs.length - 1].id;
      }
      // every component regrouped as an ingest regroups it now: a store grouped in the order of its
      // ingest gets the canonical events of grouping all at once, each listing its reports' sides
      for (const { id } of this.db.prepare('SELECT id FROM canonical_events ORDER BY id').all() as { id: number }[]) {
        const rs = this.reportsOf(id);
        if (rs.length) await regroupComponent(this.port, new Map([[id, rs]]));
      }
      this.db.prepare("DELETE FROM meta WHERE key = 'accounts'").run();
    });
  }

  async documentIds(): Promise<string[]> {
    return (this.db.prepare('SELECT doc_id FROM documents ORDER BY id').all() as { doc_id: string }[]).map((r) => r.doc_id);
  }

  async document(docId: string): Promise<StoredDocument | null> {
    const r = this.cached('SELECT * FROM documents WHERE doc_id = ?').get(docId) as DocumentRow | undefined;
    return r ? storedDocument(r) : null;
  }

  /**
   * The participant keys a person query stands for: the registry's (an id, any full name or alias in
   * any script, folded; a short form), the folded name, and every key a report gave that spelling.
   */
  async personKeys(person: string): Promise<string[]> {
    return this.personKeysSync(person);
  }

  private personKeysSync(person: string): string[] {
    const keys = new Set(personQueryKeys(person));
    for (const r of this.cached('SELECT DISTINCT key FROM report_participants WHERE name = ? COLLATE NOCASE').all(person) as { key: string }[]) keys.add(r.key);
    return [...keys];
  }

  /**
   * How the filter's parts that need the store are resolved: the person's keys, and the text: few
   * matches are listed; with many, each row read in date order is probed (a page is found quickly).
   */
  private context(f: EventFilter, shape: 'scan' | 'page'): FilterContext {
    let text: FilterContext['text'] = null;
    if (f.text) {
      const q = ftsQuery(f.text);
      const hits = shape === 'page' ? (this.cached(`SELECT rowid AS id FROM events_fts WHERE events_fts MATCH ? LIMIT ${TEXT_LIST_MAX + 1}`).all(q) as { id: number }[]).map((r) => r.id) : null;
      text = hits && hits.length <= TEXT_LIST_MAX ? { sql: 'ce.id IN (SELECT value FROM json_each(?))', params: [JSON.stringify(hits)] }
        : shape === 'page' ? { sql: 'EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = ce.id)', params: [q] }
          : { sql: 'ce.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)', params: [q] };
    }
    return { personKeys: f.person ? this.personKeysSync(f.person) : null, text, pairs: this.hasPairs, engagement: this.hasEngagement };
  }

  /** A page of events, newest first (the query: store/event-query.ts). */
  async events(f: EventFilter = {}): Promise<EventPage> {
    const q = eventsPageQuery(f, this.context(f, 'page'), { drivingJoin: 'CROSS JOIN' });
    return pageOf<EventSummary>(this.cached(q.sql).all(...q.params) as { id: number; sort: string; summary: string }[], q.limit);
  }

  async countEvents(f: EventFilter = {}, cap = COUNT_CAP): Promise<{ total: number; undated: number; exact: boolean }> {
    const q = eventsCountQuery(f, this.context(f, 'scan'), cap);
    const r = this.cached(q.sql).get(...q.params) as { total: number; undated: number };
    return r.total > cap ? { total: cap, undated: r.undated, exact: false } : { total: r.total, undated: r.undated, exact: true };
  }

  async event(id: string): Promise<(CanonicalEvent & { reports_full: StoredReport[] }) | null> {
    const row = this.cached('SELECT id, data FROM canonical_events WHERE cid = ?').get(id) as { id: number; data: string } | undefined;
    if (!row) return null;
    const c = JSON.parse(row.data) as CanonicalEvent;
    const reports = (this.cached(`SELECT r.event_id, r.data, d.doc_id, d.source, d.url, d.published, d.title, ${this.account} AS account FROM reports r JOIN documents d ON d.id = r.document
        WHERE r.canonical = ? ORDER BY coalesce(d.published, ''), d.doc_id, r.event_id`)
      .all(row.id) as ReportRow[]).map(fullReport);
    return { ...c, reports_full: reports };
  }

  /**
   * Who a people query matches: the registry's people whose names hold it (any script, accents or
   * not), and the report rows whose spelling, id, aliases or folded key hold it.
   */
  private peopleWhere(query?: string): { sql: string; params: unknown[] } {
    let sql = "rp.key NOT LIKE 'body:%'";
    const params: unknown[] = [];
    if (query && query.trim()) {
      const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      const ids = registrySearch(query).map((id) => `id:${id}`);
      sql += ` AND (rp.name LIKE ? ESCAPE '\\' OR rp.person_id LIKE ? ESCAPE '\\' OR rp.aliases LIKE ? ESCAPE '\\' OR rp.key LIKE ? ESCAPE '\\'${ids.length ? ` OR rp.key IN (SELECT value FROM json_each(?))` : ''})`;
      params.push(like(query.trim()), like(query.trim()), like(query.trim()), like(foldName(query)));
      if (ids.length) params.push(JSON.stringify(ids));
    }
    return { sql, params };
  }

  async people(query?: string, limit = 100): Promise<PersonSummary[]> {
    const w = this.peopleWhere(query);
    const keys = this.db.prepare(`SELECT rp.key, count(DISTINCT r.canonical) AS n FROM report_participants rp JOIN reports r ON r.id = rp.report
      WHERE ${w.sql} GROUP BY rp.key ORDER BY n DESC, rp.key LIMIT ?`).all(...w.params, limit) as { key: string; n: number }[];
    return keys.map((k) => this.personByKey(k.key)!).filter(Boolean);
  }

  async countPeople(query?: string): Promise<number> {
    const w = this.peopleWhere(query);
    return (this.db.prepare(`SELECT count(DISTINCT rp.key) AS n FROM report_participants rp WHERE ${w.sql}`).get(...w.params) as { n: number }).n;
  }

  /** A person by id, key or any spelling the registry or the reports know. */
  async person(id: string): Promise<PersonSummary | null> {
    for (const key of new Set([`id:${id}`, id, `name:${id.toLowerCase()}`, ...this.personKeysSync(id)])) {
      const p = this.personByKey(key);
      if (p) return p;
    }
    return null;
  }

  private personByKey(key: string): PersonSummary | null {
    return personSummary(key, this.cached(`SELECT rp.person_id, rp.name, rp.aliases, rp.country, rp.title, rp.date, r.canonical FROM report_participants rp
      JOIN reports r ON r.id = rp.report WHERE rp.key = ?`).all(key) as PersonRow[]);
  }

  async countries(): Promise<CountryCount[]> {
    return this.db.prepare(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE cp.country IS NOT NULL AND ce.referenced = 0 GROUP BY cp.country ORDER BY events DESC, cp.country`).all() as CountryCount[];
  }

  async pairStats(f: EventFilter = {}): Promise<PairStats> {
    const country = f.country ?? null;
    const w = eventsWhere(f, this.context(f, 'scan'));
    const totals = this.db.prepare(`SELECT count(*) AS total, coalesce(sum(CASE WHEN ce.date_sort = '' OR ce.date_sort LIKE '0000%' THEN 1 ELSE 0 END), 0) AS undated
      FROM canonical_events ce WHERE ${w.sql}`).get(...w.params) as { total: number; undated: number };
    const byYear = this.db.prepare(`SELECT substr(ce.date_sort, 1, 4) AS year, ce.kind AS kind, count(*) AS events FROM canonical_events ce
      WHERE ${w.sql} AND ce.date_sort <> '' AND ce.date_sort NOT LIKE '0000%' GROUP BY year, kind ORDER BY year, kind`).all(...w.params) as PairStats['byYear'];
    const byTopic = this.db.prepare(`SELECT ct.topic AS topic, count(*) AS events FROM canonical_topics ct JOIN canonical_events ce ON ce.id = ct.canonical
      WHERE ${w.sql} GROUP BY ct.topic ORDER BY events DESC, ct.topic`).all(...w.params) as PairStats['byTopic'];
    const counterparts = this.db.prepare(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE ${w.sql} AND cp.country IS NOT NULL AND cp.country <> ? GROUP BY cp.country ORDER BY events DESC, cp.country LIMIT 20`).all(...w.params, (country ?? '').toUpperCase()) as CountryCount[];
    return { ...totals, byYear, byTopic, counterparts };
  }

  async *allEvents(f: EventFilter = {}): AsyncIterable<CanonicalEvent> {
    const full = { referenced: true, ...f };
    const w = eventsWhere(full, this.context(full, 'scan'));
    const stmt = this.db.prepare(`SELECT ce.data FROM canonical_events ce WHERE ${w.sql} ORDER BY ce.date_sort, ce.id`);
    for (const r of stmt.iterate(...w.params) as Iterable<{ data: string }>) yield JSON.parse(r.data) as CanonicalEvent;
  }

  /**
   * One page of `allEvents` (in the same order), after a position a previous page returned: the
   * server's read threads send the events page by page, so memory stays flat however many there are.
   */
  async allEventsPage(f: EventFilter = {}, after: [string, number] | null = null, size = 500): Promise<{ events: CanonicalEvent[]; next: [string, number] | null }> {
    const full = { referenced: true, ...f };
    const w = eventsWhere(full, this.context(full, 'scan'));
    const rows = this.db.prepare(`SELECT ce.data, ce.date_sort, ce.id FROM canonical_events ce WHERE ${w.sql}${after ? ' AND (ce.date_sort, ce.id) > (?, ?)' : ''}
      ORDER BY ce.date_sort, ce.id LIMIT ?`).all(...w.params, ...(after ?? []), size) as { data: string; date_sort: string; id: number }[];
    const last = rows[rows.length - 1];
    return { events: rows.map((r) => JSON.parse(r.data) as CanonicalEvent), next: rows.length === size && last ? [last.date_sort, last.id] : null };
  }

  async *participantRecords(): AsyncIterable<ParticipantRecord> {
    const stmt = this.db.prepare('SELECT key, person_id, name, aliases, country, title, date FROM report_participants ORDER BY rowid');
    for (const r of stmt.iterate() as Iterable<any>) {
      yield { key: r.key, personId: r.person_id, name: r.name, aliases: JSON.parse(r.aliases || '[]'), country: r.country, title: r.title, date: r.date };
    }
  }

  async counts(): Promise<{ documents: number; reports: number; events: number }> {
    const n = (t: string) => (this.db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return { documents: n('documents'), reports: n('reports'), events: n('canonical_events') };
  }

  async integrityCheck(): Promise<string[]> {
    const problems: string[] = [];
    const ic = this.db.pragma('integrity_check') as { integrity_check: string }[];
    if (ic.length !== 1 || ic[0].integrity_check !== 'ok') problems.push(...ic.map((r) => `sqlite: ${r.integrity_check}`));
    const fk = this.db.pragma('foreign_key_check') as unknown[];
    if (fk.length) problems.push(`${fk.length} foreign key violations`);
    const orphans = (this.db.prepare('SELECT count(*) AS n FROM canonical_events ce WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.canonical = ce.id)').get() as { n: number }).n;
    if (orphans) problems.push(`${orphans} canonical events without reports`);
    const mismatch = (this.db.prepare('SELECT count(*) AS n FROM canonical_events ce WHERE n_reports <> (SELECT count(*) FROM reports r WHERE r.canonical = ce.id)').get() as { n: number }).n;
    if (mismatch) problems.push(`${mismatch} canonical events with a wrong report count`);
    const docsWithoutEvents = (this.db.prepare(`SELECT count(*) AS n FROM documents d WHERE json_array_length(d.extraction, '$.events') <> (SELECT count(*) FROM reports r WHERE r.document = d.id)`).get() as { n: number }).n;
    if (docsWithoutEvents) problems.push(`${docsWithoutEvents} documents whose stored events differ from their extraction`);
    return problems;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

/** Up to this many text matches are listed; beyond, candidates are probed one by one in date order. */
const TEXT_LIST_MAX = 2000;

/** A user's words as an FTS5 query: each word quoted, all required. */
export function ftsQuery(text: string): string {
  const words = searchWords(text);
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ') : '""';
}
