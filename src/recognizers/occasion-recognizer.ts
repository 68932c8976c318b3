/**
 * The larger gathering an encounter happened at or beside: "on the sidelines of the 10th
 * Lancang-Mekong Cooperation Foreign Ministers' Meeting", "on the occasion of Minh's participation
 * in the fifth ... Meeting", "while attending the ... Summit", "on the margins of the SCO Summit".
 */
import type { OccasionMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';

const ORDINAL = '(?:\\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)';
const HEAD = "(?:Meeting|Meetings|Summit|Summits|Forum|Conference|Dialogue|Session|Retreat|Consultation|Consultations|Congress|Assembly|Week|Expo|Fair|Games|Ministerial|FMM|AMM|ARF|EAS|Council|meetings|meeting|summit|session|conference)";
/** A gathering's name: optional ordinal, capitalised words (with hyphens, apostrophes, "and", "of", "on"), ending with a head word. */
const NAME = `(?:${ORDINAL}\\s+)?(?:(?:[\\p{Lu}\\d][\\p{L}\\d'’.-]*|and|of|on|for|the|\\(\\p{Lu}+\\))\\s+){0,12}?${HEAD}\\b(?:\\s+(?:on|of)\\s+(?:[\\p{Lu}][\\p{L}\\d'’-]*\\s*){1,4}(?:\\([^)]{1,20}\\))?)?`;

/** `keys`: lowercase strings of which the sentence must contain one for the rule to be tried (a speed-up) */
const RULES: { id: string; re: RegExp; keys?: string[] }[] = [
  { id: 'occasion/sidelines', keys: ['sideline', 'margin'], re: new RegExp(`\\bon\\s+the\\s+(?:sidelines?|margins?)\\s+of\\s+(?:the\\s+)?(${NAME}|[^,.;]{3,90}?)(?=\\s+(?:in|at|held|being|which|that)\\b|[,.;]|$)`, 'giu') },
  { id: 'occasion/participation', keys: ['participat', 'attend', 'taking'], re: new RegExp(`\\b(?:participation|attendance|participating|attending|attend|taking\\s+part)\\s+(?:in|at)?\\s*(?:the\\s+)?(${NAME})`, 'giu') },
  { id: 'occasion/while-attending', keys: ['while', 'when'], re: new RegExp(`\\b(?:while|when)\\s+(?:attending|in\\s+\\p{Lu}\\p{L}+\\s+(?:for|to\\s+attend))\\s+(?:the\\s+)?(${NAME})`, 'giu') },
  { id: 'occasion/on-the-occasion', keys: ['occasion'], re: new RegExp(`\\bon\\s+the\\s+occasion\\s+of\\s+(?:the\\s+)?(${NAME})`, 'giu') },
  { id: 'occasion/at-the', re: new RegExp(`\\b(?:at|during)\\s+the\\s+(${ORDINAL}\\s+(?:[\\p{Lu}][\\p{L}\\d'’.-]*\\s+|and\\s+|of\\s+){1,10}?${HEAD}\\b)`, 'gu') },
];

/** A gathering's name ends with its kind ("... Meeting", "... Summit"). */
export const NAMES_A_GATHERING = new RegExp(`\\b${HEAD}\\b(?:\\s+(?:on|of)\\s+.*)?$`, 'u');

/** Words one of which every occasion phrase contains. */
const OCCASION_KEYS = /sideline|margin|participat|attend|occasion|taking part|\b(?:at|during) the\b/i;

export function recognizeOccasions(text: string, offset: number, tokens: Token[]): OccasionMention[] {
  const out: OccasionMention[] = [];
  if (!OCCASION_KEYS.test(text)) return out;
  const low = text.toLowerCase();
  for (const rule of RULES) {
    if (rule.keys && !rule.keys.some((k) => low.includes(k))) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const name = cleanOccasion(m[1]);
      if (!name || name.split(/\s+/).length < 2) continue;
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
function cleanOccasion(s: string): string {
  let t = s.trim().replace(/\s+/g, ' ');
  // "Minh's participation in the fifth ... Meeting": the gathering, not the participation
  const inner = /\b(?:participation|attendance|presence)\s+(?:in|at)\s+(?:the\s+)?(.+)$/i.exec(t);
  if (inner) t = inner[1];
  // "X Meeting and Special Y Meeting": keep the first
  const and = /^(.*?\b(?:Meeting|Summit|Forum|Conference|Dialogue|Session|Retreat))\s+and\s+\p{Lu}/u.exec(t);
  if (and) t = and[1];
  return t.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,]+$/, '');
}
