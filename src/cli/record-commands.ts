/**
 * The record's commands: ingest, reextract, events, people, show, stats (compare and export: account-commands.ts).
 */
import type { Command } from 'commander';
import { readSources, countSources, withSide, MAX_FEED_ITEMS, FEED_CONCURRENCY } from '../ingest/sources.js';
import { normaliseSide, sideProblem } from '../record/report-side.js';
import { ingestProgress, countsOf } from './ingest-progress.js';
import { DEFAULT_LIMITS } from '../ingest/fetcher.js';
import { ingestAll, type IngestSummary } from '../ingest/ingest-runner.js';
import { EXTRACTOR_VERSION } from '../extract.js';
import { extract } from '../extract.js';
import type { Store, StoredReport } from '../store/store.js';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import { englishFormOf } from '../record/participant-identity.js';
import { eventStats } from '../analytics/stats.js';
import { KINDS, countNote, directionLabel, partNote } from '../vocabulary/terms.js';
import { LIMITS, MAX_TEXT } from '../vocabulary/filters.js';
import { topicList } from '../vocabulary/context.js';
import { addFilterOptions, filterFrom } from './filter-options.js';
import { openStore, dbPath, DB_HELP } from './store-option.js';
import { ingestWithWorkers } from './worker-command.js';
import { table, csv } from './table.js';
import { UsageError, encodingProblem, type Io } from './io.js';

