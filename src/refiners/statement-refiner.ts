/**
 * Statements: what each side is reported to have said or done in an event's sentences, as
 * speaker + act + topics + evidence. "Both sides agreed to ..." is both/agree; "Son called on China
 * to ..." is Son/request. Act verbs live in data/lexicon/acts.json.
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { StatementAct } from '../types.js';
import { readDataJson } from '../knowledge/data-files.js';

interface ActsFile { acts: { act: StatementAct; verbs: string[] }[]; both: string[] }
let compiled: { act: StatementAct; re: RegExp }[] | null = null;
let bothRe: RegExp | null = null;

function acts() {
  if (compiled) return compiled;
  const f = readDataJson<ActsFile>('lexicon/acts.json');
  compiled = f.acts.map((a) => ({ act: a.act, re: new RegExp(`\\b(?:${a.verbs.join('|')})\\b`, 'i') }));
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
      // the act: the first act verb of the sentence
      let act: StatementAct | null = null;
      let at = Infinity;
      for (const t of table) {
        const m = t.re.exec(text);
        if (m && m.index < at) { act = t.act; at = m.index; }
      }
      if (!act) continue;
      const verbAt = a.sentence.start + at;
      // the speaker: "both sides"/"the two ministers"/"they" before the verb, else the last party mentioned before it
      let speaker: string | null = null;
      const lead = text.slice(0, at).replace(/^(?:[^,]*,\s*)?/, '');
      if (bothRe!.test(lead.trim()) || /\b(?:both|two)\s+(?:sides|ministers|FMs|leaders|officials|countries|parties)\b/i.test(lead)) speaker = 'both';
      else {
        const ps = a.persons.filter((p) => p.entity && p.charEnd <= verbAt && e.participants.includes(p.entity));
        const ent: Entity | undefined = ps[ps.length - 1]?.entity;
        if (ent?.name) speaker = ent.name;
        else {
          // "the Chinese side", "Vietnam" as the speaker
          const side = a.countries.find((c) => c.start < a.tokens.findIndex((t) => t.start >= verbAt) && e.participants.some((p) => p.country === c.code));
          const who = side ? e.participants.find((p) => p.country === side.code) : undefined;
          if (who?.name) speaker = who.name;
        }
      }
      if (!speaker) continue;
      const topics: string[] = [];
      for (const t of lex.topics) { t.re.lastIndex = 0; if (t.re.test(text)) topics.push(t.id); }
      out.push({ speaker, act, topics, evidence: doc.view.spanToOriginal(a.sentence.start, a.sentence.end) });
    }
    e.statements = out;
  }
}
