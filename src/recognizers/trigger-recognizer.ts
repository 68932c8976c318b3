/**
 * Words that report an engagement ("held talks with", "made a phone call to", "met",
 * "video conference", "exchanged messages"), from data/lang/en/triggers.json. Each match is
 * marked `planned` when the words before it in its clause make it a plan, a wish or a
 * negation ("will meet", "plans to hold talks", "ahead of a planned visit", "invited ... to visit"),
 * and `recalled` when the sentence recalls an earlier engagement ("earlier", "had held").
 */
import type { Lexicon } from '../knowledge/lexicon.js';
import type { TriggerMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import { isUpperAt } from '../text/char-class.js';
import { relativeClauseBefore, relativeClauses, otherTimeSpans } from '../text/clauses.js';
import type { RuleBook } from '../knowledge/rule-book.js';

/** How many words (determiners, adjectives) may stand between a noun trigger and its light verb ("hold a trilateral meeting"). */
const LIGHT_VERB_REACH = 3;
/** How far back (in words) a planning cue may stand, within the clause. */
const PLANNED_WINDOW = 12;

/** The relative pronouns (events/relative-pronouns) with the two-word openers after a preposition (events/relative-after-preposition, ", during which"), once per book. */
const openersMemo = new WeakMap<RuleBook, Set<string>>();
function withAfterPreposition(book: RuleBook): Set<string> {
  let s = openersMemo.get(book);
  if (!s) openersMemo.set(book, (s = new Set([...book.words('events/relative-pronouns'), ...book.optionalWords('events/relative-after-preposition')])));
  return s;
}

export function recognizeTriggers(text: string, offset: number, tokens: Token[], lex: Lexicon, inName: Uint8Array | null = null): TriggerMention[] {
  const out: TriggerMention[] = [];
  // the keys the sentence holds, in one pass; a rule is tried only when one of its keys is there
  const present = new Set<string>();
  // the rules run on the lowercased sentence without the case-insensitive flag where they can (much
  // faster); offsets agree as long as lowercasing kept the length (it does but for rare letters like "İ")
  const low = text.toLowerCase();
  const lowOk = low.length === text.length;
  lex.triggerKeys.lastIndex = 0;
  // from each match's start + 1, so a key overlapping a longer one found before it is seen too ("chào xã giao" after "đến chào")
  for (let m = lex.triggerKeys.exec(low); m; lex.triggerKeys.lastIndex = m.index + 1, m = lex.triggerKeys.exec(low)) {
    for (const k of lex.triggerKeysWithin.get(m[0]) ?? [m[0]]) present.add(k);
  }
  if (!present.size) return out;
  const taken: [number, number][] = [];
  let recalled: boolean | null = null;
  // "X, who had earlier been received by Y, met Z": a recall cue inside the relative clause before a verb recalls
  // only what the clause tells (asked only of a recalled sentence's verbs)
  const pronouns = lex.traits.spaces && lex.book('events').has('events/relative-pronouns') ? withAfterPreposition(lex.book('events')) : null;
  const tokenEndRelative = (tokStart: number) => (pronouns && recalled ? relativeClauseBefore(tokens, tokStart, pronouns) : null);
  // the sentence lowercased with the same length: case-insensitive cues run as their lowercase forms on it
  const lower = lowOk ? low : undefined;
  const recallIn = (t: string, l: string | undefined) => (l !== undefined && lex.recallCuesLower ? lex.recallCuesLower.test(l) : lex.recallCues.test(t));
  const blanked = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  const recallOnlyInRelative = (span: [number, number] | null) => {
    if (!span) return false;
    const a = tokens[span[0]].start - offset, b = tokens[span[1]].end - offset;
    return !recallIn(blanked(text, a, b), lower && blanked(lower, a, b));
  };
  // "met French Prime Minister X, who took office earlier this month, and ...": a recall cue inside a relative clause
  // after the verb tells of that person, not of the encounter; "met A, whom he had first met in X, and B": an earlier
  // encounter told only inside a relative clause the trigger is not in. The sentence with the clauses that do not hold
  // the verb blanked (and its lowercase form), or null when there are none; one per trigger start
  let relatives: [number, number][] | null = null;
  const outsideMemo = new Map<number, [string, string | undefined] | null>();
  const outsideOtherClauses = (tokStart: number): [string, string | undefined] | null => {
    if (outsideMemo.has(tokStart)) return outsideMemo.get(tokStart)!;
    relatives ??= relativeClauses(tokens, pronouns!);
    const others = relatives.filter(([x, y]) => !(tokStart > x && tokStart < y));
    let out: [string, string | undefined] | null = null;
    if (others.length) {
      let t = text, l = lower;
      for (const [x, y] of others) {
        const a = tokens[x].start - offset, b = tokens[y].end - offset;
        t = blanked(t, a, b); if (l !== undefined) l = blanked(l, a, b);
      }
      out = [t, l];
    }
    outsideMemo.set(tokStart, out);
    return out;
  };
  const recallOnlyInOtherClauses = (tokStart: number) => {
    const o = pronouns && recalled ? outsideOtherClauses(tokStart) : null;
    return !!o && !recallIn(o[0], o[1]);
  };
  // "At the meeting, the President said that trade reached 8 billion USD last year": a recall cue only in what a person
  // says after the trigger (events/reported-speech) tells of the speech, not of the encounter
  const speechVerb = lex.traits.spaces ? lex.book('events').optionalPattern('events/reported-speech') : null;
  const recallOnlyInSpeechAfter = (end: number) => {
    if (!speechVerb || !recalled) return false;
    const rest = text.slice(end - offset);
    const m = speechVerb.exec(rest);
    if (!m) return false;
    const from = end - offset + m.index;
    return !recallIn(blanked(text, from, text.length), lower && blanked(lower, from, lower.length));
  };
  let earlier: boolean | null = null;
  const earlierOnlyInOtherClauses = (tokStart: number) => {
    const o = pronouns && earlier ? outsideOtherClauses(tokStart) : null;
    return !!o && !lex.book('triggers').test('trigger/earlier-encounter', o[0], o[1]);
  };
  for (const rule of lex.triggers) {
    if (!rule.keys.some((k) => present.has(k))) continue;
    const re = lowOk && rule.reLower ? rule.reLower : rule.re;
    const src = re === rule.re ? text : low;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const a = offset + m.index, b = a + m[0].length;
      if (m[0].length === 0) { re.lastIndex++; continue; }
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      taken.push([a, b]);
      recalled ??= recallIn(text, lower);
      earlier ??= EARLIER_KEYS.test(low) && lex.book('triggers').test('trigger/earlier-encounter', text, lower);
      const tokStart = firstToken(tokens, (t) => t.end > a);
      const tokEnd = firstToken(tokens, (t) => t.start >= b);
      const book = lex.book('triggers');
      // the text before and after the match (and their lowercase forms)
      const from = Math.max(0, m.index - LOOK_BACK), to = m.index + m[0].length;
      const before = text.slice(from, m.index), after = text.slice(to);
      const beforeLow = lower?.slice(from, m.index), afterLow = lower?.slice(to);
      const has = (id: string, s: string, l: string | undefined) => book.has(id) && book.test(id, s, l);
      let planned = isPlanned(tokens, tokStart, lex, m[0], inName, rule.voice === 'noun') || ((rule.voice === 'noun' || !lex.traits.spaces) && book.test('trigger/planned-after', after, afterLow));
      // "at their planned talks", "the upcoming visit": a cue inside the words of a noun trigger
      if (!planned && rule.voice === 'noun' && lex.traits.spaces) for (let k = tokStart; k < tokEnd - 1; k++) if (lex.plannedCues.has(tokens[k].lower)) planned = true;
      // "was on hand to receive X": what happened, not a plan
      if (planned && book.test('trigger/realised-infinitive', text.slice(0, m.index), lower?.slice(0, m.index))) planned = false;
      // "发言人宣布，王毅8月3日至5日访问柬埔寨": announced, so a plan; "能否介绍此访安排？": a question reports nothing
      if (!planned && has('trigger/planned-before', before, beforeLow)) planned = true;
      if (!planned && has('trigger/question', text, lower)) planned = true;
      // "have met four times": a count of encounters, not one
      const habitual = book.test('trigger/habitual', after, afterLow) || has('trigger/habitual-before', before, beforeLow);
      // "the outcomes of X's state visit", "会晤成果": an encounter the sentence looks back on
      // (not one held the same day, "the results of his talks with Y that morning": of the story told; trigger/same-day-*)
      const lookedBack = (has('trigger/recalled-before', before, beforeLow) || has('trigger/recalled-appraised', before, beforeLow) || has('trigger/recalled-after', after, afterLow))
        && !has('trigger/same-day-after', after, afterLow) && !has('trigger/same-day-before', before, beforeLow);
      // "边界谈判代表团团长会晤": an encounter word that modifies the noun after it names no encounter of its own
      // (not a verb that takes the noun as its object: "会见代表团", met the delegation, trigger/object-taking-verbs)
      if (has('trigger/modifier-after', after, afterLow) && !has('trigger/object-taking-verbs', m[0], m[0].toLowerCase())) continue;
      // "外交部长X陪同会见", "Y参加会见": one who sat in on the encounter told, no encounter of their own
      if (has('trigger/accompanying-before', before, beforeLow)) continue;
      // "出席了金砖国家领导人会晤": the end of the name of a gathering attended, no encounter of the one who attended it
      if (has('trigger/attended-gathering-before', before, beforeLow)) continue;
      // "this meeting", "cuộc gặp lần này", "此次会晤": the encounter reported, whatever else the sentence recalls
      const current = has('trigger/current-before', before, beforeLow) || has('trigger/current-after', after, afterLow);
      // "王毅曾在曼谷会见马里斯", "Bộ trưởng từng hội đàm với X": once, before now, right before the trigger: an earlier
      // encounter, never the reported one, whatever parties and day it shares with it (trigger/earlier-before)
      const earlierHere = !current && has('trigger/earlier-before', before, beforeLow);
      out.push({
        charStart: a, charEnd: b, tokStart, tokEnd,
        kind: rule.kind, rule: rule.id, voice: rule.voice, ...rule.traits,
        planned, recalled: !current && ((recalled! && !recallOnlyInRelative(tokenEndRelative(tokStart)) && !recallOnlyInOtherClauses(tokStart) && !recallOnlyInSpeechAfter(b)) || (earlier! && !earlierOnlyInOtherClauses(tokStart)) || lookedBack || earlierHere), ...(habitual ? { habitual } : {}), ...((earlier && !earlierOnlyInOtherClauses(tokStart)) || earlierHere ? { earlier: true } : {}),
      });
    }
  }
  applyModes(out, text, offset, lex);
  out.sort((x, y) => x.charStart - y.charStart);
  // "held a summit telephone talk": an in-person word right before a remote one names the same encounter
  return out.filter((t, i) => {
    const next = out[i + 1];
    if (!next || (t.kind !== 'talks' && t.kind !== 'meeting') || (next.kind !== 'phone_call' && next.kind !== 'video_conference')) return true;
    return !/^[\s\p{L}-]{0,15}$/u.test(text.slice(t.charEnd - offset, next.charStart - offset));
  });
}

