/**
 * `npx tsx scripts/side-check.ts [--verbose] [--folders=seeds,news]`: how right the reports' sides are on ../shared.
 *
 * Ingests ../shared/corpus/{seeds,news,world} with their folder manifests into a store in memory, as
 * a user would, exports it as JSON Lines, and checks each report's `side` against a label read off
 * the manifest's own words (its free-text `source`: "Báo Nam Định (VNA/TTXVN report; Vietnamese
 * side)", "EIN Presswire (repost of US State Department readout)"). The labels are only a check set:
 * readout itself does not read them (it may read the source's outlet name, one clue among many; the
 * figures "without the source name" show what it gets from the text, URL and language alone). A
 * manifest that names no side, or says the text cites or relays someone else ("citing CGTN",
 * "publisher unclear"), gives no label and is left out.
 *
 * Prints, per folder: reports and documents whose side is right; the encounters of the gold
 * clusters (gold/news/clusters.json) with accounts from two sides or more, and how many of them one
 * canonical event holds with every side right; canonical events of several reports with two
 * identified sides; statements before and after copies are merged. Skips (exit 0) with a reason when
 * ../shared is not there.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ingestAll } from '../src/ingest/ingest-runner.js';
import { readSources } from '../src/ingest/sources.js';
import { exportLines } from '../src/record/exporters.js';
import { compareReports, normaliseStatement } from '../src/analytics/compare.js';
import { reportAccount } from '../src/record/report-side.js';
import { partiesOf } from '../src/store/store-rows.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.READOUT_SHARED ?? join(root, '..', 'shared'));
const verbose = process.argv.includes('--verbose');
if (!existsSync(join(shared, 'corpus'))) {
  console.log(`side check skipped: ${shared} has no corpus/ (a fresh clone has no ../shared)`);
  process.exit(0);
}

/** Words of a manifest's source → the side they name. */
const LABEL_WORDS: [RegExp, string][] = [
  [/US State Department|U\.?S\.? Department of State|State Dept/i, 'USA'],
  [/Chinese MFA|PRC MFA|Ministry of Foreign Affairs of the PRC|fmprc|Chinese (?:Consulate|Embassy|Mission)|CIDCA|China International Development/i, 'CHN'],
  [/Xinhua|新华|People's Daily|Global Times|China\.org|Guangming|China News Service|中新|CCTV|CGTN|重庆与世界|中国干部网/i, 'CHN'],
  [/\bVNA\b|TTXVN|VietnamPlus|Viet Nam News|\bVNS\b|\bVOV\b|Voice of Vietnam|\bVGP\b|Vietnam Government Portal|Chinh ?phu|Bao Quoc te|Quan Doi Nhan Dan|\bCAND\b|Cong An|SGGP|VietNamNet|VnExpress|Vietnam News Agency|VTC News|Mekong ASEAN|Bao Moi|baomoi|Báo |Vietnamese (?:report|government)|Viet ?Nam/i, 'VNM'],
  [/Russian (?:MFA|Foreign Ministry)|\bTASS\b|Sputnik/i, 'RUS'],
  [/Yonhap|Korean/i, 'KOR'],
  [/Japan|Jiji|Kyodo|\bNHK\b/i, 'JPN'],
  [/\bLaos?\b/i, 'LAO'],
  [/United Nations/i, 'UN'], [/EEAS/i, 'EU'], [/German/i, 'DEU'], [/Brazil/i, 'BRA'], [/Turkey|Turkish/i, 'TUR'],
  [/Bernama|Wisma Putra|Malaysia/i, 'MYS'], [/Kompas|Indonesia/i, 'IDN'], [/\bPTI\b|WION|India/i, 'IND'],
  [/Ukraine/i, 'UKR'], [/Nigeria/i, 'NGA'], [/Singapore|Mediacorp/i, 'SGP'], [/Cambodia/i, 'KHM'],
  [/\(AP\)|Reuters|\bAFP\b/, 'independent'],
];
const EXPLICIT: [RegExp, string][] = [[/Vietnamese side/i, 'VNM'], [/Chinese side/i, 'CHN'], [/Korean side/i, 'KOR']];
const AMBIGUOUS = /citing|relaying|summaris|agency inputs|agency copy|publisher unclear|\bblog\b(?!.*copy of)/i;
const ORIGIN = /(?:repost|copy|rewrite|snippet|mirror|syndication|cached|aggregator|translation|from)\s+(?:of\s+)?(?:an?\s+)?([^;)]+)|\(([^;),]+)/i;

export function labelOf(source: string | undefined): { side: string | null; why: string } {
  if (!source) return { side: null, why: 'no source' };
  for (const [re, side] of EXPLICIT) if (re.test(source)) return { side, why: 'names the side' };
  if (AMBIGUOUS.test(source) && !/(?:repost|copy|rewrite|snippet|mirror) of/i.test(source)) return { side: null, why: 'cites or relays another account' };
  const origin = ORIGIN.exec(source);
  for (const text of [origin?.[1] ?? origin?.[2], source]) {
    if (!text) continue;
    for (const [re, side] of LABEL_WORDS) if (re.test(text)) return { side, why: text === source ? 'outlet' : 'origin' };
  }
  return { side: null, why: 'names no side' };
}

