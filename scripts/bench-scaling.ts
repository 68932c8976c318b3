/**
 * The scaling benchmark (section 6 of `npm run bench`, or on its own:
 * `node --import tsx scripts/bench-scaling.ts [--sizes 100000,1000000,2000000] [--cap 120]
 * [--only NAME,NAME] [--profile] [--profile-size 300000]`).
 *
 * Extraction time for each adversarial generator (test/adversarial/generators.ts) at 100 KB, 1 MB
 * and 2 MB, each run in a fresh process with no time budget and killed after --cap seconds, and the
 * ratio 2 MB / 100 KB (linear is 20; the bar is < 30), and the growth of the last step (1 MB to
 * 2 MB: linear is ×2; over ×2.4 is marked super-linear). With --profile, each generator over the bar
 * or super-linear is run once more under `node --cpu-prof` and the functions that take the most
 * time inside `extract` are listed (self time, and total time with callees).
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADVERSARIAL } from '../test/adversarial/generators.js';

const root = resolve(import.meta.dirname, '..');
const RUN = join(root, 'scripts', 'bench-scaling-run.ts');

/** `over`: the ratio is 30 or more; `superLinear`: over, or the last doubling of size more than 2.4 times the time */
export interface ScalingRow { name: string; ms: (number | null)[]; ratio: number | null; over: boolean; superLinear: boolean }

/** One measurement in a child process: ms, or null when it ran past `capS` seconds (or failed). */
function measure(name: string, bytes: number, capS: number, extraArgs: string[] = []): Promise<{ ms: number | null; note?: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [...extraArgs, '--stack-size=984', '--import', 'tsx', RUN, name, String(bytes)], { cwd: root, timeout: capS * 1000, killSignal: 'SIGKILL', maxBuffer: 1 << 20 }, (err, stdout) => {
      if (err) { res({ ms: null, note: (err as any).killed ? `>${capS} s` : `failed: ${String(err.message).split('\n')[0]}` }); return; }
      try { res({ ms: JSON.parse(stdout.trim().split('\n').pop()!).ms }); } catch { res({ ms: null, note: 'no result' }); }
    });
  });
}

export async function scalingBench(opts: { sizes?: number[]; capS?: number; only?: string[]; say?: (s: string) => void } = {}): Promise<ScalingRow[]> {
  const sizes = opts.sizes ?? [100_000, 1_000_000, 2_000_000];
  const capS = opts.capS ?? 120;
  const say = opts.say ?? console.log;
  const rows: ScalingRow[] = [];
  const fmt = (ms: number | null, note?: string) => (ms == null ? note ?? '-' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
  say(`| generator | ${sizes.map((s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`)).join(' | ')} | ratio ${sizes.at(-1)! / 1e6} MB / ${sizes[0] / 1e3} KB | < 30 | last step |`);
  say(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: | --- | ---: |`);
  for (const g of ADVERSARIAL) {
    if (opts.only && !opts.only.includes(g.name)) continue;
    const ms: (number | null)[] = [];
    const cells: string[] = [];
    let stop = false;
    for (const size of sizes) {
      if (stop) { ms.push(null); cells.push(`>${capS} s`); continue; }
      const r = await measure(g.name, size, capS);
      ms.push(r.ms);
      cells.push(fmt(r.ms, r.note));
      if (r.ms == null) stop = true; // a larger text takes longer still
    }
    const first = ms[0], last = ms.at(-1);
    // past the cap, the ratio is at least cap / first
    const ratio = first && last ? last / first : first && last == null ? (capS * 1000) / first : null;
    const over = ratio == null || ratio >= 30;
    // the time of the last step of size (1 MB to 2 MB) against the size's own growth
    const prev = ms.at(-2);
    const step = prev && last ? last / prev : null;
    const growth = sizes.at(-1)! / sizes.at(-2)!;
    const superLinear = over || (step != null && step > growth * 1.2);
    rows.push({ name: g.name, ms, ratio, over, superLinear });
    say(`| ${g.name} | ${cells.join(' | ')} | ${ratio == null ? '-' : `${last == null ? '>' : ''}${ratio.toFixed(1)}`} | ${over ? 'no' : 'yes'} | ${step == null ? '-' : `×${step.toFixed(1)}${superLinear && !over ? ' (super-linear)' : ''}`} |`);
  }
  return rows;
}