/** How much text before a trigger the rules that read backwards from it see (characters). */
const LOOK_BACK = 160;

/** Words of which a sentence must hold one for trigger/earlier-encounter to be tried (a speed-up; in step with the rule). */
const EARLIER_KEYS = /previous|last|earlier|first|prior|had (?:previously )?met/;
/** Words of which a window must hold one for a mode cue to be tried (a speed-up; in step with data/lang/<language>/modes.json). */
const MODE_KEYS = /video|virtual|online|phone/i;

/** How far after (before) a talks or meeting trigger a cue of its mode may stand. */
const MODE_AFTER = 200;
/** A coordinating "and" right before a later trigger (an adverb may stand between: "and later spoke"): the later verb is an encounter of its own. */
const AND_BETWEEN = /\band\s+(?:\p{L}+ly\s+|then\s+|later\s+|also\s+)?$/iu;
/** A comma right before a later verb, as headlines join their verbs: "X receives A, speaks with B by phone" (h-en57 probe). */
const COMMA_BETWEEN = /,\s+(?:\p{L}+ly\s+|then\s+|later\s+|also\s+)?$/iu;
const MODE_BEFORE = 60;

/**
 * "held talks in virtual form", "met ... via videoconference", "talks by telephone": a mode cue in
 * the clause of a plain talks or meeting trigger makes it a video conference or a phone call
 * (data/lang/<language>/modes.json).
 */
