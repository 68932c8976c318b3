/**
 * The word lists of data/lexicon/, compiled once into the structures the recognisers use.
 */
import { fastRegExp } from '../text/quick-regexp.js';
import { readDataJson } from '../data-files.js';
import { forLowercase } from '../text/lowercase-regex.js';
import { TokenTrie, type Token } from '../text/tokenizer.js';
import { ruleBook, type RuleBook } from './rule-book.js';
import type { EventKind } from '../types.js';
import { escapeRe as escape } from '../text/patterns.js';

interface TitlesFile {
  heads: string[];
  modifiers: string[];
  honorifics: string[];
  org_words: string[];
  abbreviations: Record<string, string>;
  /** a head's plural and its singular ("ministers": "minister") */
  plural_heads: { forms: Record<string, string> };
  /** words that make a foreign minister's title a deputy's */
  deputy_words: { words: string[] };
  /** "of the President", "to the Prime Minister" closing a title: the office its holder serves */
  served_office: { pattern: string; flags: string };
  /** the patterns of a role: phrases, or regular expressions after "re:" */
  roles: { role: string; patterns: string[] }[];
}

/** The voice of a trigger rule (data/lang/<language>/triggers.json `voice`). */
export type TriggerVoice = 'active' | 'passive' | 'noun' | 'joint';
interface TriggerSpec { id: string; kind: EventKind; voice: TriggerVoice; initiator?: 'subject' | 'object' | null; plural?: boolean; pattern: string; keys: string[]; case?: boolean; object?: 'direct'; refers_back?: boolean; hosts?: 'subject' | 'object'; other?: 'last-host' | 'message-receiver' | 'message-envoy'; ceremony?: boolean; mode_open?: boolean; within_encounter?: boolean }

/**
 * What a trigger rule tells of every encounter it matches, carried by each match. Written in one place, the rule's
 * data (data/lang/<language>/triggers.json) read by `traitsOf` below: a new trait is a field here
 * and a line there, and the recogniser copies them all.
 */
export interface TriggerTraits {
  /** who asked for the encounter, by the words alone ("was received by": the subject asked) */
  initiator: 'subject' | 'object' | null;
  plural: boolean;
  /** the other party must follow right after the trigger ("received X") */
  directObject?: boolean;
  /** reports a gathering that the sentence before said was held ("It was co-chaired by ...") */
  refersBack?: boolean;
  /** its subject hosts the encounter ("received", "hosted", 会见, tiếp): the place is the host's */
  hostsSubject?: boolean;
  /** its object hosts the encounter ("called on", "paid a courtesy call on"): the place is the one called on's */
  hostsObject?: boolean;
  /** a subject-less report of one more guest of the encounter just told ("Also presenting credentials was Y"): the other party is its host */
  otherLastHost?: boolean;
  /**
   * a message's side (`other` in the rule): 'receiver', the envoy who delivered it meets the one who received the message
   * the sentence told ("received a message from X, delivered by Y"); 'envoy', the subject only carried the message from the
   * sender after "from" to its receiver ("Y delivered a message from X to Z")
   */
  messageSide?: 'receiver' | 'envoy';
  /** a ceremony for a guest ("chaired a welcome ceremony for Y"): the same encounter as that day's talks with Y */
  ceremony?: boolean;
  /** its words do not say how the encounter took place ("discussed with his counterpart"): a call told after may say */
  modeOpen?: boolean;
  /** greetings the parties of the encounter told just before exchanged in it ("The two leaders exchanged Eid greetings"
   *  after their call): that encounter, whatever its mode */
  withinEncounter?: boolean;
}

export interface TriggerRule {
  id: string;
  kind: EventKind;
  voice: TriggerVoice;
  re: RegExp;
  /**
   * The same expression for the lowercased sentence, without the case-insensitive flag (about three
   * times faster; see text/lowercase-regex.ts); null when the pattern is case-sensitive.
   */
  reLower: RegExp | null;
  /** the rule is tried only on sentences containing one of these (lowercase) */
  keys: string[];
  /** what the rule tells of each encounter it matches, copied onto the match */
  traits: Readonly<TriggerTraits>;
}

