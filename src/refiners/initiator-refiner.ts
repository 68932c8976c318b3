/**
 * Who asked for the encounter, from the cues of data/lang/<language>/initiators.json. Each cue says
 * where the asking party stands (`side`):
 * - `after`: the party named right after the cue ("at the request of X", "following an invitation from X");
 * - `possessive`: the party the cue's first group names ("at X's request"), or "his"/"the latter" (the
 *   party named last before it), "the former" (the first);
 * - `named`: the party the cue's `who` group names, by name or by its country ("theo lời mời của X",
 *   "应X邀请", "应美方请求": the American side);
 * - `subject`: the party before the cue, the clause's subject ("X chủ động gọi điện cho Y", "X打电话给Y");
 * - `other`: the party that is not the subject ("X应约同Y通电话": Y asked; "X được mời sang thăm").
 * The trigger's own initiator ("X made a phone call to Y") is set before, by the event assembler.
 */
import type { Doc, DraftEvent, Entity, SentenceAnalysis } from '../doc.js';
import { stated } from '../decision.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { sittersIn } from './event-assembler.js';

type Side = 'after' | 'possessive' | 'named' | 'subject' | 'other';
const SIDES = new Set<Side>(['after', 'possessive', 'named', 'subject', 'other']);

export function refineInitiators(events: DraftEvent[], doc: Doc, lex: Lexicon): void {
  const book = lex.book('initiators');
  const keys = book.optionalPattern('initiator/keys');
  const latter = book.optionalWords('initiator/latter');
  const former = book.optionalWords('initiator/former');
  const cues = book.rules.filter((r) => SIDES.has(r.side as Side)).map((r) => ({ id: r.id, re: book.pattern(r.id, `${r.flags ?? 'iu'}`.replace(/[gd]/g, '') + 'gd'), side: r.side as Side, kinds: Array.isArray(r.kinds) ? new Set(r.kinds as string[]) : null }));
  for (const e of events) {
    if (e.initiator) continue;
    // (an encounter recalled as background is asked for only in its own sentences: the invitation of the visit told
    // before it, "X is on an official visit from ... at the invitation of Y. The two ministers held a video call in May",
    // is the visit's, not the earlier call's)
    const around = e.referenced ? [] : [...e.context, ...namedAgain(e, doc), ...visitBefore(e, doc)];
    for (const s of [...new Set([...e.sentences, ...around])]) {
      const a = doc.analyses[s];
      // (a sentence that tells the visit, "X đang thăm Trung Quốc theo lời mời của Ban …")
      const visitTold = e.kind.value !== 'visit' && a.triggers.some((t) => t.kind === 'visit' && !t.recalled);
      const text = cueText(a, lex);
      if (keys && !keys.test(text)) continue;
      for (const cue of cues) {
        // a cue of one kind of encounter only (致电: a call placed; a message sent by 致电 asks for nothing)
        if (cue.kinds && !cue.kinds.has(e.kind.value)) continue;
        cue.re.lastIndex = 0;
        const m = cue.re.exec(text);
        if (!m) continue;
        const at = a.sentence.start + m.index;
        const end = at + m[0].length;
        // a cue that names the encounter ("proposed a phone call", "đề nghị điện đàm") is about an encounter of that kind
        if (a.triggers.some((t) => t.charStart < end && t.charEnd > at && t.kind !== e.kind.value)) continue;
        const who = partyOf(cue.side, m, a, e, at, end, latter, former);
        // (the visit invited by a body, "theo lời mời của Ban Liên lạc Đối ngoại … Trung Quốc": the invitation is the visit's,
        // not that of each meeting held during it with a person of that state, whom the cue does not name)
        if (who && visitTold && cue.side === 'named' && !a.persons.some((p) => p.entity === who && p.charStart >= at && p.charEnd <= end)) continue;
        if (who && e.participants.includes(who)) { e.initiator = stated(who, cue.id, { start: at, end }); break; }
      }
      if (e.initiator) break;
    }
  }
}

/** How many sentences after an encounter's first one a sentence naming it again is read for who asked for it. */
const AGAIN_WINDOW = 3;

/**
 * Sentences just after an encounter's first one that name an encounter of its kind again with one of its parties, though
 * they made no event of their own ("Ông Putin đã đề nghị điện đàm để …": who asked for the call just reported).
 */
function namedAgain(e: DraftEvent, doc: Doc): number[] {
  const first = Math.min(...e.sentences);
  const out: number[] = [];
  for (let s = first + 1; s <= first + AGAIN_WINDOW && s < doc.analyses.length; s++) {
    const a = doc.analyses[s];
    if (a.sentence.noise || e.sentences.includes(s)) continue;
    if (!a.triggers.some((t) => t.kind === e.kind.value && !t.recalled && !t.planned)) continue;
    if (a.persons.some((m) => m.entity && e.participants.includes(m.entity))) out.push(s);
  }
  return out;
}

/** How many sentences before an encounter's first one a visit of one of its parties is read for who invited it. */
const VISIT_WINDOW = 2;

/**
 * Sentences just before an encounter's first one that tell a visit of one of its parties ("At the invitation of Prime
 * Minister X, Prime Minister Y paid a state visit to India ... The two Prime Ministers held talks"): the talks of a visit
 * at X's invitation are at X's invitation (the cue's party must still be a party of the encounter). h-en33: MEA and VGP
 * joint statements.
 */
