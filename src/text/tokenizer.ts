/**
 * Word and punctuation tokens of a sentence, with offsets into the normalised text.
 * Dotted abbreviations stay whole ("U.S.", "L.P."); an initial keeps its dot ("J.") so names
 * like "Antony J. Blinken" read as one run.
 */
export interface Token {
  text: string;
  /** lowercased, diacritics kept */
  lower: string;
  start: number;
  end: number;
  /** starts with an uppercase letter */
  cap: boolean;
  /** a word (letters/digits), not punctuation */
  word: boolean;
}

/** Character classes of the BMP, computed on first use: bit 1 word (letter, mark, digit), 2 letter, 4 uppercase. */
const CLASS = new Uint8Array(65536);
const KNOWN = 128;
function charClass(c: number): number {
  let k = CLASS[c];
  if (k) return k;
  const ch = String.fromCharCode(c);
  k = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) k |= 1;
  if (/\p{L}/u.test(ch)) k |= 2;
  if (/\p{Lu}/u.test(ch)) k |= 4;
  CLASS[c] = k;
  return k;
}
const isWordChar = (c: number) => c === c && (charClass(c) & 1) !== 0;
const isUpperAt = (s: string, i: number) => i < s.length && (charClass(s.charCodeAt(i)) & 4) !== 0;
const isLetterAt = (s: string, i: number) => i < s.length && (charClass(s.charCodeAt(i)) & 2) !== 0;

/**
 * A hand-written scanner (this runs on every sentence): words of letters, marks and digits with
 * inner apostrophes ("China's") and hyphens ("Lancang-Mekong"); dotted abbreviations ("U.S.", "L.P.");
 * an initial before a capitalised word ("J. Blinken"); every other non-space character alone.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  const push = (a: number, b: number, word: boolean) => {
    const t = text.slice(a, b);
    out.push({ text: t, lower: t.toLowerCase(), start: offset + a, end: offset + b, cap: word && isUpperAt(text, a), word });
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13) { i++; continue; }
    if (!isWordChar(c)) {
      // a surrogate pair (an emoji) stays one token
      const len = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      push(i, i + len, false);
      i += len;
      continue;
    }
    // dotted abbreviation: letter '.' letter '.' ...
    if (isLetterAt(text, i) && text[i + 1] === '.' && isLetterAt(text, i + 2) && text[i + 3] === '.') {
      let j = i;
      while (isLetterAt(text, j) && text[j + 1] === '.') j += 2;
      if (!isLetterAt(text, j)) { push(i, j, true); i = j; continue; }
    }
    // an initial: capital, dot, spaces, capital
    if (isUpperAt(text, i) && text[i + 1] === '.' && !isWordChar(text.charCodeAt(i + 2) || 0)) {
      let j = i + 2;
      while (text[j] === ' ') j++;
      if (j > i + 2 && isUpperAt(text, j)) { push(i, i + 2, true); i = i + 2; continue; }
    }
    let j = i + 1;
    for (;;) {
      while (j < n && isWordChar(text.charCodeAt(j))) j++;
      const d = text[j];
      if ((d === "'" || d === '’') && isLetterAt(text, j + 1)) { j += 2; while (j < n && isLetterAt(text, j)) j++; continue; }
      if ((d === '-' || d === '‐') && j + 1 < n && isWordChar(text.charCodeAt(j + 1))) { j += 1; continue; }
      break;
    }
    push(i, j, true);
    i = j;
  }
  return out;
}

/** Lowercased token text without a possessive ending ("China's" -> "china"). */
export const bareKey = (t: Token): string => t.lower.replace(/['’]s$/u, '');

/** A trie over lowercased token sequences, for multi-word lexicon lookups. */
export class TokenTrie<V> {
  private root: TrieNode<V> = { next: new Map() };

  /** `key` maps a token to its lookup key, the same way for the lexicon's phrases and the text. */
  constructor(private readonly key: (t: Token) => string = (t) => t.lower) {}

  add(phrase: string, value: V): void {
    const toks = tokenize(phrase).map(this.key);
    if (!toks.length) return;
    let node = this.root;
    for (const t of toks) {
      let n = node.next.get(t);
      if (!n) { n = { next: new Map() }; node.next.set(t, n); }
      node = n;
    }
    (node.values ??= []).push(value);
  }

  /** Values of every phrase that starts at token i (short and long ones). */
  all(tokens: Token[], i: number): V[] {
    let node: TrieNode<V> | undefined = this.root;
    const out: V[] = [];
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(this.key(tokens[j]));
      if (node?.values) out.push(...node.values);
    }
    return out;
  }

  /** Longest match starting at token i: [length in tokens, values] or null. */
  longest(tokens: Token[], i: number): [number, V[]] | null {
    let node: TrieNode<V> | undefined = this.root;
    let best: [number, V[]] | null = null;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(this.key(tokens[j]));
      if (node?.values) best = [j - i + 1, node.values];
    }
    return best;
  }
}

export interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}
