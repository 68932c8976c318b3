/**
 * The record's commands: ingest, reextract, events, people, show, stats (compare and export: account-commands.ts).
 */
import type { Command } from 'commander';
import { readSources, withSide, MAX_FEED_ITEMS, FEED_CONCURRENCY } from '../ingest/sources.js';
import { normaliseSide, sideProblem } from '../record/report-side.js';
import { DEFAULT_LIMITS } from '../ingest/fetcher.js';
import { ingestAll, EXTRACTOR_VERSION, type IngestSummary } from '../ingest/ingest-runner.js';
import { extract } from '../extract.js';
import type { EventFilter, Store, StoredReport } from '../store/store.js';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import type { EventKind } from '../types.js';
import { openStore, dbPath, DB_HELP } from './store-option.js';
import { ingestWithWorkers } from './worker-command.js';
import { table, csv } from './table.js';
import { UsageError, type Io } from './io.js';

const KINDS: EventKind[] = ['talks', 'meeting', 'phone_call', 'video_conference', 'messages', 'visit'];
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Validates and converts the shared filter options of events/export/stats. */
export function filterFrom(o: Record<string, any>): EventFilter {
  const f: EventFilter = {};
  const code = (v: string, flag: string) => {
    if (!/^[A-Za-z]{2,6}$/.test(v)) throw new UsageError(`${flag} takes a country code such as VNM, CHN, LAO or ASEAN, got "${v}"`);
    return v.toUpperCase();
  };
  if (o.country) f.country = code(o.country, '--country');
  if (o.with) { if (!o.country) throw new UsageError('--with needs --country (the pair is --country A --with B)'); f.with = code(o.with, '--with'); }
  if (o.person) f.person = String(o.person);
  if (o.kind) { if (!KINDS.includes(o.kind)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`); f.kind = o.kind; }
  if (o.topic) f.topic = String(o.topic);
  for (const k of ['from', 'to'] as const) if (o[k]) { if (!DATE.test(o[k])) throw new UsageError(`--${k} takes YYYY, YYYY-MM or YYYY-MM-DD, got "${o[k]}"`); f[k] = o[k]; }
  if (o.text) f.text = String(o.text);
  if (o.referenced) f.referenced = true;
  if (o.limit != null) {
    const n = Number(o.limit);
    if (!Number.isInteger(n) || n < 1 || n > 100_000) throw new UsageError('--limit takes a whole number from 1 to 100000');
    f.limit = n;
  }
  return f;
}

export function addFilters(c: Command): Command {
  return c
    .option('--country <code>', 'a participant of this country or organisation (VNM, CHN, ASEAN ...)')
    .option('--with <code>', 'and a participant of this other country (the pair)')
    .option('--person <id|name>', 'a participant: person id (wang-yi) or a spelling of the name')
    .option('--kind <kind>', `one of ${KINDS.join(', ')}`)
    .option('--topic <id>', 'a topic id (maritime, trade, border ...)')
    .option('--from <date>', 'on or after YYYY[-MM[-DD]]')
    .option('--to <date>', 'on or before YYYY[-MM[-DD]]')
    .option('--text <words>', 'full-text search over the reports')
    .option('--referenced', 'include encounters the texts only recall as background');
}

export const who = (ps: { name: string | null; country: string | null; title?: string | null }[]) => ps.map((p) => `${p.name ?? `(${p.title ?? 'unnamed'})`} [${p.country ?? '?'}]`).join(', ');

/** Opens the store read-only, finds one canonical event (a usage error when it is not there), runs `fn`, closes. */
export async function withStoredEvent(id: string, db: string | undefined, fn: (e: CanonicalEvent & { reports_full: StoredReport[] }, store: Store) => Promise<void>): Promise<void> {
  const store = await openStore(db, 'read');
  try {
    const e = await store.event(id);
    if (!e) throw new UsageError(`no event ${id} in ${dbPath(db)}`);
    await fn(e, store);
  } finally {
    await store.close();
  }
}

function progress(io: Io) {
  let last = 0;
  const t0 = performance.now();
  return {
    onItem(s: IngestSummary) {
      if (!io.isTTY) return;
      const now = performance.now();
      if (now - last < 100) return;
      last = now;
      const rate = s.read / ((now - t0) / 1000);
      process.stderr.write(`\rreadout ingest: ${s.read} read, ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed, ${s.events} events  ${rate.toFixed(0)} docs/s   `);
    },
    done() { if (io.isTTY) process.stderr.write('\r\x1b[K'); },
  };
}

function reportIngest(io: Io, o: { db?: string; json?: boolean }, s: IngestSummary): void {
  for (const f of s.failures) io.err(`readout: ${f.origin}: ${f.reason}`);
  if (o.json) io.out(JSON.stringify({ db: dbPath(o.db), ...s }));
  else io.out(`ingested into ${dbPath(o.db)}: ${s.read} read, ${s.new} new, ${s.duplicate} duplicate, ${s.failed} failed, ${s.events} events (${(s.read / Math.max(s.seconds, 1e-3)).toFixed(0)} docs/s)`);
}

export function registerRecordCommands(program: Command, io: Io, setCode: (c: number) => void): void {
  program
    .command('ingest')
    .description('extract documents and add them to the store; the same text is stored once, so re-running finishes an interrupted ingest')
    .argument('<source...>', 'files, folders (.txt .md .html .htm .jsonl), URLs, or RSS/Atom feed URLs')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'print the summary as JSON')
    .option('--allow-private-network', 'also fetch URLs on loopback, private and link-local addresses (refused by default)')
    .option('--workers <n>', 'PostgreSQL store only: queue the documents and run n worker processes (0: queue, and wait for workers started elsewhere with `readout worker`)')
    .option('--job-timeout <s>', 'with --workers: seconds a job may run before it is taken for lost and retried (default 600)')
    .option('--side <code>', 'whose account these documents are (VNM, CHN, UN, independent), where a document does not say it itself; otherwise readout reads it from each text\'s credit line, outlet, domain and language')
    .addHelpText('after', `
JSON Lines inputs hold one document a line: {"id": "...", "url": "...", "source": "...", "published": "YYYY-MM-DD", "side": "VNM", "text": "..."} (or "html").
A folder's manifest.jsonl gives each file's {"id", "url", "source", "published", "side"}; "side" is optional.
URLs, their redirects and feed items are fetched from public addresses only, unless --allow-private-network
is given (for a feed on your own network). A feed gives at most ${MAX_FEED_ITEMS} items, ${FEED_CONCURRENCY} fetched at a time.
Warnings about a document (empty, binary, cut, over its time budget) are printed on standard error with their rule id.
Examples:
  readout ingest corpus/                        every article in a folder
  readout ingest https://example.org/feed.xml   every item of a feed
  readout ingest articles.jsonl --db my.db
  readout ingest corpus/ --db postgres://readout@localhost/readout --workers 2`)
    .action(async (sources: string[], o) => {
      if (o.side != null) { const p = sideProblem(o.side); if (p) throw new UsageError(`--${p}`); o.side = normaliseSide(o.side); }
      if (o.workers != null) {
        const n = Number(o.workers);
        if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(`--workers takes a whole number from 0 to 256, got "${o.workers}"`);
        const s = await ingestWithWorkers(o.db, sources, n, { jobTimeout: o.jobTimeout, allowPrivateNetwork: !!o.allowPrivateNetwork, side: o.side, onProgress: (done, total) => { if (io.isTTY) process.stderr.write(`\rreadout ingest: ${done} of ${total} documents done   `); } });
        if (io.isTTY) process.stderr.write('\r\x1b[K');
        reportIngest(io, o, s);
        setCode(s.failed ? 1 : 0);
        return;
      }
      if (o.jobTimeout != null) throw new UsageError('--job-timeout goes with --workers');
      const store = await openStore(o.db, 'write');
      const p = progress(io);
      try {
        const limits = { ...DEFAULT_LIMITS, policy: { allowPrivate: !!o.allowPrivateNetwork } };
        const warned: string[] = [];
        const s = await ingestAll(store, withSide(readSources(sources, { limits }), o.side), {
          onItem: p.onItem,
          onWarnings: (origin, ws) => { for (const w of ws) warned.push(`readout: ${origin}: warning ${w.rule}: ${w.message}`); },
        });
        p.done();
        for (const line of warned) io.err(line);
        for (const n of s.notes) io.err(`readout: ${n.origin}: ${n.reason}`);
        reportIngest(io, o, s);
        setCode(s.failed ? 1 : 0);
      } finally {
        await store.close();
      }
    });

  program
    .command('reextract')
    .description('run the current extractor over every stored document, so improvements reach old data')
    .option('--db <file|url>', DB_HELP)
    .action(async (o) => {
      const store = await openStore(o.db, 'update');
      try {
        let n = 0, events = 0, failed = 0;
        for (const id of await store.documentIds()) {
          const d = (await store.document(id))!;
          try {
            const doc = extract(d.text, { id: d.docId, url: d.url, source: d.source, published: d.extraction.document.published_source === 'metadata' ? d.published : null, title: d.title });
            const out = await store.replaceExtraction(d.docId, doc, EXTRACTOR_VERSION);
            events += out.events;
            n++;
          } catch (e) {
            failed++;
            io.err(`readout: ${id}: ${(e as Error).message}`);
          }
        }
        io.out(`re-extracted ${n} documents: ${events} events${failed ? `, ${failed} failed` : ''}`);
        setCode(failed ? 1 : 0);
      } finally {
        await store.close();
      }
    });

  addFilters(program.command('events').description('list canonical events (one per real encounter), latest first'))
    .option('--db <file|url>', DB_HELP)
    .option('--limit <n>', 'at most n events', '50')
    .option('--json', 'JSON Lines')
    .option('--csv', 'CSV')
    .addHelpText('after', `
Examples:
  readout events --country VNM --with CHN --from 2021 --kind phone_call
  readout events --person wang-yi --topic maritime --json
  readout events --text "Code of Conduct" --csv > coc.csv`)
    .action(async (o) => {
      const store = await openStore(o.db, 'read');
      try {
        const page = await store.events(filterFrom(o));
        if (o.json) { for (const e of page.events) io.out(JSON.stringify(e)); return; }
        const headers = ['id', 'date', 'kind', 'participants', 'place', 'topics', 'reports'];
        const rows = page.events.map((e) => [e.id, e.date, e.kind, who(e.participants), e.place ? `${e.place}, ${e.country}` : e.country, e.topics.slice(0, 4).join(' '), e.reports]);
        io.out(o.csv ? csv(headers, rows) : rows.length ? table(headers, rows) : 'no events match');
      } finally {
        await store.close();
      }
    });

  program
    .command('people')
    .description('people in the record, with how many encounters and their spellings')
    .argument('[query]', 'part of a name or an id')
    .option('--db <file|url>', DB_HELP)
    .option('--limit <n>', 'at most n people', '50')
    .option('--json', 'JSON Lines')
    .action(async (query: string | undefined, o) => {
      const store = await openStore(o.db, 'read');
      try {
        const people = await store.people(query, Number(o.limit) || 50);
        if (o.json) { for (const p of people) io.out(JSON.stringify(p)); return; }
        io.out(people.length ? table(['id', 'name', 'country', 'events', 'first', 'last', 'spellings'], people.map((p) => [p.id, p.name, p.country, p.events, p.first, p.last, p.spellings.join('; ')])) : 'no people match');
      } finally {
        await store.close();
      }
    });

  program
    .command('show')
    .description('one canonical event with its reports')
    .argument('<event>', 'a canonical event id (from `readout events`)')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'JSON')
    .action(async (id: string, o) => withStoredEvent(id, o.db, async (e) => {
        if (o.json) { io.out(JSON.stringify(e, null, 2)); return; }
        io.out(`${e.id}  ${e.kind}  ${e.date ?? 'undated'}  ${e.location ? `${e.location.place ?? ''} ${e.location.country ?? ''}`.trim() : 'no place'}`);
        if (e.occasion) io.out(`occasion: ${e.occasion}`);
        io.out(`participants: ${who(e.participants)}`);
        io.out(`topics: ${e.topics.join(', ') || '-'}`);
        for (const [k, v] of Object.entries(e.chosen)) io.out(`  ${k}: ${v}`);
        io.out('');
        io.out(table(['report', 'source', 'published', 'date', 'kind', 'url'], e.reports_full.map((r) => [r.event, r.source, r.published, r.data.date, r.data.kind, r.url])));
      }));

  program
    .command('stats')
    .description('events per year and kind for a country or a pair, topics, most frequent counterparts')
    .requiredOption('--country <code>', 'a country or organisation code')
    .option('--with <code>', 'the other country of a pair')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'JSON')
    .action(async (o) => {
      const f = filterFrom({ country: o.country, with: o.with });
      const store = await openStore(o.db, 'read');
      try {
        const s = await store.pairStats(f.country!, f.with ?? null);
        if (o.json) { io.out(JSON.stringify(s, null, 2)); return; }
        const years = [...new Set(s.byYear.map((r) => r.year))];
        const rows = years.map((y) => [y, ...KINDS.map((k) => s.byYear.find((r) => r.year === y && r.kind === k)?.events ?? 0), s.byYear.filter((r) => r.year === y).reduce((a, r) => a + r.events, 0)]);
        io.out(`${f.country}${f.with ? `-${f.with}` : ''}: events per year and kind`);
        io.out(rows.length ? table(['year', ...KINDS, 'total'], rows) : 'no dated events');
        io.out('\ntopics');
        io.out(table(['topic', 'events'], s.byTopic.map((t) => [t.topic, t.events])));
        if (!f.with) { io.out('\ncounterparts'); io.out(table(['country', 'events'], s.counterparts.map((c) => [c.country, c.events]))); }
      } finally {
        await store.close();
      }
    });
}
