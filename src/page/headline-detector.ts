/**
 * The headline: among the first lines that are not page furniture, a title-like line (three to
 * thirty words, not ending like a sentence, not a dateline or a date), preferring one that names an
 * engagement ("meets", "talks", "phone"). Later copies of it (captions that repeat it) become furniture.
 */
import type { Line } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { recognizeDates } from '../recognizers/date-recognizer.js';
import { agencyNames } from '../knowledge/rule-book.js';
import { escapeRe } from '../text/patterns.js';
import { countWords } from '../text/char-class.js';

let agencyInBrackets: RegExp | null = null;
/** a sentence ended inside the line, a word of three lowercase letters or more then a full stop and a capital ("this
 *  morning. The envoys are:"): the line is a paragraph of the story, not a title ("Mr. X", "U.S. envoy" are no end) */
const INNER_SENTENCE_END = /\p{Ll}{3}[.!?]["')”]?\s+["“]?\p{Lu}/u;

/**
 * @param lex the document's language: its trigger words say which line names an engagement; a line's
 *   length is counted in words, or in characters halved where words have no spaces
 */
export function detectHeadline(lines: Line[], lex: Lexicon): Line | null {
  agencyInBrackets ??= new RegExp(`\\((?:${agencyNames().map(escapeRe).join('|')})\\)`, 'u');
  const cands: Line[] = [];
  for (const line of lines) {
    if (cands.length >= 6 || line.index > 12) break;
    if (line.noise) continue;
    const t = line.text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, '');
    const words = lex.traits.spaces ? countWords(t, 31) : Math.ceil(t.length / 2);
    if (words < 3 || words > 30) { if (words > 30) break; continue; }
    if (/[.!?。！？]["')”]?$/.test(t) || INNER_SENTENCE_END.test(t) || datish(t, lex.language) || agencyInBrackets.test(t)) continue;
    cands.push(line);
  }
  const engagement = (l: Line) => { lex.triggerKeys.lastIndex = 0; return lex.triggerKeys.test(l.text.toLowerCase()); };
  // (a line all in capitals, the outlet's masthead, "BÁO ĐIỆN TỬ ĐẢNG CỘNG SẢN VIỆT NAM", yields to a title of the story that
  // names an engagement: a trigger's word inside the masthead, "điện" of "điện tử", names none; h-zv42 probe, dangcongsan.vn)
  const masthead = (l: Line) => lex.traits.capitalisedNames && /\p{Lu}/u.test(l.text) && l.text === l.text.toUpperCase();
  const best = cands.find((l) => engagement(l) && !masthead(l)) ?? cands.find(engagement) ?? cands[0] ?? null;
  if (best) {
    const key = best.text.trim();
    for (const l of lines) if (l !== best && l.index > best.index && !l.noise && l.text.trim() === key) l.noise = 'noise/repeated-headline';
  }
  return best;
}

/**
 * A line that is a date ("2023-05-03 10:15", "May 3, 2023", "Thursday, May 3, 2023 | 10:15"), not one that opens with
 * the day of what it names ("2022年9月6日外交部发言人毛宁主持例行记者会": a title).
 */
function datish(t: string, language: string): boolean {
  const d = recognizeDates(t.slice(0, 40), 0, language)[0];
  if (!d || d.charStart > 3 || d.value.day == null) return false;
  const rest = t.slice(d.charEnd);
  // in words ("May 3, 2023 | Press Release" is still a date line), or in characters where words have no spaces
  if (/\p{Script=Han}/u.test(rest)) return rest.replace(DATE_LINE_REST, '').length < DATE_LINE_WORDS;
  return rest.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w) && !DATE_LINE_TIME.test(w)).length < 3;
}
/** What a date line may hold after its date: the time, its separators and marks. */
const DATE_LINE_REST = /[\d\s:：.,，、\-–—/|()（）年月日时時分秒]|\b(?:a\.?m\.?|p\.?m\.?|GMT|UTC|ICT)\b/giu;
const DATE_LINE_TIME = /^(?:a\.?m\.?|p\.?m\.?|GMT|UTC|ICT)$/iu;
/** How many characters after the date make a line without spaces a title, not a date line (three words where words have spaces). */
const DATE_LINE_WORDS = 6;
