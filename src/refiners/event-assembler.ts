/**
 * Turns each trigger into a draft event with its parties: the subject before the trigger
 * ("X and Y held talks", "X made a phone call to Y"), the object after it ("met with Y and Z",
 * "co-chaired by X and Y", "was received by Y"), a possessive ("Blinken's call with Y"), and the
 * main clause after a fronted phrase ("Meeting with Wang Yi, Minh expressed ..."). Plans and wishes
 * ("will meet") make no event. A group subject ("the two FMs", "both sides") refers back to the
 * event being reported.
 */
import type { Doc, DraftEvent, Entity, PersonMention, SentenceAnalysis, TriggerMention } from '../doc.js';
import { possessedNoun, sentenceBefore, sentenceAfter } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import { stated, inferred } from '../decision.js';
import { modeOf } from './event-merger.js';

/** The roles of a state's leaders (events/leader-groups: 两国领导人, hai nhà lãnh đạo). */
const LEADER_ROLES = ['head_of_state', 'head_of_government', 'party_leader'];

/** A draft event for a trigger: its kind stated by the trigger, every other field still open. */
export function draftFor(t: TriggerMention, participants: Entity[], sentences: number[], fromHeadline: boolean): DraftEvent {
  return {
    kind: { ...stated(t.kind, t.rule, { start: t.charStart, end: t.charEnd }), ...(t.modeRule ? { evidence: `the mode: ${t.modeRule}` } : {}) }, participants, sentences, triggers: [t],
    date: null, location: null, occasion: null, dateWindow: null, initiator: null,
    referenced: false, fromHeadline, context: [], topics: [], statements: [],
  };
}

import { singularTitle, type Lexicon } from '../knowledge/lexicon.js';
import type { RuleBook } from '../knowledge/rule-book.js';
import { relativeClauseBefore } from '../text/clauses.js';
import { listAside, listSequence, asideAround, listAsideSpans, mentionOpening } from './coordinate-clause.js';
/** How many words may stand between a trigger and its object ("hosted a reception in Hà Nội on September 11 for X"). */
const MAX_OBJECT_GAP = 10;
/**
 * How far the object may stand when a title opens right after the trigger: an official's offices with
 * their bodies come before the name ("held a video conference with the Deputy Foreign Minister and
 * Secretary-General of the Steering Committee for bilateral cooperation on the other side, X").
 */
const MAX_TITLED_OBJECT_GAP = 40;
/** Tokens between a sender's name and the envoy named after him ('of Equatorial Guinea, Foreign Minister'). */
const APPOSITION_TOKENS = 12;
/** The most words between a host verb and its object's title read for the title's own modifiers and nationality. */
const PREMODIFIED_REACH = 8;
/** How many characters may stand between a trigger and its object in a script without spaces (a relative clause in 的 and a title). */
const MAX_HAN_OBJECT_GAP = 40;
/** The kinds an attendance rule's named groups may give the encounter its words name (events/attendance: "(?<meeting>tiếp)"). */
const KINDS_NAMED = ['talks', 'meeting', 'phone_call', 'video_conference'] as const;
/** Whether the noun of attendance words names an encounter of this kind: talks or a meeting held online too ("hội đàm trực tuyến … Cùng dự hội đàm có"). */
// (a call's words name a video call too: "Tham dự điện đàm" after "điện đàm trực tuyến", an online call; h-zv33)
const kindNamed = (named: string, kind: string) => named === kind || (kind === 'video_conference' && (named === 'talks' || named === 'meeting' || named === 'phone_call'));
/** How many sentences after the encounter a sentence of who else sat in it or attended it may stand (events/sat-in, events/attendance). */
const ATTENDANCE_REACH = 3;
/** How far back the one encounter of the kind an attendance sentence names may stand. */
const NAMED_ATTENDANCE_REACH = 6;
/** How far back it may stand when it is the one encounter of that kind the whole text tells and no other told between (a Chinese
 * readout's attendee line closes the article, after paragraphs of each side's words and a recalled meeting). */
