/**
 * Builds person mentions from the recognisers' names, titles and countries:
 * "Chinese State Councillor and Foreign Minister Wang Yi" (title before), "Wang Yi, State Councilor
 * and Foreign Minister of China," (apposition), "the Lao foreign minister" and "his Chinese counterpart"
 * (unnamed: resolved by coreference), "he", "the two sides".
 */
import type { PersonMention, SentenceAnalysis, TitleMention, NameMention } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { titleRole } from '../knowledge/lexicon.js';
import { stated, inferred } from '../decision.js';
import { TokenTrie, type Token } from '../text/tokenizer.js';
import { phrase } from '../recognizers/name-recognizer.js';

/** The compiled word lists of data/lang/<language>/persons.json, per lexicon. */
const compiled = new WeakMap<Lexicon, ReturnType<typeof compile>>();
function compile(lex: Lexicon) {
  const b = lex.book('persons');
  return {
    gathering: b.words('persons/gathering-words'),
    adjectiveTitles: b.optionalWords('persons/adjective-titles'),
    adjectiveNouns: b.optionalWords('persons/adjective-title-nouns'),
    determiners: b.words('persons/determiners'),
    modifiers: b.optionalWords('persons/title-modifiers'),
    visitorModifiers: b.optionalWords('persons/visitor-modifiers'),
    visitorNouns: b.optionalWords('persons/visitor-nouns'),
    visitorDeterminers: b.optionalWords('persons/visitor-determiners'),
    bareVisitorFollowers: b.optionalWords('persons/bare-visitor-followers'),
    bareVisitorNouns: b.optionalWords('persons/bare-visitor-nouns'),
    ledDelegationVerbs: b.optionalWords('persons/led-delegation-verbs'),
    // a Map, not an object literal: looking up arbitrary token strings on an object is slow in V8
    pronouns: b.map('persons/pronouns') as Map<string, 'pronoun' | 'group'>,
    // the first characters of the two-character pronouns (他们): a pair of characters is looked up only after one of these
    pronounHeads: new Set([...b.map('persons/pronouns').keys()].filter((k) => k.length === 2).map((k) => k[0])),
    possessive: b.words('persons/possessive-pronouns'),
    // words of two characters one of which is a pronoun's (其后 "afterwards", 尤其 "especially"): no pronoun there
    pronounWords: b.optionalWords('persons/pronoun-character-words'),
    coPrefixes: b.optionalWords('persons/co-title-prefixes'),
    objectFollowers: b.optionalWords('persons/object-pronoun-followers'),
    indefinite: b.optionalWords('persons/indefinite-articles'),
    recordOrdinals: b.optionalWords('persons/record-ordinals'),
    side: b.words('persons/side'),
    bothSides: b.words('persons/both-sides'),
    bothSidesPhrases: b.optionalWords('persons/both-sides-phrases'),
    groupSubject: b.words('persons/group-subject'),
    groupVerbs: b.optionalWords('persons/group-subject-verbs'),
    groupNotVerb: b.pattern('persons/group-not-verb'),
    appositionLinks: b.words('persons/apposition-links'),
    coordinationVerbs: b.words('persons/coordination-verbs'),
    frontedOpeners: b.optionalWords('persons/fronted-openers'),
    projectWords: b.optionalWords('persons/project-words'),
    subjectVerbs: b.optionalWords('persons/fronted-subject-verbs'),
    businessMarks: [...b.optionalWords('persons/business-marks')],
    spouseMarks: b.optionalWords('persons/spouse-marks'),
    relationHeads: b.optionalWords('persons/relation-heads'),
    chainJoiners: lex.book('events').words('events/chain-joiners'),
    jointWith: lex.book('events').optionalWords('events/joint-with'),
    groupPhrases: groupPhrasesOf(lex),
    honorificCountries: b.optionalMap('persons/honorific-countries'),
    objectOfTrigger: b.has('persons/bare-title-after-trigger') ? b.words('persons/bare-title-after-trigger') : null,
    delegationNouns: b.optionalWords('persons/delegation-nouns'),
    leadingVerbs: b.optionalWords('persons/delegation-leading-verbs'),
    delegationBy: b.optionalWords('persons/delegation-by'),
    delegationCopulas: b.optionalWords('persons/delegation-copulas'),
    stateTitles: b.optionalMap('persons/state-titles'),
    delegationHonorifics: b.optionalWords('persons/delegation-honorifics'),
    // the words after which a message's addressee is given the office (致电X，祝贺他当选Y国总统)
    electedEnds: new Set<string>(b.has('persons/name-after-message-verbs') ? ((b.rule('persons/name-after-message-verbs').ends as string[] | undefined) ?? []).filter((w) => /\p{L}/u.test(w)) : []),
    envoyPostIn: b.optionalWords('persons/envoy-post-words'),
    envoyTitles: b.optionalWords('persons/envoy-titles'),
    ranks: b.has('persons/military-ranks') ? b.wordTrie('persons/military-ranks') : null,
    royalStyles: b.has('persons/royal-styles') ? b.wordTrie('persons/royal-styles') : null,
    royalStyleObjects: b.optionalWords('persons/royal-style-prepositions'),
    delegationDeterminers: b.optionalWords('persons/delegation-determiners'),
    pluralAfter: b.optionalPattern('persons/plural-after-title'),
    styles: b.optionalWords('persons/styles-opening-names'),
    consortTitles: b.optionalWords('persons/consort-titles'),
    monarchTitles: new Set<string>(b.has('persons/consort-titles') ? ((b.rule('persons/consort-titles').monarchs as string[] | undefined) ?? []) : []),
    // 时任越南副外长的黎怀忠: the link word between a title told with its term and the holder's name, and those terms
    termLinks: b.optionalWords('persons/term-title-links'),
    clauseOpeners: b.optionalWords('persons/clause-openers'),
    termOpeners: b.has('persons/term-title-links') ? b.fieldWords('persons/term-title-links', 'openers', true) : new Set<string>(),
  };
}
/**
 * Groups said in several words ("hai đồng chí Tổng Bí thư", "hai Ngoại trưởng"): the group pronouns
 * of more than one word and `persons/both-sides-phrases`, matched over tokens; those with a title are
 * groups of people of that office.
 */
function groupPhrasesOf(lex: Lexicon): TokenTrie<true> | null {
  const b = lex.book('persons');
  const phrases = [...(b.map('persons/pronouns') as Map<string, string>)].filter(([w, k]) => k === 'group' && /\s/.test(w)).map(([w]) => w);
  if (b.has('persons/both-sides-phrases')) phrases.push(...b.list('persons/both-sides-phrases'));
  if (!phrases.length) return null;
  const trie = new TokenTrie<true>();
  for (const p of phrases) trie.add(p, true);
  return trie;
}

/** Whether a title's head word is a plural ("Ambassadors", "ministers"; not "Affairs", "Congress"). */
// (an abbreviation in capitals ends in its own S, "the PCS", "the CS", "the PS": one office; its plural is written with
// a small s, "the two FMs", "PMs": h-en52 probe)
// (an acronym is no plural: all capitals, "PCS", or a capital S closing a word of small letters, "MoS" for Minister of
// State in Indian releases; a plural of one is written with a small s, "FMs". h-en62 probe: "MoS also met A and B
// separately" read as a group of the two named before)
const pluralWord = (w: string) => /s$/i.test(w) && !/(?:affairs|ss)$/i.test(w) && !/^\p{Lu}{2,}$/u.test(w) && !/\p{Ll}\p{Lu}*S$/u.test(w);
/** A name of two words or more, or one the registry knows, is a full name; else a short form. */
const nameKind = (nm: NameMention): 'named' | 'short' => (nm.end - nm.start >= 2 || nm.source === 'registry' ? 'named' : 'short');

/**
 * How many tokens before "led by" the delegation word may stand ("a delegation of the Lao People's Revolutionary Party led
 * by"; a token a syllable in Vietnamese: "đoàn công tác của Chính quyền Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) do").
 */