function applyModes(triggers: TriggerMention[], text: string, offset: number, lex: Lexicon): void {
  const book = lex.book('modes');
  const otherTime = lex.book('events').optionalGlobalPattern('events/other-time-clause');
  // "held talks at the palace and attended the launch of a terminal by video link": the mode of the other act
  const anotherAct = book.optionalPattern('mode/another-act');
  let otherSpans: (readonly [number, number])[] | null = null;
  for (const t of triggers) {
    if (t.kind !== 'talks' && t.kind !== 'meeting') continue;
    const a = t.charStart - offset, b = t.charEnd - offset;
    let from = Math.max(0, a - MODE_BEFORE), to = Math.min(text.length, b + MODE_AFTER);
    const semiBefore = text.lastIndexOf(';', a), semiAfter = text.indexOf(';', b);
    if (semiBefore >= from) from = semiBefore + 1;
    if (semiAfter >= 0 && semiAfter < to) to = semiAfter;
    const act = anotherAct?.exec(text.slice(b, to));
    if (act) to = b + act.index;
    // "last met in person in X in 2022 and spoke by phone in March": a remote encounter's own verb joined by "and" after
    // the trigger tells its own mode, not this one's (not a remote noun told further on: "talks with A and B were held in
    // a videoconference mode")
    // ("had spoken by phone in February and met in Geneva": nor one told before it)
    for (const o of triggers) {
      if (o === t || o.kind === 'talks' || o.kind === 'meeting') continue;
      const c = o.charStart - offset, e = o.charEnd - offset;
      // (or a comma before a verb of its own: not a noun, "held talks with Y, via video link")
      const joins = (x: string) => AND_BETWEEN.test(x) || (o.voice !== 'noun' && COMMA_BETWEEN.test(x));
      if (c >= b && c < to && joins(text.slice(b, c))) to = c;
      const and = e <= a && e > from ? AND_BETWEEN.exec(text.slice(e, a)) ?? (o.voice !== 'noun' ? COMMA_BETWEEN.exec(text.slice(e, a)) : null) : null;
      if (and) from = e + and.index;
    }
    let window = text.slice(from, to);
    if (lex.language === 'en' && !MODE_KEYS.test(window)) continue;
    // "received Y on Thursday, a week after they spoke by phone": a clause that sets the encounter in time against
    // another one tells that one's mode, not this one's (events/other-time-clause); blanked, unless it holds the trigger
    // (the spans the date and location refiners and the merger read: text/clauses.ts, in the sentence's own offsets here)
    otherSpans ??= otherTimeSpans({ text, start: 0 }, otherTime);
    for (const [x, y] of otherSpans) {
      if ((x <= a && a < y) || y <= from || x >= to) continue;
      const p = Math.max(x, from) - from, q = Math.min(y, to) - from;
      window = window.slice(0, p) + ' '.repeat(q - p) + window.slice(q);
    }
    for (const r of book.rules) {
      if (typeof r.kind !== 'string') continue;
      const m = book.pattern(r.id).exec(window);
      if (!m) continue;
      t.kind = r.kind as TriggerMention['kind'];
      t.modeRule = r.id;
      break;
    }
  }
}