/** A trigger rule's traits from its data: each flag of the file with its name in code (only the flags set). */
function traitsOf(t: TriggerSpec): TriggerTraits {
  return {
    initiator: t.initiator ?? null,
    plural: !!t.plural,
    ...(t.object === 'direct' ? { directObject: true } : {}),
    ...(t.refers_back ? { refersBack: true } : {}),
    ...(t.hosts === 'subject' ? { hostsSubject: true } : t.hosts === 'object' ? { hostsObject: true } : {}),
    ...(t.other === 'last-host' ? { otherLastHost: true } : {}),
    ...(t.other === 'message-receiver' ? { messageSide: 'receiver' as const } : t.other === 'message-envoy' ? { messageSide: 'envoy' as const } : {}),
    ...(t.ceremony ? { ceremony: true } : {}),
    ...(t.mode_open ? { modeOpen: true } : {}),
    ...(t.within_encounter ? { withinEncounter: true } : {}),
  };
}

/** A title as a phrase of the language (Vietnamese and Chinese title forms, by office). */
/** A title form of a language: its rule, its role, and the body it belongs to when the form names one (欧盟委员会主席: EU). */
export interface TitleForm {
  id: string; role: string | null; country: string | null;
  /** a word that opens the title after it ("Phó", "副"); `deputyRoles` turns that title's role into its deputy's */
  prefix?: boolean; deputyRoles?: Record<string, string>;
  /** a prefix as the list writes it ("Quyền": written capitalised only, a lowercase "quyền" is no prefix) */
  written?: string;
}

/** What a language is like, for the stages that are otherwise the same for every language. */
export interface LanguageTraits {
  /** words are separated by spaces (false: Chinese) */
  spaces: boolean;
  /** names are written with capitals (English, Vietnamese) */
  capitalisedNames: boolean;
  /** titles are built from heads, modifiers and "of" complements (English) or are fixed phrases (Vietnamese, Chinese) */
  titles: 'compositional' | 'phrases';
  /** where a country stands beside a title: "Chinese Foreign Minister", "越南外长" (before); "Ngoại trưởng Trung Quốc" (after) */
  countryPosition: 'before' | 'after';
  /** what ends a sentence */
  sentenceEnd: string;
  /** the state whose officials the language's press names without their country (Vietnamese: Vietnam), if one */
  homeCountry?: string | null;
  /** a credit in the dispatch line, or (region `head`) one of the names in the page's first lines, that gives the story another home state (中央社, 自由時報: Taiwan) */
  homeCredits?: HomeCredit[];
}

/** A credit that gives a story a home state other than the language's: its words and where they count. */
export interface HomeCredit {
  /** the credit (one) */
  credit?: string;
  /** or the credits (several outlets of one state) */
  credits?: string[];
  country: string;
  /** `dispatch` (default): in the dispatch line; `head`: also in the page's first lines (a site's name over the headline) */
  region?: 'dispatch' | 'head';
}

export interface Lexicon {
  /** the language of the pack (`en`, `vi`, `zh`) */
  language: string;
  traits: LanguageTraits;
  /** title phrases of a language whose titles are phrases (null for English) */
  titleForms: TokenTrie<TitleForm> | null;
  /** words after a name that are not part of it (同志, 先生) */
  honorificsAfter: TokenTrie<true>;
  /** titles the press also writes after a name of its own state's people (何炜大使, 总领事 after the name on an embassy's page) */
  titlesAfterName: TokenTrie<true> | null;
  /** a rule book of the language's pack: `data/lang/<language>/<name>.json` */
  book(name: string): RuleBook;
  /** title words: value true for a head ("minister"), false for a modifier ("deputy") */
  titleTrie: TokenTrie<boolean>;
  honorifics: TokenTrie<true>;
  orgWords: Set<string>;
  abbreviations: Map<string, string>;
  /** a head's plural to its singular (English: "ministers" -> "minister"); null where titles have no plural */
  pluralHeads: { re: RegExp; singular: Map<string, string> } | null;
  /** words that make a foreign minister's title a deputy's ("Deputy", "Vice", "Under"); null where titles have none */
  deputyWords: RegExp | null;
  /** "of the President", "to the Prime Minister" closing a title: the office its holder serves, not the holder's (English) */
  servedOffice: RegExp | null;
  roles: { role: string; re: RegExp }[];
  triggers: TriggerRule[];
  /** every trigger key in one expression (lowercase, for the lowercased sentence): which keys a sentence holds, in one pass */
  triggerKeys: RegExp;
  /** for each trigger key, every key written inside it ("meetings" holds "meeting"): the one pass finds only the longest */
  triggerKeysWithin: Map<string, string[]>;
  plannedCues: Set<string>;
  plannedNear: Set<string>;
  /** words that hold a cue's characters without being a plan (应约 holds 应), for scripts without spaces */
  notPlanned: string[];
  recallCues: RegExp;
  /** `recallCues` for the lowercased sentence (text/lowercase-regex.ts), when it converts */
  recallCuesLower: RegExp | null;
  stopwords: Set<string>;
  particles: Set<string>;
  suffixes: Set<string>;
  topics: { id: string; label: string }[];
  /** topic cues as token sequences -> topic ids */
  topicTrie: TokenTrie<string>;
}

