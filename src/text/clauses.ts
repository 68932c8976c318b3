/**
 * Clauses of a tokenised sentence that the recognisers and refiners read around: relative clauses set
 * off by commas (", who had earlier been received by Y,"), whose date and recall belong to the clause,
 * not to the verb after it.
 */
import type { Token } from './tokenizer.js';

/** The most tokens a relative clause set off by commas may hold (", who had earlier been received by the President of X, Y,"). */
const MAX_RELATIVE_TOKENS = 30;

/**
 * The relative clause set off by commas that ends right before token `at` (", who had earlier been received by
 * Y," before "met Z"): [the opening comma, the closing comma], or null. `pronouns`: the language's relative
 * pronouns (events/relative-pronouns). Bounded: at most MAX_RELATIVE_TOKENS tokens back.
 */
export function relativeClauseBefore(tokens: Token[], at: number, pronouns: Set<string>): [number, number] | null {
  if (!pronouns.size) return null;
  let close = at - 1;
  // (an adverb between the clause and the verb: ", who ..., later met Z")
  if (close >= 1 && tokens[close]?.text !== ',' && tokens[close - 1]?.text === ',' && !tokens[close].cap) close--;
  if (close < 2 || tokens[close].text !== ',') return null;
  for (let k = close - 1; k >= 1 && close - k <= MAX_RELATIVE_TOKENS; k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return null;
    if (pronouns.has(tokens[k].lower) && tokens[k - 1].text === ',') return [k - 1, close];
    // (", during which they ...,": a pronoun after a preposition, listed as the two words)
    if (k >= 2 && tokens[k - 2].text === ',' && pronouns.has(`${tokens[k - 1].lower} ${tokens[k].lower}`)) return [k - 2, close];
  }
  return null;
}

/**
 * Every relative clause set off by commas (", who arrived in X on Monday,"): [the opening comma, the closing
 * comma] as token indices. One pass; a clause runs at most MAX_RELATIVE_TOKENS tokens.
 */
export function relativeClauses(tokens: Token[], pronouns: Set<string>): [number, number][] {
  const out: [number, number][] = [];
  if (!pronouns.size) return out;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].text !== ',') continue;
    // (", during which they discussed ...": a pronoun after a preposition, listed as the two words)
    const opens = pronouns.has(tokens[i + 1].lower) ? 2 : i + 2 < tokens.length && pronouns.has(`${tokens[i + 1].lower} ${tokens[i + 2].lower}`) ? 3 : 0;
    if (!opens) continue;
    for (let k = i + opens; k < tokens.length && k - i <= MAX_RELATIVE_TOKENS; k++) {
      if (tokens[k].text === ';') break;
      if (tokens[k].text === ',') { out.push([i, k]); i = k - 1; break; }
      // a clause that ends the sentence (", who arrived in X on Monday.")
      if (k === tokens.length - 1) { out.push([i, k]); i = k - 1; break; }
    }
  }
  return out;
}

/** The spans of each sentence's clauses that set an encounter in time against another, by sentence. */
const otherTimeMemo = new WeakMap<object, [number, number][]>();

/**
 * The character spans (offsets in the document's text) of a sentence's clauses that set an encounter in time against
 * another ("Days after they spoke by phone, ..."; `pattern` is events/other-time-clause, global), computed once per
 * sentence for every stage that reads them.
 */
export function otherTimeSpans(sentence: { text: string; start: number }, pattern: RegExp | null): [number, number][] {
  let spans = otherTimeMemo.get(sentence);
  if (!spans) {
    spans = pattern ? [...sentence.text.matchAll(pattern)].map((m): [number, number] => {
      // ("after they first met in Kananaskis, Canada, in June": a place's country set off by commas goes on with the clause)
      let end = m.index! + m[0].length;
      for (let k = 0, x = PLACE_APPOSITION.exec(sentence.text.slice(end)); x && k < 2; k++, x = PLACE_APPOSITION.exec(sentence.text.slice(end))) end += x[0].length;
      return [sentence.start + m.index!, sentence.start + end];
    }) : [];
    otherTimeMemo.set(sentence, spans);
  }
  return spans;
}

/** A capitalised name of one or two words between commas ("Kananaskis, Canada, in June") and the clause's words after it. */
const PLACE_APPOSITION = /^,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,(?=\s+(?:in|on|at|last|this|earlier)\b)[^,;.()]*/u;
