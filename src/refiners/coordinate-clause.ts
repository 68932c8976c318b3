/**
 * "In Riga he met A on Thursday, and in Vilnius he held talks with B on Friday": when a sentence tells
 * several encounters in coordinated clauses, the span of the clause of one trigger (from the break after
 * the trigger before it to the break before the trigger after it), so that its place and day are read
 * there. The breaks are the rule `events/coordinate-break` of the language's events book.
 */
import type { SentenceAnalysis, TriggerMention } from '../doc.js';
import type { RuleBook } from '../knowledge/rule-book.js';

export function coordinateClause(a: SentenceAnalysis, t: TriggerMention, book: RuleBook): [number, number] {
  let from = -Infinity, to = Infinity;
  if (a.triggers.length < 2 || !book.has('events/coordinate-break')) return [from, to];
  const re = book.pattern('events/coordinate-break');
  const base = a.sentence.start;
  const breaks = (x: number, y: number): number[] => {
    const out: number[] = [];
    re.lastIndex = 0;
    const slice = a.sentence.text.slice(x - base, y - base);
    for (let m = re.exec(slice); m; m = re.exec(slice)) { out.push(x + m.index); if (m[0].length === 0) re.lastIndex++; }
    return out;
  };
  const next = a.triggers.find((x) => x.charStart >= t.charEnd);
  const prev = [...a.triggers].reverse().find((x) => x.charEnd <= t.charStart);
  if (next) { const b = breaks(t.charEnd, next.charStart); if (b.length) to = b[b.length - 1]; }
  if (prev) { const b = breaks(prev.charEnd, t.charStart); if (b.length) from = b[b.length - 1]; }
  return [from, to];
}
