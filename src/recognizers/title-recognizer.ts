/**
 * Titles: runs of modifiers and heads from the title lexicon ("Deputy Prime Minister"), conjoined
 * ("... and Foreign Minister"), completed by "of ..." complements of org words, countries and places
 * ("Minister of Foreign Affairs", "member of the Political Bureau of the Communist Party of China's
 * Central Committee"). The country a title states comes from an adjective or possessive before it
 * ("Chinese", "China's") or from its complement ("of China"), never from "Ambassador to X".
 */
import type { Lexicon } from '../knowledge/lexicon.js';
import { titleRole } from '../knowledge/lexicon.js';
import type { Gazetteer } from '../knowledge/gazetteer.js';
import type { CountryMention, TitleMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import { withoutPossessive } from '../text/tokenizer.js';

/** The most portfolios a title's list may name after its first ("of Development, Industry, Foreign Trade and Services"). */
const MAX_PORTFOLIOS = 6;
/** A numbered gathering's short name written before an office it confers ("COP31 President", "G20 Sherpa"). */
const GATHERING_MARK = /^[A-Z]{1,5}-?\d{1,3}$/;
/** A second holder's number written after a portfolio ("Minister of Foreign Affairs II"). */
const ORDINAL_AFTER_TITLE = /^(?:II|III)$/;
/** The most words of a portfolio's remit before its noun that the lexicon need not know ("Amiri Diwan Affairs"). */
const REMIT_RUN = 3;
/** Words that join a complement's words and are never a portfolio of their own. */
const FUNCTION_WORDS = new Set(['and', 'for', 'on', 'of', 'the', 'to', 'in', 'with']);

/** The most words of a ministry's field between a country and a minister's title (工业和贸易: three). */
const MAX_FIELD_WORDS = 8;
/** How many characters a body's name between a country and its head's title may hold (议会下院, 国家复兴运动党). */
const MAX_BODY_NAME_CHARS = 12;
/** How many characters the city or province of an envoy's post may hold between 驻 and the title (驻符拉迪沃斯托克). */
const MAX_POST_PLACE_CHARS = 8;
/** How many words a party's name between a title and its country may hold (Đảng + Đại hội Dân tộc Phi (ANC)). */
const MAX_BODY_AFTER_WORDS = 10;

/** How many capitalised words a place before a local office may have ("Ho Chi Minh City Party Secretary"). */
const MAX_PLACE_BEFORE_TITLE = 4;
/** Prepositions after which a country's name is a place, not an adjective of the title after it ("in Kenya Foreign Minister ..."). */
const PLACE_PREPOSITIONS = new Set(['in', 'to', 'from', 'at', 'of', 'for', 'with']);

/** The most words of an office between a country or organisation and its possessive ("the UN Secretary-General's", "the AU Commission Chairperson's"). */
const MAX_OFFICE_WORDS = 3;
/** The words of a body written between a country's adjective and a title ('Lao National Assembly Vice President'). */
const MAX_BODY_BEFORE_TITLE = 2;
/** The most words of a party's own name read back from a title that opens with the party's noun. */
const MAX_PARTY_NAME_WORDS = 4;

/** Party acronyms inside titles that say the country ("Director of the CCP Central Foreign Affairs Office"). */
const PARTY_COUNTRY = new Map(Object.entries({ ccp: 'CHN', cpc: 'CHN', cpv: 'VNM', lprp: 'LAO', cpp: 'KHM', wpk: 'PRK' }));

/**
 * @param isName whether a known person's name starts at a token (a complement never swallows it:
 *   "... Minister of Foreign Affairs Wang Yi")
 */
export function recognizeTitles(tokens: Token[], countries: CountryMention[], lex: Lexicon, gaz: Gazetteer, isName: (i: number) => boolean = () => false): TitleMention[] {
  const countryAt = new Map<number, CountryMention>();
  for (const c of countries) for (let k = c.start; k < c.end; k++) countryAt.set(k, c);
  const out: TitleMention[] = [];
  const n = tokens.length;
  /** words that make a title a noun phrase of its own ("the foreign minister", "his counterpart") */
  const determiners = lex.book('persons').words('persons/determiners');
  const offices = lex.book('persons').optionalWords('persons/offices-before-names');
  // offices whose "for ..." names a remit, not the state the holder acts for ("Special Envoy for the Great Lakes")
  const remitHeads = lex.book('persons').optionalWords('persons/remit-heads');
  const remitBefore = (j: number) => j > 0 && (remitHeads.has(tokens[j - 1].lower) || (j > 1 && remitHeads.has(`${tokens[j - 2].lower} ${tokens[j - 1].lower}`)));
  // an office-holder named through the head of a state or an organisation ("the UN Secretary-General's Special Envoy")
  const officePossessive = lex.book('persons').optionalWords('persons/organisation-office-possessive');
  // "Cambodian Senate First Vice President": a body between the country's adjective and the title
  const bodiesBefore = lex.book('persons').optionalWords('persons/bodies-before-titles');
  // "Japanese Liberal Democratic Party Secretary General": a party's own name between the adjective and a title that opens
  // with the party's noun (persons/party-nouns-opening-titles)
  const partyNouns = lex.book('persons').optionalWords('persons/party-nouns-opening-titles');

  // offices that are given names too ("Amir"): an office after a determiner or a country ("the Amir", "Kuwait's Amir",
  // "Qatari Amir") or before "of" or a style opening the name ("Amir of Qatar", "Amir Sheikh X")
  const givenNameOffices = lex.book('persons').optionalWords('persons/offices-also-given-names');
  const lineageParticles = lex.book('persons').optionalWords('persons/lineage-particles');
  const officeContext = (i: number): boolean => {
    const prev = tokens[i - 1], next = tokens[i + 1], after = tokens[i + 2];
    if (prev && (determiners.has(prev.lower) || countryAt.has(i - 1))) return true;
    if (next?.lower === 'of') return true;
    return !!next && next.cap && styles.has(next.lower) && !!after && after.cap;
  };

  /** A title word (head or modifier) starting at i: [length, isHead]. */
  const memo: ([number, boolean] | null | undefined)[] = new Array(n);
  const titleWord = (i: number): [number, boolean] | null => {
    if (i >= n || !tokens[i].word) return null;
    const m = memo[i];
    if (m !== undefined) return m;
    // a known person's name that starts with a title word is a name ("Sheikh Hasina", "Prince Albert"), but for an
    // office the press writes before a ruler's name ("King Abdullah II", "Crown Prince Mohammed bin Salman")
    const hit = lex.titleTrie.longest(tokens, i);
    // (the registry is asked only where a title word starts: most tokens start none)
    if (!hit || (tokens[i].cap && isName(i) && !offices.has(tokens[i].lower) && !(i + 1 < n && offices.has(`${tokens[i].lower} ${tokens[i + 1].lower}`)))) return (memo[i] = null);
    // an office that is also a given name ("the Amir Sheikh X" but "Amir Hatami") is one only in a title's context
    if (hit[0] === 1 && givenNameOffices.has(tokens[i].lower) && !officeContext(i)) return (memo[i] = null);
    // an office word right before a lineage particle and a name ("Minister of State Sultan bin Saad Al Muraikhi"):
    // a given name, the first of "X bin Y"
    if (hit[0] === 1 && tokens[i].cap && lineageParticles.has(tokens[i + 1]?.lower ?? '') && !!tokens[i + 2]?.cap && !officeContext(i)) return (memo[i] = null);
    return (memo[i] = [hit[0], hit[1].some(Boolean)]);
  };

  // a rank between an office and a name ("Minister of National Defence General X", "Defence Minister Lt. Gen. X")
  const ranks = lex.book('persons').has('persons/military-ranks') ? lex.book('persons').wordTrie('persons/military-ranks') : null;
  /** Whether a rank starts at j and a name follows it: the title ends before the rank, which is the name's honorific. */
  const rankBeforeName = (j: number): boolean => {
    const r = ranks?.longest(tokens, j);
    if (!r) return false;
    const t = tokens[j + r[0]];
    return !!t && t.word && t.cap && !lex.orgWords.has(t.lower) && !titleWord(j + r[0]) && !countryAt.has(j + r[0]);
  };

  // a royal style that opens the name after an office ("Defence Minister Prince X", "Minister of State Sheikha X")
  const styles = lex.book('persons').optionalWords('persons/styles-opening-names');
  const styleBeforeName = (j: number): boolean => {
    const t = tokens[j], next = tokens[j + 1];
    return !!t && t.cap && styles.has(t.lower) && !!next && next.word && next.cap && !lex.orgWords.has(next.lower) && !titleWord(j + 1) && !countryAt.has(j + 1);
  };

  const fromHeads = lex.book('persons').optionalWords('persons/from-country-heads');
  const bareBodyHeads = lex.book('persons').optionalWords('persons/heads-before-bare-body');
  const envoyPost = lex.book('persons').optionalWords('persons/envoy-post-words');
  const remitNouns = lex.book('persons').optionalWords('persons/portfolio-remit-nouns');
  const ordinals = lex.book('persons').optionalWords('persons/office-ordinals');
  /** An organisation named before a portfolio's noun ("Minister of Foreign and CARICOM Affairs"): the office's remit, not its body. */
  const remitOrg = (c: CountryMention): boolean => c.form === 'org' && remitNouns.has(tokens[c.end]?.lower ?? '');
  /** Countries' names listed from k ("Chile, Peru and Bolivia", "the Philippines"): their codes and the list's end, or null. */
  const countryList = (k: number): { codes: string[]; end: number } | null => {
    const codes: string[] = [];
    let end = k;
    for (;;) {
      const at = tokens[k]?.lower === 'the' ? k + 1 : k;
      const c = countryAt.get(at);
      if (!c || c.start !== at || c.form !== 'name') break;
      codes.push(c.code); end = c.end; k = c.end;
      if (tokens[k]?.text === ',' && tokens[k + 1]?.lower === 'and') k += 2;
      else if (tokens[k]?.text === ',' || tokens[k]?.lower === 'and') k += 1;
      else break;
    }
    return codes.length ? { codes, end } : null;
  };

  /** A content word of a portfolio: an org word that is no function word, capitalised as a title writes it. */
  const portfolioWord = (k: number) => {
    const t = tokens[k];
    return !!t && t.word && t.cap && lex.orgWords.has(t.lower) && !FUNCTION_WORDS.has(t.lower) && !isName(k);
  };
  /**
   * Whether the comma at c goes on with a list of portfolios: items of capitalised portfolio words
   * separated by commas, the last after "and" (or ", and"), then the list's end (a comma, a name, the
   * sentence's end). Bounded: a list of at most MAX_PORTFOLIOS items.
   */
  const portfolioList = (c: number): boolean => portfolioListEnd(c) >= 0;
  /** Where the list of portfolios from the comma (or "and") at c ends, or -1 when none goes on there. */
  const portfolioListEnd = (c: number): number => {
    let k = c;
    for (let items = 0; items < MAX_PORTFOLIOS; items++) {
      // the separator: "," or "and" or ", and"
      let closing = false;
      if (tokens[k]?.text === ',') { k++; if (tokens[k]?.lower === 'and') { closing = true; k++; } }
      else if (tokens[k]?.lower === 'and') { closing = true; k++; }
      else return -1;
      // (an item may open with its article: "Minister of Foreign Affairs and the National Community Abroad")
      if (closing && tokens[k]?.lower === 'the' && portfolioWord(k + 1)) k++;
      // (an item may open with a people's name: "..., African Cooperation and Moroccan Expatriates", "and Senegalese Abroad")
      const people = countryAt.get(k);
      if (!portfolioWord(k) && people && people.start === k && tokens[k].cap && portfolioWord(people.end)) k = people.end;
      if (!portfolioWord(k)) return -1;
      while (portfolioWord(k)) k++;
      if (closing) return k;
    }
    return -1;
  };
  /**
   * Where a run of capitalised words from k that a portfolio's noun closes ends ("Amiri Diwan Affairs", "Awqaf and Islamic
   * Affairs", "Royal Court Affairs"), past that noun; k when none does. Bounded: REMIT_RUN words at most.
   */
  const remitRunEnd = (k: number): number => {
    const t = tokens[k];
    if (!t?.word || !t.cap || remitNouns.has(t.lower) || countryAt.has(k) || titleWord(k)) return k;
    for (let q = k + 1; q < n && q <= k + REMIT_RUN; q++) {
      const x = tokens[q];
      if (x.word && x.cap && remitNouns.has(x.lower)) return q + 1;
      if (!x.word || (!x.cap && x.lower !== 'and') || titleWord(q) || countryAt.has(q)) return k;
    }
    return k;
  };
  /** An "of ..." complement starting at i (the token after "of"): returns the end, or i when empty. */
  const complement = (i: number, remit = false): { end: number; country: string | null; all: string[] } => {
    let j = i;
    // ("Special Envoy of the UN Secretary-General on Myanmar": past "on"/"for", an envoy's complement is the remit)
    let inRemit = false;
    let country: string | null = null;
    const all: string[] = [];
    // the country named last in the complement, by name and not possessive, and where it ends: a major place of another
    // state right after it opens what follows, not the office ("Ambassador of Peru Victoria Ramos": Victoria is no
    // place of Peru's embassy but the envoy's first name; "Secretary of China's Yunnan province" goes on)
    let named: { end: number; code: string } | null = null;
    const otherStatesPlace = (at: number, words: string) => named?.end === at && (gaz.resolve(words)?.country ?? named.code) !== named.code;
    let content = 0;
    let lastContent = i;
    while (j < n) {
      const t = tokens[j];
      const low = withoutPossessive(t.lower);
      // ("Minister of Amiri Diwan Affairs Sheikh X", "Minister of Awqaf and Islamic Affairs Y": capitalised words the
      // lexicon does not know, closed within a few words by a portfolio's noun, persons/portfolio-remit-nouns, are the
      // office's remit, not a name)
      const remit = remitRunEnd(j);
      if (remit > j) { j = remit; content++; lastContent = j; continue; }
      if (t.cap && isName(j)) break;
      if (content > 0 && rankBeforeName(j)) break;
      const c = countryAt.get(j);
      if (c && inRemit) { j = c.end; content++; lastContent = j; continue; }
      // ("Minister of Foreign and CARICOM Affairs": an organisation before a portfolio's noun is the office's remit)
      if (c && remitOrg(c)) { j = c.end; content++; lastContent = j; continue; }
      if (c) {
        if (!country || c.form === 'name') country = c.form === 'org' ? country ?? c.code : c.code;
        if (!all.includes(c.code)) all.push(c.code);
        named = c.form === 'name' && !c.possessive ? { end: c.end, code: c.code } : null;
        j = c.end; content++; lastContent = j; continue;
      }
      // "the foreign ministers of India, Japan and Australia": a comma between countries of the complement
      if (t.text === ',' && all.length && countryAt.get(j + 1)) { j++; continue; }
      if (PARTY_COUNTRY.has(low)) { country ??= PARTY_COUNTRY.get(low)!; j++; content++; lastContent = j; continue; }
      // "Secretary of the Ho Chi Minh City Party Committee", "... of the Ba Ria-Vung Tau Provincial ...": a place of
      // three or four capitalised words (the longest the gazetteer knows as a major place)
      if (t.word && t.cap && !isName(j)) {
        let run = 1;
        while (run < 4 && tokens[j + run]?.word && tokens[j + run].cap && tokens[j + run].start === tokens[j + run - 1].end + 1) run++;
        let placed = 0;
        for (let k = run; k >= 3 && !placed; k--) {
          const words = tokens.slice(j, j + k).map((x, q) => (q === k - 1 ? withoutPossessive(x.text) : x.text)).join(' ');
          if (gaz.isMajor(words) && !otherStatesPlace(j, words)) { country ??= gaz.resolve(words)?.country ?? null; placed = k; }
        }
        if (placed) { j += placed; content++; lastContent = j; continue; }
      }
      // "Crown Prince of Abu Dhabi": a place of two words
      const two = t.word && t.cap && tokens[j + 1]?.word && tokens[j + 1].cap && tokens[j + 1].start === t.end + 1 ? `${t.text} ${withoutPossessive(tokens[j + 1].text)}` : null;
      if (two && !isName(j) && gaz.isMajor(two) && !otherStatesPlace(j, two)) {
        country ??= gaz.resolve(two)?.country ?? null;
        j += 2; content++; lastContent = j; continue;
      }
      // ("Minister of Trade Elizabeth Ofosu-Adjare": a place's name right after a portfolio word and before another
      // capitalised word that is no portfolio is a given name, the name's first word)
      const givenName = content > 0 && j > 0 && tokens[j - 1].word && tokens[j - 1].cap && lex.orgWords.has(tokens[j - 1].lower) && !countryAt.has(j - 1)
        && !!tokens[j + 1]?.word && tokens[j + 1].cap && !lex.orgWords.has(tokens[j + 1].lower) && tokens[j + 1].start === t.end + 1;
      if (t.word && t.cap && !givenName && !lex.orgWords.has(low) && gaz.isMajor(withoutPossessive(t.text)) && !otherStatesPlace(j, withoutPossessive(t.text))) {
        // "Secretary of the Yunnan provincial Party Committee": the place says the country
        country ??= gaz.resolve(withoutPossessive(t.text))?.country ?? null;
        j++; content++; lastContent = j; continue;
      }
      // a list of portfolios ("Minister of Development, Industry, Foreign Trade and Services"): a comma goes on
      // with the next portfolio when the list closes with "and" + portfolio words before its next comma
      if (t.text === ',' && content > 0 && j === lastContent && portfolioList(j)) { j++; continue; }
      if (t.word && lex.orgWords.has(low)) {
        // function words only inside a complement, never at its end
        if (['and', 'for', 'on', 'of', 'the', 'to', 'in', 'with'].includes(low)) {
          if (remit && (low === 'on' || low === 'for') && content > 0) inRemit = true;
          // "and" followed by a new title ("... of Foreign Affairs and Deputy Prime Minister") ends the complement
          if (low === 'and' && titleWord(j + 1)?.[1]) break;
          // "in" followed by a place says where the holder is, not what the office is: "... nations in Jakarta"
          if (low === 'in' && tokens[j + 1]?.cap && gaz.isMajor(tokens[j + 1].text)) break;
          // "Ambassador of Ecuador in Peru": after the office's country, "in" and a country name the post, not the
          // office (persons/envoy-post-words)
          const post = envoyPost.has(low) && all.length ? countryAt.get(tokens[j + 1]?.lower === 'the' ? j + 2 : j + 1) : undefined;
          if (post && post.form !== 'org' && !inRemit) { j = post.end; content++; lastContent = j; continue; }
          // "Ambassador of Peru to Kenya": "to" and a country name the host, not the office
          if (low === 'to' && content > 0 && (countryAt.has(j + 1) || (tokens[j + 1]?.lower === 'the' && countryAt.has(j + 2)))) break;
          j++; continue;
        }
        if (!t.cap && content === 0 && low !== 'party') { /* lowercase org word: "minister of trade" is fine */ }
        j++; content++; lastContent = j; continue;
      }
      // hyphenated compounds of countries: "China-Vietnam", "Viet Nam-China"
      if (t.word && t.cap && /-/.test(t.text) && t.text.split('-').every((p) => lex.orgWords.has(p.toLowerCase()) || /^\p{Lu}/u.test(p))) {
        const parts = t.text.split('-');
        if (parts.length >= 2 && parts.every((p) => p.length > 1)) { j++; content++; lastContent = j; continue; }
      }
      break;
    }
    return { end: content ? lastContent : i, country, all };
  };

  let i = 0;
  while (i < n) {
    const first = titleWord(i);
    if (!first) { i++; continue; }
    let j = i;
    let sawHead = false;
    let country: string | null = null;
    let complementCountries: string[] = [];
    let lastHeadEnd = i;
    let lastHead = '';
    for (;;) {
      if (sawHead && (rankBeforeName(j) || styleBeforeName(j))) break;
      // "Chairman Senate X", "Speaker National Assembly Y": a head written before its body with no "of" (persons/heads-before-bare-body),
      // the body's capitalised words up to the name (or a rank before it)
      if (sawHead && j === lastHeadEnd && bareBodyHeads.has(lastHead) && tokens[j]?.word && tokens[j].cap && !isName(j)) {
        const c = complement(j);
        const words = tokens.slice(j, c.end).map((x) => withoutPossessive(x.text)).join(' ');
        // (the head in title case, a body word among them: "its chairman Nelson X" is no body)
        const capped = tokens[j - 1].cap && tokens.slice(j, c.end).every((x) => x.cap || FUNCTION_WORDS.has(x.lower))
          && (tokens.slice(j, c.end).some((x) => lex.orgWords.has(x.lower) && !FUNCTION_WORDS.has(x.lower))
            // (or a province or state alone: "Chief Minister Punjab X", "Governor Sindh Y")
            || gaz.isMajor(words));
        const named = c.end < n && tokens[c.end].word && tokens[c.end].cap && (isName(c.end) || rankBeforeName(c.end) || !lex.orgWords.has(tokens[c.end].lower));
        if (c.end > j && capped && named) {
          // (a province two states have, "Punjab", says no country: the text's other clues do)
          const shared = new Set(gaz.lookup(words).filter((p) => p.kind !== 'city').map((p) => p.country)).size > 1;
          if (!shared) country ??= c.country;
          j = c.end; lastHeadEnd = j; lastHead = ''; continue;
        }
      }
      const w = titleWord(j);
      if (w) {
        if (w[1]) lastHead = tokens.slice(j, j + w[0]).map((x) => x.lower).join(' ');
        j += w[0];
        if (w[1]) { sawHead = true; lastHeadEnd = j; }
        continue;
      }
      const t = tokens[j];
      if (!t) break;
      // "Special Envoy of the President of Sudan": an envoy's office runs on over the office that sent them
      if (sawHead && j === lastHeadEnd && t.lower === 'of' && tokens[j + 1]?.lower === 'the' && titleWord(j + 2)
        && tokens.slice(i, j).some((x) => remitHeads.has(x.lower))) { j += 2; continue; }
      if (sawHead && j === lastHeadEnd && (t.lower === 'of' || t.lower === 'for') && j + 1 < n) {
        const c = complement(j + 1, tokens.slice(i, j).some((x) => remitHeads.has(x.lower)));
        // ("Personal Envoy for Western Sahara": the remit, not the state the envoy acts for)
        if (c.end > j + 1 && t.lower === 'for' && remitBefore(j)) { j = c.end; lastHeadEnd = j; continue; }
        if (c.end > j + 1) { country ??= c.country; if (c.all.length > complementCountries.length) complementCountries = c.all; j = c.end; lastHeadEnd = j; continue; }
        break;
      }
      // ("Minister of Foreign Affairs II of Brunei", "Foreign Minister II Ali Hamid": a Roman numeral in capitals right after
      // the office numbers its second holder and is the title's, persons/office-ordinals)
      if (sawHead && j === lastHeadEnd && ordinals.has(t.lower) && t.text === t.text.toUpperCase()) { j++; lastHeadEnd = j; continue; }
      // "his counterparts from Chile, Peru and Bolivia": the countries of a counterpart's office, as "of" names them
      if (sawHead && j === lastHeadEnd && t.lower === 'from' && fromHeads.has(tokens[j - 1].lower)) {
        const list = countryList(j + 1);
        if (list) { country ??= list.codes[0]; if (list.codes.length > complementCountries.length) complementCountries = list.codes; j = list.end; lastHeadEnd = j; continue; }
      }
      const toThe = t.lower === 'to' && tokens[j + 1]?.lower === 'the' ? 2 : 1;
      if (sawHead && j === lastHeadEnd && t.lower === 'to' && j + toThe < n && countryAt.get(j + toThe)) {
        // "Ambassador to Pakistan", "Ambassador of Japan to the Kingdom of Saudi Arabia": the complement names the host,
        // not the represented country
        const c = countryAt.get(j + toThe)!;
        j = c.end; lastHeadEnd = j; continue;
      }
      // ("[the] Minister for Foreign Affairs, International Business, Trade and Energy": a head that ends in its portfolio
      // goes on with a list of them, as an "of" complement does; h-en50 probe, Caribbean and Pacific governments' releases)
      if (sawHead && j === lastHeadEnd && t.text === ',' && lex.orgWords.has(tokens[j - 1].lower) && !FUNCTION_WORDS.has(tokens[j - 1].lower)) {
        const k = portfolioListEnd(j);
        // (not a list that names a state or a body: "Minister for Foreign Affairs, European Union and Cooperation" is
        // Spain's minister, the Union a portfolio; the head's own state stays the one the text gives)
        let named = false;
        for (let q = j; q < k && !named; q++) named = !!countryAt.get(q) && countryAt.get(q)!.form !== 'adjective';
        if (k >= 0 && !named && !titleWord(k)) { j = k; lastHeadEnd = j; continue; }
      }
      // (not over a comma after "the Malaysian Foreign Minister": a title with its determiner is a person of
      // its own, and the comma ends it: "In a meeting with the Malaysian Foreign Minister, President Jokowi ...")
      if (sawHead && j === lastHeadEnd && (t.lower === 'and' || (t.text === ',' && !determiners.has(tokens[i - 1]?.lower ?? '') && !determiners.has(tokens[i - 2]?.lower ?? '')) || t.text === '&')) {
        // conjoined title: "Deputy Prime Minister and Foreign Minister"; skip an adjective ("and Chinese ...")
        let k = j + 1;
        const cj = countryAt.get(k);
        if (cj && cj.form === 'adjective') k = cj.end;
        // "Minister of Environment and COP31 President": the numbered gathering an office is held at ("COP31", "G20")
        else if (t.lower === 'and' && GATHERING_MARK.test(tokens[k]?.text ?? '') && titleWord(k + 1)) k++;
        const next = titleWord(k);
        if (next) {
          // the conjunct must itself contain a head
          let m = k, head = false;
          for (let w = titleWord(m); w; w = titleWord(m)) { m += w[0]; head ||= w[1]; }
          if (head) { if (cj && !country) country = cj.code; j = k; continue; }
        }
        // ("Minister for Foreign Affairs and Tourism Ian Borg": a head that ends in its portfolio goes on with "and" and
        // more capitalised portfolio words, as an "of" complement does; h-en46)
        if (t.lower === 'and' && lex.orgWords.has(tokens[j - 1].lower) && !FUNCTION_WORDS.has(tokens[j - 1].lower) && portfolioWord(j + 1)) {
          const k = portfolioListEnd(j);
          if (!titleWord(k)) { j = k; lastHeadEnd = j; continue; }
        }
      }
      break;
    }
    if (!sawHead) { i = j > i ? j : i + 1; continue; }
    // "Minister of Foreign Affairs II Dato X", "Minister of Finance II": the number of a second holder of one portfolio
    // (Brunei's cabinet), before a capitalised name or honorific, is the title's last word, never a name
    const end = ORDINAL_AFTER_TITLE.test(tokens[lastHeadEnd]?.text ?? '') && !!tokens[lastHeadEnd + 1]?.cap && tokens[lastHeadEnd].start > tokens[lastHeadEnd - 1].end ? lastHeadEnd + 1 : lastHeadEnd;
    // country stated before the title: "Chinese", "China's", "the Lao", "U.S."
    let countryTokens: [number, number] | null = null;
    let b = i - 1;
    if (b >= 0 && tokens[b].lower === 'the') b--;
    // "Laos' deputy prime minister": a possessive written with a bare apostrophe
    const apostrophe = b >= 0 && (tokens[b].text === "'" || tokens[b].text === '’');
    if (apostrophe) b--;
    let before = b >= 0 ? countryAt.get(b) : undefined;
    // "Cambodian Senate First Vice President", "Lao National Assembly Vice President": the body's words, then the adjective
    if (!before && !apostrophe && b >= 1 && bodiesBefore.size && tokens[b].cap && tokens[b].word) {
      for (let k = b, words = 1; k >= 1 && words <= MAX_BODY_BEFORE_TITLE && tokens[k].cap && tokens[k].word; k--, words++) {
        if (!bodiesBefore.has(tokens.slice(k, b + 1).map((t) => t.lower).join(' '))) continue;
        const c = countryAt.get(k - 1);
        if (c && c.end === k && c.form === 'adjective') { before = c; break; }
      }
    }
    // "Japanese Liberal Democratic Party Secretary General", "Mongolian People's Party Chairman": the party's own name,
    // capitalised words after the adjective, then the title opening with the party's noun
    if (!before && !apostrophe && b >= 1 && partyNouns.has(tokens[i].lower) && tokens[b].cap && tokens[b].word) {
      for (let k = b, words = 1; k >= 1 && words <= MAX_PARTY_NAME_WORDS; k--) {
        const t = tokens[k];
        if (t.word) { if (!t.cap || isName(k) || countryAt.has(k)) break; words++; }
        else if (t.text !== "'s" && t.text !== '’s' && t.text !== "'" && t.text !== '’' && t.text !== '-') break;
        const c = countryAt.get(k - 1);
        // (not a place whose name opens with the adjective's word: "Lao Cai Party Secretary X" is the province's, read below)
        if (c && c.end === k && c.form === 'adjective') { if (!gaz.isMajor(tokens.slice(c.start, b + 1).map((x) => x.text).join(' '))) before = c; break; }
      }
    }
    // (a country's name used as an adjective: "New Zealand Prime Minister", "their Australian and New Zealand counterparts")
    // ("talks with Cook Islands Prime Minister X": "with" before a person is no place's preposition)
    const attributive = !!before && before.form === 'name' && before.end === i && !(before.start > 0 && PLACE_PREPOSITIONS.has(tokens[before.start - 1].lower) && tokens[before.start - 1].lower !== 'with');
    if (before && (before.form === 'adjective' || before.possessive || apostrophe || before.form === 'org' || attributive || /^[A-Z.]{2,5}$/.test(tokens[before.start].text))) {
      countryTokens = [before.start, before.end];
      if (before.form !== 'org' || !country) country = before.code;
      // "the Vietnamese and Lao foreign ministers", "Japanese, U.S. and South Korean foreign ministers": one each
      if ((before.form === 'adjective' || attributive) && !apostrophe) {
        const list = [before.code];
        let k = before.start - 1;
        while (k >= 0) {
          let j = k;
          if (tokens[j].lower === 'and') j--;
          if (j >= 0 && tokens[j].text === ',') j--;
          if (j === k || j < 0) break;
          const prev = countryAt.get(j);
          if (!prev || (prev.form !== 'adjective' && prev.form !== 'name') || list.includes(prev.code)) break;
          list.unshift(prev.code);
          countryTokens = [prev.start, countryTokens[1]];
          k = prev.start - 1;
        }
        if (list.length >= 2 && complementCountries.length < 2) { complementCountries = list; country = null; }
      }
    }
    // "the UN Secretary-General's Personal Envoy", "the AU Commission Chairperson's Special Representative": the envoy
    // acts for the organisation (or state) whose office-holder sent them, a few capitalised office words before
    if (!countryTokens && i >= 2 && withoutPossessive(tokens[i - 1].lower) !== tokens[i - 1].lower && tokens[i - 1].cap
      && tokens.slice(i, end).some((t) => officePossessive.has(t.lower))) {
      for (let k = i - 2; k >= 0 && k >= i - 1 - MAX_OFFICE_WORDS; k--) {
        const c = countryAt.get(k);
        if (c) { country = c.code; countryTokens = [c.start, i]; break; }
        if (!tokens[k].word || !tokens[k].cap) break;
      }
    }
    // a local office written after its place: "Hanoi Party Secretary X", "Quang Ninh Party Secretary Y", "Vientiane Mayor Z"
    // (a place after a preposition says where, not whose: "in Hanoi Party Secretary X said")
    if (!country && !countryTokens) {
      for (let k = i - 1; k >= 0 && k >= i - MAX_PLACE_BEFORE_TITLE && tokens[k].word && tokens[k].cap; k--) {
        const words = tokens.slice(k, i).map((t) => t.text).join(' ');
        if (isName(k) || (k > 0 && PLACE_PREPOSITIONS.has(tokens[k - 1].lower)) || !gaz.isMajor(words)) continue;
        country = gaz.resolve(words)?.country ?? null;
        if (country) break;
      }
    }
    // an organisation written as the title's own modifier: "ASEAN foreign ministers"
    // (not one before a portfolio's noun: "Minister of ASEAN Affairs", persons/portfolio-remit-nouns)
    if (!country) country = countries.find((c) => c.form === 'org' && c.start >= i && c.end <= end && !remitOrg(c))?.code ?? null;
    const text = tokens.slice(i, end).map((t, k) => (k > 0 && needsSpace(tokens[i + k - 1], t) ? ' ' : '') + t.text).join('');
    // "the Ministers of Foreign Affairs of Peru and Chile": several countries, one each (no single country)
    if (complementCountries.length >= 2 && country && !countryTokens) country = null;
    out.push({ start: i, end, text: cleanTitle(text), country, role: titleRole(text), countryTokens, ...(complementCountries.length >= 2 ? { countries: complementCountries } : {}) });
    i = end;
    // the rank after the title is the name's honorific, no title of its own ("Defence Minister General X")
    if (rankBeforeName(i)) i += ranks!.longest(tokens, i)![0];
    // a royal style after it opens the name, no title of its own ("Defence Minister Prince X")
    else if (styleBeforeName(i)) i++;
  }
  return out;
}

function needsSpace(a: Token, b: Token): boolean {
  if (b.text === ',' || b.text === '.' || b.text === "'" || b.text === ')') return false;
  if (a.text === '(') return false;
  return b.start > a.end;
}

/** Trims a title of trailing function words and leading "the". */
function cleanTitle(s: string): string {
  return s.replace(/^(?:the|a|an)\s+/i, '').replace(/[\s,]+(?:and|of|for|the)$/i, '').replace(/[\s,]+$/, '');
}

/** Roles from the most telling to the least, for a title that joins several ("副总理兼外长": foreign minister). */
const ROLE_ORDER = ['deputy_foreign_minister', 'foreign_minister', 'deputy_head_of_government', 'head_of_government', 'vice_president', 'party_leader',
  'head_of_state', 'state_councilor', 'legislature_head', 'national_security_adviser', 'foreign_affairs_commission', 'party_external_relations', 'secretary_general', 'ambassador', 'other'];

/**
 * Titles of a language whose titles are fixed phrases (Vietnamese, Chinese): the forms of
 * data/lang/<language>/titles.json, joined into one title by the language's joiners ("国务委员兼外长",
 * "中共中央政治局委员、外交部长", "Phó Thủ tướng, Bộ trưởng Ngoại giao"), with the country that stands
 * beside them ("越南外长", "Ngoại trưởng Trung Quốc"): its tokens are part of the title.
 *
 * @example
 * recognizeTitlePhrases(tokenize('越南外长裴青山'), countries, zh)[0].role // 'foreign_minister'
 */
/** How many characters a body's name before a joined title may hold ("国家边界委" in "…、国家边界委主任"). */
const MAX_BODY_CHARS = 8;

export function recognizeTitlePhrases(tokens: Token[], countries: CountryMention[], lex: Lexicon, isName: (i: number) => boolean = () => false,
  placeEnd: ((i: number) => number) | null = null, regionCountry: ((name: string) => string | null) | null = null,
  placeCountryAt: ((i: number) => string | null) | null = null): TitleMention[] {
  const forms = lex.titleForms;
  if (!forms) return [];
  const joiners = lex.book('titles').words('title/joiners');
  // "Tiếp Đại sứ Peru, Chủ tịch nước đề nghị …": the title a fronted phrase of an encounter opens with ends at its comma
  const fronted = lex.traits.spaces ? lex.book('titles').optionalWords('title/fronted-verbs') : null;
  const frontedBefore = (i: number) => !!fronted?.size && i >= 1 && i <= 4 && fronted.has(tokens.slice(0, i).map((t) => t.lower).join(' '));
  // an envoy's post after their country ("Đại sứ Chile tại Việt Nam"): one token, then a country
  const book = lex.book('titles');
  const postedAt = book.has('title/posted-at') ? book.words('title/posted-at') : null;
  // the parliament or government an office is of, written after the title before the name (Tổng Thư ký Quốc hội X, Chủ nhiệm
  // Ủy ban Đối ngoại của Quốc hội Y: title/of-body-after)
  const ofBodyAfter = lex.traits.spaces ? book.optionalWords('title/of-body-after') : null;
  const venueBefore = book.has('title/venue-before') ? new Set(book.list('title/venue-before')) : null;
  // a ministry's field between the country and the title (坦桑尼亚工业和贸易部长): walked back over its words
  const fieldWords = !lex.traits.spaces && book.has('title/field-words') ? book.words('title/field-words') : null;
  const fieldJoiners = fieldWords ? book.fieldWords('title/field-words', 'joiners') : null;
  const fieldCountry = (i: number): CountryMention | undefined => {
    let k = i;
    let lastField = false;
    for (let steps = 0; k > 0 && steps < MAX_FIELD_WORDS; steps++) {
      if (isName(k - 1)) return undefined;
      let len = 0;
      for (let l = Math.min(4, k); l >= 1; l--) {
        const w = tokens.slice(k - l, k).map((t) => t.text).join('');
        if (fieldWords!.has(w)) { len = l; lastField = true; break; }
        if (l === 1 && fieldJoiners!.has(w)) { len = 1; lastField = false; }
      }
      if (!len) return undefined;
      k -= len;
      const c = countryEnd.get(k);
      if (c) return lastField ? c : undefined;
      // (a country's name whose last character opens the field: 日本国 + 土交通 of 日本国土交通大臣, 日本国家公安委员长)
      const over = countryEnd.get(k + 1);
      if (over && over.start < k && lastField) return over;
    }
    return undefined;
  };
  // a body's own name between the country and its head's title (哈萨克斯坦议会下院议长, 墨西哥国家复兴运动党主席):
  // a word that says what the body is right before the title, then Han characters back to a country
  const postedBefore = !lex.traits.spaces ? book.optionalWords('title/posted-before') : null;
  const bodyWords = fieldWords && book.has('title/body-before') ? book.words('title/body-before') : null;
  const bodyStops = bodyWords ? book.fieldWords('title/body-before', 'stops') : null;
  const postedCityCountry = (i: number): CountryMention | undefined => {
    // (never over a title read before, a name or a verb: 越南驻华大使范青平拜会中联部部长 is two titles)
    const from = Math.max(0, out.length ? out[out.length - 1].end : 0);
    for (let k = i - 1; k >= from && k > 0 && i - k <= MAX_POST_PLACE_CHARS + 1; k--) {
      const t = tokens[k];
      if (!t.word || !/^\p{Script=Han}$/u.test(t.text) || isName(k) || countryEnd.has(k + 1)) return undefined;
      if (bodyStops && (bodyStops.has(t.lower) || (k > 0 && bodyStops.has(tokens[k - 1].lower + t.lower)))) return undefined;
      if (postedBefore!.has(t.lower)) return k < i - 1 ? countryEnd.get(k) : undefined;
    }
    return undefined;
  };
  const bodyNameCountry = (i: number): CountryMention | undefined => {
    let k = i;
    for (let l = Math.min(4, i); l >= 1; l--) {
      if (bodyWords!.has(tokens.slice(i - l, i).map((t) => t.lower).join(''))) { k = i - l; break; }
    }
    // a title that opens with the body's word (党主席 of 阿根廷正义党主席): the name runs up to the title
    if (k === i && !bodyWords!.has(tokens[i].lower)) return undefined;
    let found: CountryMention | undefined;
    while (k > 0 && i - k <= MAX_BODY_NAME_CHARS) {
      const c = countryEnd.get(k);
      // a country's name inside the region's (加拿大 + 不列颠哥伦比亚省 + 省长): the one before the whole name is the title's
      if (c) { if (found) return c; found = c; k = c.start; continue; }
      const t = tokens[k - 1];
      if (isName(k - 1) || !t.word || !/^\p{Script=Han}$/u.test(t.text) || (found && fieldJoiners!.has(t.text))) return found;
      if (bodyStops!.has(t.lower) || (k > 1 && bodyStops!.has(tokens[k - 2].lower + t.lower))) return found;
      k--;
    }
    return found;
  };
  // a party's own name between the title and its country (Tổng Bí thư Đảng Cộng sản Uruguay X): Đảng and its words,
  // an abbreviation in brackets, up to a country; the country's start, or end when no country follows
  const bodyAfter = lex.traits.spaces && lex.traits.countryPosition === 'after' ? book.optionalWords('title/body-after') : null;
  const bodyAfterStops = bodyAfter?.size ? book.fieldWords('title/body-after', 'stops', true) : null;
  const pairShort = bodyAfter?.size ? book.fieldWords('title/body-after', 'pair_short_forms') : null;
  // bodies whose own name, capitalised, follows them (Ủy ban Y tế Quốc gia, not Ủy ban chỉ đạo hợp tác song phương …)
  const properAfter = bodyAfter?.size ? book.fieldWords('title/body-after', 'proper_name_after', true) : null;
  // words that join a body to the body that owns it (của: Ủy ban Đối ngoại của Quốc hội Lào), walked over to a country
  const ownerJoiners = bodyAfter?.size ? book.fieldWords('title/body-after', 'owner_joiners', true) : null;
  // a delegation's title (Đoàn đại biểu …): its own name runs to its country with no body word first (title/delegation-walk)
  const delegationTitles = bodyAfterStops && book.has('title/delegation-walk') ? book.words('title/delegation-walk') : null;
  const deptNouns = bodyAfter?.size && book.has('title/vi/ministry-department') ? book.fieldWords('title/vi/ministry-department', 'department_nouns', true) : null;
  const familyNames = deptNouns ? book.fieldWords('title/vi/ministry-department', 'family_names') : null;
  const delegationLedBy = delegationTitles ? book.fieldWords('title/delegation-walk', 'led_by', true) : null;
  const delegationWith = delegationTitles ? book.fieldWords('title/delegation-walk', 'accompanying', true) : null;
  const bodyAfterEnd = (end: number, open = false): number => {
    if (!bodyAfterStops) return end;
    let j = end;
    for (let len = 2; len >= 1; len--) {
      const w = tokens.slice(j, j + len).map((t) => t.lower).join(' ');
      if (j + len <= n && bodyAfter!.has(w)) {
        if (properAfter?.has(w) && !tokens[j + len]?.cap) return end;
        j += len; break;
      }
    }
    // (or the title's own last words are the body's noun, written as one, Chủ nhiệm Ủy ban + Cải cách và Phát triển Quốc
    // gia + Trung Quốc: the body's name after it, up to the country; not the last syllable of a compound, hội of Quốc hội; h-zv30)
    const bodyLast = j === end && [2, 1].some((len) => end - len > 0 && tokens[end - len].cap && (len === 2 || !tokens[end - 2]?.cap) && bodyAfter!.has(tokens.slice(end - len, end).map((t) => t.lower).join(' ')));
    if (j === end && !open && !bodyLast) return end;
    // (a proper name, capitalised: not "Ủy ban chỉ đạo hợp tác song phương Việt Nam - Trung Quốc", a body named by what it does)
    if (bodyLast && !open && !tokens[end]?.cap) return end;
    for (const from = j; j < n && j - from <= MAX_BODY_AFTER_WORDS; j++) {
      const c = countryStart.get(j);
      if (c) return c.form === 'side' ? end : j;
      const t = tokens[j];
      if (t.text === '(' || t.text === ')' || t.text === '-') continue;
      // (a stop is a lowercase word of the sentence: capitalised, it is a word of the body's name, Đảng Nhân dân …)
      // ("và" between two capitalised words of the body's name, Cải cách và Phát triển, when no title opens after it)
      if (bodyLast && t.lower === 'và' && j > from && tokens[j + 1]?.cap && !forms.longest(tokens, j + 1)) continue;
      // (the body's owner after "của", capitalised, up to a country: Ủy ban Pháp chế của Nhân đại Trung Quốc X; h-zv35)
      // (a delegation's owner right after its noun, "Đoàn công tác của Cục Điều tra Liên bang Hoa Kỳ": the same walk; h-zv36)
      if (ownerJoiners?.has(t.lower) && (j > from || open) && tokens[j + 1]?.cap && !isName(j + 1) && !forms.longest(tokens, j + 1)) continue;
      if (!t.word || isName(j) || (bodyAfterStops.has(t.lower) && !t.cap)) return end;
    }
    return end;
  };
  // a ministry's field between the title and its country (Thứ trưởng Quốc phòng Hàn Quốc X, Bộ trưởng Thương mại,
  // Công nghiệp và Cạnh tranh Namibia X): field words and joiners up to a country, as the country's start, or end
  const fieldsAfter = lex.traits.spaces && lex.traits.countryPosition === 'after' && book.has('title/field-words-after') ? book.words('title/field-words-after') : null;
  const countryPrefixes = fieldsAfter ? book.fieldWords('title/field-words-after', 'country_prefixes', true) : null;
  const countrySuffixes = fieldsAfter ? book.fieldWords('title/field-words-after', 'country_suffixes', true) : null;
  const fieldsAfterJoiners = fieldsAfter ? book.fieldWords('title/field-words-after', 'joiners', true) : null;
  // a ministry noun (Bộ) opens the fields of the title's own ministry: they end the title where no country follows
  // (Thứ trưởng Bộ Tài chính X: title/ministry-after)
  const ministryNouns = fieldsAfter && book.has('title/ministry-after') ? new Set(book.words('title/ministry-after')) : null;
  const fieldsAfterEnd = (end: number): number => {
    let j = end;
    let lastField = false;
    // (a field joined by và to the title's own, "Bộ trưởng Thương mại và Công nghiệp Piyush Goyal": the title runs over it
    // to the name, with no country after it; the field word after the joiner is read before a name is; h-zv26)
    let joined = false, afterJoiner = false;
    const ministry = !!ministryNouns && (ministryNouns.has(tokens[end - 1]?.lower) || ministryNouns.has(tokens[end]?.lower));
    const fieldAt = (k: number): number => {
      for (let l = 4; l >= 1; l--) {
        const w = k + l <= n ? tokens.slice(k, k + l).map((t) => t.lower).join(' ') : '';
        if (w && (fieldsAfter!.has(w) || countryPrefixes!.has(w))) return l;
      }
      return 0;
    };
    for (let steps = 0; j < n && steps < MAX_FIELD_WORDS * 2; steps++) {
      const c = countryStart.get(j);
      if (c) return lastField && c.form !== 'side' ? j : ministry && lastField ? j : end;
      const early = afterJoiner && tokens[j - 1]?.lower === 'và' ? fieldAt(j) : 0;
      if (!early && isName(j)) return (ministry || joined) && lastField ? j : end;
      let len = early || fieldAt(j);
      if (len) { lastField = true; if (afterJoiner && tokens[j - 1]?.lower === 'và') joined = true; afterJoiner = false; }
      if (!len && fieldsAfterJoiners!.has(tokens[j].lower)) { len = 1; lastField = false; afterJoiner = true; }
      if (!len) return (ministry || (joined && !!tokens[j].cap)) && lastField ? j : end;
      j += len;
    }
    return ministry && lastField ? j : end;
  };
  // a local leader's region, then its country in brackets ("Thống đốc bang Queensland (Australia)")
  const regionNouns = lex.traits.countryPosition === 'after' && book.has('title/region-after') ? book.words('title/region-after') : null;
  // a city's own office (Thị trưởng Lyon X): the city right after it, with no region noun between
  const cityOffices = regionNouns ? book.fieldWords('title/region-after', 'offices', true) : new Set<string>();
  const cityOffice = (end: number) => end >= 2 && cityOffices.has(`${tokens[end - 2].lower} ${tokens[end - 1].lower}`);
  let regionCountryFound: string | null = null;
  const regionAfter = (end: number, take: (c: CountryMention) => void): number => {
    let j = end;
    for (let len = 2; len >= 1; len--) {
      if (j + len <= n && regionNouns!.has(tokens.slice(j, j + len).map((t) => t.lower).join(' '))) { j += len; break; }
    }
    const named = j;
    while (j < n && j - named < 4 && tokens[j].word && tokens[j].cap && !countryStart.has(j)) j++;
    if (j === named && !regionNouns!.has(tokens[end - 1].lower)) return end;
    // no bracketed country (Thủ hiến bang Bavaria Markus Söder): a region the gazetteer places in one country, its
    // words up to the name, when a name of two words or more follows it
    // (or a city's own office before its city: Thị trưởng Lyon Grégory Doucet)
    if (j > named && (named > end || regionNouns!.has(tokens[end - 1].lower) || cityOffice(end)) && tokens[j]?.text !== '(' && regionCountry) {
      for (let k = Math.min(j - 2, named + 3); k > named; k--) {
        const code = regionCountry(tokens.slice(named, k).map((t) => t.text).join(' '));
        if (code) { regionCountryFound = code; return k; }
      }
    }
    if (j === named || tokens[j]?.text !== '(') return end;
    const c = countryStart.get(j + 1);
    if (!c || c.form === 'side' || tokens[c.end]?.text !== ')') return end;
    take(c);
    return c.end + 1;
  };
  const postedRoles = postedAt ? book.fieldWords('title/posted-at', 'roles') : null;
  // a title that a meeting's name holds (东盟外长会, 上海合作组织外长理事会会议): no person
  const meetingAfter = lex.book('titles').optionalPattern('title/meeting-name-after');
  // a title that the name of its office's seat or staff holds (司令部, 总司令部: headquarters): no person
  const officeAfter = lex.book('titles').optionalPattern('title/office-name-after');
  const countryStart = new Map<number, CountryMention>();
  const countryEnd = new Map<number, CountryMention>();
  for (const c of countries) { countryStart.set(c.start, c); countryEnd.set(c.end, c); }
  const insideCountry = new Uint8Array(tokens.length + 1);
  for (const c of countries) for (let k = c.start + 1; k < c.end; k++) insideCountry[k] = 1;
  const after = lex.traits.countryPosition === 'after';
  const out: TitleMention[] = [];
  const n = tokens.length;
  /** the joiner at i (one or two tokens: "兼", "、", "kiêm", "đồng thời là"), as its length */
  const joinerAt = (i: number) => {
    for (let len = 3; len >= 1; len--) {
      if (i + len > n) continue;
      const w = tokens.slice(i, i + len).map((t) => t.lower).join(lex.traits.spaces ? ' ' : '');
      if (joiners.has(w)) return len;
    }
    return 0;
  };
  let i = 0;
  while (i < n) {
    let hit = forms.longest(tokens, i);
    // (the registry is asked only where a title form starts)
    if (!hit || isName(i)) { i++; continue; }
    // a title form that opens inside a longer country's name (俄罗斯总统 of 白俄罗斯总统, 苏丹 of 南苏丹): the country's
    // own title is read at its end
    if (!lex.traits.spaces && insideCountry[i] === 1) { i++; continue; }
    // a building named after an office ("tại Phủ Chủ tịch", "Dinh Tổng thống"): a place, no person's title
    if (venueBefore && i > 0 && (venueBefore.has(tokens[i - 1].text) || (i > 1 && venueBefore.has(`${tokens[i - 2].text} ${tokens[i - 1].text}`))
      || (i > 2 && venueBefore.has(`${tokens[i - 3].lower} ${tokens[i - 2].text} ${tokens[i - 1].text}`)))) { i += hit[0]; continue; }
    // a script without spaces writes compounds head last: "法国总统" + "总统外事顾问" is the president's adviser,
    // one title whose office is the later form's (the earlier one's country kept)
    if (!lex.traits.spaces) {
      for (let k = i + 1; k < i + hit[0]; k++) {
        const inner = forms.longest(tokens, k);
        if (!inner || k + inner[0] <= i + hit[0]) continue;
        const outerCountry = hit[1].find((x) => x.country)?.country ?? null;
        hit = [k + inner[0] - i, inner[1].map((x) => ({ ...x, country: x.country ?? outerCountry }))];
        break;
      }
    }
    // "Phó" + "Chủ tịch Ủy ban châu Âu": a prefix opens the title after it, a deputy's
    const prefix = hit[1].find((x) => x.prefix);
    // a prefix the list writes capitalised only ("Quyền", acting), written in lowercase after a word, is a syllable of a
    // compound ("Chính quyền", authorities; "chủ quyền", sovereignty), no title
    if (prefix && lex.traits.spaces && !tokens[i].cap && i > 0 && tokens[i - 1].word
      && hit[1].filter((x) => x.prefix).every((x) => !!x.written && x.written !== x.written.toLowerCase())) { i++; continue; }
    if (prefix) {
      const next = forms.longest(tokens, i + hit[0]);
      if (next && !next[1].some((x) => x.prefix)) {
        const map = prefix.deputyRoles;
        hit = [hit[0] + next[0], next[1].map((x) => ({ ...x, role: x.role && map?.[x.role] ? map[x.role] : x.role }))];
      } else if (lex.traits.spaces && hit[1].every((x) => x.prefix) && tokens[i].cap && i > 0 && tokens[i - 1].word && tokens[i - 1].cap) {
        // a prefix word with no title after it, inside a run of capitalised words, is a syllable of a name (Nguyễn
        // Sinh Nhật Tân: tân, "new"), no title
        i++; continue;
      }
    }
    const start0 = i;
    const roles: string[] = [];
    let bodyCountry: string | null = null;
    const add = (v: { role: string | null; country: string | null }[]) => {
      for (const x of v) { if (x.role && !roles.includes(x.role)) roles.push(x.role); bodyCountry ??= x.country; }
    };
    add(hit[1]);
    let end = i + hit[0];
    let country: CountryMention | null = null;
    // a title form that holds its country's name (柬埔寨首相, 英国外交大臣): that country
    const held = countryStart.get(i);
    if (held && held.end <= end && held.form !== 'side') country = held;
    // one that ends with it, where the country follows the title (Chủ tịch Đảng Nhân dân Campuchia): that country
    // (the only one it holds: Đại sứ Trung Quốc tại Việt Nam is China's envoy)
    const heldLast = after && !country ? countryEnd.get(end) : undefined;
    if (heldLast && heldLast.start > i && heldLast.form !== 'side' && !countries.some((c) => c !== heldLast && c.start >= i && c.end <= end)) country = heldLast;
    // Vietnamese: the country after each title ("Bộ trưởng Ngoại giao Trung Quốc")
    // where the country named after the title ends (Bộ trưởng Ngoại giao Argentina|): a city after it opens the name
    let countryAfterEnd = -1;
    const takeAfter = () => {
      let c = after ? countryStart.get(end) : undefined;
      let walked = false;
      if (!c && after && fieldsAfter) {
        const fieldEnd = fieldsAfterEnd(end);
        if (fieldEnd > end) { c = countryStart.get(fieldEnd); end = fieldEnd; walked = true; }
      }
      if (!c && after && bodyAfter) {
        const bodyEnd = bodyAfterEnd(end, !!delegationTitles && delegationTitles.has(tokens.slice(i, end).map((t) => t.lower).join(' ')));
        if (bodyEnd > end) { c = countryStart.get(bodyEnd); end = bodyEnd; }
      }
      if (c && c.form !== 'side') { country ??= c; end = c.end; countryAfterEnd = c.end; }
      // a body of two countries joined by a hyphen (Hội hữu nghị Việt Nam - Lào, Nhóm Nghị sĩ hữu nghị Nhật Bản-Việt Nam):
      // the pair names the body, the first country is the holder's (each side names its own group first)
      const pair = c && c.form !== 'side' && end + 1 < n && PAIR_HYPHENS.has(tokens[end].text) ? countryStart.get(end + 1) : undefined;
      if (pair && pair.form !== 'side') { end = pair.end; countryAfterEnd = pair.end; }
      // (the second country in its one-syllable form, Liên minh Nghị sĩ hữu nghị Nhật - Việt: title/body-after pair_short_forms)
      else if (c && c.form !== 'side' && end + 1 < n && PAIR_HYPHENS.has(tokens[end].text) && tokens[end + 1].cap && pairShort?.has(tokens[end + 1].text)) {
        end += 2; countryAfterEnd = end;
      }
      // a ministry of the state's people abroad (… và Người Ai Cập ở nước ngoài): the words after the country are the title's
      if (c && walked) {
        for (let len = 3; len >= 2; len--) {
          if (end + len <= n && countrySuffixes!.has(tokens.slice(end, end + len).map((t) => t.lower).join(' '))) { end += len; break; }
        }
      }
      if (c && postedAt && roles.some((r) => postedRoles!.has(r))) {
        for (let len = 2; len >= 1; len--) {
          const post = end + len < n ? countryStart.get(end + len) : undefined;
          if (post && postedAt.has(tokens.slice(end, end + len).map((t) => t.lower).join(' '))) { end = post.end; break; }
        }
      }
    };
    takeAfter();
    regionCountryFound = null;
    if (!country && regionNouns) end = regionAfter(end, (c) => { country = c; });
    if (regionCountryFound) bodyCountry = regionCountryFound;
    // a local leader's or a consul's place between the title and the name (Bí thư Tỉnh ủy Quảng Ninh X, Thị trưởng
    // Osaka X, Tổng Lãnh sự Lào tại Đà Nẵng X), or at the end of a headline's noun phrase (Chủ tịch UBND tỉnh Lào Cai tiếp …)
    // (again after a title joined to the first: "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng X": the place is the
    // joined title's; h-zv31: the run stopped before Cao Bằng and the headline's "Bí thư Tỉnh ủy Cao Bằng" was another's)
    const placeAfter = (head: number, sameAs: string | null = null) => {
    if (after && placeEnd && end < n) {
      // (an envoy's post after tại is the title's wherever it stands)
      const posted = !!postedAt && roles.some((r) => postedRoles!.has(r)) && postedAt.has(tokens[end].lower);
      const from = posted ? end + 1 : end;
      // (a place whose name opens with the title's last word or two, "tỉnh" of Chủ tịch UBND tỉnh + tỉnh Quảng Ninh, ends there too)
      // (not a city right after the title's own country: "Bộ trưởng Ngoại giao Argentina Santiago Cafiero", a name)
      let to = from < n && (posted || from !== countryAfterEnd) ? placeEnd(from) : -1;
      if (to < 0 && !posted && from > head + 1) to = placeEnd(from - 1);
      // (or with its last two: "thành phố" of Chủ tịch UBND thành phố + thành phố Hải Phòng)
      if (to < 0 && !posted && from > head + 2) to = placeEnd(from - 2);
      // (a place right after the title is the title's whatever follows: a name, or the verb of a headline)
      // (a country already known: only a place of that country, "…Đảng Cộng sản Trung Quốc, Bí thư Tỉnh ủy Quảng Đông X")
      if (sameAs && to > from && [from, from - 1, from - 2].every((k) => k < 0 || placeEnd(k) !== to || placeCountryAt?.(k) !== sameAs)) to = -1;
      if (to > from && (posted || from === end)) end = to;
    }
    };
    placeAfter(i);
    // (the body the office is of, then a name: "… của Quốc hội Lê Tấn Tới", "Tổng Thư ký Quốc hội Lê Quang Mạnh")
    if (after && ofBodyAfter?.size && !country) {
      for (let len = 3; len >= 1; len--) {
        if (end + len < n && tokens[end + len].cap && ofBodyAfter.has(tokens.slice(end, end + len).map((t) => t.lower).join(' '))) {
          end += len;
          // (a foreign body's: its country right after it, Chủ nhiệm Ủy ban Đối ngoại Quốc hội Lào X, is the person's; h-zv35)
          const own = countryStart.get(end);
          if (own && own.form !== 'side') { country = own; end = own.end; countryAfterEnd = own.end; }
          break;
        }
      }
    }
    // a ministry department's head, then the department's capitalised name, then a name with nothing between them (Vụ
    // trưởng Vụ Đông Bắc Á Trần Văn Khải): the title runs over the department's name to the family name that opens the last
    // two to four capitalised words (title/vi/ministry-department: department_nouns, family_names; h-zv39)
    if (after && deptNouns?.size && !country && end < n && end - i >= 2 && tokens[end].cap && deptNouns.has(tokens[end].lower)
      && tokens[end - 1].lower === 'trưởng' && tokens[end - 2].lower === tokens[end].lower) {
      // (the capitalised run, Vụ Châu Âu; then the department's words of either case, Cục Đối ngoại, Vụ Hợp tác quốc tế, up to
      // a punctuation mark or a word of the sentence: title/body-after stops)
      let cap = end + 1;
      while (cap < n && cap - end <= 2 * MAX_BODY_AFTER_WORDS && ((tokens[cap].word && tokens[cap].cap) || tokens[cap].text === '-')) cap++;
      let j = end + 1;
      while (j < n && j - end <= 2 * MAX_BODY_AFTER_WORDS && ((tokens[j].word && (tokens[j].cap || !bodyAfterStops?.has(tokens[j].lower))) || tokens[j].text === '-')) j++;
      let to = cap;
      for (const len of [3, 4, 2]) {
        const k = j - len;
        if (k <= end + 1 || !familyNames!.has(tokens[k].text) || tokens[k - 1].text === '-' || tokens.slice(k, j).some((x) => !x.word || !x.cap)) continue;
        if (placeEnd && placeEnd(k) > k) continue;
        to = k;
        break;
      }
      // (no name after it, "ông X, Vụ trưởng Vụ Châu Âu và …": the department's whole name is the title's, no person's)
      end = to;
    }
    // the organisation's abbreviation in brackets after it (Tổng Giám đốc Quỹ Tiền tệ Quốc tế (IMF) X): part of the title
    if (after && end + 2 < n && tokens[end].text === '(' && tokens[end + 2].text === ')' && /^[\p{Lu}\d&-]{2,10}$/u.test(tokens[end + 1].text)) end += 3;
    for (;;) {
      const j = joinerAt(end);
      if (!j || (tokens[end].text === ',' && frontedBefore(start0))) break;
      let next = forms.longest(tokens, end + j);
      let body = 0;
      // "越南外交部常务副部长、国家边界委主任": in a script without spaces, a body's name may open the next title
      for (let k = 1; !next && !lex.traits.spaces && k <= MAX_BODY_CHARS && end + j + k < n && /^\p{Script=Han}$/u.test(tokens[end + j + k - 1].text); k++) {
        next = forms.longest(tokens, end + j + k);
        if (next) body = k;
      }
      if (!next) break;
      // (a prefix after the joiner opens the title after it, as at the run's start: "Ủy viên Bộ Chính trị, Phó | Chủ tịch
      // Quốc hội X" is a deputy's; h-zv29: the run stopped at Phó and the name took 'Chủ tịch Quốc hội', the speaker's)
      const joinedPrefix = next[1].find((x) => x.prefix);
      if (joinedPrefix) {
        const head = forms.longest(tokens, end + j + body + next[0]);
        const map = joinedPrefix.deputyRoles;
        if (head && !head[1].some((x) => x.prefix)) next = [next[0] + head[0], head[1].map((x) => ({ ...x, role: x.role && map?.[x.role] ? map[x.role] : x.role }))];
      }
      add(next[1]);
      const head = end + j + body;
      end = head + next[0];
      takeAfter();
      // (h-zv33: after a joined title whose country the first gave, a place of that same country is still the joined
      // title's: "Ủy viên Bộ Chính trị Đảng Cộng sản Trung Quốc, Bí thư Khu ủy Khu tự trị … Quảng Tây X")
      placeAfter(head, country?.code ?? null);
    }
    // Chinese: the country before the title ("越南外长", "越南副总理兼外长")
    let start = i;
    let before = !after ? countryEnd.get(i) : undefined;
    if (!before && !after && fieldWords && i > 0) before = fieldCountry(i);
    if (!before && !after && bodyWords && i > 0) before = bodyNameCountry(i);
    // an envoy posted to a city or province (匈牙利驻重庆总领事, 泰国驻昆明总领事): the place's characters between
    // 驻 and the title, the country before 驻 the envoy's
    if (!before && !after && postedBefore && i > 1) before = postedCityCountry(i);
    // an envoy's post after 驻 (中国驻日本大使, 驻肯尼亚大使): the country after 驻 is where the envoy serves, the
    // country before 驻 (or none, the publisher's own) the envoy's
    if (before && postedBefore && before.start > 0 && postedBefore.has(tokens[before.start - 1].lower)) {
      start = before.start - 1;
      before = countryEnd.get(start);
    }
    if (before && before.form !== 'side') { country = before; start = before.start; }
    const text = tokens.slice(start, end).map((t, k) => (k > 0 && lex.traits.spaces && t.start > tokens[start + k - 1].end ? ' ' : '') + t.text).join('');
    const role = ROLE_ORDER.find((r) => roles.includes(r)) ?? roles[0] ?? null;
    if ((meetingAfter || officeAfter) && (() => { const next = tokens.slice(end, end + 6).map((t) => t.text).join(''); return !!meetingAfter?.test(next) || !!officeAfter?.test(next); })()) { i = end; continue; }
    // a delegation whose leader the text names after it (Đoàn … do X dẫn đầu): the leader is the party, not the delegation
    // and one that accompanies a person named before it (X và Phu nhân cùng Đoàn …): that person's retinue
    if (delegationLedBy && delegationTitles!.has(tokens.slice(i, i + hit[0]).map((t) => t.lower).join(' '))
      && ((end < n && delegationLedBy.has(tokens[end].lower)) || (i > 0 && delegationWith!.has(tokens[i - 1].lower)))) { i = end; continue; }
    out.push({ start, end, text, country: country?.code ?? bodyCountry, role, countryTokens: country ? [country.start, country.end] : null, ...(roles.length > 1 ? { roles } : {}) });
    i = end;
  }
  return out;
}

/** The hyphens and dashes that join two countries' names in a body's name (Việt Nam - Lào, Nhật Bản-Việt Nam). */
const PAIR_HYPHENS = new Set(['-', '\u2010', '\u2013']);