/** The first token for which `ok` holds (tokens are in text order and `ok` is monotone), or tokens.length. */
function firstToken(tokens: Token[], ok: (t: Token) => boolean): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(tokens[mid])) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** How many characters before a trigger a planning cue may stand in a script without spaces, within the clause. */
const PLANNED_CHARS = 30;
/** How long a clause of time before the trigger's clause may be (在明年4月，). */
const TIME_CLAUSE_CHARS = 12;
const CLAUSE_END = new Set([',', ';', ':', '，', '；', '：', '。', '！', '？', '"', '“', '”']);

/** A cue of several characters (计划, 将于, 准备) in the clause before the trigger; a near cue (不, 未, 要) in its last characters. */
function plannedWithoutSpaces(tokens: Token[], at: number, lex: Lexicon, inName: Uint8Array | null): boolean {
  let before = '';
  let i = at - 1;
  for (; i >= 0 && before.length < PLANNED_CHARS; i--) {
    if (CLAUSE_END.has(tokens[i].text)) break;
    // a name's characters are no cue (可 of 马可仕, 会 of a name): read as a blank
    before = (inName?.[i] === 1 ? '　'.repeat(tokens[i].text.length) : tokens[i].text) + before;
  }
  // a clause of time set off by a comma (明年4月，…访华期间): the time of the trigger's clause
  if (i > 0 && (tokens[i].text === '，' || tokens[i].text === ',')) {
    const book = lex.book('triggers');
    if (book.has('trigger/planned-time-clause')) {
      let time = '';
      for (let j = i - 1; j >= 0 && time.length <= TIME_CLAUSE_CHARS && !CLAUSE_END.has(tokens[j].text); j--) time = tokens[j].text + time;
      if (time.length <= TIME_CLAUSE_CHARS) for (const cue of book.words('trigger/planned-time-clause')) if (time.includes(cue)) return true;
    }
  }
  // 应约 (at the request of) is no modal 应, 同意大利 (with Italy) no 同意
  for (const w of lex.notPlanned) if (before.includes(w)) before = before.split(w).join('　');
  // 应外交部邀请 (at the invitation of the ministry): 应 … 邀请 around its host (trigger/not-planned-pattern)
  const notPlannedPattern = lex.book('triggers').optionalGlobalPattern('trigger/not-planned-pattern');
  if (notPlannedPattern) before = before.replace(notPlannedPattern, (m) => '　'.repeat(m.length));
  for (const cue of lex.plannedCues) if (before.includes(cue)) return true;
  const near = before.slice(-3);
  for (const cue of lex.plannedNear) if (near.includes(cue)) return true;
  // a clause that goes on with 并 after a comma shares the clause before it: "将于9月10日至12日对越南进行正式访问，并同X共同主持…"
  // is planned as the visit is (h-zv30)
  if (i > 0 && (tokens[i].text === '，' || tokens[i].text === ',') && /^[并並]/u.test(before)) return plannedWithoutSpaces(tokens, i, lex, inName);
  return false;
}

