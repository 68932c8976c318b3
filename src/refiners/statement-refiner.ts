/**
 * Statements: what each side is reported to have said or done in an event's sentences, as
 * speaker + act + topics + evidence. "Both sides agreed to ..." is both/agree; "Son called on China
 * to ..." is Son/request. Act verbs live in data/lexicon/acts.json.
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { StatementAct } from '../types.js';
import { readDataJson } from '../knowledge/data-files.js';
import { sentenceTopics } from './topic-refiner.js';

interface ActsFile { acts: { act: StatementAct; verbs: string[] }[]; both: string[] }
let compiled: { re: RegExp; acts: StatementAct[] } | null = null;
let bothRe: RegExp | null = null;

/** One expression for every act verb, a named group per act: the first verb of a sentence decides its act. */
function acts() {
  if (compiled) return compiled;
  const f = readDataJson<ActsFile>('lexicon/acts.json');
  compiled = {
    re: new RegExp(f.acts.map((a, i) => `(?<a${i}>\\b(?:${a.verbs.join('|')})\\b)`).join('|'), 'gi'),
    acts: f.acts.map((a) => a.act),
  };
  bothRe = new RegExp(`^(?:${f.both.join('|')})\\b`, 'i');
  return compiled;
}

export function refineStatements(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const table = acts();
  for (const e of events) {
    const out: DraftEvent['statements'] = [];
    for (const s of e.context) {
      const a = doc.analyses[s];
      const text = a.sentence.text;
      // the act: the first act verb of the sentence (where two acts match at one place, the one listed first)
      // the act: the first act verb, unless a more telling one follows a plain "said" ("X said ... and proposed ...");
      // the verb that reports the encounter itself ("spoke with", "met") is no statement
      let act: StatementAct | null = null;
      let at = -1;
      table.re.lastIndex = 0;
      for (let m = table.re.exec(text); m; m = table.re.exec(text)) {
        const verbStart = a.sentence.start + m.index;
        if (e.triggers.some((t) => verbStart >= t.charStart && verbStart < t.charEnd)) continue;
        const found = table.acts[Object.values(m.groups!).findIndex((v) => v !== undefined)];
        if (act === null) { act = found; at = m.index; }
        if (found !== 'affirm') { if (act === 'affirm') act = found; break; }
      }
      if (!act) continue;
      const verbAt = a.sentence.start + at;
      // the speaker: "both sides"/"the two ministers"/"they" before the verb, else the last party mentioned before it
      let speaker: string | null = null;
      const lead = text.slice(0, at).replace(/^(?:[^,]*,\s*)?/, '');
      if (bothRe!.test(lead.trim()) || /\b(?:both|two)\s+(?:sides|ministers|FMs|leaders|officials|countries|parties)\b/i.test(lead)) speaker = 'both';
      else {
        // the subject of the verb's clause: the first party after the last comma before the verb, else the first before it
        const ps = a.persons.filter((p) => p.entity && p.charEnd <= verbAt && e.participants.includes(p.entity));
        const comma = text.lastIndexOf(',', at);
        const inClause = comma >= 0 ? ps.filter((p) => p.charStart > a.sentence.start + comma) : [];
        const ent: Entity | undefined = (inClause[0] ?? ps[0])?.entity;
        if (ent?.name) speaker = ent.name;
        else {
          // "the Chinese side", "Vietnam" as the speaker
          const side = a.countries.find((c) => c.start < a.tokens.findIndex((t) => t.start >= verbAt) && e.participants.some((p) => p.country === c.code));
          const who = side ? e.participants.find((p) => p.country === side.code) : undefined;
          if (who?.name) speaker = who.name;
        }
      }
      if (!speaker) continue;
      const found = sentenceTopics(doc, s, lex);
      const topics = lex.topics.map((t) => t.id).filter((id) => found.has(id));
      out.push({ speaker, act, topics, evidence: doc.view.spanToOriginal(a.sentence.start, a.sentence.end) });
    }
    e.statements = out;
  }
}
