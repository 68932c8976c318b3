/**
 * The fuzz suite (issue 12): extraction of mangled texts and adversarial inputs throws nothing,
 * returns a well-formed readout/1 document, and takes at most 1 s of CPU an input.
 *
 *   npm test          a bounded number of cases, from a fixed seed (FUZZ_RUNS, default 60 a property)
 *   npm run fuzz      many more, from a random seed (printed on failure, replay with FUZZ_SEED=...)
 *
 * Inputs: our own fixture texts (test/fixtures/*) under random mutations, and the adversarial
 * generators of test/adversarial/generators.ts at random sizes up to 20 KB; then each generator at
 * 100 KB (under 1 s) and at 1 MB (time in proportion; 2 MB with `npm run fuzz`). Generators still
 * slow or super-linear somewhere in extraction are listed in STILL_SLOW with the figure measured,
 * until phase 2 makes those stages linear.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import fc from 'fast-check';
import { extract } from '../src/extract.js';
import type { ReadoutDocument } from '../src/types.js';
import { ADVERSARIAL, fixtureTexts } from './adversarial/generators.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 60);
const SEED = process.env.FUZZ_SEED != null ? Number(process.env.FUZZ_SEED) : process.env.FUZZ_RANDOM ? undefined : 12;
const LIMIT_MS = Number(process.env.FUZZ_LIMIT_MS ?? 1000);
const params = { numRuns: RUNS, ...(SEED != null ? { seed: SEED } : {}), endOnFailure: true };

const fixtures = fixtureTexts();

/**
 * Milliseconds of CPU this process spent in `f` (user and system). The time an input takes is counted in CPU, not by
 * the clock on the wall: on a shared machine a busy neighbour stretches the wall-clock time of the same work (tests run
 * in processes of their own, `pool: 'forks'`, so no other test's work is counted).
 */
function cpuMs(f: () => void): number {
  const c0 = process.cpuUsage();
  f();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

/**
 * Runs extract, checks the document is well formed and took at most LIMIT_MS of CPU; returns it. A run over the bound is
 * run again, up to RETRIES times, and the least time counts: CPU time is inflated while the suite's other files run on
 * the same two cores (a document of 0.55 s on a quiet machine measured 1.06 s in a fresh clone's `npm test`, and 1.2 s
 * twice at a load of 7.6 on two cores), and an input that is really slow is slow every time.
 */
const RETRIES = 3;
function checkedExtract(text: string, format: 'text' | 'html'): ReadoutDocument {
  let d!: ReadoutDocument;
  let ms = cpuMs(() => { d = extract(text, { format, budgetMs: Infinity }); });
  for (let retry = 0; retry < RETRIES && ms >= LIMIT_MS; retry++) ms = Math.min(ms, cpuMs(() => { d = extract(text, { format, budgetMs: Infinity }); }));
  expect(ms, `took ${ms.toFixed(0)} ms of CPU for ${text.length} characters`).toBeLessThan(LIMIT_MS);
  expect(d.format).toBe('readout/1');
  const textLength = (d.document.text ?? text).length;
  for (const e of d.events) {
    for (const ev of e.evidence) {
      expect(ev.start).toBeGreaterThanOrEqual(0);
      expect(ev.end).toBeLessThanOrEqual(textLength);
      expect(ev.start).toBeLessThanOrEqual(ev.end);
    }
  }
  for (const w of d.warnings ?? []) expect(w.rule).toMatch(/^[a-z]+\/[a-z-]+$/);
  expect(() => JSON.stringify(d)).not.toThrow();
  return d;
}

// mutations of a text: each takes the text and returns a changed one
const ODD = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\ud800', '\udfff', '\ufeff', '\u200b', '\u202e', '\r', '\t', '\u00a0', '"', '“', '(', ')', '.', '—', '<div>', '</p>', '&amp;', '😀', '王毅', 'Ş', 'ﬁ'];
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom(...ODD), fc.string({ unit: 'grapheme', maxLength: 10 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.nat({ max: 200 }) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 80 }), times: fc.integer({ min: 2, max: 30 }) }),
  fc.record({ kind: fc.constant('case' as const), upper: fc.boolean() }),
  fc.record({ kind: fc.constant('strip' as const), what: fc.constantFrom(' ', '\n', '.', ',') }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(text: string, m: Mutation): string {
  const at = 'at' in m ? m.at % (text.length + 1) : 0;
  switch (m.kind) {
    case 'insert': return text.slice(0, at) + m.s + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + m.n);
    case 'repeat': return text.slice(0, at) + text.slice(at, at + m.n).repeat(m.times) + text.slice(at + m.n);
    case 'case': return m.upper ? text.toUpperCase() : text.toLowerCase();
    case 'strip': return text.split(m.what).join('');
    case 'truncate': return text.slice(0, at);
  }
}

beforeAll(() => { extract('Foreign Minister Wang Yi met Antony Blinken in Hanoi.', {}); }, 30_000);

