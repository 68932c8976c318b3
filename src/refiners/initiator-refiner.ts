/**
 * Who asked for the encounter: "X made a phone call to Y" (the trigger says so), "at the request
 * of X", "at X's request", "at the invitation of X", "at X's invitation", "held talks at request
 * with X", "at the latter's request", "at his request" (the party named last before it).
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import { stated } from '../decision.js';
import type { Lexicon } from '../knowledge/lexicon.js';



export function refineInitiators(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const book = lex.book('initiators');
  const keys = book.pattern('initiator/keys');
  const latter = book.words('initiator/latter');
  const former = book.words('initiator/former');
  const CUES = book.rules.filter((r) => typeof r.side === 'string').map((r) => ({ id: r.id, re: book.pattern(r.id, 'giu'), side: r.side as 'after' | 'possessive' }));
  for (const e of events) {
    if (e.initiator) continue;
    for (const s of [...new Set([...e.sentences, ...e.context])]) {
      const a = doc.analyses[s];
      const text = a.sentence.text;
      if (!keys.test(text)) continue;
      for (const cue of CUES) {
        cue.re.lastIndex = 0;
        const m = cue.re.exec(text);
        if (!m) continue;
        const at = a.sentence.start + m.index;
        const end = at + m[0].length;
        let who: Entity | null = null;
        if (cue.side === 'after') {
          const next = a.persons.find((p) => p.charStart >= end - 1 && p.entity);
          who = next?.entity ?? null;
        } else {
          const word = m[1].trim().toLowerCase();
          const ps = a.persons.filter((p) => p.charEnd <= at + m[0].length && p.entity && e.participants.includes(p.entity));
          if (latter.has(word)) {
            // the party named last before the phrase
            const before = a.persons.filter((p) => p.charEnd <= at && p.entity && e.participants.includes(p.entity));
            who = before[before.length - 1]?.entity ?? null;
          } else if (former.has(word)) {
            const before = a.persons.filter((p) => p.charEnd <= at && p.entity && e.participants.includes(p.entity));
            who = before[0]?.entity ?? null;
          } else {
            who = ps.find((p) => p.charStart >= at)?.entity ?? null;
          }
        }
        if (who && e.participants.includes(who)) { e.initiator = stated(who, cue.id, { start: at, end }); break; }
      }
      if (e.initiator) break;
    }
  }
}
