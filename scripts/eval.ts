/**
 * `npm run eval [-- --check] [-- --verbose] [-- --only shared|probes]`: runs the extractor over every folder of
 * ../shared/corpus and scores it against ../shared/gold with ../shared/eval/score.mjs, English and
 * other languages apart; scores the grouping of events into encounters (score-clusters.mjs); and
 * reports which person ids each spelling of a name got. Then the same for the probe rounds of
 * eval/probes/ (articles the team wrote itself, with gold by the annotation rules: see its README),
 * each round scored alone, with the same scorer. `--check` fails when a figure falls below
 * eval/floors.json. Skips (exit 0) with a reason when ../shared (the scorer's home) is not there.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
const argv = process.argv.slice(2);
const args = new Set(argv);
const onlyAt = argv.indexOf('--only');
const only = onlyAt >= 0 ? argv[onlyAt + 1] : null;
if (only !== null && only !== 'shared' && only !== 'probes') {
  console.error(`eval: --only takes 'shared' or 'probes', not ${JSON.stringify(only)}`);
  process.exit(2);
}
const floorsPath = join(root, 'eval', 'floors.json');
const probesDir = join(root, 'eval', 'probes');
const scorer = join(shared, 'eval');

if (!existsSync(join(scorer, 'score.mjs'))) {
  console.log(`eval skipped: ${shared} has no eval/score.mjs, the scorer (a fresh clone has no ../shared)`);
  process.exit(0);
}

// a directory of this run's own (a reused name would mix an earlier run's gold into this one's)
const out = mkdtempSync(join(tmpdir(), 'readout-eval-'));

interface Figures { [k: string]: number | null }

function score(goldDir: string, pred: string): Record<string, any> {
  const json = execFileSync(process.execPath, [join(scorer, 'score.mjs'), goldDir, pred, '--json'], { encoding: 'utf8' });
  return JSON.parse(json);
}

function verbose(goldDir: string, pred: string): string {
  return execFileSync(process.execPath, [join(scorer, 'score.mjs'), goldDir, pred, '--verbose'], { encoding: 'utf8' });
}

function languageOf(id: string, manifest: Map<string, any>, doc: ReadoutDocument): string {
  return manifest.get(id)?.lang ?? doc.document.language ?? 'en';
}

/**
 * Extracts every folder of `base`/corpus, scores each against `base`/gold by language (rows `prefix + folder/en`,
 * `prefix + folder/other`), and the grouping of all its events against the first clusters.json of its gold folders
 * (row `prefix + clusters`). Writes its files under `work`.
 */
