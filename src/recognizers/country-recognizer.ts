/**
 * Country and organisation mentions: names ("Viet Nam", "the U.S."), adjectives ("Lao", "Chinese")
 * and possessives ("China's"). Longest match wins; all-caps short forms must be written in capitals.
 */
import type { CountryIndex } from '../knowledge/countries.js';
import type { CountryMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import { withoutPossessive } from '../text/tokenizer.js';

/** @param capitalised whether the script has capitals (a country's name starts with one); false for Chinese */
export function recognizeCountries(tokens: Token[], countries: CountryIndex, capitalised = true): CountryMention[] {
  const out: CountryMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.word || (capitalised && !t.cap)) continue;
    const hit = countries.trie.longest(tokens, i);
    if (!hit) continue;
    const [len, values] = hit;
    const last = tokens[i + len - 1];
    if (len === 1 && !countries.acceptCase(withoutPossessive(t.text))) continue;
    const v = values[0];
    out.push({ start: i, end: i + len, code: v.code, form: v.form, possessive: /['’]s$/u.test(last.text) });
    i += len - 1;
  }
  return out;
}
