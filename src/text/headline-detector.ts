/**
 * The headline: among the first lines that are not page furniture, a title-like line (three to
 * thirty words, not ending like a sentence, not a dateline or a date), preferring one that names an
 * engagement ("meets", "talks", "phone"). Later copies of it (captions that repeat it) become furniture.
 */
import type { Line } from './segmenter.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { recognizeDates } from '../recognizers/date-recognizer.js';
import { agencyNames } from '../knowledge/rule-book.js';
import { escapeRe } from './patterns.js';

let agencyInBrackets: RegExp | null = null;

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
    const words = lex.traits.spaces ? t.split(/\s+/).filter(Boolean).length : Math.ceil(t.length / 2);
    if (words < 3 || words > 30) { if (words > 30) break; continue; }
    if (/[.!?。！？]["')”]?$/.test(t) || datish(t, lex.language) || agencyInBrackets.test(t)) continue;
    cands.push(line);
  }
  const engagement = (l: Line) => { lex.triggerKeys.lastIndex = 0; return lex.triggerKeys.test(l.text.toLowerCase()); };
  const best = cands.find(engagement) ?? cands[0] ?? null;
  if (best) {
    const key = best.text.trim();
    for (const l of lines) if (l !== best && l.index > best.index && !l.noise && l.text.trim() === key) l.noise = 'noise/repeated-headline';
  }
  return best;
}

/** A line that opens with a date ("2023-05-03 10:15", "May 3, 2023"). */
function datish(t: string, language: string): boolean {
  const d = recognizeDates(t.slice(0, 40), 0, language)[0];
  return !!d && d.charStart <= 3 && d.value.day != null;
}