const sources = new Map<string, string[]>();
/** The line where `name` is defined in a source file of ours, or null. */
function definitionLine(file: string, name: string): number | null {
  if (!/^(src|scripts|test)\//.test(file) || !/^[\w$]+$/.test(name)) return null;
  let lines = sources.get(file);
  if (!lines) { try { lines = readFileSync(join(root, file), 'utf8').split('\n'); } catch { lines = []; } sources.set(file, lines); }
  const re = new RegExp(`\\bfunction\\*?\\s+${name}\\b|\\b(?:const|let)\\s+${name}\\s*=|^\\s*(?:private\\s+|static\\s+|async\\s+)*${name}\\s*\\(`);
  const i = lines.findIndex((l) => re.test(l));
  return i >= 0 ? i + 1 : null;
}

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }

/** Self and total time per function of a .cpuprofile, our own source files first. */
export function summariseProfile(path: string, top = 8): { self: [string, number][]; total: [string, number][]; ms: number } {
  const p = JSON.parse(readFileSync(path, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const f = n.callFrame;
    const file = f.url.startsWith('file://') ? relative(root, fileURLToPath(f.url)) : f.url || '(native)';
    const name = f.functionName || '(anonymous)';
    // code run through tsx reports line 1: find the definition in the source instead
    const line = f.lineNumber > 0 ? f.lineNumber + 1 : definitionLine(file, name);
    return `${name} ${file}${line ? `:${line}` : ''}`;
  };
  // only what extraction itself did: samples under src/extract.ts's extract (not start-up, not module loading)
  const inExtract = (id: number) => {
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id)!)) if (n.callFrame.functionName === 'extract' && n.callFrame.url.endsWith('/src/extract.ts')) return true;
    return false;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    if (!inExtract(p.samples[i])) continue;
    all += dt;
    let n = byId.get(p.samples[i]);
    if (!n) continue;
    self.set(label(n), (self.get(label(n)) ?? 0) + dt);
    const seen = new Set<string>();
    for (; n; n = byId.get(parent.get(n.id)!)) {
      const l = label(n);
      if (seen.has(l) || !/^[^ ]+ (src|node_modules)\//.test(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { self: sorted(self), total: sorted(new Map([...total].filter(([l]) => !/\bsrc\/extract\.ts|\bsrc\/pipeline\.ts|bench-scaling-run/.test(l)))), ms: all };
}

export async function profileGenerators(names: string[], bytes: number, capS: number, say: (s: string) => void = console.log): Promise<void> {
  const dir = join(root, '.cache', 'profiles');
  mkdirSync(dir, { recursive: true });
  for (const name of names) {
    const sub = join(dir, name);
    rmSync(sub, { recursive: true, force: true });
    mkdirSync(sub, { recursive: true });
    const r = await measure(name, bytes, capS, ['--cpu-prof', `--cpu-prof-dir=${sub}`, '--cpu-prof-interval=500']);
    const file = readdirSync(sub).find((f) => f.endsWith('.cpuprofile'));
    if (!file) { say(`- ${name}: no profile (${r.note ?? 'the run did not finish'}; try a smaller --profile-size)`); continue; }
    const s = summariseProfile(join(sub, file));
    say(`- **${name}** at ${bytes / 1000} KB (${r.ms != null ? `${(r.ms / 1000).toFixed(1)} s extraction` : r.note}, profile in .cache/profiles/${name}/):`);
    say(`  - self time: ${s.self.slice(0, 6).map(([l, ms]) => `${l} ${(100 * ms / s.ms).toFixed(0)}%`).join('; ')}`);
    say(`  - total time (our code and packages): ${s.total.slice(0, 6).map(([l, ms]) => `${l} ${(100 * ms / s.ms).toFixed(0)}%`).join('; ')}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const val = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const sizes = val('--sizes')?.split(',').map(Number);
  const capS = Number(val('--cap') ?? 120);
  const only = val('--only')?.split(',');
  const rows = await scalingBench({ sizes, capS, only });
  if (args.includes('--profile')) {
    console.log('\nprofiles of the generators over the bar or super-linear:');
    await profileGenerators(rows.filter((r) => r.superLinear).map((r) => r.name), Number(val('--profile-size') ?? 1_000_000), capS);
  }
}