/**
 * A cue before a capitalised word that does not open the trigger is (part of) a name, not a function
 * word: "General Secretary To Lam held talks". "Agree To Hold Talks" in a title-case headline stays a plan.
 */
function capitalisedName(tokens: Token[], i: number, at: number): boolean {
  if (!isUpperAt(tokens[i].text, 0) || i + 1 >= at) return false;
  const next = tokens[i + 1];
  return next.word && isUpperAt(next.text, 0);
}

/** A day of the month as written beside its month's name ("15", "15th"). */
const DAY_NUMBER = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;

/** A preposition, and a head noun after it, right before the trigger at `at` (trong cuộc điện đàm): its phrase of its own. */
function ownPhraseBefore(tokens: Token[], at: number, book: ReturnType<Lexicon['book']>): boolean {
  const preps = book.fieldWords('trigger/content-cues-in-phrase', 'prepositions', true);
  const heads = book.fieldWords('trigger/content-cues-in-phrase', 'heads', true);
  const k = heads.has(tokens[at - 1]?.lower ?? '') ? at - 2 : at - 1;
  return k >= 0 && preps.has(tokens[k]?.lower ?? '');
}

/** The most words between a verb of a document signed and the document's noun ("signed a defence cooperation plan"). */
const DOCUMENT_VERB_REACH = 4;

/** Whether a verb of trigger/document-verbs stands a few words before token `i`, in its clause. */
function documentVerbBefore(tokens: Token[], i: number, verbs: ReadonlySet<string>): boolean {
  if (!verbs.size) return false;
  for (let k = i - 1, n = 0; k >= 0 && n < DOCUMENT_VERB_REACH; k--) {
    if (!tokens[k].word) { if (tokens[k].text === ',' || tokens[k].text === ';') return false; continue; }
    n++;
    if (verbs.has(tokens[k].lower)) return true;
  }
  return false;
}