function visitBefore(e: DraftEvent, doc: Doc): number[] {
  const first = Math.min(...e.sentences);
  const out: number[] = [];
  for (let s = Math.max(0, first - VISIT_WINDOW); s < first; s++) {
    const a = doc.analyses[s];
    if (a.sentence.noise || a.sentence.role === 'headline') continue;
    if (!a.triggers.some((t) => t.kind === 'visit' && !t.recalled && !t.planned)) continue;
    if (a.persons.some((m) => m.entity && e.participants.includes(m.entity))) out.push(s);
  }
  return out;
}

/**
 * The text the cues are matched on. Without spaces between words a cue's characters may run into a country's name
 * (应约旦外长…邀请: 应 + 约旦 (Jordan), not 应约 "at the request"): there the countries' names are masked, with as many
 * characters, so no cue reads into one; the countries named are still found by their offsets.
 */
function cueText(a: SentenceAnalysis, lex: Lexicon): string {
  const text = a.sentence.text;
  if (lex.traits.spaces || !a.countries.length) return text;
  const chars = [...text];
  if (chars.length !== text.length) return text;
  for (const c of a.countries) {
    for (let i = a.tokens[c.start].start - a.sentence.start; i < a.tokens[c.end - 1].end - a.sentence.start; i++) chars[i] = MASK;
  }
  return chars.join('');
}
const MASK = '\u3007';

function partyOf(side: Side, m: RegExpExecArray, a: SentenceAnalysis, e: DraftEvent, at: number, end: number, latter: Set<string>, former: Set<string>): Entity | null {
  const ofEvent = (p: { entity?: Entity }) => !!p.entity && e.participants.includes(p.entity);
  const before = a.persons.filter((p) => p.charEnd <= at && ofEvent(p));
  switch (side) {
    case 'after': {
      // "at the request of the Greek side", "at the invitation of the Omani side": the party of that country (h-en52 probe)
      const first = a.persons.find((p) => p.charStart >= end - 1);
      if (first && first.role === 'side' && first.country && first.charStart - end <= 6) {
        const of = sideParties(e, new Set([first.country.value]));
        if (of.length === 1) return of[0];
      }
      return a.persons.find((p) => p.charStart >= end - 1 && p.entity)?.entity ?? null;
    }
    case 'possessive': {
      const word = (m[1] ?? '').trim().toLowerCase();
      if (latter.has(word)) return before[before.length - 1]?.entity ?? null;
      if (former.has(word)) return before[0]?.entity ?? null;
      const own = a.persons.find((p) => p.charEnd <= end && p.charStart >= at && ofEvent(p))?.entity;
      if (own) return own;
      // "at the Vietnamese side's proposal", "at the Greek side's request": no party named, the party of that country
      const codes = new Set(a.countries.filter((c) => a.tokens[c.start].start >= at && a.tokens[c.end - 1].end <= end).map((c) => c.code));
      const of = codes.size === 1 ? sideParties(e, codes) : [];
      return of.length === 1 ? of[0] : null;
    }
    case 'named': {
      const span = m.indices?.groups?.who;
      if (!span) return null;
      const from = a.sentence.start + span[0], to = a.sentence.start + span[1];
      const named = a.persons.find((p) => p.charStart >= from && p.charEnd <= to && ofEvent(p));
      if (named) return named.entity!;
      // "应美方请求", "theo đề nghị của phía Việt Nam": the party of that country
      const codes = new Set(a.countries.filter((c) => a.tokens[c.start].start >= from && a.tokens[c.end - 1].end <= to).map((c) => c.code));
      const of = sideParties(e, codes);
      return of.length === 1 ? of[0] : null;
    }
    case 'subject':
      return before[before.length - 1]?.entity ?? null;
    case 'other': {
      // (a clause that qualifies the party after it, 会见应邀访华的X: X is the one invited, the party before it the host)
      const next = a.persons.find((p) => p.charStart >= end && ofEvent(p));
      const between = next ? a.sentence.text.slice(end - a.sentence.start, next.charStart - a.sentence.start) : '';
      const qualified = next && /的/u.test(between) && !/[，。；,;]/u.test(between) ? next.entity! : null;
      const subject = qualified ?? before[before.length - 1]?.entity ?? null;
      if (!subject) return null;
      const others = e.participants.filter((p) => p !== subject);
      return others.length === 1 ? others[0] : null;
    }
  }
}

/**
 * The parties of an encounter of these countries, for a side's request ("theo đề nghị của phía Việt Nam", "at the request of
 * the Greek side"): those who held it, not the ministers who sat in on that side ("Tham dự cuộc điện đàm có Bộ trưởng X"),
 * unless the side has no one else (h-zv40 probe: a call with two Vietnamese ministers at the Prime Minister's end).
 */
function sideParties(e: DraftEvent, codes: ReadonlySet<string>): Entity[] {
  const of = e.participants.filter((p) => p.country && codes.has(p.country.value));
  const sitters = sittersIn.get(e);
  const held = sitters ? of.filter((p) => !sitters.has(p)) : of;
  return held.length ? held : of;
}
