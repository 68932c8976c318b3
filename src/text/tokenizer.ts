/**
 * Word and punctuation tokens of a sentence, with offsets into the normalised text.
 * Dotted abbreviations stay whole ("U.S.", "L.P."); an initial keeps its dot ("J.") so names
 * like "Antony J. Blinken" read as one run.
 */
import { charClass, WORD, LETTER, UPPER, LOWER, LOWERABLE, IDEOGRAPH } from './char-class.js';
import { simplifiedTable } from './traditional.js';
export interface Token {
  text: string;
  /** lowercased, diacritics kept; a traditional Chinese character as its simplified form (the key lookups use) */
  lower: string;
  start: number;
  end: number;
  /** starts with an uppercase letter */
  cap: boolean;
  /** a word (letters/digits), not punctuation */
  word: boolean;
}

/**
 * A hand-written scanner (this runs on every sentence): words of letters, marks and digits with
 * inner apostrophes ("China's") and hyphens ("Lancang-Mekong"); dotted abbreviations ("U.S.", "L.P.");
 * an initial before a capitalised word ("J. Blinken"); every other non-space character alone.
 * Offsets are `offset` plus the index in `text`.
 */
export function tokenize(text: string, offset = 0): Token[] {
  return tokenizeRange(text, 0, text.length, offset);
}

/**
 * The tokens of `text[from, to)`, read as if that range were the whole text, with offsets `shift`
 * plus the index in `text`. Scanning a range of the flat document text is faster than scanning a
 * sliced sentence string.
 */
export function tokenizeRange(text: string, from: number, to: number, shift = 0): Token[] {
  const out: Token[] = [];
  const n = to;
  /** class bits of the unit at k, 0 past the range */
  const cls = (k: number) => (k < n ? charClass(text.charCodeAt(k)) : 0);
  const code = (k: number) => (k < n ? text.charCodeAt(k) : -1);
  // `lowerable`: some character of the token changes when lowercased (else `lower` is the text itself)
  const push = (a: number, b: number, word: boolean, lowerable = true) => {
    const t = text.slice(a, b);
    // (a name may open with the ʻokina before its capital: "ʻAisake", Tongan and Samoan names)
    const cap = word && ((cls(a) & UPPER) !== 0 || (isOkinaMark(code(a)) && (cls(a + 1) & UPPER) !== 0));
    out.push({ text: t, lower: lowerable ? t.toLowerCase() : t, start: shift + a, end: shift + b, cap, word });
  };
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; }
    const k0 = charClass(c);
    // an ideograph (Chinese, Japanese kana) is a token by itself: the lexicons read them as sequences;
    // its key is its simplified form (會 -> 会), so that the lexicons, written in simplified characters, read both
    if ((k0 & IDEOGRAPH) !== 0) {
      const t = text[i];
      out.push({ text: t, lower: simplifiedTable()[c] ?? t, start: shift + i, end: shift + i + 1, cap: false, word: true });
      i++;
      continue;
    }
    // a Polynesian name opening with the ʻokina typed as an apostrophe ("Fekitamoeloa 'Utoikamanu", "Prime Minister
    // ‘Aisake Eke"): after a word and a space, before a capitalised word, and no closing quote follows (a quoted
    // phrase, "the 'Blue Pacific' plan", closes its quote)
    const okina = isOkinaMark(c) && i - 2 >= from && code(i - 1) === 32 && (cls(i - 2) & LETTER) !== 0
      && (cls(i + 1) & UPPER) !== 0 && (cls(i + 2) & LOWER) !== 0 && !closingQuoteAhead(text, i + 1, Math.min(n, i + 1 + QUOTE_REACH));
    if ((k0 & WORD) === 0 && !okina) {
      // a surrogate pair (an emoji) stays one token
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      push(i, i + len, false);
      i += len;
      continue;
    }
    // dotted abbreviation: letter '.' letter '.' ...
    if ((k0 & LETTER) !== 0 && code(i + 1) === DOT && (cls(i + 2) & LETTER) !== 0 && code(i + 3) === DOT) {
      let j = i;
      while ((cls(j) & LETTER) !== 0 && code(j + 1) === DOT) j += 2;
      if ((cls(j) & LETTER) === 0) { push(i, j, true); i = j; continue; }
    }
    // an initial: capital, dot, spaces, capital
    if ((k0 & UPPER) !== 0 && code(i + 1) === DOT && (cls(i + 2) & WORD) === 0) {
      let j = i + 2;
      while (code(j) === 32) j++;
      if (j > i + 2 && (cls(j) & UPPER) !== 0) { push(i, i + 2, true); i = i + 2; continue; }
    }
    // a patronymic initial glued to the given name, as Mongolian names are written ("B.Munkhjin", "L.Oyun-Erdene"):
    // capital, dot, a capitalised word of lower-case letters, at the start of a word
    if ((k0 & UPPER) !== 0 && code(i + 1) === DOT && (cls(i + 2) & UPPER) !== 0 && (cls(i + 3) & LOWER) !== 0 && (i === from || (cls(i - 1) & WORD) === 0)) {
      push(i, i + 2, true); i = i + 2; continue;
    }
    let j = okina ? i + 1 : i;
    let seen = 0;
    for (;;) {
      while (j < n) {
        const k = charClass(text.charCodeAt(j));
        if ((k & WORD) === 0 || (k & IDEOGRAPH) !== 0) break;
        seen |= k;
        j++;
      }
      const d = code(j);
      if ((d === 39 || d === 0x2019) && (cls(j + 1) & LETTER) !== 0) {
        j++;
        while ((cls(j) & LETTER) !== 0) { seen |= cls(j); j++; }
        continue;
      }
      if ((d === 45 || d === 0x2010) && (cls(j + 1) & WORD) !== 0) { j += 1; continue; }
      break;
    }
    push(i, j, true, (seen & LOWERABLE) !== 0);
    i = j;
  }
  return out;
}