describe('fuzz: mutated fixture texts', () => {
  it('extract throws nothing, is well formed and under 1 s', () => {
    fc.assert(fc.property(fc.nat({ max: fixtures.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 6 }), (i, ms) => {
      const f = fixtures[i];
      checkedExtract(ms.reduce(apply, f.text), f.format);
    }), params);
  });

  it('a fixture text in pieces, glued together in another order, too', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat({ max: fixtures.length - 1 }), fc.nat(), fc.nat({ max: 400 })), { minLength: 1, maxLength: 12 }), (parts) => {
      checkedExtract(parts.map(([i, at, n]) => { const t = fixtures[i].text; const a = at % (t.length + 1); return t.slice(a, a + n); }).join(''), 'text');
    }), params);
  });

  it('arbitrary strings (any UTF-16, lone surrogates included)', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 500 })), (s) => {
      checkedExtract(s, 'text');
    }), params);
  });
});

/**
 * Generators still slow or super-linear somewhere in extraction, with what was measured on this
 * machine (2 cores, shared) before phase 2. `at100k`: over 1 s at 100 KB, an expected failure there.
 * `atSize`: over the bar at the size case's size, skipped there with the figure (time on a shared
 * machine varies run to run; a case that only sometimes crosses the bar is skipped, not it.fails).
 * Empty lists mean every generator passes; a fix should take its entry off.
 */
export const STILL_SLOW: Record<string, { measured: string; at100k?: boolean; atSize?: number[]; fuzzUpTo?: number }> = {
  'many-dates': {
    measured: '2 MB / 100 KB 119 (462 ms, 11.2 s, 54.8 s in fresh processes) since the pipeline restructure on main: recognizeDates (src/recognizers/date-recognizer.ts, the overlap check over every date taken) called by numericOrder (src/recognizers/dateline-recognizer.ts) on whole lines, which the sentence cap does not bound',
    atSize: [1_000_000, 2_000_000],
  },
  'person-mentions': {
    measured: 'super-linear in coreference (resolveEntities, src/refiners/coreference-refiner.ts): ×3.2-3.4 from 1 MB to 2 MB, 2 MB / 100 KB 14-42 in fresh processes',
    atSize: [2_000_000],
  },
};

describe('fuzz: adversarial generators at random sizes up to 20 KB', () => {
  for (const g of ADVERSARIAL) {
    it(`${g.name}`, () => {
      fc.assert(fc.property(fc.integer({ min: 1, max: STILL_SLOW[g.name]?.fuzzUpTo ?? 20_000 }), fc.array(mutation, { maxLength: 2 }), (size, ms) => {
        checkedExtract(ms.reduce(apply, g.make(size)), g.format);
      }), { ...params, numRuns: Math.max(3, Math.ceil(RUNS / 10)) });
    });
  }
});

describe('adversarial generators at 100 KB: under 1 s each', () => {
  for (const g of ADVERSARIAL) {
    const text = () => g.make(100_000);
    if (STILL_SLOW[g.name]?.at100k) it.fails(`${g.name} (still slow: ${STILL_SLOW[g.name].measured})`, () => { checkedExtract(text(), g.format); });
    else it(g.name, () => { checkedExtract(text(), g.format); });
  }
});

/**
 * Time that grows with the size, no faster: each generator at SIZE against SIZE / 10 (best of two,
 * at least 25 ms, as shorter times are mostly noise), under 30× (linear is 10; a quadratic stage
 * gives about 100). Warm in one process, the smaller text's time is flattered by caches, hence a
 * wider margin than the benchmark's. `npm test`: 1 MB; `npm run fuzz`: 2 MB (FUZZ_SIZE).
 * The bar of issue 12 itself, 2 MB / 100 KB < 30 in fresh processes, is `npm run bench -- --only 6`.
 */
const SIZE = Number(process.env.FUZZ_SIZE ?? 1_000_000);
const BAR = 30;
const timed = (text: string, format: 'text' | 'html') => cpuMs(() => { extract(text, { format, budgetMs: Infinity }); });

describe(`adversarial generators at ${SIZE / 1e6} MB: time under ${BAR}× that of ${SIZE / 1e4} KB`, () => {
  for (const g of ADVERSARIAL) {
    const slow = STILL_SLOW[g.name]?.atSize?.includes(SIZE);
    (slow ? it.skip : it)(`${g.name}${slow ? ` (skipped: ${STILL_SLOW[g.name].measured})` : ''}`, () => {
      const small = g.make(SIZE / 10);
      const base = Math.max(25, Math.min(timed(small, g.format), timed(small, g.format)));
      const big = g.make(SIZE);
      // a second try only when the first is over the bar: one burst of a neighbour on a shared machine is no growth
      let ms = timed(big, g.format);
      if (ms / base >= BAR) ms = Math.min(ms, timed(big, g.format));
      expect(ms / base, `${ms.toFixed(0)} ms at ${SIZE / 1e6} MB, ${base.toFixed(0)} ms at ${SIZE / 1e4} KB`).toBeLessThan(BAR);
    }, 120_000);
  }
});
