/**
 * Person names: the run of capitalised words after a title ("Foreign Minister Bui Thanh Son"),
 * names the people registry knows ("Jaishankar met Wang Yi"), and capitalised runs of two or more
 * words that are nothing else (no title word, country, month or common word). Handles initials
 * ("Antony J. Blinken"), particles ("bin", "van"), suffixes ("Jr.") and possessives ("Wang Yi's").
 */
import type { Lexicon } from '../knowledge/lexicon.js';
import type { TokenTrie, Token } from '../text/tokenizer.js';
import { withoutPossessive } from '../text/tokenizer.js';
import { isAsciiDigit } from '../text/char-class.js';
import type { CountryMention, NameMention, TitleMention } from '../doc.js';
import { LATIN_DIACRITIC } from '../text/patterns.js';

export interface NameKnowledge {
  lex: Lexicon;
  /** registry aliases (folded tokens) -> person ids */
  registryTrie: TokenTrie<string>;
  /** whether a capitalised run is a known place ("Hà Nội", "Lang Son"): never a name by pattern alone */
  isPlace?: (text: string) => boolean;
  /** whether a word names a country ("China" in "China-Viet Nam"): hyphenated country pairs are no names */
  isCountryWord?: (word: string) => boolean;
  /** whether a capitalised run names a news agency or outlet ("Jiji Press", "Xinhua"): never a person */
  isAgency?: (text: string) => boolean;
  /** whether a word names a month or a weekday ("May", "Sunday"): never the first word of a titled name */
  isCalendarWord?: (lower: string) => boolean;
  /** the registry's names of one Han character (a Thai or Polish name as the Chinese press writes it: 敦, 劳) -> person ids */
  oneCharNames?: Map<string, string[]>;
}

/** A surname that opens with the Arabic article in lower case ("al-Shaibani", "el-Sisi"): only as the registry spells it. */
const ARTICLE_LED = /^(?:al|el|ad|ar|as|ash|at|az|an)-\p{Lu}/u;