const DOT = 46;
/** The ʻokina, or an apostrophe or single quote typed for it ("ʻAisake", "'Utoikamanu", "‘Aisake"). */
const isOkinaMark = (c: number): boolean => c === 0x2bb || c === 39 || c === 0x2018 || c === 0x2019;
/** How far a quote opened before a capitalised word is looked for its close (a quoted phrase is short). */
const QUOTE_REACH = 120;

/** Whether text[from, to) holds a closing quote: an apostrophe or right quote after a letter and before no letter. */
function closingQuoteAhead(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if ((c === 39 || c === 0x2019) && (charClass(text.charCodeAt(k - 1)) & LETTER) !== 0 && (k + 1 >= text.length || (charClass(text.charCodeAt(k + 1)) & LETTER) === 0)) return true;
    if (c === 10) return false;
  }
  return false;
}


/** Lowercased token text without a possessive ending ("China's" -> "china"). */
export const bareKey = (t: Token): string => withoutPossessive(t.lower);

/** A word without a possessive ending ("China's" -> "China"), without a regular expression (this runs on every token). */
export function withoutPossessive(w: string): string {
  const n = w.length;
  if (n < 2) return w;
  const s = w.charCodeAt(n - 1), q = w.charCodeAt(n - 2);
  return s === 115 && (q === 39 || q === 0x2019) ? w.slice(0, n - 2) : w;
}

/** The shared empty result of TokenTrie.all (never written to). */
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A trie over lowercased token sequences, for multi-word lexicon lookups. */
export class TokenTrie<V> {
  private root: TrieNode<V> = { next: new Map(), values: null };
  /**
   * A filter on the first key of a phrase (its first two characters, hashed): most tokens start no
   * phrase, and a miss here costs less than a look in the root's map. A hit is checked in the map.
   */
  private readonly starts = new Uint32Array(START_FILTER_SIZE >>> 5);
  /** the key is the token's lowercase text (the default): read directly, not through a call */
  private readonly byLower: boolean;
  private readonly key: (t: Token) => string;

  /** `key` maps a token to its lookup key, the same way for the lexicon's phrases and the text. */
  constructor(key?: (t: Token) => string) {
    this.byLower = !key;
    this.key = key ?? ((t) => t.lower);
  }

  add(phrase: string, value: V): void {
    const toks = tokenize(phrase).map(this.key);
    if (!toks.length) return;
    const slot = startSlot(toks[0]);
    this.starts[slot >>> 5] |= 1 << (slot & 31);
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t);
      if (!n) { n = { next: new Map(), values: null }; node.next.set(t, n); }
      node = n;
    }
    (node.values ??= []).push(value);
  }

  /** Whether a phrase may open with this key (false: none does). */
  private mayStart(key: string): boolean {
    const slot = startSlot(key);
    return (this.starts[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  /** Values of every phrase that starts at token i (short and long ones). */
  all(tokens: Token[], i: number): V[] {
    if (i >= tokens.length || (this.byLower && !this.mayStart(tokens[i].lower))) return NONE;
    let node: TrieNode<V> | undefined = this.root;
    let out: V[] | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(this.byLower ? tokens[j].lower : this.key(tokens[j]));
      if (node === undefined) break;
      if (node.values !== null) (out ??= []).push(...node.values);
    }
    return out ?? NONE;
  }

  /** Longest match starting at token i: [length in tokens, values] or null. */
  longest(tokens: Token[], i: number): [number, V[]] | null {
    if (i >= tokens.length) return null;
    const first = this.byLower ? tokens[i].lower : this.key(tokens[i]);
    if (!this.mayStart(first)) return null;
    let node: TrieNode<V> | undefined = this.root.next.get(first);
    if (node === undefined) return null;
    let bestLen = 0;
    let bestValues: V[] | null = null;
    if (node.values !== null) { bestLen = 1; bestValues = node.values; }
    for (let j = i + 1; j < tokens.length; j++) {
      node = node.next.get(this.byLower ? tokens[j].lower : this.key(tokens[j]));
      if (node === undefined) break;
      if (node.values !== null) { bestLen = j - i + 1; bestValues = node.values; }
    }
    return bestValues === null ? null : [bestLen, bestValues];
  }

  /** The lookup keys of tokens, for `longestByKeys` (a sentence looked up at every token computes each key once). */
  keysOf(tokens: Token[]): string[] {
    return this.byLower ? tokens.map((t) => t.lower) : tokens.map(this.key);
  }

  /** `longest` over the keys `keysOf` gave for the tokens. */
  longestByKeys(keys: string[], i: number): [number, V[]] | null {
    if (i >= keys.length || !this.mayStart(keys[i])) return null;
    let node: TrieNode<V> | undefined = this.root;
    let bestLen = 0;
    let bestValues: V[] | null = null;
    for (let j = i; j < keys.length; j++) {
      node = node.next.get(keys[j]);
      if (node === undefined) break;
      if (node.values !== null) { bestLen = j - i + 1; bestValues = node.values; }
    }
    return bestValues === null ? null : [bestLen, bestValues];
  }
}

/** The size in bits of a trie's filter on first keys (a power of two; 8 KB, small enough to stay in the cache). */
const START_FILTER_SIZE = 1 << 16;
/** A key's slot in the filter: its first two characters, hashed (a key is never empty). */
function startSlot(key: string): number {
  return ((key.charCodeAt(0) * 31) ^ (key.length > 1 ? key.charCodeAt(1) : 0)) & (START_FILTER_SIZE - 1);
}

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values: V[] | null;
}