const DELEGATION_REACH = 20;
/** How many words of an apposition after a name's comma are read for a company's office. */
const MAX_APPOSITION_WORDS = 14;
/** How many titles may follow an apposition's first, and how many words of a body may stand after each before its comma. */
const APPOSITION_CHAIN = 3;
const APPOSITION_GAP = 6;
/** How many capitalised words of a body may stand between "by" and a delegation leader's title ("headed by Senate President X"). */
const DELEGATION_BODY_WORDS = 3;
/** Tokens back from a bare delegation noun to a verb that leads it ("率广西壮族自治区代表团": eight characters) */
const LED_DELEGATION_WORDS = 8;
/** The characters that close a province's or city's name and open its office's title (老街|省委书记, 岘港|市委书记). */
const REGION_SUFFIXES = new Set(['省', '市', '州', '区', '區', '縣', '县']);

const rulesOf = (lex: Lexicon) => compiled.get(lex) ?? compiled.set(lex, compile(lex)).get(lex)!;

/** How far (characters) an encounter's words may stand after both sides' word that is its subject (双方…举行会谈). */
const SIDES_SUBJECT_REACH = 30;
/** Marks that end a clause in Han script (a comma too). */
const HAN_CLAUSE_ENDS = new Set(['，', ',', '。', '；', ';', '：']);

