/**
 * An expression that opens with a lookbehind ("(?<![\p{L}\p{N}])(?:trước đó|…)", "(?<=以视频方式…)会谈")
 * is tried by V8 at every position of the text: it cannot skip ahead to where its first characters
 * stand. Such an expression runs several times faster behind a quick test: the same expression with
 * its lookarounds taken out, which matches wherever the full one does (an assertion only ever
 * narrows), and finds nothing in most sentences.
 *
 * `quickened(re)` gives an expression that behaves exactly as `re` (exec, test, lastIndex, groups,
 * flags, source) and answers "no match" at once where the quick test fails on the whole string. Other
 * expressions are returned as they are.
 */

/** An expression with a quick test before it. */
class QuickRegExp extends RegExp {
  /** expressions every string the full one matches in matches too: itself without its lookarounds, what its positive lookarounds require */
  private readonly quick: RegExp[] | null;
  /** the last string the quick test passed: a loop over the matches of one string tests it once */
  private passed: string | null = null;

  constructor(pattern: string | RegExp, flags?: string, quick: RegExp[] | null = null) {
    super(pattern, flags);
    this.quick = quick;
  }

  // clones made by split/matchAll are plain expressions (no quick test, and V8's fast paths)
  static get [Symbol.species](): RegExpConstructor { return RegExp; }

  override exec(s: string): RegExpExecArray | null {
    if (this.quick !== null && s !== this.passed) {
      if (!this.quick.every((q) => q.test(s))) {
        if (this.global || this.sticky) this.lastIndex = 0;
        return null;
      }
      this.passed = s;
    }
    return super.exec(s);
  }
}

/** A back-reference (\\k<name>, \\1): a group inside a lookaround may be what it names, so lookarounds are not taken out. */
const BACK_REFERENCE = /\\k<|\\[1-9]/;

/** Groups, then a letter or digit as written, or a class of such ("[会會]"). */
const OPENS_WITH_CHARACTERS = /^(?:\((?:\?:|\?<\w+>)?)*(?:[\p{L}\p{N}]|\[[^\\\]^]+\])/u;

/** `re`, with a quick test when it opens with a lookbehind and a quick test can be made. */
export function quickened(re: RegExp): RegExp {
  if (re instanceof QuickRegExp || !/^\(\?<[=!]/.test(re.source)) return re;
  const rest = withoutLookarounds(re.source);
  if (rest == null) return re;
  // the quick tests are quick only where they open with given characters ("(?:trước đó|...", "[会會]谈"), which
  // V8 finds by scanning; one that opens with a class of letters (\p{Lu}) or digits is tried at every position too.
  // What a positive lookbehind of the whole expression requires ("(?<=分别同…)会见": 分别同) is a test of its own.
  // One that opens with a class may still hold a character as written further on ("…\\s*\\((?:Xinhua|VNA)\\)"): the
  // expression from there on is found wherever the whole is (the engine sees the same text around it), and scans.
  const sources = [rest, ...requiredLookarounds(re.source)].map((q) => (OPENS_WITH_CHARACTERS.test(q) ? q : fromFirstCharacter(q))).filter((q): q is string => q !== null);
  if (!sources.length) return re;
  const flags = re.flags.replace(/[gyd]/g, '');
  try {
    return new QuickRegExp(re.source, re.flags, sources.map((q) => new RegExp(q, flags)));
  } catch {
    return re;
  }
}

/**
 * The expression from its first element that is a character as written and required (no quantifier
 * that allows none: "\\(" of "\\p{Lu}+\\s*\\(x\\)"), to the end; null when there is none, or the source has
 * an alternation outside its groups. Every match of the source holds a match of it (the part of the
 * match from that element on), so it serves as a quick test.
 */
export function fromFirstCharacter(source: string): string | null {
  const n = source.length;
  // an alternation outside the groups: no element is required
  for (let k = 0; k < n; k++) {
    const c = source[k];
    if (c === '\\') { k++; continue; }
    if (c === '[') { const e = classEnd(source, k); if (e < 0) return null; k = e - 1; continue; }
    if (c === '(') { const e = groupEnd(source, k); if (e < 0) return null; k = e - 1; continue; }
    if (c === '|') return null;
  }
  let i = 0;
  while (i < n) {
    const c = source[i];
    let end: number;
    let literal = false;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === undefined) return null;
      if (e === 'p' || e === 'P' || e === 'k' || e === 'u' || e === 'x' || e === 'c') {
        // a property, a named back-reference or a code escape: not read as a character here
        const close = e === 'p' || e === 'P' ? source.indexOf('}', i) : e === 'k' ? source.indexOf('>', i) : -1;
        end = close >= 0 ? close + 1 : i + 2;
        if (e === 'u' || e === 'x' || e === 'c') return null;
      } else {
        end = i + 2;
        // an escaped punctuation mark ("\\(", "\\.") is that mark; letters and digits escape classes and assertions
        literal = !/[\p{L}\p{N}]/u.test(e);
      }
    } else if (c === '[') {
      end = classEnd(source, i);
      if (end < 0) return null;
    } else if (c === '(') {
      end = groupEnd(source, i);
      if (end < 0) return null;
    } else if (c === '|') {
      return null;
    } else if (c === ')' || c === ']') {
      return null;
    } else {
      end = i + 1;
      literal = !'.^$*+?{'.includes(c);
    }
    // the element's quantifier
    let q = end;
    if (q < n && (source[q] === '?' || source[q] === '*' || source[q] === '+')) q++;
    else if (q < n && source[q] === '{') {
      const close = source.indexOf('}', q);
      if (close < 0 || !/^\{\d+(?:,\d*)?\}$/.test(source.slice(q, close + 1))) return null;
      q = close + 1;
    }
    const quantifier = source.slice(end, q);
    if (q > end && q < n && source[q] === '?') q++; // lazy
    const required = quantifier === '' || quantifier === '+' || /^\{[1-9]/.test(quantifier);
    // (one that opens with a character needs no quick test: the engine scans for it)
    if (literal && i === 0) return null;
    if (literal && required) {
      const rest = source.slice(i);
      // the rest must itself be an expression on its own (no group of it closes before it opened)
      try { new RegExp(rest, 'u'); } catch { return null; }
      return rest;
    }
    i = q;
  }
  return null;
}