/** Participants as "name [country]", a name written in another script or spelling followed by its English form: "王毅 (Wang Yi) [CHN]". */
export const who = (ps: { name: string | null; country: string | null; title?: string | null; id?: string | null }[]) => ps.map((p) => {
  const en = englishFormOf(p);
  return `${p.name ?? `(${p.title ?? 'unnamed'})`}${en ? ` (${en})` : ''} [${p.country ?? '?'}]`;
}).join(', ');

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
    .option('--encoding <label>', 'the encoding of local files that are not UTF-8 (gb18030, gbk, big5, windows-1258, ...); an HTML page\'s <meta charset> and a server\'s Content-Type are read without it')
    .addHelpText('after', `
JSON Lines inputs hold one document a line: {"id": "...", "url": "...", "source": "...", "published": "YYYY-MM-DD", "side": "VNM", "text": "..."} (or "html").
A folder's manifest.jsonl gives each file's {"id", "url", "source", "published", "side"}; "side" is optional.
URLs, their redirects and feed items are fetched from public addresses only, unless --allow-private-network
is given (for a feed on your own network). A feed gives at most ${MAX_FEED_ITEMS} items, ${FEED_CONCURRENCY} fetched at a time.
Warnings about a document (empty, binary, cut, over its time budget) are printed on standard error with their rule id.
On a terminal a progress bar shows the documents read of the total, the rate and the time left; otherwise a
progress line is printed on standard error every 30 seconds, and the summary at the end.
Examples:
  readout ingest corpus/                        every article in a folder
  readout ingest https://example.org/feed.xml   every item of a feed
  readout ingest articles.jsonl --db my.db
  readout ingest corpus/ --db postgres://readout@localhost/readout --workers 2`)
    .action(async (sources: string[], o) => {
      if (o.side != null) { const p = sideProblem(o.side); if (p) throw new UsageError(`--${p}`); o.side = normaliseSide(o.side); }
      if (o.encoding != null) encodingProblem(o.encoding);
      if (o.workers != null) {
        const n = Number(o.workers);
        if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError(`--workers takes a whole number from 0 to 256, got "${o.workers}"`);
        const bar = ingestProgress(io);
        let s: IngestSummary;
        try {
          s = await ingestWithWorkers(o.db, sources, n, { jobTimeout: o.jobTimeout, allowPrivateNetwork: !!o.allowPrivateNetwork, side: o.side, encoding: o.encoding, onProgress: (done, total) => { bar.total(total); bar.update({ read: done }); } });
        } finally {
          bar.done();
        }
        reportIngest(io, o, s);
        setCode(s.failed ? 1 : 0);
        return;
      }
      if (o.jobTimeout != null) throw new UsageError('--job-timeout goes with --workers');
      const store = await openStore(o.db, 'write');
      const bar = ingestProgress(io);
      // the total is counted beside the ingest: the bar shows a plain count until it is known
      countSources(sources).then((n) => bar.total(n), () => bar.total(null));
      try {
        const limits = { ...DEFAULT_LIMITS, policy: { allowPrivate: !!o.allowPrivateNetwork } };
        const warned: string[] = [];
        let s: IngestSummary;
        try {
          s = await ingestAll(store, withSide(readSources(sources, { limits, encoding: o.encoding }), o.side), {
            onItem: (x) => bar.update(countsOf(x)),
            onWarnings: (origin, ws) => { for (const w of ws) warned.push(`readout: ${origin}: warning ${w.rule}: ${w.message}`); },
          });
        } finally {
          bar.done();
        }
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

  addFilterOptions(program.command('events').description('list canonical events (one per real encounter), latest first'))
    .option('--db <file|url>', DB_HELP)
    .option('--limit <n>', `at most n events (default ${LIMITS.events.default})`)
    .option('--json', 'JSON Lines')
    .option('--csv', 'CSV')
    .addHelpText('after', `
The count after the list says how many events match and how many of them have no known date; a list
cut at --limit says so ("showing 50 of 54; use --limit"), on standard error with --json and --csv.
Examples:
  readout events --country VNM --with CHN --from 2021 --kind phone_call
  readout events --country China --direction inbound --level leaders
  readout events --person "Vuong Nghi" --topic maritime --json
  readout events --text "Code of Conduct" --csv > coc.csv`)
    .action(async (o) => {
      const f = filterFrom(o, 'events', LIMITS.events.cli);
      f.limit ??= LIMITS.events.default;
      const store = await openStore(o.db, 'read');
      try {
        const [page, count] = await Promise.all([store.events(f), store.countEvents(f)]);
        const note = partNote(page.events.length, count.total, count.exact, '--limit shows more');
        const summary = `${countNote(count.total, count.undated, ['event', 'events'], count.exact)}${note ? `; ${note}` : ''}`;
        if (o.json) { for (const e of page.events) io.out(JSON.stringify(e)); io.err(`readout: ${summary}`); return; }
        const headers = ['id', 'date', 'kind', 'level', 'direction', 'participants', 'place', 'topics', 'reports'];
        const rows = page.events.map((e) => [e.id, e.date, e.kind, e.level ?? '', directionLabel(e.direction), who(e.participants), e.place ? `${e.place}, ${e.country}` : e.country, e.topics.slice(0, 4).join(' '), e.reports]);
        if (o.csv) { io.out(csv(headers, rows)); io.err(`readout: ${summary}`); return; }
        io.out(rows.length ? `${table(headers, rows)}\n${summary}` : 'no events match');
      } finally {
        await store.close();
      }
    });

  program
    .command('topics')
    .description('the topic ids events carry (the values --topic takes), with their labels')
    .option('--json', 'JSON Lines')
    .action((o) => {
      const topics = topicList();
      if (o.json) { for (const t of topics) io.out(JSON.stringify(t)); return; }
      io.out(table(['id', 'label'], topics.map((t) => [t.id, t.label])));
    });

  program
    .command('people')
    .description('people in the record, with how many encounters, their offices and their spellings')
    .argument('[query]', 'part of a name or an id: any spelling, in any script, with or without accents (Rubio, 王毅, "Vuong Nghi")')
    .option('--db <file|url>', DB_HELP)
    .option('--limit <n>', `at most n people (default ${LIMITS.people.default})`)
    .option('--json', 'JSON Lines')
    .action(async (query: string | undefined, o) => {
      const f = filterFrom({ limit: o.limit }, 'events', LIMITS.people.cli);
      if (query && query.length > MAX_TEXT) throw new UsageError(`the query is longer than ${MAX_TEXT} characters`);
      const store = await openStore(o.db, 'read');
      try {
        const [people, total] = await Promise.all([store.people(query, f.limit ?? LIMITS.people.default), store.countPeople(query)]);
        const note = partNote(people.length, total, true, '--limit shows more');
        if (o.json) { for (const p of people) io.out(JSON.stringify(p)); if (note) io.err(`readout: ${note}`); return; }
        if (!people.length) { io.out('no people match'); return; }
        const offices = (p: (typeof people)[number]) => p.offices.map((x) => x.title).join('; ');
        io.out(table(['id', 'name', 'country', 'events', 'first', 'last', 'offices', 'spellings'], people.map((p) => [p.id, p.name, p.country, p.events, p.first, p.last, offices(p), p.spellings.join('; ')])));
        io.out(`${total} ${total === 1 ? 'person' : 'people'}${note ? `; ${note}` : ''}`);
      } finally {
        await store.close();
      }
    });

  program
    .command('person')
    .description('one person: offices over time (by office and term), spellings, and how many encounters')
    .argument('<person>', 'an id or any spelling of the name')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'JSON')
    .action(async (id: string, o) => {
      const store = await openStore(o.db, 'read');
      try {
        const p = await store.person(id);
        if (!p) throw new UsageError(`no person ${JSON.stringify(id)} in ${dbPath(o.db)}; readout people ${JSON.stringify(id)} searches by part of a name`);
        if (o.json) { io.out(JSON.stringify(p, null, 2)); return; }
        io.out(`${p.name} (${p.id})${p.country ? `  ${p.country}` : ''}  ${p.events} encounters${p.first ? `, ${p.first}${p.last && p.last !== p.first ? ` to ${p.last}` : ''}` : ''}`);
        io.out(`spellings: ${p.spellings.join('; ')}`);
        io.out('\noffices');
        io.out(p.offices.length ? table(['office', 'role', 'country', 'term', 'reported', 'reports', 'as'], p.offices.map((x) => [
          x.title, x.role, x.country, x.term ? `${x.term.from ?? '?'} – ${x.term.to ?? 'now'}` : '', x.first ? `${x.first}${x.last && x.last !== x.first ? ` – ${x.last}` : ''}` : 'undated', x.reports, x.spellings.join('; '),
        ])) : 'no office named in the reports');
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

  addFilterOptions(program
    .command('stats')
    .description('events per year and kind for all countries, a country or a pair (any filter), topics, most frequent counterparts'), 'stats')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'JSON')
    .action(async (o) => {
      const f = filterFrom(o, 'stats');
      const store = await openStore(o.db, 'read');
      try {
        const s = await eventStats(store, f);
        if (o.json) { io.out(JSON.stringify(s, null, 2)); return; }
        const years = [...new Set(s.byYear.map((r) => r.year))];
        const rows = years.map((y) => [y, ...KINDS.map((k) => s.byYear.find((r) => r.year === y && r.kind === k)?.events ?? 0), s.byYear.filter((r) => r.year === y).reduce((a, r) => a + r.events, 0)]);
        io.out(`${f.country ?? 'all countries'}${f.with ? `-${f.with}` : ''}: ${countNote(s.total, s.undated)}`);
        io.out('\nevents per year and kind');
        io.out(rows.length ? table(['year', ...KINDS, 'total'], rows) : 'no dated events');
        if (s.undated) io.out(`(${s.undated} without a known date ${s.undated === 1 ? 'is' : 'are'} in no year)`);
        io.out('\ntopics');
        io.out(table(['topic', 'events'], s.byTopic.map((t) => [t.topic, t.events])));
        if (!f.with) { io.out('\ncounterparts'); io.out(table(['country', 'events'], s.counterparts.map((c) => [c.country, c.events]))); }
      } finally {
        await store.close();
      }
    });
}
