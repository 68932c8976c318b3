/**
 * `npm run eval [-- --check] [-- --verbose]`: runs the extractor over every folder of
 * ../shared/corpus and scores it against ../shared/gold with ../shared/eval/score.mjs, English and
 * other languages apart; scores the grouping of events into encounters (score-clusters.mjs); and
 * reports which person ids each spelling of a name got. `--check` fails when a figure falls below
 * eval/floors.json. Skips (exit 0) with a reason when ../shared is not there.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { join, resolve, basename, extname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { extract } from '../src/extract.js';
import { decodeText } from '../src/input/decode.js';
import { walkInputs } from '../src/input/inputs.js';
import { foldName } from '../src/knowledge/names.js';
import { groupEncounters } from '../src/record/encounter-grouper.js';
import type { ReadoutDocument } from '../src/types.js';

const root = resolve(import.meta.dirname, '..');
const shared = resolve(process.env.READOUT_SHARED ?? join(root, '..', 'shared'));
const args = new Set(process.argv.slice(2));
const floorsPath = join(root, 'eval', 'floors.json');

if (!existsSync(join(shared, 'corpus')) || !existsSync(join(shared, 'eval', 'score.mjs'))) {
  console.log(`eval skipped: ${shared} has no corpus/ and eval/score.mjs (a fresh clone has no ../shared)`);
  process.exit(0);
}

const out = join(tmpdir(), `readout-eval-${process.pid}`);
mkdirSync(out, { recursive: true });

interface Figures { [k: string]: number | null }
const results: Record<string, Figures> = {};

function score(goldDir: string, pred: string): Record<string, any> {
  const json = execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), goldDir, pred, '--json'], { encoding: 'utf8' });
  return JSON.parse(json);
}

function verbose(goldDir: string, pred: string): string {
  return execFileSync(process.execPath, [join(shared, 'eval', 'score.mjs'), goldDir, pred, '--verbose'], { encoding: 'utf8' });
}

function languageOf(id: string, manifest: Map<string, any>, doc: ReadoutDocument): string {
  return manifest.get(id)?.lang ?? doc.document.language ?? 'en';
}

const allDocs: ReadoutDocument[] = [];
const folders = readdirSync(join(shared, 'corpus')).filter((f) => statSync(join(shared, 'corpus', f)).isDirectory()).sort();
for (const folder of folders) {
  const goldDir = join(shared, 'gold', folder);
  const { inputs } = walkInputs([join(shared, 'corpus', folder)]);
  const manifest = new Map<string, any>();
  const mf = join(shared, 'corpus', folder, 'manifest.jsonl');
  if (existsSync(mf)) for (const l of readFileSync(mf, 'utf8').split('\n')) if (l.trim()) { const o = JSON.parse(l); manifest.set(o.id, o); }
  const docs: ReadoutDocument[] = [];
  const t0 = performance.now();
  for (const ref of inputs) {
    try {
      docs.push(extract(decodeText(readFileSync(ref.path)), { id: ref.id, format: ref.format, url: ref.url, source: ref.source, published: ref.published, budgetMs: Infinity }));
    } catch (e) {
      console.error(`eval: ${ref.path}: ${(e as Error).message}`);
    }
  }
  const ms = performance.now() - t0;
  allDocs.push(...docs);
  const pred = join(out, `${folder}.jsonl`);
  writeFileSync(pred, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  if (!existsSync(goldDir)) { console.log(`${folder}: ${docs.length} documents extracted, no gold folder`); continue; }
  // gold split by language
  const byLang = new Map<string, string[]>();
  for (const d of docs) {
    const lang = languageOf(d.document.id, manifest, d) === 'en' ? 'en' : 'other';
    (byLang.get(lang) ?? byLang.set(lang, []).get(lang)!).push(d.document.id);
  }
  for (const [lang, ids] of byLang) {
    const dir = join(out, `gold-${folder}-${lang}`);
    mkdirSync(dir, { recursive: true });
    let n = 0;
    for (const id of ids) {
      const g = join(goldDir, `${id}.json`);
      if (existsSync(g)) { copyFileSync(g, join(dir, `${id}.json`)); n++; }
    }
    if (!n) continue;
    const r = score(dir, pred);
    const key = `${folder}/${lang}`;
    results[key] = {
      documents: r.documents, events_f1: r.events.f1, events_p: r.events.precision, events_r: r.events.recall,
      participants_f1: r.participants.f1, participant_country: r.participant_country.accuracy, date: r.date.accuracy,
      kind: r.kind.accuracy, location: r.location.accuracy, initiator: r.initiator.accuracy, published: r.published.accuracy,
      topics_f1: r.topics.f1, score: r.score,
    };
    if (args.has('--verbose')) console.log(`\n${key}\n${verbose(dir, pred)}`);
  }
  console.log(`${folder}: ${docs.length} documents in ${ms.toFixed(0)} ms`);
}

// grouping events of all folders into encounters, against gold/*/clusters.json
const clusterGold = folders.map((f) => join(shared, 'gold', f)).find((d) => existsSync(join(d, 'clusters.json')));
if (clusterGold && existsSync(join(shared, 'eval', 'score-clusters.mjs'))) {
  const goldAll = join(out, 'gold-all');
  mkdirSync(goldAll, { recursive: true });
  for (const f of folders) {
    const d = join(shared, 'gold', f);
    if (!existsSync(d)) continue;
    for (const n of readdirSync(d)) if (n.endsWith('.json') && n !== 'clusters.json') copyFileSync(join(d, n), join(goldAll, n));
  }
  copyFileSync(join(clusterGold, 'clusters.json'), join(goldAll, 'clusters.json'));
  const predAll = join(out, 'all.jsonl');
  writeFileSync(predAll, allDocs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const canon = join(out, 'canonical.jsonl');
  writeFileSync(canon, groupEncounters(allDocs).map((c) => JSON.stringify(c)).join('\n') + '\n');
  const r = JSON.parse(execFileSync(process.execPath, [join(shared, 'eval', 'score-clusters.mjs'), goldAll, predAll, canon, '--json'], { encoding: 'utf8' }));
  results['clusters'] = { clustering_p: r.precision, clustering_r: r.recall, clustering_f1: r.f1, paired_events: r.paired_events };
  if (args.has('--verbose')) console.log(execFileSync(process.execPath, [join(shared, 'eval', 'score-clusters.mjs'), goldAll, predAll, canon, '--verbose'], { encoding: 'utf8' }));
}

// one person, one id: the ids each folded spelling got across the corpus
const idsByName = new Map<string, Set<string>>();
for (const d of allDocs) for (const e of d.events) for (const p of e.participants) {
  if (!p.name) continue;
  for (const n of [p.name, ...(p.aliases ?? [])]) {
    const k = foldName(n);
    const s = idsByName.get(k) ?? new Set();
    s.add(p.id ?? '(no id)');
    idsByName.set(k, s);
  }
}
const split = [...idsByName].filter(([, ids]) => ids.size > 1);
const withId = [...idsByName].filter(([, ids]) => !ids.has('(no id)')).length;
results['people'] = { spellings: idsByName.size, spellings_with_one_id: [...idsByName].filter(([, ids]) => ids.size === 1 && !ids.has('(no id)')).length, spellings_with_several_ids: split.length, spellings_with_id: withId };

// the table
const pct = (x: number | null | undefined) => (x == null ? '   - ' : x.toFixed(3));
console.log('\nset              docs  events-F1  partic-F1  country  date   kind   location  published  topics-F1  score');
for (const [k, r] of Object.entries(results)) {
  if (k === 'clusters' || k === 'people') continue;
  console.log(`${k.padEnd(16)} ${String(r.documents).padStart(4)}  ${pct(r.events_f1)}      ${pct(r.participants_f1)}      ${pct(r.participant_country)}    ${pct(r.date)}  ${pct(r.kind)}  ${pct(r.location)}     ${pct(r.published)}      ${pct(r.topics_f1)}      ${pct(r.score)}`);
}
if (results.clusters) console.log(`\nclustering (score-clusters.mjs): P ${pct(results.clusters.clustering_p)}  R ${pct(results.clusters.clustering_r)}  F1 ${pct(results.clusters.clustering_f1)}`);
console.log(`\npeople: ${results.people.spellings} spellings of participant names; ${results.people.spellings_with_one_id} map to exactly one person id, ${results.people.spellings_with_several_ids} to several`);
for (const [name, ids] of split) console.log(`  ${name}: ${[...ids].join(', ')}`);
if (args.has('--ids')) for (const [name, ids] of [...idsByName].sort()) console.log(`  ${name} -> ${[...ids].join(', ')}`);
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));

if (args.has('--check')) {
  if (!existsSync(floorsPath)) { console.error(`eval --check: ${floorsPath} missing`); process.exit(1); }
  const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, Record<string, number>>;
  const failures: string[] = [];
  for (const [set, figs] of Object.entries(floors)) {
    if (set.startsWith('_')) continue;
    for (const [fig, floor] of Object.entries(figs)) {
      const v = results[set]?.[fig];
      if (v == null) failures.push(`${set} ${fig}: not measured (floor ${floor})`);
      else if (v + 1e-9 < floor) failures.push(`${set} ${fig}: ${v.toFixed(3)} < floor ${floor}`);
    }
  }
  if (failures.length) {
    console.error(`\neval --check failed:\n  ${failures.join('\n  ')}`);
    process.exit(1);
  }
  console.log('\neval --check: every figure at or above its floor (eval/floors.json)');
}
void basename; void extname;
