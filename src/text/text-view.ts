/**
 * A normalised working copy of the input text that every later stage reads, with a map back to the
 * input's own offsets (evidence spans always point into the input as given).
 *
 * Normalisation keeps lengths where it can (typographic quotes, no-break spaces) and inserts a space
 * where a bad scrape glued words together ("withChinese", "PrimeMinister", "April16", "aphone call",
 * "Laos.Meeting"); each insertion is recorded so offsets map back exactly.
 */

const SAME_LENGTH: Record<string, string> = {
  '\u2019': "'", '\u2018': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u200B': ' ', '\u200C': ' ', '\u200D': ' ', '\uFEFF': ' ', '\t': ' ', '\r': ' ', '\f': '\n', '\v': '\n',
  '\u2028': '\n', '\u2029': '\n',
};
const SAME_LENGTH_RE = /[\u2019\u2018\u201B\u2032\u02BC\u201C\u201D\u201E\u00A0\u2007\u202F\u2009\u200A\u2002\u2003\u200B\u200C\u200D\uFEFF\t\r\f\v\u2028\u2029]/g;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

/** Words that scrapes glue to a neighbour, and the short function words they get glued to. */
const GLUE_KEYWORDS = 'phone|telephone|talks|talk|meeting|meetings|minister|ministers|foreign|counterpart|counterparts|call|video|virtual|conversation';
const GLUE_FUNCTION_WORDS = 'a|the|of|with|to|and|on|in|for|by|at|his|her|held|had';

/**
 * Each pattern marks insertion points: a space goes at the index of capture group 2's start.
 * Order does not matter: points are collected, de-duplicated and applied left to right.
 */
const FUNCTION_WORDS = new Set(['a', 'an', 'at', 'by', 'in', 'of', 'on', 'to', 'and', 'the', 'for', 'with']);
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();
const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isLetter = (c: string | undefined) => !!c && c.toLowerCase() !== c.toUpperCase();

/**
 * Insertion points (index where a space goes), each found by a cheap scan and checked in code:
 * - camel glue: "withChinese", "PrimeMinister", "ofForeign", but not "McCarthy", "MacArthur", "DeSantis", "iPhone"
 *   (the word before the capital is a function word, three or more lowercase letters, or a capital and three or more)
 * - a sentence glued to the next: "in Laos.Meeting with"
 */
function gluePoints(text: string, points: Set<number>): void {
  const camel = /\p{Ll}(?=\p{Lu}\p{Ll})/gu;
  for (let m = camel.exec(text); m; m = camel.exec(text)) {
    const end = m.index + 1;
    let ws = m.index;
    while (ws > 0 && isLetter(text[ws - 1])) ws--;
    const word = text.slice(ws, end);
    const ok = FUNCTION_WORDS.has(word)
      || (word.length >= 3 && [...word].every(isLower))
      || (word.length >= 4 && isUpper(word[0]) && [...word.slice(1)].every(isLower));
    if (ok) points.add(end);
  }
  const sentence = /[.!?](?=\p{Lu}\p{Ll})/gu;
  for (let m = sentence.exec(text); m; m = sentence.exec(text)) {
    const ok = (c: string) => isLower(c) || (c >= '0' && c <= '9');
    if (m.index >= 2 && ok(text[m.index - 1]) && ok(text[m.index - 2])) points.add(m.index + 1);
  }
}

/** Each pattern marks insertion points: a space goes at the index where capture group 2 starts. */
const GLUE_RULES: { id: string; re: RegExp }[] = [
  // "April16", "on16 April"
  { id: 'glue/month-digit', re: new RegExp(`\\b(${MONTHS})(\\d)`, 'g') },
  { id: 'glue/digit-month', re: new RegExp(`(\\d)(${MONTHS})\\b`, 'g') },
  // "aphone call", "thetelephone"
  { id: 'glue/function-keyword', re: new RegExp(`\\b(${GLUE_FUNCTION_WORDS})(${GLUE_KEYWORDS})\\b`, 'gi') },
  // "talkswith", "meetingwith"
  { id: 'glue/keyword-function', re: new RegExp(`\\b(${GLUE_KEYWORDS}|met|meets)(with|to|on|in)\\b`, 'gi') },
  // "phonecall", "aphonecall" (the function word is split by the rule above once this one has run)
  { id: 'glue/keyword-keyword', re: /(phone|telephone|video)(calls?|talks?|conversations?|conferences?)\b/gi },
  { id: 'glue/function-compound', re: /\b(a|the|of|with|to|and|on|in|for|by|at|his|her|held|had)((?:tele)?phone(?:calls?|talks?|conversations?)|video(?:calls?|conferences?|talks?))\b/gi },
  // "on16 April", "in2021"
  { id: 'glue/function-digit', re: /\b(on|in|of|since|from|until|by)(\d{1,4})\b/g },
];

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
    const base = original.replace(SAME_LENGTH_RE, (c) => SAME_LENGTH[c] ?? ' ');
    const points = new Set<number>();
    gluePoints(base, points);
    for (const rule of GLUE_RULES) {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(base); m; m = rule.re.exec(base)) {
        points.add(m.index + m[1].length);
        // step back so overlapping glue ("aphonecall") is seen too
        rule.re.lastIndex = m.index + m[1].length;
      }
    }
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
