/**
 * The fixture corpus: each folder of test/fixtures/ holds a short synthetic article (input.txt or input.html), the full
 * readout/1 document `extract()` should make of it (expected.json) and, optionally, extract options (options.json).
 *
 *   npx vitest run test/fixtures.test.ts              compare every case
 *   FIXTURE=<case> npx vitest run test/fixtures.test.ts   one case
 *   UPDATE=1 npx vitest run test/fixtures.test.ts     rewrite expected.json from the extractor (not for KNOWN_FAILURES)
 *
 * After UPDATE=1, read each expected.json: where the extractor is wrong, correct the file by hand and list the case in
 * KNOWN_FAILURES with what goes wrong, so that UPDATE=1 leaves it alone and the case runs as an expected failure.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/extract.js';
import type { ExtractOptions } from '../src/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), 'fixtures');
const UPDATE = !!process.env.UPDATE;
const ONLY = process.env.FIXTURE || null;

/** Cases whose expected.json is corrected by hand: the extractor's output differs from it (reason after each). */
export const KNOWN_FAILURES: Record<string, string> = {
  'asean-mix': 'separate meetings reported in one sentence share the statements and topics of the sentences that follow, up to the next encounter',
};

interface Case { name: string; dir: string; input: string; options: ExtractOptions }

function loadCases(): Case[] {
  const names = readdirSync(ROOT).filter((d) => statSync(join(ROOT, d)).isDirectory()).sort();
  return names.map((name) => {
    const dir = join(ROOT, name);
    const html = existsSync(join(dir, 'input.html'));
    const input = readFileSync(join(dir, html ? 'input.html' : 'input.txt'), 'utf8');
    const extra = existsSync(join(dir, 'options.json')) ? (JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) as ExtractOptions) : {};
    return { name, dir, input, options: { id: name, ...(html ? { format: 'html' as const } : {}), ...extra } };
  });
}

const all = loadCases();
const cases = ONLY ? all.filter((c) => c.name === ONLY) : all;

/** The document as JSON would hold it (no undefined fields). */
const run = (c: Case) => JSON.parse(JSON.stringify(extract(c.input, c.options)));

describe('fixtures', () => {
  it('has cases, each with an input and an expected document', () => {
    expect(cases.length, ONLY ? `no fixture named ${ONLY}` : 'no fixtures').toBeGreaterThan(0);
    if (!UPDATE) for (const c of cases) expect(existsSync(join(c.dir, 'expected.json')), `${c.name}/expected.json is missing (run with UPDATE=1)`).toBe(true);
  });

  it('lists only existing cases as known failures', () => {
    for (const name of Object.keys(KNOWN_FAILURES)) expect(all.map((c) => c.name)).toContain(name);
  });

  for (const c of cases) {
    const known = c.name in KNOWN_FAILURES;
    const expectedPath = join(c.dir, 'expected.json');
    if (UPDATE && !known) {
      it(`${c.name} (expected.json rewritten)`, () => {
        writeFileSync(expectedPath, `${JSON.stringify(run(c), null, 2)}\n`);
      });
      continue;
    }
    (known ? it.fails : it)(known ? `${c.name} (known failure: ${KNOWN_FAILURES[c.name]})` : c.name, () => {
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));
      expect(run(c)).toEqual(expected);
    });
  }
});
