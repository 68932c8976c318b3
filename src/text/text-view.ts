/**
 * A normalised working copy of the input text that every later stage reads, with a map back to the
 * input's own offsets (evidence spans always point into the input as given).
 *
 * Normalisation keeps lengths where it can (typographic quotes, no-break spaces) and inserts a space
 * where a bad scrape glued words together ("withChinese", "PrimeMinister", "April16", "aphone call",
 * "Laos.Meeting"); each insertion is recorded so offsets map back exactly.
 */

import { isAsciiDigit, isLetterAt, isLowerAt, isUpperAt } from './char-class.js';

const SAME_LENGTH: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u200B': ' ', '\u200C': ' ', '\u200D': ' ', '\uFEFF': ' ', '\t': ' ', '\r': ' ', '\f': '\n', '\v': '\n',
  '\u2028': '\n', '\u2029': '\n',
  // a non-breaking hyphen ("phone\u2011talk", "Lancang\u2011Mekong") is a hyphen
  '\u2011': '-',
};
const SAME_LENGTH_RE = /[\u2019\u2018\u201B\u2032\u02BC\u201C\u201D\u201E\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u200B\u200C\u200D\uFEFF\t\r\f\v\u2028\u2029\u2011\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;
/**
 * Full-width digits and Latin letters (２０２４年３月１８日, as the print edition of a Chinese daily sets them) as their
 * ASCII forms, one unit for one; full-width punctuation (，：（）) stays, as the Chinese rule books write it.
 */
const halfWidth = (c: string): string => {
  const u = c.charCodeAt(0);
  return u >= 0xff10 && u <= 0xff5a ? String.fromCharCode(u - 0xfee0) : SAME_LENGTH[c] ?? ' ';
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** Words that scrapes glue to a neighbour, and the short function words they get glued to. */
const GLUE_KEYWORDS = ['phone', 'telephone', 'talks', 'talk', 'meeting', 'meetings', 'minister', 'ministers', 'foreign', 'counterpart', 'counterparts', 'call', 'video', 'virtual', 'conversation'];
const GLUE_FUNCTION_WORDS = ['a', 'the', 'of', 'with', 'to', 'and', 'on', 'in', 'for', 'by', 'at', 'his', 'her', 'held', 'had'];
const cross = (xs: string[], ys: string[]) => xs.flatMap((x) => ys.map((y) => x + y));
const COMPOUNDS = [...cross(['phone', 'telephone'], ['call', 'calls', 'talk', 'talks', 'conversation', 'conversations']), ...cross(['video'], ['call', 'calls', 'conference', 'conferences', 'talk', 'talks'])];

/**
 * Whole words (lowercased) that are two or three glued words, with where the spaces go:
 * "aphone" (a + phone), "talkswith" (talks + with), "aphonecall" (a + phonecall).
 */
const GLUED_WORDS = new Map<string, number[]>();
const addSplit = (word: string, at: number) => {
  const points = GLUED_WORDS.get(word) ?? [];
  if (!points.includes(at)) points.push(at);
  GLUED_WORDS.set(word, points);
};
// the first reading wins, as in an alternation tried in order
const addFirst = (firsts: string[], seconds: string[]) => {
  const seen = new Set<string>();
  for (const a of firsts) for (const b of seconds) if (!seen.has(a + b)) { seen.add(a + b); addSplit(a + b, a.length); }
};
addFirst(GLUE_FUNCTION_WORDS, GLUE_KEYWORDS); // "aphone call", "thetelephone"
addFirst([...GLUE_KEYWORDS, 'met', 'meets'], ['with', 'to', 'on', 'in']); // "talkswith", "meetingwith"
addFirst(GLUE_FUNCTION_WORDS, COMPOUNDS); // "aphonecall": the function word
/** A hash of a word's lowercase letters, computed while scanning: the lookup needs no string until it hits. */
const hashStep = (h: number, c: number) => Math.imul(h ^ (c | 32), 16777619) & 0x3fffffff;
const HASH_SEED = 2166136261 & 0x3fffffff;
const GLUED_HASHES = new Set<number>();
for (const w of GLUED_WORDS.keys()) { let h = HASH_SEED; for (let i = 0; i < w.length; i++) h = hashStep(h, w.charCodeAt(i)); GLUED_HASHES.add(h); }
/** "phonecall", "telephonetalks", "videoconference", also at the end of a longer word: a space before the second part */
const COMPOUND_RE = /(phone|telephone|video)(calls?|talks?|conversations?|conferences?)\b/gi;
const DIGIT_FUNCTION_WORDS = ['on', 'in', 'of', 'since', 'from', 'until', 'by']; // "on16 April", "in2021"

const FUNCTION_WORDS = new Set(['a', 'an', 'at', 'by', 'in', 'of', 'on', 'to', 'and', 'the', 'for', 'with']);
const isAsciiWord = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
const allDigits = (s: string, from: number) => { for (let i = from; i < s.length; i++) if (!isAsciiDigit(s.charCodeAt(i))) return false; return s.length > from; };

/**
 * Insertion points (index where a space goes) in one scan over the text, each checked in code:
 * - camel glue: "withChinese", "PrimeMinister", "ofForeign", but not "McCarthy", "MacArthur", "DeSantis", "iPhone"
 *   (the word before the capital is a function word, three or more lowercase letters, or a capital and three or more)
 * - a sentence glued to the next: "in Laos.Meeting with"
 * - glued ASCII words ("April16", "16April", "aphone", "talkswith", "phonecall", "in2021"), looked up whole
 */
function gluePoints(text: string, points: Set<number>): void {
  COMPOUND_RE.lastIndex = 0;
  for (let m = COMPOUND_RE.exec(text); m; m = COMPOUND_RE.exec(text)) {
    points.add(m.index + m[1].length);
    COMPOUND_RE.lastIndex = m.index + m[1].length;
  }
  const n = text.length;
  let runStart = -1, runDigits = false, runHash = HASH_SEED;
  // the run of letters that ends at i, and the last character in it that is not lowercase: kept as
  // the scan goes, so a glued word is never scanned back over (that was quadratic in its length)
  let letterStart = -1, lastNotLower = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (i < n && isLetterAt(text, i)) {
      if (letterStart < 0) letterStart = i;
      if (!isLowerAt(text, i)) lastNotLower = i;
    } else {
      letterStart = -1;
    }
    if (isAsciiWord(c)) {
      if (runStart < 0) { runStart = i; runDigits = false; runHash = HASH_SEED; }
      if (c <= 57) runDigits = true;
      runHash = hashStep(runHash, c);
    } else if (runStart >= 0) {
      if (i - runStart >= 3) gluedWord(text, runStart, i, runDigits, runHash, points);
      runStart = -1;
    }
    if (i >= n - 2) continue;
    // both rules below need a capital next: most characters stop here
    const d = text.charCodeAt(i + 1);
    if (!((d >= 65 && d <= 90) || (d >= 128 && isUpperAt(text, i + 1)))) continue;
    if (isLowerAt(text, i) && isUpperAt(text, i + 1) && isLowerAt(text, i + 2)) {
      const end = i + 1;
      // the word before the capital: text[ws, end), every letter after its first lowercase or not
      const ws = letterStart;
      const len = end - ws;
      const lower = lastNotLower <= ws;
      const ok = (len <= 4 && FUNCTION_WORDS.has(text.slice(ws, end)))
        || (len >= 3 && lower && isLowerAt(text, ws))
        || (len >= 4 && lower && isUpperAt(text, ws));
      if (ok) points.add(end);
    } else if ((c === 46 || c === 33 || c === 63) && isUpperAt(text, i + 1) && isLowerAt(text, i + 2)) {
      // "Laos.Meeting": the two characters before are lowercase letters or digits
      const ok = (k: number) => isLowerAt(text, k) || isAsciiDigit(text.charCodeAt(k));
      if (i >= 2 && ok(i - 1) && ok(i - 2)) points.add(i + 1);
    }
  }
}

/** Glued words inside the ASCII word text[a, b). */
function gluedWord(text: string, a: number, b: number, digits: boolean, hash: number, points: Set<number>): void {
  if (digits ? isAsciiDigit(text.charCodeAt(a)) && isAsciiDigit(text.charCodeAt(b - 1)) : !GLUED_HASHES.has(hash)) return;
  const word = text.slice(a, b);
  if (digits) {
    // months glued to digits (case as written): "April16", "16April"; "on16", "in2021"
    if (isAsciiDigit(word.charCodeAt(word.length - 1))) {
      for (const m of MONTHS) if (word.startsWith(m) && isAsciiDigit(word.charCodeAt(m.length))) { points.add(a + m.length); break; }
      for (const f of DIGIT_FUNCTION_WORDS) if (word.length - f.length <= 4 && word.startsWith(f) && allDigits(word, f.length)) { points.add(a + f.length); break; }
    } else {
      for (const m of MONTHS) if (word.endsWith(m) && isAsciiDigit(word.charCodeAt(word.length - m.length - 1))) { points.add(b - m.length); break; }
    }
    return;
  }
  if (word.length < 5 || word.length > 30) return;
  const split = GLUED_WORDS.get(word.toLowerCase());
  if (split) for (const p of split) points.add(a + p);
}

export class TextView {
  /** The normalised text. */
  readonly text: string;
  /** The input text as given. */
  readonly original: string;
  /** Sorted indices in `text` of characters that were inserted (they have no original). */
  private readonly inserted: number[];

  private constructor(original: string, text: string, inserted: number[]) {
    this.original = original;
    this.text = text;
    this.inserted = inserted;
  }

  static from(original: string): TextView {
    const base = original.replace(SAME_LENGTH_RE, halfWidth);
    const points = new Set<number>();
    gluePoints(base, points);
    if (points.size === 0) return new TextView(original, base, []);
    const sorted = [...points].sort((a, b) => a - b);
    const parts: string[] = [];
    const inserted: number[] = [];
    let last = 0;
    for (const p of sorted) {
      parts.push(base.slice(last, p));
      const at = p + inserted.length;
      inserted.push(at);
      parts.push(' ');
      last = p;
    }
    parts.push(base.slice(last));
    return new TextView(original, parts.join(''), inserted);
  }

  /** Maps an index into `text` to the index into `original`. */
  toOriginal(i: number): number {
    // number of inserted characters strictly before i
    let lo = 0, hi = this.inserted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.inserted[mid] < i) lo = mid + 1; else hi = mid;
    }
    return i - lo;
  }

  /** Maps a span of `text` to a span of `original`, trimmed of inserted padding. */
  spanToOriginal(start: number, end: number): { start: number; end: number } {
    return { start: this.toOriginal(start), end: this.toOriginal(end) };
  }
}
