/**
 * The PostgreSQL back end, for a team sharing one record and for ingest spread over many workers and
 * machines. The same tables and indexes as the SQLite store (columns that sort or match bytewise are
 * COLLATE "C", as SQLite compares), created by migrations on first use, in a schema of their own
 * (`readout`, or `?schema=NAME` in the URL). Full-text search is PostgreSQL's: a tsvector per
 * canonical event with the `simple` configuration over accent-folded text (no stemming, so it serves
 * Vietnamese and other languages alike), with a GIN index.
 *
 * Concurrency: any number of processes may ingest at once. A document is filed in one transaction
 * that first takes a transaction-level advisory lock on every participant key of its events (in one
 * order), so two reports that could be the same encounter are grouped one after the other, and locks
 * each candidate canonical event's row before reading its reports, so a canonical event is never
 * regrouped by two transactions at once. A transaction that meets a deadlock or a unique-key race
 * (the same text, or a readable id, taken at the same moment) is retried.
 */
import pg from 'pg';
import removeAccents from 'remove-accents';
import { randomUUID } from 'node:crypto';
import { regroupComponent, participantKey, reportKeys, type CanonicalEvent, type CandidateWindow, type DaySpan, type EncounterPort, type Report } from '../record/encounter-grouper.js';
import type { ReadoutDocument, ReadoutEvent } from '../types.js';
import { foldName } from '../knowledge/names.js';
import type {
  CountryCount, EventFilter, ParticipantRecord, EventPage, EventSummary, IngestOutcome, PairStats, PersonSummary, Store, StoredDocument,
  StoredDocumentInput, StoredReport,
} from './store.js';
import { eventsPageQuery, eventsWhere, pageOf, searchWords, type FilterContext } from './event-query.js';
import { SCHEMA_VERSION, outcome, countryPairs, dateSort, eventSummary, reportText, renameDocument, personSummary, withEngagement, documentAccount, parseAccount, storedEvent, fullReport, groupingReport, storedDocument, type PersonRow, type ReportRow, type DocumentRow } from './store-rows.js';
import type { ReportAccount } from '../record/report-side.js';
import { eventsCountQuery } from './event-query.js';
import { COUNT_CAP } from '../vocabulary/filters.js';
import { withRegistryIds } from '../record/participant-identity.js';
import { personQueryKeys, registrySearch } from '../record/person-search.js';

/**
 * Migrations, in order: a new database gets them all on first use; an older one the ones it lacks.
 * `after` runs in the same transaction, for what SQL alone cannot compute.
 */