function isPlanned(tokens: Token[], at: number, lex: Lexicon, matched: string, inName: Uint8Array | null = null, noun = false): boolean {
  // the trigger's own words ("will hold talks" is caught by the cue before "hold")
  if (/^(?:will|would|to)\b/i.test(matched)) return true;
  if (!lex.traits.spaces) return plannedWithoutSpaces(tokens, at, lex, inName);
  const book = lex.book('triggers');
  const gerundPreps = book.has('trigger/gerund-prepositions') ? book.words('trigger/gerund-prepositions') : null;
  // a noun trigger that opens with such a preposition ("during their summit") is a phrase of its own too
  let ownPhrase = !!gerundPreps && gerundPreps.has(tokens[at]?.lower ?? '');
  // "agreed to hold a trilateral meeting": a noun trigger's light verb, a few words before it, stands where the verb
  // trigger would, and the near cues are counted from there (trigger/light-verbs)
  const light = noun ? book.optionalWords('trigger/light-verbs') : null;
  const counted = book.optionalWords('trigger/counted-days');
  const otherSenses = book.optionalWords('trigger/cue-other-senses');
  const docNouns = book.optionalWords('trigger/document-nouns');
  const docVerbs = book.optionalWords('trigger/document-verbs');
  const pastForms = book.optionalWords('trigger/past-forms');
  const first = tokens[at]?.lower ?? '';
  const triggerPast = pastForms.size > 0 && (pastForms.has(first) || /^[a-z]{2,}ed$/.test(first));
  const pastAfterAnd = (i: number) => {
    if (!triggerPast) return false;
    for (let k = i + 1; k < at; k++) if (tokens[k].lower === 'and') return true;
    return false;
  };
  // (a past trigger in a clause of time of its own: "said the plan was discussed when she met Y"; trigger/past-clause-openers)
  const pastClause = triggerPast ? book.optionalWords('trigger/past-clause-openers') : null;
  let lightSeen = false;
  // a noun trigger in a phrase of its own ("trong cuộc điện đàm", "tại buổi tiếp"): a cue of what was asked or wished
  // before it is the main verb's, about what was said during the encounter (trigger/content-cues-in-phrase)
  const inPhrase = book.has('trigger/content-cues-in-phrase') && ownPhraseBefore(tokens, at, book);
  const contentCues = inPhrase ? book.words('trigger/content-cues-in-phrase') : null;
  for (let i = at - 1, seen = 0; i >= 0 && seen < PLANNED_WINDOW; i--) {
    const t = tokens[i];
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || t.text === ':' || t.text === '"' || t.text === '(') break;
      continue;
    }
    if (light && !lightSeen && seen < LIGHT_VERB_REACH && light.has(t.lower)) { lightSeen = true; seen = 0; continue; }
    seen++;
    if (pastClause?.has(t.lower)) break;
    // (a word of a person's name is no cue: "Prime Minister Theresa May met Y")
    if (inName?.[i] === 1) continue;
    // (not the month "May" of a date: "X on May 15 received Y", "X on 15 May received Y": a capitalised word next to a day's number)
    if (t.text !== t.lower && (DAY_NUMBER.test(tokens[i + 1]?.text ?? '') || DAY_NUMBER.test(tokens[i - 1]?.text ?? ''))) continue;
    // (not a document signed: "signed a defence cooperation plan for 2027 after their talks"; trigger/document-nouns)
    if (docNouns.has(t.lower) && documentVerbBefore(tokens, i, docVerbs)) continue;
    // (not a day counted from the one told before: "The next day she met Y"; trigger/counted-days)
    // (nor a cue that is a word of another verb: "agreed to set up a hotline during their meeting"; trigger/cue-other-senses)
    if (lex.plannedCues.has(t.lower) && !contentCues?.has(t.lower) && !(tokens[i + 1] && (counted.has(`${t.lower} ${tokens[i + 1].lower}`) || otherSenses.has(`${t.lower} ${tokens[i + 1].lower}`)))) return true;
    // a cue of two or three words ending at a word of the window (dự kiến hội đàm, có kế hoạch gặp, dự kiến sẽ thăm;
    // "nhất trí sớm tổ chức phiên Đối thoại chiến lược": agreed to hold it soon, four words before)
    if (i > 0 && tokens[i - 1].word) {
      const two = `${tokens[i - 1].lower} ${t.lower}`;
      if ((lex.plannedCues.has(two) && !contentCues?.has(two)) || (i > 1 && tokens[i - 2].word && lex.plannedCues.has(`${tokens[i - 2].lower} ${two}`) && !contentCues?.has(`${tokens[i - 2].lower} ${two}`))) return true;
    }
    // "after attending": the trigger opens a phrase of its own, a "to" before it is another verb's
    if (seen === 1 && gerundPreps?.has(t.lower)) ownPhrase = true;
    // "to meet", "agreed to hold talks", "could not meet": only right before the trigger, and not as a
    // word of a name ("General Secretary To Lam held talks")
    // (not "to" as the preposition of a movement before a second past verb: "travelled to Kampala and met Y";
    // trigger/past-forms)
    if (!ownPhrase && seen <= 3 && lex.plannedNear.has(t.lower) && !capitalisedName(tokens, i, at) && !(t.lower === 'to' && pastAfterAnd(i))) return true;
    // a finite verb between the cue and the trigger ends the clause ("X, who will attend, met Y")
    if (seen > 0 && lex.book('triggers').words('trigger/finite-verbs').has(t.lower)) break;
  }
  return false;
}
