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

const TOKEN = /(?:\p{L}\.){2,}(?!\p{L})|\p{Lu}\.(?=\s+\p{Lu})|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+|[-‐][\p{L}\p{M}\p{N}]+)*|\S/gu;

/** Lowercased token text without a possessive ending ("China's" -> "china"). */
export const bareKey = (t: Token): string => t.lower.replace(/['’]s$/u, '');

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const word = /[\p{L}\p{N}]/u.test(t[0]);
    out.push({
      text: t,
      lower: t.toLowerCase(),
      start: offset + m.index,
      end: offset + m.index + t.length,
      cap: word && t[0] !== t[0].toLowerCase() && c !== 0,
      word,
    });
  }
  return out;
}

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