export function refinePersons(a: SentenceAnalysis, lex: Lexicon, opensAfter = -1): PersonMention[] {
  const { tokens, titles, names, countries } = a;
  const R = rulesOf(lex);
  const out: PersonMention[] = [];
  const usedTitles = new Set<TitleMention>();
  const countryAt = new Map<number, (typeof countries)[number]>();
  for (const c of countries) countryAt.set(c.end - 1, c);
  const countryFrom = new Map<number, (typeof countries)[number]>();
  for (const c of countries) countryFrom.set(c.start, c);
  const span = (from: number, to: number) => ({ start: tokens[from].start, end: tokens[to - 1].end });
  // "the Ministers of Foreign Affairs of Peru and Chile, X and Y": each name its country, in order
  const respective = respectiveCountries(a, R.chainJoiners, R.bothSidesPhrases);

  // (its comma may be left out before the name: "Deputy Secretary General of the European External Action Service (EEAS) X")
  const acronymAt = (i: number) => tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && !!tokens[i + 1]?.word && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() && (tokens[i + 3]?.text === ',' || !!tokens[i + 3]?.cap);
  const honorificGap = (from: number, to: number) => {
    let i = from;
    // "... Development Community (SADC), X": the body's acronym in brackets after the title
    if (acronymAt(i)) i += 3;
    while (i < to) {
      const h = lex.honorifics.longest(tokens, i);
      if (h) { i += h[0]; continue; }
      if (tokens[i].text === ',') { i++; continue; }
      // "the Prime Minister, the Hon. X", "Australia's Minister for Y, the Hon. X": an article before an honorific (persons/apposition-links)
      if (tokens[i].lower === 'the' && i + 1 < to && lex.honorifics.longest(tokens, i + 1)) { i++; continue; }
      // "Defence Minister Prince X": a royal style the name recogniser left out of the name
      if (tokens[i].cap && R.styles.has(tokens[i].lower)) { i++; continue; }
      // "the Crown Prince, His Royal Highness Prince X": a ruler's style before the name (persons/royal-styles)
      const rs = tokens[i].cap ? R.royalStyles?.longest(tokens, i) : null;
      if (rs) { i += rs[0]; continue; }
      return false;
    }
    return true;
  };

  /**
   * "the Ambassador of Finland in Cairo, X": an envoy's post (a place after "in") between the title and the name,
   * set off by a comma, or with none ("the Japanese Consul General in Da Nang Mori Takero") (persons/envoy-post-words says
   * after which words).
   */
  /**
   * "the Chief Adviser of the Interim Government of Bangladesh, Professor X", "the Secretary-General of the League of Arab
   * States, X": the body the office heads, its capitalised words after "of", then the comma of the name's apposition
   * (bodyOfTitle reads the body when no comma stands before the name).
   */
  const bodyGap = (t: TitleMention, to: number): boolean => {
    // (or the office it sits in: "the Minister at the Prime Minister's Office, Dato X", "Minister in the Prime
    // Minister's Department, Datuk Y"; h-en59 probe)
    const opener = tokens[t.end]?.lower;
    if (!(opener === 'of' || ((opener === 'at' || opener === 'in') && tokens[t.end + 1]?.lower === 'the')) || to - t.end > BODY_GAP + 4) return false;
    let k = t.end + 1;
    let capitals = 0;
    for (; k < to && tokens[k].text !== ','; k++) {
      const x = tokens[k];
      if (!x.word) return false;
      if (x.cap) capitals++;
      else if (!BODY_JOINERS.has(x.lower)) return false;
    }
    return capitals > 0 && k < to && honorificGap(k, to);
  };

  const postedGap = (t: TitleMention, to: number): boolean => {
    if (!R.envoyPostIn.size || !R.envoyPostIn.has(tokens[t.end]?.lower ?? '')) return false;
    if ((t.role ?? titleRole(t.text)) !== 'ambassador' && ![...R.envoyTitles].some((w) => t.text.toLowerCase().endsWith(w))) return false;
    const p = a.places.find((x) => x.start === t.end + 1 || x.prepAt === t.end);
    // (or with no comma when the place is all that stands between: "Japanese Consul General in Da Nang Mori Takero")
    return !!p && p.end <= to && to - p.end <= 3 && (to === p.end || (tokens[p.end]?.text === ',' && honorificGap(p.end, to)));
  };

  /**
   * "the Brazilian Ministers of Agriculture, X, and Agrarian Development, Y": the portfolio words between
   * ", and" and ", Y" continue a plural title that named the person before: Y's title is its head with
   * that portfolio, of its country. Null when the words before the name are otherwise.
   */
  const nextPortfolio = (nm: NameMention): { start: number; title: TitleMention; text: string } | null => {
    if (tokens[nm.start - 1]?.text !== ',') return null;
    let p = nm.start - 1;
    const portfolioWord = (k: number) => k >= 0 && tokens[k].word && tokens[k].cap && lex.orgWords.has(tokens[k].lower);
    // capitalised portfolio words, and "and"/"of" inside them ("Trade and Industry")
    while (portfolioWord(p - 1) || ((tokens[p - 1]?.lower === 'and' || tokens[p - 1]?.lower === 'of') && portfolioWord(p - 2) && portfolioWord(p))) p--;
    if (p === nm.start - 1 || !tokens[p]?.cap || tokens[p - 1]?.lower !== 'and') return null;
    const joined = tokens[p - 2]?.text === ',' ? p - 2 : p - 1;
    const prev = names.find((x) => x.end === joined);
    const t = prev ? titles.find((x) => x.end <= prev.start && prev.start - x.end <= 2 && /s$/i.test(x.text.split(/\s+of\s+/i)[0])) : undefined;
    if (!prev || !t) return null;
    const head = t.text.split(/\s+of\s+/i)[0].replace(/s$/i, '');
    const portfolio = tokens.slice(p, nm.start - 1).map((x) => x.text).join(' ');
    return { start: p, title: t, text: `${head} of ${portfolio}` };
  };

  /**
   * "the ambassadors of Chile, X, and of Kenya, Y", "the ambassadors of Chile X, Kenya Y and Peru Z", "ambassadors of Chile
   * (X), Kenya (Y) and Peru (Z)": a plural title whose complement names a country goes on through a list of countries,
   * each followed by its holder's name; the name holds the title's head with the country named right before it.
   * `listed` keeps the plural title each name of such a list holds, so the list is followed name by name.
   */
  const listed = new Map<NameMention, TitleMention>();
  // (the plural title's country ends it: its complement, "of Chile")
  const complement = (t: TitleMention) => (t.country && !t.countries ? countries.find((x) => x.form === 'name' && x.start > t.start && x.end === t.end && x.code === t.country) : undefined);
  const pluralWithCountry = (t: TitleMention) => !!complement(t) && pluralWord(t.text.split(/\s+of\s+/i)[0]);
  const listedCountry = (nm: NameMention): { start: number; title: TitleMention; text: string; country: (typeof countries)[number] } | null => {
    const j = tokens[nm.start - 1]?.text === '(' || tokens[nm.start - 1]?.text === ',' ? nm.start - 1 : nm.start;
    const c = countries.find((x) => x.end === j && x.form === 'name');
    if (!c) return null;
    // ("(" after the country: its holder's name closes with ")")
    if (tokens[j]?.text === '(' && tokens[nm.end]?.text !== ')') return null;
    // the list's first country, the title's own complement ("ambassadors of Chile (X)")
    const own = titles.find((t) => complement(t) === c && pluralWithCountry(t));
    if (own) return j < nm.start ? { start: own.start, title: own, text: own.text, country: c } : null;
    let q = c.start;
    if (tokens[q - 1]?.lower === 'of') q--;
    const from = q;
    // the joiner (",", "and", ", and") and the name before, closed by ")" or set off by ","
    let joiners = 0;
    while (joiners < 2 && (tokens[q - 1]?.text === ',' || tokens[q - 1]?.lower === 'and')) { q--; joiners++; }
    if (!joiners) return null;
    if (tokens[q - 1]?.text === ')') q--;
    const prev = names.find((x) => x.end === q);
    if (!prev) return null;
    const t = listed.get(prev) ?? titles.find((x) => pluralWithCountry(x) && x.end <= prev.start && prev.start - x.end <= 1 && (x.end === prev.start || tokens[x.end].text === ',' || tokens[x.end].text === '('));
    if (!t) return null;
    const head = a.sentence.text.slice(tokens[t.start].start - a.sentence.start, tokens[complement(t)!.start].start - a.sentence.start).replace(/^(.*?\p{L}+)s(?=\s+of\b|\s*$)/u, '$1');
    return { start: from, title: t, text: `${head}${a.sentence.text.slice(tokens[c.start].start - a.sentence.start, tokens[c.end - 1].end - a.sentence.start)}`, country: c };
  };

  /**
   * The country of the delegation a person at token `at` leads, read back from the name in one pass:
   * "by" (or "do" in "Đoàn ... do đồng chí X dẫn đầu", past a form of address), the leading verb ("led", "headed";
   * a language that puts it after the name has none here), an auxiliary ("was"), then either
   * - a delegation word right there with its country just before it: "the Kyrgyz delegation was led by X", "Peru's
   *   team, headed by", and with the verb left out, "and the Latvian side by Y"; or
   * - (the verb written) a delegation word further back in the clause, its country named between it and the verb
   *   ("a delegation of the Communist Party of Cuba led by X", "a trade mission from Peru headed by Y") or as the
   *   adjective right before it.
   */
  const delegationCountry = (at: number): { country: (typeof countries)[number]; from: number; to: number } | null => {
    if (!R.delegationNouns.size) return null;
    let by = at - 1;
    // "đồng chí", "ông": a form of address between "do" and the name
    for (let w = 2; w >= 1; w--) if (by - w + 1 >= 0 && R.delegationHonorifics.has(phrase(tokens, by - w + 1, by + 1))) { by -= w; break; }
    // "headed by Senate President X": the capitalised words of a body before a title the title recogniser did not take
    for (let w = 0; w < DELEGATION_BODY_WORDS && by >= 1 && lex.traits.capitalisedNames && tokens[by].cap && !R.delegationBy.has(tokens[by].lower); w++) by--;
    // "led by its First Vice President X": a determiner of the title between "by" and the person
    if (by >= 1 && R.delegationDeterminers.has(tokens[by].lower)) by--;
    // "led by its head, Major General X", "headed by its Rector, Professor Y": the title with its determiner, then a comma
    // and the person (with a rank or an honorific the loop above went back over)
    else if (tokens[by]?.text === ',' && lex.traits.capitalisedNames) {
      for (let d = by - 2; d >= by - 4 && d >= 1; d--) {
        if (!R.delegationDeterminers.has(tokens[d].lower)) continue;
        if (tokens.slice(d + 1, by).every((x) => x.word)) by = d - 1;
        break;
      }
    }
    if (by < 0 || !R.delegationBy.has(tokens[by].lower)) return null;
    let k = by - 1;
    const verb = R.leadingVerbs.has(tokens[k]?.lower ?? '') ? k : -1;
    if (verb >= 0) k--;
    // "Peru's team, headed by X": a participle set off by a comma
    if (verb >= 0 && tokens[k]?.text === ',') k--;
    if (R.delegationCopulas.has(tokens[k]?.lower ?? '')) k--;
    if (R.delegationNouns.has(tokens[k]?.lower ?? '')) {
      const c = countryAt.get(k - 1);
      if (c && (c.possessive || c.form === 'adjective' || c.form === 'name')) return { country: c, from: c.start, to: k + 1 };
    }
    // further back only with the verb written, where the language writes it before "by"
    if (R.leadingVerbs.size && verb < 0) return null;
    // ("a delegation of the Uzbek Ministry's Academy, led by": the participle set off by a comma)
    const end = verb >= 0 ? (tokens[verb - 1]?.text === ',' ? verb - 1 : verb) : by;
    // "đoàn công tác tỉnh X (Trung Quốc) do …", "… tỉnh X, Trung Quốc do …": the body's country set off right before
    // "do" is the delegation's, when a delegation word stands before it in the clause
    const tail = countries.find((c) => c.form === 'name' && ((tokens[c.start - 1]?.text === '(' && tokens[c.end]?.text === ')' && c.end + 1 === end)
      || (tokens[c.start - 1]?.text === ',' && c.end === end)));
    for (let j = (tail ? tail.start - 1 : end) - 1; j >= 0 && end - j <= DELEGATION_REACH; j--) {
      const t = tokens[j];
      // "a delegation of the National Liberation Front (FLN) of Algeria led by", "the Communist Party of India (Marxist)":
      // a body's acronym or qualifier in brackets is part of its name (one to three capitalised words)
      if (t.text === ')') {
        let o = j - 1;
        while (o >= 0 && j - o <= 4 && tokens[o].word && tokens[o].cap) o--;
        if (o >= 0 && o < j - 1 && tokens[o].text === '(') { j = o; continue; }
      }
      if (t.text === ',' || t.text === ';' || t.text === '(') return null;
      if (!R.delegationNouns.has(t.lower)) continue;
      if (tail) return { country: tail, from: tail.start, to: tail.end };
      const inside = countries.find((c) => c.start > j && c.end <= end);
      if (inside) return { country: inside, from: inside.start, to: inside.end };
      // "đoàn công tác Khu tự trị Quảng Tây do ông X … dẫn đầu": a province or city the delegation's body names is of its country
      const place = a.places.find((x) => x.start > j && x.end <= end && x.place.kind !== 'extra' && x.place.country);
      if (place) return { country: { ...countryFrom.get(place.start), code: place.place.country, start: place.start, end: place.end } as (typeof countries)[number], from: place.start, to: place.end };
      const adjective = countryAt.get(j - 1);
      return adjective && adjective.form === 'adjective' ? { country: adjective, from: adjective.start, to: adjective.end } : null;
    }
    return null;
  };

  /** The country of an office only one state has ("Taoiseach", "Deputy Secretary of State"): inferred, the title its evidence. */
  const stateTitleCountry = (t: TitleMention) => {
    const code = R.stateTitles.size ? R.stateTitles.get(t.text.toLowerCase()) : undefined;
    return code ? inferred(code, 'country/state-title', `persons/state-titles: '${t.text}' is an office of ${code} alone`, span(t.start, t.end)) : null;
  };

  /** a title right after 当选 / 连任 / 就任 within a few words after a name, with no other name or title between */
  const electedTitle = (from: number): TitleMention | null => {
    const t = titles.find((x) => x.start > from && x.start - from <= 8);
    if (!t || names.some((m) => m.start >= from && m.start < t.start) || titles.some((x) => x !== t && x.start >= from && x.start < t.start)) return null;
    for (let k = t.start - 1; k >= from && k >= t.start - 4; k--) if (R.electedEnds.has(tokens.slice(k, t.start).map((x) => x.text).join(''))) return t;
    return null;
  };
  /**
   * The titles that go on after an apposition's first title, each after a comma (", Bí thư Tỉnh ủy Vân Nam"), with the
   * body's words between (Đảng Cộng sản Trung Quốc): up to APPOSITION_CHAIN titles, none followed by a name, no name
   * or trigger among the words; the first country named in them or held by a title.
   */
  const appositionChain = (first: TitleMention): { titles: TitleMention[]; country: (typeof countries)[number] | null } => {
    const chain: TitleMention[] = [];
    let country: (typeof countries)[number] | null = null;
    let cur = first;
    for (let step = 0; step < APPOSITION_CHAIN; step++) {
      let j = cur.end;
      for (; j < tokens.length && j - cur.end <= APPOSITION_GAP && tokens[j].text !== ','; j++) {
        // ("X, Minister of Foreign Affairs; and Jordan's Minister Y": a semicolon ends the list's item, and its apposition)
        if (tokens[j].text === ';') return { titles: chain, country };
        if (names.some((m) => m.start === j) || a.triggers.some((t) => t.tokStart === j)) return { titles: chain, country };
        const c = countryFrom.get(j);
        if (c && !country && c.form === 'name') country = c;
      }
      if (tokens[j]?.text !== ',') break;
      const t = titles.find((x) => x.start === j + 1);
      if (!t || names.some((m) => m.start === t.end) || a.triggers.some((x) => x.tokStart >= j && x.tokStart < t.start)) break;
      chain.push(t);
      if (!country && t.country) {
        const from = t.countryTokens?.[0] ?? t.start, to = Math.max(t.end, t.countryTokens?.[1] ?? 0);
        country = { ...countryFrom.get(from), code: t.country, start: from, end: to } as (typeof countries)[number];
      }
      cur = t;
    }
    return { titles: chain, country };
  };
  /** The words of an apposition's titles, first to last, as the sentence writes them. */
  const chainText = (first: TitleMention, rest: TitleMention[]) => a.sentence.text.slice(tokens[first.start].start - a.sentence.start, tokens[rest[rest.length - 1].end - 1].end - a.sentence.start);
  /** Whether the words of a name's title before it (from `from`) or of its apposition after its comma, up to the next
   *  comma or bracket, name a company's office (persons/business-marks). */
  const companyOffice = (start: number, end: number, from: number): boolean => {
    const words: string[] = [];
    for (let k = from; k < start; k++) words.push(tokens[k].lower);
    if (tokens[end]?.text === ',' || tokens[end]?.text === '(') {
      for (let k = end + 1; k < tokens.length && k <= end + MAX_APPOSITION_WORDS && !/^[,;.)(]$/.test(tokens[k].text); k++) words.push(tokens[k].lower);
    }
    if (!words.length) return false;
    const text = ` ${words.join(' ')} `;
    return R.businessMarks.some((w) => (lex.traits.spaces ? text.includes(` ${w} `) : text.includes(w)));
  };
  /**
   * "时任越南副外长的黎怀忠": a title with its term right before it (persons/term-title-links: 时任, 前任, 担任) and one link
   * word (的) between it and the name is that name's. The term is one to three tokens (a Chinese character a token).
   */
  const termLinked = (t: TitleMention, to: number): boolean => {
    if (!R.termLinks.size || to - t.end !== 1 || !R.termLinks.has(tokens[t.end].lower)) return false;
    let w = '';
    for (let k = t.start - 1; k >= 0 && k >= t.start - 3; k--) {
      w = tokens[k].lower + w;
      if (R.termOpeners.has(w)) return true;
    }
    return false;
  };
  /** Whether the one or two words right before a name say it is a spouse's ("his wife", "her husband"; persons/spouse-marks). */
  const spouseBefore = (start: number): boolean => {
    const one = tokens[start - 1]?.lower;
    if (!one) return false;
    return R.spouseMarks.has(one) || (start >= 2 && R.spouseMarks.has(`${tokens[start - 2].lower} ${one}`));
  };
  /** Whether a title stands in another name's apposition: right after "<name>, " (and the apposition's link words). */
  const appositionOfName = (t: TitleMention): boolean => {
    let k = t.start;
    for (let skip = 0; skip < 3 && k > 0 && R.appositionLinks.has(tokens[k - 1].lower); skip++) k--;
    return tokens[k - 1]?.text === ',' && names.some((n2) => n2.end === k - 1);
  };
  for (const nm of names) {
    let before: TitleMention | null = null;
    // (the gap holds honorifics and commas only; "Lt. Gen." is four tokens)
    // ("the Crown Prince, His Royal Highness Prince X": a royal style read as a title of its own, inside the gap of the
    // office before it, leaves that office the name's; h-en59 probe)
    for (const t of titles) if (t.end <= nm.start && !(before && t.end - t.start === 1 && R.styles.has(tokens[t.start].lower)) && ((nm.start - t.end <= (acronymAt(t.end) ? 9 : 6) && honorificGap(t.end, nm.start)) || postedGap(t, nm.start) || termLinked(t, nm.start) || bodyGap(t, nm.start))) before = t;
    // "Welcoming the Lao top legislator, Man highlighted ...": a title that ends a fronted phrase (persons/fronted-openers,
    // or a participle opening the sentence) is its object; the name after its comma is the sentence's subject
    if (before && tokens.slice(before.end, nm.start).some((x) => x.text === ',') && tokens[nm.end]?.word && R.subjectVerbs.has(tokens[nm.end].lower)) {
      const first = tokens.find((x) => x.word)?.lower ?? '';
      if (R.frontedOpeners.has(first) || (/^[a-z]{3,}ing$/.test(first) && tokens.findIndex((x) => x.word) < before.start)) before = null;
    }
    // "Thai PM, Hun Manet meet on ...": two subjects of a headline's plural verb, not a title and its holder
    if (before && tokens.slice(before.end, nm.start).some((x) => x.text === ',') && tokens[nm.end]?.word && R.coordinationVerbs.has(tokens[nm.end].lower)) before = null;
    // apposition: "Wang Yi, [the] [Chinese] State Councilor ...", "X, Jordan's top diplomat,"
    let apposition: TitleMention | null = null;
    let k = nm.end;
    if (tokens[k]?.text === ',') {
      k++;
      for (let skip = 0; skip < 3 && tokens[k] && R.appositionLinks.has(tokens[k].lower); skip++) k++;
      const t = titles.find((x) => x.start === k || (x.countryTokens && x.countryTokens[0] === k));
      // "Hun Manet, Japanese envoy discuss investment": two subjects of a headline's plural verb, no apposition
      const coordinated = t && tokens[t.end]?.word && R.coordinationVerbs.has(tokens[t.end].lower);
      // "In his meeting with Iranian President X, the prime minister discussed ...": a name that ends a fronted phrase,
      // and the title after its comma the subject of the sentence's verb, no apposition (persons/fronted-subject-verbs)
      const subject = t && tokens[t.end]?.word && R.subjectVerbs.has(tokens[t.end].lower) && R.frontedOpeners.has(tokens.find((x) => x.word)?.lower ?? '');
      // ("Maris, Cambodian counterpart move to ...": a relation is another person's, no apposition; persons/relation-heads)
      if (t && R.relationHeads.has(tokens[t.end - 1]?.lower ?? '')) k = -1;
      if (t && k >= 0 && t !== before && !coordinated && !subject && !names.some((n2) => n2 !== nm && n2.start === t.end)) apposition = t;
    }
    // "met A, Secretary of State of the United States, B, Foreign Minister of Italy, and C, ...": in a list where each name
    // has its office after its comma, the office before B's comma is A's apposition, not B's title: B's is the one after it
    if (before && apposition && tokens.slice(before.end, nm.start).some((x) => x.text === ',') && appositionOfName(before)) before = null;
    // "đồng chí X, Ủy viên Trung ương Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy Vân Nam": an apposition of several titles
    // set off by commas; a first title with no country takes the one its body names or a later title's, and the later
    // titles are the same person's, not other people (appositionChain)
    const chained = apposition && !apposition.country && !before ? appositionChain(apposition) : null;
    // "the Ministers of Agriculture, X, and Agrarian Development, Y": Y holds the next portfolio of the plural title
    // "the ambassadors of Chile X, Kenya Y and Peru Z": Y of the next country of the plural title
    const inList = !apposition && (!before || before.end < nm.start - 1 || (before.end === nm.start - 1 && tokens[before.end].text === '(')) ? listedCountry(nm) : null;
    if (inList) {
      listed.set(nm, inList.title);
      usedTitles.add(inList.title);
      const c = inList.country;
      // (the mention runs over the bracket that closes its name: "Kenya (Y), Peru (Z)" is a list of mentions)
      out.push({
        sentence: a.sentence.index, start: inList.start, end: tokens[nm.start - 1]?.text === '(' ? nm.end + 1 : nm.end, charStart: tokens[nm.start].start, charEnd: tokens[nm.end - 1].end,
        name: nm.text, title: inList.text, country: stated(c.code, 'country/list-title', span(c.start, c.end)), role: titleRole(inList.text),
        kind: nameKind(nm), possessive: nm.possessive, personId: nm.personId ?? null,
      });
      continue;
    }
    if (before && pluralWithCountry(before)) listed.set(nm, before);
    const next = !before && !apposition ? nextPortfolio(nm) : null;
    if (next) {
      const country = next.title.country ? stated(next.title.country, 'country/title', span(next.title.countryTokens?.[0] ?? next.title.start, next.title.end)) : null;
      out.push({
        sentence: a.sentence.index, start: next.start, end: nm.end, charStart: tokens[nm.start].start, charEnd: tokens[nm.end - 1].end,
        name: nm.text, title: next.text, country, role: titleRole(next.text), kind: nameKind(nm), possessive: nm.possessive, personId: nm.personId ?? null,
      });
      continue;
    }
    const title = before ?? apposition;
    const via = before ? 'title' : 'apposition';
    if (before) usedTitles.add(before);
    if (apposition) usedTitles.add(apposition);
    // (one its apposition names is reached by that route: coreference weighs it against an organisation's office)
    const countryOf = (t: TitleMention | null, rule: string) => t?.country ? { ...stated(t.country, rule, span(t.countryTokens?.[0] ?? t.start, Math.max(t.end, t.countryTokens?.[1] ?? 0))), ...(t === apposition ? { route: 'apposition' as const } : {}) } : null;
    let country = countryOf(title, `country/${via}`) ?? countryOf(apposition, 'country/apposition');
    // "the Special Envoy of the President of Ghana, Minister of State X, who ...": an office of a state, its comma, and the
    // name with an office of its own and no state, the apposition closed after the name (a comma not followed by "and",
    // or the sentence's end): one person, of the first office's state; that office is no unnamed person (h-en60 probe)
    if (!country && before && via === 'title' && tokens[before.start - 1]?.text === ',' && !tokens.slice(before.end, nm.start).some((x) => x.text === ',')) {
      const lead = titles.find((x) => x.end === before!.start - 1 && x.country && x !== before && !usedTitles.has(x));
      const closed = !tokens[nm.end] || tokens[nm.end].text === '.' || (tokens[nm.end].text === ',' && tokens[nm.end + 1]?.lower !== 'and');
      if (lead && closed && !names.some((n2) => n2 !== nm && n2.start >= lead.start && n2.end <= before!.start)) {
        usedTitles.add(lead);
        country = stated(lead.country!, 'country/office-before-apposition', span(lead.countryTokens?.[0] ?? lead.start, Math.max(lead.end, lead.countryTokens?.[1] ?? 0)));
      }
    }
    if (!country && chained) {
      for (const t of chained.titles) usedTitles.add(t);
      if (chained.country) country = stated(chained.country.code, 'country/apposition-chain', span(chained.country.start, chained.country.end));
    }
    const resp = respective.get(nm);
    if (resp) country = stated(resp.code, 'country/respectively', span(resp.from, resp.to));
    if (!country) {
      // "China's Wang Yi", "Chinese Wang Yi" (and over a rank: "Lao Colonel X", "Thai Police General Y")
      let c = countryAt.get(nm.start - 1);
      for (let w = 1; !c && w <= 3 && nm.start - w - 1 >= 0; w++) if (R.ranks?.longest(tokens, nm.start - w)?.[0] === w) c = countryAt.get(nm.start - w - 1);
      if (c && (c.possessive || c.form === 'adjective')) country = stated(c.code, 'country/before-name', span(c.start, c.end));
    }
    // "a delegation of the Communist Party of Cuba led by X", "the Kyrgyz delegation was led by X", "and the Latvian side by Y"
    if (!country) {
      const d = delegationCountry(title && via === 'title' ? Math.min(title.start, nm.start) : nm.start);
      if (d) country = stated(d.country.code, 'country/delegation-leader', span(d.from, d.to));
    }
    // "老街省委书记X", "胡志明市市长Y": a local office right after its province's or city's name, for a script that writes
    // no space (the place, with no preposition before it, is the office's own: its country)
    if (!country && !lex.traits.spaces && title && via === 'title') {
      const p = a.places.find((x) => !x.prep && x.place.kind !== 'extra' && (x.end === title.start || (x.end === title.start + 1 && REGION_SUFFIXES.has(tokens[title.start].text))));
      if (p) country = stated(p.place.country, 'country/region-before-title', span(p.start, title.end));
    }
    // "Taoiseach X", "Deputy Secretary of State Y": an office only one state has, for a person the registry does not know
    if (!country && !nm.personId && title) country = stateTitleCountry(title);
    // "Thai King X and Queen Y", "Japanese Emperor X and Empress Y": a consort's or heir's title joined by "and" to a
    // monarch's, the monarch's country written before it, is of the same house (persons/consort-titles)
    if (!country && title && via === 'title' && R.consortTitles.has(title.text.toLowerCase()) && tokens[title.start - 1]?.lower === 'and') {
      const monarch = out.find((o) => o.sentence === a.sentence.index && o.end === title.start - 1 && o.country && o.title && R.monarchTitles.has(o.title.toLowerCase()));
      if (monarch?.country) country = stated(monarch.country.value, 'country/consort', monarch.country.span);
    }
    // "Datuk Seri X", "Pehin Y": an honorific only one state confers, for a person the registry does not know
    if (!country && !nm.personId && R.honorificCountries.size) {
      let cur = nm.start;
      for (let k = nm.start - 1; k >= 0 && k >= nm.start - 5; k--) {
        const h = lex.honorifics.longest(tokens, k);
        if (!h || k + h[0] !== cur) continue;
        const code = R.honorificCountries.get(phrase(tokens, k, cur));
        if (code) country = stated(code, 'country/honorific', span(k, cur));
        cur = k;
      }
    }
    // "致电X，祝贺他当选Y国总统": the office after 当选 / 连任 / 就任, a few words on, is the addressee's
    const elected = !country && !title && R.electedEnds.size ? electedTitle(nm.end) : null;
    if (elected) {
      usedTitles.add(elected);
      if (elected.country) country = stated(elected.country, 'country/elected-office', span(elected.start, elected.end));
    }
    // "President Kofi Mensah of Ghana", "Foreign Minister Lena Berg (Norway)": the mention runs to the country's end
    let end = nm.end;
    // ("President X of the Republic of Y", "Prime Minister Z of the Islamic Republic of W": the article before a state's
    // long name, as Gulf agencies write each guest; h-en62 probe, the second of two guests received separately was lost)
    const theOf = tokens[nm.end]?.lower === 'of' && tokens[nm.end + 1]?.lower === 'the' && countryFrom.get(nm.end + 2)?.form === 'name';
    const of = tokens[nm.end]?.lower === 'of' || tokens[nm.end]?.text === '(' ? countryFrom.get(theOf ? nm.end + 2 : nm.end + 1) : undefined;
    if (of && of.form === 'name' && (tokens[nm.end].text !== '(' || tokens[of.end]?.text === ')')) {
      if (!country) country = stated(of.code, 'country/of-after-name', span(nm.end, of.end));
      end = tokens[nm.end].text === '(' ? of.end + 1 : of.end;
    }
    // "X, founder and CEO of Y", "ông X, Chủ tịch Tập đoàn Y": a company's executive, no official of a state (annotation
    // rule 1): no party to an encounter (persons/business-marks)
    if (!nm.personId && R.businessMarks.length && companyOffice(nm.start, nm.end, title && via === 'title' ? title.start : nm.start)) continue;
    // "X and his wife Y hosted a banquet for Z and his wife W": a spouse who comes along holds no office of the state
    // (annotation rule 1): no party, and the subject stays X (persons/spouse-marks)
    if (!nm.personId && R.spouseMarks.size && !title && spouseBefore(nm.start)) continue;
    const words = nm.end - nm.start;
    out.push({
      sentence: a.sentence.index, start: title && via === 'title' ? Math.min(title.start, nm.start) : nm.start, end,
      charStart: tokens[nm.start].start, charEnd: tokens[nm.end - 1].end,
      name: nm.text, title: (chained?.titles.length && title === apposition ? chainText(apposition!, chained.titles) : title?.text) ?? resp?.title ?? elected?.text ?? null, country, role: title?.role ?? resp?.role ?? elected?.role ?? null, ...(title?.roles ? { roles: title.roles } : {}),
      kind: words >= 2 || nm.source === 'registry' ? 'named' : 'short', possessive: nm.possessive, personId: nm.personId ?? null,
    });
  }

  // unnamed titles: "the Lao foreign minister", "his Chinese counterpart", "the two FMs"
  for (const t of titles) {
    if (usedTitles.has(t)) continue;
    // "Tổng Bí thư, Chủ tịch nước Tô Lâm", "General Secretary and President X": offices of the one person named
    // after the last of them
    if ((tokens[t.end]?.text === ',' || R.chainJoiners.has(tokens[t.end]?.lower ?? '')) && titles.some((u) => u.start === t.end + 1 && usedTitles.has(u) && u.country === t.country)) continue;
    // a name right after the title ("the foreign minister, Wang Yi") is this person's; one after a
    // preposition ("ministers in Jakarta") is not
    const gapIsLoose = (from: number, to: number) => tokens.slice(from, to).every((x) => !x.word || x.cap);
    // ("the Malaysian Foreign Minister, President X": a name with a title of its own is another person)
    // (but a rank is no office: "led by its head, Major General X", "its commander, Lieutenant General Y" is one person)
    const rankLen = (u: { start: number; end: number }) => (R.ranks?.longest(tokens, u.start)?.[0] === u.end - u.start ? u.end - u.start : 0);
    if (names.some((nm) => {
      if (nm.start < t.end || !gapIsLoose(t.end, nm.start)) return false;
      const between = titles.filter((u) => u !== t && u.start >= t.end && u.end <= nm.start);
      const ranked = between.length === 1 && tokens[t.end]?.text === ',' && between[0].end === nm.start ? rankLen(between[0]) : 0;
      return nm.start - t.end - ranked <= 2 && (ranked > 0 || !between.length);
    })) continue;
    // (nor one whose office runs on through the body it heads to the name: "Kyrgyz Chairman of the Cabinet Adylbek
    // Kasymaliev", "President of the Council of Ministers X": of, then the body's capitalised words)
    // (an office word inside the body's name, after its "of", is the body's: "Council of Ministers")
    if (names.some((nm) => nm.start > t.end + 1 && bodyGap(t, nm.start) && !titles.some((u) => u !== t && u.start >= t.end && u.end <= nm.start))) continue;
    if (tokens[t.end]?.lower === 'of' && names.some((nm) => nm.start > t.end + 1 && nm.start - t.end <= BODY_GAP && bodyOfTitle(tokens, t.end, nm.start)
      && !titles.some((u) => u !== t && u.start >= t.end && u.end <= nm.start && tokens[u.start - 1]?.lower !== 'of'))) continue;
    // a title that names a gathering is no person: "the Mekong-Lancang Foreign Ministers' Meeting"
    let after = t.end;
    if (tokens[after]?.text === "'") after++;
    if (tokens[after] && R.gathering.has(tokens[after].lower)) continue;
    // nor one that opens a building's or a work's name: "at the President Ho Chi Minh Mausoleum" (persons/project-words)
    { let k = after; while (k < tokens.length && k < after + 5 && tokens[k].cap && tokens[k].word) k++;
      if (R.projectWords.has(tokens[k - 1]?.lower ?? '') && k - 1 >= t.start) continue; }
    // nor a title word used as an adjective before a noun of the occasion ("the official welcome ceremony")
    if (t.end - t.start === 1 && !tokens[t.start].cap && R.adjectiveTitles.has(tokens[t.start].lower) && R.adjectiveNouns.has(tokens[after]?.lower ?? '')) continue;
    // nor a lowercase one that qualifies the encounter: inside the words naming it ("paid an official visit") or
    // right before them ("official talks")
    if (!tokens[t.start].cap && a.triggers.some((tr) => (tr.tokStart <= t.start && t.end <= tr.tokEnd) || (tr.tokStart === after && tr.voice === 'noun'))) continue;
    // where the mention opens: at the country before the title ("the Lao foreign minister"), else at the title (a country
    // after it: "Bộ trưởng Ngoại giao Kenya", "the Minister of Foreign Affairs of Ghana")
    const opening = Math.min(t.countryTokens?.[0] ?? t.start, t.start);
    let b = opening - 1;
    // "the Honourable Minister", "the Hon. Minister": a style between the article and the office
    for (let j = Math.max(0, b - 3); j <= b; j++) {
      const h = lex.honorifics.longest(tokens, j);
      if (h && j + h[0] === b + 1) { b = R.determiners.has(tokens[j].lower) ? j : j - 1; break; }
    }
    // "the high-ranking diplomat", "the visiting minister"
    if (b >= 1 && R.modifiers.has(tokens[b].lower) && R.determiners.has(tokens[b - 1].lower)) b--;
    const visitor = opening >= 1 && R.visitorModifiers.has(tokens[opening - 1].lower);
    const det = b >= 0 ? tokens[b].lower : '';
    // "the first visit by an Australian prime minister in a decade", "the first by a Japanese leader since 2015": the
    // office of a record the text counts, no one who took part (persons/record-ordinals)
    if (R.indefinite.has(det) && tokens[b - 1]?.lower === 'by' && tokens.slice(Math.max(0, b - 5), b - 1).some((x) => R.recordOrdinals.has(x.lower))) continue;
    // (a plural by its head word, not by a country that ends the title: "the Prime Minister of Barbados", "the President of
    // Honduras" is one person)
    const ending = a.countries.find((c) => c.form === 'name' && c.start > t.start && c.end === t.end);
    let head = ending ? ending.start : t.end;
    while (head > t.start + 1 && /^(?:of|the)$/i.test(tokens[head - 1].text)) head--;
    const headWord = head === t.end ? t.text : tokens[head - 1].text;
    const plural = pluralWord(headWord) || det === 'two' || det === 'both'
      // ("Đại sứ các nước", "Đại sứ ba nước": the envoys of several countries, persons/plural-after-title)
      || (!!R.pluralAfter && R.pluralAfter.test(a.sentence.text.slice(tokens[t.end - 1].end - a.sentence.start)))
      // ("A và B, đồng Chủ tịch Ủy ban …": the co-chairs, the two named before, no one else; persons/co-title-prefixes)
      || R.coPrefixes.has(det);
    if (det === 'two' && b - 1 >= 0 && tokens[b - 1].lower === 'the') b--;
    // a language without articles: a bare title as the object right after an encounter's words ("gửi thư chúc mừng
    // Chủ tịch nước", "điện đàm với Thủ tướng") is the person of that office the text named before
    // (and the title ends there: not one that runs on into the name of a body or a person, "Tổng thư ký Ủy ban …")
    const objectOfTrigger = !!R.objectOfTrigger && !(tokens[t.end]?.word && tokens[t.end].cap) && a.triggers.some((tr) => tr.tokEnd === t.start || (tr.tokEnd === t.start - 1 && R.objectOfTrigger!.has(tokens[tr.tokEnd].lower)));
    // (a title opening its clause: the sentence's start, a comma, or the end of the story's dispatch, 新华社北京3月14日电)
    // (or a word that opens a clause before its subject: "trong đó Chủ tịch Quốc hội đã hội kiến X", persons/clause-openers)
    const opensClause = b < 0 || tokens[b]?.text === ',' || tokens[b]?.text === '，' || (opensAfter >= 0 && tokens[b].end <= opensAfter)
      || (R.clauseOpeners.size > 0 && (R.clauseOpeners.has(tokens[b].lower) || (b >= 1 && R.clauseOpeners.has(`${tokens[b - 1].lower} ${tokens[b].lower}`))));
    if (!R.determiners.has(det) && !t.country && !opensClause && !objectOfTrigger) continue;
    const from = R.determiners.has(det) ? Math.max(0, b) : opening;
    out.push({
      sentence: a.sentence.index, start: from, end: t.end, charStart: tokens[from].start, charEnd: tokens[t.end - 1].end,
      name: null, title: t.text, country: t.country ? stated(t.country, 'country/title', { start: tokens[from].start, end: tokens[t.end - 1].end }) : stateTitleCountry(t), role: t.role ?? titleRole(t.text),
      kind: plural || (t.countries?.length ?? 0) >= 2 ? 'group' : 'anaphor', possessive: false, ...(t.countries ? { countries: t.countries } : {}),
      ...(visitor && !plural ? { visitor: true } : {}),
      ...(!plural && R.indefinite.has(det) ? { indefinite: true } : {}),
    });
  }

  // "the guest", "the visitor", "the visiting guest": the visitor the story is about (persons/visitor-nouns)
  // ("the Chinese delegation", "the visiting Peruvian delegation": a country's adjective between says whose visitor)
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].cap || !R.visitorNouns.has(tokens[i].lower)) continue;
    let b = i - 1;
    const c = countryAt.get(b);
    if (c && c.start > 0) b = c.start - 1;
    // ("the FRELIMO delegation", "the LPRP Central Committee delegation": a body's name or acronym, capitalised, between)
    else if (!c) { let k = b; while (k >= 1 && b - k < 3 && tokens[k].word && tokens[k].cap && !countryAt.has(k)) k--; b = k; }
    if (b >= 1 && R.modifiers.has(tokens[b].lower)) b--;
    if (!R.visitorDeterminers.has(tokens[b].lower) || out.some((m) => m.start <= i && i < m.end)) continue;
    const country = c ? stated(c.code, 'country/title', { start: tokens[c.start].start, end: tokens[i].end }) : null;
    out.push({ sentence: a.sentence.index, start: b, end: i + 1, charStart: tokens[b].start, charEnd: tokens[i].end, name: null, title: null, country, role: null, kind: 'anaphor', possessive: false, visitor: true });
  }

  // "The Field Marshal is in China on a working visit": a rank after "the" with no name after it (persons/military-ranks)
  // is the person of that rank named before (the coreference refiner finds whom); not a rank of an office's name ("the
  // General Staff", a capitalised word after it)
  if (R.ranks && lex.traits.spaces) for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].lower !== 'the') continue;
    const r = R.ranks.longest(tokens, i);
    if (!r) continue;
    const end = i + r[0];
    const next = tokens[end];
    if (next?.word && next.cap) continue;
    const rank = tokens.slice(i, end).map((t) => t.lower).join(' ');
    // (a rank the title lexicon holds too, "the General", is that title's mention, with its rank)
    const titled = out.find((m) => m.start < end && i - 1 < m.end);
    if (titled) { if (titled.kind === 'anaphor' && !titled.name && titled.end === end) titled.rank = rank; continue; }
    out.push({ sentence: a.sentence.index, start: i - 1, end, charStart: tokens[i - 1].start, charEnd: tokens[end - 1].end, name: null, title: null, country: null, role: null, kind: 'anaphor', possessive: false, rank });
  }
  // "His Majesty also granted an audience to Y": a ruler's style of two words or more with no name, office or article after
  // it (persons/royal-styles), as a subject, is the person named before with that style (the coreference refiner finds
  // whom; none found, no one)
  if (R.royalStyles && lex.traits.spaces) for (let i = 0; i < tokens.length; i++) {
    const r = R.royalStyles.longest(tokens, i);
    if (!r || r[0] < 2) continue;
    const end = i + r[0];
    const next = tokens[end];
    // (as a subject only: "to His Majesty" is no person read here, persons/royal-style-prepositions)
    if ((next?.word && (next.cap || next.lower === 'the')) || R.royalStyleObjects.has(tokens[i - 1]?.lower ?? '') || out.some((m) => m.start < end && i < m.end)) { i = end - 1; continue; }
    const style = tokens.slice(i + 1, end).map((t) => t.lower).join(' ');
    out.push({ sentence: a.sentence.index, start: i, end, charStart: tokens[i].start, charEnd: tokens[end - 1].end, name: null, title: null, country: null, role: null, kind: 'anaphor', possessive: false, style });
    i = end - 1;
  }

  // a language without articles: a bare delegation noun as a trigger's object or its clause's subject ("đã tiếp và làm
  // việc với đoàn", "会见代表团", "，代表团还同…举行会谈") is the visitor the story is about (persons/bare-visitor-nouns)
  // (a noun of several tokens, Chinese read a character a token, is their letters joined: 代表团)
  const bareNounEnd = (i: number): number => {
    if (tokens[i].cap) return -1;
    if (R.bareVisitorNouns.has(tokens[i].lower)) return i + 1;
    let w = tokens[i].lower;
    for (let j = i + 1; j < tokens.length && j < i + 4 && tokens[j].start === tokens[j - 1].end; j++) {
      w += tokens[j].lower;
      if (R.bareVisitorNouns.has(w)) return j + 1;
    }
    return -1;
  };
  /** a verb that leads a delegation ends within a few words before token i, in its clause (persons/led-delegation-verbs) */
  const ledBefore = (i: number): boolean => {
    for (let j = i - 1; j >= 0 && j >= i - LED_DELEGATION_WORDS && tokens[j].word; j--) {
      for (let w = 1; w <= 2 && j - w + 1 >= 0; w++) if (R.ledDelegationVerbs.has(phrase(tokens, j - w + 1, j + 1))) return true;
    }
    return false;
  };
  if (R.bareVisitorNouns.size) for (let i = 0; i < tokens.length; i++) {
    const end = bareNounEnd(i);
    if (end < 0 || out.some((m) => m.start < end && i < m.end)) continue;
    const prev = tokens[i - 1];
    const object = a.triggers.some((tr) => tr.tokEnd === i || (tr.tokEnd === i - 1 && !!R.objectOfTrigger?.has(tokens[tr.tokEnd].lower)));
    // (or the subject of a visit right after it, "chào mừng đoàn sang thăm": the delegation that visits)
    const visits = a.triggers.some((tr) => tr.kind === 'visit' && tr.tokStart >= end && tr.tokStart <= end + 1);
    // (or the one met, after the preposition of a joint encounter and before its verb: "同日，X同代表团举行会谈"; h-zv33)
    const joint = !!prev && R.jointWith.has(prev.lower) && a.triggers.some((tr) => tr.tokStart >= end && tr.tokStart <= end + 2);
    if (!object && !visits && !joint && !(!prev || prev.text === ',' || prev.text === '，')) continue;
    // (not a noun phrase that goes on: "đoàn đại biểu …", a delegation named in full, has its own leader)
    const next = tokens[end];
    if (!visits && !joint && next?.word && !R.bareVisitorFollowers.has(next.lower) && !(next.start === tokens[end - 1].end && R.bareVisitorFollowers.has(tokens.slice(end, end + 2).map((k) => k.lower).join('')))) continue;
    // (not the delegation a verb before it leads, "X曾率广西代表团访问越南", "X dẫn đầu đoàn sang thăm": X's own, with only the
    // words of its body between; persons/led-delegation-verbs)
    if (R.ledDelegationVerbs.size && ledBefore(i)) continue;
    out.push({ sentence: a.sentence.index, start: i, end, charStart: tokens[i].start, charEnd: tokens[end - 1].end, name: null, title: null, country: null, role: null, kind: 'anaphor', possessive: false, visitor: true });
  }

  // "the Chinese side", "the Vietnamese side", "both sides", "the two sides"
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i].lower;
    const sides = low.endsWith('s') && R.side.has(low.slice(0, -1));
    if (R.side.has(low) || sides) {
      const c = countryAt.get(i - 1);
      if (c && !sides) {
        out.push({ sentence: a.sentence.index, start: c.start, end: i + 1, charStart: tokens[c.start].start, charEnd: tokens[i].end, name: null, title: null, country: stated(c.code, 'country/side', { start: tokens[c.start].start, end: tokens[i].end }), role: 'side', kind: 'anaphor', possessive: false });
      } else if (sides && i > 0 && R.bothSides.has(tokens[i - 1].lower)) {
        out.push({ sentence: a.sentence.index, start: i - 1, end: i + 1, charStart: tokens[i - 1].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: 'group', possessive: false });
      }
    }
    // "the two chaired ...", "both agreed": a group when a verb follows
    if (R.groupSubject.has(low) && (low !== 'two' || tokens[i - 1]?.lower === 'the')) {
      const next = tokens[i + 1];
      if (next && next.word && !next.cap && ((/(?:ed|s)$/.test(next.lower) && !R.groupNotVerb.test(next.lower)) || R.groupVerbs.has(next.lower))) {
        const from = low === 'two' ? i - 1 : i;
        out.push({ sentence: a.sentence.index, start: from, end: i + 1, charStart: tokens[from].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: 'group', possessive: false });
      }
    }
    // "HE Foreign Minister of Spain X", "HE Sheikh X" (Gulf agencies): His Excellency, not the pronoun
    const p = tokens[i].text === 'HE' && tokens[i + 1]?.cap && tokens[i + 1].text !== tokens[i + 1].text.toUpperCase() ? undefined : R.pronouns.get(low);
    // "ông Lee Jae-myung", "bà Jacinta Allan": a form of address before a name, not a pronoun (persons/pronouns)
    if (p === 'pronoun' && names.some((nm) => nm.start === i + 1)) continue;
    // "His Highness the Amir had visited Cairo, where he held talks": a style of several words (title/honorifics-before),
    // not the pronoun, which would take the last man named and then lend him the "he" after it
    if (p === 'pronoun' && tokens[i].cap && (lex.honorifics.longest(tokens, i)?.[0] ?? 0) >= 2) continue;
    // "He Lifeng", "He Yafei": a surname that is a pronoun's word, inside a name read there, is no pronoun
    if (p && names.some((nm) => nm.start <= i && i < nm.end)) continue;
    // Chinese, a character a token: "王毅其后会见B" (afterwards), "尤其" (especially): the pronoun's character inside a word
    // of persons/pronoun-character-words is no pronoun (h-zv42 probe: 其後 took the last man named as a party)
    if (p === 'pronoun' && R.pronounWords.size && tokens[i].text.length === 1
      && ((tokens[i + 1]?.text.length === 1 && R.pronounWords.has(low + tokens[i + 1].lower))
        || (tokens[i - 1]?.text.length === 1 && R.pronounWords.has(tokens[i - 1].lower + low)))) continue;
    // Chinese, a character a token: a pronoun of two characters is read whole (他们: a group, not 他); the two sides'
    // words (双方, 两人: persons/both-sides-phrases) stay as they are read elsewhere
    // (but the subject of an encounter's words in its clause, "此前，双方于今年6月在伦敦举行会谈": both sides, the parties of
    // the story's encounter, as 两人 is; h-zv38)
    const pair = tokens[i + 1] ? low + tokens[i + 1].lower : '';
    const encounterAfter = () => a.triggers.some((tr) => tr.tokStart >= i + 2 && tr.tokStart - i <= SIDES_SUBJECT_REACH
      && !tokens.slice(i + 2, tr.tokStart).some((k) => HAN_CLAUSE_ENDS.has(k.text)));
    const two = tokens[i + 1] && tokens[i].text.length === 1 && tokens[i + 1].text.length === 1 && R.pronounHeads.has(low)
      && (!R.bothSidesPhrases.has(pair) || (R.pronouns.get(pair) === 'group' && encounterAfter())) ? R.pronouns.get(pair) : undefined;
    if (two && !out.some((m) => m.start <= i + 1 && i < m.end)) {
      out.push({ sentence: a.sentence.index, start: i, end: i + 2, charStart: tokens[i].start, charEnd: tokens[i + 1].end, name: null, title: null, country: null, role: null, kind: two, possessive: R.possessive.has(low + tokens[i + 1].lower) });
      i++;
      continue;
    }
    // "received her at the palace", "met her separately", "met her.": a pronoun that is both possessive and an object
    // (her) is the object when no noun can follow it: a punctuation mark, the text's end or a word of
    // persons/object-pronoun-followers
    const next = tokens[i + 1];
    const objectCase = p === 'pronoun' && (!next || !next.word || R.objectFollowers.has(next.lower));
    if (p) out.push({ sentence: a.sentence.index, start: i, end: i + 1, charStart: tokens[i].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: p, possessive: R.possessive.has(low) && !objectCase });
  }
  // "hai đồng chí Tổng Bí thư", "hai Ngoại trưởng": a group of the office its title names, in place of what lies inside it
  // (in Chinese, "两位总理高度评价两国高层的会晤": the event assembler takes a group only as the subject of the trigger's clause)
  if (R.groupPhrases) {
    for (let i = 0; i < tokens.length; i++) {
      const hit = R.groupPhrases.longest(tokens, i);
      if (!hit) continue;
      const end = i + hit[0];
      if (out.some((m) => m.kind === 'named' && m.start < end && i < m.end)) { i = end - 1; continue; }
      const title = titles.find((t) => t.start >= i && t.end <= end);
      // a group of people of an office ("hai đồng chí Tổng Bí thư"); "hai nước", "hai Đảng" are the countries, no persons
      if (!title) { i = end - 1; continue; }
      for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && i < out[k].end) out.splice(k, 1);
      out.push({ sentence: a.sentence.index, start: i, end, charStart: tokens[i].start, charEnd: tokens[end - 1].end, name: null, title: title?.text ?? null, country: null, role: title ? title.role ?? titleRole(title.text) : null, kind: 'group', possessive: false });
      i = end - 1;
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

export type { NameMention };

/**
 * Names that take their countries in order from a title naming several: "the Ministers of Foreign
 * Affairs of Peru and Chile, Luis Paredes and Ana Rojas" (title, then the names), "Luis Paredes and
 * Ana Rojas, the foreign ministers of Peru and Chile" (the names, then the title). The count of
 * names must equal the count of countries.
 */
function respectiveCountries(a: SentenceAnalysis, joiners: Set<string>, both: Set<string> = new Set()): Map<NameMention, { code: string; from: number; to: number; title: string; role: string | null }> {
  const out = new Map<NameMention, { code: string; from: number; to: number; title: string; role: string | null }>();
  const { tokens, names, titles } = a;
  /** the names joined by "and" / "," from index k of names, walking in dir */
  const chainFrom = (k: number, dir: 1 | -1): NameMention[] => {
    const run = [names[k]];
    for (let j = k + dir; j >= 0 && j < names.length; j += dir) {
      const [l, r] = dir === 1 ? [run[run.length - 1], names[j]] : [names[j], run[run.length - 1]];
      const between = tokens.slice(l.end, r.start).map((t) => t.lower).join(' ').trim();
      if (!joiners.has(between)) break;
      run.push(names[j]);
    }
    return dir === 1 ? run : run.reverse();
  };
  /** "越南和泰国两国外长X和Y": the two countries joined before a word of both sides (两国) that opens the title */
  const pairBefore = (t: { start: number }): string[] | undefined => {
    const w = t.start - 2;
    if (w < 1 || !both.has(tokens[w].lower + tokens[w + 1].lower)) return undefined;
    const c2 = a.countries.find((c) => c.end === w);
    const c1 = c2 && a.countries.find((c) => c.end === c2.start - 1 && joiners.has(tokens[c.end].lower));
    return c1 && c2 && c1.code !== c2.code ? [c1.code, c2.code] : undefined;
  };
  for (const t of titles) {
    const cs = t.countries ?? (t.country ? undefined : pairBefore(t));
    if (!cs || cs.length < 2) continue;
    // after the title: "..., X and Y"
    let k = names.findIndex((n) => n.start >= t.end && n.start - t.end <= 2 && tokens.slice(t.end, n.start).every((x) => x.text === ','));
    let run = k >= 0 ? chainFrom(k, 1) : [];
    if (run.length !== cs.length) {
      // before it: "X and Y, the foreign ministers of A and B"
      k = -1;
      for (let j = names.length - 1; j >= 0; j--) {
        const gap = tokens.slice(names[j].end, t.start).map((x) => x.lower);
        if (names[j].end <= t.start && gap.length <= 3 && gap[0] === ',' && gap.slice(1).every((w) => w === 'the' || w === 'their' || w === 'respective')) { k = j; break; }
      }
      run = k >= 0 ? chainFrom(k, -1) : [];
    }
    if (run.length !== cs.length) continue;
    run.forEach((n, i) => out.set(n, { code: cs[i], from: t.start, to: t.end, title: t.text, role: t.role }));
  }
  return out;
}

/** How many words "of" and the body a title heads may take before the name ("of the Council of Ministers"). */
const BODY_GAP = 7;
/** Whether tokens [from, to) are "of" and the name of a body: capitalised words, with the lowercase joiners of a name. */
function bodyOfTitle(tokens: Token[], from: number, to: number): boolean {
  let capitals = 0;
  for (let k = from + 1; k < to; k++) {
    const x = tokens[k];
    if (!x.word) return false;
    if (x.cap) capitals++;
    else if (!BODY_JOINERS.has(x.lower)) return false;
  }
  return capitals > 0;
}
const BODY_JOINERS = new Set(['of', 'the', 'and', 'for']);
