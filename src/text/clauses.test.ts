import { describe, it, expect } from 'vitest';
import { tokenize } from './tokenizer.js';
import { relativeClauseBefore, relativeClauses } from './clauses.js';

const PRONOUNS = new Set(['who', 'which']);
const words = (s: string, span: [number, number] | null) => {
  if (!span) return null;
  const t = tokenize(s);
  return t.slice(span[0], span[1] + 1).map((x) => x.text).join(' ');
};
const at = (s: string, word: string) => tokenize(s).findIndex((t) => t.text === word);

describe('relative clauses set off by commas', () => {
  it.each([
    ['Minister Aro Lind, who had earlier been received by the Prime Minister, met Speaker Ona Vale.', 'met', ', who had earlier been received by the Prime Minister ,'],
    ['The envoy, who arrived on Sunday, later met the President.', 'met', ', who arrived on Sunday ,'],
  ])('%s', (s, verb, clause) => {
    expect(words(s, relativeClauseBefore(tokenize(s), at(s, verb), PRONOUNS))).toBe(clause);
  });

  it.each([
    ['Minister Aro Lind met Speaker Ona Vale, who thanked him.', 'thanked'],
    ['In Quito, the ministers met on Monday.', 'met'],
  ])('none before the verb: %s', (s, verb) => {
    expect(relativeClauseBefore(tokenize(s), at(s, verb), PRONOUNS)).toBeNull();
  });

  it('finds every clause of a sentence, each at most the bounded length', () => {
    const s = 'The minister, who flew in on Monday, met the envoy, who had come from Lima, and the ambassador.';
    const spans = relativeClauses(tokenize(s), PRONOUNS);
    expect(spans.map((sp) => words(s, sp))).toEqual([', who flew in on Monday ,', ', who had come from Lima ,']);
    const long = `The minister, who ${'spoke at length '.repeat(20)}, met the envoy.`;
    expect(relativeClauses(tokenize(long), PRONOUNS)).toEqual([]);
  });

  it('finds a clause that ends the sentence, up to its last token', () => {
    const s = 'Minister Aro Lind met the envoy, who had arrived in Vaduz on Monday.';
    expect(relativeClauses(tokenize(s), PRONOUNS).map((sp) => words(s, sp))).toEqual([', who had arrived in Vaduz on Monday .']);
    const open = 'Minister Aro Lind met the envoy, who had arrived in Vaduz on Monday';
    expect(relativeClauses(tokenize(open), PRONOUNS).map((sp) => words(open, sp))).toEqual([', who had arrived in Vaduz on Monday']);
  });

  it('no pronouns, no clauses', () => {
    expect(relativeClauses(tokenize('The envoy, who arrived, met him.'), new Set())).toEqual([]);
  });
});