const LONE_ATTENDANCE_REACH = 15;
/** How many sentences back an encounter beside a gathering may stand for "also met A and B" after a later one of a party it shares. */
const SIDELINES_REACH = 10;
/** How a complete sentence ends, in any script (a text cut off mid-sentence does not). */
const SENTENCE_END = /[.!?;:。！？；…"'”’」』)）]\s*$/u;

/** Tokens that end a clause: the object of a trigger does not stand beyond one (a comma too in a script without spaces, where titles hold none). */
const CLAUSE_BREAKS = new Set([';', ':', '；', '：', '。']);
const HAN_CLAUSE_BREAKS = new Set([...CLAUSE_BREAKS, ',', '，']);
/**
 * Whether a space stands between two Han characters among tokens from..to (the gap before token k, k in from..to): in a script without spaces it ends a clause as
 * a comma does, the way headlines pack two encounters ("王毅同法国外长巴罗会谈　韩正会见", "李强同X举行会谈 赵乐际会见"):
 * the person after it is the next verb's subject, never the object of the verb before it (h-zv32).
 */
function hanSpaceBreak(a: SentenceAnalysis, from: number, to: number): boolean {
  // (the ideographic space is a token of its own; an ASCII one is a gap between tokens)
  // (the gaps at both ends count: "会谈 赵乐际会见", the space right after the verb and right before the person)
  for (let k = Math.max(from, 1); k <= to && k < a.tokens.length; k++) {
    const x = a.tokens[k], prev = a.tokens[k - 1];
    if (!HAN_CHAR.test(prev.text)) continue;
    if (HAN_CHAR.test(x.text) ? x.start > prev.end : /^\s+$/.test(x.text) && HAN_CHAR.test(a.tokens[k + 1]?.text ?? '')) return true;
  }
  return false;
}
const HAN_CHAR = /^\p{Script=Han}/u;
/** What ends a trigger's clause before its object in a spaced script: a semicolon ("A and B met; C and D met"). */
const SEMICOLONS = new Set([';', '；']);

export interface AssembleResult { drafts: DraftEvent[] }

export function assembleEvents(doc: Doc, lex: Lexicon, countryOf: (text: string) => string | null = () => null): DraftEvent[] {
  const rules = lex.book('events');
  const bodies = rules.optionalWords('events/bilateral-bodies');
  /** "co-chaired the fifth session of the Kenya-Ghana Joint Commission": the other state's side, as a party with no name */
  const otherSide = (a: SentenceAnalysis, party: Entity, t: TriggerMention): Entity | null => {
    const own = party.country?.value;
    if (!own || !bodies.size) return null;
    const pair = bilateralPair(a, countryOf, bodies);
    // the body is what the trigger's words go on to name ("co-chaired the fifth session of the A-B Commission")
    if (!pair || !pair.codes.includes(own) || pair.tokStart < t.tokEnd || pair.tokStart - t.tokEnd > BODY_AFTER_TRIGGER) return null;
    const other = pair.codes.find((c) => c !== own)!;
    let side = doc.entities.find((e) => !e.name && e.country?.value === other && e.role === 'side');
    if (!side) {
      side = { key: doc.entities.length, name: null, aliases: new Set(), title: `${pair.text} (${other} side)`, country: stated(other, 'country/bilateral-body', pair.span), role: 'side', roles: new Set(), personId: null, mentions: [], firstSentence: a.sentence.index };
      doc.entities.push(side);
    }
    return side;
  };
  const attendance = rules.pattern('events/attendance');
  const satIn = rules.optionalPattern('events/sat-in');
  const companyWords = rules.optionalPattern('events/company-words');
  const relativeSubjects = rules.optionalWords('events/relative-subjects');
  const continuation = rules.pattern('events/continuation');
  const oneByOne = rules.optionalPattern('events/one-by-one-list');
  const countedGroup = rules.optionalPattern('events/counted-group');
  const eachOfGroup = rules.optionalPattern('events/each-of-group');
  const numberWords = rules.optionalMap('events/number-words');
  const speechAfter = rules.optionalPattern('events/speech-after-told');
  // "In the margins of the summit, X met the leaders of A and B": a gathering told of before sets the scene
  const occasionBook = lex.book('occasions');
  const backReference = occasionBook.optionalPattern('occasion/back-reference');
  const drafts: DraftEvent[] = [];
  const besideList = rules.optionalPattern('events/beside-gathering-list');
  const besideMemo = new Map<number, boolean>();
  /** whether sentence k names a gathering beside which a list of encounters was held (events/beside-gathering-list) */
  const besideSentence = (k: number): boolean => {
    let v = besideMemo.get(k);
    if (v === undefined) besideMemo.set(k, v = !!besideList && besideList.test(doc.sentences[k].text));
    return v;
  };
  let last: DraftEvent | null = null;
  // "X had meetings with officials of China, Cambodia and Thailand on the sidelines of ... in Yunnan":
  // a report of encounters whose parties it does not name sets the scene (place, occasion) for the next ones
  let scene: { sentence: number; subject: Entity | null } | null = null;
  /** whether the scene's sentence names the city (or the state) of place p too */
  const sceneHolds = (k: number, p: { place: { name: string; country: string } }): boolean =>
    doc.analyses[k].places.some((q) => q.place.country === p.place.country && q.place.name === p.place.name);
  // the last encounter reported without its parties ("ministers held a four-way meeting in Tokyo")
  let unnamed: { sentence: number; trigger: TriggerMention } | null = null;
  const lastSentence = doc.sentences.length - 1;
  /** whether the last visit the text named was a plan */
  let visitPlanned = false;
  /** the people named with the last visit that was a plan (the visitor among them) */
  let plannedVisitors: Set<Entity> | null = null;
  /** everyone named with a visit the body tells only as a plan */
  const announced = new Set<Entity>();
  /** the host and act of a list of envoys set out as items under "The envoys are:", read item by item */
  let itemList: { host: Entity; trigger: TriggerMention; sentence: number; numbered: boolean; joined?: boolean } | null = null;
  // (an item with no bullet of its own ends with the list's separator, "…, Ambassador of X;" or "…; and": events/list-item-ends)
  const itemEnds = rules.optionalPattern('events/list-item-ends');
  for (const a of doc.analyses) {
    if (a.sentence.noise) continue;
    // "The Heads of Mission who presented their credentials are:" and one line each after it ("- H.E. Mrs A, Ambassador
    // of X;"): each item's envoy meets the host, one encounter each, until a line that is no item
    if (itemList) {
      // (a number cut off as a sentence of its own, "1.": the item is the sentence after it)
      if (ITEM_NUMBER.test(a.sentence.text)) { itemList.numbered = true; continue; }
      const numbered = itemList.numbered;
      itemList.numbered = false;
      // (the line after one that ends with the separator, "…;" or "…; and", is an item too, whatever it ends with: the
      // list's last one ends with a full stop)
      const joined = itemList.joined === true;
      const ends = !!itemEnds && itemEnds.test(a.sentence.text);
      itemList.joined = ends;
      if (numbered || joined || ends || LIST_ITEM.test(a.sentence.text)) {
        const { host, trigger, sentence } = itemList;
        for (const p of new Set(a.persons.filter((m) => m.entity?.name && m.kind !== 'pronoun' && m.entity !== host).map((m) => m.entity!))) {
          drafts.push(draftFor(trigger, [host, p], [sentence, a.sentence.index], false));
          last = drafts[drafts.length - 1];
        }
        continue;
      }
      itemList = null;
    }
    // "In attendance were A, B, C and D": the parties of the encounter just reported without them
    // (within reach of that encounter, and not words of every activity, "Cùng dự các hoạt động có A và B" ten sentences after
    // a lead that named a co-chaired session with one party: those who sat in, no parties of it; h-zv42 probe)
    const inReach = !!unnamed && a.sentence.index - unnamed.sentence <= NAMED_ATTENDANCE_REACH;
    const listed0 = inReach ? attendance.exec(a.sentence.text) : null;
    const listed = listed0?.groups?.all != null ? null : listed0;
    // (not when the words name an encounter of another kind: "hai nhà lãnh đạo đã có cuộc điện đàm. Tham dự hội đàm có …"
    // lists who sat in the talks told before, not the parties of the call)
    const listedKind = listed ? KINDS_NAMED.find((k) => listed.groups?.[k] != null) : undefined;
    if (unnamed && listed && (!listedKind || kindNamed(listedKind, unnamed.trigger.kind))) {
      const parties = [...new Set(a.persons.filter((m) => m.entity?.name && m.kind !== 'pronoun').map((m) => m.entity!))];
      if (parties.length >= 2) {
        const t = unnamed.trigger;
        drafts.push(draftFor(t, parties, [unnamed.sentence, a.sentence.index], false));
        last = drafts[drafts.length - 1];
        unnamed = null;
        continue;
      }
    }
    // "Present at the meeting were A and B", "The phone call was attended by F", "A and B also attended the talks" after an
    // encounter told with its parties: the words name that encounter, no encounter of their own (attachAttendees adds who
    // of both sides sat in, after the merge)
    const attendedBy: RegExpExecArray | null = (!unnamed || listed) && last && a.sentence.role !== 'headline' ? attendance.exec(a.sentence.text) ?? satIn?.exec(a.sentence.text) ?? null : null;
    // (not words of company after an encounter the sentence tells with its own object: "The President also met Y, who was
    // accompanied by Z" is an encounter with Y, Z in Y's company; h-en57 probe)
    const companyStart = attendedBy?.groups?.company != null && companyWords ? a.sentence.start + attendedBy.index + Math.max(0, attendedBy[0].search(companyWords)) : -1;
    // (the words in a relative clause of the encounter's object, ", who was accompanied by": not "He was accompanied by")
    const before = companyStart >= 0 ? a.sentence.text.slice(0, companyStart - a.sentence.start).trimEnd() : '';
    const lastWord = /(\S+)$/.exec(before)?.[1].toLowerCase() ?? '';
    const relative = companyStart >= 0 && relativeSubjects.has(lastWord) && before.slice(0, -lastWord.length).trimEnd().endsWith(',');
    const toldBefore = relative && a.triggers.some((t) => t.kind !== 'visit' && t.charEnd <= companyStart
      && a.persons.some((m) => m.entity?.name && m.kind !== 'pronoun' && m.charStart >= t.charEnd && m.charEnd <= companyStart));
    if (attendedBy && !toldBefore && a.triggers.every((t) => t.charEnd <= a.sentence.start + attendedBy.index + attendedBy[0].length)) continue;
    // "received credentials from four new envoys. They were A, B, C and D": the one host the sentence before
    // names meets each envoy listed, one encounter each
    // (a trigger inside the list's opening words is the host's own: "Those who presented credentials were A, B and C")
    const listOpens: RegExpExecArray | null = unnamed && oneByOne ? oneByOne.exec(a.sentence.text) : null;
    if (unnamed && listOpens && a.triggers.every((t) => t.charEnd <= a.sentence.start + listOpens.index + listOpens[0].length)) {
      const before = doc.analyses[unnamed.sentence];
      const hosts = [...new Set(before.persons.filter((m) => m.entity?.name && m.kind !== 'pronoun').map((m) => m.entity!))];
      const listed = [...new Set(a.persons.filter((m) => m.entity?.name && m.kind !== 'pronoun' && m.entity !== hosts[0]).map((m) => m.entity!))];
      if (hosts.length === 1 && listed.length >= 1) {
        for (const p of listed) drafts.push(draftFor(unnamed.trigger, [hosts[0], p], [unnamed.sentence, a.sentence.index], false));
        last = drafts[drafts.length - 1];
        unnamed = null;
        continue;
      }
      // the list set out as items on the lines after the colon
      if (hosts.length === 1 && !listed.length && /:\s*$/.test(a.sentence.text)) {
        itemList = { host: hosts[0], trigger: unnamed.trigger, sentence: unnamed.sentence, numbered: false };
        unnamed = null;
        continue;
      }
    }
    // one draft per trigger; triggers of one sentence with the same parties join later
    // a text cut off mid-sentence: a trigger word right at the cut ("... thời gian qua tiếp tụ") may be
    // the start of another word
    const cutHere = a.sentence.index === lastSentence && !SENTENCE_END.test(a.sentence.text);
    /** the drafts of a trigger of this sentence that met several one by one (lần lượt tiếp A và B, 分别会见A和B) */
    let metOneByOne: DraftEvent[] | null = null;
    for (const t of a.triggers) {
      // "X will pay an official visit ... In the course of the visit, ...": a visit named again is the planned one
      const again: boolean = t.kind === 'visit' && t.voice === 'noun' && visitPlanned;
      const afterPlan = visitPlanned;
      if (t.kind === 'visit') visitPlanned = t.planned || again;
      if (t.kind === 'visit' && t.planned) plannedVisitors = new Set(a.persons.flatMap((m) => (m.entity && m.kind !== 'pronoun' ? [m.entity] : [])));
      if (t.kind === 'visit' && t.planned && a.sentence.role !== 'headline') for (const p of plannedVisitors!) announced.add(p);
      if (t.planned || t.habitual || again) continue;
      // "Speaking to reporters after the meeting, X said ...": the encounter just told, which X reports; no encounter of its
      // own and X no party of it (events/speech-after-told)
      if (last && speechAfter && t.voice === 'noun') {
        const m = speechAfter.exec(a.sentence.text);
        if (m && t.charEnd <= a.sentence.start + m.index + m[0].length) {
          // (the sentence is of that encounter: who attended it, told next, are its attendees)
          if (!last.sentences.includes(a.sentence.index)) last.sentences.push(a.sentence.index);
          continue;
        }
      }
      if (cutHere && t.tokEnd >= a.tokens.length - 1) continue;
      // "hai Thủ tướng sẽ hội đàm, cùng chủ trì họp báo", "will hold talks, co-chair ... and witness": verbs
      // that share one subject share its plan (no party is named between them)
      const plan = a.triggers.find((p) => p.planned && p.tokEnd <= t.tokStart);
      if (plan && !a.persons.some((m) => m.start >= plan.tokEnd && m.end <= t.tokStart)) continue;
      // "nhận Quốc thư của Đại sứ các nước … Các Đại sứ trình Quốc thư gồm: A, B và C": a group of several countries'
      // envoys received, listed by the next sentence (events/one-by-one-list): an encounter with each, made there
      if (oneByOne && t.kind !== 'visit' && !t.directObject && a.sentence.role !== 'headline'
        && a.persons.some((m) => m.kind === 'group' && !m.entity && !m.members?.length && !m.countries && m.start >= t.tokEnd && m.start - t.tokEnd <= 3)
        && oneByOne.test(nextBodySentence(doc, a.sentence.index) ?? '')) { unnamed = { sentence: a.sentence.index, trigger: t }; continue; }
      // the encounter just told was beside a gathering ("met X on the sidelines of the forum"): "also met A and B" after it;
      // or it followed one that was, of a party it shares ("met X on the sidelines of the summit ... Later on the day, he
      // had a meeting with Y ... He also met A and B": h-en33 probe)
      // (each sentence tried once; the drafts of the last SIDELINES_REACH sentences only: the work stays linear)
      const besideGathering = (d: DraftEvent): boolean => d.sentences.some(besideSentence);
      // "accepted the credentials of four new envoys. Each envoy was received individually by the President. The envoys
      // are: …": the encounters told before without their parties, told again one by one (events/each-of-group); no
      // encounter of their own, the list after them names who
      if (unnamed && eachOfGroup && !a.persons.some((m) => m.kind === 'named') && eachOfGroup.test(a.sentence.text)) continue;
      let besideLast = !!last && besideGathering(last);
      for (let j = drafts.length - 1; last && !besideLast && j >= 0; j--) {
        const d = drafts[j];
        if (Math.max(...d.sentences) < a.sentence.index - SIDELINES_REACH) break;
        besideLast = d !== last && d.participants.some((p) => last!.participants.includes(p)) && besideGathering(d);
      }
      let made = partiesOf(a, t, last, drafts, doc.entities, nextBodySentence(doc, a.sentence.index), rules, lex.traits.spaces, besideLast, lex.traits.homeCountry ?? null);
      // (or only the visit of one of them: "X concluded a visit to Viet Nam, undertaken from 8 to 10 December at the
      // invitation of his counterpart Y. On 9 December, the two Ministers co-chaired ...": the visitor and the one who
      // invited or hosts them are the pair; h-en70 probe)
      const visitJustBefore = !!last && last.kind.value === 'visit' && last.participants.length < 2 && !last.referenced
        && Math.max(...last.sentences) === sentenceBefore(doc, a.sentence.index);
      if (!made && (!last || visitJustBefore) && a.sentence.role !== 'headline' && (t.voice === 'noun' || groupSubjectAlone(a, t))) {
        // "A and his counterpart B agreed Thursday to ... During their meeting in Kuala Lumpur, A said ...", "... The two
        // leaders held talks at the palace": the pair the sentence just before names, when it tells no encounter of its own
        const pair = pairBefore(doc, a, t, rules, t.voice !== 'noun', visitJustBefore);
        if (pair) { last = draftFor(t, pair.parties, [a.sentence.index, pair.sentence], false); drafts.push(last); continue; }
      }
      if (!made && countedGroup && (t.kind === 'meeting' || t.kind === 'talks') && !t.recalled && a.sentence.role !== 'headline'
        && !a.persons.some((m) => m.kind === 'named' && m.entity)) {
        // "The three ministers later held a trilateral meeting" after "X met separately with A and B": the people of the
        // encounters just told (the last few sentences' drafts), when together they are the group's count (events/counted-group)
        const g = countedGroup.exec(a.sentence.text.slice(0, Math.max(0, t.charStart - a.sentence.start)));
        const n = g ? Number(numberWords.get(g.groups!.count.toLowerCase()) ?? g.groups!.count) : 0;
        if (n >= 3) {
          const union: Entity[] = [];
          for (let j = drafts.length - 1; j >= 0 && union.length < n; j--) {
            const d = drafts[j];
            if (d.fromHeadline || Math.max(...d.sentences) < a.sentence.index - 4) break;
            for (const p of d.participants) if (!union.includes(p)) union.push(p);
          }
          if (union.length === n) made = { groups: [union], initiator: null };
        }
      }
      if (!made && (t.kind === 'meeting' || t.kind === 'talks')) {
        // one party of a bilateral body's meeting: with the other state's side
        const alone = [...new Set(a.persons.filter((m) => m.entity?.name && m.kind !== 'pronoun' && m.end <= t.tokStart).map((m) => m.entity!))];
        const side = alone.length === 1 ? otherSide(a, alone[0], t) : null;
        if (side) made = { groups: [[alone[0], side]], initiator: null };
      }
      if (!made && t.kind === 'talks' && !t.recalled) {
        // "hosted a welcome ceremony for Y, followed by talks between the two leaders": talks that name no party of
        // their own, after the one in-person encounter an earlier verb of the sentence told, are that encounter's
        const told = drafts.filter((d) => !d.fromHeadline && d.sentences.includes(a.sentence.index) && d.kind.value === 'meeting');
        if (told.length === 1) made = { groups: [told[0].participants], initiator: null };
      }
      if (!made) {
        // "The meeting took place this afternoon on the sidelines of …" (events/continuation): the encounter just reported,
        // which attachContinuations gives the sentence; no scene or unnamed encounter of its own
        if (last && t.voice === 'noun' && continuation.test(a.sentence.text)) continue;
        // (the noun of an encounter the story has told with its parties, by the same word: "Sau hội đàm, hai nhà lãnh đạo
        // chứng kiến lễ ký …" after "X đã hội đàm với Y" is those talks again; no unnamed encounter that the next sentence's
        // list of who sat in ("Cùng dự hội đàm có A; B") would make of its own; h-zv44 probe, Báo Đại biểu Nhân dân)
        const toldAgain = t.voice === 'noun' && !t.recalled && namedBefore(drafts, t, a, doc);
        if (t.kind !== 'visit' && !t.directObject && a.sentence.role !== 'headline' && !toldAgain) unnamed = { sentence: a.sentence.index, trigger: t };
        // (an encounter the sentence recalls is no scene of the ones told after it: "Hai bên nhắc lại cuộc gặp tại Phnom Penh
        // tháng 12-2024. Cùng ngày, X tiếp Y" was not in Phnom Penh)
        if (t.kind !== 'visit' && !t.directObject && !t.recalled && (a.places.length || a.occasions.length || backReference?.test(a.sentence.text)) && a.sentence.role !== 'headline') {
          const subject = a.persons.find((m) => m.entity && m.end <= t.tokStart)?.entity ?? null;
          scene = { sentence: a.sentence.index, subject };
        }
        continue;
      }
      // "the spokesperson announced that X will visit Y … X visits Y at the invitation of Z": an undated visit of one who was
      // announced to visit, after the announcement, restates the plan
      if (t.kind === 'visit' && afterPlan && plannedVisitors && !t.recalled && !a.dates.length && a.sentence.role !== 'headline'
        && made.groups.every((parties) => parties.some((p) => plannedVisitors!.has(p)))) { visitPlanned = true; continue; }
      // "lần lượt tiếp A và B chào từ biệt": a later verb of those met one by one is why they came (their calls),
      // no encounter among them
      if (metOneByOne) {
        const met = new Set(metOneByOne.flatMap((d) => d.participants));
        made.groups = made.groups.filter((parties) => !parties.every((p) => met.has(p)) || metOneByOne!.some((d) => parties.every((p) => d.participants.includes(p))));
        if (!made.groups.length) continue;
      }
      const before = drafts.length;
      made.groups.forEach((parties, g) => {
        // a gapped object ("met A in X on May 3 and B in Y on May 4"): its date and place are read from where B stands
        const anchor = made.anchors?.[g];
        const at = anchor ? { ...t, charStart: anchor.charStart, charEnd: anchor.charEnd, tokStart: anchor.start, tokEnd: anchor.end } : t;
        const d = draftFor(at, parties, [a.sentence.index], a.sentence.role === 'headline');
        if (made.restates) d.kind = made.restates.kind;
        const asker = made.initiators?.[g] ?? made.initiator;
        if (asker) d.initiator = stated(asker, `initiator/${t.rule}`, { start: t.charStart, end: t.charEnd });
        if (made.told) d.sentences.push(...made.told.filter((x) => !d.sentences.includes(x) && doc.sentences[x].role !== 'headline'));
        const held = heldSentenceFor(doc, a, t, rules);
        if (held != null) d.sentences.unshift(held);
        // the scene holds for the encounters of the one who had them
        // (a place after "to" is no place of its own: "thanked Vietnam for its support to Laos")
        // (a place in a list's aside is the aside's: "met A, two weeks after their first meeting in X, and B")
        // (not an encounter the sentence recalls: "He first spoke to Y by phone last month" is not at the scene told before)
        // (nor a place the scene names too: "X held a series of meetings in the Akorda on Thursday. The President first received
        // Y, who is in Astana on a working visit" is at that scene, of that day; h-en64 probe; not a sentence with a day of its
        // own, "X and Y held talks in Harare in May this year" after a scene in Harare: h-en57 probe b1)
        else if (scene && !t.recalled && !a.places.some((p) => p.prep !== 'to' && !officePlace(a, p) && !listAsideSpans(a, rules).some(([x, y]) => p.charStart >= x && p.charEnd <= y) && !(!a.dates.length && sceneHolds(scene!.sentence, p))) && !d.fromHeadline && (!scene.subject || parties.includes(scene.subject))) {
          d.sentences.unshift(scene.sentence);
          // (the encounter the scene named without its parties has them now: "đã diễn ra Hội nghị gặp gỡ … Đồng chủ trì hội
          // nghị có A và B. Dự hội nghị có C, D": who attended are of this one, no encounter of their own)
          if (unnamed?.sentence === scene.sentence) unnamed = null;
        }
        drafts.push(d);
        if (!d.fromHeadline) last = d;
      });
      const mine = drafts.slice(before);
      if (mine.length >= 2 && !metOneByOne) metOneByOne = mine;
    }
  }
  // a headline that names a visit ("the spokesperson on the visit of the Prime Minister of X") over a body that tells it
  // only as a plan ("X will pay an official visit from 25 to 27 March"): no visit has taken place
  if (announced.size) {
    const visitBy = (d: DraftEvent) => d.kind.value === 'visit' && d.participants.length > 0;
    return drafts.filter((d) => !(d.fromHeadline && visitBy(d) && d.participants.every((p) => announced.has(p))
      && !drafts.some((o) => !o.fromHeadline && visitBy(o) && o.participants.some((p) => d.participants.includes(p)))));
  }
  return drafts;
}


/** The most words between a pair of states and the body they name ("Kenya-Ghana Joint Permanent Commission"). */
const BODY_REACH = 8;
/** The most words between a trigger and the pair of states of the body it names ("co-chaired the 12th round of A-B ..."). */
const BODY_AFTER_TRIGGER = 14;

/**
 * A body of two states named by their pair in a sentence: "Kenya-Ghana" (one token) or "Brazil - Germany"
 * (two country mentions and a dash), then one of `bodies` within BODY_REACH words, no clause break between.
 */
function bilateralPair(a: SentenceAnalysis, countryOf: (text: string) => string | null, bodies: Set<string>): { codes: [string, string]; text: string; span: { start: number; end: number }; tokStart: number } | null {
  const { tokens } = a;
  const bodyAfter = (k: number) => {
    for (let j = k; j < tokens.length && j < k + BODY_REACH; j++) {
      if (tokens[j].text === ',' || tokens[j].text === ';' || tokens[j].text === '.') return -1;
      if (bodies.has(tokens[j].lower)) return j;
    }
    return -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let codes: [string, string] | null = null;
    let begin = i, end = i + 1;
    const dash = t.text.search(/[-–]/);
    if (t.word && t.cap && dash > 0) {
      const x = countryOf(t.text.slice(0, dash)), y = countryOf(t.text.slice(dash + 1));
      if (x && y && x !== y) codes = [x, y];
    } else if (/^[-–]$/.test(t.text) && i > 0) {
      const left = a.countries.find((c) => c.end === i && (c.form === 'name' || c.form === 'adjective'));
      const right = a.countries.find((c) => c.start === i + 1 && (c.form === 'name' || c.form === 'adjective'));
      if (left && right && left.code !== right.code) { codes = [left.code, right.code]; begin = left.start; end = right.end; }
    }
    if (!codes) continue;
    const b = bodyAfter(end);
    if (b < 0) continue;
    const from = tokens[begin].start, to = tokens[b].end;
    return { codes, text: a.sentence.text.slice(from - a.sentence.start, to - a.sentence.start), span: { start: from, end: to }, tokStart: begin };
  }
  return null;
}

/**
 * "On July 13, the 14th Meeting of the Steering Committee was held in Nanning. It was co-chaired by
 * X and Y": a sentence that refers back to a gathering ("It", "The meeting", "co-chairs of") reports
 * the gathering of the "was held" sentence just before it, with its date and place.
 */
function heldSentenceFor(doc: Doc, a: SentenceAnalysis, t: TriggerMention, rules: RuleBook): number | null {
  if (!rules.pattern('events/refers-back').test(a.sentence.text) && !t.refersBack) return null;
  for (let s = a.sentence.index - 1, seen = 0; s >= 0 && seen < 3; s--) {
    const prev = doc.sentences[s];
    if (prev.noise || prev.role === 'headline') continue;
    seen++;
    if (rules.pattern('events/held').test(prev.text) && rules.pattern('events/gathering').test(prev.text)) return s;
    if (doc.analyses[s].triggers.length) return null;
  }
  return null;
}

/** a line that is an item of a list: a bullet, a dash, or a number or letter with a dot or bracket ("1.", "(a)") */
const LIST_ITEM = /^\s*(?:[-–—•·▪◦●*]|\(?(?:\d{1,2}|[a-z])[.)])\s+/u;
const ITEM_NUMBER = /^\s*\(?(?:\d{1,2}|[a-z])[.)]\s*$/u;

function nextBodySentence(doc: Doc, i: number): string | null {
  const k = sentenceAfter(doc, i);
  return k >= 0 ? doc.sentences[k].text : null;
}

/** "at the invitation of X", "following an invitation sent by X", "at X's invitation". */
/** The named person right after "at the request/invitation/initiative of" (events/requester), not the party given. */
function requesterOf(a: SentenceAnalysis, party: Entity, rules: RuleBook): Entity | null {
  const words = rules.optionalWords('events/requester');
  if (!words.size) return null;
  for (const m of a.persons) {
    if (!m.entity || m.entity === party || m.kind === 'pronoun' || m.kind === 'group' || !m.entity.name) continue;
    const w = ofHead(a, leadStart(a, m));
    if (w && words.has(w.lower)) return m.entity;
  }
  return null;
}

function invitedBy(a: SentenceAnalysis, m: PersonMention, rules: RuleBook): boolean {
  const words = rules.words('events/invitation');
  for (let k = m.start - 1; k >= Math.max(0, m.start - 8); k--) {
    if (words.has(a.tokens[k].lower)) return true;
    if (a.tokens[k].text === ',' || a.tokens[k].text === '.') return false;
  }
  return words.has(a.tokens[m.end]?.lower ?? '') || words.has(a.tokens[m.end + 1]?.lower ?? '');
}

/**
 * Each side's attendees told in a sentence of its own, one opened by its side ("The reception was attended by A and B. On
 * the Indonesian side, it was attended by C"): the named people of a sentence whose opening names a side are of that
 * state, and those of the other sentence of the other state of the encounter (of two), when the text gives them none.
 */
function giveSides(sentences: SentenceAnalysis[], parties: Entity[], sideWords: ReadonlySet<string>): void {
  const states = statesOf(parties);
  const sides = sentences.map((a) => sideOpening(a, sideWords));
  if (states.length !== 2 || sides.every((x) => !x) || sides.some((x) => x && !states.includes(x))) return;
  sentences.forEach((a, k) => {
    const other = sides[1 - k];
    const side = sides[k] ?? (other ? states.find((c) => c !== other)! : null);
    if (!side) return;
    for (const p of a.persons) {
      if (p.kind !== 'named' || !p.entity?.name || p.entity.country?.value) continue;
      p.entity.country = inferred(side, 'country/attendees-side', sides[k] ? `"On the ${side} side": the attendees the sentence names`
        : `the attendees of the other side than the next sentence's (${other})`);
    }
  });
}
/**
 * Both sides' attendees in one sentence opened by one side ("On the Tanzanian side, the talks were attended by A and B,
 * while the Zambian delegation included C"; "On the Peruvian side were A and B, and on the Chilean side C"): the named
 * people before the other state's words ("the Zambian delegation", "the Chilean side") are of the opening side, those
 * after them of the other state of the encounter (of two), when the text gives them none.
 */
function giveSidesWithin(a: SentenceAnalysis, parties: Entity[], sideWords: ReadonlySet<string>): void {
  const first = sideOpening(a, sideWords);
  const states = statesOf(parties);
  if (!first || states.length !== 2 || !states.includes(first)) return;
  const other = states.find((c) => c !== first)!;
  const marker = a.persons.find((p) => p.kind === 'anaphor' && p.country?.value === other && p.start > SIDE_OPENING + 1)?.start
    ?? a.countries.find((c) => c.code === other && c.start > SIDE_OPENING && sideWords.has(a.tokens[c.end]?.lower ?? ''))?.start;
  if (marker == null) return;
  for (const p of a.persons) {
    if (p.kind !== 'named' || !p.entity?.name || p.entity.country?.value) continue;
    const side = p.start < marker ? first : other;
    p.entity.country = inferred(side, 'country/attendees-side', p.start < marker ? `"On the ${side} side": the attendees the sentence names before the other side's`
      : `the attendees named after the other side's words (${side})`);
  }
}
/**
 * A side named before the attendees it lists ("Tham dự hội đàm về phía Việt Nam có X, Y; về phía Lào có Z"): each attendee
 * of no state yet is of the side named last before it (a country's side form, or its name after a word of persons/side-before: "phía Việt Nam"). h-zv33.
 */
function giveSidesNamedBefore(a: SentenceAnalysis, sideBefore: ReadonlySet<string>): void {
  const sides = a.countries.filter((c) => c.form === 'side' || (c.start > 0 && sideBefore.has(a.tokens[c.start - 1].lower)));
  if (!sides.length) return;
  for (const p of a.persons) {
    if (p.kind !== 'named' || !p.entity?.name || p.entity.country?.value) continue;
    const side = sides.filter((c) => c.end <= p.start).pop();
    if (side) p.entity.country = inferred(side.code, 'country/attendees-side', `the attendees named after "${a.tokens.slice(side.start, side.end).map((t) => t.text).join(' ')}"`);
  }
}
/** The state a sentence opens with as a side ("On the Saudi side, ...", "From the Chilean side, ..."): a country's name, then a side word, among the first words. */
function sideOpening(a: SentenceAnalysis, sideWords: ReadonlySet<string>): string | null {
  const c = a.countries.find((x) => x.start <= SIDE_OPENING && sideWords.has(a.tokens[x.end]?.lower ?? ''));
  return c ? c.code : null;
}
/** How many words may open a side's sentence of attendees before the country's name ("On the Saudi side, ..."). */
const SIDE_OPENING = 2;
/** The states people are known to be of so far, each once. */
const statesOf = (people: Entity[]): string[] => [...new Set(people.flatMap((e) => (e.country?.value ? [e.country.value] : [])))];

/**
 * Whether the people a sentence names as present are of both sides of an encounter: two states at least among them, and
 * every state its parties are known to be of so far (a host's country may be found only later, from the place). One
 * side's entourage alone ("Also present were the host's ministers") is taken only where the language's rule says so
 * (`one_side`, attachAttendees).
 */
function bothSidesPresent(present: Entity[], parties: Entity[]): boolean {
  const sides = new Set(statesOf(parties));
  const theirs = new Set(statesOf(present));
  if (theirs.size >= 2 && [...sides].every((c) => theirs.has(c))) return true;
  // (a home official whose title names no state, "Thứ trưởng X", beside the other side's, "Đại sứ Trung Quốc Y", of a
  // two-sided encounter: the one side missing is theirs; the country is found later, from the text's side)
  const missing = [...sides].filter((c) => !theirs.has(c));
  if (sides.size === 2 && theirs.size === 1 && missing.length === 1 && present.some((e) => !e.country?.value)) return true;
  // (the same with the home party's country not known yet either: "Chủ tịch UBND tỉnh X tiếp đoàn … Trung Quốc do Y dẫn đầu.
  // Cùng dự có đồng chí Z, Phó Chủ tịch UBND tỉnh, và Tổng Lãnh sự Trung Quốc W": one side with no state, one with)
  return sides.size === 1 && theirs.size === 1 && [...sides][0] === [...theirs][0]
    && parties.some((e) => !e.country?.value) && present.some((e) => !e.country?.value);
}

/**
 * Whether the trigger at i opens a relative clause right after the party m (", who paid an official visit ..."): m, a comma,
 * a relative pronoun (events/relative-subjects), then at most three lowercase words ("had", "also", "recently") before i.
 */
function opensRelativeClause(a: SentenceAnalysis, i: number, m: PersonMention, pronouns: ReadonlySet<string>): boolean {
  if (!pronouns.size) return false;
  let k = i - 1;
  for (let w = 0; w < 3 && k > m.end && a.tokens[k].word && !a.tokens[k].cap && !pronouns.has(a.tokens[k].lower); w++) k--;
  return k === m.end + 1 && pronouns.has(a.tokens[k]?.lower ?? '') && a.tokens[m.end]?.text === ',';
}

/** The token index after the last ";" or sentence-initial clause before i (commas do not end a clause here). */
function lastClauseBreak(a: SentenceAnalysis, i: number, spaces = true): number {
  for (let k = i - 1; k >= 0; k--) if (a.tokens[k].text === ';' || a.tokens[k].text === ':') return k + 1;
  // (a space between Han characters, "…巴罗会谈　韩正会见": the second verb's subject is its clause's alone)
  if (!spaces) for (let k = i - 1; k >= 1; k--) if (hanSpaceBreak(a, k, k)) return k;
  return 0;
}

function entityOf(m: PersonMention): Entity | null {
  return m.entity ?? null;
}

function excluded(a: SentenceAnalysis, m: PersonMention, notPartyOf: Set<string>, notPartyBefore: Set<string> | null = null, spaces = true, besides: Set<string> = new Set(), possessedNot: Set<string> = new Set()): boolean {
  if (notPartyBefore && framed(a, m, notPartyBefore, spaces)) return true;
  // "at the invitation of X", "conveyed the greetings of (Chinese) X"
  const start = leadStart(a, m);
  const prev = a.tokens[start - 1];
  const prev2 = a.tokens[start - 2];
  // "Apart from X, the president also received Y": X belongs to another encounter
  if (prev && (besides.has(prev.lower) || (prev2 && besides.has(`${prev2.lower} ${prev.lower}`)) || (prev2 && a.tokens[start - 3] && besides.has(`${a.tokens[start - 3].lower} ${prev2.lower} ${prev.lower}`)))) return true;
  const head = ofHead(a, start);
  if (head && notPartyOf.has(head.lower)) return true;
  // "spoke with Motegi's predecessor, Takeshi Iwaya": the one the possessive names the relation of is the party
  if (m.kind !== 'pronoun' && possessedNot.size) {
    const noun = possessedNoun(a.tokens, m);
    if (noun && possessedNot.has(noun.lower)) return true;
  }
  return false;
}

/** Where a mention's words begin with its article and country ("the Chinese X", "Chinese X"). */
function leadStart(a: SentenceAnalysis, m: PersonMention): number {
  let start = m.start;
  if (a.tokens[start]?.lower === 'the') start++;
  const country = a.countries.find((c) => c.end === start || c.start === start);
  if (country && country.start <= start) start = country.start;
  if (a.tokens[start - 1]?.lower === 'the') start--;
  return start;
}

/** The noun an "of" right before `start` hangs from, past an article ("at the invitation of X": invitation), or undefined. */
function ofHead(a: SentenceAnalysis, start: number): Token | undefined {
  if (a.tokens[start - 1]?.lower !== 'of') return undefined;
  return a.tokens[start - 2]?.lower === 'the' ? a.tokens[start - 3] : a.tokens[start - 2];
}

/** How many words (characters where words have no spaces) a frame before a person may have. */
const FRAME_WORDS = 5;
const FRAME_CHARS = 6;

/**
 * Whether the words right before a person, and the title and country that open the mention, are a frame that makes
 * them no party (events/not-party-before: "cố Tổng Bí thư X" the late, "Phu nhân X", "thay mặt X", 已故, 陪同).
 */
function framed(a: SentenceAnalysis, m: PersonMention, words: Set<string>, spaces: boolean): boolean {
  let start = m.start;
  const title = a.titles.find((t) => t.end === start);
  if (title) start = title.start;
  const country = a.countries.find((c) => c.end === start);
  if (country) start = country.start;
  if (spaces) {
    let w = '';
    for (let k = 1; k <= FRAME_WORDS && start - k >= 0; k++) {
      const t = a.tokens[start - k];
      if (!t.word) break;
      w = k === 1 ? t.lower : `${t.lower} ${w}`;
      if (words.has(w)) return true;
    }
    return false;
  }
  let w = '';
  for (let k = 1; k <= FRAME_CHARS && start - k >= 0; k++) {
    w = a.tokens[start - k].text + w;
    if (words.has(w)) return true;
  }
  return false;
}

const framesOf = new WeakMap<RuleBook, Set<string> | null>();
/** The plain words of events/not-party-before (its expressions, 're:…', are left to the rules that read them). */
function notPartyFrames(rules: RuleBook): Set<string> | null {
  if (framesOf.has(rules)) return framesOf.get(rules)!;
  const s = rules.has('events/not-party-before') ? new Set(rules.list('events/not-party-before').filter((w) => !w.startsWith('re:')).map((w) => w.toLowerCase())) : null;
  framesOf.set(rules, s);
  return s;
}
const earlierFramesOf = new WeakMap<RuleBook, Set<string> | null>();
/**
 * The frames of an encounter the text looks back on as earlier (trigger/earlier-before: 曾, từng): less the marks of a
 * person now dead (events/late-marks: cố, 已故), who took part in it when alive ("Cố Tổng Bí thư X từng tiếp Y").
 */
function earlierPartyFrames(rules: RuleBook): Set<string> | null {
  if (earlierFramesOf.has(rules)) return earlierFramesOf.get(rules)!;
  const all = notPartyFrames(rules);
  const late = rules.optionalWords('events/late-marks');
  const s = all && late.size ? new Set([...all].filter((w) => !late.has(w))) : all;
  earlierFramesOf.set(rules, s);
  return s;
}

/**
 * The tokens of the sentence's country names, and of a province's or city's name written right before an office
 * ("、谅山省委书记黄文验", "and Yunnan Party Secretary X"): the place is the office's own, as a country before a title is,
 * and breaks no list of persons.
 */
function countryAndOfficePlaceTokens(a: SentenceAnalysis): Set<number> {
  const out = new Set<number>();
  for (const c of a.countries) for (let i = c.start; i < c.end; i++) out.add(i);
  for (const p of a.places) {
    const title = officeAfterPlace(a, p);
    if (title) for (let i = p.start; i < title.start; i++) out.add(i);
  }
  return out;
}

/** The title written right after a place with no preposition before it ("谅山省委书记": the place may take the title's first character). */
function officeAfterPlace(a: SentenceAnalysis, p: SentenceAnalysis['places'][number]): SentenceAnalysis['titles'][number] | undefined {
  return p.prep ? undefined : a.titles.find((x) => x.start > p.start && x.start <= p.end);
}

/**
 * Whether a place is only part of an office ("河江省委书记侯阿吝", "Bí thư Tỉnh ủy Lạng Sơn"): no place where an encounter
 * was held, so it does not stand against the scene a sentence before set.
 */
function officePlace(a: SentenceAnalysis, p: SentenceAnalysis['places'][number]): boolean {
  return !!officeAfterPlace(a, p) || (!p.prep && a.titles.some((x) => x.start <= p.start && x.end >= p.end));
}

/** The chain of mentions joined by "and" / "," / "as well as" around mention index k, walking in `dir`. */
/** Whether guests are of different states, each one's state given, or all but one of them (two at least). */
function distinctStates(obj: Entity[]): boolean {
  const known = obj.flatMap((o) => (o.country?.value ? [o.country.value] : []));
  return new Set(known).size === known.length && (known.length === obj.length || (known.length >= 2 && known.length === obj.length - 1));
}

/** Whether a joiner, then a delegation and the words that say who leads it, stand between two persons of a list ("A and a delegation of X led by Commissioner B"). */
function ledAfterJoiner(a: SentenceAnalysis, left: PersonMention, right: PersonMention, joiners: ReadonlySet<string>, rules: RuleBook): boolean {
  const ledBy = rules.optionalPattern('events/led-by');
  if (!ledBy || right.kind !== 'named' || right.start - left.end < 3) return false;
  const joiner = a.tokens[left.end]?.text === ',' ? a.tokens[left.end + 1] : a.tokens[left.end];
  if (!joiner || !joiners.has(joiner.lower)) return false;
  const title = a.titles.find((x) => x.end === right.start && x.start >= left.end);
  // (read from after the comma that closes the first party, ", and a delegation of B led by its Secretary-General Y":
  // the words the pattern reads open with a space; h-en59 probe)
  const from = a.tokens[a.tokens[left.end]?.text === ',' ? left.end : left.end - 1].end - a.sentence.start, to = a.tokens[title ? title.start : right.start].start - a.sentence.start;
  return ledBy.test(a.sentence.text.slice(from, to));
}

function chain(a: SentenceAnalysis, ms: PersonMention[], k: number, dir: 1 | -1, rules: RuleBook): PersonMention[] {
  const fillers = rules.words('events/chain-fillers');
  const joiners = rules.words('events/chain-joiners');
  const relatives = rules.optionalWords('events/relative-pronouns');
  // ("received A and the outgoing Vietnamese Ambassador B": a title's own modifiers, events/object-premodifiers, break no list)
  const premod = rules.optionalWords('events/object-premodifiers');
  const inCountry = countryAndOfficePlaceTokens(a);
  const out = [ms[k]];
  for (let i = k + dir; i >= 0 && i < ms.length; i += dir) {
    const [left, right] = dir === 1 ? [out[out.length - 1], ms[i]] : [ms[i], out[out.length - 1]];
    // "X and his Chinese counterpart Y": determiners and country adjectives do not break the chain, nor a title written
    // right after the left name ("习近平主席同特朗普总统": the name, then its title, then 同)
    const after = a.titles.find((x) => x.start === left.end && x.end <= right.start);
    const between = a.tokens.slice(after ? after.end : left.end, right.start)
      .filter((t, j) => !fillers.has(t.lower) && !premod.has(t.lower) && !inCountry.has((after ? after.end : left.end) + j))
      .map((t) => t.lower).join(' ').replace(/ ,/g, ',');
    // ("held talks with B, and the two agreed to ...": a group after a comma opens a clause of its own, no person of the list)
    // (backwards too: "Nhân chuyến thăm Việt Nam của X, hai Bộ trưởng đã có cuộc gặp", "During X's visit, the two ministers
    // met": the group is the clause's subject, the person before the comma closes a fronted phrase; h-zv38)
    if (joiners.has(between.trim()) && !(right.kind === 'group' && !right.countries && between.includes(','))) { out.push(ms[i]); continue; }
    // "X, Minister of Foreign Affairs, African Cooperation and Moroccans Abroad Y": a joiner, then the next
    // party's title with words of its office the title did not take, then the name
    // (backwards too, a joint subject whose second party has a title or rank of its own: "Deputy Minister A and Pol. Gen.
    // B co-chaired the dialogue, at which they signed ...", the pronoun after the trigger no object of it; h-en49)
    if (titledAfterJoiner(a, left, right, joiners, fillers, relatives)) { out.push(ms[i]); continue; }
    // "A and Pol. Gen. B", "A and Police General B": a joiner, then a rank or style no title recogniser took, in capitals,
    // right before the name (h-en49: the joint subject of "co-chaired the dialogue, at which they signed ..." was cut there)
    if (styledAfterJoiner(a, left, right, joiners, fillers)) { out.push(ms[i]); continue; }
    // "tiếp Đại sứ A đến chào từ biệt, Đại sứ B và Đại sứ C …": the purpose of the envoy received before the next of the
    // list (events/list-purpose)
    if (dir === 1 && purposeBetween(a, left, right, rules)) { out.push(ms[i]); continue; }
    // "received Ambassador A and a delegation of B's businesses led by Commissioner C": a joiner, then a delegation whose
    // leader is named (events/led-by), the next party of the list
    if (dir === 1 && ledAfterJoiner(a, left, right, joiners, rules)) { out.push(ms[i]); continue; }
    // "met A, only two weeks after their first meeting in X, and B": an aside between two persons of the list
    // (a pronoun inside the aside is no person of the list: "whom he had first met in X")
    if (dir === 1) {
      let j = i;
      while (j < ms.length && ms[j].kind === 'pronoun') j++;
      if (j < ms.length && listAside(a, left, ms[j], rules)) { out.push(ms[j]); i = j; continue; }
    }
    break;
  }
  return out;
}

/** Whether the words between two persons of a list are the purpose of the first one's call (events/list-purpose), then a joiner. */
function purposeBetween(a: SentenceAnalysis, left: PersonMention, right: PersonMention, rules: RuleBook): boolean {
  const purpose = rules.optionalPattern('events/list-purpose');
  if (!purpose || left.kind === 'group' || right.kind === 'group' || left.kind === 'pronoun' || right.kind === 'pronoun') return false;
  const open = mentionOpening(a, right);
  if (open <= left.end) return false;
  const from = a.tokens[left.end].start - a.sentence.start, to = a.tokens[open - 1].end - a.sentence.start;
  return purpose.test(a.sentence.text.slice(from, to));
}

/**
 * "A và B; C và D trao đổi điện mừng", "A同B，C同D互致贺电": pairs of parties one after another, ending at mention k, each
 * pair joined by the same word and the pairs set off by a separator (events/pair-list), every pair of the same two
 * countries: one encounter a pair. Null when the parties before k are no such list.
 */
function pairList(a: SentenceAnalysis, ms: PersonMention[], k: number, rules: RuleBook): PersonMention[][] | null {
  if (!rules.has('events/pair-list')) return null;
  const separators = rules.words('events/pair-list');
  const joiners = rules.fieldWords('events/pair-list', 'joiners', true);
  const fillers = rules.words('events/chain-fillers');
  const inCountry = countryAndOfficePlaceTokens(a);
  // the words between two mentions, as chain() reads them (a title right after the left name, fillers and countries left out)
  const gap = (left: PersonMention, right: PersonMention) => {
    const after = a.titles.find((x) => x.start === left.end && x.end <= right.start);
    const from = after ? after.end : left.end;
    return a.tokens.slice(from, right.start).filter((t, j) => !fillers.has(t.lower) && !inCountry.has(from + j)).map((t) => t.lower).join(' ').trim();
  };
  const seq = [ms[k]];
  const links: string[] = [];
  for (let i = k - 1; i >= 0; i--) {
    const g = gap(ms[i], seq[0]);
    if (!(links.length % 2 === 0 ? joiners : separators).has(g)) break;
    seq.unshift(ms[i]);
    links.unshift(g);
  }
  // (a party before the first pair, set off by a separator, is none of the pairs)
  if (seq.length % 2) { seq.shift(); links.shift(); }
  if (seq.length < 4) return null;
  const pairs: PersonMention[][] = [];
  for (let i = 0; i < seq.length; i += 2) pairs.push([seq[i], seq[i + 1]]);
  if (new Set(links.filter((_, j) => j % 2 === 0)).size !== 1) return null;
  const countries = (p: PersonMention[]) => p.map((m) => (m.kind === 'named' || m.kind === 'short' ? m.entity?.country?.value ?? null : null));
  const first = countries(pairs[0]);
  for (const p of pairs) {
    const c = countries(p);
    if (!c[0] || !c[1] || c[0] === c[1] || !first.includes(c[0]) || !first.includes(c[1])) return null;
  }
  return pairs;
}

/** Whether the preposition of a joint encounter (同, 与) stands right before mention m or the title that opens it. */
function jointWithBefore(a: SentenceAnalysis, m: PersonMention, rules: RuleBook): boolean {
  const words = rules.optionalWords('events/joint-with');
  if (!words.size) return false;
  const title = a.titles.find((x) => x.end === m.start);
  const from = title ? title.start : m.start;
  return from > 0 && words.has(a.tokens[from - 1].lower);
}

/** A joiner right after `left`, then a title that opens `right`'s stretch, with no clause break and no other title between it and `right`. */
function titledAfterJoiner(a: SentenceAnalysis, left: PersonMention, right: PersonMention, joiners: Set<string>, fillers: Set<string>, relatives: Set<string>): boolean {
  if (right.kind !== 'named' || right.start - left.end > MAX_TITLED_OBJECT_GAP) return false;
  const title = a.titles.find((x) => x.start > left.end && x.start < right.start);
  if (!title || a.titles.some((x) => x !== title && x.start > title.start && x.start < right.start)) return false;
  const lead = a.tokens.slice(left.end, title.start).filter((t) => !fillers.has(t.lower)).map((t) => t.lower).join(' ').replace(/ ,/g, ',').trim();
  if (!joiners.has(lead)) return false;
  // (the words up to the name are more of the office, not a relative clause: "who delivered a message from Y";
  // events/relative-pronouns)
  return a.tokens.slice(title.end, right.start).every((t) => t.text !== ';' && t.text !== ':' && !relatives.has(t.lower));
}

/** The most words of a rank or style ("Pol. Gen.", "Senior Lieutenant General") between a joiner and the name it goes before. */
const MAX_STYLE_WORDS = 4;
/**
 * Whether a joiner and then only capitalised words (with their abbreviation stops) stand between two persons, the second
 * named: a rank or style of the second that no title recogniser took ("A and Pol. Gen. B"). No comma, no lowercase word.
 */
function styledAfterJoiner(a: SentenceAnalysis, left: PersonMention, right: PersonMention, joiners: Set<string>, fillers: Set<string>): boolean {
  if (right.kind !== 'named' || left.kind === 'group' || left.kind === 'pronoun' || right.start <= left.end) return false;
  let k = left.end;
  const lead: string[] = [];
  while (k < right.start && !a.tokens[k].cap) { if (!fillers.has(a.tokens[k].lower)) lead.push(a.tokens[k].lower); k++; }
  if (!lead.length || k === right.start || !joiners.has(lead.join(' ').replace(/ ,/g, ',')) || lead.includes(',')) return false;
  let words = 0;
  for (; k < right.start; k++) {
    const t = a.tokens[k];
    if (t.text === '.' && k > left.end && a.tokens[k - 1].cap) continue;
    if (!t.cap || !t.word || ++words > MAX_STYLE_WORDS) return false;
  }
  return true;
}

/** The two named people of two countries the body sentence before a fronted 'During their meeting, ...' names, with no trigger there. */
function pairBefore(doc: Doc, a: SentenceAnalysis, t: TriggerMention, rules: RuleBook, groupSubject = false, visitBefore = false): { parties: Entity[]; sentence: number } | null {
  const opens = groupSubject ? null : rules.optionalPattern('events/their-encounter-opens')?.exec(a.sentence.text);
  if (!groupSubject && (!opens || t.charStart - a.sentence.start >= opens[0].length)) return null;
  const p = sentenceBefore(doc, a.sentence.index);
  // (a sentence that tells an encounter names its own pair; a visit's alone names the visitor and the host)
  if (p < 0 || doc.sentences[p].role === 'headline' || doc.analyses[p].triggers.some((x) => !visitBefore || x.kind !== 'visit')) return null;
  const named = [...new Set(doc.analyses[p].persons.filter((m) => m.kind !== 'pronoun' && m.entity?.name && m.entity.country).map((m) => m.entity!))];
  if (named.length !== 2 || named[0].country!.value === named[1].country!.value) return null;
  return { parties: named, sentence: p };
}

/** an encounter the story has told with its parties, in the body, by the same word as the noun `t` of sentence `a` ("đã hội
 * đàm với Y" before "Sau hội đàm"): the noun names it again */
function namedBefore(drafts: readonly DraftEvent[], t: TriggerMention, a: SentenceAnalysis, doc: Doc): boolean {
  const fold = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
  const word = fold(a.sentence.text.slice(t.charStart - a.sentence.start, t.charEnd - a.sentence.start));
  const said = (d: DraftEvent, x: TriggerMention) => d.sentences.some((k) => {
    const s = doc.sentences[k];
    return s.start <= x.charStart && x.charEnd <= s.end && fold(s.text.slice(x.charStart - s.start, x.charEnd - s.start)).includes(word);
  });
  return !!word && drafts.some((d) => !d.fromHeadline && !d.referenced && d.kind.value === t.kind && d.participants.length >= 2
    && d.triggers.some((x) => x !== t && !x.recalled && !x.planned && said(d, x)));
}

/** Whether a group ("the two leaders", "both sides") is the trigger's subject and the sentence names no person of its own. */
function groupSubjectAlone(a: SentenceAnalysis, t: TriggerMention): boolean {
  if (a.persons.some((m) => m.kind !== 'group' && m.kind !== 'pronoun')) return false;
  return a.persons.some((m) => m.kind === 'group' && !m.entity && m.end <= t.tokStart);
}

interface Parties {
  groups: Entity[][];
  initiator: Entity | null;
  /** for each group, who asked for it when that differs by group ("received phone calls from A and B": each caller) */
  initiators?: (Entity | null)[];
  /** for each group, the mention its date and place are read from when it is not the trigger's (a gapped object) */
  anchors?: (PersonMention | null)[];
  /** the sentences of the encounter the trigger's words took place at ("Z delivered a message from Y to X" after Z met X) */
  told?: number[];
  /** the encounter just told that a fronted 'During the talks, A and B ...' restates: the draft keeps its kind */
  restates?: DraftEvent;
}

/** The most words between a finished object and a gapped one ("in Accra on May 3 and"). */
const GAPPED_REACH = 14;

/**
 * "met A in Accra on May 3 and B in Dakar on May 4": objects after the first, each after its own
 * place or date and "and", with no other trigger between. Returns them in order.
 */
function gappedObjects(a: SentenceAnalysis, t: TriggerMention, lastObject: PersonMention, ms: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  let prev = lastObject;
  for (const m of ms) {
    if (m.start < prev.end || m === prev || !m.entity || m.kind === 'pronoun' || m.kind === 'group') continue;
    // a country adjective before the title belongs to the object ("and Senegalese Foreign Minister X")
    let start = m.start;
    const c = a.countries.find((x) => x.end === start);
    if (c) start = c.start;
    const gap = a.tokens.slice(prev.end, start);
    if (!gap.length || gap.length > GAPPED_REACH) break;
    // ("met A in X on D and with B in Y on E": the trigger's preposition said again before the gapped object)
    const joiner = gap.length > 1 && gap[gap.length - 1].lower === 'with' ? gap[gap.length - 2] : gap[gap.length - 1];
    if (joiner.lower !== 'and') break;
    if (gap.some((x) => x.text === ';' || x.text === '.')) break;
    if (a.triggers.some((x) => x !== t && x.tokStart >= prev.end && x.tokStart < m.start)) break;
    // the words between finished the object with a place or a date
    const from = a.tokens[prev.end]?.start ?? 0, to = a.tokens[start].start;
    const complemented = a.places.some((p) => p.charStart >= from && p.charEnd <= to) || a.dates.some((d) => d.charStart >= from && d.charEnd <= to);
    if (!complemented) break;
    out.push(m);
    prev = m;
  }
  return out;
}

/** How many characters may stand between a Chinese group and the trigger it is the subject of (两国外长当天在北京举行会谈). */
const HAN_GROUP_GAP = 12;

/**
 * Whether a group in a script without spaces is the subject of the trigger's own clause: before a trigger that is a verb
 * ("两国元首举行会谈", "双方外长在北京会谈"), with no 的 or clause break between; "两位总理高度评价两国高层的会晤" (会晤
 * the object of another verb) and a group after the trigger are not.
 */
function groupSubjectOf(a: SentenceAnalysis, m: PersonMention, t: TriggerMention): boolean {
  if (t.voice === 'noun' || m.end > t.tokStart) return false;
  // (the day, the place with its preposition and the gathering between are adverbials, no words of the gap:
  // "两国领导人曾于2025年10月在马来西亚吉隆坡出席东盟峰会期间举行会晤"; h-zv32)
  const adverbial = (k: number) => a.dates.some((d) => d.charStart <= a.tokens[k].start && a.tokens[k].end <= d.charEnd)
    || a.places.some((p) => (p.prepAt ?? p.start) <= k && k < p.end) || a.occasions.some((o) => o.tokStart <= k && k < o.tokEnd);
  let gap = 0;
  for (let i = m.end; i < t.tokStart; i++) {
    const x = a.tokens[i].text;
    if (x === '的' || HAN_CLAUSE_BREAKS.has(x)) return false;
    if (!adverbial(i) && ++gap > HAN_GROUP_GAP) return false;
  }
  return true;
}

/** How many words may stand between the earlier verb's object and a verb joined to it ("and held", "và có cuộc"). */
/** How many tokens a relative clause about the object may run before the comma that closes it (sharedSubject). */
const RELATIVE_ASIDE = 16;
const JOINED_VERB_GAP = 4;

/**
 * The index (in `ms`) of the subject a trigger shares with an earlier trigger of its sentence, when the party right before
 * it is that trigger's object and a verb joiner stands between ("A chào xã giao B và có cuộc hội đàm với C"), or null.
 */
function sharedSubject(a: SentenceAnalysis, t: TriggerMention, ms: PersonMention[], before: (readonly [PersonMention, number])[], rules: RuleBook): number | null {
  if (!rules.has('events/verb-joiners')) return null;
  const earlier = a.triggers.filter((x) => x !== t && x.tokEnd <= t.tokStart);
  const prev = earlier[earlier.length - 1];
  if (!prev) return null;
  const [object] = before[before.length - 1];
  // (the place and day phrases after the object are no words of the gap: "met B in Nairobi on Monday, and later held talks with C")
  const adverbial = (k: number) => a.places.some((p) => (p.prepAt ?? p.start) <= k && k < p.end)
    || a.dates.some((d) => (d.charStart <= a.tokens[k].start && a.tokens[k].end <= d.charEnd) || (a.tokens[k].lower === 'on' && a.tokens[k + 1]?.start === d.charStart));
  // (and a venue the gazetteer does not know, capitalised after "at (the)": "called on B at the Senate in Pasay City and later met C")
  const venuePreps = rules.optionalWords('events/venue-before-object');
  const free = (x: number) => !a.persons.some((p) => p.start <= x && x < p.end) && !a.titles.some((y) => y.start <= x && x < y.end);
  // ("was received by B, who took office on 1 March, and also met C": a relative clause about B closed by its comma before
  // the joiner is B's aside; the verb after it is joined to the first, its subject the sentence's; h-en58 probe b2, gov.si)
  const relatives = rules.optionalWords('events/relative-pronouns');
  const joiners = rules.words('events/verb-joiners');
  let from = object.end;
  if (a.tokens[from]?.text === ',' && relatives.has(a.tokens[from + 1]?.lower ?? '')) {
    let close = -1;
    for (let k = from + 2; k < t.tokStart - 1 && k - from <= RELATIVE_ASIDE; k++) if (a.tokens[k].text === ',' && joiners.has(a.tokens[k + 1].lower)) { close = k; break; }
    if (close > 0 && !a.tokens.slice(from + 2, close).some((x) => x.text === ',' || CLAUSE_BREAKS.has(x.text) || relatives.has(x.lower))
      && !a.triggers.some((x) => x.tokStart > from && x.tokEnd <= close)) from = close;
  }
  let words = 0;
  for (let k = from; k < t.tokStart && words <= JOINED_VERB_GAP; k++) {
    if (venuePreps.has(a.tokens[k].lower)) {
      let j = k + 1;
      if (a.tokens[j]?.lower === 'the') j++;
      const s = j;
      while (j < t.tokStart && j - s < 6 && a.tokens[j].word && a.tokens[j].cap && free(j)) j++;
      if (j > s) { k = j - 1; continue; }
    }
    if (!adverbial(k)) words++;
  }
  if (object.start < prev.tokEnd || words > JOINED_VERB_GAP) return null;
  const gap = a.tokens.slice(from, t.tokStart);
  if (gap.some((x) => CLAUSE_BREAKS.has(x.text))) return null;
  // ("met B, who later held talks with C": the relative clause's subject is B)
  if (gap.some((x) => relatives.has(x.lower))) return null;
  let joined = false;
  for (let i = 0; i < gap.length && !joined; i++) joined = joiners.has(gap[i].lower) || (i + 1 < gap.length && joiners.has(`${gap[i].lower} ${gap[i + 1].lower}`));
  // ("King receives Cypriot FM, holds phone call with Portuguese PM": a headline joins its verb phrases with a comma alone;
  // h-en50 probe b2)
  if (!joined && a.sentence.role === 'headline' && gap[0]?.text === ',' && (gap.length === 1 || (gap.length === 2 && gap[1].word && !gap[1].cap))) joined = true;
  if (!joined) return null;
  const subject = before.filter(([m]) => m.end <= prev.tokStart && m.kind !== 'group');
  return subject.length ? subject[subject.length - 1][1] : null;
}

/**
 * The token after the place and date phrases that stand right after a verb, before its object ("received in
 * Riyadh today the President of X", "received at the palace on Sunday Y"): where that object may start.
 */
/** Where the object of a trigger whose party follows a preposition is looked for: the preposition after the venue and the
 *  day, when adverbials stand between ("held talks in Ha Noi on May 3 with X"), else right after the trigger. */
function afterPartyAdverbials(a: SentenceAnalysis, from: number, rules: RuleBook): number {
  if (!rules.has('events/party-preposition-after-adverbials')) return from;
  const preps = rules.words('events/party-preposition-after-adverbials');
  if (from >= a.tokens.length || preps.has(a.tokens[from].lower)) return from;
  const i = afterAdverbials(a, from, rules);
  return i > from && i < a.tokens.length && preps.has(a.tokens[i].lower) ? i : from;
}

function afterAdverbials(a: SentenceAnalysis, from: number, rules: RuleBook): number {
  const venuePreps = rules.optionalWords('events/venue-before-object');
  const particles = rules.optionalWords('events/venue-name-particles');
  const n = a.tokens.length;
  let i = from;
  for (let guard = 0; guard < 6 && i < n; guard++) {
    // the commas that set the day and the venue apart ("received today, at Itamaraty Palace, the Minister of X, Y")
    if (i > from && a.tokens[i].text === ',') { i++; continue; }
    // a part of the day or a sequence word ("received in the afternoon Minister Y", "received later in the day Y")
    const timeWords = rules.optionalPattern('events/time-before-object');
    const timeWord = timeWords?.exec(a.sentence.text.slice(a.tokens[i].start - a.sentence.start));
    if (timeWord) {
      const end = a.tokens[i].start + timeWord[0].length;
      let j = i;
      while (j < n && a.tokens[j].start < end) j++;
      if (j > i) { i = j; continue; }
    }
    const place = a.places.find((p) => (p.prepAt ?? p.start) === i || (p.start === i + 1 && a.tokens[i].word && !a.tokens[i].cap));
    if (place && place.end > i) {
      // the rest of a venue named after its city ("at Basman Palace")
      i = place.end;
      while (i < n && a.tokens[i].word && a.tokens[i].cap && !a.persons.some((p) => p.start <= i && i < p.end) && !a.titles.some((x) => x.start === i)) i++;
      continue;
    }
    // "at Al Noor Palace": a capitalised venue the gazetteer does not know, no person's name in it
    if (venuePreps.has(a.tokens[i].lower)) {
      let j = i + 1;
      if (a.tokens[j]?.lower === 'the') j++;
      const s = j;
      const free = (x: number) => !a.persons.some((p) => p.start <= x && x < p.end) && !a.titles.some((t) => t.start === x);
      while (j < n && j - s < 10) {
        if (a.tokens[j].word && a.tokens[j].cap && free(j)) { j++; continue; }
        // "at the Headquarters of the Presidency of the Republic": the venue's own "of" and "the"
        const low = a.tokens[j].lower;
        // (and the particles of a venue named in Portuguese, Spanish or French: "at the Palácio da Cidade Alta",
        // "at the Palacio de la Moneda"; events/venue-name-particles)
        const particle = (x: number) => particles.has(a.tokens[x]?.lower ?? '');
        let after = low === 'of' && a.tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1;
        if (low !== 'of' && particle(j)) while (after - j < 3 && particle(after)) after++;
        if (j > s && (low === 'of' || particle(j)) && a.tokens[after]?.word && a.tokens[after].cap && free(after)) { j = after; continue; }
        break;
      }
      if (j > s && a.tokens[j]?.word && !a.tokens[j].cap) { i = j; continue; }
      // "received this Tuesday (3), at the Presidential Palace, the President of X": the venue set off by commas
      if (j > s && a.tokens[j]?.text === ',' && i > from) { i = j; continue; }
      if (j > s && a.dates.some((d) => d.charStart === a.tokens[j]?.start)) { i = j; continue; }
      // "at the ministry's headquarters in Riyadh today": a venue in common words, up to its city or the day
      let k = i + 1;
      for (; k < n && k - i <= 6; k++) {
        const tk = a.tokens[k];
        if (!tk.word && tk.text !== "'" && tk.text !== '’') { k = n; break; }
        if (a.persons.some((p) => p.start === k && !(p.kind === 'pronoun' && p.possessive)) || a.titles.some((x) => x.start === k)) {
          // "received at the ministry's headquarters the Ambassador of X": a venue noun, then the object's article
          const nouns = rules.optionalWords('events/venue-nouns-before-object');
          if (k - i >= 3 && a.tokens[k - 1].lower === 'the' && a.tokens.slice(i + 1, k - 1).some((x) => nouns.has(x.lower))) k--;
          else k = n;
          break;
        }
        if (a.places.some((p) => (p.prepAt ?? p.start) === k) || a.dates.some((d) => d.charStart === tk.start || (d.charStart === a.tokens[k + 1]?.start && !tk.cap && tk.lower === 'on'))) break;
      }
      if (k > i + 1 && k < n && k - i <= 6) { i = k; continue; }
    }
    // a date, maybe after its preposition ("on Sunday", "today", "on 3 March")
    const at = a.tokens[i].start, next = a.tokens[i + 1]?.start ?? -1;
    const date = a.dates.find((d) => d.charStart === at || (d.charStart === next && a.tokens[i].word && !a.tokens[i].cap));
    if (!date) break;
    let j = i;
    while (j < a.tokens.length && a.tokens[j].start < date.charEnd) j++;
    if (j === i) break;
    // "received this Wednesday (4) his counterpart": the day of the month in brackets after the weekday (Agência Brasil,
    // gov.br English pages)
    if (a.tokens[j]?.text === '(' && a.tokens[j + 2]?.text === ')' && /^\d{1,2}$/.test(a.tokens[j + 1]?.text ?? '')) j += 3;
    i = j;
  }
  return i;
}

/** Whether a rule's pattern matches a sentence, asked once per sentence and rule: each trigger of a sentence asks the same
 *  sentence-wide questions ("separately", "jointly", "including"). An optional rule the language lacks matches nothing. */
const sentenceAnswers = new WeakMap<SentenceAnalysis, Map<string, boolean>>();
function says(a: SentenceAnalysis, rules: RuleBook, id: string): boolean {
  let answers = sentenceAnswers.get(a);
  if (!answers) sentenceAnswers.set(a, (answers = new Map()));
  let yes = answers.get(id);
  if (yes === undefined) {
    const re = rules.optionalPattern(id);
    if (re) re.lastIndex = 0;
    yes = !!re && re.test(a.sentence.text);
    answers.set(id, yes);
  }
  return yes;
}

/**
 * The person a ', with whom <subject> <trigger>' clause is set after: the mention that ends at the comma before the
 * preposition, when only the clause's subject (a pronoun or a name, at most a few words) stands between the pronoun and the trigger
 * (any mention: the host of an invitation, 'at the invitation of Y, with whom', is no party of the invitation's sentence but is of the clause).
 */
function withWhom(a: SentenceAnalysis, t: TriggerMention, ms: PersonMention[], words: string[]): Entity | null {
  const [prep, pronoun] = words;
  for (let w = t.tokStart - 1; w >= 2 && t.tokStart - w <= 5; w--) {
    if (a.tokens[w].lower !== pronoun) continue;
    if (a.tokens[w - 1].lower !== prep || a.tokens[w - 2].text !== ',') return null;
    const ante = ms.find((m) => m.end === w - 2 && m.kind !== 'pronoun' && m.kind !== 'group');
    // ("also met his counterpart Y, with whom he held talks on defence": the clause goes on with the encounter told before it; a visit the sentence tells first is the trip, not this encounter)
    if (!ante || a.triggers.some((x) => x !== t && x.kind !== 'visit' && x.tokEnd <= ante.start)) return null;
    return entityOf(ante);
  }
  return null;
}

/** A title's words in the singular and lowercase, one spelling of defence ("the two Defense Ministers" -> "defence minister"). */
function officePhrase(title: string): string {
  return singularTitle(title.toLowerCase().replace(/\bdefense\b/g, 'defence')).replace(/^(?:the\s+)?(?:two|both)\s+/, '').trim();
}

function partiesOf(a: SentenceAnalysis, t: TriggerMention, last: DraftEvent | null, earlier: DraftEvent[], entities: Entity[], next: string | null, rules: RuleBook, spaces = true, besideLast = false, home: string | null = null): Parties | null {
  const pluralFollows = next != null && rules.pattern('events/plural-next').test(next);
  const notPartyOf = rules.words('events/not-party-of');
  const besides = rules.words('events/not-party-besides');
  // mentions that can be parties: named/short/anaphor with an entity, groups, pronouns
  const frames = t.earlier ? earlierPartyFrames(rules) : notPartyFrames(rules);
  // "held talks on the agreements signed during President X's visit": a person inside what the encounter was about,
  // with no "with" that would name a party after it (events/topic-after-trigger)
  const topic = rules.optionalPattern('events/topic-after-trigger');
  const inTopic = (m: PersonMention) => !!topic && m.charStart >= t.charEnd && topic.test(a.sentence.text.slice(t.charEnd - a.sentence.start, m.charStart - a.sentence.start));
  // ("briefed the Prime Minister on the outcome of his talks with Z": a possessive right before an encounter word
  // with its other party is that encounter's first party, not the person before it)
  const ownerOf = (m: PersonMention) => spaces && t.voice === 'noun' && m.end === t.tokStart && !!m.entity?.name
    && a.tokens.slice(t.tokStart, t.tokEnd + 1).some((k) => k.lower === 'with');
  // ("两国领导人回顾了2024年11月在利马举行的会晤", "X回顾了去年同Y在北京举行的会谈": the one who looks back on an encounter
  // held, the encounter the object of the recall verb, held it; events/recalled-own; h-zv36)
  const ownRecall = !spaces ? rules.optionalPattern('events/recalled-own') : null;
  const ownRecalled = (m: PersonMention) => !!ownRecall && m.charEnd <= t.charStart
    && ownRecall.test(a.sentence.text.slice(m.charEnd - a.sentence.start, t.charStart - a.sentence.start));
  const ms = a.persons.filter((m) => (m.entity || m.kind === 'group') && !excluded(a, m, notPartyOf, frames, spaces, besides, rules.optionalWords('events/not-party-possessor-of')) && !(m.kind === 'pronoun' && m.possessive && !ownerOf(m))
    && (spaces || m.kind !== 'group' || groupSubjectOf(a, m, t) || ownRecalled(m)) && !inTopic(m));
  let before = ms.map((m, i) => [m, i] as const).filter(([m]) => m.end <= t.tokStart);
  // "X, who had earlier been received by Y, met Z": the persons of the relative clause are not the verb's subject
  const relative = spaces && before.length >= 2 && rules.has('events/relative-pronouns') ? relativeClauseBefore(a.tokens, t.tokStart, rules.words('events/relative-pronouns')) : null;
  if (relative && before.some(([m]) => m.end <= relative[0])) before = before.filter(([m]) => !(m.start > relative[0] && m.end <= relative[1]));
  // the named party whose title opens right after the trigger, its bodies between ("with the Deputy
  // Minister and Secretary-General of the Steering Committee ..., X"): no other title or person between
  // a host's verb may have the venue and the day before its object ("received on Sunday at the Palace the Minister of X, Y")
  // ("held talks in Ha Noi on the morning of August 12 with X": the venue and the day before the party's preposition are
  // skipped as a host verb's are; events/party-preposition-after-adverbials)
  const objFrom = spaces && t.directObject ? afterAdverbials(a, t.tokEnd, rules) : spaces ? afterPartyAdverbials(a, t.tokEnd, rules) : t.tokEnd;
  const opening = a.titles.find((x) => x.start >= t.tokEnd && x.start - objFrom <= 3 && !a.persons.some((p) => p.start <= x.start && x.start < p.end));
  const titleLed = (m: PersonMention) => !!opening && m.kind === 'named' && m.start >= opening.end
    && !a.titles.some((x) => x !== opening && x.start >= opening.end && x.start < m.start)
    && !a.persons.some((p) => p !== m && p.start >= t.tokEnd && p.start < m.start);
  const clauseBreak = (from: number, to: number, breaks = CLAUSE_BREAKS) => a.tokens.slice(from, to).some((x) => breaks.has(x.text))
    || (breaks === HAN_CLAUSE_BREAKS && hanSpaceBreak(a, from, to));
  // a script without spaces has a token per character: the object is the clause's first party after
  // the verb, a relative clause in 的 may come first (会见来华出席外长会的越南副总理兼外长X)
  const reachHan = (m: PersonMention) => m.start - t.tokEnd <= MAX_HAN_OBJECT_GAP && !clauseBreak(t.tokEnd, m.start, HAN_CLAUSE_BREAKS)
    && !a.persons.some((p) => p !== m && p.start >= t.tokEnd && p.start < m.start);
  // "tiếp Đoàn đại biểu Quốc hội Lào do Chủ tịch Quốc hội Lào X dẫn đầu": the leader of the delegation received
  const ledBy = spaces ? rules.optionalPattern('events/led-by') : null;
  const delegationWords = rules.optionalWords('events/delegation-subjects');
  /** a delegation read as a title with no name ("đoàn công tác"): the one who leads it, named after it, is the party */
  const delegation = (p: PersonMention) => p.kind === 'anaphor' && delegationWords.has(a.tokens[p.start]?.lower ?? '');
  const ledByBefore = (m: PersonMention) => {
    // (a form of address before the name, "do ông X", "do đồng chí Y", is read as a pronoun: no other party)
    // (nor is the delegation itself, read as a title with no name: "tiếp đoàn công tác của … do đồng chí X dẫn đầu")
    if (!ledBy || m.kind !== 'named' || m.start - objFrom > MAX_TITLED_OBJECT_GAP || a.persons.some((p) => p !== m && p.kind !== 'pronoun' && !delegation(p) && p.start >= t.tokEnd && p.start < m.start)) return false;
    const title = a.titles.find((x) => x.end === m.start);
    const to = a.tokens[title ? title.start : m.start].start - a.sentence.start;
    const from = t.charEnd - a.sentence.start;
    return to > from && ledBy.test(a.sentence.text.slice(from, to));
  };
  // "co-chaired the 11th session of the A-B Joint Commission with his counterpart Y": the gathering's long name, then
  // "with" and the party (events/gathering), no comma nor another person between
  const gatheringRe = rules.pattern('events/gathering');
  const withAfterGathering = (m: PersonMention) => {
    if (m.start - objFrom > MAX_TITLED_OBJECT_GAP || a.tokens.slice(t.tokEnd, m.start).some((x) => x.text === ',' || CLAUSE_BREAKS.has(x.text))) return false;
    if (a.persons.some((p) => p !== m && p.kind !== 'pronoun' && p.start >= t.tokEnd && p.start < m.start)) return false;
    let w = m.start - 1;
    while (w > t.tokEnd && a.tokens[w].lower !== 'with') w--;
    return w > t.tokEnd && m.start - w <= 5 && gatheringRe.test(a.sentence.text.slice(t.charEnd - a.sentence.start, a.tokens[w].start - a.sentence.start));
  };
  // "received a special envoy of President X of Y, Foreign Minister Z": the one who sent the envoy is no party
  // (events/not-party-of), the envoy named in apposition after him is the object, however long the sender's name
  // (h-en58 probe, The Herald: the envoy's audience was left with the sender and no envoy)
  const sentBy = (m: PersonMention) => {
    if (m.kind !== 'named' || m.start - objFrom > MAX_TITLED_OBJECT_GAP) return false;
    const sender = a.persons.find((p) => p.start >= objFrom && p.start - objFrom <= MAX_OBJECT_GAP && p.end < m.start && !ms.includes(p)
      && ofHead(a, leadStart(a, p)) != null && notPartyOf.has(ofHead(a, leadStart(a, p))!.lower));
    if (!sender || a.persons.some((p) => p !== m && p !== sender && p.start > sender.start && p.start < m.start)) return false;
    const between = a.tokens.slice(sender.end, m.start);
    return between.filter((x) => x.text === ',').length === 1 && between.length <= APPOSITION_TOKENS && !between.some((x) => CLAUSE_BREAKS.has(x.text) && x.text !== ',');
  };
  const reach = (m: PersonMention) => m.start - objFrom <= MAX_OBJECT_GAP
    || (m.start - objFrom <= MAX_TITLED_OBJECT_GAP && titleLed(m) && !clauseBreak(t.tokEnd, m.start)) || ledByBefore(m) || withAfterGathering(m) || sentBy(m);
  // a trigger inside an aside of a list ("met A, two weeks after their first meeting in X, and B"): its parties stand in the aside
  // or are the list's subject and the person before it, never the list's next person
  const inAside = spaces ? asideAround(a, t.tokStart, ms, rules) : null;
  // (what an aside tells beside a list of encounters is background: "two weeks after their first meeting")
  if (inAside) t.recalled = true;
  // (a semicolon ends the trigger's clause: "A và B trao đổi điện mừng; C và D trao đổi điện mừng", a pair each)
  // ("tiếp đoàn công tác của Chính quyền tỉnh X do đồng chí Y dẫn đầu": the delegation stands for Y, no party of its own)
  const led = ledBy ? ms.filter((p) => delegation(p) && p.start >= t.tokEnd && ms.some((m) => m.start > p.end && ledByBefore(m))) : [];
  const after = ms.map((m, i) => [m, i] as const).filter(([m]) => !led.includes(m) && m.start >= t.tokEnd && (spaces ? reach(m) && !clauseBreak(t.tokEnd, m.start, SEMICOLONS) : reachHan(m)) && !(inAside && m.start >= inAside[1]));

  let subject: PersonMention[] = [];
  let object: PersonMention[] = [];
  // "A và B; C và D cũng trao đổi điện mừng": an encounter each pair
  const pairs = before.length && !after.length ? pairList(a, ms, before[before.length - 1][1], rules) : null;
  if (pairs) return { groups: pairs.map((p) => p.map((m) => entityOf(m)!)), initiator: null };
  if (before.length) {
    const [, k] = before[before.length - 1];
    subject = chain(a, ms, k, -1, rules).reverse();
    // "A called on B and held talks with C": a verb joined to an earlier one shares its subject; the party just before is
    // the earlier verb's object
    const shared = sharedSubject(a, t, ms, before, rules);
    if (shared != null) subject = chain(a, ms, shared, -1, rules).reverse();
    // "A chaired a ceremony to welcome B and held talks with him": a pronoun object after the trigger that stands for the party
    // right before it (a pronoun object is never its own clause's subject) leaves that party the first verb's object; the
    // subject is the party before it in the clause (h-en33: the first verb is no trigger, "welcome", "to greet", "hosted a
    // banquet for")
    const pronoun = after.find(([m]) => m.kind === 'pronoun' && !m.possessive)?.[0];
    if (spaces && shared == null && pronoun?.entity && subject.length === 1 && subject[0].entity === pronoun.entity && before.length >= 2) {
      const prior = before.slice(0, -1).reverse().find(([m]) => m.kind !== 'group' && m.kind !== 'pronoun' && m.entity && m.entity !== pronoun.entity);
      if (prior && !clauseBreak(prior[0].end, subject[0].start)) subject = [prior[0]];
    }
  }
  // "X met Y on Tuesday, a day after holding talks with Z": a gerund after a clause opener (events/gerund-clause-openers)
  // has the sentence's subject, its first party, not the main verb's object just before it
  if (spaces && before.length >= 2 && /ing$/.test(a.tokens[t.tokStart]?.lower ?? '') && rules.optionalWords('events/gerund-clause-openers').has(a.tokens[t.tokStart - 1]?.lower ?? '')
    && before[0][0].kind !== 'group' && before[0][0].entity) subject = [before[0][0]];
  // "X briefed Y on the results of the talks with Z", "A thông báo với B về kết quả hội đàm với C": the person named last
  // before the noun is whom it was told to (events/addressee-before); the talks are the sentence's first party's
  const addressee = spaces && t.voice === 'noun' && subject.length === 1 && before.length >= 2 ? rules.optionalPattern('events/addressee-before') : null;
  // (or a clause after a semicolon that opens with the report verb, its subject unsaid: "A chuyển lời … tới B; thông báo với
  // Tổng Bí thư về kết quả hội đàm với C")
  const clauseOpensReport = () => {
    const head = a.sentence.text.slice(0, t.charStart - a.sentence.start);
    const semi = head.lastIndexOf(';');
    if (semi < 0) return false;
    const clause = head.slice(semi + 1).trimStart().toLowerCase();
    return [...rules.fieldWords('events/addressee-before', 'clause_openers')].some((w) => clause.startsWith(w));
  };
  if (addressee && (addressee.test(a.sentence.text.slice(0, a.tokens[subject[0].start].start - a.sentence.start)) || clauseOpensReport())
    && before[0][0].kind !== 'group' && before[0][0].entity && before[0][0].entity !== subject[0].entity) subject = [before[0][0]];
  // "briefed the President on her talks with X": an encounter noun whose possessive pronoun names its subject (the one
  // coreference gives the pronoun), not the party named last before it
  // (a pronoun coreference left unresolved stands for the clause's subject, the first party of the clause: "A briefed B on her talks with C")
  const owner = spaces && t.voice === 'noun' ? a.persons.find((m) => m.kind === 'pronoun' && m.possessive && m.end === t.tokStart) : undefined;
  if (owner && before.length >= 2) {
    const own = owner.entity ? before.filter(([m]) => m.entity === owner.entity) : before.slice(0, 1);
    if (own.length && !clauseBreak(own[own.length - 1][0].end, t.tokStart) && !a.tokens.slice(own[own.length - 1][0].end, t.tokStart).some((x) => x.text === ',')) subject = [own[own.length - 1][0]];
  }
  // (a visit whose direct object is a place, "đến thăm Việt Nam", "sang thăm tỉnh Gunma", is a visit of its subject with
  // no one named as host; not one of a booth or a school: a place or a country must follow)
  const placeAfter = t.kind === 'visit' && (a.places.some((p) => p.end > t.tokEnd && p.start <= t.tokEnd + 1) || a.countries.some((c) => c.start === t.tokEnd));
  let placeObject = false;
  if (t.directObject) {
    // "received X": the party right after the verb, or no encounter ("welcomed the proposal")
    const first = after[0]?.[0];
    // (a group of several countries' people, "received the ambassadors of A and B", is each of them)
    if (!first || (first.kind === 'group' && !(first.countries && first.members)) || first.possessive) {
      if (!placeAfter) return null;
      placeObject = true;
    }
    else if (first.start - t.tokEnd > 3) {
      // past the venue and the day ("received on Sunday at the Palace the Minister of X, Y"): the party, or its title
      // with the name in apposition, right after them
      const from = objFrom;
      // ("received the newly appointed Australian Ambassador, Ms X": the title's own modifiers and nationality do not count
      // in how far the object stands, events/object-premodifiers)
      const premod = rules.optionalWords('events/object-premodifiers');
      // ("called on His Majesty Sultan Haji X": the styles and honorifics written before the name are the name's own words,
      // events/object-styles; "his"/"her" only right before one of them)
      const styles = rules.optionalWords('events/object-styles');
      const styled = (i: number): boolean => {
        const tk = a.tokens[i];
        if (!tk.cap) return false;
        if (styles.has(tk.lower.replace(/\.$/, ''))) return true;
        return (tk.lower === 'his' || tk.lower === 'her') && !!a.tokens[i + 1]?.cap && styles.has(a.tokens[i + 1].lower);
      };
      // (read over PREMODIFIED_REACH words at most: the work per trigger stays bounded)
      const gap = (to: number): number => {
        if (to - from > PREMODIFIED_REACH) return to - from;
        let n = 0;
        for (let i = from; i < to; i++) if (!premod.has(a.tokens[i].lower) && !styled(i) && !a.countries.some((c) => c.start <= i && i < c.end)) n++;
        return n;
      };
      const title = a.titles.find((x) => x.start >= from && (from > t.tokEnd ? x.start - from : gap(x.start)) <= 2);
      // ("received the Arab League Secretary-General's envoy, X": the office that names the title's organisation opens the object)
      const owned = a.titles.some((x) => x.countryTokens && x.countryTokens[0] >= from && x.countryTokens[0] - from <= 2 && x.start <= first.start && first.start - x.end <= 2);
      if (gap(first.start) > 3 && !owned && !(title && first.start >= title.end && first.start - title.end <= 2) && !ledByBefore(first) && !sentBy(first)) {
        if (!placeAfter) return null;
        placeObject = true;
      }
    }
  }
  if (after.length && !placeObject) {
    const [, k] = after[0];
    object = chain(a, ms, k, 1, rules);
  }
  // "During the meeting, X said ...": more of the encounter just reported, with its parties (unless the
  // clause after names two parties of its own: "In their meeting, X and his counterpart Y stressed ...")
  // ("During the 30-minute talks, Cho and Son agreed ...": the two it names are that encounter's own parties, and a
  // plain 'talks' says nothing of how: a phone call just told stays a phone call)
  const named = object.filter((m) => m.kind !== 'group');
  if (last && t.voice === 'noun' && named.length >= 2 && named.every((m) => m.entity && last!.participants.includes(m.entity))
    && (modeOf(last.kind.value) === modeOf(t.kind) || ((t.kind === 'talks' || t.kind === 'meeting') && !t.modeRule))) {
    const fronted = rules.pattern('events/fronted-reference').exec(a.sentence.text);
    if (fronted && t.charStart - a.sentence.start < fronted[0].length) return { groups: [last.participants], initiator: null, restates: last };
  }
  if (last && t.voice === 'noun' && named.length < 2) {
    const fronted = rules.pattern('events/fronted-reference').exec(a.sentence.text);
    // ("A held talks with B. B is paying a state visit at the invitation of C. At the talks, the two leaders ...": the talks
    // the fronted phrase names are the talks told before the visit, not the visit)
    const named = last.kind.value === 'visit' && t.kind !== 'visit' ? [...earlier].reverse().find((d) => !d.fromHeadline && d.kind.value === t.kind) : undefined;
    if (fronted && t.charStart - a.sentence.start < fronted[0].length && named) return { groups: [named.participants], initiator: null };
    // ("A received B, who handed over a message from C. During the audience, the two sides ...": the message was handed
    // over at the encounter told with it; the fronted phrase names that encounter, not the message's sender and addressee)
    const handedAt = last.kind.value === 'messages' && modeOf(t.kind) !== modeOf('messages')
      ? [...earlier].reverse().find((d) => d !== last && !d.fromHeadline && modeOf(d.kind.value) === modeOf(t.kind)) : undefined;
    if (fronted && t.charStart - a.sentence.start < fronted[0].length && handedAt) return { groups: [handedAt.participants], initiator: null, restates: handedAt };
    if (fronted && t.charStart - a.sentence.start < fronted[0].length && modeOf(last.kind.value) === modeOf(t.kind)) return { groups: [last.participants], initiator: null };
    // ("X discussed with his counterpart Y the plan. During the phone call, ...": the words that told it did not say how;
    // the call is that encounter, and says how)
    if (fronted && t.charStart - a.sentence.start < fronted[0].length && !t.modeOpen && last.triggers.every((x) => x.modeOpen && !x.modeRule)) {
      last.kind = stated(t.kind, t.rule, { start: t.charStart, end: t.charEnd });
      return { groups: [last.participants], initiator: null };
    }
  }
  // "X welcomed the outcome of the talks between A and B", "X đánh giá cao kết quả hội đàm giữa A và B": an encounter
  // noun with "between" (events/between; the trigger's last word or the next) and two named parties after it is theirs;
  // the one before it only speaks of it
  const betweenWords = rules.optionalWords('events/between');
  if (subject.length && t.voice === 'noun' && (betweenWords.has(a.tokens[t.tokEnd]?.lower ?? '') || betweenWords.has(a.tokens[t.tokEnd - 1]?.lower ?? ''))
    && new Set(object.filter((m) => m.kind !== 'group' && m.kind !== 'pronoun' && m.entity?.name).map((m) => m.entity)).size >= 2) subject = [];
  // "A同B和C举行双边会见": the joint subject before the trigger follows 同, so A before it is a party as well
  const withBefore = !spaces && subject.length >= 2 && jointWithBefore(a, subject[0], rules);
  // ("... greetings to President X, who paid an official visit to Vietnam in March": the relative clause's visitor alone,
  // events/relative-subjects)
  // (a visit only: "received Y, who paid a farewell call on Tuesday" is the call on the host of the main clause)
  const inRelative = spaces && t.kind === 'visit' && subject.length === 1 && opensRelativeClause(a, t.tokStart, subject[0], rules.optionalWords('events/relative-subjects'));
  if (!inRelative && !after.length && before.length > subject.length && (withBefore || new Set(subject.filter((m) => m.kind !== 'group').map((m) => m.entity ?? m)).size < 2)) {
    // (a joint subject that already holds two parties, "A会见B，B同C举行会谈", takes no party of an earlier clause)
    // "X lectured Y in a phone call": the clause's subject and object before the trigger
    const clauseStart = lastClauseBreak(a, t.tokStart, spaces);
    // ("Wang said President X paid a state visit to China": a reporting verb between a person and the encounter's parties
    // makes the person its speaker, no party of it: events/reported-speech)
    // (a first-person word in the speech, "习近平指出，我同X总统在旧金山会晤", or words of both sides, "…访华时，双方在北京举行了
    // 会谈", "the parties signed", make the speaker a party after all: its field party; so does a group subject, "Rabuka
    // says the two leaders held talks")
    // (but a group that names its countries, "Wang said that since the Chinese and Australian leaders met", holds every
    // side: the speaker is none of it, h-en33)
    const sided = (m: PersonMention) => (m.countries?.length ?? 0) >= 2 && m.members?.length === m.countries!.length;
    const speech = subject.length && !subject.some((m) => m.kind === 'group' && !sided(m)) ? rules.optionalPattern('events/reported-speech') : null;
    const speaker = (m: PersonMention) => !!speech && m.charEnd < subject[0].charStart && !ownRecalled(m)
      && speech.test(a.sentence.text.slice(m.charEnd - a.sentence.start, subject[0].charStart - a.sentence.start))
      && !rules.fieldPattern('events/reported-speech', 'party', spaces).test(a.sentence.text.slice(m.charEnd - a.sentence.start));
    // "He told X ... while the two chaired ...": the sentence's subject (a pronoun too) and the object before the trigger
    // (a script without spaces, the object after 同 right before the trigger, "A在河内同B会面": the nearest person before it
    // is the subject, not one of a clause before it, "X访越期间，A在河内同B会面", X the visit's; a person right after another
    // encounter's verb is that one's object, "A会见B后，同C举行会谈"; h-zv30)
    const nearest = !spaces && subject.length === 1 && jointWithBefore(a, subject[0], rules);
    const objectOfOther = (m: PersonMention) => a.triggers.some((x) => x !== t && x.tokEnd <= m.start && !clauseBreak(x.tokEnd, m.start, HAN_CLAUSE_BREAKS));
    const order = nearest ? [...before].reverse().filter(([m]) => !objectOfOther(m)) : before;
    // (a group subject after a comma opens the clause, whose parties it names: "Nhân chuyến thăm Việt Nam của X, hai Bộ
    // trưởng đã có cuộc gặp", "During X's visit, the two ministers met": X closes a fronted phrase, no party; h-zv38)
    const groupOpens = subject.length === 1 && subject[0].kind === 'group' && !subject[0].countries ? subject[0] : null;
    // (the comma right before the group: "He told X, …, while the two chaired …" keeps X, the clause after "while" its own)
    // (and a group of an office the person does not hold: "During Lula's visit, the two leaders held talks" has Lula among them)
    const beforeGroup = (m: PersonMention) => !!groupOpens?.role && m.end <= groupOpens.start && a.tokens[groupOpens.start - 1]?.text === ','
      && !!m.entity && m.entity.roles.size > 0 && !m.entity.roles.has(groupOpens.role);
    for (const [m] of order) {
      if (m.start < clauseStart || subject.includes(m) || m.kind === 'group' || beforeGroup(m)) continue;
      if (m.kind === 'pronoun' && (m.start > clauseStart || m.possessive)) continue;
      if (speaker(m)) continue;
      subject = [m, ...subject];
      if (subject.filter((x) => x.kind !== 'group').length >= 2) break;
    }
  }
  // "Meeting with Wang Yi, Minh expressed ...": the fronted phrase's party meets the main clause's subject
  if (!subject.length && object.length && t.tokStart <= 3) {
    const lastObj = object[object.length - 1];
    const comma = a.tokens.findIndex((x, i) => i >= lastObj.end && x.text === ',');
    if (comma >= 0) {
      const main = ms.find((m) => m.start > comma);
      if (main) { subject = [main]; object = object.filter((m) => m !== main); }
    }
  }
  // the main clause subject after a fronted trigger when the trigger has a subject-less noun ("During the talks with X, Y said")
  // a group ("the two FMs", "both sides") is the parties of the event being reported; beside a named
  // party it is that party and the text's protagonist
  const concrete = [...subject, ...object].some((m) => m.entity && (m.kind !== 'group' || m.entity.role === 'body'));
  // the text's protagonist: the party of most events so far
  const protagonistBesides = (others: Entity[], preferForeign = false) => {
    const count = new Map<Entity, number>();
    for (const d of earlier) for (const e of d.participants) if (!others.includes(e)) count.set(e, (count.get(e) ?? 0) + 1);
    let best: Entity | null = null;
    // (where a delegation no word names the leader of is the subject, of another state than the named party's, where one is: "Đoàn đã
    // hội đàm với Trưởng Ban X" after a host received the delegation is the visitor's delegation, not the host, whose
    // country is the named party's; "They also met X" keeps the party of most events)
    // (a named party no word places yet, "Phó Chủ tịch Quốc hội X" in a Vietnamese paper, is of the press's home state, as the
    // side-country refiner will read it: "Cùng ngày, Đoàn đã hội đàm với Phó Chủ tịch Quốc hội X" is the visitors'; h-zv32)
    const placed = others.flatMap((e) => (e.country?.value ? [e.country.value] : []));
    // (not where the sentence sets the encounter abroad, "Ngày 4/12, tại thành phố Côn Minh, Đoàn đã làm việc với Bí thư Tỉnh ủy
    // Vân Nam X": the home state's delegation on its trip, its host no home official)
    const abroad = a.places.some((p) => p.place.country && p.place.country !== home);
    const theirs = new Set(placed.length || !preferForeign || !home || abroad ? placed : [home]);
    const foreign = (e: Entity) => !preferForeign || !theirs.size || (!!e.country?.value && !theirs.has(e.country.value));
    for (const [e, c] of count) if (!best || (foreign(e) && !foreign(best)) || (foreign(e) === foreign(best) && c > count.get(best)!)) best = e;
    if (best) return best;
    // no event yet: the named person the text mentions most
    for (const e of entities) if (e.name && !others.includes(e) && (!best || e.mentions.length > best.mentions.length)) best = e;
    return best;
  };
  // "X met Minister Y. X was later received by President Z. The ministers last spoke by phone ...": a group of an office
  // the latest encounter's parties do not all hold is the parties of the latest one whose parties all do
  const leaderGroups = rules.optionalWords('events/leader-groups');
  const backOpeners = rules.optionalWords('events/back-reference-openers');
  // ("A先后与B及C举行会见。A向B表示……B表示……两人上月曾通电话": encounters told in one sentence, the last of them is not
  // the one "the two" are of: the one whose own party the sentences after it went on about, the latest mentioned before this
  // sentence; h-zv42 probe, 明報: the Vietnamese minister's recalled call went to the Lao minister)
  const talkedOfLast = (told: DraftEvent | null): DraftEvent | null => {
    if (!told || told.fromHeadline || !told.sentences.length) return told;
    const at = Math.max(...told.sentences);
    const run = [told, ...earlier.filter((d) => d !== told && !d.fromHeadline && d.sentences.length && Math.max(...d.sentences) === at && d.participants.length >= 2)];
    if (run.length < 2) return told;
    const shared = run[0].participants.filter((e) => run.every((d) => d.participants.includes(e)));
    const latest = (d: DraftEvent) => Math.max(-1, ...d.participants.filter((e) => !shared.includes(e))
      .flatMap((e) => e.mentions.filter((x) => x.sentence > at && x.sentence < a.sentence.index).map((x) => x.sentence)));
    const best = run.reduce((x, y) => (latest(y) > latest(x) ? y : x));
    return latest(best) >= 0 ? best : told;
  };
  const toldOf = (m: PersonMention, told: DraftEvent | null): Entity[] => {
    // ("两国元首6月5日通话" after a meeting of the foreign ministers: an office those parties do not hold, by the roles their
    // titles give, is of the parties of the latest encounter whose parties do hold it, else of none the text names)
    // ("今年4月，两国领导人在河内举行会谈" after the foreign ministers' meeting: leaders, events/leader-groups, are heads of
    // state, government or party, which the ministers are not: the parties of the latest encounter of such heads, else none)
    // (a party whose title the text gives maps to no office at all, "Minister of Mines and Energy", is no leader either)
    if (m.title && leaderGroups.has(m.title.toLowerCase()) && told && told.participants.every((e) => (e.roles.size > 0 || (!!e.title && e.role !== 'body')) && !LEADER_ROLES.some((r) => e.roles.has(r)))) {
      for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i].participants.length >= 2 && earlier[i].participants.every((e) => LEADER_ROLES.some((r) => e.roles.has(r)))) return earlier[i].participants;
      return [];
    }
    if (m.role && m.role !== 'other' && told && told.participants.every((e) => e.roles.size > 0 && !e.roles.has(m.role!))) {
      for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i].participants.length >= 2 && earlier[i].participants.every((e) => e.roles.has(m.role!))) return earlier[i].participants;
      return [];
    }
    // ("X received his counterpart Y. Earlier, Y was received by Interior Minister Z. The two foreign ministers had spoken by
    // phone in February": a group of two of an office that fewer than two parties of the latest encounter are known to hold
    // is the parties of the latest encounter more of whose parties hold it; h-en38 probe)
    if (m.role && m.role !== 'other' && told && told.participants.length >= 2) {
      const holders = (d: DraftEvent) => d.participants.filter((e) => e.roles.has(m.role!)).length;
      const n = holders(told);
      if (n < 2) for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i] !== told && !earlier[i].fromHeadline && earlier[i].participants.length >= 2 && holders(earlier[i]) > n) return earlier[i].participants;
    }
    // ("X held talks with his counterpart Y. Earlier, Prime Minister Z received Y. The two defence ministers first met in
    // Moscow": an office of more words than its head, "defence minister", that every party of an earlier encounter holds and
    // not every party of the latest one does, is of the parties of that earlier one; h-en47 probe)
    const office = m.title ? officePhrase(m.title) : '';
    if (office.includes(' ') && told) {
      const holdsOffice = (d: DraftEvent) => d.participants.length >= 2 && d.participants.every((e) => !!e.title && officePhrase(e.title).includes(office));
      if (!holdsOffice(told)) for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i] !== told && !earlier[i].fromHeadline && holdsOffice(earlier[i])) return earlier[i].participants;
    }
    const head = m.title?.toLowerCase().split(/\s+/).pop()?.replace(/s$/, '');
    const holds = (d: DraftEvent) => d.participants.length >= 2 && d.participants.every((e) => !!e.title && e.title.toLowerCase().includes(head!));
    if (!head || head.length < 4 || !told || holds(told) || !told.participants.some((e) => e.title)) return told?.participants ?? [];
    for (let i = earlier.length - 1; i >= 0; i--) if (earlier[i] !== told && !earlier[i].fromHeadline && holds(earlier[i])) return earlier[i].participants;
    return told.participants;
  };
  // whether the object is a group of named countries resolved to their persons ("the leaders of A and B")
  let countryGroup = false;
  const ents = (xs: PersonMention[]) => {
    const out: Entity[] = [];
    for (const m of xs) {
      if (m.kind === 'group' && m.entity?.role === 'body') { if (!out.includes(m.entity)) out.push(m.entity); continue; }
      if (m.kind === 'group') {
        // "the top diplomats of South Korea and Japan": the person of each country (of that office when the text says)
        // ("the Chinese and Australian leaders": a head of state, government or party of each, not a minister the text names)
        const leaders = !!m.title && leaderGroups.has(m.title.toLowerCase());
        const byCountry = m.countries ? m.countries.map((c) => entities.filter((e) => e.name && e.country?.value === c && !(leaders && e.roles.size > 0 && !LEADER_ROLES.some((r) => e.roles.has(r))))
          .sort((x, y) => Number(!!m.role && y.roles.has(m.role)) - Number(!!m.role && x.roles.has(m.role)) || y.mentions.length - x.mentions.length)[0]) : [];
        // "the two foreign ministers": the people of that office the text names, most mentioned first
        const byRole = m.role ? entities.filter((e) => e.name && e.roles.has(m.role!)).sort((x, y) => y.mentions.length - x.mentions.length) : [];
        if (concrete) {
          // "X met with the leaders of A and B", "met with their A and B counterparts": the person of each country, one encounter each
          // (of a country the text names no one of, the person of that office coreference made for it)
          const each = byCountry.map((e, i) => e ?? m.members?.find((x) => x.country?.value === m.countries![i]));
          if (each.length >= 2 && each.every(Boolean) && m.start >= t.tokEnd) {
            for (const e of each as Entity[]) if (!out.includes(e)) out.push(e);
            countryGroup = true;
            continue;
          }
          // "There they met C": the persons of the last coordinated subject, beside the named party
          if (m.members?.length || m.end > t.tokStart || !m.title) {
            for (const e of m.members ?? []) if (!out.includes(e)) out.push(e);
            continue;
          }
          // ("A and B last met in X, when the two ministers co-chaired ...": a group of an office in a subject that already
          // names two parties restates them, no one else; h-en51 probe)
          if (m.end <= t.tokStart && new Set(subject.filter((x) => x.kind !== 'group' && x.kind !== 'pronoun' && x.entity?.name).map((x) => x.entity)).size >= 2) continue;
          // "The two ministers later paid a courtesy call on C" (a group of an office, not "they"): the people of that
          // office, else the last event's parties
          const named = new Set(object.map((x) => entityOf(x)));
          const others = byRole.filter((e) => !named.has(e));
          for (const e of others.length >= 2 ? others.slice(0, 2) : toldOf(m, last).filter((e) => !named.has(e))) if (!out.includes(e)) out.push(e);
          continue;
        }
        // ("Senior officials met on Monday": a bare plural, no "the", "both", "their", brings in people the text does not
        // name, no parties of the encounter told before; events/back-reference-openers)
        // (nor the sides such a plural is of: "Experts of both sides met")
        const opened = (x: PersonMention) => backOpeners.has(a.tokens[x.start]?.lower ?? '') || backOpeners.has(a.tokens[x.start - 1]?.lower ?? '');
        if (backOpeners.size && !m.countries && !m.members?.length && (!opened(m)
          || (a.tokens[m.start - 1]?.lower === 'of' && m.end <= t.tokStart && !a.persons.some((x) => x !== m && x.end === m.start - 1 && opened(x))))) continue;
        // "ASEAN foreign ministers met X. They also met with Y": the body that met, not the one it met
        const body = m.end <= t.tokStart && object.length ? last?.participants.find((e) => e.role === 'body') : undefined;
        // (no encounter told yet in the body: the one the headline names, "To Lam, Xi hold talks" over "The two leaders held talks in Hanoi")
        const told = talkedOfLast(last ?? earlier.find((d) => d.fromHeadline) ?? null);
        const group = byCountry.length >= 2 && byCountry.every(Boolean) ? byCountry as Entity[] : byRole.length >= 2 ? byRole.slice(0, 2) : body ? [body] : toldOf(m, told);
        // "met with their A and B counterparts": one encounter each
        if (group === byCountry && m.start >= t.tokEnd) countryGroup = true;
        for (const e of group) if (!out.includes(e)) out.push(e);
        continue;
      }
      const e = entityOf(m);
      if (e && !out.includes(e)) out.push(e);
    }
    return out;
  };
  let subj = ents(subject);
  let obj = ents(object).filter((e) => !subj.includes(e));
  // "at the invitation of Y, with whom he held a bilateral meeting": the person the relative clause is set after is the other party
  if (spaces && !obj.length && subj.length === 1 && rules.has('events/with-whom')) {
    const ante = withWhom(a, t, a.persons, rules.list('events/with-whom'));
    if (ante && !subj.includes(ante)) obj = [ante];
  }
  // a message's envoy: "received a message from Y, delivered by Z" (Z meets the message's receiver); "Z delivered a message
  // from Y (to X)" (a message from Y to X, Z no party of it)
  if (t.messageSide) {
    const made = messageParties(a, t, earlier, last, subj, obj, ms, rules);
    if (!made) return null;
    // (carried to the encounter just told: that encounter's day)
    const envoy = subj[subj.length - 1];
    const at = t.messageSide === 'envoy' && last && envoy && last.participants.includes(envoy) ? last.sentences.filter((x) => x !== a.sentence.index) : [];
    // (the encounter told in the same sentence, the message in a clause of it: "received Y, who delivered a message from Z"):
    // its day and place are read where that encounter's words stand
    const lt = t.messageSide === 'envoy' && last && envoy && last.participants.includes(envoy) && last.sentences.includes(a.sentence.index)
      ? last.triggers.find((x) => x.charStart >= a.sentence.start && x.charEnd <= a.sentence.end && x.charEnd <= t.charStart) : undefined;
    const anchor = lt ? { ...ms[0], start: lt.tokStart, end: lt.tokEnd, charStart: lt.charStart, charEnd: lt.charEnd } : null;
    return { groups: [made], initiator: null, ...(at.length ? { told: at } : {}), ...(anchor ? { anchors: [anchor] } : {}) };
  }
  if (t.voice === 'passive') [subj, obj] = [subj, obj];
  // a noun trigger with a party only after it ("At the meeting with the Lao foreign minister"):
  // the other party is the one the text is about
  // "Also presenting credentials was Y" after a ceremony just told: Y meets its host, the party of the last encounter
  // who holds no office of Y's ("received the credentials of the Ambassador of X, Z": the head of state, not Z)
  if (!subj.length && obj.length === 1 && t.otherLastHost && last) {
    const host = last.participants.find((e) => e !== obj[0] && !(e.role && e.role === obj[0].role));
    if (host) subj = [host];
  }
  // ("Five new Ambassadors and High Commissioners presented their credentials to X": the subject is an office in the
  // plural that names no one, the envoys a list after may name; not the text's protagonist)
  const unnamedPlural = a.titles.some((x) => x.end === t.tokStart && t.voice === 'active' && /s$/i.test(a.tokens[x.end - 1].text)
    && !/(?:affairs|ss)$/i.test(a.tokens[x.end - 1].text) && !a.persons.some((m) => m.start < x.end && m.end > x.start));
  if (!subj.length && obj.length === 1 && !unnamedPlural) {
    // (a delegation the sentence names as its subject, Đoàn, 代表团: events/delegation-subjects)
    const delegationWords = subject.length ? null : rules.optionalWords('events/delegation-subjects');
    const before = delegationWords?.size ? a.sentence.text.slice(0, t.charStart - a.sentence.start).toLowerCase() : '';
    const delegation = !!delegationWords?.size && (spaces ? rules.wordPattern('events/delegation-subjects').test(before) : [...delegationWords].some((w) => before.includes(w)));
    const protagonist = protagonistBesides(obj, delegation);
    if (protagonist) subj = [protagonist];
  }
  const all = [...subj, ...obj.filter((e) => !subj.includes(e))];
  if (t.kind === 'visit') {
    // "đánh giá cao kết quả chuyến thăm Ấn Độ của Thủ tướng X": the visit is X's, whoever speaks of it (events/visit-owner)
    const owners = t.voice === 'noun' ? rules.optionalWords('events/visit-owner') : null;
    const owner = owners?.size ? after.map(([m]) => m).find((m) => {
      if (!m.entity || m.kind === 'group') return false;
      const title = a.titles.find((x) => x.end === m.start || (x.start >= m.start && x.end <= m.end));
      const at = Math.min(m.start, title?.start ?? m.start) - 1;
      return at >= t.tokEnd && owners.has(a.tokens[at].lower) && !clauseBreak(t.tokEnd, at);
    }) : undefined;
    if (owner?.entity) return { groups: [[owner.entity]], initiator: null };
    if (all.length === 0) return null;
    // "paid an official visit to China at the invitation of his Chinese counterpart Wang Yi": the host
    const host = a.persons.find((m) => m.entity && !all.includes(m.entity) && invitedBy(a, m, rules));
    if (host?.entity) return { groups: [[...all, host.entity]], initiator: host.entity };
    return { groups: [all], initiator: null };
  }
  // "held a phone call, at the request of Spanish Foreign Minister X, in which they discussed ...": the one who asked
  // is the other party when the sentence names no other (events/requester)
  if (all.length === 1 && spaces) {
    const asker = requesterOf(a, all[0], rules);
    if (asker) return { groups: [[all[0], asker]], initiator: asker };
  }
  if (all.length < 2) return null;
  let initiator: Entity | null = null;
  if (t.initiator === 'subject' && subj.length === 1) initiator = subj[0];
  if (t.initiator === 'object' && obj.length === 1) initiator = obj[0];
  // "had bilateral meetings with X and Y", "successively talked with X and Y", "... X and Y. The meetings ...":
  // one encounter each
  // (a list with an aside about one of its persons: each met apart)
  const asided = object.some((m, i) => i > 0 && listAside(a, object[i - 1], m, rules));
  // ("received A, and later B": one after the other)
  const sequenced = object.some((m, i) => i > 0 && listSequence(a, object[i - 1], m, rules));
  const separately = t.plural || (countryGroup && !says(a, rules, 'events/many-way-meeting')) || asided || sequenced || says(a, rules, 'events/separately') || pluralFollows || says(a, rules, 'events/including')
    // a host receiving visitors of different countries receives them one by one, unless the text says together
    // (a script without spaces: the host's verb, 会见A和B, whose object may stand after a relative clause)
    // (of states the text gives: a guest with none yet, "received Ghanaian Foreign Minister A and Trade Minister B", is
    // taken with the others, not as a state of its own)
    || ((t.directObject === true || (!spaces && t.hostsSubject === true && t.kind === 'meeting')) && distinctStates(obj) && !says(a, rules, 'events/jointly'))
    // a phone call is between two: "phoned A, B and C" of different countries is a call each, unless the text says
    // together or the call is a conference (a teleconference is held by many)
    // "met A, B and C on the sidelines of the summit": a bilateral meeting each, three or more of different states
    || (t.kind === 'meeting' && obj.length >= 2 && new Set(obj.map((o) => o.country?.value ?? o.key)).size === obj.length && says(a, rules, 'events/beside-gathering-list')
      && !says(a, rules, 'events/jointly') && !says(a, rules, 'events/many-way-meeting'))
    // "X met A on the sidelines of the forum. X also met B and C": after a bilateral meeting beside a gathering, the
    // subject's further meetings with two or more of different states, none of them its own, are one each (events/also-beside-gathering)
    || (besideLast && t.kind === 'meeting' && subj.length === 1 && obj.length >= 2 && !!last && last.participants.length === 2 && last.participants.includes(subj[0])
      && (rules.optionalPattern('events/also-beside-gathering')?.test(a.sentence.text.slice(0, t.charEnd - a.sentence.start)) ?? false)
      && obj.every((o) => !!o.country?.value && o.country.value !== subj[0].country?.value) && new Set(obj.map((o) => o.country!.value)).size === obj.length
      && !says(a, rules, 'events/jointly') && !says(a, rules, 'events/many-way-meeting')
      && !(rules.optionalPattern('events/described-together')?.test(a.sentence.text.slice(object[object.length - 1].charEnd - a.sentence.start)) ?? false))
    || (t.kind === 'phone_call' && obj.length >= 2 && !rules.pattern('events/conference-call').test(a.sentence.text.slice(t.charStart - a.sentence.start, t.charEnd - a.sentence.start)) && new Set(obj.map((o) => o.country?.value ?? o.key)).size === obj.length && !says(a, rules, 'events/jointly'));
  if (separately && subj.length === 1 && obj.length >= 2) {
    // ("received phone calls from A and B": the object placed each call, each caller his own)
    return { groups: obj.map((o) => [subj[0], o]), initiator, ...(t.initiator === 'object' ? { initiators: obj } : {}) };
  }
  // "Premier X and Chairman Y met him separately", "A and B received her respectively": several subjects, one object,
  // and the sentence says apart (events/separately): one encounter each (only by those words: "the President and the
  // Vice President received Z" together is one)
  if (subj.length >= 2 && obj.length === 1 && !subj.includes(obj[0]) && says(a, rules, 'events/separately')) {
    return { groups: subj.map((s) => [s, obj[0]]), initiator };
  }
  // "A同B和C分别举行会谈", "A同B和C举行双边会见": the party before 同 meets each of those after it
  if (separately && withBefore && !obj.length && subj.length >= 3) {
    return { groups: subj.slice(1).map((o) => [subj[0], o]), initiator };
  }
  // "met A in Accra on May 3 and B in Dakar on May 4": a second encounter, dated and placed where B stands
  const lastObject = object[object.length - 1];
  const gapped = subj.length === 1 && lastObject ? gappedObjects(a, t, lastObject, ms).filter((m) => m.entity && !all.includes(m.entity)) : [];
  if (gapped.length) {
    return { groups: [all, ...gapped.map((m) => [subj[0], m.entity!])], initiator, anchors: [null, ...gapped] };
  }
  return { groups: [all], initiator };
}