/** An initial: a capital and a full stop ("J."), tested without a regular expression (this runs on every token). */
const isInitial = (t: Token) => t.text.length === 2 && t.text.charCodeAt(1) === 46 && t.cap;
const POSSESSIVE = /['’]s$/u;
/** A Korean given name of two syllables joined by a hyphen, the second in lower case ("Jin-woo", "Ki-moon") */
const HYPHENED_GIVEN = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

const nameAbbreviationsOf = new WeakMap<Lexicon, Set<string>>();
/** Abbreviated first names as written ("Md", "Ma": data/lang/<language>/segments.json `segments/name-abbreviations`). */
function nameAbbreviations(lex: Lexicon): Set<string> {
  let s = nameAbbreviationsOf.get(lex);
  if (!s) {
    const b = lex.book('segments');
    s = new Set(b.has('segments/name-abbreviations') ? b.rule('segments/name-abbreviations').words ?? [] : []);
    nameAbbreviationsOf.set(lex, s);
  }
  return s;
}

/** Whether tokens i, i + 1 are an abbreviated first name and its full stop before a capitalised word ("Md. Touhid"). */
function abbreviatedFirstName(tokens: Token[], i: number, abbreviations: Set<string>): boolean {
  const t = tokens[i], dot = tokens[i + 1], next = tokens[i + 2];
  return !!t && !!dot && !!next && abbreviations.has(t.text) && dot.text === '.' && dot.start === t.end && next.cap && next.word && next.start > dot.end;
}

/** Names found so far over n tokens: `push` keeps a name only where no earlier one took its tokens. */
function claimedNames(n: number): { out: NameMention[]; taken: Uint8Array; push: (m: NameMention) => void } {
  const out: NameMention[] = [];
  const taken = new Uint8Array(n + 1);
  const push = (m: NameMention) => {
    for (let i = m.start; i < m.end; i++) if (taken[i] === 1) return;
    for (let i = m.start; i < m.end; i++) taken[i] = 1;
    out.push(m);
  };
  return { out, taken, push };
}

/**
 * @param registryAt the registry's longest match at a token (shared with the title recogniser, so each
 *   token is looked up once per sentence); defaults to looking up `k.registryTrie`
 */
export function recognizeNames(tokens: Token[], titles: TitleMention[], countries: CountryMention[], k: NameKnowledge,
  registryAt: (i: number) => [number, string[]] | null = (i) => k.registryTrie.longest(tokens, i)): NameMention[] {
  const { lex } = k;
  const n = tokens.length;
  // whether a title head starts at a token: asked for every word of every capitalised run, looked up once
  const headMemo: (boolean | undefined)[] = [];
  const givenNameOffices = lex.book('persons').optionalWords('persons/offices-also-given-names');
  const lineageWords = lex.book('persons').optionalWords('persons/lineage-particles');
  // "Ricardo Viegas d'Abreu", "Valéry Giscard d'Estaing": a particle elided onto the family name (persons/elided-particles)
  const elided = lex.book('persons').optionalWords('persons/elided-particles');
  const elidedName = (text: string) => {
    const q = text.search(/['’]/u);
    return q > 0 && q <= 4 && elided.has(text.slice(0, q).toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(text.slice(q + 1));
  };
  const headAt = (m: number) => {
    let h = headMemo[m];
    // an office that is a given name too ("Amir") is a title only where the title recogniser read one (inTitle)
    // (nor one right before a lineage particle and a name: "Sultan bin Saad Al Muraikhi" is a given name)
    if (h === undefined) { h = !givenNameOffices.has(tokens[m].lower) && !(lineageWords.has(tokens[m + 1]?.lower ?? '') && !!tokens[m + 2]?.cap) && !!lex.titleTrie.longest(tokens, m)?.[1].some(Boolean); headMemo[m] = h; }
    return h;
  };
  // token flags as typed arrays (1 = set): these are read for every token
  const blocked = new Uint8Array(n + 1);
  for (const c of countries) for (let i = c.start; i < c.end; i++) blocked[i] = 1;
  const inTitle = new Uint8Array(n + 1);
  for (const t of titles) for (let i = t.start; i < t.end; i++) inTitle[i] = 1;

  const stop = (t: Token) => lex.stopwords.has(withoutPossessive(t.lower)) && !isInitial(t);

  const finalSyllables = lex.book('persons').optionalWords('persons/name-final-syllables');
  // "Mr Park Jin-woo": a family name that is an English word opens a name before a hyphened given name
  // (persons/hyphen-given-families)
  const hyphenFamilies = lex.book('persons').optionalWords('persons/hyphen-given-families');
  // "Li Jun", "Wang Jun": a given name that is a month's abbreviation ends a run of one word or more when no day follows it
  // ("Jun 5", "Jun. 5") nor a capitalised word (persons/name-final-months)
  const finalMonths = lex.book('persons').optionalWords('persons/name-final-months');
  const monthEndsName = (m: number): boolean => {
    let q = m + 1;
    if (tokens[q]?.text === '.') q++;
    const next = tokens[q];
    return !next || !(/^\p{N}/u.test(next.text) || (next.word && next.cap && q === m + 1));
  };
  /** The name run starting at i, or null. */
  const abbreviations = nameAbbreviations(lex);
  const run = (i: number, maxLen = 6): { end: number; possessive: boolean } | null => {
    let m = i;
    let possessive = false;
    // "Md. Touhid Hossain": an abbreviated first name opens the run
    const lead = abbreviatedFirstName(tokens, i, abbreviations) && inTitle[i] !== 1 && blocked[i] !== 1 ? 2 : 0;
    m += lead;
    let parts = 0;
    while (m < n && m - i - parts < maxLen + lead) {
      const t = tokens[m];
      if (isInitial(t) && m > i) { m++; continue; }
      if (t.word && t.cap && !isAsciiDigit(t.text.charCodeAt(0))) {
        // "Nguyen Van An", "Men Sam An": a given name that is an English function word ends a run of two or more words
        if (stop(t) && !(m - i - parts >= 2 && finalSyllables.has(t.lower) && !(tokens[m + 1]?.word && tokens[m + 1].cap))
          && !(m - i - parts >= 1 && finalMonths.has(t.lower) && monthEndsName(m))
          && !(m === i + lead && hyphenFamilies.has(t.lower) && HYPHENED_GIVEN.test(tokens[m + 1]?.text ?? ''))) break;
        if (inTitle[m] === 1 || blocked[m] === 1) break;
        // "China-Viet Nam" is a pair of countries; "El-Sisi" is a name whose particle ("el") opens a country's name too
        if (t.text.includes('-') && k.isCountryWord && t.text.split('-').some((p) => k.isCountryWord!(p) && !lex.particles.has(p.toLowerCase()))) break;
        if (headAt(m)) break;
        m++;
        if (POSSESSIVE.test(t.text)) { possessive = true; break; }
        continue;
      }
      if (t.word && m > i && elided.size && !t.cap && elidedName(t.text)) { m++; continue; }
      // "Taher Salem al-Baour", "Ahmed Saleh el-Masri": a family name led by the Arabic article in lower case closes a run
      // of capitalised name words (h-en53 probe)
      if (t.word && m > i && !t.cap && ARTICLE_LED.test(t.text) && inTitle[m] !== 1 && blocked[m] !== 1 && !headAt(m)) {
        m++;
        if (POSSESSIVE.test(t.text)) possessive = true;
        break;
      }
      if (t.word && m > i && lex.particles.has(t.lower)) {
        // "van der Berg": a run of particles, then a capitalised word
        let q = m;
        while (q < n && tokens[q].word && lex.particles.has(tokens[q].lower)) q++;
        if (q - m <= 3 && tokens[q]?.cap && tokens[q].word && !stop(tokens[q])) { parts += q - m; m = q; continue; }
      }
      break;
    }
    // a trailing particle or initial is not part of the name
    while (m > i && (lex.particles.has(tokens[m - 1].lower) || (isInitial(tokens[m - 1]) && m - 1 === i))) m--;
    if (m === i) return null;
    // "Surangel S. Whipps, Jr.": a suffix set off by a comma is the end of the name (h-en57 probe)
    if (!possessive && m > i + 1 && tokens[m]?.text === ',' && tokens[m].start === tokens[m - 1].end) {
      const s = tokens[m + 1];
      if (s && s.word && s.cap && lex.suffixes.has(s.lower) && !(tokens[m + 2]?.word && tokens[m + 2].cap)) {
        m += 2;
        // (with its dot, so that what follows it, ", President of X", is read as after the name)
        if (tokens[m]?.text === '.' && tokens[m].start === tokens[m - 1].end) m++;
      }
    }
    if (isInitial(tokens[i]) && m - i === 1) return null;
    return { end: m, possessive };
  };

  // the offices written before a ruler's name that are no part of it ("King", "Crown Prince"); the particles that open
  // a father's name inside a person's name ("bin", "ibn", "bint")
  const offices = lex.book('persons').optionalWords('persons/offices-before-names');
  const lineage = lex.book('persons').optionalWords('persons/lineage-particles');
  const venuePreps = lex.book('persons').optionalWords('persons/venue-prepositions');
  const outletWords = lex.book('persons').optionalWords('persons/outlet-words');
  const projectWords = lex.book('persons').optionalWords('persons/project-words');
  const venueKinds = lex.book('places').optionalWords('places/venue-kinds');
  const headlineVerbs = lex.book('persons').optionalWords('persons/headline-verbs');
  const headlinePreps = lex.book('persons').optionalWords('persons/headline-prepositions');
  const capitalHonorifics = lex.book('persons').optionalWords('persons/capital-honorifics');
  const bodyWords = lex.book('persons').optionalWords('persons/body-words');
  const bodyHeads = lex.book('persons').optionalWords('persons/body-heads');
  const creditWords = lex.book('persons').optionalWords('persons/photo-credit-words');
  const envoyPostWords = lex.book('persons').optionalWords('persons/envoy-post-words');
  const openingStyles = lex.book('persons').optionalWords('persons/styles-opening-names');
  const ranks = lex.book('persons').has('persons/military-ranks') ? lex.book('persons').wordTrie('persons/military-ranks') : null;
  /** an honorific at j, unless it is one only in capitals and is not written so ("He Lifeng": a surname) */
  const honorificAt = (j: number) => {
    const h = lex.honorifics.longest(tokens, j);
    return h && h[0] === 1 && capitalHonorifics.has(tokens[j].lower) && tokens[j].text !== tokens[j].text.toUpperCase() ? null : h;
  };
  /**
   * How many tokens at j are an honorific of two or more words whose last word is in the possessive
   * ("Samdech Thipadei's", "Samdech Techo's"), with no name after it; 0 when not.
   */
  const possessiveHonorificAt = (j: number): number => {
    for (let k = j + 1; k < n && k < j + 6; k++) {
      const t = tokens[k];
      if (!t.word || !t.cap) return 0;
      if (!POSSESSIVE.test(t.text)) continue;
      const bare = tokens.slice(j, k + 1).map((u, q) => (q === k - j ? { ...u, text: withoutPossessive(u.text), lower: withoutPossessive(u.lower) } : u));
      const h = lex.honorifics.longest(bare, 0);
      return h && h[0] === k - j + 1 ? h[0] : 0;
    }
    return 0;
  };
  /** how many tokens at i of a registry spelling of len tokens are an office that stands before the name (0 when none) */
  const royalStyles = lex.book('persons').optionalWords('persons/royal-styles');
  const royalOffices = lex.book('persons').optionalWords('persons/offices-after-royal-styles');
  const royalStyleBefore = (i: number): boolean => {
    for (let h = 1; h <= 3 && i - h >= 0; h++) if (royalStyles.has(phrase(tokens, i - h, i))) return true;
    return false;
  };
  const officeBefore = (i: number, len: number): number => {
    if (!offices.size) return 0;
    for (let h = Math.min(2, len - 1); h >= 1; h--) if (offices.has(phrase(tokens, i, i + h))) return h;
    return 0;
  };
  /** the end of a name at m after the lineage and family parts that follow it ("bin Hamad Al-Thani", "Al Saud", "al-Sabah") */
  const particleTail = (m: number): number => {
    for (let guard = 0; guard < 4 && m < n; guard++) {
      const t = tokens[m];
      if (!t.word || !lex.particles.has(t.lower.split('-')[0])) break;
      if (t.lower.includes('-')) {
        // "Al-Thani": a particle glued to a capitalised family name
        if (!/^\p{L}+-\p{Lu}/u.test(t.text) || inTitle[m] === 1 || blocked[m] === 1) break;
        m++;
        if (POSSESSIVE.test(t.text)) break;
        continue;
      }
      let q = m;
      while (q < n && q - m < 3 && tokens[q].word && lex.particles.has(tokens[q].lower)) q++;
      if (q >= n || !tokens[q].word || !tokens[q].cap || stop(tokens[q]) || inTitle[q] === 1 || blocked[q] === 1 || headAt(q)) break;
      const r = run(q, 3);
      if (!r) break;
      m = r.end;
      if (r.possessive) break;
    }
    return m;
  };

  /** whether one to three particles right before i join it to a capitalised name word before them ("Alves de", "Kees van der") */
  const particleJoined = (i: number): boolean => {
    let q = i - 1;
    while (q >= 0 && q > i - 4 && tokens[q].word && !tokens[q].cap && lex.particles.has(tokens[q].lower)) q--;
    if (q === i - 1 || q < 0) return false;
    const w = tokens[q];
    return w.word && w.cap && !stop(w) && inTitle[q] !== 1 && blocked[q] !== 1 && !headAt(q) && !k.isCountryWord?.(w.text);
  };

  const text = (a: number, b: number) => {
    let s = '';
    for (let i = a; i < b; i++) s += (i > a && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].text;
    // "Jr." keeps its dot
    if (lex.suffixes.has(tokens[b - 1].lower) && tokens[b]?.text === '.' && tokens[b].start === tokens[b - 1].end) s += '.';
    return s.replace(POSSESSIVE, '');
  };

  const { out, taken, push } = claimedNames(n);

  /**
   * Whether the token before i is one more word of the name that starts at i: a capitalised word right before it, that
   * no title, country, honorific, style, day or headline verb claims, with no capitalised word before it in turn
   * (a name of two family names: "Luong Nguyen Minh Triet"; not "Samdech Techo Hun Sen", "Dr Vivian Balakrishnan").
   */
  const nameWordBefore = (i: number): boolean => {
    const p = tokens[i - 1];
    if (!p.word || !p.cap || p.end + 1 !== tokens[i].start || taken[i - 1] === 1 || inTitle[i - 1] === 1 || blocked[i - 1] === 1) return false;
    if (stop(p) || p.text.length < 2 || p.text === p.text.toUpperCase() || POSSESSIVE.test(p.text) || p.text.includes('-')) return false;
    const q = tokens[i - 2];
    if (q && q.word && q.cap && q.end + 1 === p.start && inTitle[i - 2] !== 1 && blocked[i - 2] !== 1 && !stop(q)) return false;
    // (no honorific holds it: "His Highness Sheikh Tamim", "His Majesty Sultan Haitham")
    for (let j = Math.max(0, i - 4); j < i; j++) { const h = lex.honorifics.longest(tokens, j); if (h && j + h[0] >= i) return false; }
    if (headAt(i - 1) || headlineVerbs.has(p.lower) || openingStyles.has(p.lower) || offices.has(p.lower) || k.isCalendarWord?.(p.lower)) return false;
    if (k.isCountryWord?.(p.text)) return false;
    return true;
  };

  // 1. names the registry knows (most reliable, also finds names with no title)
  for (let i = 0; i < n; i++) {
    // (or a name the registry knows opening with the Arabic article in lower case: "received al-Shaibani")
    if ((!tokens[i].cap && !ARTICLE_LED.test(tokens[i].text)) || inTitle[i] === 1) continue;
    const hit = registryAt(i);
    if (!hit) continue;
    const [len, ids] = hit;
    // the father's and grandfather's names in a longer name ("Khaled bin Mohamed bin Zayed Al Nahyan" holds "Mohamed bin
    // Zayed Al Nahyan"): another person's name, read with the whole name below
    if (i >= 2 && lineage.has(tokens[i - 1].lower) && tokens[i - 2].cap && tokens[i - 2].word) continue;
    // extend over a middle initial or a suffix the alias lacks
    const r = run(i);
    // a one-word alias inside a longer capitalised name ("Tran Luu Quang") is another person's name
    const prev = tokens[i - 1];
    if (len === 1 && ((r && r.end > i + 1) || (prev && prev.word && prev.cap && !stop(prev) && inTitle[i - 1] !== 1 && blocked[i - 1] !== 1))) continue;
    // so is one after a particle that joins it to the name's other words ("José Marcondes de Carvalho", "Pieter van
    // Rutte"): the family name of a longer name, read whole below
    if (len === 1 && particleJoined(i)) continue;
    // a one-word alias after the article of a place named with it ("the NATO summit in The Hague"): the place, not the person
    if (len === 1 && prev?.lower === 'the' && (k.isPlace?.(`${prev.text} ${tokens[i].text}`) || k.isPlace?.(tokens[i].text))) continue;
    let end = r && r.end >= i + len ? r.end : i + len;
    // "King Abdullah II", "Crown Prince Mohammed bin Salman": the registry's spelling with the office before it; the
    // name is what follows the office
    let office = officeBefore(i, len);
    // "His Majesty Sultan Haitham bin Tarik": an office that is a given name too, right after a ruler's style, is the
    // office even where the registry lists the name with it (persons/royal-styles; h-en52 probe)
    if (!office && len >= 2 && royalOffices.has(tokens[i].lower) && royalStyleBefore(i)) office = 1;
    // the registry's spelling with an honorific before the name ("Datuk Seri Anwar Ibrahim", "Dr Vivian
    // Balakrishnan", "Samdech Thipadei Hun Manet"): the name is what follows the honorific
    for (let h = honorificAt(i + office); h && i + office + h[0] < i + len; h = honorificAt(i + office)) office += h[0];
    // an alias that is an honorific and a given name ("Sheikh Sabah") at the head of a longer name ("Sheikh Sabah
    // Khaled Al-Hamad Al-Sabah"): the whole name, someone else than the alias's person
    let other = false;
    if (!r && len >= 2 && end === i + len && tokens[end]?.word && tokens[end].cap && !lex.particles.has(tokens[end].lower)) {
      const r2 = run(i + Math.max(office, 1));
      if (r2 && r2.end > end) { end = r2.end; other = true; }
    }
    // the rest of a name of several parts the alias stops short of ("Sultan Haitham" of "Sultan Haitham bin
    // Tarik", "Mohammed bin Salman" of "Mohammed bin Salman bin Abdulaziz Al Saud")
    if (!POSSESSIVE.test(tokens[end - 1].text)) end = particleTail(end);
    const possessive = POSSESSIVE.test(tokens[end - 1].text);
    // "at the Tupua Tamasese Efi Building", "the Nelson Mandela Centre": a known name right before a capitalised word of a
    // venue's or a work's kind names what was named after the person (places/venue-kinds, persons/project-words)
    const kind = tokens[end];
    if (!possessive && kind?.word && kind.cap && kind.start === tokens[end - 1].end + 1 && (venueKinds.has(kind.lower) || projectWords.has(kind.lower))) {
      i = end - 1;
      continue;
    }
    // a registry spelling of two or more words after one more name word that opens the name ("Chairman Luong Nguyen Minh
    // Triet" holds "Nguyen Minh Triet", "Ton Nu Thi Ninh"): a name of two family names, someone else than the registry's
    if (!office && len >= 2 && i >= 1 && nameWordBefore(i)) {
      push({ start: i - 1, end, text: text(i - 1, end), source: 'pattern', possessive, personId: null });
      i = end - 1;
      continue;
    }
    push({ start: i + office, end, text: text(i + office, end), source: other ? 'pattern' : 'registry', possessive, personId: !other && new Set(ids).size === 1 ? ids[0] : null });
    i = end - 1;
  }

  // 2. the name after a title ("Foreign Minister Wang Yi", "Foreign Minister of China, Wang Yi,")
  for (const t of titles) {
    let i = t.end;
    // "Secretary-General of the Organisation of Islamic Cooperation (OIC), X,": the body's acronym in brackets
    if (tokens[i]?.text === '(' && tokens[i + 2]?.text === ')' && tokens[i + 1].word && tokens[i + 1].text === tokens[i + 1].text.toUpperCase() && tokens[i + 3]?.text === ',') i += 3;
    // "Japanese Consul General in Da Nang Mori Takero", "the Cuban Consul General in Ho Chi Minh City Ana Perez": the
    // envoy's post between the title and the name, with no comma (persons/envoy-post-words): the name after the place
    if (envoyPostWords.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.cap) {
      for (let p = Math.min(4, n - i - 3); p >= 1; p--) {
        const after = i + 1 + p;
        if (!tokens[after]?.cap || !tokens[after].word || tokens[after].start !== tokens[after - 1].end + 1 || !k.isPlace?.(text(i + 1, after))) continue;
        const r = run(after);
        if (r && r.end - after >= 2 && !k.isPlace?.(text(after, r.end))) { i = after; }
        break;
      }
    }
    // ("Ambassador He Wei": 'He' in title case is a surname, persons/capital-honorifics)
    for (let h = honorificAt(i); i < n && h; h = honorificAt(i)) i += h[0];
    if (tokens[i]?.text === ',' && tokens[i + 1]?.cap) {
      // "Vice President of India, Shri X,": an honorific after the comma too
      let j = i + 1;
      while (j < n && lex.honorifics.longest(tokens, j)) j += lex.honorifics.longest(tokens, j)![0];
      const r = run(j);
      // (closed by a comma; or, past an honorific that stands before names, by the sentence's end: "... with the Foreign
      // Minister of Malaysia, Dato' Seri Utama Haji Mohamad bin Haji Hasan.")
      const closed = tokens[r?.end ?? 0]?.text === ',' || (j > i + 1 && !!r && (r.end >= n || /^[.;]$/.test(tokens[r.end].text)));
      if (r && closed) i = j; else continue;
    }
    if (taken[i] === 1) {
      const existing = out.find((m) => m.start === i);
      if (existing) existing.source = existing.source === 'registry' ? 'registry' : 'titled';
      continue;
    }
    // "the President's Media Division (PMD) said", "the Prime Minister's Press and Quick Reaction Unit": after a title in
    // the possessive stands what its holder has (an office, a unit), never the holder's name
    if (i === t.end && POSSESSIVE.test(tokens[t.end - 1].text)) continue;
    let r = run(i);
    // a title vouches for a name that starts with a common word ("Secretary-General Tan Ah Kow", "Minister Park Jin")
    // (not a headline's verb after the title: "Foreign Minister Receives Farewell Call of ...")
    // (a month's or a day's word opens one only before a capitalised word that is no date's: "Commissioner Jan Bogaert",
    // "Minister Sunday Dare", not "Minister on Jan 5")
    const calendar = !!k.isCalendarWord?.(tokens[i]?.lower ?? '') && !(tokens[i + 1]?.cap && tokens[i + 1].word && !/\d/.test(tokens[i + 1].text) && !k.isCalendarWord?.(tokens[i + 1].lower));
    if (!r && tokens[i]?.cap && tokens[i].word && stop(tokens[i]) && !calendar && !headlineVerbs.has(tokens[i].lower)
      && !headlinePreps.has(tokens[i].lower)) {
      const rest = run(i + 1);
      if (rest && rest.end - (i + 1) >= 1 && tokens[i + 1].start === tokens[i].end + 1) r = rest;
    }
    if (!r) continue;
    // "accompanied by Secretary Defence Production": the office's portfolio, no name
    if (portfolioOnly(tokens, i, r.end, lex)) continue;
    // "laid a wreath at the President Ho Chi Minh Mausoleum": a run after a title that ends in a work's or a building's
    // word names that place, not the titled person (persons/project-words)
    if (projectWords.has(withoutPossessive(tokens[r.end - 1].lower))) continue;
    // (the building's word a few capitalised words after the run: "received at King Khalid International Airport by Y")
    { let k = r.end; while (k < n && k < r.end + 3 && tokens[k].cap && tokens[k].word) k++;
      if (k > r.end && projectWords.has(withoutPossessive(tokens[k - 1].lower))) continue; }
    push({ start: i, end: r.end, text: text(i, r.end), source: r.end - i === 1 ? 'short' : 'titled', possessive: r.possessive });
  }

  // 2b. the name after an honorific that stands only before names, with no title ("conveyed by Datuk Sri X")
  // the honorifics that stand only before a person's name
  const nameHonorifics = lex.book('persons').optionalWords('persons/name-honorifics');
  if (nameHonorifics.size) {
    for (let i = 0; i < n; i++) {
      if (!tokens[i].cap || taken[i] === 1 || inTitle[i] === 1) continue;
      let h = lex.honorifics.longest(tokens, i);
      if (!h || !nameHonorifics.has(phrase(tokens, i, i + h[0]))) continue;
      // "during Samdech Thipadei's visit": the whole honorific in the possessive, no name after it
      const hp = possessiveHonorificAt(i);
      if (hp > 0) { i += hp - 1; continue; }
      let j = i + h[0];
      while (j < n && (h = lex.honorifics.longest(tokens, j))) j += h[0];
      if (taken[j] === 1) { i = j; continue; }
      const r = run(j);
      if (!r) continue;
      push({ start: j, end: r.end, text: text(j, r.end), source: r.end - j === 1 ? 'short' : 'titled', possessive: r.possessive });
      i = r.end - 1;
    }
  }

  // 3. other capitalised runs of two or more words
  const postNominals = lex.book('persons').optionalWords('persons/post-nominals');
  // the letters are written with or without stops ("MP", "M.P.", "T.D.", "S.C.")
  const isPostNominal = (t: Token | undefined): boolean => !!t && t.text === t.text.toUpperCase()
    && (postNominals.has(t.lower) || (t.lower.includes('.') && postNominals.has(t.lower.replace(/\./g, ''))));
  const initialSyllables = lex.book('persons').optionalWords('persons/name-initial-syllables');
  for (let i = 0; i < n; i++) {
    if (taken[i] === 1 || !tokens[i].cap || inTitle[i] === 1) continue;
    // an honorific of several words is no name ("Samdech Akka Moha Sena Padei Techo Hun Sen": the name is Hun Sen)
    const hon = honorificAt(i);
    if (hon && hon[0] >= 2) { i += hon[0] - 1; continue; }
    // an honorific of several words alone in the possessive ("during Samdech Thipadei's visit"): the person named
    // before with it, no name ("Thipadei" had been read)
    const honP = possessiveHonorificAt(i);
    if (honP > 0) { i += honP - 1; continue; }
    // "Do Van Hai, Vietnamese Deputy Foreign Minister, received ...": a family name that is a function word opens a
    // sentence's name with an apposition after it (persons/name-initial-syllables)
    if (stop(tokens[i]) && initialSyllables.has(tokens[i].lower) && (i === 0 || !tokens[i - 1].word) && taken[i + 1] !== 1) {
      const rest = run(i + 1, 4);
      const appositive = rest && rest.end - (i + 1) >= 2 && tokens[rest.end]?.text === ',' && titles.some((t) => t.start > rest.end && t.start <= rest.end + 3);
      if (rest && appositive && tokens[i + 1].start === tokens[i].end + 1 && !k.isPlace?.(text(i, rest.end))) {
        push({ start: i, end: rest.end, text: text(i, rest.end), source: 'pattern', possessive: rest.possessive });
        i = rest.end - 1;
        continue;
      }
    }
    // "led by Colonel X", "Senior Colonel Y": a rank that no title recogniser took opens no name (persons/military-ranks)
    const rank = ranks?.longest(tokens, i);
    if (rank && tokens[i + rank[0]]?.cap && tokens[i + rank[0]].word && taken[i + rank[0]] !== 1) {
      const rest = run(i + rank[0], 5);
      if (rest && rest.end - (i + rank[0]) >= 2) { i += rank[0] - 1; continue; }
    }
    const r = run(i, 5);
    if (!r || r.end - i < 2) { if (r) i = r.end - 1; continue; }
    let clash = false;
    for (let j = i; j < r.end; j++) if (taken[j] === 1) clash = true;
    const name = text(i, r.end);
    // part of a longer proper name: after "the" ("the Antalya Diplomatic Forum"), or cut by a capitalised
    // word that cannot be in a person's name ("Boao Forum", "Antalya Diplomatic Forum")
    const next = tokens[r.end];
    // a run right after "at" is a venue ("at Qasr Al Watan", "at Seri Perdana"), unless possessive ("at Ali's residence")
    const institution = tokens[i - 1]?.lower === 'the' || (!r.possessive && venuePreps.has(tokens[i - 1]?.lower ?? ''))
      || (!r.possessive && !!next && next.word && next.cap && stop(next) && next.start === tokens[r.end - 1].end + 1 && !isPostNominal(next));
    // a newspaper's name ("Vientiane Times", "the Harare Herald reported"): an outlet, not a person
    // and a project's ("the East Coast Rail Link", "the Funan Techo Canal"): a work or a scheme, not a person
    const last = withoutPossessive(tokens[r.end - 1].lower);
    // (or a lower-case one right after the run: "the Lao Cai-Hanoi-Hai Phong railway", "the Vientiane-Boten expressway")
    const after = tokens[r.end];
    const outlet = outletWords.has(last) || projectWords.has(last) || (!!after?.word && !after.cap && projectWords.has(after.lower))
      // ("the President's Media Division said", "the Prime Minister's Press and Quick Reaction Unit"): a body's name
      || bodyWords.has(last)
      // ("Ministerio de Relaciones Exteriores", "Ministère des Affaires étrangères"): a body's name whose head comes first
      || bodyHeads.has(tokens[i].lower)
      // ("(Pic PMD)", "(Photo Xinhua)"): a photo's credit, its word first
      || creditWords.has(tokens[i].lower)
      // ("Flanders Investment & Trade", "Flanders Investment and Trade Commissioner"): a body's name joined by "&", or by
      // "and" between words of bodies (titles.json org_words), is no person's
      || (after?.text === '&' && !!tokens[r.end + 1]?.cap)
      || (after?.lower === 'and' && lex.orgWords.has(last) && !!tokens[r.end + 1]?.cap && lex.orgWords.has(tokens[r.end + 1].lower));
    // ("President Bio Receives Liberian Envoy, Bids Farewell to Turkish Ambassador": a title-case headline's verb opens no
    // name; persons/headline-verbs, h-en57 probe)
    const verbLed = headlineVerbs.has(tokens[i].lower);
    // ("Secretary Defence Production": an office's portfolio)
    if (!clash && !institution && !outlet && !verbLed && !portfolioOnly(tokens, i, r.end, lex) && !k.isPlace?.(name) && !k.isAgency?.(name)) push({ start: i, end: r.end, text: name, source: 'pattern', possessive: r.possessive });
    i = r.end - 1;
  }
  // "his Ghanaian counterpart, Monday Asante Boateng": a day's or a month's word right before a name found, after a title
  // and its comma, is the name's first word (a date stands after "on", "last", "next", not between a title and a name)
  for (const m of out) {
    const i = m.start;
    if (i >= 3 && m.end - i >= 2 && !taken[i - 1] && tokens[i - 1].cap && tokens[i - 1].word && tokens[i - 1].end + 1 === tokens[i].start
      && k.isCalendarWord?.(tokens[i - 1].lower) && tokens[i - 2].text === ',' && inTitle[i - 3] === 1) {
      taken[i - 1] = 1; m.start = i - 1; m.text = text(i - 1, m.end);
    }
  }
  // letters after a name ("X MP", "Sir Y KCB KC MP", persons/post-nominals): the mention runs over them, so that an
  // apposition after them (", Speaker of ...") is the name's; its text stays the name
  if (postNominals.size) {
    for (const m of out) {
      while (m.end < n && !taken[m.end] && isPostNominal(tokens[m.end])) taken[m.end++] = 1;
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "Sultan X ibni Al-Marhum Sultan Haji Y", "Tunku A ibni Sultan B": a father's name after a lineage particle, with the
  // words for 'the late' and his offices and honorifics before it, is part of the son's name and no person of its own
  // (persons/lineage-particles, persons/late-markers), and the son's name is written as before the particle; so is the rest
  // of a father's name cut by his styles, right after a name that holds the particle ("Awang Haji A bin Pehin Datu Haji B
  // C": one name, written whole)
  const lateMarkers = lex.book('persons').optionalWords('persons/late-markers');
  const styledAt = (j: number) => (inTitle[j] === 1 ? 1 : honorificAt(j)?.[0] ?? 0);
  for (let x = 0; x + 1 < out.length; x++) {
    const a = out[x], b = out[x + 1];
    if (a.possessive) continue;
    let j = a.end;
    let joined = false, whole = false;
    if (lineageWords.has(tokens[j]?.lower ?? '')) {
      j++;
      const late = lateMarkers.has(tokens[j]?.lower ?? '');
      if (late) j++;
      const styled = j;
      for (let s = styledAt(j); s > 0 && j < b.start; s = styledAt(j)) j += s;
      joined = j === b.start && (late || j > styled);
    } else {
      let hasParticle = false;
      for (let q = a.start + 1; q < a.end - 1 && !hasParticle; q++) hasParticle = lineageWords.has(tokens[q].lower);
      for (let s = styledAt(j); s > 0 && j < b.start; s = styledAt(j)) j += s;
      joined = whole = hasParticle && j === b.start && tokens[b.start].start > tokens[b.start - 1].end;
    }
    if (!joined) continue;
    a.end = b.end;
    if (whole) a.text = text(a.start, b.end);
    out.splice(x + 1, 1);
    x--;
  }
  return out;
}


/** Whether tokens a..b are words of a body's name only (titles.json org words: "Defence Production"): a portfolio, no name. */
function portfolioOnly(tokens: Token[], a: number, b: number, lex: Lexicon): boolean {
  for (let j = a; j < b; j++) if (!lex.orgWords.has(withoutPossessive(tokens[j].lower))) return false;
  return true;
}

/** Tokens a..b lowercased and joined as a phrase of a word list ("dato' seri", "tan sri"). */
export function phrase(tokens: Token[], a: number, b: number): string {
  let s = '';
  for (let i = a; i < b; i++) s += (i > a && tokens[i].start > tokens[i - 1].end ? ' ' : '') + tokens[i].lower;
  return s;
}

/**
 * The one-word forms by which a text may go on to call the people it named in full: each word of
 * a full name ("Bui Thanh Son" -> "Bui", "Thanh", "Son") and the registry's short form.
 */
export function shortFormsOf(analyses: { names: NameMention[] }[], people: { people: Map<string, { given?: string }> }, lex?: Lexicon): ShortForms {
  const out: ShortForms = new Set<string>() as ShortForms;
  out.confirmed = new Set<string>();
  out.han = new Set<string>();
  const phrases = lex?.traits.titles === 'phrases';
  const familyArticles = lex?.book('persons').optionalWords('persons/family-name-articles');
  for (const a of analyses) {
    for (const m of a.names) {
      // Vietnamese: the last syllable of a name ("ông Sơn"); Chinese: only the registry's short form (宋赛)
      if (phrases) {
        // Chinese: a name a title introduced, written again alone (国家副主席明德… 明德表示): the whole name
        if (!lex!.traits.spaces && m.source === 'titled' && m.end - m.start >= 2 && m.end - m.start <= 12) out.han.add(m.text);
        // (a name a title introduced in transliteration with a middle dot, 蓬沙万·西提冯, 安东尼·布林肯: the part before the dot
        // and the part after it, as the text writes it again, 蓬沙万 of a Lao name, 布林肯 of a Western one; h-zv30)
        if (!lex!.traits.spaces && m.source === 'titled' && /[·•・]/u.test(m.text)) {
          const parts = m.text.split(/[·•・]/u);
          for (const part of [parts[0], parts[parts.length - 1]]) if (part.length >= 2 && /^\p{Script=Han}+$/u.test(part)) out.han.add(part);
        }
        // Chinese: a name of two to four characters (a Han name, or one written in its own characters: 石破茂, 洪玛奈), whose
        // family name the text may write again before a title (王部长, 石破首相)
        if (!lex!.traits.spaces && (m.source === 'titled' || m.source === 'registry') && m.end - m.start >= 2 && m.end - m.start <= 4 && /^\p{Script=Han}+$/u.test(m.text)) (out.hanFull ??= new Set()).add(m.text);
        // the registry's given name in its ASCII spelling ("Trong") only for a name written without
        // diacritics: in "Nguyễn Phú Trọng" the short form is "Trọng", and "Trong" is the word "in"
        const given = m.personId ? people.people.get(m.personId)?.given : undefined;
        if (given && (!lex!.traits.spaces || !LATIN_DIACRITIC.test(m.text))) out.add(given.toLowerCase());
        if (lex!.traits.spaces && m.text.includes(' ')) out.add(m.text.split(/\s+/).pop()!.toLowerCase());
        continue;
      }
      const words = m.text.split(/\s+/);
      // one-word names count when a title introduced them ("Ambassador Sutrisno")
      if (words.length < 2 && m.source !== 'registry' && m.source !== 'short') continue;
      for (const w of words) if (w.length > 1 && !/\.$/.test(w)) out.add(w.toLowerCase());
      // ("Salim bin Nasser Al Harthy" ... "Al-Harthy": the family name with its article, written joined; persons/family-name-articles)
      for (let i = 0; i + 1 < words.length; i++) if (familyArticles?.has(words[i].toLowerCase())) out.add(`${words[i]}-${words[i + 1]}`.toLowerCase());
      const given = m.personId ? people.people.get(m.personId)?.given : undefined;
      if (given) { out.add(given.toLowerCase()); out.confirmed.add(given.toLowerCase()); }
      // a word of a name that a title or the registry vouches for is a name in this text even when it is
      // also a common word ("Park Jin" ... "Hayashi and Park")
      if (words.length >= 2 && (m.source === 'registry' || m.source === 'titled')) for (const w of words) if (w.length > 1) out.confirmed.add(withoutPossessive(w).toLowerCase());
    }
  }
  return out;
}

/**
 * How many tokens at i a common word spans that opens with a syllable given names have and is capitalised inside the
 * names of bodies (Trung ương, Chính phủ: persons/capitalised-compounds); 0 when none or the pack has no such list.
 */
function compoundAt(lex: Lexicon, tokens: Token[], i: number): number {
  const persons = lex.book('persons');
  if (!persons.has('persons/capitalised-compounds')) return 0;
  return persons.wordTrie('persons/capitalised-compounds').longest(tokens, i)?.[0] ?? 0;
}

/** One-word forms of the text's names; `confirmed`: those vouched for by a title or the registry. */
export type ShortForms = Set<string> & { confirmed: Set<string>; han?: Set<string>; hanFull?: Set<string> };

/**
 * Adds one-word mentions of known names that stand alone ("Minh expressed", "Wang said"), not
 * inside a longer capitalised run ("Lang Son", "Ho Chi Minh City").
 */
export function addShortNames(tokens: Token[], names: NameMention[], titles: TitleMention[], countries: CountryMention[], forms: ShortForms, lex: Lexicon): NameMention[] {
  if (lex.traits.spaces) names = rankedShortForms(tokens, names, forms, lex);
  const covered = new Set<number>();
  for (const m of names) for (let i = m.start; i < m.end; i++) covered.add(i);
  for (const t of titles) for (let i = t.start; i < t.end; i++) covered.add(i);
  for (const c of countries) for (let i = c.start; i < c.end; i++) covered.add(i);
  const added: NameMention[] = [];
  if (!lex.traits.spaces) {
    // a family name written again before a title, as the press calls a person it named in full (王部长, 李总理, 石破首相,
    // 裴外长: persons/family-name-title): the first one or two characters of one name of the text alone, right before a
    // title, after no character of a name; the mention is that name's
    const familyTitle = lex.book('persons').has('persons/family-name-title') ? lex.book('persons').rule('persons/family-name-title').lengths as number[] : null;
    if (forms.hanFull?.size && familyTitle) {
      const han = (t: Token | undefined) => !!t && /^\p{Script=Han}+$/u.test(t.text);
      const stops = lex.book('persons').words('persons/name-stops');
      for (const t of titles) {
        for (const len of familyTitle) {
          const i = t.start - len;
          if (i < 0) continue;
          let prefix = '';
          for (let j = i; j < t.start; j++) prefix += covered.has(j) || !han(tokens[j]) ? '\u0000' : tokens[j].text;
          if (prefix.includes('\u0000')) continue;
          const full = [...forms.hanFull].filter((h) => h.length > len && h.startsWith(prefix));
          if (full.length !== 1) continue;
          const before = tokens[i - 1];
          if (han(before) && !stops.has(before.text)) continue;
          added.push({ start: i, end: t.start, text: full[0], source: 'short', possessive: false });
          for (let j = i; j < t.start; j++) covered.add(j);
          break;
        }
      }
    }
    if (!forms.han?.size) return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
    // a name a title introduced in this text, written again alone: its characters, not inside a longer name, and for
    // a name of two the word segmenter reading them apart from what follows
    // (a country's characters opening such a name are the name's: 马里斯 of 王毅曾会见马里斯, after 泰国外长马里斯; 马里 is
    // Mali: the name runs past the country's end; the caller drops the country)
    const countryEnd = new Map<number, number>();
    for (const c of countries) countryEnd.set(c.start, c.end);
    const inCountry = new Set<number>();
    for (const c of countries) for (let j = c.start; j < c.end; j++) inCountry.add(j);
    const firsts = new Set([...forms.han].map((h) => h[0]));
    const lengths = [...new Set([...forms.han].map((h) => [...h].length))].sort((a, b) => b - a);
    for (let i = 0; i < tokens.length; i++) {
      const opensCountry = countryEnd.has(i);
      if ((covered.has(i) && !opensCountry) || !firsts.has(tokens[i].text)) continue;
      for (const len of lengths) {
        if (i + len > tokens.length) continue;
        if (opensCountry && countryEnd.get(i)! >= i + len) continue;
        let text = '';
        let free = true;
        for (let j = i; j < i + len; j++) { text += tokens[j].text; if (covered.has(j) && !(opensCountry && inCountry.has(j) && j < countryEnd.get(i)!)) free = false; }
        if (!free || !forms.han.has(text)) continue;
        if (len === 2 && (segmentsFrom(tokens, i, Math.min(tokens.length, i + 4))[0]?.length ?? 0) > 2) continue;
        added.push({ start: i, end: i + len, text, source: 'short', possessive: false });
        for (let j = i; j < i + len; j++) covered.add(j);
        break;
      }
    }
    return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
  }
  const capWord = (t: Token | undefined) => !!t && t.word && t.cap && !lex.stopwords.has(t.lower);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (covered.has(i) || !t.word || !t.cap) continue;
    const bare = withoutPossessive(t.lower);
    if (!forms.has(bare)) continue;
    // a common word ("Park", "May", "Lee") only when a name of the text vouches for it and no number follows ("May 5")
    if (lex.stopwords.has(bare) && (!forms.confirmed.has(bare) || /^\d/.test(tokens[i + 1]?.text ?? ''))) continue;
    if (capWord(tokens[i + 1]) && !POSSESSIVE.test(t.text)) continue;
    if (i > 0 && capWord(tokens[i - 1]) && !covered.has(i - 1)) continue;
    // "Trụ sở Trung ương Đảng", "Văn phòng Chính phủ": the opening syllable of a common word, no name
    if (compoundAt(lex, tokens, i) > 1) continue;
    added.push({ start: i, end: i + 1, text: withoutPossessive(t.text), source: 'short', possessive: POSSESSIVE.test(t.text) });
  }
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}

/**
 * "Admiral Dong, for his part, said": a rank (persons/military-ranks) read with one word after it as a name of two words, where that word is the short form of a name of the text (Admiral Dong Jun), is that name written again.
 */
function rankedShortForms(tokens: Token[], names: NameMention[], forms: ShortForms, lex: Lexicon): NameMention[] {
  const persons = lex.book('persons');
  if (!persons.has('persons/military-ranks')) return names;
  const ranks = persons.wordTrie('persons/military-ranks');
  let out: NameMention[] | null = null;
  for (let k = 0; k < names.length; k++) {
    const m = names[k];
    if (m.source !== 'pattern') continue;
    // (a rank only: a peer's style is part of the name, "Lord Collins")
    const h = ranks.longest(tokens, m.start);
    if (!h || m.start + h[0] !== m.end - 1) continue;
    const t = tokens[m.end - 1];
    if (!forms.has(withoutPossessive(t.lower))) continue;
    (out ??= [...names])[k] = { start: m.end - 1, end: m.end, text: withoutPossessive(t.text), source: 'short', possessive: POSSESSIVE.test(t.text) };
  }
  return out ?? names;
}

const honorificEndsMemo = new WeakMap<Token[], Set<number>>();
/**
 * Where each honorific or rank before a name ends in a sentence's tokens (ông, đồng chí, Thượng tướng), looked up once per
 * sentence for the pipeline's check of countries ending names and for the name reader.
 */
export function honorificEndsOf(tokens: Token[], lex: Lexicon): Set<number> {
  let ends = honorificEndsMemo.get(tokens);
  if (!ends) {
    ends = new Set<number>();
    for (let i = 0; i < tokens.length; i++) { const h = lex.honorifics.longest(tokens, i); if (h) ends.add(i + h[0]); }
    honorificEndsMemo.set(tokens, ends);
  }
  return ends;
}

/**
 * Names in a language whose titles are phrases (Vietnamese, Chinese): the registry's spellings in any
 * script ("王毅", "Vương Nghị", "宋赛·西潘敦"), and the name right after a title or an honorific that
 * the registry does not know: capitalised syllables in Vietnamese ("Bộ trưởng Ngoại giao Lê Văn A"),
 * two or three characters in Chinese up to a word that cannot continue a name ("外长王强在…": 王强), longer
 * for a transliteration with "·".
 *
 * @param stops words that end a name (data/lang/<language>/persons.json `persons/name-stops`)
 */
export function recognizeNamesInPhrases(tokens: Token[], titles: TitleMention[], countries: CountryMention[], k: NameKnowledge,
  registryAt: (i: number) => [number, string[]] | null, stops: Set<string>, surnames: Set<string> = new Set(),
  places: PlaceSpans | null = null): NameMention[] {
  const { lex } = k;
  const n = tokens.length;
  const blocked = new Uint8Array(n + 1);
  for (const c of countries) for (let i = c.start; i < c.end; i++) blocked[i] = 1;
  for (const t of titles) for (let i = t.start; i < t.end; i++) blocked[i] = 1;
  // a place of the language's own names holds no name inside it (安卡拉 is Ankara, not the name 卡拉), and a name
  // written like a place is the place after a preposition of place (在马斯喀特): see placeWins
  // (most sentences name no such place: no table then)
  const placeOf = places?.spans.length ? new Int32Array(n + 1).fill(-1) : null;
  if (placeOf) for (let j = 0; j < places!.spans.length; j++) for (let i = places!.spans[j][0]; i < places!.spans[j][1]; i++) placeOf[i] = j;
  /** whether a place holds the tokens [a, b) of a registry name: longer than it, or as long and after a preposition of place */
  const placeWins = (a: number, b: number): boolean => {
    if (!placeOf) return false;
    for (let i = a; i < b; i++) {
      const j = placeOf[i];
      if (j < 0) continue;
      const [ps, pe] = places!.spans[j];
      if (pe - ps > b - a) return true;
      if (ps === a && pe === b && places!.afterPreposition(ps)) return true;
    }
    return false;
  };
  const spaced = lex.traits.spaces;
  const joinText = (a: number, b: number) => tokens.slice(a, b).map((t, j) => (j > 0 && spaced && t.start > tokens[a + j - 1].end ? ' ' : '') + t.text).join('');
  const { out, taken, push } = claimedNames(n);
  const isHan = (t: Token) => !spaced && t.word && !/^\p{N}/u.test(t.text);
  /** a stop word (one or two tokens) starting at i */
  const abbreviations = nameAbbreviations(lex);
  const persons = lex.book('persons');
  const particles = spaced && persons.has('persons/name-particles') ? persons.words('persons/name-particles') : new Set<string>();
  // (the opening syllable of a Central Highlands name, "Y Thanh Hà Niê Kđăm": the name runs to six syllables)
  const longOpeners = spaced ? persons.optionalWords('persons/long-name-openers') : new Set<string>();
  const translit = !spaced && persons.has('persons/transliteration-characters') ? persons.words('persons/transliteration-characters') : new Set<string>();
  /** whether a word that ends a name, of up to four characters, starts at token i (a script without spaces) */
  const notNameEnds = !spaced ? persons.optionalWords('persons/not-name-ends') : new Set<string>();
  const wordNameFollowers = !spaced ? persons.optionalWords('persons/word-name-followers') : new Set<string>();
  const notNameBeforeHonorific = !spaced ? persons.optionalWords('persons/not-name-before-honorific') : new Set<string>();
  const messageRule = !spaced && persons.has('persons/name-after-message-verbs') ? persons.rule('persons/name-after-message-verbs') : null;
  const messageVerbs = messageRule ? persons.wordTrie('persons/name-after-message-verbs') : null;
  const messageEnds = messageRule ? persons.fieldWords('persons/name-after-message-verbs', 'ends') : new Set<string>();
  const wordNotNames = !spaced && persons.has('persons/word-name-followers') ? persons.fieldWords('persons/word-name-followers', 'not_names') : new Set<string>();
  const stopFrom = (i: number) => {
    let w = '';
    for (let j = i; j < Math.min(n, i + 4); j++) { w += tokens[j].lower; if (stops.has(w)) return true; }
    return false;
  };
  const stopAt = (i: number) => stops.has(tokens[i].lower) || (i + 1 < n && stops.has(tokens[i].lower + (spaced ? ' ' : '') + tokens[i + 1].lower));

  /** the character at token i is one of the transliteration tables, in its simplified form (頓 read as 顿) or as written */
  const isTranslit = (i: number) => translit.has(tokens[i].lower) || translit.has(tokens[i].text);
  const openers = !spaced ? persons.optionalWords('persons/transliteration-openers') : new Set<string>();
  /** a foreign name in transliteration characters starting at i (two to seven characters), as its end, or i */
  const translitMemo = new Map<number, number>();
  const transliterated = (i: number): number => {
    if (!translit.size || !isHan(tokens[i]) || !(isTranslit(i) || openers.has(tokens[i].lower))) return i;
    // asked again for the same character (a registry hit, then the name after a title): the word segmenter runs once
    const known = translitMemo.get(i);
    if (known !== undefined) return known;
    const end = transliteratedEnd(i);
    translitMemo.set(i, end);
    return end;
  };
  const transliteratedEnd = (i: number): number => {
    // a character that opens a Lao or Thai name only (通 of 通沙万: persons/transliteration-openers) counts in the first place
    const inName = (k: number) => isTranslit(k) || (k === i && openers.has(tokens[k].lower));
    const seg = segmentsFrom(tokens, i, Math.min(n, i + MAX_TRANSLIT + 3));
    let end = i;
    let single = false;
    for (const w of seg) {
      // the segmenter may glue the name's last character to a word that ends it (冯在 of 维莱冯在万象)
      // or to the first character of a word of more that ends it (斯通电话 of 冈萨雷斯通电话)
      // (the character cut from that word is a piece of one character: the name is no word of the language even when
      // the segmenter read its first characters as one, 马里 of 马里斯通电话)
      if (w.length === 2 && inName(end) && blocked[end] !== 1 && end + 1 - i <= MAX_TRANSLIT && (stops.has(w[1]) || stopFrom(end + 1))) { end += 1; single = true; break; }
      // (a word of three the segmenter knows, all of transliteration characters, is a piece of the name: 马丁尼 of 马丁尼兹)
      if ((w.length > 2 && !(w.length === 3 && [0, 1, 2].every((j) => inName(end + j)))) || stops.has(w) || end + w.length - i > MAX_TRANSLIT) break;
      let ok = true;
      for (let j = 0; j < w.length; j++) if (blocked[end + j] === 1 || !inName(end + j)) ok = false;
      if (!ok) break;
      if (w.length === 1) single = true;
      end += w.length;
    }
    // a name the segmenter knows as one word of two (哈桑, 阿里), standing alone up to a word that ends a name
    // or a punctuation mark (总统哈桑。, 外长阿里会见): a name; a word of the language runs on (安全问题); the word that ends
    // it may be read apart by the segmenter (外长哈桑通电话: 通/电话, the stop 通电话 read over the characters)
    if (!single && end - i === 2 && seg.length > 1 && (stops.has(seg[1]) || stopFrom(end) || (end < n && !tokens[end].word))) single = true;
    return end - i >= 2 && single ? end : i;
  };

  /** an unknown name starting at i, as its end, or i */
  const unknownName = (i: number): number => {
    let m = i;
    if (spaced) {
      const lead = abbreviatedFirstName(tokens, i, abbreviations) ? 2 : 0;
      m = i + lead;
      let extra = 0;
      const most = m < n && tokens[m].cap && longOpeners.has(tokens[m].lower) ? 6 : 4;
      for (;;) {
        // a word that ends a name is a lowercase word of the language: written capitalised inside the name, it is one
        // of the name's syllables ("Lê Minh Hoan": hoan of hoan nghênh); only the name's first word is asked
        while (m < n && m - i - extra < most + lead && tokens[m].word && tokens[m].cap && blocked[m] !== 1 && (m > i + lead || !stopAt(m)) && !/^\p{N}/u.test(tokens[m].text)) m++;
        // "Kees van Baar", "Lula da Silva": particles between two capitalised words of the name
        if (m === i + lead || m >= n || !particles.has(tokens[m].lower)) break;
        let q = m;
        while (q < n && q - m < 3 && tokens[q].word && particles.has(tokens[q].lower)) q++;
        if (q < n && tokens[q].word && tokens[q].cap && blocked[q] !== 1 && !stopAt(q)) { extra += q - m; m = q; } else break;
      }
      while (m > i + lead && particles.has(tokens[m - 1].lower)) m--;
      return m - i - lead >= (lead ? 1 : 2) ? m : i;
    }
    // a transliterated name with a middle dot ("宋赛·西潘敦"): the characters around the dots
    let dot = false;
    while (m < n && blocked[m] !== 1 && m - i < MAX_DOTTED_NAME) {
      const t = tokens[m];
      if (t.text === '·' || t.text === '•' || t.text === '・') { if (m === i) break; dot = true; m++; continue; }
      if (!isHan(t) || (m > i && stopAt(m))) break;
      m++;
    }
    if (dot) { while (m > i && tokens[m - 1].text === '·') m--; return m - i >= 3 ? m : i; }
    // a foreign name without its given name or dot (外长巴速坤的邀请, 总统普拉博沃举行): characters of the transliteration
    // tables, in pieces of one or two characters for the word segmenter (a word of the language is none: 安全, 黎明)
    let foreign = transliterated(i);
    // a double family name joined by a hyphen (马丁内斯-阿查, 范克拉韦伦-阿尔瓦雷斯): both parts
    if (foreign > i && foreign + 1 < n && NAME_HYPHENS.has(tokens[foreign].text) && blocked[foreign + 1] !== 1) {
      const second = transliterated(foreign + 1);
      if (second >= foreign + 3) foreign = second;
    }
    // a Chinese name whose family name and first given character are also transliteration characters (林佳龙):
    // the longer reading
    if (foreign > i) { const han = hanFamilyName(i); return han > foreign ? han : foreign; }
    const han = hanFamilyName(i);
    return han > i ? han : wordName(i);
  };
  /** after a title, a family name and a given name that are together a word of the language (明德, 和平, 高飞), before a
   * word that follows a name there (persons/word-name-followers), a mark or a day: its end, or i */
  const wordName = (i: number): number => {
    if (!wordNameFollowers.size || i + 2 > n || !surnames.has(tokens[i].lower) || !isHan(tokens[i]) || !isHan(tokens[i + 1]) || blocked[i] === 1 || blocked[i + 1] === 1) return i;
    if (segmentsFrom(tokens, i, Math.min(n, i + 4))[0]?.length !== 2 || wordNotNames.has(tokens[i].lower + tokens[i + 1].lower)) return i;
    const next = tokens[i + 2];
    if (!next || !next.word || /^\p{N}/u.test(next.text)) return i + 2;
    let w = '';
    for (let j = i + 2; j < Math.min(n, i + 5); j++) { w += tokens[j].lower; if (wordNameFollowers.has(w)) return i + 2; }
    return i;
  };
  /** a Chinese name from a family name at i (one character, or two: 欧阳), as its end, or i */
  const hanFamilyName = (i: number): number => {
    // a family name of two characters (欧阳, 司马, 上官 in persons/surnames), then one or two of the given name
    if (i + 2 < n && isHan(tokens[i]) && isHan(tokens[i + 1]) && surnames.has(tokens[i].lower + tokens[i + 1].lower) && blocked[i + 1] !== 1) {
      let end = i + 2;
      for (const w of segmentsFrom(tokens, end, Math.min(n, end + 6))) {
        if (end + w.length - i > 4 || stops.has(w) || blocked[end] === 1 || !isHan(tokens[end])) break;
        end += w.length;
      }
      if (end > i + 2) return end;
    }
    // else a family name standing as a word of its own, then one or two characters up to a word that cannot continue it
    if (!surnames.has(tokens[i].lower) || !isHan(tokens[i])) return i;
    const seg = segmentsFrom(tokens, i, Math.min(n, i + 8));
    // a family name the word segmenter glues to the first given character as a word (蓝天|立, 马凯|旋): three
    // characters, the last a word of its own that no name ends with (高兴|地 is no name), then a word that ends a name
    if (seg.length >= 2 && seg[0].length === 2 && seg[1].length === 1 && !stops.has(seg[1]) && !notNameEnds.has(seg[1])
      && blocked[i + 1] !== 1 && blocked[i + 2] !== 1 && isHan(tokens[i + 1]) && isHan(tokens[i + 2])
      && (i + 3 >= n || !isHan(tokens[i + 3]) || stopFrom(i + 3))) return i + 3;
    if (!seg.length || seg[0].length !== 1) return i;
    let end = i + 1;
    for (let k = 1; k < seg.length; k++) {
      const w = seg[k];
      // (the segmenter may glue the name's last character to a word that ends it: 忠也 of 副委员长李鸿忠也会见了, 平还;
      // or to the first character of a word of more that ends it: 雄一|行 of 总领事黎德雄一行)
      if (w.length === 2 && end + 1 - i <= 3 && (stops.has(w[1]) || stopFrom(end + 1)) && blocked[end] !== 1 && isHan(tokens[end]) && !stops.has(w[0])) { end += 1; break; }
      // (nor a word that ends it, cut by the segmenter into pieces: 通|电话 of 孔博通电话 is 通电话; h-zv33)
      if (end - i >= 2 && stopFrom(end)) break;
      if (end + w.length - i > 3 || stops.has(w) || blocked[end] === 1 || !isHan(tokens[end])) break;
      end += w.length;
    }
    return end - i >= 2 ? end : i;
  };

  // a name in the characters of a state that writes its people's names in them (日本众议院议长额贺福志郎, 韩国国会议长禹元植):
  // after a title of that state, as many Han characters as its names hold, up to a word or mark that ends a name
  const hanLengths = !spaced && persons.has('persons/han-name-countries')
    ? persons.rule('persons/han-name-countries').lengths as Record<string, [number, number]> : null;
  const hanName = (i: number, [least, most]: [number, number]): number => {
    if (stopFrom(i)) return i;
    for (let end = i; end < Math.min(n, i + most); end++) {
      if (!isHan(tokens[end]) || tokens[end].text.length !== 1 || blocked[end] === 1 || taken[end] === 1) return i;
      if (end + 1 - i >= least && (end + 1 === n || !isHan(tokens[end + 1]) || stopFrom(end + 1))) return end + 1;
    }
    return i;
  };

  const bodiesAfter = spaced ? lex.book('titles').optionalWords('title/body-after') : new Set<string>();
  const titleEnds = new Set(titles.map((t) => t.end));
  // where an honorific or a rank before a name ends (ông, đồng chí, Thượng tướng): a name may start there
  const honorificEnds = spaced ? honorificEndsOf(tokens, lex) : new Set<number>();
  // 1. names the registry knows, in any script
  for (let i = 0; i < n; i++) {
    if (blocked[i] === 1 || (spaced && !tokens[i].cap)) continue;
    const hit = registryAt(i);
    if (!hit) continue;
    const [len, ids] = hit;
    // a registry spelling that opens a longer rank or honorific (Trung of Trung tướng, a lieutenant general): no name
    if (spaced) { const h = lex.honorifics.longest(tokens, i); if (h && h[0] > len) continue; }
    // nor a common word that opens with it (Trung of Trung ương, Chính of Chính phủ: persons/capitalised-compounds)
    if (spaced && compoundAt(lex, tokens, i) > len) continue;
    // a Chinese name must not run on into more name characters ("王毅" is not the start of "王毅然")
    if (!spaced && len < 2) continue;
    // a registry spelling inside a longer transliterated name after a title (外长格迪翁 holds 迪翁, 外长蒙蒂诺 holds 蒙蒂):
    // not that person; the name after the title is read whole below
    if (translit.size && isTranslit(i)) {
      if (transliterated(i) > i + len) continue;
      let k = i;
      // (up to the longest run a transliterated name has before the registry's part: 能源大臣阿卜杜勒阿齐兹 holds 阿齐兹)
      while (k > 0 && i - k + len < MAX_TRANSLIT && !titleEnds.has(k) && isHan(tokens[k - 1]) && isTranslit(k - 1) && blocked[k - 1] !== 1) k--;
      if (k < i && titleEnds.has(k)) continue;
    }
    if (places && placeWins(i, i + len)) continue;
    // a registry spelling that is a later part of a name written with middle dots (达尔金·加西亚 holds 加西亚): not that
    // person; the whole name is read after its title below (a first part, 沙伦赛 of 沙伦赛·贡玛希, is the person's given name)
    if (!spaced && MIDDLE_DOTS.has(tokens[i - 1]?.text ?? '')) continue;
    // so is the second part of a double family name joined by a hyphen after a transliterated one (范克拉韦伦-阿尔瓦雷斯)
    if (!spaced && i >= 2 && NAME_HYPHENS.has(tokens[i - 1].text) && isHan(tokens[i - 2]) && isTranslit(i - 2)) continue;
    // a first part: the whole dotted name is the name (沙伦赛·贡玛希; 菲利普·姆潘戈, whose 菲利普 the registry gives another
    // person: coreference lets the title's country decide whether it is the registry's person)
    if (!spaced && i + len + 1 < n && MIDDLE_DOTS.has(tokens[i + len].text) && isHan(tokens[i + len + 1])) {
      const whole = unknownName(i);
      if (whole > i + len + 1) {
        push({ start: i, end: whole, text: joinText(i, whole), source: 'registry', possessive: false, personId: new Set(ids).size === 1 ? ids[0] : null });
        i = whole - 1;
        continue;
      }
    }
    // a registry spelling as the first of a double family name joined by a hyphen (穆里略-维拉): the whole name, not
    // the registry's person
    if (!spaced && i + len + 1 < n && NAME_HYPHENS.has(tokens[i + len].text) && isHan(tokens[i + len + 1]) && isTranslit(i + len + 1)) {
      const whole = transliterated(i + len + 1);
      if (whole >= i + len + 3) {
        push({ start: i, end: whole, text: joinText(i, whole), source: titleEnds.has(i) ? 'titled' : 'pattern', possessive: false });
        i = whole - 1;
        continue;
      }
    }
    // one word the registry knows opening a longer name ("Anthony Blinken": not Kenny Anthony): the whole name, resolved later
    if (spaced && len === 1) {
      // a given name before it, right after a title ("Chủ tịch Thượng viện Chile José García Ruminot"): from there
      // or a family and middle name after a rank or an honorific ("Thượng tướng Nguyễn Văn Nghĩa", whose Nghĩa the
      // registry gives another person as his short form)
      let k = i;
      while (k > 0 && i - k < 3 && !titleEnds.has(k) && !honorificEnds.has(k) && tokens[k - 1].word && tokens[k - 1].cap && blocked[k - 1] !== 1 && taken[k - 1] !== 1) k--;
      // (or the start of the next name of a list of names each with its title in apposition, after a semicolon that
      // closes the title before, or after the colon of an honorific: "các đồng chí: A, Chủ tịch UBND tỉnh; Hoàng Nghĩa
      // Hiếu, Phó Bí thư Tỉnh ủy", whose Nghĩa the registry gives another person; h-zv35)
      const listed = k < i && k >= 2 && ((tokens[k - 1].text === ';' && titleEnds.has(k - 1)) || (tokens[k - 1].text === ':' && honorificEnds.has(k - 1)));
      if (k < i && (titleEnds.has(k) || honorificEnds.has(k) || listed)) {
        const from = unknownName(k);
        if (from > i) { push({ start: k, end: from, text: joinText(k, from), source: 'titled', possessive: false }); i = from - 1; continue; }
      }
      const run = unknownName(i);
      if (run > i + 1) { push({ start: i, end: run, text: joinText(i, run), source: titles.some((t) => t.end === i) ? 'titled' : 'pattern', possessive: false }); i = run - 1; continue; }
    }
    // a registry spelling of two words or more as the end of a longer name after a rank or an honorific ("Thượng tướng
    // Nguyễn Tân Cương": Tân Cương folds to another person's spelling): the whole name
    if (spaced && len >= 2) {
      let k = i;
      while (k > 0 && i - k < 2 && !titleEnds.has(k) && !honorificEnds.has(k) && tokens[k - 1].word && tokens[k - 1].cap && blocked[k - 1] !== 1 && taken[k - 1] !== 1) k--;
      if (k < i && (titleEnds.has(k) || honorificEnds.has(k))) {
        const from = Math.max(unknownName(k), i + len);
        push({ start: k, end: from, text: joinText(k, from), source: 'titled', possessive: false });
        i = from - 1;
        continue;
      }
    }
    push({ start: i, end: i + len, text: joinText(i, i + len), source: 'registry', possessive: false, personId: new Set(ids).size === 1 ? ids[0] : null });
    i += len - 1;
  }

  // 2. the name after a title or an honorific
  const starts: number[] = [];
  /** the name lengths of the state of the title that ends at a token, for a state that writes names in Han characters */
  const hanAt = new Map<number, [number, number]>();
  for (const t of titles) {
    starts.push(t.end);
    const lengths = hanLengths && t.country ? hanLengths[t.country] : undefined;
    if (lengths) hanAt.set(t.end, lengths);
  }
  for (let i = 0; i < n; i++) {
    const h = lex.honorifics.longest(tokens, i);
    if (!h) continue;
    starts.push(i + h[0]);
    // ("Cùng tiếp có các đồng chí: A, Phó Bí thư Tỉnh ủy; B, …": the list opens after the honorific's colon; h-zv35)
    if (spaced && tokens[i + h[0]]?.text === ':' && tokens[i + h[0] + 1]?.cap) starts.push(i + h[0] + 1);
  }
  // "các đồng chí A, Bí thư Tỉnh ủy X; B, Bí thư Tỉnh ủy Y; C, …": in a list of names each with its title in apposition, set
  // off by semicolons, the next name starts after the semicolon (and is one only with its own title in apposition after it)
  const listStarts = new Set<number>();
  if (spaced) for (const t of titles) if (tokens[t.start - 1]?.text === ',' && tokens[t.end]?.text === ';' && t.end + 1 < n && tokens[t.end + 1].cap) { starts.push(t.end + 1); listStarts.add(t.end + 1); }
  // (an office of both sides, 两国外长A和B: the name joined after the first one is the other side's holder of it:
  // persons/pair-office-joiners)
  const pairJoiners = spaced ? null : lex.book('persons').optionalWords('persons/pair-office-joiners');
  const bothSides = pairJoiners?.size ? lex.book('persons').optionalWords('persons/both-sides-phrases') : null;
  const pairedName = (at: number, end: number) => {
    if (!bothSides || end + 1 >= n || !pairJoiners!.has(tokens[end].lower) || taken[end + 1] === 1 || blocked[end + 1] === 1) return;
    const t = titles.find((x) => x.end === at);
    if (!t || t.start < 2 || !bothSides.has(tokens[t.start - 2].lower + tokens[t.start - 1].lower)) return;
    const e2 = unknownName(end + 1);
    if (e2 > end + 2) push({ start: end + 1, end: e2, text: joinText(end + 1, e2), source: 'titled', possessive: false });
  };
  for (const at of starts) {
    let i = at;
    while (i < n && lex.honorifics.longest(tokens, i)) i += lex.honorifics.longest(tokens, i)![0];
    if (i < n && taken[i] === 1) {
      const existing = out.find((m) => m.start === i);
      if (existing && existing.source !== 'registry') existing.source = 'titled';
      if (existing) pairedName(at, existing.end);
      continue;
    }
    // a party's or a front's name after the title is no person's (Tổng Thư ký Đảng Đại hội Dân tộc Phi: title/body-after)
    if (spaced && i < n && bodiesAfter.size && (bodiesAfter.has(tokens[i].lower) || (i + 1 < n && bodiesAfter.has(`${tokens[i].lower} ${tokens[i + 1].lower}`)))) continue;
    // nor a body's own name of capitalised common words (Đoàn đại biểu Ban Tổ chức Trung ương: persons/capitalised-compounds)
    if (spaced && i < n && compoundAt(lex, tokens, i) > 1) continue;
    const lengths = hanAt.get(at);
    const own = lengths && i < n ? hanName(i, lengths) : i;
    const end = own > i ? own : i < n ? unknownName(i) : i;
    if (listStarts.has(at) && !(tokens[end]?.text === ',' && titles.some((t) => t.start === end + 1))) continue;
    // a local leader's place closing the title before a comma or a verb (Bí thư Tỉnh ủy Quảng Ninh, đã tiếp …): the
    // place, no name; also a place that opens with the title's last word or two (tỉnh of Chủ tịch UBND tỉnh + tỉnh Quảng Ninh,
    // thành phố of Chủ tịch UBND thành phố + thành phố Đà Nẵng)
    if (spaced && end > i && placeOf && placeOf[i] >= 0 && places!.spans[placeOf[i]][0] >= at - 2 && places!.spans[placeOf[i]][0] <= i && places!.spans[placeOf[i]][1] === end && !(tokens[end]?.word && tokens[end].cap)) continue;
    if (end > i) { push({ start: i, end, text: joinText(i, end), source: 'titled', possessive: false }); pairedName(at, end); continue; }
    // a name of one character the registry knows, right after a title, standing as a word of its own (外长劳同…);
    // also where it is written like an honorific with no name after it (外长敦时: 敦 is Tun and Don)
    for (const j of i === at ? [i] : [i, at]) {
      const one = j < n && !spaced && blocked[j] !== 1 && taken[j] !== 1 && isHan(tokens[j]) ? k.oneCharNames?.get(tokens[j].lower) : undefined;
      if (!one || segmentsFrom(tokens, j, Math.min(n, j + 6))[0]?.length !== 1) continue;
      push({ start: j, end: j + 1, text: tokens[j].text, source: 'titled', possessive: false, personId: new Set(one).size === 1 ? one[0] : null });
      break;
    }
  }

  // 3. a name before an honorific that follows it ("范明政同志", "X阁下")
  for (let i = 0; i < n; i++) {
    const h = lex.honorificsAfter.longest(tokens, i);
    if (!h || i < 2) continue;
    let a = i;
    while (a > 0 && i - a < 3 && isHan(tokens[a - 1]) && blocked[a - 1] !== 1 && taken[a - 1] !== 1 && !stopAt(a - 1)) a--;
    if (i - a < 2) continue;
    // a word of the language before it is no name (充满同志情谊: "full of comradely feeling"): a name opens with a family
    // name, or its characters are no word for the word segmenter
    if (!spaced && !surnames.has(tokens[a].lower) && (segmentsFrom(tokens, a, i)[0]?.length ?? 0) >= 2) continue;
    // (a word that says which comrade, not who, right before it: 外办负责同志, 领导同志: persons/not-name-before-honorific)
    if (!spaced && notNameBeforeHonorific.size && notNameBeforeHonorific.has(segmentsFrom(tokens, a, i).at(-1) ?? '')) continue;
    push({ start: a, end: i, text: joinText(a, i), source: 'titled', possessive: false });
  }

  // 5. the addressee of a message right after its verb, the office only after 当选 / 连任 (致电X，祝贺他当选…:
  // persons/name-after-message-verbs)
  if (messageVerbs) {
    for (let v = 0; v < n; v++) {
      const hit = messageVerbs.longest(tokens, v);
      if (!hit) continue;
      const i = v + hit[0];
      if (i >= n || taken[i] === 1 || blocked[i] === 1) continue;
      const foreign = transliterated(i);
      const end = Math.max(foreign, hanFamilyName(i));
      if (end <= i || end >= n) continue;
      let w = '';
      let closed = false;
      for (let j = end; j < Math.min(n, end + 4) && !closed; j++) { w += tokens[j].text; closed = messageEnds.has(w); }
      if (closed) push({ start: i, end, text: joinText(i, end), source: 'titled', possessive: false });
    }
  }

  // 4. a Chinese name before a title an embassy's page writes after it (9月4日，周明远大使拜会…: title/after-name): a
  // family name and one or two characters that open a clause, right before the title
  const afterName = spaced ? null : lex.titlesAfterName;
  if (afterName) {
    for (let i = 2; i < n; i++) {
      if (!afterName.longest(tokens, i) || taken[i - 1] === 1) continue;
      for (const a of [i - 2, i - 3, i - 4]) {
        if (a < 0 || taken[a] === 1) continue;
        // a family name the word segmenter glues to the first given character (高远, 周明|远: a name of a character that
        // is also a word) is a name here, where the title after it says so
        let glued = false;
        if (hanFamilyName(a) !== i) {
          const seg = segmentsFrom(tokens, a, i);
          glued = surnames.has(tokens[a].lower) && seg[0]?.length === 2 && seg.join('').length === i - a && i - a <= 3
            && tokens.slice(a, i).every((t, j) => isHan(t) && blocked[a + j] !== 1);
          if (!glued) continue;
        }
        const before = tokens[a - 1];
        if (a > 0 && isHan(before) && !stopAt(a - 1) && before.text !== '日' && before.text !== '的') continue;
        push({ start: a, end: i, text: joinText(a, i), source: 'titled', possessive: false });
        break;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The countries of a sentence less those that open a longer name the registry knows: "Israel" of "Bộ trưởng Ngoại
 * giao Israel Israel Katz" (the second), 巴西 (Brazil) of 黎巴嫩外长巴西勒. Without spaces between words a name
 * wins only right after a title (外长巴西勒), where the press puts a name; 巴西勒令… stays Brazil.
 */
export function countriesOutsideNames(tokens: Token[], countries: CountryMention[], titles: TitleMention[],
  registryAt: (i: number) => [number, string[]] | null, spaced: boolean, translit: Set<string> = new Set()): CountryMention[] {
  return countries.filter((c) => {
    // a transliterated name that opens with a country's characters (马里斯 of 泰国外长马里斯: 马里 is Mali), right after a
    // title that has its own country, where a name stands: the name, when a transliteration character goes on after it
    if (!spaced && translit.has(tokens[c.end]?.lower ?? '') && titles.some((t) => t.end === c.start && t.country && t.country !== c.code)) return false;
    // one closing the last part of a name written with middle dots (阿卜杜拉·本·图克·阿勒马里: 马里 is Mali), up to three
    // transliteration characters after the dot: the name's
    if (!spaced) {
      let k = c.start;
      while (k > 0 && c.start - k < 3 && translit.has(tokens[k - 1].lower)) k--;
      if (k > 1 && MIDDLE_DOTS.has(tokens[k - 1].text) && /^\p{Script=Han}$/u.test(tokens[k - 2].text)) return false;
      // (or a name without its dots right after a title of another country, where the line or clause ends: 阿联酋经济部长阿勒马里;
      // 国务卿鲁比奥越南之行 keeps its country)
      if (k < c.start && !/^\p{Script=Han}$/u.test(tokens[c.end]?.text ?? '') && titles.some((t) => t.end === k && t.country && t.country !== c.code)) return false;
    }
    const hit = registryAt(c.start);
    if (!hit || hit[0] <= c.end - c.start) return true;
    if (spaced) return !tokens[c.start + hit[0] - 1]?.cap;
    return !titles.some((t) => t.end === c.start);
  });
}

/**
 * The countries of a sentence less one-word countries that end a person's name written after a title (Vietnamese
 * given names Anh, Đức, Mỹ, Nhật are also the names of Britain, Germany, America and Japan: "Thứ trưởng Ngoại giao
 * Nguyễn Minh Anh đã …"): after a title, two or three capitalised words, then the country, then no capitalised word;
 * or one in the middle of a name of up to four words (Nguyễn Đức Chi, Nguyễn Sinh Nhật Tân). A country right after the title ("Bộ trưởng Quốc phòng Đức Boris Pistorius") stays a country.
 */
export function countriesEndingNames(tokens: Token[], countries: CountryMention[], titles: TitleMention[], honorificEnds: Set<number> = new Set()): CountryMention[] {
  if (!countries.length || (!titles.length && !honorificEnds.size)) return countries;
  // (or after a form of address or a rank, "đồng chí Phạm Đức Minh, Bí thư Tỉnh ủy", "Thượng tướng Lê Mỹ Hòa")
  const titleEnds = new Set([...titles.map((t) => t.end), ...honorificEnds]);
  const inTitle = new Uint8Array(tokens.length + 1);
  for (const t of titles) for (let i = t.start; i < t.end; i++) inTitle[i] = 1;
  return countries.filter((c) => {
    if (c.end - c.start !== 1 || inTitle[c.start] === 1) return true;
    const next = tokens[c.end];
    let k = c.start;
    while (k > 0 && c.start - k < 3 && tokens[k - 1].word && tokens[k - 1].cap && inTitle[k - 1] !== 1) k--;
    if (!titleEnds.has(k)) return true;
    // a middle name (Nguyễn Đức Chi, Nguyễn Sinh Nhật Tân): after a title, a family name (and a middle name), the
    // country, then a capitalised syllable that ends the name (no more than four in all)
    if (next && next.word && next.cap) {
      if (c.start - k < 1) return true;
      let m = c.end;
      while (m < tokens.length && m - k < 5 && tokens[m].word && tokens[m].cap) m++;
      return m - k > 4;
    }
    return !(c.start - k >= 2);
  });
}

/** The places of a sentence in the language's own words, as token spans, longest first from the left. */
export interface PlaceSpans {
  spans: [number, number][];
  /** the country of each span's place, in the order of `spans` */
  countries?: string[];
  /** whether a preposition of place ends right before token i (在, 抵达) */
  afterPreposition: (i: number) => boolean;
}

/** How many characters, dots included, a Chinese name written with middle dots may hold: an Arabic name with its
 * nasab and family (阿卜杜拉·本·扎耶德·阿勒纳哈扬) runs to 15. */
const MAX_DOTTED_NAME = 20;

/** The dots between the parts of a foreign name in Chinese (宋赛·西潘敦). */
/** The most characters of a foreign name written without its dots (普穆拉尼马兹布科: eight; names of ten are rare). */
const MAX_TRANSLIT = 10;

const MIDDLE_DOTS = new Set(['·', '•', '・', '‧']);
/** The hyphens between the two family names of a foreign name in Chinese (马丁内斯-阿查). */
const NAME_HYPHENS = new Set(['-', '－', '‐', '‑']);

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The words (as ICU's dictionary cuts them) of the characters of tokens [from, to). */
function segmentsFrom(tokens: Token[], from: number, to: number): string[] {
  let text = '';
  for (let i = from; i < to && tokens[i].text.length === 1; i++) text += tokens[i].lower;
  return [...wordSegmenter.segment(text)].map((s) => s.segment);
}
