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
    // a name that with the next syllable is a common word (Ủy ban Pháp chế, Học viện Mỹ thuật, ý kiến): not the country
    if (len === 1 && countries.isCompound(t.text, tokens[i + 1]?.word ? tokens[i + 1].text : undefined)) continue;
    const v = values[0];
    out.push({ start: i, end: i + len, code: v.code, form: v.form, possessive: /['’]s$/u.test(last.text) });
    i += len - 1;
  }
  return out;
}

/**
 * Tokens of a language that writes a country's name in syllables (Vietnamese: "Việt Nam", "Nhật Bản") where a hyphen
 * joins two countries' names ("Nhật Bản-Việt Nam", "Việt Nam-Lào"): the tokenizer keeps a hyphenated word whole
 * ("Bản-Việt"), which hides both names. A hyphenated word is split at its hyphens (each hyphen a token of its own)
 * when a part, with the words beside it, then reads as a country's name; a word that is one already ("Ca-na-đa") or
 * whose parts name none ("Hak-yong") stays whole.
 */
export function splitCountryJoins(tokens: Token[], countries: CountryIndex): Token[] {
  let out: Token[] | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const parts = t.word && t.cap && HYPHENATED.test(t.text) ? splitAtHyphens(t) : null;
    if (parts && parts.length >= 3) {
      const done: Token[] = out ?? tokens.slice(0, i);
      const before = done.slice(Math.max(0, done.length - 3));
      const after = tokens.slice(i + 1, i + 4);
      // the word inside a country's name already ("Ca-na-đa"): it stays
      const inside = recognizeCountries([...before, t, ...after], countries).some((c) => c.start <= before.length && before.length < c.end);
      const from = before.length, to = before.length + parts.length;
      if (!inside && recognizeCountries([...before, ...parts, ...after], countries).some((c) => c.start < to && c.end > from)) {
        done.push(...parts);
        out = done;
        continue;
      }
    }
    out?.push(t);
  }
  return out ?? tokens;
}

/** A word with an inner hyphen (ASCII or U+2010) between letters. */
const HYPHENATED = /\p{L}[-\u2010]\p{L}/u;

/** A hyphenated token as its parts with each hyphen a token between them. */
function splitAtHyphens(t: Token): Token[] {
  const out: Token[] = [];
  let a = 0;
  const mk = (s: number, e: number, word: boolean): Token => {
    const text = t.text.slice(s, e);
    return { text, lower: text.toLowerCase(), start: t.start + s, end: t.start + e, cap: word && /^\p{Lu}/u.test(text), word };
  };
  for (let k = 0; k < t.text.length; k++) {
    const c = t.text.charCodeAt(k);
    if (c === 45 || c === 0x2010) {
      if (k > a) out.push(mk(a, k, true));
      out.push(mk(k, k + 1, false));
      a = k + 1;
    }
  }
  if (a < t.text.length) out.push(mk(a, t.text.length, true));
  return out;
}
