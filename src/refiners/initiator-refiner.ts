/**
 * Who asked for the encounter: "X made a phone call to Y" (the trigger says so), "at the request
 * of X", "at X's request", "at the invitation of X", "at X's invitation", "held talks at request
 * with X", "at the latter's request", "at his request" (the party named last before it).
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import { stated } from '../decision.js';

const CUES = [
  { id: 'initiator/request-of', re: /\bat\s+the\s+(?:request|invitation|initiative|proposal)\s+of\s+/gi, side: 'after' as const },
  { id: 'initiator/invitation-from', re: /\b(?:following|upon|on|at|under|in\s+response\s+to)\s+(?:an?|the)\s+invitation\s+(?:sent|extended|issued)?\s*(?:by|from|of)\s+/gi, side: 'after' as const },
  { id: 'initiator/requested-by', re: /\b(?:was|were|had\s+been)\s+(?:requested|initiated|proposed|sought)\s+by\s+/gi, side: 'after' as const },
  { id: 'initiator/pronoun-request', re: /\bat\s+(his|her|their)\s+(?:own\s+)?(?:request|invitation|initiative|proposal)\b/gi, side: 'possessive' as const },
  { id: 'initiator/possessive-request', re: /\bat\s+(?:the\s+)?([\p{L}.' -]{2,60}?)['’]s?\s+(?:request|invitation|initiative|proposal)\b/giu, side: 'possessive' as const },
  { id: 'initiator/request-with', re: /\bat\s+(?:the\s+)?request\s+with\s+/gi, side: 'after' as const },
];

export function refineInitiators(events: DraftEvent[], doc: Doc): void {
  for (const e of events) {
    if (e.initiator) continue;
    for (const s of [...new Set([...e.sentences, ...e.context])]) {
      const a = doc.analyses[s];
      const text = a.sentence.text;
      if (!/request|invit|initiat|propos/i.test(text)) continue;
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
          if (word === 'his' || word === 'her' || word === 'latter' || word === 'the latter') {
            // the party named last before the phrase
            const before = a.persons.filter((p) => p.charEnd <= at && p.entity && e.participants.includes(p.entity));
            who = before[before.length - 1]?.entity ?? null;
          } else if (word === 'former' || word === 'the former') {
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
