/**
 * The probe articles of eval/probes are the team's own words: none may share a long passage with an
 * article of ../shared/corpus (other people's texts, never to be copied into the project). Diplomatic
 * prose repeats its formulas ("a member of the Political Bureau of the Communist Party of China Central
 * Committee", 18 words), so the bar is a run of 30 words, or 30 Chinese characters, read the same in
 * both. Skips with the reason when ../shared is not there.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.env.READOUT_SHARED ?? join(root, '..', 'shared'), 'corpus');
const probes = join(root, 'eval', 'probes');
const WORDS = 30;
const HAN = 30;
/** the length of the n-grams indexed: a shared run of WORDS words is WORDS - N + 1 n-grams in a row */
const N = 8;

function files(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else if (/\.(txt|html|md)$/.test(n) && n !== 'README.md') out.push(p);
  }
  return out;
}
const textOf = (p: string) => readFileSync(p, 'utf8').replace(/<[^>]+>/g, ' ');
const words = (t: string) => (t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
const hanRuns = (t: string) => t.match(/\p{Script=Han}+/gu) ?? [];

/** The longest run of consecutive n-grams of `items` found in `index`, in items (0 when none). */
function longestShared(items: string[], n: number, join: string, index: Set<string>): number {
  let run = 0, best = 0;
  for (let i = 0; i + n <= items.length; i++) {
    if (index.has(items.slice(i, i + n).join(join))) best = Math.max(best, ++run);
    else run = 0;
  }
  return best ? best + n - 1 : 0;
}

describe.skipIf(!existsSync(corpus) || !existsSync(probes))('probe articles are our own words', () => {
  if (!existsSync(corpus)) console.log(`probes-own-words skipped: ${corpus} is not here (a fresh clone has no ../shared)`);
  const wordGrams = new Set<string>();
  const hanGrams = new Set<string>();
  for (const p of existsSync(corpus) ? files(corpus) : []) {
    const t = textOf(p);
    const w = words(t);
    for (let i = 0; i + N <= w.length; i++) wordGrams.add(w.slice(i, i + N).join(' '));
    for (const run of hanRuns(t)) for (let i = 0; i + N <= run.length; i++) hanGrams.add(run.slice(i, i + N));
  }
  const probeFiles = existsSync(probes) ? files(probes) : [];

  it('finds the probe articles', () => {
    expect(probeFiles.length).toBeGreaterThan(100);
  });

  it.each(probeFiles.map((p) => [p.slice(probes.length + 1), p]))('%s shares no long passage with ../shared/corpus', (_, p) => {
    const t = textOf(p);
    expect(longestShared(words(t), N, ' ', wordGrams)).toBeLessThan(WORDS);
    for (const run of hanRuns(t)) expect(longestShared([...run], N, '', hanGrams)).toBeLessThan(HAN);
  });

  it('the check finds a copied passage', () => {
    // a passage of a shared article, its first 40 words, would fail the check
    const some = files(corpus).map((p) => words(textOf(p))).find((w) => w.length > 60)!;
    expect(longestShared(some.slice(10, 50), N, ' ', wordGrams)).toBeGreaterThanOrEqual(WORDS);
  });
});
