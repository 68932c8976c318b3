/**
 * Case-insensitive matching is several times slower in V8 than plain matching. A case-insensitive
 * expression can instead run on the lowercased text as an ordinary expression whose letters are
 * lowercased: `forLowercase(/Talks with/gi)` is `/talks with/g`. Offsets agree with the original
 * text whenever lowercasing kept its length (callers check: "İ" becomes two code units).
 */
import { quickened } from './quick-regexp.js';

/** The expression for lowercased text, or null when the pattern cannot be converted (case classes like \p{Lu}). */
export function forLowercase(re: RegExp): RegExp | null {
  if (!re.flags.includes('i')) return null;
  // a case class means something else once the text is lowercased
  if (/\\[pP]\{(?:Lu|Ll|Lt|Uppercase|Lowercase|Cased|Cased_Letter|LC|L&)\}/.test(re.source)) return null;
  // every capital, not only A-Z ("Đ", "Â", "Ô" of a Vietnamese cue); escapes stay as written. A capital whose lowercase
  // is longer ("İ") would change what a character class means: such an expression is not converted.
  let convertible = true;
  const source = re.source.replace(/\\[pPu]\{[^}]*\}|\\c[A-Za-z]|\\x[0-9A-Fa-f]{2}|\\u[0-9A-Fa-f]{4}|\\.|\p{Lu}|\p{Lt}/gu, (m) => {
    if (m.startsWith('\\')) return m;
    const low = m.toLowerCase();
    if (low.length !== m.length) convertible = false;
    return low;
  });
  if (!convertible) return null;
  try {
    return quickened(new RegExp(source, re.flags.replace('i', '')));
  } catch {
    // a range between capitals that lowercasing turned around: matched case-insensitively as written
    return null;
  }
}
