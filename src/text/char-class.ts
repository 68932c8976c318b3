/**
 * Character classes of the BMP as bit flags, computed once per code unit on first use, so the
 * scanners that run over every character (tokenizer, glue repair) need no regular expression.
 */

/**
 * bit 1 word (letter, mark, digit), 2 letter, 4 uppercase, 8 lowercase, 16 changed by toLowerCase,
 * 32 an ideograph (written without spaces: each is a token of its own); 128 marks "computed"
 */
const CLASS = new Uint8Array(65536);
const KNOWN = 128;
export const WORD = 1, LETTER = 2, UPPER = 4, LOWER = 8, LOWERABLE = 16, IDEOGRAPH = 32;

/** The class bits of a UTF-16 code unit (small enough to be inlined; the first sight of a unit is computed aside). */
export function charClass(c: number): number {
  const k = CLASS[c];
  return k !== 0 ? k : computeClass(c);
}

function computeClass(c: number): number {
  const ch = String.fromCharCode(c);
  let k = KNOWN;
  if (/[\p{L}\p{M}\p{N}]/u.test(ch)) k |= WORD;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{Lu}/u.test(ch)) k |= UPPER;
  if (/\p{Ll}/u.test(ch)) k |= LOWER;
  if (ch.toLowerCase() !== ch) k |= LOWERABLE;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff)) k |= IDEOGRAPH;
  CLASS[c] = k;
  return k;
}

/** An ASCII digit 0-9 (what `\d` reads). */
export const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
export const isLetterAt = (s: string, i: number) => i < s.length && (charClass(s.charCodeAt(i)) & LETTER) !== 0;
export const isUpperAt = (s: string, i: number) => i < s.length && (charClass(s.charCodeAt(i)) & UPPER) !== 0;
export const isLowerAt = (s: string, i: number) => i >= 0 && i < s.length && (charClass(s.charCodeAt(i)) & LOWER) !== 0;

/** White space as `\s` reads it, for one UTF-16 unit. */
export const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;

/**
 * The words of a text (runs of characters other than white space: `s.split(/\s+/).filter(Boolean).length`) in one loop,
 * counted up to `max` (a paragraph need not be read to the end to learn it is long).
 */
export function countWords(s: string, max = Infinity): number {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length && n < max; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * A name written in capitals ("KANANASKIS", "N'DJAMENA", "PORT MORESBY") in title case, each word and each part after
 * an apostrophe or a hyphen opening with a capital; a name with a lowercase letter stays as written.
 */
export function titleCaseCapitals(name: string): string {
  return /\p{Ll}/u.test(name) ? name : name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (m) => m.toUpperCase());
}