/**
 * The parties of a message's trigger (`messageSide`): for 'receiver' ("received a message from Y, delivered by Z"), the
 * receiver of the message the sentence told before it and the envoy Z; for 'envoy' ("Z delivered a message from Y to X"),
 * the sender Y and the receiver X: the person after "to" past the sender, else the party Z met in the encounter just told.
 */
/**
 * "a special envoy of President X, Foreign Minister Z, who delivered a message from his principal": the message is the one
 * who sent the envoy (the person after 'envoy of' before it in the sentence, events/envoy-nouns), not the
 * person a pronoun would stand for (events/principal-nouns after 'from his/her'). h-en58 probe, The Herald.
 */
function principalOf(a: SentenceAnalysis, t: TriggerMention, rules: RuleBook | null): Entity | null {
  if (!rules || !rules.has('events/principal-nouns')) return null;
  const k = t.tokEnd;
  if (!['his', 'her', 'their'].includes(a.tokens[k]?.lower ?? '') || !rules.words('events/principal-nouns').has(a.tokens[k + 1]?.lower ?? '')) return null;
  const envoyNouns = rules.words('events/envoy-nouns');
  return a.persons.find((p) => p.entity?.name && p.end <= t.tokStart && envoyNouns.has(ofHead(a, leadStart(a, p))?.lower ?? ''))?.entity ?? null;
}

