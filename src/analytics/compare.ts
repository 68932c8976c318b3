/**
 * Each side's account of one encounter: the reports with their side and kind of source, the topics
 * each side raised (and those only one side did), and the statements by speaker, each once however
 * many copies of a text carry it, with the sentence from each report and the sides that report it.
 *
 * "Only one side" is said only when two or more sides are identified, and only of what no other
 * report says, not even one whose side is unknown (it may be the other side's).
 */
import removeAccents from 'remove-accents';
import type { StoredReport, StoredDocument } from '../store/store.js';
import type { CanonicalEvent } from '../record/encounter-grouper.js';
import type { StatementAct } from '../types.js';
import { foldName } from '../knowledge/names.js';
import { reportAccount, UNKNOWN_SIDE, type ReportAccount, type SideBasis, type SourceKind } from '../record/report-side.js';

/**
 * Two statements of one speaker whose words are this alike (Dice coefficient of their character
 * shingles, after normalising) are one statement: copies of one text that differ in spacing, quotes,
 * diacritics or an edited word, and close rewrites of it. Measured on the visible corpus (every pair
 * of one speaker's statements in two reports of one encounter, 89 pairs at 0.25 or more): copies of
 * one text 0.77-1.00, rewrites of one statement by two outlets 0.51-0.72, different statements of a
 * speaker at most 0.47. 0.6 merges copies and close rewrites and keeps a margin from different statements.
 */
export const SAME_STATEMENT = 0.6;
/** A statement whose shingles lie this much within a longer one is a cut copy of it ("... increase im"). */
export const CUT_COPY = 0.9;

export interface ComparedReport {
  event: string; document: string; source: string | null; url: string | null; published: string | null; title: string | null;
  side: string; side_basis: SideBasis; source_kind: SourceKind; side_evidence: string | null; topics: string[];
}

/** One side's account: its reports, the topics they raised, those no other report raised. */
export interface SideAccount { side: string; reports: number; topics: string[]; only: string[] }

/** A sentence of one report, with the report's side. */
export interface Sentence { report: string; document: string; side: string; text: string }

export interface TopicRow {
  topic: string;
  /** the identified sides whose reports raised it */
  sides: string[];
  /** the side that alone raised it (null when several did, or fewer than two sides are identified, or a report of unknown side raised it too) */
  only: string | null;
  /** the statement sentences of each report that carry the topic (one per report) */
  sentences: Sentence[];
}

export interface StatementItem {
  act: StatementAct;
  topics: string[];
  /** the words as the first report gives them */
  text: string;
  /** the identified sides whose reports give this statement */
  sides: string[];
  only: string | null;
  /** every report that gives it, with its own sentence */
  copies: Sentence[];
}

export interface SpeakerStatements { speaker: string; country: string | null; items: StatementItem[] }

export interface Comparison {
  event: { id: string; date: string | null; kind: string; place: string | null; country: string | null; occasion: string | null; participants: { name: string | null; country: string | null; title: string | null }[] };
  reports: ComparedReport[];
  /** how many sides are identified (not `unknown`) */
  identified: number;
  sides: SideAccount[];
  topics: TopicRow[];
  statements: SpeakerStatements[];
  /** statements the reports give in all, before copies are merged */
  statementCopies: number;
}

