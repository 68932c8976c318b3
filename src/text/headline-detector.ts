/**
 * The headline: among the first lines that are not page furniture, a title-like line (three to
 * thirty words, not ending like a sentence, not a dateline or a date), preferring one that names an
 * engagement ("meets", "talks", "phone"). Later copies of it (captions that repeat it) become furniture.
 */
import type { Line } from './segmenter.js';

const ENGAGEMENT = /\b(?:meets?|met|talks?|phone|call|calls|visits?|receives?|hosts?|holds?|co-chairs?|conversation|video|virtual|discuss(?:es)?|counterparts?)\b/i;
const DATEISH = /^\W*(?:date\s+)?\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|^\W*(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}/i;

export function detectHeadline(lines: Line[]): Line | null {
  const cands: Line[] = [];
  for (const line of lines) {
    if (cands.length >= 6 || line.index > 12) break;
    if (line.noise) continue;
    const t = line.text.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/i, '');
    const words = t.split(/\s+/).filter(Boolean).length;
    if (words < 3 || words > 30) { if (words > 30) break; continue; }
    if (/[.!?]["')]?$/.test(t) || DATEISH.test(t) || /\((?:VNA|Xinhua)\)/.test(t)) continue;
    cands.push(line);
  }
  const best = cands.find((l) => ENGAGEMENT.test(l.text)) ?? cands[0] ?? null;
  if (best) {
    const key = best.text.trim();
    for (const l of lines) if (l !== best && l.index > best.index && !l.noise && l.text.trim() === key) l.noise = 'noise/repeated-headline';
  }
  return best;
}