function evaluate(base: string, prefix: string, work: string, log: (line: string) => void): { results: Record<string, Figures>; docs: ReadoutDocument[] } {
  mkdirSync(work, { recursive: true });
  const results: Record<string, Figures> = {};
  const allDocs: ReadoutDocument[] = [];
  const folders = readdirSync(join(base, 'corpus')).filter((f) => statSync(join(base, 'corpus', f)).isDirectory()).sort();
  for (const folder of folders) {
    const goldDir = join(base, 'gold', folder);
    const { inputs } = walkInputs([join(base, 'corpus', folder)]);
    const manifest = new Map<string, any>();
    const mf = join(base, 'corpus', folder, 'manifest.jsonl');
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
    const pred = join(work, `${folder}.jsonl`);
    writeFileSync(pred, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    if (!existsSync(goldDir)) { log(`${prefix}${folder}: ${docs.length} documents extracted, no gold folder`); continue; }
    // gold split by language
    const byLang = new Map<string, string[]>();
    for (const d of docs) {
      const lang = languageOf(d.document.id, manifest, d) === 'en' ? 'en' : 'other';
      (byLang.get(lang) ?? byLang.set(lang, []).get(lang)!).push(d.document.id);
    }
    for (const [lang, ids] of byLang) {
      const dir = join(work, `gold-${folder}-${lang}`);
      mkdirSync(dir, { recursive: true });
      let n = 0;
      for (const id of ids) {
        const g = join(goldDir, `${id}.json`);
        if (existsSync(g)) { copyFileSync(g, join(dir, `${id}.json`)); n++; }
      }
      if (!n) continue;
      const r = score(dir, pred);
      const key = `${prefix}${folder}/${lang}`;
      results[key] = {
        documents: r.documents, events_f1: r.events.f1, events_p: r.events.precision, events_r: r.events.recall,
        participants_f1: r.participants.f1, participant_country: r.participant_country.accuracy, date: r.date.accuracy,
        kind: r.kind.accuracy, location: r.location.accuracy, initiator: r.initiator.accuracy, published: r.published.accuracy,
        topics_f1: r.topics.f1, score: r.score,
      };
      if (args.has('--verbose')) console.log(`\n${key}\n${verbose(dir, pred)}`);
    }
    log(`${prefix}${folder}: ${docs.length} documents in ${ms.toFixed(0)} ms`);
  }

  // grouping events of all folders into encounters, against gold/*/clusters.json
  const clusterGold = folders.map((f) => join(base, 'gold', f)).find((d) => existsSync(join(d, 'clusters.json')));
  if (clusterGold && existsSync(join(scorer, 'score-clusters.mjs'))) {
    const goldAll = join(work, 'gold-all');
    mkdirSync(goldAll, { recursive: true });
    for (const f of folders) {
      const d = join(base, 'gold', f);
      if (!existsSync(d)) continue;
      for (const n of readdirSync(d)) if (n.endsWith('.json') && n !== 'clusters.json') copyFileSync(join(d, n), join(goldAll, n));
    }
    copyFileSync(join(clusterGold, 'clusters.json'), join(goldAll, 'clusters.json'));
    const predAll = join(work, 'all.jsonl');
    writeFileSync(predAll, allDocs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const canon = join(work, 'canonical.jsonl');
    writeFileSync(canon, groupEncounters(allDocs).map((c) => JSON.stringify(c)).join('\n') + '\n');
    const run = (mode: string) => execFileSync(process.execPath, [join(scorer, 'score-clusters.mjs'), goldAll, predAll, canon, mode], { encoding: 'utf8' });
    const r = JSON.parse(run('--json'));
    results[`${prefix}clusters`] = { clustering_p: r.precision, clustering_r: r.recall, clustering_f1: r.f1, paired_events: r.paired_events };
    if (args.has('--verbose')) console.log(`\n${prefix}clusters\n${run('--verbose')}`);
  }
  return { results, docs: allDocs };
}

const pct = (x: number | null | undefined) => (x == null ? '   - ' : x.toFixed(3));
const results: Record<string, Figures> = {};

// 1. the shared corpus
if (only !== 'probes') {
  if (!existsSync(join(shared, 'corpus'))) console.log(`eval: ${shared} has no corpus/; only the probes are scored`);
  else {
    const { results: r, docs: allDocs } = evaluate(shared, '', join(out, 'shared'), console.log);
    Object.assign(results, r);
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

    console.log('\nset              docs  events-F1  partic-F1  country  date   kind   location  published  topics-F1  score');
    for (const [k, v] of Object.entries(r)) {
      if (k === 'clusters') continue;
      console.log(`${k.padEnd(16)} ${String(v.documents).padStart(4)}  ${pct(v.events_f1)}      ${pct(v.participants_f1)}      ${pct(v.participant_country)}    ${pct(v.date)}  ${pct(v.kind)}  ${pct(v.location)}     ${pct(v.published)}      ${pct(v.topics_f1)}      ${pct(v.score)}`);
    }
    if (r.clusters) console.log(`\nclustering (score-clusters.mjs): P ${pct(r.clusters.clustering_p)}  R ${pct(r.clusters.clustering_r)}  F1 ${pct(r.clusters.clustering_f1)}`);
    console.log(`\npeople: ${results.people.spellings} spellings of participant names; ${results.people.spellings_with_one_id} map to exactly one person id, ${results.people.spellings_with_several_ids} to several`);
    for (const [name, ids] of split) console.log(`  ${name}: ${[...ids].join(', ')}`);
    if (args.has('--ids')) for (const [name, ids] of [...idsByName].sort()) console.log(`  ${name} -> ${[...ids].join(', ')}`);
  }
}

// 2. the probe rounds of eval/probes: each round alone (its own clusters), rows probes/<round>/<batch>/<lang>
if (only !== 'shared' && existsSync(probesDir)) {
  const rounds = readdirSync(probesDir).filter((f) => existsSync(join(probesDir, f, 'corpus'))).sort();
  const rows: Record<string, Figures> = {};
  let docs = 0;
  const t0 = performance.now();
  for (const round of rounds) {
    const { results: r, docs: d } = evaluate(join(probesDir, round), `probes/${round}/`, join(out, 'probes', round), () => {});
    Object.assign(rows, r);
    docs += d.length;
  }
  Object.assign(results, rows);
  const batches = Object.entries(rows).filter(([k]) => !k.endsWith('/clusters'));
  const clusters = Object.entries(rows).filter(([k]) => k.endsWith('/clusters'));
  console.log(`\nprobes (eval/probes): ${rounds.length} rounds, ${docs} documents in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log('set                      docs  events-F1  partic-F1  country  date   kind   location  published  clustering');
  for (const [k, v] of batches) {
    const round = k.split('/')[1];
    const c = rows[`probes/${round}/clusters`];
    console.log(`${k.padEnd(24)} ${String(v.documents).padStart(4)}  ${pct(v.events_f1)}      ${pct(v.participants_f1)}      ${pct(v.participant_country)}    ${pct(v.date)}  ${pct(v.kind)}  ${pct(v.location)}     ${pct(v.published)}      ${c ? pct(c.clustering_f1) : '   - '}`);
  }
  // the mean of every batch row, each field (a one-line summary of the table)
  const mean = (f: string) => { const xs = batches.map(([, v]) => v[f]).filter((x): x is number => x != null); return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null; };
  const meanC = (() => { const xs = clusters.map(([, v]) => v.clustering_f1).filter((x): x is number => x != null); return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null; })();
  console.log(`${'probes, mean of rows'.padEnd(24)} ${String(docs).padStart(4)}  ${pct(mean('events_f1'))}      ${pct(mean('participants_f1'))}      ${pct(mean('participant_country'))}    ${pct(mean('date'))}  ${pct(mean('kind'))}  ${pct(mean('location'))}     ${pct(mean('published'))}      ${pct(meanC)}`);
}
writeFileSync(join(out, 'results.json'), JSON.stringify(results, null, 2));
console.log(`\n(results and extraction output in ${out})`);

if (args.has('--check')) {
  if (!existsSync(floorsPath)) { console.error(`eval --check: ${floorsPath} missing`); process.exit(1); }
  const floors = JSON.parse(readFileSync(floorsPath, 'utf8')) as Record<string, Record<string, number>>;
  const failures: string[] = [];
  for (const [set, figs] of Object.entries(floors)) {
    if (set.startsWith('_')) continue;
    // a part this run did not score (--only) is not checked
    if ((only === 'shared' && set.startsWith('probes/')) || (only === 'probes' && !set.startsWith('probes/'))) continue;
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