function messageParties(a: SentenceAnalysis, t: TriggerMention, earlier: DraftEvent[], last: DraftEvent | null, subj: Entity[], obj: Entity[], ms: PersonMention[], rules: RuleBook | null = null): Entity[] | null {
  if (t.messageSide === 'receiver') {
    const message = [...a.triggers].reverse().find((x) => x.kind === 'messages' && x.tokEnd <= t.tokStart);
    // ("... received a message from Y. The message was conveyed by Z, during his meeting with ...": the message just told)
    const told = message ? earlier.find((d) => d.triggers.includes(message))
      : last?.triggers.some((x) => x.kind === 'messages') && last.sentences.includes(a.sentence.index - 1) ? last : undefined;
    const receiver = told?.participants[0];
    const envoy = obj[0];
    return receiver && envoy && receiver !== envoy ? [receiver, envoy] : null;
  }
  const sender = principalOf(a, t, rules) ?? obj[0];
  if (!sender) return null;
  const envoy = subj[subj.length - 1] ?? null;
  // "... from Y to President X": the receiver named after "to"
  const to = ms.find((m) => m.start >= t.tokEnd && m.entity && m.entity !== sender && m.kind !== 'group' && toBefore(a, m));
  let receiver: Entity | null = to?.entity ?? null;
  if (!receiver && last && envoy && last.participants.includes(envoy)) receiver = last.participants.find((p) => p !== envoy && p !== sender) ?? null;
  return receiver && receiver !== sender ? [sender, receiver] : null;
}

