/**
 * Copies an SQLite store into an empty PostgreSQL store, rows as they are (the same ids, canonical
 * events and groupings), in batches: for a team moving its record to a server, and for the benchmark,
 * which builds a large PostgreSQL store from the SQLite one instead of extracting every document again.
 */
import Database from 'better-sqlite3';
import removeAccents from 'remove-accents';
import { PgStore } from './pg-store.js';

const BATCH = 5000;

/** A table to copy: its columns with their PostgreSQL types, and the SQLite query of one batch after a key (keyset pagination). */
interface Table { name: string; columns: [string, string][]; select: string; key: string[]; start: unknown[]; map?: (r: any) => unknown[] }

const fold = (s: string) => removeAccents(s.normalize('NFC')).toLowerCase();

const TABLES: Table[] = [
  {
    name: 'documents',
    columns: [['id', 'bigint'], ['doc_id', 'text'], ['hash', 'text'], ['url', 'text'], ['source', 'text'], ['title', 'text'], ['published', 'text'], ['language', 'text'], ['format', 'text'], ['text', 'text'], ['extraction', 'text'], ['extractor', 'text'], ['ingested_at', 'text'], ['side', 'text'], ['account', 'text']],
    select: 'SELECT id, doc_id, hash, url, source, title, published, language, format, text, extraction, extractor, ingested_at, side, account FROM documents WHERE id > ? ORDER BY id LIMIT ?',
    key: ['id'], start: [0],
  },
  {
    name: 'canonical_events',
    columns: [['id', 'bigint'], ['cid', 'text'], ['date', 'text'], ['date_sort', 'text'], ['kind', 'text'], ['place', 'text'], ['country', 'text'], ['occasion', 'text'], ['referenced', 'smallint'], ['n_reports', 'integer'], ['lo', 'integer'], ['hi', 'integer'], ['md', 'text'], ['data', 'text'], ['summary', 'text']],
    select: 'SELECT id, cid, date, date_sort, kind, place, country, occasion, referenced, n_reports, lo, hi, md, data, summary FROM canonical_events WHERE id > ? ORDER BY id LIMIT ?',
    key: ['id'], start: [0],
  },
  {
    name: 'reports',
    columns: [['id', 'bigint'], ['event_id', 'text'], ['document', 'bigint'], ['canonical', 'bigint'], ['data', 'text'], ['text', 'text']],
    select: 'SELECT id, event_id, document, canonical, data, text FROM reports WHERE id > ? ORDER BY id LIMIT ?',
    key: ['id'], start: [0],
    map: (r) => [r.id, r.event_id, r.document, r.canonical, r.data, fold(r.text)],
  },
  {
    name: 'canonical_participants',
    columns: [['canonical', 'bigint'], ['key', 'text'], ['person_id', 'text'], ['name', 'text'], ['country', 'text'], ['title', 'text'], ['lo', 'integer'], ['hi', 'integer'], ['md', 'text'], ['date_sort', 'text'], ['referenced', 'smallint']],
    select: 'SELECT canonical, key, person_id, name, country, title, lo, hi, md, date_sort, referenced FROM canonical_participants WHERE (canonical, key) > (?, ?) ORDER BY canonical, key LIMIT ?',
    key: ['canonical', 'key'], start: [0, ''],
  },
  {
    name: 'canonical_topics',
    columns: [['canonical', 'bigint'], ['topic', 'text'], ['date_sort', 'text']],
    select: 'SELECT canonical, topic, date_sort FROM canonical_topics WHERE (topic, canonical) > (?, ?) ORDER BY topic, canonical LIMIT ?',
    key: ['topic', 'canonical'], start: ['', 0],
  },
  {
    name: 'canonical_pairs',
    columns: [['country', 'text'], ['other', 'text'], ['date_sort', 'text'], ['canonical', 'bigint']],
    select: 'SELECT country, other, date_sort, canonical FROM canonical_pairs WHERE (country, other, date_sort, canonical) > (?, ?, ?, ?) ORDER BY country, other, date_sort, canonical LIMIT ?',
    key: ['country', 'other', 'date_sort', 'canonical'], start: ['', '', '', 0],
  },
  {
    name: 'report_participants',
    columns: [['id', 'bigint'], ['report', 'bigint'], ['key', 'text'], ['person_id', 'text'], ['name', 'text'], ['aliases', 'text'], ['country', 'text'], ['title', 'text'], ['date', 'text']],
    select: 'SELECT rowid AS id, report, key, person_id, name, aliases, country, title, date FROM report_participants WHERE rowid > ? ORDER BY rowid LIMIT ?',
    key: ['id'], start: [0],
  },
];

/** Copies every row of the SQLite store at `from` into the (new, empty) PostgreSQL store at `to`; returns the rows copied per table. */
export async function copySqliteToPg(from: string, to: string, onProgress?: (table: string, rows: number) => void): Promise<Record<string, number>> {
  const src = new Database(from, { readonly: true, fileMustExist: true });
  const dst = await PgStore.open(to);
  const counts: Record<string, number> = {};
  try {
    if ((await dst.counts()).documents) throw new Error('the PostgreSQL store is not empty');
    const c = await dst.pool.connect();
    try {
      await c.query('BEGIN');
      for (const t of TABLES) {
        const cols = t.columns.map(([n]) => n);
        const sql = `INSERT INTO ${t.name}(${cols.join(', ')}) SELECT * FROM unnest(${t.columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(', ')})`;
        const stmt = src.prepare(t.select);
        let after = t.start, n = 0;
        for (;;) {
          const rows = stmt.all(...after, BATCH) as any[];
          if (!rows.length) break;
          const values = rows.map((r) => t.map ? t.map(r) : cols.map((k) => r[k]));
          await c.query(sql, t.columns.map((_, i) => values.map((v) => v[i])));
          after = t.key.map((k) => rows[rows.length - 1][k]);
          n += rows.length;
          onProgress?.(t.name, n);
        }
        counts[t.name] = n;
      }
      await c.query(`UPDATE canonical_events ce SET tsv = to_tsvector('simple', coalesce((SELECT string_agg(r.text, E'\\n' ORDER BY r.id) FROM reports r WHERE r.canonical = ce.id), ''))`);
      for (const [table, seq] of [['documents', 'documents_id_seq'], ['canonical_events', 'canonical_events_id_seq'], ['reports', 'reports_id_seq'], ['report_participants', 'report_participants_id_seq']]) {
        await c.query(`SELECT setval('${seq}', coalesce((SELECT max(id) FROM ${table}), 0) + 1, false)`);
      }
      await c.query("SELECT nextval('data_version')");
      await c.query('COMMIT');
      await c.query('ANALYZE');
    } catch (e) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  } finally {
    src.close();
    await dst.close();
  }
  return counts;
}
