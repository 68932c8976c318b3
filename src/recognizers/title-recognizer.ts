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

  /** A title word (head or modifier) starting at i: [length, isHead]. */
  const memo: ([number, boolean] | null | undefined)[] = new Array(n);
  const titleWord = (i: number): [number, boolean] | null => {
    if (i >= n || !tokens[i].word) return null;
    const m = memo[i];
    if (m !== undefined) return m;
    // a known person's name that starts with a title word is a name ("Sheikh Hasina", "Prince Albert")
    if (tokens[i].cap && isName(i)) return (memo[i] = null);
    const hit = lex.titleTrie.longest(tokens, i);
    return (memo[i] = hit ? [hit[0], hit[1].some(Boolean)] : null);
  };

  /** An "of ..." complement starting at i (the token after "of"): returns the end, or i when empty. */
  const complement = (i: number): { end: number; country: string | null; all: string[] } => {
    let j = i;
    let country: string | null = null;
    const all: string[] = [];
    let content = 0;
    let lastContent = i;
    while (j < n) {
      const t = tokens[j];
      const low = withoutPossessive(t.lower);
      if (t.cap && isName(j)) break;
      const c = countryAt.get(j);
      if (c) {
        if (!country || c.form === 'name') country = c.form === 'org' ? country ?? c.code : c.code;
        if (!all.includes(c.code)) all.push(c.code);
        j = c.end; content++; lastContent = j; continue;
      }
      if (PARTY_COUNTRY.has(low)) { country ??= PARTY_COUNTRY.get(low)!; j++; content++; lastContent = j; continue; }
      if (t.word && t.cap && !lex.orgWords.has(low) && gaz.isMajor(withoutPossessive(t.text))) {
        // "Secretary of the Yunnan provincial Party Committee": the place says the country
        country ??= gaz.resolve(withoutPossessive(t.text))?.country ?? null;
        j++; content++; lastContent = j; continue;
      }
      if (t.word && lex.orgWords.has(low)) {
        // function words only inside a complement, never at its end
        if (['and', 'for', 'on', 'of', 'the', 'to', 'in', 'with'].includes(low)) {
          // "and" followed by a new title ("... of Foreign Affairs and Deputy Prime Minister") ends the complement
          if (low === 'and' && titleWord(j + 1)?.[1]) break;
          // "in" followed by a place says where the holder is, not what the office is: "... nations in Jakarta"
          if (low === 'in' && tokens[j + 1]?.cap && gaz.isMajor(tokens[j + 1].text)) break;
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
    for (;;) {
      const w = titleWord(j);
      if (w) {
        j += w[0];
        if (w[1]) { sawHead = true; lastHeadEnd = j; }
        continue;
      }
      const t = tokens[j];
      if (!t) break;
      if (sawHead && j === lastHeadEnd && (t.lower === 'of' || t.lower === 'for') && j + 1 < n) {
        const c = complement(j + 1);
        if (c.end > j + 1) { country ??= c.country; if (c.all.length > complementCountries.length) complementCountries = c.all; j = c.end; lastHeadEnd = j; continue; }
        break;
      }
      if (sawHead && j === lastHeadEnd && t.lower === 'to' && j + 1 < n && countryAt.get(j + 1)) {
        // "Ambassador to Pakistan": the complement names the host, not the represented country
        const c = countryAt.get(j + 1)!;
        j = c.end; lastHeadEnd = j; continue;
      }
      if (sawHead && j === lastHeadEnd && (t.lower === 'and' || t.text === ',' || t.text === '&')) {
        // conjoined title: "Deputy Prime Minister and Foreign Minister"; skip an adjective ("and Chinese ...")
        let k = j + 1;
        const cj = countryAt.get(k);
        if (cj && cj.form === 'adjective') k = cj.end;
        const next = titleWord(k);
        if (next) {
          // the conjunct must itself contain a head
          let m = k, head = false;
          for (let w = titleWord(m); w; w = titleWord(m)) { m += w[0]; head ||= w[1]; }
          if (head) { if (cj && !country) country = cj.code; j = k; continue; }
        }
      }
      break;
    }
    if (!sawHead) { i = j > i ? j : i + 1; continue; }
    const end = lastHeadEnd;
    // country stated before the title: "Chinese", "China's", "the Lao", "U.S."
    let countryTokens: [number, number] | null = null;
    let b = i - 1;
    if (b >= 0 && tokens[b].lower === 'the') b--;
    // "Laos' deputy prime minister": a possessive written with a bare apostrophe
    const apostrophe = b >= 0 && (tokens[b].text === "'" || tokens[b].text === '’');
    if (apostrophe) b--;
    const before = b >= 0 ? countryAt.get(b) : undefined;
    if (before && (before.form === 'adjective' || before.possessive || apostrophe || before.form === 'org' || /^[A-Z.]{2,5}$/.test(tokens[before.start].text))) {
      countryTokens = [before.start, before.end];
      if (before.form !== 'org' || !country) country = before.code;
      // "the Vietnamese and Lao foreign ministers", "Japanese, U.S. and South Korean foreign ministers": one each
      if (before.form === 'adjective' && !apostrophe) {
        const list = [before.code];
        let k = before.start - 1;
        while (k >= 0) {
          let j = k;
          if (tokens[j].lower === 'and') j--;
          if (j >= 0 && tokens[j].text === ',') j--;
          if (j === k || j < 0) break;
          const prev = countryAt.get(j);
          if (!prev || prev.form !== 'adjective' || list.includes(prev.code)) break;
          list.unshift(prev.code);
          countryTokens = [prev.start, countryTokens[1]];
          k = prev.start - 1;
        }
        if (list.length >= 2 && complementCountries.length < 2) { complementCountries = list; country = null; }
      }
    }
    // an organisation written as the title's own modifier: "ASEAN foreign ministers"
    if (!country) country = countries.find((c) => c.form === 'org' && c.start >= i && c.end <= end)?.code ?? null;
    const text = tokens.slice(i, end).map((t, k) => (k > 0 && needsSpace(tokens[i + k - 1], t) ? ' ' : '') + t.text).join('');
    // "the Ministers of Foreign Affairs of Peru and Chile": several countries, one each (no single country)
    if (complementCountries.length >= 2 && country && !countryTokens) country = null;
    out.push({ start: i, end, text: cleanTitle(text), country, role: titleRole(text), countryTokens, ...(complementCountries.length >= 2 ? { countries: complementCountries } : {}) });
    i = end;
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