/** Whether "to" stands before a person, with only capitalised words (title, country, honorific: "to His Majesty King X") or "the" between. */
function toBefore(a: SentenceAnalysis, m: PersonMention): boolean {
  for (let k = m.start - 1; k >= 0 && m.start - k <= 8; k--) {
    const x = a.tokens[k];
    if (x.lower === 'to') return true;
    if (!x.word || (!x.cap && x.lower !== 'the')) return false;
  }
  return false;
}

/**
* Whether the people listed as attending hold the same office as a party of the encounter, only for another place ("Bí
 * thư Tỉnh ủy Lạng Sơn" a party, "Dự hội nghị có các đồng chí A, Bí thư Tỉnh ủy Quảng Ninh; B, Bí thư Tỉnh ủy Cao Bằng"):
 * peers of a meeting of many provinces, no one side's entourage (a deputy, an aide).
 */
function peersOfParties(more: Entity[], parties: Entity[]): boolean {
  const words = (t: string | null) => (t ?? '').split(/\s+/).filter(Boolean);
  const peer = (x: Entity, y: Entity) => {
    const a = words(x.title), b = words(y.title);
    let k = 0;
    while (k < a.length && k < b.length && a[k] === b[k]) k++;
    // (the office in two words at least, and what follows it a place's capitalised name: "Bí thư Tỉnh ủy | Quảng Ninh")
    const rest = [...a.slice(k), ...b.slice(k)];
    return k >= 2 && a.length > k && b.length > k && rest.every((w) => /^\p{Lu}/u.test(w));
  };
  return more.every((x) => parties.some((y) => peer(x, y)));
}