const MIGRATIONS: { version: string; sql: string; after?: (c: pg.PoolClient, schema: string) => Promise<void> }[] = [
  {
    version: '5',
    sql: `
CREATE TABLE documents (
  id bigserial PRIMARY KEY,
  doc_id text COLLATE "C" NOT NULL UNIQUE,
  hash text COLLATE "C" NOT NULL UNIQUE,
  url text, source text, title text, published text COLLATE "C", language text,
  format text NOT NULL,
  text text NOT NULL,
  extraction text NOT NULL,
  extractor text NOT NULL,
  ingested_at text NOT NULL
);
CREATE TABLE canonical_events (
  id bigserial PRIMARY KEY,
  cid text COLLATE "C" NOT NULL UNIQUE,
  date text COLLATE "C",
  date_sort text COLLATE "C" NOT NULL,
  kind text COLLATE "C" NOT NULL,
  place text, country text COLLATE "C", occasion text,
  referenced smallint NOT NULL,
  n_reports integer NOT NULL,
  lo integer, hi integer, md text COLLATE "C",
  data text NOT NULL,
  summary text NOT NULL DEFAULT '{}',
  -- full-text search: what the reports say of the encounter, accent-folded, simple configuration
  tsv tsvector NOT NULL DEFAULT ''::tsvector
);
CREATE INDEX canonical_date ON canonical_events(date_sort, id);
CREATE INDEX canonical_tsv ON canonical_events USING gin(tsv);
CREATE TABLE reports (
  id bigserial PRIMARY KEY,
  event_id text COLLATE "C" NOT NULL UNIQUE,
  document bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  canonical bigint NOT NULL REFERENCES canonical_events(id),
  data text NOT NULL,
  text text NOT NULL DEFAULT ''
);
CREATE INDEX reports_canonical ON reports(canonical);
CREATE INDEX reports_document ON reports(document);
CREATE TABLE canonical_participants (
  canonical bigint NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  key text COLLATE "C" NOT NULL,
  person_id text, name text, country text COLLATE "C", title text,
  lo integer, hi integer, md text COLLATE "C", date_sort text COLLATE "C" NOT NULL DEFAULT '', referenced smallint NOT NULL DEFAULT 0,
  PRIMARY KEY (canonical, key)
);
CREATE INDEX cp_country_date ON canonical_participants(country, date_sort, canonical);
CREATE INDEX cp_key_date ON canonical_participants(key, date_sort, canonical);
CREATE INDEX cp_key_lo ON canonical_participants(key, lo);
CREATE INDEX cp_key_md ON canonical_participants(key, md);
CREATE INDEX cp_country ON canonical_participants(country, canonical);
CREATE TABLE canonical_topics (
  canonical bigint NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  topic text COLLATE "C" NOT NULL,
  date_sort text COLLATE "C" NOT NULL DEFAULT '',
  PRIMARY KEY (topic, canonical)
);
CREATE INDEX ct_topic_date ON canonical_topics(topic, date_sort, canonical);
CREATE INDEX ct_canonical ON canonical_topics(canonical);
CREATE TABLE report_participants (
  id bigserial PRIMARY KEY,
  report bigint NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  key text COLLATE "C" NOT NULL, person_id text, name text, aliases text, country text, title text, date text
);
CREATE INDEX rp_key ON report_participants(key);
CREATE INDEX rp_name ON report_participants(lower(name));
CREATE INDEX rp_report ON report_participants(report);
-- changes with every committed write (a cache key for readers); a sequence, so writers never wait on it
CREATE SEQUENCE data_version;
`,
  },
  {
    version: '6',
    sql: `
-- one row per ordered pair of participant countries: a pair's events in date order from one index
CREATE TABLE canonical_pairs (
  country text COLLATE "C" NOT NULL, other text COLLATE "C" NOT NULL, date_sort text COLLATE "C" NOT NULL,
  canonical bigint NOT NULL REFERENCES canonical_events(id) ON DELETE CASCADE,
  PRIMARY KEY (country, other, date_sort, canonical)
);
CREATE INDEX cpair_canonical ON canonical_pairs(canonical);
INSERT INTO canonical_pairs(country, other, date_sort, canonical)
  SELECT DISTINCT a.country, b.country, a.date_sort, a.canonical FROM canonical_participants a JOIN canonical_participants b ON b.canonical = a.canonical
  WHERE a.country IS NOT NULL AND b.country IS NOT NULL AND a.country <> b.country;
`,
  },
  {
    version: '7',
    sql: `
-- whose account each document is (record/report-side.ts): the side code and the account as JSON;
-- filled by upgrade() (which also regroups every canonical event)
ALTER TABLE documents ADD COLUMN side text COLLATE "C", ADD COLUMN account text;
INSERT INTO meta(key, value) VALUES ('accounts', 'pending') ON CONFLICT (key) DO UPDATE SET value = excluded.value;
-- and the engagement level and the country the other sides travelled to (record/engagement.ts)
ALTER TABLE canonical_events ADD COLUMN level text COLLATE "C", ADD COLUMN host text COLLATE "C";
`,
    // every stored canonical event gets its level and direction, computed as a write computes them
    after: async (c, schema) => {
      let after = 0;
      for (;;) {
        const { rows } = await c.query(`SELECT id, data FROM ${schema}.canonical_events WHERE id > $1 ORDER BY id LIMIT 1000`, [after]);
        if (!rows.length) return;
        const done = rows.map((r: { id: number; data: string }) => ({ id: Number(r.id), c: withEngagement(JSON.parse(r.data) as CanonicalEvent) }));
        await c.query(`UPDATE ${schema}.canonical_events ce SET data = u.data, summary = u.summary, level = u.level, host = u.host
          FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(id, data, summary, level, host) WHERE ce.id = u.id`, [
          done.map((d) => d.id), done.map((d) => JSON.stringify(d.c)), done.map((d) => JSON.stringify(eventSummary(d.c))), done.map((d) => d.c.level), done.map((d) => d.c.direction?.to ?? null),
        ]);
        after = done[done.length - 1].id;
      }
    },
  },
];

/** SQL written with `?` placeholders (as store/event-query.ts writes it) in PostgreSQL's `$n` form. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** Errors after which the whole transaction is run again: deadlock, serialization, a unique-key race. */
const RETRY_CODES = new Set(['40P01', '40001', '23505']);

export interface PgStoreOptions {
  /** connections in the pool (default 4) */
  poolSize?: number;
  /** for a command that only reads: refuse writes, and create nothing */
  readonly?: boolean;
  /** the store must be there already (create nothing) */
  mustExist?: boolean;
}

/** The parts of a postgres:// URL readout reads itself: `schema` (default `readout`). */
export function parsePgUrl(url: string): { connectionString: string; schema: string } {
  const u = new URL(url);
  const schema = u.searchParams.get('schema') ?? 'readout';
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`schema must be a lowercase SQL name (letters, digits, _), got "${schema}"`);
  u.searchParams.delete('schema');
  return { connectionString: u.toString(), schema };
}

/** An accent-folded, lowercased text for the tsvector and the tsquery alike. */
const searchFold = (s: string) => removeAccents(s.normalize('NFC')).toLowerCase();

type Q = pg.Pool | pg.PoolClient;

export class PgStore implements Store {
  readonly pool: pg.Pool;
  readonly schema: string;
  /** the tables are there (migrations run) */
  private schemaReady: Promise<void>;
  /** and the store's data is up to date (upgrade() run): writes and `open` wait for it */
  private ready: Promise<void>;

