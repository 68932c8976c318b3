/**
 * The larger gathering an encounter happened at or beside: "on the sidelines of the 10th
 * Lancang-Mekong Cooperation Foreign Ministers' Meeting", "on the occasion of Minh's participation
 * in the fifth ... Meeting", "while attending the ... Summit", "on the margins of the SCO Summit".
 * The rules live in data/lang/<language>/occasions.json.
 */
import type { OccasionMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import type { Lexicon } from '../knowledge/lexicon.js';

/** The occasion rules of a language, compiled once. */
const compiled = new WeakMap<Lexicon, ReturnType<typeof compile>>();
function compile(lex: Lexicon) {
  const b = lex.book('occasions');
  // the rules that find an occasion's phrase (`phrase: true`); the others are read by what they name
  const rules = b.rules.filter((r) => r.phrase === true)
    .map((r) => ({ id: r.id, re: b.pattern(r.id), keys: r.keys as string[] | undefined }));
  return {
    rules,
    keys: b.pattern('occasion/keys'),
    namesAGathering: b.pattern('occasion/names-a-gathering'),
    inner: b.pattern('occasion/participation-inner'),
    second: b.pattern('occasion/second-gathering'),
    oneWord: b.optionalPattern('occasion/one-word-name'),
  };
}
const rulesOf = (lex: Lexicon) => compiled.get(lex) ?? compiled.set(lex, compile(lex)).get(lex)!;

/** Whether an occasion phrase names the gathering itself ("... Meeting", "... Summit"). */
export function namesAGathering(text: string, lex: Lexicon): boolean {
  return rulesOf(lex).namesAGathering.test(text);
}

export function recognizeOccasions(text: string, offset: number, tokens: Token[], lex: Lexicon): OccasionMention[] {
  const out: OccasionMention[] = [];
  const R = rulesOf(lex);
  if (!R.keys.test(text)) return out;
  const low = text.toLowerCase();
  for (const rule of R.rules) {
    if (rule.keys && !rule.keys.some((k) => low.includes(k))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const name = cleanOccasion(m[1], R);
      if (!name || (name.split(/\s+/).length < 2 && !R.oneWord?.test(name))) continue;
      // the span of the cleaned name ("a meeting of X" -> "meeting of X")
      const at = m.index + m[0].indexOf(m[1]) + Math.max(0, m[1].indexOf(name));
      const a = offset + at;
      const b = a + name.length;
      if (out.some((o) => a < o.charEnd && b > o.charStart)) continue;
      const tokStart = Math.max(0, tokens.findIndex((t) => t.end > a));
      let tokEnd = tokens.findIndex((t) => t.start >= b);
      if (tokEnd < 0) tokEnd = tokens.length;
      out.push({ charStart: a, charEnd: b, tokStart, tokEnd, text: name, rule: rule.id });
    }
  }
  return out;
}

/** Drops a trailing "and ..." second gathering and dangling words. */
function cleanOccasion(s: string, R: ReturnType<typeof compile>): string {
  let t = s.trim().replace(/\s+/g, ' ');
  // "Minh's participation in the fifth ... Meeting": the gathering, not the participation
  const inner = R.inner.exec(t);
  if (inner) t = inner[1];
  // "X Meeting and Special Y Meeting": keep the first
  const and = R.second.exec(t);
  if (and) t = and[1];
  return t.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,]+$/, '');
}