/** A statement's words for comparing copies: one form of quotes and dashes, no punctuation, no diacritics, lower case, single spaces. */
export function normaliseStatement(text: string): string {
  return removeAccents(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A statement's character shingles: four letters in a row, spaces left out (so glued or split words do not count), two for Chinese. */
function shingles(norm: string): Set<string> {
  const chars = [...norm.replace(/\s+/g, '')];
  const n = /\p{Script=Han}/u.test(norm) ? 2 : 4;
  const out = new Set<string>();
  for (let i = 0; i + n <= chars.length; i++) out.add(chars.slice(i, i + n).join(''));
  if (!out.size && chars.length) out.add(chars.join(''));
  return out;
}

/** How alike two normalised statements are: the Dice coefficient of their character shingles (1: the same words, whatever the spacing). */
export function statementSimilarity(a: string, b: string): number {
  return overlap(a, b).dice;
}

function overlap(a: string, b: string): { dice: number; within: number; shorter: number } {
  if (a === b) return { dice: 1, within: 1, shorter: a.length };
  const wa = shingles(a), wb = shingles(b);
  if (!wa.size || !wb.size) return { dice: 0, within: 0, shorter: 0 };
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  const shorter = Math.min(wa.size, wb.size);
  return { dice: (2 * common) / (wa.size + wb.size), within: common / shorter, shorter };
}

/** Whether two normalised statements of one speaker are one statement: alike enough, or one a cut copy of the other. */
export function sameStatement(a: string, b: string): boolean {
  const o = overlap(a, b);
  return o.dice >= SAME_STATEMENT || (o.within >= CUT_COPY && o.shorter >= 30);
}

const dedupe = <T>(xs: T[]) => [...new Set(xs)];

/** The account of a report: as stored, else found from its document (a store of schema 6 read as it is). */
function accountOf(r: StoredReport, doc: StoredDocument | undefined): ReportAccount {
  return r.account ?? doc?.account ?? reportAccount({ text: doc?.text ?? null, url: r.url, source: r.source, language: doc?.language ?? null });
}

export function compareReports(c: CanonicalEvent, reports: StoredReport[], docs: Map<string, StoredDocument> = new Map()): Comparison {
  const rs: ComparedReport[] = reports.map((r) => {
    const a = accountOf(r, docs.get(r.document));
    return {
      event: r.event, document: r.document, source: r.source, url: r.url, published: r.published, title: r.title ?? null,
      side: a.side, side_basis: a.side_basis, source_kind: a.source_kind, side_evidence: a.side_evidence ?? null, topics: r.data.topics,
    };
  });
  const sideOf = new Map(rs.map((r) => [r.event, r.side]));
  const known = (s: string) => s !== UNKNOWN_SIDE;
  const identified = new Set(rs.map((r) => r.side).filter(known));
  const compare = identified.size >= 2;
  /** the one side that alone gives something, when the comparison can say so */
  const onlyOf = (reportSides: string[]): string | null => {
    const s = dedupe(reportSides);
    return compare && s.length === 1 && known(s[0]) ? s[0] : null;
  };

  // topics: which sides raised each, with the sentences that carry it
  const topicRows = new Map<string, { reportSides: string[]; sentences: Sentence[] }>();
  for (const r of reports) {
    const side = sideOf.get(r.event)!;
    for (const t of r.data.topics) {
      const row = topicRows.get(t) ?? { reportSides: [], sentences: [] };
      row.reportSides.push(side);
      const st = (r.data.statements ?? []).find((x) => x.topics.includes(t));
      const text = st ? statementText(st, docs.get(r.document)) : '';
      if (text) row.sentences.push({ report: r.event, document: r.document, side, text });
      topicRows.set(t, row);
    }
  }
  const topics: TopicRow[] = [...topicRows].map(([topic, row]) => ({ topic, sides: dedupe(row.reportSides.filter(known)), only: onlyOf(row.reportSides), sentences: row.sentences }));

  const sideNames = dedupe(rs.map((r) => r.side)).sort((a, b) => Number(!known(a)) - Number(!known(b)));
  const sides: SideAccount[] = sideNames.map((side) => ({
    side,
    reports: rs.filter((r) => r.side === side).length,
    topics: dedupe(rs.filter((r) => r.side === side).flatMap((r) => r.topics)),
    only: topics.filter((t) => t.only === side).map((t) => t.topic),
  }));

  // statements by speaker, as the participants' names the canonical event uses (any spelling, any script)
  const nameOf = new Map<string, { name: string; country: string | null }>();
  for (const p of c.participants) for (const n of [p.name, ...(p.aliases ?? [])]) if (n && p.name) nameOf.set(foldName(n), { name: p.name, country: p.country });
  const bySpeaker = new Map<string, { country: string | null; items: (StatementItem & { norm: string; reportSides: string[] })[] }>();
  let copies = 0;
  for (const r of reports) {
    const side = sideOf.get(r.event)!;
    for (const st of r.data.statements ?? []) {
      const text = statementText(st, docs.get(r.document));
      if (!text) continue;
      copies++;
      const who = st.speaker === 'both' ? { name: 'both', country: null } : nameOf.get(foldName(st.speaker)) ?? { name: st.speaker, country: null };
      const group = bySpeaker.get(who.name) ?? { country: who.country, items: [] };
      bySpeaker.set(who.name, group);
      const norm = normaliseStatement(text);
      const copy: Sentence = { report: r.event, document: r.document, side, text };
      const same = group.items.find((it) => sameStatement(it.norm, norm));
      if (same) {
        // a report gives one statement once, even when the extraction found it twice
        if (!same.copies.some((x) => x.report === r.event && normaliseStatement(x.text) === norm)) same.copies.push(copy);
        same.reportSides.push(side);
        same.topics = dedupe([...same.topics, ...st.topics]);
      } else {
        group.items.push({ act: st.act, topics: [...st.topics], text, sides: [], only: null, copies: [copy], norm, reportSides: [side] });
      }
    }
  }
  const statements: SpeakerStatements[] = [...bySpeaker].map(([speaker, g]) => ({
    speaker,
    country: g.country,
    items: g.items.map(({ norm: _n, reportSides, ...it }) => ({ ...it, sides: dedupe(reportSides.filter(known)), only: onlyOf(reportSides) })),
  }));

  return {
    event: { id: c.id, date: c.date, kind: c.kind, place: c.location?.place ?? null, country: c.location?.country ?? null, occasion: c.occasion, participants: c.participants.map((p) => ({ name: p.name, country: p.country, title: p.title })) },
    reports: rs,
    identified: identified.size,
    sides,
    topics,
    statements,
    statementCopies: copies,
  };
}

/** A statement's sentence: as the store keeps it, else from the document's text. */
function statementText(st: { text?: string; evidence: { start: number; end: number } }, doc: StoredDocument | undefined): string {
  if (st.text != null) return st.text;
  return doc ? doc.text.slice(st.evidence.start, st.evidence.end) : '';
}