/**
 * Who else took part in an encounter told before with its parties, named in a sentence of their own (annotation rule 3:
 * every person named as taking part); people of both sides, or peers of its parties (peersOfParties), and one side's
 * attendees where the language's rule says so (below).
 * The words: events/attendance ("The meeting was attended by the Minister of Interior X and Jordan's Foreign Minister Y",
 * "In attendance were ...") or events/sat-in, with no noun of its own for the encounter ("Present were A and B", "A and B
 * also attended the talks"). The encounter: the latest told in the body and not recalled, of the kind the words name
 * ("The talks were attended by"), else not a visit, within ATTENDANCE_REACH sentences. An encounter told as earlier the
 * same day ("Trước đó, sáng 9/10, A đã hội đàm với B. Tham dự hội đàm có …": `sameTrip`, events/earlier-same-trip) is of
 * the story, not recalled.
 * A language's rule may say its words name one side's attendees as parties too (`one_side`: "副省长X参加会见", "Tham dự
 * hội đàm về phía Việt Nam có …": explicit words of taking part, annotation rule 3).
 * A sentence that tells an encounter of its own past those words, or that an encounter already holds, is left as it is
 * (an encounter told without its parties takes its parties from such a sentence in assembleEvents).
 */
export function attachAttendees(events: DraftEvent[], doc: Doc, attendance: RegExp, satIn: RegExp | null, sameTrip: RegExp | null = null, sideWords: ReadonlySet<string> = new Set(),
  oneSide: { attendance: boolean; satIn: boolean } = { attendance: false, satIn: false }, background: (e: DraftEvent) => boolean = () => false,
  sideBefore: ReadonlySet<string> = new Set(), companyWords: RegExp | null = null, riteWords: ReadonlySet<string> = new Set(),
  attendedRelative: RegExp | null = null, inPresence: RegExp | null = null): void {
  const recalled = (e: DraftEvent) => e.triggers.every((t) => t.recalled || t.earlier || t.planned)
    && !(sameTrip && e.sentences.some((k) => sameTrip.test(doc.sentences[k].text)));
  const inBody = (e: DraftEvent) => e.sentences.some((k) => doc.sentences[k].role !== 'headline');
  /** an encounter one may sit in: told in the body, neither a message nor a visit with no meeting named */
  const sitsIn = (e: DraftEvent) => e.kind.value !== 'messages' && e.kind.value !== 'visit' && inBody(e);
  for (const a of doc.analyses) {
    // "X received Y at the palace today, in the presence of the Minister of Foreign Affairs, Z": Z sat in the one encounter
    // the sentence tells before those words (events/in-presence; h-en61 probe, BNA)
    // (the story's first sentence too: the words name no encounter of an earlier one)
    const pres = a.sentence.noise || a.sentence.role === 'headline' ? null : inPresence?.exec(a.sentence.text);
    if (pres) {
      const from = a.sentence.start + pres.index + pres[0].length;
      const semi = a.sentence.text.indexOf(';', pres.index);
      const to = Math.min(a.sentence.end, semi >= 0 ? a.sentence.start + semi : Infinity, ...a.triggers.filter((t) => t.charStart >= from).map((t) => t.charStart));
      const own = events.filter((e) => sitsIn(e) && e.triggers.some((t) => t.charStart >= a.sentence.start && t.charEnd <= from));
      const named = namedWithin(a, from, to);
      if (own.length === 1 && named.length) {
        sitIn(own[0], named, null, a.sentence.index);
        continue;
      }
    }
    if (a.sentence.noise || a.sentence.role === 'headline' || a.sentence.index === 0) continue;
    // "During the meeting, which was also attended by X, the two discussed ...": X sat in the encounter the sentence is of
    // (events/attended-relative; h-en57 probe)
    const rel = attendedRelative?.exec(a.sentence.text);
    if (rel) {
      const from = a.sentence.start + rel.index + rel[0].length;
      const comma = a.sentence.text.indexOf(',', rel.index + rel[0].length);
      const to = comma >= 0 ? a.sentence.start + comma : a.sentence.end;
      let own = events.filter((e) => e.sentences.includes(a.sentence.index) && sitsIn(e));
      // (a sentence of its own that goes on about the encounter just told, "The talks, which were attended by X, focused on
      // ...": that encounter's)
      if (!own.length) own = events.filter((e) => sitsIn(e) && !recalled(e) && Math.max(...e.sentences) === a.sentence.index - 1);
      const named = namedWithin(a, from, to);
      if (own.length === 1 && named.length) {
        sitIn(own[0], named, null, a.sentence.index);
        continue;
      }
    }
    const m = attendance.exec(a.sentence.text);
    const words = m ?? satIn?.exec(a.sentence.text) ?? null;
    if (!words) continue;
    const end = a.sentence.start + words.index + words[0].length;
    // "The President also met Y, who was accompanied by Z": the encounter the sentence tells holds Y; Z, named after the
    // words of company, is of it too (h-en57 probe)
    if (words.groups?.company != null && companyWords) {
      const at = a.sentence.start + words.index + Math.max(0, words[0].search(companyWords));
      const host = [...a.persons].reverse().find((p) => p.entity && p.kind !== 'group' && p.charEnd <= at)?.entity;
      const own = host ? events.filter((e) => e.sentences.includes(a.sentence.index) && e.participants.includes(host) && !e.fromHeadline) : [];
      const company = namedWithin(a, at, a.sentence.end);
      for (const e of own) {
        sitIn(e, company, null, a.sentence.index);
      }
      if (own.length) continue;
    }
    if (a.triggers.some((t) => t.charEnd > end) || events.some((e) => e.sentences.includes(a.sentence.index))) continue;
    let present = [...new Set(a.persons.filter((p) => p.kind === 'named' && p.entity?.name).map((p) => p.entity!))];
    const earlier = events.filter((e) => e.sentences.length && Math.min(...e.sentences) < a.sentence.index);
    const lastOf = (e: DraftEvent) => Math.max(...e.sentences.filter((k) => k < a.sentence.index));
    // the encounter the words name, else the latest told (not a visit)
    // (or the kind the rule's named group gives the noun it reads: "Dự buổi tiếp có" names a meeting)
    // (in a language whose sat-in words name one side too, those words' noun as well: "X参加会见" names a meeting)
    // (not the words of how they sat in from afar, "joined the meeting by video link": the meeting's, no video conference;
    // the rule's named group `how`, h-en73 probe)
    const how = words.groups?.how != null ? a.sentence.start + words.index + words[0].lastIndexOf(words.groups.how) : end;
    const namedKind = m || oneSide.satIn ? a.triggers.find((t) => t.charEnd <= how)?.kind ?? KINDS_NAMED.find((k) => words.groups?.[k] != null) : undefined;
    // (a language whose words of taking part name one side's attendees as parties too: events/attendance, events/sat-in
    // one_side; their encounter is the story's, not one dated as background: "2023年4月，A曾在河内同B举行会谈。C参加会谈。")
    const either = m ? oneSide.attendance : oneSide.satIn;
    // (nor an exchange of messages: no one attends a letter, "The envoy handed over a message from Y to X. ... the audience
    // was attended by A" is the audience's company; h-en53 probe)
    let candidates = earlier.filter((e) => inBody(e) && !recalled(e) && !(either && background(e)) && e.kind.value !== 'messages' && (namedKind ? kindNamed(namedKind, e.kind.value) : e.kind.value !== 'visit'))
      .sort((x, y) => lastOf(y) - lastOf(x));
    // (the words name whom the encounter was with: "A, B and C joined the meeting with the President" is the President's,
    // not a later one of other parties; h-en58 probe, Palau: the attendees went to the minister's signing told after it)
    let byHost = false;
    const withAt = words.groups?.with != null ? a.sentence.start + words.index + words[0].lastIndexOf(words.groups.with) : -1;
    if (withAt >= 0) {
      const host = a.persons.find((p) => p.entity && p.kind !== 'group' && p.charStart >= withAt && p.charStart < end)?.entity;
      if (host) {
        const his = candidates.filter((e) => e.participants.includes(host));
        if (his.length) { candidates = his; byHost = true; }
        present = present.filter((x) => x !== host);
      }
    }
    // ("X attended the ceremony" after envoys who presented their credentials one by one: the ceremony is each of those
    // encounters, told in one run; h-en58 probe, The Herald: the foreign minister at the credentials ceremony)
    // (or "X was present at the ceremony": the same, group rite; h-en64 probe)
    if (words.groups?.ceremony != null || words.groups?.rite != null) {
      const rite = candidates.filter((e) => e.triggers.some((t) => t.ceremony || doc.text.slice(t.charStart, t.charEnd).toLowerCase().split(/\s+/).some((w) => riteWords.has(w))));
      if (rite.length > 1) {
        const first = rite[0];
        const run = rite.filter((e) => e.triggers.some((t) => first.triggers.includes(t)));
        if (run.length > 1 && a.sentence.index - lastOf(first) <= NAMED_ATTENDANCE_REACH) {
          // (the host is the one party of every encounter of the run; who sat in with no country of their own is of the
          // host's state: the envoys came alone, "The Minister of Foreign Affairs, Mr X, was present at the ceremony";
          // h-en64 probe, and h-en55's GIS Mauritius page, whose minister had no country)
          const hosts = first.participants.filter((p) => !present.includes(p) && run.every((e) => e.participants.includes(p)));
          const home = hosts.length === 1 ? hosts[0].country?.value : undefined;
          for (const e of run) {
            sitIn(e, present, a.sentence.index, a.sentence.index);
          }
          if (home) {
            for (const x of present) {
              if (!x.country) x.country = inferred(home, 'country/ceremony-host', `sat in the credentials ceremony of ${hosts[0].name ?? hosts[0].title}, each of whose envoys came alone`);
            }
          }
          continue;
        }
      }
      if (rite.length) candidates = rite;
    }
    // (the words name the encounter by its own word: "Tham dự cuộc hội kiến có …" after a hội kiến and then a working session
    // (làm việc), both meetings, is the hội kiến's company, the one encounter told with that word; h-zv38)
    // (the word the rule's named group read where no trigger stands: "副省长X参加会见" after a 会见 and then a session the
    // visitor attended with X, 共同出席…会议, both meetings: the 会见's)
    const nounAt = m || oneSide.satIn ? a.triggers.find((t) => t.charEnd <= end) : undefined;
    const namedWord = m || oneSide.satIn ? KINDS_NAMED.map((k) => words.groups?.[k]).find((w) => w != null) : undefined;
    const noun = (nounAt ? doc.text.slice(nounAt.charStart, nounAt.charEnd) : namedWord ?? '').toLowerCase();
    const sameWord = (e: DraftEvent) => e.triggers.some((t) => t !== nounAt && doc.text.slice(t.charStart, t.charEnd).toLowerCase().includes(noun));
    const byWord = noun ? candidates.filter(sameWord) : [];
    if (byWord.length === 1 && candidates[0] !== byWord[0]) candidates.splice(candidates.indexOf(byWord[0]), 1), candidates.unshift(byWord[0]);
    // (who came with a party, "X was accompanied by A", "A accompanied X": the encounters that hold one of those named, each
    // within reach; none of them, the latest told; h-en46)
    // (the one accompanied may be named by a title alone: "The Georgian Foreign Minister was accompanied by A")
    // (the one accompanied: a party named before the words, "Boko was accompanied by", or after them, "A accompanied X"; not
    // every person of the sentence, "The President also received Y, who was accompanied by Z" is Y's company)
    // (the words' own start: the pattern reads the sentence from its start)
    // (where the words of company start inside the match: events/company-words)
    const companyAt = words.groups?.company != null ? a.sentence.start + words.index + Math.max(0, companyWords ? words[0].search(companyWords) : 0) : -1;
    // (in the active voice, "A accompanied the Minister at the meeting" (group accompanies), the one before the words is A,
    // who came: the one accompanied is named after them; h-en64 probe)
    const before = companyAt >= 0 && words.groups?.accompanies == null ? [...a.persons].reverse().find((p) => p.entity && p.kind !== 'group' && p.charEnd <= companyAt) : undefined;
    const afterWords = companyAt >= 0 && !before ? a.persons.find((p) => p.entity && p.kind !== 'group' && p.charStart >= (words.groups?.accompanies != null ? companyAt : end)) : undefined;
    const named = companyAt >= 0 ? new Set([before ?? afterWords].flatMap((p) => (p?.entity ? [p.entity] : []))) : null;
    const company = named
      ? candidates.filter((e) => a.sentence.index - lastOf(e) <= NAMED_ATTENDANCE_REACH && e.participants.some((x) => named.has(x))) : [];
    for (const e of company.slice(1)) {
      sitIn(e, present, a.sentence.index, a.sentence.index);
    }
    // (one accompanied who is a party of none of them, in a sentence that tells an encounter of its own: "The President also
    // received Y, who was accompanied by Z" is Y's company at that encounter, whether or not it was read, none before it)
    if (named?.size && !company.length && a.triggers.length) continue;
    // (who came with one of a state, with no country of their own, is of that state: "Deputy Minister X accompanied the
    // Minister at the meeting"; h-en64 probe)
    const with_ = company.length && named?.size === 1 ? [...named][0] : null;
    const theirs = with_?.country?.value;
    if (theirs) {
      for (const x of present) {
        if (x !== with_ && !x.country) x.country = inferred(theirs, 'country/company', `came with ${with_!.name ?? with_!.title}, of ${theirs}`);
      }
    }
    const target = company[0] ?? candidates[0];
    // (further back when the words name the encounter's kind and it is the only one of that kind: "Dự buổi tiếp có …" after
    // the talks held earlier the same day were told; one dated as background is none: "Tháng 3/2025, X đã làm việc với Y")
    // (its kind as the words name it: "参加会谈" after talks held by video, the one encounter of that kind; h-zv30)
    const told = (e: DraftEvent) => inBody(e) && !recalled(e) && !(either && background(e));
    const lone = namedKind != null && (earlier.filter((e) => told(e) && kindNamed(namedKind, e.kind.value)).length === 1 || (byWord.length === 1 && target === byWord[0]));
    // (the one of that kind in the whole text, with no other encounter told between it and these words: further still,
    // "…举行会谈。[each side's words, a recalled meeting, a signing] 农业农村部副部长X，驻华大使Y等参加会谈。"; h-zv31)
    const alone = lone && target != null && events.every((e) => e === target || !told(e)
      || (!kindNamed(namedKind!, e.kind.value) && !e.sentences.some((k) => k > lastOf(target) && k < a.sentence.index)));
    // (words that name the encounter by its noun, after the one encounter the story has told: further back too, "X held phone
    // talks with Y. [the call's request, each side's words, what else they touched upon] A and B attended the talks at the Hanoi
    // end of the line."; h-zv40 probe, VNA English; the rule's named group `noun`)
    const only = words.groups?.noun != null && target != null && earlier.filter(told).length === 1 && told(target);
    // (words that name every activity, "Cùng dự các hoạt động có …", name encounters as a noun does; h-zv42 probe: after a
    // reception, the recall it told and each side's words, a deputy minister and an ambassador were lost)
    const reach = alone ? LONE_ATTENDANCE_REACH : lone || company.length || byHost || only || words.groups?.all != null ? NAMED_ATTENDANCE_REACH : ATTENDANCE_REACH;
    if (!target || a.sentence.index - lastOf(target) > reach) continue;
    // ("Tham dự các hoạt động có X": the activities, every encounter told before it that the story reports, not a
    // visit nor one recalled, is one X sat in on too; h-zv30)
    if (words.groups?.all != null && either) {
      // (within reach of the words, or of the next encounter of the run: a visit told day by day, "1日…拜会A。2日…同B举行会谈。
      // 3日…会见C。…何炜等陪同参加上述活动", every day's encounter, each within reach of the one told after it; h-zv36)
      const told = earlier.filter((e) => e !== target && inBody(e) && !recalled(e) && !background(e) && e.kind.value !== 'visit')
        .sort((x, y) => lastOf(y) - lastOf(x));
      const all: DraftEvent[] = [];
      let front = Math.min(...target.sentences.filter((k) => doc.sentences[k].role !== 'headline' && k < a.sentence.index));
      for (const e of told) {
        if (a.sentence.index - lastOf(e) > NAMED_ATTENDANCE_REACH && front - lastOf(e) > NAMED_ATTENDANCE_REACH) break;
        all.push(e);
        front = Math.min(front, ...e.sentences.filter((k) => doc.sentences[k].role !== 'headline'));
      }
      for (const e of all) {
        sitIn(e, present, a.sentence.index, a.sentence.index);
      }
    }
    const read = [a.sentence.index];
    /** who the next sentence names, read with this one (the sentence each sat in by: one side's company each) */
    const toldIn = new Map<Entity, number>();
    // ("The reception was attended by A and B. On the Senegalese side, it was attended by C": each side's attendees in a
    // sentence of its own, read together)
    const next = doc.analyses[a.sentence.index + 1];
    // (or the next sentence opens with a side, "On the Qatari side, ...", whatever this one seemed to hold)
    if (m && next && !next.sentence.noise && (!bothSidesPresent(present, target.participants) || sideOpening(next, sideWords)) && !events.some((e) => e.sentences.includes(next.sentence.index))) {
      const m2 = attendance.exec(next.sentence.text);
      const end2 = m2 ? next.sentence.start + m2.index + m2[0].length : 0;
      const both = m2 && next.triggers.every((t) => t.charEnd <= end2)
        ? [...new Set([...present, ...next.persons.filter((p) => p.kind === 'named' && p.entity?.name).map((p) => p.entity!)])] : [];
      // (the side a sentence opens with gives its people, and the other sentence's, their states: "On the Ghanaian side")
      if (both.length) giveSides([a, next], target.participants, sideWords);
      if (both.length && bothSidesPresent(both, target.participants)) {
        for (const x of both) if (!present.includes(x)) toldIn.set(x, next.sentence.index);
        present = both; read.push(next.sentence.index);
      }
    }
    // ("On the Tanzanian side, the talks were attended by A and B, while the Zambian delegation included C": both sides
    // in one sentence, each side's people after its words)
    if (read.length === 1) giveSidesWithin(a, target.participants, sideWords);
    giveSidesNamedBefore(a, sideBefore);
    const more = present.filter((e) => !target.participants.includes(e));
    if (!more.length || !(either || bothSidesPresent(present, target.participants) || peersOfParties(more, target.participants))) continue;
    target.participants = [...target.participants, ...more];
    target.sentences = [...target.sentences, ...read].sort((x, y) => x - y);
    for (const x of more) (sittersIn.get(target) ?? sittersIn.set(target, new Set()).get(target)!).add(x);
    for (const x of more) (sitterSentence.get(target) ?? sitterSentence.set(target, new Map()).get(target)!).set(x, toldIn.get(x) ?? a.sentence.index);
  }
}