  constructor(readonly url: string, private readonly opts: PgStoreOptions = {}) {
    const { connectionString, schema } = parsePgUrl(url);
    this.schema = schema;
    this.pool = new pg.Pool({
      connectionString, max: opts.poolSize ?? 4,
      options: `-c search_path=${schema}`,
      // bigint ids and counts as numbers (they stay far below 2^53)
      types: { getTypeParser: ((oid: number, format?: string) => (oid === 20 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format as any))) as any },
    });
    this.pool.on('error', () => { /* an idle client lost: the pool replaces it */ });
    this.schemaReady = this.migrate();
    this.schemaReady.catch(() => undefined);
    this.ready = opts.readonly ? this.schemaReady : this.schemaReady.then(() => this.upgrade());
    this.ready.catch(() => undefined);
  }

  /** Opens a store and waits until its schema is there (so a bad URL or server fails here, clearly). */
  static async open(url: string, opts: PgStoreOptions = {}): Promise<PgStore> {
    const s = new PgStore(url, opts);
    try {
      await s.ready;
    } catch (e) {
      await s.pool.end().catch(() => undefined);
      throw e;
    }
    return s;
  }

  /** Creates the schema or brings it up to date, once, whoever else starts at the same moment. */
  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      if (this.opts.readonly || this.opts.mustExist) {
        const v = await c.query(`SELECT value FROM ${this.schema}.meta WHERE key = 'schema'`).catch(() => null);
        if (!v?.rows.length) throw new Error(`no readout store in schema "${this.schema}" of this database; run \`readout ingest\` with this --db first`);
        if (this.opts.readonly) {
          if (v.rows[0].value !== SCHEMA_VERSION) throw new Error(`the store has schema ${v.rows[0].value}; this readout reads schema ${SCHEMA_VERSION}`);
          return;
        }
      }
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`readout:migrate:${this.schema}`]);
      await c.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
      await c.query(`CREATE TABLE IF NOT EXISTS ${this.schema}.meta (key text PRIMARY KEY, value text NOT NULL)`);
      const v = (await c.query(`SELECT value FROM ${this.schema}.meta WHERE key = 'schema'`)).rows[0]?.value as string | undefined;
      const known = MIGRATIONS.map((m) => m.version);
      if (v && !known.includes(v)) throw new Error(`the store has schema ${v}; this readout reads schema ${SCHEMA_VERSION}`);
      const todo = v ? MIGRATIONS.slice(known.indexOf(v) + 1) : MIGRATIONS;
      for (const m of todo) {
        await c.query(m.sql);
        await m.after?.(c, this.schema);
        await c.query(`INSERT INTO ${this.schema}.meta(key, value) VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [m.version]);
      }
      await c.query('COMMIT');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  private async q<T = any>(sql: string, params: unknown[] = [], on: Q = this.pool): Promise<T[]> {
    await this.schemaReady;
    return (await on.query(numbered(sql), params)).rows as T[];
  }

  /**
   * One write transaction on its own connection, run again (up to 8 times, after a short random
   * wait) when PostgreSQL reports a deadlock or a unique-key race. Commits are asynchronous
   * (synchronous_commit off: a crash of the server may lose the last moments of commits, never
   * consistency), as SQLite's WAL with synchronous=NORMAL.
   */
  private async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    if (this.opts.readonly) throw new Error('this store was opened read-only');
    await this.schemaReady;
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      try {
        await c.query('BEGIN; SET LOCAL synchronous_commit TO OFF');
        const out = await fn(c);
        await c.query("SELECT nextval('data_version'); COMMIT");
        return out;
      } catch (e) {
        await c.query('ROLLBACK').catch(() => undefined);
        if (attempt < 8 && RETRY_CODES.has((e as { code?: string }).code ?? '')) {
          await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt));
          continue;
        }
        throw e;
      } finally {
        c.release();
      }
    }
  }

  async version(): Promise<string> {
    const [r] = await this.q<{ v: number }>('SELECT last_value AS v FROM data_version');
    return String(r.v);
  }

  async hasHash(hash: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM documents WHERE hash = ?', [hash])).length > 0;
  }

  /**
   * The grouping's view of this store within one transaction (record/encounter-grouper.ts): one round
   * trip per call. `held`: the participant keys this transaction has locked.
   */
  private port(c: pg.PoolClient, held: Set<string>): EncounterPort<number> {
    return {
      lockKeys: async (keys: string[]) => {
        const todo = keys.filter((k) => !held.has(k));
        if (!todo.length) return false;
        await this.lockKeyList(todo, c);
        for (const k of todo) held.add(k);
        return true;
      },
      candidates: async (keys: string[], w: CandidateWindow) => {
        const parts: string[] = [];
        const params: unknown[] = [];
        if (w.days) { parts.push('SELECT canonical AS id FROM canonical_participants WHERE key = ANY(?::text[]) AND lo BETWEEN ? AND ? AND hi >= ?'); params.push(keys, w.days.loFrom, w.days.loTo, w.days.hiFrom); }
        if (w.undated) { parts.push('SELECT canonical AS id FROM canonical_participants WHERE key = ANY(?::text[]) AND lo IS NULL'); params.push(keys); }
        if (w.monthDay) { parts.push('SELECT canonical AS id FROM canonical_participants WHERE key = ANY(?::text[]) AND md = ?'); params.push(keys, w.monthDay); }
        if (w.recent) {
          parts.push('SELECT r.id FROM unnest(?::text[]) AS k(key) CROSS JOIN LATERAL (SELECT canonical AS id FROM canonical_participants p WHERE p.key = k.key ORDER BY canonical DESC LIMIT ?) AS r');
          params.push(keys, w.recent);
        }
        if (!parts.length) return [];
        return (await this.q<{ id: number }>(parts.join(' UNION '), params, c)).map((r) => r.id);
      },
      reportsOf: (ids: number[]) => this.reportsOf(ids, c),
      newEncounter: async () => (await this.q<{ id: number }>(`INSERT INTO canonical_events(cid, date, date_sort, kind, referenced, n_reports, data) VALUES (?, NULL, '', 'meeting', 0, 0, '{}') RETURNING id`, [`new:${randomUUID()}`], c))[0].id,
      moveReports: async (id: number, eventIds: string[]) => { await this.q('UPDATE reports SET canonical = ? WHERE event_id = ANY(?::text[])', [id, eventIds], c); },
      readableIdHolder: async (cid: string) => (await this.q<{ id: number }>('SELECT id FROM canonical_events WHERE cid = ?', [cid], c))[0]?.id ?? null,
      renameEncounter: async (id: number, cid: string) => { await this.q('UPDATE canonical_events SET cid = ? WHERE id = ?', [cid, id], c); },
      deleteEncounter: async (id: number) => { await this.q('DELETE FROM canonical_events WHERE id = ?', [id], c); },
      // the event, its participants and topics (upserted, the others removed) and its search text, in one statement
      writeEncounter: async (id: number, grouped: CanonicalEvent, span: DaySpan, keys: string[]) => {
        const ce = withEngagement(grouped);
        const sort = dateSort(ce.date);
        const referenced = ce.referenced ? 1 : 0;
        const named = new Map(ce.participants.map((p) => [participantKey(p), p as Partial<CanonicalEvent['participants'][number]>]));
        // the reports' other keys (an unnamed body a named participant covers), for the candidate search only: no country, so no count sees them
        for (const k of keys) if (!named.has(k)) named.set(k, { id: null, name: null, country: null, title: null });
        const ps = [...named.entries()];
        const topics = [...new Set(ce.topics)];
        const pairs = countryPairs(ce);
        await this.q(`WITH e AS (
            UPDATE canonical_events SET cid = ?, date = ?, date_sort = ?, kind = ?, place = ?, country = ?, occasion = ?, referenced = ?, n_reports = ?,
              lo = ?, hi = ?, md = ?, data = ?, summary = ?, level = ?, host = ?,
              tsv = to_tsvector('simple', coalesce((SELECT string_agg(r.text, E'\n' ORDER BY r.id) FROM reports r WHERE r.canonical = ?::bigint), ''))
            WHERE id = ?::bigint),
          p AS (INSERT INTO canonical_participants(canonical, key, person_id, name, country, title, lo, hi, md, date_sort, referenced)
            SELECT ?::bigint, k, pid, n, co, t, ?::integer, ?::integer, ?::text, ?::text, ?::smallint FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) AS u(k, pid, n, co, t)
            ON CONFLICT (canonical, key) DO UPDATE SET person_id = excluded.person_id, name = excluded.name, country = excluded.country, title = excluded.title,
              lo = excluded.lo, hi = excluded.hi, md = excluded.md, date_sort = excluded.date_sort, referenced = excluded.referenced),
          pd AS (DELETE FROM canonical_participants WHERE canonical = ?::bigint AND key <> ALL(?::text[])),
          t AS (INSERT INTO canonical_topics(canonical, topic, date_sort) SELECT ?::bigint, x, ?::text FROM unnest(?::text[]) AS x
            ON CONFLICT (topic, canonical) DO UPDATE SET date_sort = excluded.date_sort),
          td AS (DELETE FROM canonical_topics WHERE canonical = ?::bigint AND topic <> ALL(?::text[])),
          -- (the rows kept are not deleted: in one statement, a row deleted and inserted again would be lost)
          pr AS (DELETE FROM canonical_pairs WHERE canonical = ?::bigint AND (date_sort <> ?::text OR (country, other) NOT IN (SELECT a, b FROM unnest(?::text[], ?::text[]) AS v(a, b))))
          INSERT INTO canonical_pairs(country, other, date_sort, canonical) SELECT a, b, ?::text, ?::bigint FROM unnest(?::text[], ?::text[]) AS u(a, b)
            ON CONFLICT DO NOTHING`, [
          ce.id, ce.date, sort, ce.kind, ce.location?.place ?? null, ce.location?.country ?? null, ce.occasion, referenced, ce.events.length,
          span.lo, span.hi, span.md, JSON.stringify(ce), JSON.stringify(eventSummary(ce)), ce.level, ce.direction?.to ?? null, id, id,
          id, span.lo, span.hi, span.md, sort, referenced,
          ps.map(([k]) => k), ps.map(([, p]) => p.id ?? null), ps.map(([, p]) => p.name), ps.map(([, p]) => p.country), ps.map(([, p]) => p.title),
          id, ps.map(([k]) => k),
          id, sort, topics,
          id, topics,
          id, sort, pairs.map(([a]) => a), pairs.map(([, b]) => b),
          sort, id, pairs.map(([a]) => a), pairs.map(([, b]) => b),
        ], c);
      },
    };
  }

  /**
   * Finishes bringing a store of version 6 up to 7, once, whoever else opens it at the same moment:
   * finds every document's account, gives the stored reports' statements their sentences, and
   * regroups every canonical event's component (so each lists its reports' sides and statements, and
   * the grouping is the order-free one).
   */
  private async upgrade(): Promise<void> {
    const [pending] = await this.q("SELECT 1 FROM meta WHERE key = 'accounts' AND value = 'pending'");
    if (!pending) return;
    await this.transaction(async (c) => {
      await this.q('SELECT pg_advisory_xact_lock(hashtextextended(?, 0))', [`readout:accounts:${this.schema}`], c);
      if (!(await this.q("SELECT 1 FROM meta WHERE key = 'accounts' AND value = 'pending'", [], c)).length) return;
      for (let after = 0; ;) {
        const docs = await this.q<{ id: number; text: string; url: string | null; source: string | null; language: string | null; extraction: string }>(
          'SELECT id, text, url, source, language, extraction FROM documents WHERE id > ? ORDER BY id LIMIT 200', [after], c);
        for (const d of docs) {
          const account = documentAccount(d);
          await this.q('UPDATE documents SET side = ?, account = ? WHERE id = ?', [account.side, JSON.stringify(account), d.id], c);
          for (const r of await this.q<{ id: number; data: string }>('SELECT id, data FROM reports WHERE document = ?', [d.id], c)) {
            await this.q('UPDATE reports SET data = ? WHERE id = ?', [JSON.stringify(storedEvent(JSON.parse(r.data) as ReadoutEvent, d.text)), r.id], c);
          }
        }
        if (docs.length < 200) break;
        after = docs[docs.length - 1].id;
      }
      // every component regrouped as an ingest regroups it now: a store grouped in the order of its
      // ingest gets the canonical events of grouping all at once, each listing its reports' sides
      const port = this.port(c, new Set());
      for (const { id } of await this.q<{ id: number }>('SELECT id FROM canonical_events ORDER BY id', [], c)) {
        const [rs] = await this.reportsOf([id], c);
        if (rs.length) await regroupComponent(port, new Map([[id, rs]]));
      }
      await this.q("DELETE FROM meta WHERE key = 'accounts'", [], c);
    });
  }

  async ingest(doc: StoredDocumentInput): Promise<IngestOutcome> {
    await this.ready;
    return this.transaction(async (c): Promise<IngestOutcome> => {
      const held = await this.lockKeys(doc.extraction, c);
      const [seen] = await this.q<{ dup: boolean; taken: boolean }>('SELECT EXISTS (SELECT 1 FROM documents WHERE hash = ?) AS dup, EXISTS (SELECT 1 FROM documents WHERE doc_id = ?) AS taken', [doc.hash, doc.docId], c);
      if (seen.dup) return { status: 'duplicate', docId: doc.docId, events: 0, canonical: [] };
      let docId = doc.docId;
      // two different texts with one file name: the second gets a suffix, and its event ids follow
      if (seen.taken) for (let n = 2; (await this.q('SELECT 1 FROM documents WHERE doc_id = ?', [docId = `${doc.docId}~${n}`], c)).length; n++);
      const extraction = docId === doc.docId ? doc.extraction : renameDocument(doc.extraction, docId);
      const account = documentAccount(doc);
      const [row] = await this.q<{ id: number }>(`INSERT INTO documents(doc_id, hash, url, source, title, published, language, format, text, extraction, extractor, ingested_at, side, account)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`, [
        docId, doc.hash, doc.url, doc.source, doc.title, doc.published, doc.language, doc.format, doc.text, JSON.stringify(extraction), doc.extractor, new Date().toISOString(),
        account.side, JSON.stringify(account),
      ], c);
      const seeds = await this.fileReports(row.id, extraction, doc.text, doc.title, account, c);
      return outcome(docId, extraction, await regroupComponent(this.port(c, held), seeds));
    });
  }

  async replaceExtraction(docId: string, extraction: ReadoutDocument, extractor: string): Promise<IngestOutcome> {
    await this.ready;
    return this.transaction(async (c): Promise<IngestOutcome> => {
      const [row] = await this.q<{ id: number; text: string; title: string | null; extraction: string; url: string | null; source: string | null; language: string | null; account: string | null }>(
        'SELECT id, text, title, extraction, url, source, language, account FROM documents WHERE doc_id = ? FOR UPDATE', [docId], c);
      if (!row) throw new Error(`no stored document ${docId}`);
      const held = await this.lockKeys(JSON.parse(row.extraction) as ReadoutDocument, c, extraction);
      const touched = [...new Set((await this.q<{ canonical: number }>('SELECT canonical FROM reports WHERE document = ?', [row.id], c)).map((r) => r.canonical))];
      await this.q('DELETE FROM reports WHERE document = ?', [row.id], c);
      // the account is found again (the knowledge may have changed), unless the user stated it
      const before = parseAccount(row.account);
      const account = before?.side_basis === 'user' ? before : documentAccount({ ...row, extraction, language: extraction.document.language ?? row.language });
      await this.q('UPDATE documents SET extraction = ?, extractor = ?, side = ?, account = ? WHERE id = ?', [JSON.stringify(extraction), extractor, account.side, JSON.stringify(account), row.id], c);
      // the events that lost the old reports are regrouped with the new ones
      const seeds = await this.fileReports(row.id, extraction, row.text, row.title, account, c);
      const left = touched.length ? await this.reportsOf(touched, c) : [];
      touched.forEach((id, i) => seeds.set(id, left[i]));
      return outcome(docId, extraction, await regroupComponent(this.port(c, held), seeds));
    });
  }

  /**
   * Serialises grouping per participant: an advisory lock on each key of the documents' events, in
   * one order; returns the keys held. (The grouping then locks every other key of the component it
   * regroups: two transactions whose components meet share a key, so they take turns.)
   */
  private async lockKeys(doc: ReadoutDocument, c: pg.PoolClient, other?: ReadoutDocument): Promise<Set<string>> {
    const keys = new Set<string>();
    for (const d of [doc, other]) for (const ev of d?.events ?? []) for (const k of reportKeys({ docId: '', event: withRegistryIds(ev), published: null, source: null, url: null })) keys.add(k);
    if (keys.size) await this.lockKeyList([...keys], c);
    return keys;
  }

  private async lockKeyList(keys: string[], c: pg.PoolClient): Promise<void> {
    await this.q('SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(x, 0) AS k FROM unnest(?::text[]) AS x ORDER BY 1) AS s', [keys], c);
  }

  /** Files each event of a document under a new canonical event of its own; returns them (the seeds of the regrouping). */
  private async fileReports(docRow: number, extraction: ReadoutDocument, text: string, title: string | null, account: ReportAccount, c: pg.PoolClient): Promise<Map<number, Report[]>> {
    const seeds = new Map<number, Report[]>();
    const d = extraction.document;
    for (const ev0 of extraction.events) {
      // a participant the registry identifies gets its id before the report is filed (record/participant-identity.ts);
      // the report as stored (statements with their sentences): the seed is grouped as the stored reports are
      const ev = withRegistryIds(ev0);
      const stored = storedEvent(ev, text);
      const report: Report = { docId: d.id, event: stored, published: d.published, source: d.source, url: d.url, account };
      // the canonical event, the report and its participants in one statement; its search text stored accent-folded
      const ps = ev.participants;
      const [{ id }] = await this.q<{ id: number }>(`WITH ce AS (INSERT INTO canonical_events(cid, date, date_sort, kind, referenced, n_reports, data) VALUES (?, NULL, '', 'meeting', 0, 0, '{}') RETURNING id),
          r AS (INSERT INTO reports(event_id, document, canonical, data, text) SELECT ?, ?, ce.id, ?, ? FROM ce RETURNING id, canonical),
          rp AS (INSERT INTO report_participants(report, key, person_id, name, aliases, country, title, date)
            SELECT r.id, k, pid, n, a, co, t, ?::text FROM r, unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS u(k, pid, n, a, co, t, i) ORDER BY i)
          SELECT canonical AS id FROM r`, [
        `new:${d.id}:${ev.id}`, ev.id, docRow, JSON.stringify(stored), searchFold(reportText(ev, text, title)),
        ev.date, ps.map(participantKey), ps.map((p) => p.id ?? null), ps.map((p) => p.name), ps.map((p) => JSON.stringify(p.aliases ?? [])), ps.map((p) => p.country), ps.map((p) => p.title),
      ], c);
      seeds.set(id, [report]);
    }
    return seeds;
  }

  /** The reports of each canonical event, in a fixed order (publication date, document, event). */
  private async reportsOf(ids: number[], on: Q): Promise<Report[][]> {
    const rows = await this.q<{ canonical: number; data: string; doc_id: string; published: string | null; source: string | null; url: string | null; account: string | null }>(
      `SELECT r.canonical, r.data, d.doc_id, d.published, d.source, d.url, d.account FROM reports r JOIN documents d ON d.id = r.document
       WHERE r.canonical = ANY(?::bigint[]) ORDER BY coalesce(d.published, ''), d.doc_id, r.event_id`, [ids], on);
    const by = new Map<number, Report[]>(ids.map((id) => [id, []]));
    for (const r of rows) by.get(r.canonical)!.push(groupingReport(r));
    return ids.map((id) => by.get(id)!);
  }

  async documentIds(): Promise<string[]> {
    return (await this.q<{ doc_id: string }>('SELECT doc_id FROM documents ORDER BY id')).map((r) => r.doc_id);
  }

  async document(docId: string): Promise<StoredDocument | null> {
    const [r] = await this.q<DocumentRow>('SELECT * FROM documents WHERE doc_id = ?', [docId]);
    return r ? storedDocument(r) : null;
  }

  /**
   * The participant keys a person query stands for (an id, a folded name, every key a report gave that
   * spelling), less those no canonical event has: with one key left, the page is read straight from
   * the (key, date) index in order; PostgreSQL sorts every match of a list of keys.
   */
  async personKeys(person: string): Promise<string[]> {
    const keys = new Set(personQueryKeys(person));
    for (const r of await this.q<{ key: string }>('SELECT DISTINCT key FROM report_participants WHERE lower(name) = lower(?)', [person])) keys.add(r.key);
    const used = (await this.q<{ k: string }>('SELECT k FROM unnest(?::text[]) AS k WHERE EXISTS (SELECT 1 FROM canonical_participants p WHERE p.key = k)', [[...keys]])).map((r) => r.k);
    return used.length ? used : [...keys].slice(0, 1);
  }

  private async context(f: EventFilter): Promise<FilterContext> {
    const words = f.text ? searchWords(searchFold(f.text)) : null;
    return {
      personKeys: f.person ? await this.personKeys(f.person) : null,
      // every word required; an empty query matches nothing, as in SQLite
      text: words ? { sql: "ce.tsv @@ plainto_tsquery('simple', ?)", params: [words.length ? words.join(' ') : '"'] } : null,
      pairs: true,
      engagement: true,
    };
  }

  async events(f: EventFilter = {}): Promise<EventPage> {
    const q = eventsPageQuery(f, await this.context(f), { drivingJoin: 'JOIN' });
    return pageOf<EventSummary>(await this.q(q.sql, q.params), q.limit);
  }

  async countEvents(f: EventFilter = {}, cap = COUNT_CAP): Promise<{ total: number; undated: number; exact: boolean }> {
    const q = eventsCountQuery(f, await this.context(f), cap);
    const [r] = await this.q<{ total: number; undated: number }>(q.sql, q.params);
    const total = Number(r.total), undated = Number(r.undated);
    return total > cap ? { total: cap, undated, exact: false } : { total, undated, exact: true };
  }

  async event(id: string): Promise<(CanonicalEvent & { reports_full: StoredReport[] }) | null> {
    const [row] = await this.q<{ id: number; data: string }>('SELECT id, data FROM canonical_events WHERE cid = ?', [id]);
    if (!row) return null;
    const c = JSON.parse(row.data) as CanonicalEvent;
    const reports = (await this.q<ReportRow>(`SELECT r.event_id, r.data, d.doc_id, d.source, d.url, d.published, d.title, d.account FROM reports r JOIN documents d ON d.id = r.document
        WHERE r.canonical = ? ORDER BY coalesce(d.published, ''), d.doc_id, r.event_id`, [row.id]))
      .map(fullReport);
    return { ...c, reports_full: reports };
  }

  /** Who a people query matches (as in the SQLite store): the registry's people whose names hold it, and the report rows whose spelling, id, aliases or key hold it. */
  private peopleWhere(query?: string): { sql: string; params: unknown[] } {
    let sql = "rp.key NOT LIKE 'body:%'";
    const params: unknown[] = [];
    if (query && query.trim()) {
      const like = (s: string) => `%${s.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      const ids = registrySearch(query).map((id) => `id:${id}`);
      sql += ' AND (rp.name ILIKE ? OR rp.person_id ILIKE ? OR rp.aliases ILIKE ? OR rp.key LIKE ? OR rp.key = ANY(?::text[]))';
      params.push(like(query.trim()), like(query.trim()), like(query.trim()), like(foldName(query)), ids);
    }
    return { sql, params };
  }

  async people(query?: string, limit = 100): Promise<PersonSummary[]> {
    const w = this.peopleWhere(query);
    const keys = await this.q<{ key: string }>(`SELECT rp.key, count(DISTINCT r.canonical) AS n FROM report_participants rp JOIN reports r ON r.id = rp.report
      WHERE ${w.sql} GROUP BY rp.key ORDER BY n DESC, rp.key LIMIT ?`, [...w.params, limit]);
    const out: PersonSummary[] = [];
    for (const k of keys) { const p = await this.personByKey(k.key); if (p) out.push(p); }
    return out;
  }

  async countPeople(query?: string): Promise<number> {
    const w = this.peopleWhere(query);
    const [r] = await this.q<{ n: number }>(`SELECT count(DISTINCT rp.key) AS n FROM report_participants rp WHERE ${w.sql}`, w.params);
    return Number(r.n);
  }

  /** A person by id, key or any spelling the registry or the reports know. */
  async person(id: string): Promise<PersonSummary | null> {
    for (const key of new Set([`id:${id}`, id, `name:${id.toLowerCase()}`, ...personQueryKeys(id)])) {
      const p = await this.personByKey(key);
      if (p) return p;
    }
    return null;
  }

  private async personByKey(key: string): Promise<PersonSummary | null> {
    return personSummary(key, await this.q<PersonRow>(`SELECT rp.person_id, rp.name, rp.aliases, rp.country, rp.title, rp.date, r.canonical FROM report_participants rp
      JOIN reports r ON r.id = rp.report WHERE rp.key = ? ORDER BY rp.id`, [key]));
  }

  async countries(): Promise<CountryCount[]> {
    return this.q<CountryCount>(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE cp.country IS NOT NULL AND ce.referenced = 0 GROUP BY cp.country ORDER BY events DESC, cp.country`);
  }

  async pairStats(f: EventFilter = {}): Promise<PairStats> {
    const country = f.country ?? null;
    const w = eventsWhere(f, await this.context(f));
    const [totals] = await this.q<{ total: number; undated: number }>(`SELECT count(*) AS total, coalesce(sum(CASE WHEN ce.date_sort = '' OR ce.date_sort LIKE '0000%' THEN 1 ELSE 0 END), 0) AS undated
      FROM canonical_events ce WHERE ${w.sql}`, w.params);
    const byYear = await this.q<PairStats['byYear'][number]>(`SELECT substr(ce.date_sort, 1, 4) AS year, ce.kind AS kind, count(*) AS events FROM canonical_events ce
      WHERE ${w.sql} AND ce.date_sort <> '' AND ce.date_sort NOT LIKE '0000%' GROUP BY 1, 2 ORDER BY 1, 2`, w.params);
    const byTopic = await this.q<PairStats['byTopic'][number]>(`SELECT ct.topic AS topic, count(*) AS events FROM canonical_topics ct JOIN canonical_events ce ON ce.id = ct.canonical
      WHERE ${w.sql} GROUP BY ct.topic ORDER BY events DESC, ct.topic`, w.params);
    const counterparts = await this.q<CountryCount>(`SELECT cp.country AS country, count(*) AS events FROM canonical_participants cp JOIN canonical_events ce ON ce.id = cp.canonical
      WHERE ${w.sql} AND cp.country IS NOT NULL AND cp.country <> ? GROUP BY cp.country ORDER BY events DESC, cp.country LIMIT 20`, [...w.params, (country ?? '').toUpperCase()]);
    return { total: Number(totals.total), undated: Number(totals.undated), byYear, byTopic, counterparts };
  }

  /** Every canonical event the filter selects, in date order, read in pages of 500 (keyset), so memory stays flat. */
  async *allEvents(f: EventFilter = {}): AsyncIterable<CanonicalEvent> {
    const full = { referenced: true, ...f };
    const w = eventsWhere(full, await this.context(full));
    let after: [string, number] | null = null;
    for (;;) {
      const rows: { data: string; date_sort: string; id: number }[] = await this.q(`SELECT ce.data, ce.date_sort, ce.id FROM canonical_events ce WHERE ${w.sql}
          ${after ? 'AND (ce.date_sort, ce.id) > (?, ?)' : ''} ORDER BY ce.date_sort, ce.id LIMIT 500`, after ? [...w.params, ...after] : w.params);
      for (const r of rows) yield JSON.parse(r.data) as CanonicalEvent;
      if (rows.length < 500) return;
      after = [rows[rows.length - 1].date_sort, rows[rows.length - 1].id];
    }
  }

  async *participantRecords(): AsyncIterable<ParticipantRecord> {
    let after = 0;
    for (;;) {
      const rows = await this.q('SELECT id, key, person_id, name, aliases, country, title, date FROM report_participants WHERE id > ? ORDER BY id LIMIT 1000', [after]);
      for (const r of rows) yield { key: r.key, personId: r.person_id, name: r.name, aliases: JSON.parse(r.aliases || '[]'), country: r.country, title: r.title, date: r.date };
      if (rows.length < 1000) return;
      after = rows[rows.length - 1].id;
    }
  }

  async counts(): Promise<{ documents: number; reports: number; events: number }> {
    const [r] = await this.q(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM canonical_events) AS events`);
    return { documents: r.documents, reports: r.reports, events: r.events };
  }

  async integrityCheck(): Promise<string[]> {
    const problems: string[] = [];
    const n = async (sql: string) => (await this.q<{ n: number }>(sql))[0].n;
    const orphans = await n('SELECT count(*) AS n FROM canonical_events ce WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.canonical = ce.id)');
    if (orphans) problems.push(`${orphans} canonical events without reports`);
    const mismatch = await n('SELECT count(*) AS n FROM canonical_events ce WHERE n_reports <> (SELECT count(*) FROM reports r WHERE r.canonical = ce.id)');
    if (mismatch) problems.push(`${mismatch} canonical events with a wrong report count`);
    const docs = await n(`SELECT count(*) AS n FROM documents d WHERE jsonb_array_length(d.extraction::jsonb -> 'events') <> (SELECT count(*) FROM reports r WHERE r.document = d.id)`);
    if (docs) problems.push(`${docs} documents whose stored events differ from their extraction`);
    const cp = await n('SELECT count(*) AS n FROM canonical_events ce WHERE NOT EXISTS (SELECT 1 FROM canonical_participants p WHERE p.canonical = ce.id) AND ce.data LIKE \'%"participants":[{%\'');
    if (cp) problems.push(`${cp} canonical events whose participants are not indexed`);
    return problems;
  }

  async close(): Promise<void> {
    await this.ready.catch(() => undefined);
    await this.schemaReady.catch(() => undefined);
    await this.pool.end();
  }
}
