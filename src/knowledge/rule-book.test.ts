/**
 * Every rule of every language pack (data/lang/<lang>/*.json with a "rules" array) has an id, a
 * note and at least one example of our own, and fires on each example: its pattern matches, or
 * one of its words occurs as a whole word; it never fires on its counterexamples. Recognisers have
 * their own tests that run each example through the recogniser itself.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from '../data-files.js';
import { RuleBook, sharedFragments, type RuleFile, type RuleSpec } from './rule-book.js';

const root = join(dataDir(), 'lang');
const books: RuleBook[] = [];
for (const lang of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory())) {
  for (const f of readdirSync(join(root, lang)).filter((x) => x.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as RuleFile;
    if (Array.isArray(data.rules)) books.push(new RuleBook(`lang/${lang}/${f}`, data, sharedFragments()));
  }
}
const rows: [string, RuleBook, RuleSpec][] = books.flatMap((b) => b.rules.map((r): [string, RuleBook, RuleSpec] => [r.id, b, r]));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
function fires(book: RuleBook, r: RuleSpec, text: string): boolean {
  if (typeof r.pattern === 'string') {
    // trigger rules that look at capital letters are compiled case-sensitively (see knowledge/lexicon.ts)
    const re = r.case ? book.pattern(r.id, 'u') : book.pattern(r.id);
    re.lastIndex = 0;
    return re.test(text);
  }
  if (Array.isArray(r.words)) {
    // words of a script without spaces (Chinese) stand inside words of their own: a plain search
    // ("re:..." items are expressions, as the lexicon compiles them)
    return r.words.some((w) => w.startsWith('re:') ? new RegExp(w.slice(3), 'iu').test(text) : /^[\p{L}\p{N}]/u.test(w) && !/\p{Script=Han}/u.test(w)
      ? new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(w)}(?![\\p{L}\\p{N}])`, 'iu').test(text)
      : text.toLowerCase().includes(w.toLowerCase()));
  }
  if (r.map) return Object.keys(r.map).some((k) => text.toLowerCase().includes(k.toLowerCase()));
  return true;
}

describe('rule books', () => {
  it('found the language packs', () => {
    expect(books.length).toBeGreaterThan(0);
    const ids = rows.map(([id, b]) => `${b.file.split('/')[1]}:${id}`);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it.each(rows)('%s', (_id, book, r) => {
    expect(r.note, 'note').toBeTypeOf('string');
    expect(r.note.length, 'note').toBeGreaterThan(10);
    expect(Array.isArray(r.examples) && r.examples.length > 0, 'examples').toBe(true);
    for (const ex of r.examples) expect(fires(book, r, ex), `fires on: ${ex}`).toBe(true);
    for (const ex of r.counterexamples ?? []) expect(fires(book, r, ex), `does not fire on: ${ex}`).toBe(false);
    // a rule's quick test (`needs`, `keys`: tried only on sentences that pass it) lets every example through
    for (const ex of r.examples) {
      if (r.needs === 'digit') expect(/\d/.test(ex), `needs a digit: ${ex}`).toBe(true);
      if (Array.isArray(r.keys)) expect((r.keys as string[]).some((k) => ex.toLowerCase().includes(k)), `holds one of the keys ${r.keys.join(', ')}: ${ex}`).toBe(true);
    }
  });
});

describe('letter case in rules', () => {
  // Under the i flag \p{Lu} matches "a" as well: a rule that means "a capital here" must be
  // compiled without it ("flags": "u", or "case": true for a trigger), or say \p{L}.
  const cased = /\\p\{(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Uppercase|Lowercase)\}/;
  const caseless = rows.filter(([, book, r]) => typeof r.pattern === 'string' && !r.case && (r.flags ?? 'iu').includes('i'));
  it('finds rules compiled with the i flag', () => {
    expect(caseless.length).toBeGreaterThan(100);
  });
  it.each(caseless)('%s asks for no letter case under the i flag', (_id, book, r) => {
    expect(book.source(r.id)).not.toMatch(cased);
  });
});

describe('RuleBook.fieldPattern', () => {
  const book = new RuleBook('test/field.json', { rules: [{ id: 'x/speech', note: 'a rule with a field', examples: ['said'], pattern: 'said', party: ['we', 'both sides', '双方'], none: [] }] } as unknown as RuleFile);
  it('matches a word of the field as a whole word, longest first, in any case', () => {
    expect(book.fieldPattern('x/speech', 'party').test('Both Sides agreed')).toBe(true);
    expect(book.fieldPattern('x/speech', 'party').test('western ties')).toBe(false);
    expect(book.fieldPattern('x/speech', 'party')).toBe(book.fieldPattern('x/speech', 'party'));
  });
  it('matches anywhere for a script without spaces, and never for an empty field', () => {
    expect(book.fieldPattern('x/speech', 'party', false).test('会谈时双方表示')).toBe(true);
    expect(book.fieldPattern('x/speech', 'none').test('we both sides')).toBe(false);
  });
});

describe('RuleBook.optionalWords', () => {
  const book = new RuleBook('test/optional.json', { rules: [{ id: 'x/list', note: 'a list', examples: ['Alpha'], words: ['Alpha', 'beta'] }] } as unknown as RuleFile);
  it('gives the list, lowercased, when the book has the rule', () => {
    expect([...book.optionalWords('x/list')]).toEqual(['alpha', 'beta']);
    expect(book.optionalWords('x/list')).toBe(book.words('x/list'));
  });
  it('gives an empty set, the same each time, when it has not', () => {
    expect(book.optionalWords('x/absent').size).toBe(0);
    expect(book.optionalWords('x/absent')).toBe(book.optionalWords('x/absent'));
    expect(() => book.words('x/absent')).toThrow(/no rule x\/absent/);
  });
});