const lexicons = new Map<string, Lexicon>();

/** The rule books of a language, by name (ruleBook keeps them by language and name, building no path per call). */
function bookOf(language: string): (name: string) => RuleBook {
  return (name) => ruleBook(language, name);
}

function topicIndex(topics: { id: string; cues: string[] }[]): { topicTrie: TokenTrie<string> } {
  const topicTrie = new TokenTrie<string>();
  for (const t of topics) for (const c of t.cues) topicTrie.add(c, t.id);
  return { topicTrie };
}

/** The topic ids whose cues occur in a sentence's tokens (every cue match, overlapping ones too). */
export function topicsIn(tokens: Token[], lex: Lexicon): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].word) continue;
    for (const id of lex.topicTrie.all(tokens, i)) out.add(id);
  }
  return out;
}


/** The languages with a pack of their own; any other text is read with the English one. */
export const LANGUAGES = ['en', 'vi', 'zh'] as const;

/** The lexicon of a language (English when the language has no pack), compiled once. */
export function loadLexicon(language: string = 'en'): Lexicon {
  const lang = (LANGUAGES as readonly string[]).includes(language) ? language : 'en';
  let lex = lexicons.get(lang);
  if (!lex) {
    lex = lang === 'en' ? englishLexicon() : phraseLexicon(lang);
    lexicons.set(lang, lex);
  }
  return lex;
}

/** Trigger rules of a book, compiled. */
function compileTriggers(book: RuleBook, caseless: boolean) {
  const specs = book.rules.filter((r) => typeof r.kind === 'string') as unknown as TriggerSpec[];
  const keys = [...new Set(specs.flatMap((t) => (t.keys ?? []).map((k) => k.toLowerCase())))];
  return {
    triggers: specs.map((t) => ({
      id: t.id, kind: t.kind, voice: t.voice, re: fastRegExp(t.pattern, t.case || caseless ? 'gu' : 'giu'),
      reLower: t.case || caseless ? null : forLowercase(new RegExp(t.pattern, 'giu')), keys: (t.keys ?? []).map((k) => k.toLowerCase()), traits: Object.freeze(traitsOf(t)),
    })),
    triggerKeys: new RegExp(keys.length ? keys.map(escape).sort((a, b) => b.length - a.length).join('|') : '(?!)', 'g'),
    triggerKeysWithin: new Map(keys.map((k) => [k, keys.filter((other) => k.includes(other))])),
  };
}

/**
 * A language whose titles are fixed phrases (Vietnamese, Chinese): title forms by office, triggers,
 * cues and topics from data/lang/<language>/.
 */