/**
 * The contents (without their own lookarounds) of the positive lookarounds that every match of the
 * whole expression passes: those outside any group, in an expression with no alternation outside its
 * groups. Empty when there is none or the source is not read.
 */
export function requiredLookarounds(source: string): string[] {
  if (BACK_REFERENCE.test(source)) return [];
  const out: string[] = [];
  let depth = 0;
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '\\') { i += 2; continue; }
    if (c === '[') { const end = classEnd(source, i); if (end < 0) return []; i = end; continue; }
    if (c === '|' && depth === 0) return [];
    if (c === '(' && depth === 0 && (source.startsWith('(?=', i) || source.startsWith('(?<=', i))) {
      const end = groupEnd(source, i);
      if (end < 0) return [];
      const inner = withoutLookarounds(source.slice(source.startsWith('(?=', i) ? i + 3 : i + 4, end - 1));
      if (inner) out.push(inner);
      i = end;
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    i++;
  }
  return out;
}

/**
 * The source with every lookahead and lookbehind group removed, or null when that could change what
 * the rest means (a back-reference may name a group inside one).
 */
export function withoutLookarounds(source: string): string | null {
  if (BACK_REFERENCE.test(source)) return null;
  let out = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (c === '\\') { out += source.slice(i, i + 2); i += 2; continue; }
    if (c === '[') {
      const end = classEnd(source, i);
      if (end < 0) return null;
      out += source.slice(i, end);
      i = end;
      continue;
    }
    if (c === '(' && (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i))) {
      const end = groupEnd(source, i);
      if (end < 0) return null;
      i = end;
      // a quantifier on an assertion ("(?=x)?") goes with it
      if (i < n && '?*+{'.includes(source[i])) return null;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/** The index after the character class opening at `i` ("[...]"), or -1. */
function classEnd(s: string, i: number): number {
  let k = i + 1;
  if (s[k] === '^') k++;
  if (s[k] === ']') k++;
  while (k < s.length) {
    if (s[k] === '\\') { k += 2; continue; }
    if (s[k] === ']') return k + 1;
    k++;
  }
  return -1;
}

/** The index after the group opening at `i` (its closing parenthesis), or -1. */
function groupEnd(s: string, i: number): number {
  let depth = 0;
  let k = i;
  while (k < s.length) {
    const c = s[k];
    if (c === '\\') { k += 2; continue; }
    if (c === '[') { const e = classEnd(s, k); if (e < 0) return -1; k = e; continue; }
    if (c === '(') depth++;
    else if (c === ')') { depth--; if (depth === 0) return k + 1; }
    k++;
  }
  return -1;
}

/** Properties whose meaning changes with the `i` flag (\p{Lu} matches "a" under /iu). */
const CASED_PROPERTY = /^(?:Lu|Ll|Lt|LC|L&|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Uppercase|Lowercase|Cased|Changes_When\w+)$/;

/**
 * Whether an expression means the same with and without the `i` flag: no letter in it has another
 * case, and no escape could (\w, \b and a case property are read as cased, as is any \u, \x or \c
 * escape). Chinese patterns are caseless: under `i` V8 folds case at every character for nothing.
 */
export function isCaseless(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'p' || e === 'P') {
        const end = source.indexOf('}', i);
        if (end < 0) return false;
        const prop = source.slice(i + 3, end).replace(/^(?:General_Category|gc|Script|sc|Script_Extensions|scx)=/, '');
        if (CASED_PROPERTY.test(prop)) return false;
        i = end;
        continue;
      }
      if (e === 'k') {
        const end = source.indexOf('>', i);
        if (end < 0) return false;
        i = end;
        continue;
      }
      if (e === undefined || 'wWbBuxc'.includes(e)) return false;
      if (e.toLowerCase() !== e.toUpperCase() && !'dDsSnrtfv0'.includes(e)) return false;
      i++;
      continue;
    }
    // a group's name ("(?<month>") is no text
    if (c === '(' && source.startsWith('(?<', i) && !source.startsWith('(?<=', i) && !source.startsWith('(?<!', i)) {
      const end = source.indexOf('>', i);
      if (end < 0) return false;
      i = end;
      continue;
    }
    if (c.toLowerCase() !== c.toUpperCase()) return false;
  }
  return true;
}

/**
 * An expression of the language packs, compiled for speed with the same meaning: without the `i`
 * flag where no letter of it has case, and with a quick test where it opens with a lookbehind.
 */
export function fastRegExp(source: string, flags: string): RegExp {
  return quickened(new RegExp(source, flags.includes('i') && isCaseless(source) ? flags.replace('i', '') : flags));
}
