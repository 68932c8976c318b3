/**
 * Statements: what each side is reported to have said or done in an event's sentences, as
 * speaker + act + topics + evidence. "Both sides agreed to ..." is both/agree; "Son called on China
 * to ..." is Son/request; "双方同意" is both/agree. Act verbs live in data/lang/<language>/acts.json.
 */
import type { Doc, DraftEvent, Entity, SentenceAnalysis } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { StatementAct } from '../types.js';
import { readDataJson, dataFileExists } from '../data-files.js';
import { sentenceTopics } from './topic-refiner.js';
import { escapeRe } from '../text/patterns.js';
import { fastRegExp } from '../text/quick-regexp.js';

interface ActsFile { acts: { act: StatementAct; verbs: string[] }[]; both: string[] }
/** A language's act verbs, compiled: `re` finds them, `firstWords` (spaced languages) says where to try. */
interface ActTable { re: RegExp; acts: StatementAct[]; firstWords: Set<string> | null; both: RegExp }
const tables = new Map<string, ActTable | null>();

/**
 * The act verbs of a language (data/lang/<language>/acts.json) as one expression with a named group
 * per act: the first verb of a sentence decides its act. In English it is tried (sticky) only where a
 * token is the first word of some verb phrase: one set lookup per token instead of some sixty
 * alternatives at every character. Verbs are whole words where the language spaces its words (Vietnamese);
 * Chinese ones have no edges.
 */
function actsOf(language: string, spaced: boolean): ActTable | null {
  if (tables.has(language)) return tables.get(language)!;
  const file = `lang/${language}/acts.json`;
  if (!dataFileExists(file)) { tables.set(language, null); return null; }
  const f = readDataJson<ActsFile>(file);
  const verbs = f.acts.flatMap((a) => a.verbs);
  const edge = spaced ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'] : ['', ''];
  const acts = f.acts.map((a) => a.act);
  const both = fastRegExp(`^(?:${f.both.map(escapeRe).join('|')})${edge[1]}`, 'iu');
  // verbs that all start with a plain word are tried only where a token is such a word (English: ASCII
  // words and \b; Vietnamese: any letters, with Unicode word edges)
  const ascii = verbs.every((v) => /^[a-z]+(?:[ (]|$)/i.test(v));
  const lettered = spaced && verbs.every((v) => /^\p{L}+(?:[ (]|$)/u.test(v));
  const first = (re: RegExp) => new Set(verbs.map((v) => re.exec(v)![0].toLowerCase()));
  const table: ActTable = ascii
    ? { re: new RegExp(f.acts.map((a, i) => `(?<a${i}>\\b(?:${a.verbs.join('|')})\\b)`).join('|'), 'iy'), acts, firstWords: first(/^[a-z]+/i), both }
    : lettered
      ? { re: new RegExp(f.acts.map((a, i) => `(?<a${i}>(?:${a.verbs.join('|')})${edge[1]})`).join('|'), 'iuy'), acts, firstWords: first(/^\p{L}+/u), both }
      : { re: fastRegExp(f.acts.map((a, i) => `(?<a${i}>${edge[0]}(?:${a.verbs.join('|')})${edge[1]})`).join('|'), 'giu'), acts, firstWords: null, both };
  tables.set(language, table);
  return table;
}

/** The act verbs of a sentence in order, as [index in the sentence, act] (computed once per sentence: events share sentences). */
function actVerbs(a: SentenceAnalysis, table: ActTable): [number, StatementAct][] {
  const out: [number, StatementAct][] = [];
  const text = a.sentence.text;
  const actOf = (m: RegExpExecArray) => table.acts[Object.values(m.groups!).findIndex((v) => v !== undefined)];
  if (!table.firstWords) {
    table.re.lastIndex = 0;
    for (let m = table.re.exec(text); m; m = table.re.exec(text)) {
      out.push([m.index, actOf(m)]);
      if (m[0].length === 0) table.re.lastIndex++;
    }
    return out;
  }
  let free = 0;
  for (const t of a.tokens) {
    const at = t.start - a.sentence.start;
    if (at < free || !t.word || !table.firstWords.has(t.lower)) continue;
    table.re.lastIndex = at;
    const m = table.re.exec(text);
    if (!m) continue;
    out.push([at, actOf(m)]);
    free = at + m[0].length;
  }
  return out;
}

/** "both sides", "the two ministers" (English) right before a verb, whatever the language's own words. */
const BOTH_EN = /\b(?:both|two)\s+(?:sides|ministers|FMs|leaders|officials|countries|parties)\b/i;
/** Where a clause ends, before a verb: a comma of any script. */
const CLAUSE_BREAK = /[,，、;；]/g;

export function refineStatements(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const table = actsOf(lex.language, lex.traits.spaces) ?? actsOf('en', true)!;
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
      if (!verbs) { verbs = actVerbs(a, table); verbsOf.set(s, verbs); }
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
      const lead = text.slice(0, at).replace(/^(?:[^,，]*[,，]\s*)?/, '');
      if (table.both.test(lead.trim()) || BOTH_EN.test(lead)) speaker = 'both';
      else {
        // the subject of the verb's clause: the first party after the last comma before the verb, else the first before it
        const ps = a.persons.filter((p) => p.entity && p.charEnd <= verbAt && e.participants.includes(p.entity));
        let comma = -1;
        for (const m of text.slice(0, at).matchAll(CLAUSE_BREAK)) comma = m.index!;
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