interface Doc { folder: string; id: string; label: string | null; why: string; source?: string }
const docs = new Map<string, Doc>();
const only = process.argv.find((a) => a.startsWith('--folders='))?.slice('--folders='.length).split(',');
const folders = readdirSync(join(shared, 'corpus')).filter((f) => statSync(join(shared, 'corpus', f)).isDirectory() && (!only || only.includes(f))).sort();
for (const folder of folders) {
  const mf = join(shared, 'corpus', folder, 'manifest.jsonl');
  const manifest = new Map<string, { source?: string }>();
  if (existsSync(mf)) for (const l of readFileSync(mf, 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); manifest.set(o.id, o); }
  for (const f of readdirSync(join(shared, 'corpus', folder))) {
    const m = /^(.*)\.(?:txt|html?|md)$/.exec(f);
    if (!m) continue;
    const src = manifest.get(m[1])?.source;
    const l = labelOf(src);
    docs.set(m[1], { folder, id: m[1], label: l.side, why: l.why, source: src });
  }
}

const store = new SqliteStore(':memory:');
const t0 = performance.now();
const summary = await ingestAll(store, readSources(folders.map((f) => join(shared, 'corpus', f))));
console.log(`ingested ${summary.read} documents (${summary.failed} failed) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// each report's side as the JSON Lines export gives it
const reportSide = new Map<string, { side: string; doc: string; canonical: string }>();
const events: { id: string; reports: { event: string; document: string; side: string }[] }[] = [];
for await (const e of store.allEvents({ referenced: true })) {
  const line = JSON.parse(exportLines(e, 'jsonl')[0]) as { id: string; reports: { event: string; document: string; side: string }[] };
  events.push(line);
  for (const r of line.reports) reportSide.set(r.event, { side: r.side, doc: r.document, canonical: line.id });
}

// per folder: reports and documents right, with and without the manifest's source name
console.log('\nside of each report (labelled documents only; labels from the manifests\' words)');
console.log('folder  labelled docs  reports right       documents right     without the source name');
const misses: string[] = [];
for (const folder of folders) {
  let reports = 0, reportsRight = 0, n = 0, right = 0, rightBare = 0;
  for (const d of docs.values()) {
    if (d.folder !== folder || !d.label) continue;
    const stored = await store.document(d.id);
    if (!stored) continue;
    n++;
    const side = stored.account?.side ?? 'unknown';
    const bareAccount = reportAccount({ text: stored.text, url: stored.url, source: null, language: stored.language, parties: partiesOf(stored.extraction) });
    const bare = bareAccount.side;
    if (bare !== d.label) misses.push(`${folder}/${d.id} without the source name: ${bare} (${bareAccount.side_basis}: ${bareAccount.side_evidence ?? ''})`);
    if (side === d.label) right++; else misses.push(`${folder}/${d.id}: ${side} (${stored.account?.side_basis}: ${stored.account?.side_evidence ?? ''}), label ${d.label} from "${d.source}"`);
    if (bare === d.label) rightBare++;
    for (const r of reportSide.values()) if (r.doc === d.id) { reports++; if (r.side === d.label) reportsRight++; }
  }
  const pct = (a: number, b: number) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '-');
  console.log(`${folder.padEnd(6)}  ${String(n).padStart(13)}  ${pct(reportsRight, reports).padEnd(18)}  ${pct(right, n).padEnd(18)}  ${pct(rightBare, n)}`);
}
const unlabelled = [...docs.values()].filter((d) => !d.label);
console.log(`(${unlabelled.length} documents without a label: ${[...new Set(unlabelled.map((d) => d.why))].join(', ')})`);
if (verbose) for (const m of misses) console.log(`  wrong: ${m}`);

// encounters of the gold clusters with two sides' accounts
const clustersPath = join(shared, 'gold', 'news', 'clusters.json');
if (existsSync(clustersPath)) {
  const clusters = (JSON.parse(readFileSync(clustersPath, 'utf8')) as { clusters: { doc: string; event: number }[][] }).clusters;
  let twoSided = 0, held = 0;
  const failed: string[] = [];
  for (const cl of clusters) {
    const cdocs = [...new Set(cl.map((x) => x.doc))];
    const sides = new Set(cdocs.map((d) => docs.get(d)?.label).filter((s): s is string => !!s));
    if (sides.size < 2) continue;
    twoSided++;
    const ok = events.some((e) => [...sides].every((side) => e.reports.some((r) => cdocs.includes(r.document) && docs.get(r.document)?.label === side && r.side === side)));
    if (ok) held++; else failed.push(`${cdocs.join(',')} (${[...sides].join('/')})`);
  }
  console.log(`\nencounters with accounts from two sides or more (gold clusters): ${twoSided}; held by one canonical event with every side right: ${held} (${twoSided ? ((100 * held) / twoSided).toFixed(1) : '-'}%)`);
  if (verbose) for (const f of failed) console.log(`  not held: ${f}`);
}

// canonical events of several reports that show two identified sides; statements before and after merging copies
let multi = 0, two = 0, copies = 0, shown = 0, repeated = 0;
for (const e of events) {
  if (e.reports.length < 2) continue;
  multi++;
  if (new Set(e.reports.map((r) => r.side).filter((s) => s !== 'unknown')).size >= 2) two++;
  const full = (await store.event(e.id))!;
  const c = compareReports(full, full.reports_full);
  copies += c.statementCopies;
  for (const g of c.statements) {
    shown += g.items.length;
    const seen = new Set<string>();
    for (const it of g.items) { const k = normaliseStatement(it.text); if (seen.has(k)) repeated++; seen.add(k); }
  }
}
console.log(`canonical events with several reports: ${multi}; showing two identified sides: ${two}`);
console.log(`statements in those events: ${copies} as the reports give them, ${shown} once each (${repeated} shown twice with the same words)`);
await store.close();
