/**
 * The embedded store (the default): one SQLite file through better-sqlite3, WAL journal, every
 * document with its events written in one transaction. A process
 * killed at any moment leaves the file consistent: SQLite rolls back the unfinished transaction.
 * Full-text search (FTS5) covers what each report says of its encounter, one row per canonical event.
 */
import Database from 'better-sqlite3';
import type { Database as Db, Statement } from 'better-sqlite3';
import { canonical, canonicalIdBase, dateInterval, participantKey, pickGroup, sameEncounter, type CanonicalEvent, type Report } from '../record/encounter-grouper.js';
import type { ReadoutDocument, ReadoutEvent } from '../types.js';
import { foldName } from '../knowledge/names.js';
import type {
  CountryCount, EventFilter, ParticipantRecord, EventPage, EventSummary, IngestOutcome, PairStats, PersonSummary, Store, StoredDocument,
  StoredDocumentInput, StoredReport,
} from './store.js';

const DAY = 86_400_000;
/** The longest day interval a canonical event may have (a year-only date); candidates are searched this far back. */
const MAX_SPAN = 400;
const SCHEMA_VERSION = '5';

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
  ingested_at TEXT NOT NULL
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
  summary TEXT NOT NULL DEFAULT '{}'
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
CREATE TABLE IF NOT EXISTS report_participants (
  report INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key TEXT NOT NULL, person_id TEXT, name TEXT, aliases TEXT, country TEXT, title TEXT, date TEXT
);
CREATE INDEX IF NOT EXISTS rp_key ON report_participants(key);
CREATE INDEX IF NOT EXISTS rp_name ON report_participants(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS rp_report ON report_participants(report);
`;

/** A sortable form of a date: full and partial ISO dates sort by time; month-days and undated last. */
function dateSort(d: string | null): string {
  if (!d) return '';
  if (d.startsWith('--')) return `0000${d.slice(1)}`;
  return d;
}

function toDays(t: number): number | null {
  return Number.isFinite(t) ? Math.floor(t / DAY) : null;
}

export class SqliteStore implements Store {
  readonly db: Db;
  private readonly q: Record<string, Statement>;

  /** Opens (creating when needed) the store at `path` (":memory:" for a throwaway store). */
  constructor(readonly path: string, opts: { readonly?: boolean } = {}) {
    this.db = new Database(path, { readonly: !!opts.readonly, fileMustExist: !!opts.readonly });
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      this.db.pragma('synchronous = NORMAL');
    }
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!opts.readonly) {
      this.db.exec(SCHEMA);
      const v = this.db.prepare('SELECT value FROM meta WHERE key = ?').get('schema') as { value: string } | undefined;
      if (!v) this.db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)').run('schema', SCHEMA_VERSION);
      else if (v.value !== SCHEMA_VERSION) throw new Error(`readout: ${path} has store schema ${v.value}; this readout reads schema ${SCHEMA_VERSION}`);
    }
    const p = (sql: string) => this.db.prepare(sql);
    this.q = opts.readonly ? {} : {
      hasHash: p('SELECT 1 FROM documents WHERE hash = ?'),
      docByDocId: p('SELECT id FROM documents WHERE doc_id = ?'),
      insertDoc: p(`INSERT INTO documents(doc_id, hash, url, source, title, published, language, format, text, extraction, extractor, ingested_at)
                    VALUES (@docId, @hash, @url, @source, @title, @published, @language, @format, @text, @extraction, @extractor, @ingestedAt)`),
      insertReport: p('INSERT INTO reports(event_id, document, canonical, data, text) VALUES (?, ?, ?, ?, ?)'),
      reportTexts: p('SELECT text FROM reports WHERE canonical = ? ORDER BY id'),
      deleteFts: p('DELETE FROM events_fts WHERE rowid = ?'),
      insertFts: p('INSERT INTO events_fts(rowid, text) VALUES (?, ?)'),
      docText: p('SELECT text, title FROM documents WHERE id = ?'),
      insertRP: p('INSERT INTO report_participants(report, key, person_id, name, aliases, country, title, date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      // canonical events of a participant whose days overlap [lo, hi]; their spans are at most MAX_SPAN days
      candidatesInRange: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND lo BETWEEN ? AND ? AND hi >= ?`),
      candidatesByMd: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND md = ?`),
      candidatesUndated: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? AND lo IS NULL`),
      candidatesAny: p(`SELECT canonical AS id FROM canonical_participants WHERE key = ? ORDER BY canonical DESC LIMIT 500`),
      reportsOf: p(`SELECT r.event_id, r.data, d.doc_id, d.published, d.source, d.url FROM reports r JOIN documents d ON d.id = r.document WHERE r.canonical = ? ORDER BY r.id`),
      newCanonical: p(`INSERT INTO canonical_events(cid, date, date_sort, kind, referenced, n_reports, data) VALUES (?, NULL, '', 'meeting', 0, 0, '{}')`),
      updateCanonical: p(`UPDATE canonical_events SET date = ?, date_sort = ?, kind = ?, place = ?, country = ?, occasion = ?, referenced = ?, n_reports = ?, lo = ?, hi = ?, md = ?, data = ?, summary = ? WHERE id = ?`),
      deleteCanonical: p('DELETE FROM canonical_events WHERE id = ?'),
      deleteCP: p('DELETE FROM canonical_participants WHERE canonical = ?'),
      insertCP: p('INSERT OR REPLACE INTO canonical_participants(canonical, key, person_id, name, country, title, lo, hi, md, date_sort, referenced) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      deleteCT: p('DELETE FROM canonical_topics WHERE canonical = ?'),
      insertCT: p('INSERT OR IGNORE INTO canonical_topics(canonical, topic, date_sort) VALUES (?, ?, ?)'),
      cidTaken: p('SELECT 1 FROM canonical_events WHERE cid = ?'),
      cidOf: p('SELECT cid FROM canonical_events WHERE id = ?'),
      setCid: p('UPDATE canonical_events SET cid = ? WHERE id = ?'),
    };
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
    return !!this.q.hasHash.get(hash);
  }

  async ingest(doc: StoredDocumentInput): Promise<IngestOutcome> {
    return this.db.transaction((): IngestOutcome => {
      if (this.q.hasHash.get(doc.hash)) return { status: 'duplicate', docId: doc.docId, events: 0, canonical: [] };
      let docId = doc.docId;
      // two different texts with one file name: the second gets a suffix, and its event ids follow
      for (let n = 2; this.q.docByDocId.get(docId); n++) docId = `${doc.docId}~${n}`;
      const extraction = docId === doc.docId ? doc.extraction : renameDocument(doc.extraction, docId);
      const info = this.q.insertDoc.run({
        docId, hash: doc.hash, url: doc.url, source: doc.source, title: doc.title, published: doc.published, language: doc.language,
        format: doc.format, text: doc.text, extraction: JSON.stringify(extraction), extractor: doc.extractor, ingestedAt: new Date().toISOString(),
      });
      const touched = this.placeReports(Number(info.lastInsertRowid), extraction);
      this.writes++;
      return { status: 'new', docId, events: extraction.events.length, canonical: this.refresh(touched) };
    }).immediate();
  }

  async replaceExtraction(docId: string, extraction: ReadoutDocument, extractor: string): Promise<IngestOutcome> {
    return this.db.transaction((): IngestOutcome => {
      const row = this.q.docByDocId.get(docId) as { id: number } | undefined;
      if (!row) throw new Error(`no stored document ${docId}`);
      const touched = new Set<number>();
      for (const r of this.db.prepare('SELECT canonical FROM reports WHERE document = ?').all(row.id) as { canonical: number }[]) touched.add(r.canonical);
      this.db.prepare('DELETE FROM reports WHERE document = ?').run(row.id);
      this.db.prepare('UPDATE documents SET extraction = ?, extractor = ? WHERE id = ?').run(JSON.stringify(extraction), extractor, row.id);
      for (const c of this.placeReports(row.id, extraction)) touched.add(c);
      this.writes++;
      return { status: 'new', docId, events: extraction.events.length, canonical: this.refresh(touched) };
    }).immediate();
  }

  /** Puts each event of a document into the canonical event it reports (or a new one); returns the canonical rows touched. */
  private placeReports(docRow: number, extraction: ReadoutDocument): Set<number> {
    const touched = new Set<number>();
    const d = extraction.document;
    const doc = this.q.docText.get(docRow) as { text: string; title: string | null };
    for (const ev of extraction.events) {
      const report: Report = { docId: d.id, event: ev, published: d.published, source: d.source, url: d.url };
      const iv = dateInterval(ev, d.published);
      const lo = toDays(iv.lo), hi = toDays(iv.hi);
      let target: number | null = null;
      const seen = new Set<number>();
      const fits: { id: number; members: Report[] }[] = [];
      for (const p of ev.participants) {
        const key = participantKey(p);
        const rows = (lo != null && hi != null
          ? [...this.q.candidatesInRange.all(key, lo - MAX_SPAN, hi, lo), ...this.q.candidatesUndated.all(key), ...(iv.md ? this.q.candidatesByMd.all(key, iv.md) : [])]
          : iv.md ? [...this.q.candidatesByMd.all(key, iv.md), ...this.q.candidatesUndated.all(key)]
            : this.q.candidatesAny.all(key)) as { id: number }[];
        for (const { id } of rows) {
          if (seen.has(id)) continue;
          seen.add(id);
          const members = this.reportsOf(id);
          if (members.length && members.every((m) => sameEncounter(report, m, iv, dateInterval(m.event, m.published)))) fits.push({ id, members });
        }
      }
      if (fits.length) target = fits[pickGroup(report, fits.map((f) => f.members))].id;
      if (target == null) target = Number(this.q.newCanonical.run(`tmp_${d.id}_${ev.id}_${Math.random()}`).lastInsertRowid);
      const rid = Number(this.q.insertReport.run(ev.id, docRow, target, JSON.stringify(ev), reportText(ev, doc.text, doc.title)).lastInsertRowid);
      for (const p of ev.participants) {
        this.q.insertRP.run(rid, participantKey(p), p.id ?? null, p.name, JSON.stringify(p.aliases ?? []), p.country, p.title, ev.date);
      }
      touched.add(target);
    }
    return touched;
  }

  private reportsOf(canonicalRow: number): Report[] {
    return (this.q.reportsOf.all(canonicalRow) as { event_id: string; data: string; doc_id: string; published: string | null; source: string | null; url: string | null }[])
      .map((r) => ({ docId: r.doc_id, event: JSON.parse(r.data) as ReadoutEvent, published: r.published, source: r.source, url: r.url }));
  }

  /** Recomputes the canonical fields of the touched rows; deletes rows left without reports. */
  private refresh(touched: Set<number>): string[] {
    const cids: string[] = [];
    for (const id of touched) {
      const rs = this.reportsOf(id);
      if (!rs.length) { this.q.deleteCanonical.run(id); continue; }
      const c = canonical(rs);
      // keep an existing readable id when its date and countries still hold
      const current = (this.q.cidOf.get(id) as { cid: string }).cid;
      const base = canonicalIdBase(c);
      let cid = current;
      if (!current.startsWith(`${base}_`)) {
        for (let n = 1; ; n++) { cid = `${base}_${n}`; if (!this.q.cidTaken.get(cid)) break; }
        this.q.setCid.run(cid, id);
      }
      c.id = cid;
      let lo = Infinity, hi = -Infinity;
      let md: string | null = null;
      for (const r of rs) {
        const iv = dateInterval(r.event, r.published);
        if (Number.isFinite(iv.lo)) lo = Math.min(lo, iv.lo);
        if (Number.isFinite(iv.hi)) hi = Math.max(hi, iv.hi);
        md ??= iv.md;
      }
      this.q.updateCanonical.run(
        c.date, dateSort(c.date), c.kind, c.location?.place ?? null, c.location?.country ?? null, c.occasion, c.referenced ? 1 : 0, rs.length,
        toDays(lo), toDays(hi), md, JSON.stringify(c), JSON.stringify(summary(c)), id,
      );
      this.q.deleteCP.run(id);
      const span = [toDays(lo), toDays(hi)];
      const sort = dateSort(c.date);
      for (const p of c.participants) this.q.insertCP.run(id, participantKey(p), p.id ?? null, p.name, p.country, p.title, span[0], span[1], md, sort, c.referenced ? 1 : 0);
      this.q.deleteCT.run(id);
      for (const t of c.topics) this.q.insertCT.run(id, t, sort);
      this.q.deleteFts.run(id);
      this.q.insertFts.run(id, (this.q.reportTexts.all(id) as { text: string }[]).map((r) => r.text).join('\n'));
      cids.push(cid);
    }
    return cids;
  }

  async documentIds(): Promise<string[]> {
    return (this.db.prepare('SELECT doc_id FROM documents ORDER BY id').all() as { doc_id: string }[]).map((r) => r.doc_id);
  }

  async document(docId: string): Promise<StoredDocument | null> {
    const r = this.db.prepare('SELECT * FROM documents WHERE doc_id = ?').get(docId) as any;
    if (!r) return null;
    return { docId: r.doc_id, url: r.url, source: r.source, title: r.title, published: r.published, language: r.language, text: r.text, extraction: JSON.parse(r.extraction), ingestedAt: r.ingested_at };
  }

  /** The WHERE clause and parameters of an event filter. */
  private where(f: EventFilter): { sql: string; params: unknown[] } {
    const conds: string[] = [];
    const params: unknown[] = [];
    if (!f.referenced) conds.push('ce.referenced = 0');
    if (f.country) { conds.push('ce.id IN (SELECT canonical FROM canonical_participants WHERE country = ?)'); params.push(f.country.toUpperCase()); }
    if (f.with) { conds.push('ce.id IN (SELECT canonical FROM canonical_participants WHERE country = ?)'); params.push(f.with.toUpperCase()); }
    if (f.person) {
      const keys = this.personKeys(f.person);
      conds.push(`ce.id IN (SELECT canonical FROM canonical_participants WHERE key IN (${keys.map(() => '?').join(', ')}))`);
      params.push(...keys);
    }
    if (f.kind) { conds.push('ce.kind = ?'); params.push(f.kind); }
    if (f.topic) { conds.push('ce.id IN (SELECT canonical FROM canonical_topics WHERE topic = ?)'); params.push(f.topic); }
    if (f.from) { conds.push("ce.date_sort >= ? AND ce.date_sort <> '' AND ce.date_sort NOT LIKE '0000%'"); params.push(f.from); }
    if (f.to) { conds.push("substr(ce.date_sort, 1, ?) <= ? AND ce.date_sort <> '' AND ce.date_sort NOT LIKE '0000%'"); params.push(f.to.length, f.to); }
    if (f.text) {
      conds.push('ce.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)');
      params.push(ftsQuery(f.text));
    }
    return { sql: conds.length ? conds.join(' AND ') : '1', params };
  }

  /** The participant keys a person query stands for: an id, a folded name, and every key a report gave that spelling. */
  private personKeys(person: string): string[] {
    const keys = new Set([`id:${person}`, `name:${foldName(person)}`]);
    for (const r of this.cached('SELECT DISTINCT key FROM report_participants WHERE name = ? COLLATE NOCASE').all(person) as { key: string }[]) keys.add(r.key);
    return [...keys];
  }

  /**
   * A page of events, newest first. The query is driven by the most selective indexed filter (a person,
   * a country, a topic), read in date order from an index that carries the date, so it stops after one
   * page instead of sorting every match; the other filters are checked per row.
   */
  async events(f: EventFilter = {}): Promise<EventPage> {
    const limit = Math.max(1, Math.min(f.limit ?? 50, 1000));
    const desc = (f.order ?? 'desc') === 'desc';
    const dir = desc ? 'DESC' : 'ASC';
    const conds: string[] = [];
    const params: unknown[] = [];
    let from = 'canonical_events ce';
    let sortCol = 'ce.date_sort', idCol = 'ce.id';
    const keys = f.person ? this.personKeys(f.person) : null;
    const inList = (xs: unknown[]) => xs.map(() => '?').join(', ');
    if (keys) {
      from = `canonical_participants d CROSS JOIN canonical_events ce ON ce.id = d.canonical`;
      conds.push(`d.key IN (${inList(keys)})`); params.push(...keys);
      sortCol = 'd.date_sort'; idCol = 'd.canonical';
    } else if (f.country) {
      from = `canonical_participants d CROSS JOIN canonical_events ce ON ce.id = d.canonical`;
      conds.push('d.country = ?'); params.push(f.country.toUpperCase());
      sortCol = 'd.date_sort'; idCol = 'd.canonical';
    } else if (f.topic) {
      from = `canonical_topics d CROSS JOIN canonical_events ce ON ce.id = d.canonical`;
      conds.push('d.topic = ?'); params.push(f.topic);
      sortCol = 'd.date_sort'; idCol = 'd.canonical';
    }
    if (!f.referenced) conds.push('ce.referenced = 0');
    if (keys && f.country) { conds.push('EXISTS (SELECT 1 FROM canonical_participants x WHERE x.country = ? AND x.canonical = ce.id)'); params.push(f.country.toUpperCase()); }
    if (f.with) { conds.push('EXISTS (SELECT 1 FROM canonical_participants x WHERE x.country = ? AND x.canonical = ce.id)'); params.push(f.with.toUpperCase()); }
    if (f.topic && from.startsWith('canonical_participants')) { conds.push('EXISTS (SELECT 1 FROM canonical_topics x WHERE x.topic = ? AND x.canonical = ce.id)'); params.push(f.topic); }
    if (f.kind) { conds.push('ce.kind = ?'); params.push(f.kind); }
    if (f.from) { conds.push(`${sortCol} >= ? AND ${sortCol} NOT LIKE '0000%'`); params.push(f.from); }
    if (f.to) { conds.push(`${sortCol} < ? AND ${sortCol} <> '' AND ${sortCol} NOT LIKE '0000%'`); params.push(`${f.to}\uffff`); }
    if (f.text) {
      // few matches: the list itself; many: each row in date order is probed (a page is found quickly)
      const q = ftsQuery(f.text);
      const hits = (this.cached(`SELECT rowid AS id FROM events_fts WHERE events_fts MATCH ? LIMIT ${TEXT_LIST_MAX + 1}`).all(q) as { id: number }[]).map((r) => r.id);
      if (hits.length <= TEXT_LIST_MAX) { conds.push('ce.id IN (SELECT value FROM json_each(?))'); params.push(JSON.stringify(hits)); }
      else { conds.push('EXISTS (SELECT 1 FROM events_fts WHERE events_fts MATCH ? AND rowid = ce.id)'); params.push(q); }
    }
    if (f.cursor) {
      const c = decodeCursor(f.cursor);
      conds.push(desc ? `(${sortCol} < ? OR (${sortCol} = ? AND ${idCol} < ?))` : `(${sortCol} > ? OR (${sortCol} = ? AND ${idCol} > ?))`);
      params.push(c.sort, c.sort, c.id);
    }
    const where = conds.length ? conds.join(' AND ') : '1';
    const rows = this.cached(`SELECT ${idCol} AS id, ${sortCol} AS sort, ce.summary FROM ${from} WHERE ${where} ORDER BY ${sortCol} ${dir}, ${idCol} ${dir} LIMIT ?`)
      .all(...params, limit + 1) as { id: number; sort: string; summary: string }[];
    // a person under two keys (an id and a spelling) can bring one event twice
    const seen = new Set<number>();
    const unique = rows.filter((r) => !seen.has(r.id) && seen.add(r.id));
    const page = unique.slice(0, limit);
    const next = unique.length > limit ? encodeCursor(page[page.length - 1].sort, page[page.length - 1].id) : null;
    return { events: page.map((r) => JSON.parse(r.summary) as EventSummary), next };
  }

  async event(id: string): Promise<(CanonicalEvent & { reports_full: StoredReport[] }) | null> {
    const row = this.db.prepare('SELECT id, data FROM canonical_events WHERE cid = ?').get(id) as { id: number; data: string } | undefined;
    if (!row) return null;
    const c = JSON.parse(row.data) as CanonicalEvent;
    const reports = (this.db.prepare(`SELECT r.event_id, r.data, d.doc_id, d.source, d.url, d.published, d.title FROM reports r JOIN documents d ON d.id = r.document WHERE r.canonical = ? ORDER BY r.id`)
      .all(row.id) as any[]).map((r) => ({ event: r.event_id, document: r.doc_id, source: r.source, url: r.url, published: r.published, title: r.title, data: JSON.parse(r.data) }));
    return { ...c, reports_full: reports };
  }

  async people(query?: string, limit = 100): Promise<PersonSummary[]> {
    const params: unknown[] = [];
    let where = "rp.key NOT LIKE 'body:%'";
    if (query) { where += ' AND (rp.name LIKE ? OR rp.person_id LIKE ? OR rp.aliases LIKE ?)'; const q = `%${query}%`; params.push(q, q, q); }
    const keys = this.db.prepare(`SELECT rp.key, count(DISTINCT r.canonical) AS n FROM report_participants rp JOIN reports r ON r.id = rp.report
      JOIN canonical_events ce ON ce.id = r.canonical WHERE ${where} GROUP BY rp.key ORDER BY n DESC, rp.key LIMIT ?`).all(...params, limit) as { key: string; n: number }[];
    return keys.map((k) => this.personByKey(k.key)!).filter(Boolean);
  }

  async person(id: string): Promise<PersonSummary | null> {
    for (const key of [`id:${id}`, id, `name:${id.toLowerCase()}`]) {
      const p = this.personByKey(key);
      if (p) return p;
    }
    return null;
  }

  private personByKey(key: string): PersonSummary | null {
    const rows = this.db.prepare(`SELECT rp.person_id, rp.name, rp.aliases, rp.country, rp.title, rp.date, r.canonical FROM report_participants rp
      JOIN reports r ON r.id = rp.report WHERE rp.key = ?`).all(key) as { person_id: string | null; name: string | null; aliases: string; country: string | null; title: string | null; date: string | null; canonical: number }[];
    if (!rows.length) return null;
    const names = new Map<string, number>();
    const spellings = new Set<string>();
    const titles = new Map<string, { first: string | null; last: string | null }>();
    const countries = new Map<string, number>();
    let first: string | null = null, last: string | null = null;
    for (const r of rows) {
      if (r.name) { names.set(r.name, (names.get(r.name) ?? 0) + 1); spellings.add(r.name); }
      for (const a of JSON.parse(r.aliases || '[]') as string[]) spellings.add(a);
      if (r.country) countries.set(r.country, (countries.get(r.country) ?? 0) + 1);
      const d = r.date && !r.date.startsWith('--') ? r.date : null;
      if (d) { if (!first || d < first) first = d; if (!last || d > last) last = d; }
      if (r.title) {
        const t = titles.get(r.title) ?? { first: null, last: null };
        if (d) { if (!t.first || d < t.first) t.first = d; if (!t.last || d > t.last) t.last = d; }
        titles.set(r.title, t);
      }
    }
    const top = <T>(m: Map<T, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return {
      id: rows.find((r) => r.person_id)?.person_id ?? key.replace(/^name:/, ''),
      name: top(names) ?? key, country: top(countries), events: new Set(rows.map((r) => r.canonical)).size,
      first, last, spellings: [...spellings],
      titles: [...titles].map(([title, t]) => ({ title, ...t })).sort((a, b) => (a.first ?? '').localeCompare(b.first ?? '')),
    };
  }

  async countries(): Promise<CountryCount[]> {
    return this.db.prepare(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE cp.country IS NOT NULL AND ce.referenced = 0 GROUP BY cp.country ORDER BY events DESC`).all() as CountryCount[];
  }

  async pairStats(country: string | null, other?: string | null, referenced = false): Promise<PairStats> {
    const f: EventFilter = { country: country ?? undefined, with: other ?? undefined, referenced };
    const w = this.where(f);
    const byYear = this.db.prepare(`SELECT substr(ce.date_sort, 1, 4) AS year, ce.kind AS kind, count(*) AS events FROM canonical_events ce
      WHERE ${w.sql} AND ce.date_sort <> '' AND ce.date_sort NOT LIKE '0000%' GROUP BY year, kind ORDER BY year, kind`).all(...w.params) as PairStats['byYear'];
    const byTopic = this.db.prepare(`SELECT ct.topic AS topic, count(*) AS events FROM canonical_topics ct JOIN canonical_events ce ON ce.id = ct.canonical
      WHERE ${w.sql} GROUP BY ct.topic ORDER BY events DESC`).all(...w.params) as PairStats['byTopic'];
    const counterparts = this.db.prepare(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE ${w.sql} AND cp.country IS NOT NULL AND cp.country <> ? GROUP BY cp.country ORDER BY events DESC LIMIT 20`).all(...w.params, (country ?? '').toUpperCase()) as CountryCount[];
    return { byYear, byTopic, counterparts };
  }

  async *allEvents(f: EventFilter = {}): AsyncIterable<CanonicalEvent> {
    const w = this.where({ referenced: true, ...f });
    const stmt = this.db.prepare(`SELECT ce.data FROM canonical_events ce WHERE ${w.sql} ORDER BY ce.date_sort, ce.id`);
    for (const r of stmt.iterate(...w.params) as Iterable<{ data: string }>) yield JSON.parse(r.data) as CanonicalEvent;
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

function summary(c: CanonicalEvent): EventSummary {
  return {
    id: c.id, date: c.date, kind: c.kind, place: c.location?.place ?? null, country: c.location?.country ?? null, occasion: c.occasion,
    participants: c.participants.map((p) => ({ name: p.name, country: p.country, title: p.title, id: p.id ?? null })),
    topics: c.topics, reports: c.events.length, referenced: c.referenced,
  };
}

/** Up to this many text matches are listed; beyond, candidates are probed one by one in date order. */
const TEXT_LIST_MAX = 2000;

/** What a report says of its encounter, for full-text search: the headline, the stating sentences, the statements. */
function reportText(ev: ReadoutEvent, text: string, title: string | null): string {
  const spans = [...ev.evidence, ...(ev.statements ?? []).map((s) => s.evidence)];
  const seen = new Set<string>();
  const parts = title ? [title] : [];
  for (const sp of spans) {
    const k = `${sp.start}:${sp.end}`;
    if (seen.has(k) || sp.end <= sp.start) continue;
    seen.add(k);
    parts.push(text.slice(sp.start, sp.end));
  }
  return parts.join('\n');
}

/** A user's words as an FTS5 query: each word quoted, all required. */
export function ftsQuery(text: string): string {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return words.length ? words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ') : '""';
}

function encodeCursor(sort: string, id: number): string {
  return Buffer.from(JSON.stringify([sort, id])).toString('base64url');
}

function decodeCursor(c: string): { sort: string; id: number } {
  try {
    const [sort, id] = JSON.parse(Buffer.from(c, 'base64url').toString('utf8'));
    if (typeof sort !== 'string' || typeof id !== 'number') throw new Error();
    return { sort, id };
  } catch {
    throw new RangeError('invalid cursor');
  }
}

/** The same extraction under another document id (event ids follow). */
function renameDocument(doc: ReadoutDocument, id: string): ReadoutDocument {
  return {
    ...doc,
    document: { ...doc.document, id },
    events: doc.events.map((e, i) => ({ ...e, id: `${id}#${i + 1}` })),
  };
}