function phraseLexicon(lang: string): Lexicon {
  const book = bookOf(lang);
  const pack = readDataJson<{ spaces: boolean; capitalised_names: boolean; country_position: 'before' | 'after'; sentence_end: string; home_country?: string; home_country_credits?: HomeCredit[] }>(`lang/${lang}/pack.json`);
  const titleBook = book('titles');
  const titleForms = new TokenTrie<TitleForm>();
  const titleTrie = new TokenTrie<boolean>();
  for (const r of titleBook.rules) {
    if (!/^title\/[a-z]{2}\//.test(r.id)) continue;
    const formCountries = (r.form_countries ?? {}) as Record<string, string>;
    const deputyWords = new Set((r.deputy_words ?? []) as string[]);
    for (const f of r.words ?? []) {
      titleForms.add(f, { id: r.id, role: (r.role as string | null) ?? null, country: formCountries[f] ?? (r.country as string | undefined) ?? null,
        ...(r.prefix ? { prefix: true, written: f, deputyRoles: deputyWords.has(f) ? (r.deputy_roles as Record<string, string>) : undefined } : {}) });
      titleTrie.add(f, true);
    }
  }
  const honorifics = new TokenTrie<true>();
  for (const h of titleBook.list('title/honorifics-before')) honorifics.add(h, true);
  const honorificsAfter = titleBook.wordTrie('title/honorifics-after');
  const titlesAfterName = titleBook.has('title/after-name') ? titleBook.wordTrie('title/after-name') : null;
  const triggerBook = book('triggers');
  const topics = readDataJson<{ topics: { id: string; label?: string; cues: string[] }[] }>(`lang/${lang}/topics.json`);
  const edge = pack.spaces ? ['(?<![\\p{L}\\p{N}])', '(?![\\p{L}\\p{N}])'] : ['', ''];
  const recall = triggerBook.list('trigger/recall-cues');
  const recallRules = recallPatterns(triggerBook);
  const english = loadLexicon('en');
  return {
    language: lang,
    traits: { spaces: pack.spaces, capitalisedNames: pack.capitalised_names, titles: 'phrases', countryPosition: pack.country_position, sentenceEnd: pack.sentence_end, homeCountry: pack.home_country ?? null, homeCredits: pack.home_country_credits ?? [] },
    titleForms,
    honorificsAfter,
    titlesAfterName,
    book,
    titleTrie,
    honorifics,
    orgWords: new Set(),
    abbreviations: new Map(),
    pluralHeads: null,
    deputyWords: null,
    servedOffice: null,
    roles: [],
    ...compileTriggers(triggerBook, !pack.spaces),
    plannedCues: triggerBook.words('trigger/planned-cues'),
    plannedNear: triggerBook.words('trigger/planned-near'),
    notPlanned: triggerBook.has('trigger/not-planned-words') ? [...triggerBook.words('trigger/not-planned-words')] : [],
    ...recallExpressions(cueExpression(recall, edge, recallRules)),
    stopwords: new Set(),
    particles: new Set(),
    suffixes: new Set(),
    topics: english.topics,
    ...topicIndex(topics.topics),
  };
}

/**
 * One expression for a list of cues: words and phrases as written (whole words, within `edge`), and
 * the entries starting with "re:" as regular expressions of their own; `extra`: more patterns.
 */
function cueExpression(cues: string[], edge: string[], extra: string[] = []): RegExp {
  const words = cues.filter((c) => !c.startsWith('re:'));
  const patterns = cues.filter((c) => c.startsWith('re:')).map((c) => c.slice(3));
  const parts = [...(words.length ? [`${edge[0]}(?:${words.map(escape).join('|')})${edge[1]}`] : []), ...patterns, ...extra];
  return fastRegExp(parts.join('|') || '(?!)', 'iu');
}

/** The recall cues' expression and its form for the lowercased sentence. */
function recallExpressions(recallCues: RegExp): { recallCues: RegExp; recallCuesLower: RegExp | null } {
  return { recallCues, recallCuesLower: forLowercase(recallCues) };
}

/** The sources of a trigger file's recall rules beside its word list (trigger/recall-earlier, -ago, ...). */
function recallPatterns(book: RuleBook): string[] {
  return book.rules.filter((r) => r.id.startsWith('trigger/recall-') && r.id !== 'trigger/recall-cues' && typeof r.pattern === 'string').map((r) => `(?:${book.source(r.id)})`);
}

function englishLexicon(): Lexicon {
  const titles = readDataJson<TitlesFile>('lang/en/titles.json');
  const triggerBook = ruleBook('en', 'triggers');
  const stop = readDataJson<{ words: string[]; particles: string[]; suffixes: string[] }>('lang/en/stopwords.json');
  const topics = readDataJson<{ topics: { id: string; label: string; cues: string[] }[] }>('lang/en/topics.json');

  const titleTrie = new TokenTrie<boolean>();
  for (const h of titles.heads) titleTrie.add(h, true);
  for (const m of titles.modifiers) titleTrie.add(m, false);
  const honorifics = new TokenTrie<true>();
  for (const h of titles.honorifics) honorifics.add(h, true);
  // a rank between an office and a name is an honorific of the name ("Defence Minister Lt. Gen. X")
  const book = bookOf('en');
  const persons = book('persons');
  if (persons.has('persons/military-ranks')) for (const h of persons.list('persons/military-ranks')) honorifics.add(h, true);

  return {
    language: 'en',
    traits: { spaces: true, capitalisedNames: true, titles: 'compositional', countryPosition: 'before', sentenceEnd: '.!?' },
    titleForms: null,
    honorificsAfter: new TokenTrie<true>(),
    titlesAfterName: null,
    book,
    titleTrie,
    honorifics,
    orgWords: new Set(titles.org_words.map((w) => w.toLowerCase())),
    abbreviations: new Map(Object.entries(titles.abbreviations)),
    pluralHeads: pluralHeadsOf(titles.plural_heads.forms),
    deputyWords: new RegExp(`\\b(?:${titles.deputy_words.words.map(escape).join('|')})\\b`, 'i'),
    servedOffice: new RegExp(titles.served_office.pattern, titles.served_office.flags),
    roles: titles.roles.map((r) => ({ role: r.role, re: new RegExp(`\\b(?:${r.patterns.map((p) => (p.startsWith('re:') ? p.slice(3) : escape(p))).join('|')})\\b`, 'i') })),
    ...compileTriggers(triggerBook, false),
    plannedCues: triggerBook.words('trigger/planned-cues'),
    plannedNear: triggerBook.words('trigger/planned-near'),
    notPlanned: triggerBook.has('trigger/not-planned-words') ? [...triggerBook.words('trigger/not-planned-words')] : [],
    ...recallExpressions(cueExpression(triggerBook.list('trigger/recall-cues'), ['\\b', '\\b'], recallPatterns(triggerBook))),
    // letters after a name ('X MP', 'Y KC') end it as a stopword does (persons/post-nominals), also written with
    // stops ('X T.D.', 'Y S.C.')
    stopwords: new Set([...stop.words, ...(persons.has('persons/post-nominals') ? persons.list('persons/post-nominals').flatMap((w) => [w, dotted(w)]) : [])]),
    particles: new Set(stop.particles),
    suffixes: new Set(stop.suffixes),
    topics: topics.topics.map((t) => ({ id: t.id, label: t.label })),
    ...topicIndex(topics.topics),
  };
}

function pluralHeadsOf(forms: Record<string, string>): { re: RegExp; singular: Map<string, string> } | null {
  const keys = Object.keys(forms);
  return keys.length ? { re: new RegExp(`\\b(?:${keys.map(escape).join('|')})\\b`, 'gi'), singular: new Map(keys.map((k) => [k.toLowerCase(), forms[k]])) } : null;
}

/**
 * A title with its plural heads in the singular, one office for a group of its holders: "the two Foreign Ministers" ->
 * "the two Foreign minister" (data/lang/en/titles.json plural_heads). The head put in the singular is written in lowercase.
 */
export function singularTitle(title: string): string {
  const p = loadLexicon('en').pluralHeads;
  return p ? title.replace(p.re, (w) => p.singular.get(w.toLowerCase()) ?? w) : title;
}

const calendarWordsOf = new WeakMap<Lexicon, ReadonlySet<string>>();
/** The language's names of months and weekdays, lowercased (dates.json `date/months`, `date/weekdays`), once per language. */
export function calendarWords(lex: Lexicon): ReadonlySet<string> {
  let words = calendarWordsOf.get(lex);
  if (!words) {
    const dates = lex.book('dates');
    words = new Set(['date/months', 'date/weekdays'].flatMap((id) => (dates.has(id) ? [...dates.map(id).keys()] : [])).map((w) => w.toLowerCase()));
    calendarWordsOf.set(lex, words);
  }
  return words;
}

/** The role a title denotes ("Minister of Foreign Affairs" -> foreign_minister), most specific first. */
const roleCache = new Map<string, string | null>();

export function titleRole(title: string): string | null {
  const hit = roleCache.get(title);
  if (hit !== undefined) return hit;
  const r = findRole(title);
  if (roleCache.size > 20_000) roleCache.clear();
  roleCache.set(title, r);
  return r;
}

/**
 * The Vietnamese and Chinese title forms of the title lexicons (data/lang/vi|zh/titles.json, rules title/<lang>/…), longest
 * first, with the role each rule gives ('other' and 'official' forms too: a generic office, "Bộ trưởng", "部长"), and the
 * joiners that set off the offices of a joined title ("kiêm", "兼", "、").
 */
let localTitles: { forms: { form: string; role: string }[]; joiners: RegExp } | null = null;
function localTitleForms(): NonNullable<typeof localTitles> {
  if (localTitles) return localTitles;
  const forms: { form: string; role: string }[] = [];
  const joiners: string[] = [];
  for (const lang of ['vi', 'zh']) {
    const book = readDataJson<{ rules: { id: string; role?: string; words?: string[] }[] }>(`lang/${lang}/titles.json`);
    for (const r of book.rules) {
      if (r.id === 'title/joiners') joiners.push(...(r.words ?? []).filter((w) => /\p{L}/u.test(w) || /[^\x00-\x7f]/.test(w)));
      if (!/^title\/[a-z]{2}\//.test(r.id) || !r.role) continue;
      for (const w of r.words ?? []) forms.push({ form: w.normalize('NFC').toLowerCase(), role: r.role });
    }
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const words = joiners.filter((w) => /^\p{Script=Latin}/u.test(w)).map((w) => `(?<![\\p{L}])${escape(w)}(?![\\p{L}])`);
  const marks = joiners.filter((w) => !/^\p{Script=Latin}/u.test(w)).map(escape);
  localTitles = { forms, joiners: new RegExp([...words, ...marks].join('|'), 'iu') };
  return localTitles;
}

function findRole(title: string): string | null {
  // a title in Vietnamese or Chinese: the role of the longest form of the title lexicons at its head, which opens a
  // Vietnamese title ("Bộ trưởng Ngoại giao Campuchia") and closes a Chinese one ("美国总统特使": an envoy, not a president);
  // a generic office ("Bộ trưởng", "部长": other) has no role, as "Minister" has none in English
  if (/[^\x00-\x7f]/.test(title)) {
    const n = title.normalize('NFC').toLowerCase().trim();
    const han = /\p{Script=Han}/u.test(n);
    const hit = localTitleForms().forms.find((f) => (han ? n.endsWith(f.form) : n.startsWith(f.form) && !/\p{L}/u.test(n.charAt(f.form.length))));
    if (hit) return hit.role === 'other' ? null : hit.role;
  }
  const lex = loadLexicon('en');
  // an abbreviation written alone names the office it stands for ("the two PMs", "the two FMs": h-en33)
  title = lex.abbreviations.get(title.trim()) ?? title;
  // plural heads name the same office ("the two foreign ministers")
  title = singularTitle(title);
  // an office held for another office holder ("Special Envoy of the President of Mozambique", "Chief of Staff to the
  // President", "Adviser to the Prime Minister"): the role is that of the words before "of"/"to", not the office served
  // (h-en53 probe: "the envoy" was not the special envoy named before, whose title read as a president's)
  const served = lex.servedOffice?.exec(title);
  if (served && served.index > 0) title = title.slice(0, served.index);
  // deputies before ministers, ministers before heads of state
  for (const r of lex.roles) if (r.re.test(title)) {
    if (r.role === 'foreign_minister' && lex.deputyWords?.test(title.split(/\band\b/i).find((p) => r.re.test(p)) ?? '')) return 'deputy_foreign_minister';
    return r.role;
  }
  return null;
}

/** Every role a title names: "Deputy Prime Minister and Foreign Minister" -> deputy_head_of_government, foreign_minister. */
const rolesCache = new Map<string, string[]>();
export function titleRoles(title: string): readonly string[] {
  let roles = rolesCache.get(title);
  if (roles === undefined) {
    const out = new Set<string>();
    // (the joiners of a Vietnamese or Chinese title too: "Phó Thủ tướng kiêm Bộ trưởng Ngoại giao", "国务委员兼外长")
    const parts = /[^\x00-\x7f]/.test(title) ? title.split(localTitleForms().joiners).flatMap((p) => p.split(/\band\b|,/i)) : title.split(/\band\b|,/i);
    for (const part of parts) {
      const r = titleRole(part);
      if (r) out.add(r);
    }
    roles = [...out];
    if (rolesCache.size > 20_000) rolesCache.clear();
    rolesCache.set(title, roles);
  }
  return roles;
}

/** Letters written with stops: 'td' -> 't.d.' (post-nominals in Irish and Caribbean releases). */
function dotted(w: string): string {
  return [...w].map((c) => `${c}.`).join('');
}
