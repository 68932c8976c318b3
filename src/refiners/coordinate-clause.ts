/**
 * "In Riga he met A on Thursday, and in Vilnius he held talks with B on Friday": when a sentence tells
 * several encounters in coordinated clauses, the span of the clause of one trigger (from the break after
 * the trigger before it to the break before the trigger after it), so that its place and day are read
 * there. The breaks are the rule `events/coordinate-break` of the language's events book.
 */
import type { PersonMention, SentenceAnalysis, TriggerMention } from '../doc.js';
import type { RuleBook } from '../knowledge/rule-book.js';

export function coordinateClause(a: SentenceAnalysis, t: TriggerMention, book: RuleBook): [number, number] {
  let from = -Infinity, to = Infinity;
  if (a.triggers.length < 2 || !book.has('events/coordinate-break')) return [from, to];
  const re = book.pattern('events/coordinate-break');
  const base = a.sentence.start;
  const breaks = (x: number, y: number, r = re): number[] => {
    const out: number[] = [];
    r.lastIndex = 0;
    const slice = a.sentence.text.slice(x - base, y - base);
    for (let m = r.exec(slice); m; m = r.exec(slice)) { out.push(x + m.index); if (m[0].length === 0) r.lastIndex++; }
    return out;
  };
  // "met in X in September 2022 and spoke by phone in March": a bare "and" between two encounters parts them only when
  // each side of it has a date of its own (events/coordinate-and)
  const and = book.optionalGlobalPattern('events/coordinate-and');
  const datedApart = (k: number) => a.dates.some((d) => d.charEnd <= k) && a.dates.some((d) => d.charStart >= k);
  const andBreak = (x: number, y: number): number | null => {
    if (!and) return null;
    const b = breaks(x, y, and).filter(datedApart);
    return b.length ? b[b.length - 1] : null;
  };
  const next = a.triggers.find((x) => x.charStart >= t.charEnd);
  const prev = [...a.triggers].reverse().find((x) => x.charEnd <= t.charStart);
  if (next) { const b = breaks(t.charEnd, next.charStart); if (b.length) to = b[b.length - 1]; else to = andBreak(t.charEnd, next.charStart) ?? to; }
  if (prev) { const b = breaks(prev.charEnd, t.charStart); if (b.length) from = b[b.length - 1]; else from = andBreak(prev.charEnd, t.charStart) ?? from; }
  return [from, to];
}

/** Where the second person's mention opens: its title and the country before it ("and Australian Prime Minister Y"). */
export function mentionOpening(a: SentenceAnalysis, m: PersonMention): number {
  let start = m.start;
  const title = a.titles.find((x) => x.end === start || (x.end <= start && start - x.end <= 1 && x.start < start));
  if (title) start = title.start;
  const country = a.countries.find((c) => c.end === start);
  if (country) start = country.start;
  if (a.tokens[start - 1]?.lower === 'the') start--;
  return start;
}

/**
 * Whether an aside set off by commas stands between two persons of a list (events/list-aside: ", only two weeks after their
 * first meeting in X, and"), the second not opening a clause of its own (no lowercase verb right after it).
 */
export function listAside(a: SentenceAnalysis, left: PersonMention, right: PersonMention, rules: RuleBook): boolean {
  const aside = rules.optionalPattern('events/list-aside');
  if (!aside || a.tokens[left.end]?.text !== ',' || left.kind === 'group' || right.kind === 'group' || left.kind === 'pronoun' || right.kind === 'pronoun') return false;
  const open = mentionOpening(a, right);
  if (open <= left.end) return false;
  const from = a.tokens[left.end].start - a.sentence.start, to = a.tokens[open - 1].end - a.sentence.start;
  if (!aside.test(a.sentence.text.slice(from, to))) return false;
  const next = a.tokens[right.end];
  // (the words after the last person that keep it a list, a preposition or a relative pronoun, not a verb of its own:
  // the rule's `goes_on`)
  return !next || !next.word || next.cap || rules.fieldWords('events/list-aside', 'goes_on', true).has(next.lower);
}

/**
 * Whether the list goes on to its next person with a word of sequence ("received A, and later B", "met A and then B",
 * events/list-sequence): one after the other, each met apart. Only the words between the two persons are read.
 */
export function listSequence(a: SentenceAnalysis, left: PersonMention, right: PersonMention, rules: RuleBook): boolean {
  if (left.kind === 'pronoun' || right.kind === 'pronoun' || right.start <= left.end) return false;
  const words = rules.optionalWords('events/list-sequence');
  if (!words.size) return false;
  // the words right after the first person: [","] "and" [","] a word of sequence
  let i = left.end;
  if (a.tokens[i]?.text === ',') i++;
  if (a.tokens[i]?.lower !== 'and') return false;
  i++;
  if (a.tokens[i]?.text === ',') i++;
  return i < right.start && words.has(a.tokens[i]?.lower ?? '');
}

/** The aside of a list (events/list-aside) that holds token k: [the opening comma, the token that opens the next person], or null. */
export function asideAround(a: SentenceAnalysis, k: number, mentions: PersonMention[], rules: RuleBook): [number, number] | null {
  const ms = mentions.filter((m) => m.kind !== 'pronoun');
  for (let i = 0; i + 1 < ms.length; i++) {
    const left = ms[i], right = ms[i + 1];
    if (left.end > k || right.start <= k) continue;
    if (listAside(a, left, right, rules)) return [left.end, mentionOpening(a, right)];
  }
  return null;
}

/** A sentence's list asides, by its person mentions (set once by the persons stage, their entities by coreference). */
const asideSpans = new WeakMap<PersonMention[], [number, number][]>();

/**
 * The character spans of a sentence's list asides (events/list-aside), between consecutive named persons: a place or a day in
 * one is the aside's. Computed once a sentence: the assembler, the merger and the date and place refiners all ask.
 */
export function listAsideSpans(a: SentenceAnalysis, rules: RuleBook): [number, number][] {
  if (!rules.has('events/list-aside') || !a.sentence.text.includes(',')) return [];
  let out = asideSpans.get(a.persons);
  if (out) return out;
  const ms = a.persons.filter((m) => m.entity && m.kind !== 'pronoun' && m.kind !== 'group');
  out = [];
  for (let i = 0; i + 1 < ms.length; i++) {
    if (!listAside(a, ms[i], ms[i + 1], rules)) continue;
    out.push([a.tokens[ms[i].end].start, a.tokens[mentionOpening(a, ms[i + 1]) - 1].end]);
  }
  asideSpans.set(a.persons, out);
  return out;
}
