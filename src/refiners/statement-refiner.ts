/**
 * Statements: what each side is reported to have said or done in an event's sentences, as
 * speaker + act + topics + evidence. "Both sides agreed to ..." is both/agree; "Son called on China
 * to ..." is Son/request. Act verbs live in data/lang/en/acts.json.
 */
import type { Doc, DraftEvent, Entity, SentenceAnalysis } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { StatementAct } from '../types.js';
import { readDataJson } from '../knowledge/data-files.js';
import { sentenceTopics } from './topic-refiner.js';

interface ActsFile { acts: { act: StatementAct; verbs: string[] }[]; both: string[] }
let compiled: { re: RegExp; acts: StatementAct[]; firstWords: Set<string> } | null = null;
let bothRe: RegExp | null = null;

/**
 * One expression for every act verb, a named group per act: the first verb of a sentence decides its act.
 * It is tried (sticky) only where a token is the first word of some verb phrase: one set lookup per token
 * instead of some sixty alternatives at every character.
 */
function acts() {
  if (compiled) return compiled;
  const f = readDataJson<ActsFile>('lang/en/acts.json');
  const verbs = f.acts.flatMap((a) => a.verbs);
  const bad = verbs.find((v) => !/^[a-z]+(?:[ (]|$)/i.test(v));
  if (bad) throw new Error(`data/lang/en/acts.json: each verb must start with a plain word, not ${JSON.stringify(bad)}`);
  compiled = {
    re: new RegExp(f.acts.map((a, i) => `(?<a${i}>\\b(?:${a.verbs.join('|')})\\b)`).join('|'), 'iy'),
    acts: f.acts.map((a) => a.act),
    firstWords: new Set(verbs.map((v) => /^[a-z]+/i.exec(v)![0].toLowerCase())),
  };
  bothRe = new RegExp(`^(?:${f.both.join('|')})\\b`, 'i');
  return compiled;
}

/** The act verbs of a sentence in order, as [index in the sentence, act] (computed once per sentence: events share sentences). */
function actVerbs(a: SentenceAnalysis): [number, StatementAct][] {
  const table = acts();
  const out: [number, StatementAct][] = [];
  const text = a.sentence.text;
  let free = 0;
  for (const t of a.tokens) {
    const at = t.start - a.sentence.start;
    if (at < free || !t.word || !table.firstWords.has(t.lower)) continue;
    table.re.lastIndex = at;
    const m = table.re.exec(text);
    if (!m) continue;
    out.push([at, table.acts[Object.values(m.groups!).findIndex((v) => v !== undefined)]]);
    free = at + m[0].length;
  }
  return out;
}

export function refineStatements(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const verbsOf = new Map<number, [number, StatementAct][]>();
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
      let verbs = verbsOf.get(s);
      if (!verbs) { verbs = actVerbs(a); verbsOf.set(s, verbs); }
      for (const [index, found] of verbs) {
        const verbStart = a.sentence.start + index;
        if (e.triggers.some((t) => verbStart >= t.charStart && verbStart < t.charEnd)) continue;
        if (act === null) { act = found; at = index; }
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
          const side = a.countries.find((c) => c.start < a.tokens.findIndex((t) => t.start >= verbAt) && e.participants.some((p) => p.country?.value === c.code));
          const who = side ? e.participants.find((p) => p.country?.value === side.code) : undefined;
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
