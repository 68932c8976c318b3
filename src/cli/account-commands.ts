/**
 * The commands about each side's account: `compare` (one encounter's reports side by side) and
 * `export` (the record in jsonl, csv, cameo or plover, with each report's side and statements).
 */
import type { Command } from 'commander';
import { compareReports, normaliseStatement, type Comparison } from '../analytics/compare.js';
import { EXPORT_FORMATS, exportStream, type ExportFormat } from '../record/exporters.js';
import type { StoredDocument } from '../store/store.js';
import { openStore, DB_HELP } from './store-option.js';
import { who, withStoredEvent } from './record-commands.js';
import { addFilterOptions, filterFrom } from './filter-options.js';
import { LIMITS } from '../vocabulary/filters.js';
import { table } from './table.js';
import { UsageError, type Io } from './io.js';

const clip = (s: string, n = 240) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const quote = (s: string) => `“${clip(s.replace(/\s+/g, ' ').trim())}”`;

/** The comparison as text: the sides, the reports, topics by side, statements by speaker (each once). */
export function printComparison(c: Comparison, io: Io): void {
  io.out(`${c.event.id}  ${c.event.kind}  ${c.event.date ?? 'undated'}  ${who(c.event.participants)}`);
  const known = c.sides.filter((s) => s.side !== 'unknown');
  const unknown = c.sides.find((s) => s.side === 'unknown');
  io.out(`${known.length ? `${known.length} side${known.length > 1 ? 's' : ''}: ${known.map((s) => `${s.side} (${s.reports} report${s.reports > 1 ? 's' : ''})`).join(', ')}` : 'no side identified'}${unknown ? `; ${unknown.reports} report${unknown.reports > 1 ? 's' : ''} of unknown side` : ''}`);
  if (known.length < 2) io.out('(with fewer than two sides identified, nothing is marked as raised by one side only)');
  io.out('\nreports');
  io.out(table(['report', 'side', 'from', 'kind', 'source', 'published'], c.reports.map((r) => [r.event, r.side, r.side_basis, r.source_kind, r.source, r.published])));
  io.out('\ntopics');
  const sideCols = known.map((s) => s.side);
  io.out(c.topics.length ? table(['topic', ...sideCols, ...(unknown ? ['unknown'] : []), 'only'], c.topics.map((t) => [
    t.topic, ...sideCols.map((s) => (t.sides.includes(s) ? 'yes' : '')), ...(unknown ? [c.reports.some((r) => r.side === 'unknown' && r.topics.includes(t.topic)) ? 'yes' : ''] : []), t.only ?? '',
  ])) : '  none recorded');
  for (const t of c.topics.filter((x) => x.only)) {
    const s = t.sentences[0];
    if (s) io.out(`  ${t.topic}, only ${t.only}: ${quote(s.text)} (${s.report})`);
  }
  io.out(`\nstatements by speaker (${c.statements.reduce((n, g) => n + g.items.length, 0)} statements in ${c.statementCopies} copies)`);
  if (!c.statements.length) io.out('  none recorded');
  for (const g of c.statements) {
    io.out(`  ${g.speaker === 'both' ? 'both sides' : g.speaker}${g.country ? ` (${g.country})` : ''}`);
    for (const it of g.items) {
      const by = it.only ? `only ${it.only}` : it.sides.length ? `reported by ${it.sides.join(', ')}` : 'side unknown';
      io.out(`    [${it.act}${it.topics.length ? `: ${it.topics.join(', ')}` : ''}] ${by}; ${it.copies.length} report${it.copies.length > 1 ? 's' : ''}`);
      io.out(`      ${quote(it.text)} (${it.copies[0].report}, ${it.copies[0].side})`);
      // the same words are printed once; another report's own wording is given with it
      const shown = new Set([normaliseStatement(it.text)]);
      for (const cp of it.copies.slice(1)) {
        const n = normaliseStatement(cp.text);
        if (shown.has(n)) continue;
        shown.add(n);
        io.out(`      also ${quote(cp.text)} (${cp.report}, ${cp.side})`);
      }
    }
  }
}

export function registerAccountCommands(program: Command, io: Io): void {
  program
    .command('compare')
    .description("each side's account of one encounter: the reports and whose account each is, the topics each side raised and those only one did, the statements by speaker (each once, with the sentence from each report)")
    .argument('<event>', 'a canonical event id')
    .option('--db <file|url>', DB_HELP)
    .option('--json', 'JSON')
    .addHelpText('after', `
A report's side is what the user stated at ingest (--side, a "side" field), else the text's credit
("(VNA)", "新华社…电", "Theo TTXVN"), else its outlet or domain, else the language (marked "language").
Examples:
  readout compare evt_2022-04-14_chn-vnm_3fa9c2
  readout compare evt_2022-04-14_chn-vnm_3fa9c2 --json | jq '.topics[] | select(.only)'`)
    .action(async (id: string, o) => withStoredEvent(id, o.db, async (e, store) => {
      // the documents only when a report lacks what a store of schema 7 keeps (its side, its statements' sentences)
      const docs = new Map<string, StoredDocument>();
      for (const r of e.reports_full) {
        if (r.account && (r.data.statements ?? []).every((s) => s.text != null)) continue;
        const d = await store.document(r.document);
        if (d) docs.set(r.document, d);
      }
      const c = compareReports(e, e.reports_full, docs);
      if (o.json) { io.out(JSON.stringify(c, null, 2)); return; }
      printComparison(c, io);
    }));

  addFilterOptions(program.command('export').description('write canonical events as jsonl, csv, cameo (GDELT 2.0 event table) or plover (POLECAT-style JSON); see docs/exports.md'), 'export')
    .requiredOption('--format <format>', EXPORT_FORMATS.join(' | '))
    .option('--db <file|url>', DB_HELP)
    .option('--limit <n>', 'at most n events')
    .option('--header', 'cameo: a first line with the column names (GDELT files have none)')
    .addHelpText('after', `
Examples:
  readout export --format jsonl > events.jsonl           every report with its side and statements
  readout export --format csv --country VNM --with CHN > vnm-chn.csv
  readout export --format cameo > events.tsv             loads with GDELT's event-table column list
  readout export --format plover --from 2021 > plover.jsonl`)
    .action(async (o) => {
      if (!EXPORT_FORMATS.includes(o.format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}, got "${o.format}"`);
      if (o.header && o.format !== 'cameo') throw new UsageError('--header goes with --format cameo (csv always has its header)');
      const f = filterFrom(o, 'export', LIMITS.events.cli);
      const store = await openStore(o.db, 'read');
      try {
        const omitted = { n: 0 };
        for await (const line of exportStream(store.allEvents({ ...f, referenced: true, limit: undefined }), o.format as ExportFormat, { header: !!o.header, limit: f.limit, referenced: !!f.referenced, omitted })) io.out(line);
        if (omitted.n) io.err(`readout: ${omitted.n} event${omitted.n > 1 ? 's' : ''} without a year left out of the cameo export (GDELT's tables need a date; the other formats have them)`);
      } finally {
        await store.close();
      }
    });
}
