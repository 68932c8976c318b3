/**
 * Adversarial inputs for the fuzz suite (test/fuzz.test.ts) and the scaling benchmark
 * (`npm run bench -- --only 6`): each generator makes a text of about `bytes` characters that once
 * drove one stage of extraction into time that grows with the square of the input, or into a crash.
 * Deterministic: the same size gives the same text.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface Adversarial {
  /** short name, used in test titles and the benchmark table */
  name: string;
  format: 'text' | 'html';
  make(bytes: number): string;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The texts of our own fixture corpus (test/fixtures/<case>/input.*), read once. */
export function fixtureTexts(): { name: string; format: 'text' | 'html'; text: string }[] {
  const out: { name: string; format: 'text' | 'html'; text: string }[] = [];
  for (const d of readdirSync(FIXTURES).sort()) {
    const dir = join(FIXTURES, d);
    if (!statSync(dir).isDirectory()) continue;
    for (const n of readdirSync(dir)) {
      if (!/^input\./.test(n)) continue;
      out.push({ name: d, format: /\.html?$/.test(n) ? 'html' : 'text', text: readFileSync(join(dir, n), 'utf8') });
    }
  }
  return out;
}

/** `unit(i)` repeated until the text reaches `bytes` characters. */
function repeat(bytes: number, unit: (i: number) => string, sep = ''): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) { const u = unit(i) + sep; parts.push(u); n += u.length; }
  return parts.join('').slice(0, bytes);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WORDS = ['Alpha', 'Borneo', 'Carthage', 'Delphi', 'Esmeralda', 'Fontaine', 'Gdansk', 'Hartley', 'Ingram', 'Jovanovic', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov'];
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export const ADVERSARIAL: Adversarial[] = [
  {
    name: 'realistic',
    format: 'text',
    make: (bytes) => { const t = fixtureTexts().filter((f) => f.format === 'text').map((f) => f.text); return repeat(bytes, (i) => t[i % t.length], '\n\n'); },
  },
  {
    name: 'many-dates',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => `On ${MONTHS[i % 12]} ${1 + (i % 28)}, ${2000 + (i % 25)} and ${1 + ((i * 7) % 28)} ${MONTHS[(i * 5) % 12]} ${2001 + (i % 20)}, `),
  },
  { name: 'open-quotes', format: 'text', make: (bytes) => repeat(bytes, () => 'He said "we will ') },
  {
    name: 'capitalised-words',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => `${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]}`, ' '),
  },
  {
    name: 'meeting-no-punctuation',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => `Foreign Minister Wang Yi met Secretary of State Antony Blinken in ${i % 2 ? 'Hanoi' : 'Jakarta'} on Monday and discussed trade `),
  },
  {
    name: 'glued-words',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => (i % 2 ? 'withChineseForeignMinisterWangYi' : 'metVietnameseCounterpartBuiThanhSon')),
  },
  {
    name: 'nested-divs',
    format: 'html',
    // 11 bytes a level, as in the report (2,000 levels in 22 KB): "<div>" and "</div>", one sentence inside
    make: (bytes) => { const depth = Math.max(1, Math.floor((bytes - 80) / 11)); return `<html><body>${'<div>'.repeat(depth)}Foreign Minister Wang Yi met Antony Blinken.${'</div>'.repeat(depth)}</body></html>`; },
  },
  {
    // one sentence each, with an event and a date: the document-wide loops of the date, event and
    // coreference refiners see every date and every mention
    name: 'dated-meetings',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => `Foreign Minister ${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} met Secretary of State Antony Blinken in Hanoi on ${MONTHS[i % 12]} ${1 + (i % 28)}.`, ' '),
  },
  {
    // person mentions in short sentences: coreference compares mentions across the whole document
    name: 'person-mentions',
    format: 'text',
    make: (bytes) => repeat(bytes, (i) => `Minister ${WORDS[i % WORDS.length]} ${WORDS[(i * 7 + 3) % WORDS.length]} said. Mr. ${WORDS[i % WORDS.length]} agreed with his counterpart.`, ' '),
  },
  { name: 'initials', format: 'text', make: (bytes) => repeat(bytes, (i) => `${LETTERS[i % 26]}. `) },
];

export const adversarial = (name: string): Adversarial => {
  const g = ADVERSARIAL.find((a) => a.name === name);
  if (!g) throw new Error(`no adversarial generator ${name}`);
  return g;
};