/** Who an encounter gained from a sentence of who sat in it (attachAttendees): listed after its parties, of either side. */
export const sittersIn = new WeakMap<DraftEvent, Set<Entity>>();

/** The sentence whose words of taking part added each of an encounter's `sittersIn` (those named together are one side's). */
export const sitterSentence = new WeakMap<DraftEvent, Map<Entity, number>>();

/** The people named (by name) in a sentence between two offsets of the text, each once, in order. */
function namedWithin(a: SentenceAnalysis, from: number, to: number): Entity[] {
  return [...new Set(a.persons.filter((p) => p.kind === 'named' && p.entity?.name && p.charStart >= from && p.charEnd <= to).map((p) => p.entity!))];
}

/** Adds the people of `present` an encounter lacks to it as those who sat in, told in sentence `at` (null: no sentence of its
 * own), named in sentence `told`. */
function sitIn(e: DraftEvent, present: readonly Entity[], at: number | null, told: number): void {
  const more = present.filter((x) => !e.participants.includes(x));
  if (!more.length) return;
  e.participants = [...e.participants, ...more];
  if (at != null) e.sentences = [...e.sentences, at].sort((x, y) => x - y);
  for (const x of more) (sittersIn.get(e) ?? sittersIn.set(e, new Set()).get(e)!).add(x);
  for (const x of more) (sitterSentence.get(e) ?? sitterSentence.set(e, new Map()).get(e)!).set(x, told);
}
