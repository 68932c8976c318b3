/**
 * Splits the normalised text into lines and sentences, with offsets into the normalised text.
 * Sentence boundaries: end punctuation before a capital, a line break, an inline caption credit
 * ("(Photo: VNA)"), and a dateline that opens a story inside a line ("HÀ NỘI —", "Beijing (VNA) –").
 * The patterns are rules of data/lang/<language>/segments.json.
 */
import { ruleBook } from '../knowledge/rule-book.js';
import type { Line, Sentence } from '../doc.js';

/**
 * The longest sentence read as one: longer ones (no end punctuation for pages on end) are cut at
 * the last space before the limit, so that the work per sentence stays bounded. The longest
 * sentence of the shared corpus has 569 characters.
 */
export const MAX_SENTENCE = 2000;

/** Pieces of at most `max` characters, cut after the last white space before the limit (or at the limit). */
export function cutLong(t: string, max = MAX_SENTENCE): [number, number][] {
  const out: [number, number][] = [];
  let a = 0;
  while (t.length - a > max) {
    let b = a + max;
    while (b > a + max / 2 && !/\s/.test(t[b - 1])) b--;
    if (b <= a + max / 2) b = a + max;
    // a cut between the halves of a surrogate pair moves one back
    const c = t.charCodeAt(b - 1);
    if (c >= 0xd800 && c <= 0xdbff) b--;
    out.push([a, b]);
    a = b;
  }
  out.push([a, t.length]);
  return out;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let paragraph = 0;
  let blank = false;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const raw = text.slice(start, i);
      const trimmed = raw.trim();
      if (trimmed) {
        if (blank && lines.length) paragraph++;
        const lead = raw.length - raw.trimStart().length;
        lines.push({ index: lines.length, start: start + lead, end: start + lead + trimmed.length, text: trimmed, noise: null, paragraph });
        blank = false;
      } else {
        blank = true;
      }
      start = i + 1;
    }
  }
  // a line by itself with no blank line between is still its own paragraph when it ends a sentence
  return lines;
}

/** The cutting rules of a language (data/lang/<language>/segments.json), compiled once. */
interface SegmentRules {
  end: RegExp;
  /** the end must be followed by space and a capital (spaced scripts); else every end cuts */
  spaced: boolean;
  abbreviations: Set<string>;
  /** abbreviated first names, as written ("Md.", "Ma."): a full stop after them does not end the sentence */
  nameAbbreviations: Set<string>;
  /** abbreviations of months ("Jun."): a full stop after one ends the sentence unless a number follows ("Jun. 5") */
  monthAbbreviations: Set<string>;
  inlineCredit: RegExp;
  inlinePhoto: RegExp;
  storyAgency: RegExp;
  storyCaps: RegExp;
  datePrefix: RegExp;
}
const segmentRules = new Map<string, SegmentRules>();
function rulesFor(language: string): SegmentRules {
  let r = segmentRules.get(language);
  if (!r) {
    const b = ruleBook(language, 'segments');
    r = {
      end: b.pattern('segments/sentence-end'), spaced: language !== 'zh', abbreviations: b.words('segments/abbreviations'),
      nameAbbreviations: b.has('segments/name-abbreviations') ? new Set(b.rule('segments/name-abbreviations').words) : new Set<string>(),
      monthAbbreviations: b.optionalWords('segments/month-abbreviations'),
      inlineCredit: b.pattern('segments/inline-credit'), inlinePhoto: b.pattern('segments/inline-photo-credit'),
      storyAgency: b.pattern('segments/story-dateline-agency'), storyCaps: b.pattern('segments/story-dateline-caps'), datePrefix: b.pattern('segments/date-prefix'),
    };
    segmentRules.set(language, r);
  }
  return r;
}

/**
 * Sentences of the lines: cut at end punctuation (before a capital where words have spaces), at an
 * inline photo credit ("(Photo: VNA)") and before a story's opening dateline ("HÀ NỘI —", "Hanoi (VNA) –").
 */
export function splitSentences(text: string, lines: Line[], language = 'en'): Sentence[] {
  const R = rulesFor(language);
  const out: Sentence[] = [];
  for (const line of lines) {
    const cuts = new Set<number>();
    const lt = line.text;
    const paren = lt.includes('(');
    const each = (re: RegExp, f: (m: RegExpExecArray) => void) => {
      if (!re.global) return;
      re.lastIndex = 0;
      for (let m = re.exec(lt); m; m = re.exec(lt)) { if (!m[0].length) { re.lastIndex++; continue; } f(m); }
    };
    if (paren) each(R.inlineCredit, (m) => { if (m.index + m[0].length < lt.length) cuts.add(m.index + m[0].length); });
    if (lt.includes('—') || lt.includes('–') || lt.includes('-')) each(R.inlinePhoto, (m) => { if (m.index + m[0].length < lt.length) cuts.add(m.index + m[0].length); });
    if (paren) each(R.storyAgency, (m) => { if (m.index > 0 && /\s/.test(lt[m.index - 1])) cuts.add(m.index); });
    if (lt.includes('—') || lt.includes('–')) each(R.storyCaps, (m) => { if (m.index > 0 && /\s/.test(lt[m.index - 1])) cuts.add(m.index); });
    const dp = R.datePrefix.exec(lt);
    if (dp && dp[0].length < lt.length) cuts.add(dp[0].length);
    // end punctuation (followed by space and a capital/digit/quote where words have spaces)
    each(R.end, (m) => {
      if (R.spaced && m[1] === '.') {
        const before = lt.slice(Math.max(0, m.index - 12), m.index);
        const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
        const w = word.toLowerCase().replace(/\.$/, '');
        // ("... met Chinese Defense Minister Dong Jun. The two ...": a month's abbreviation with a word after it, not a day
        // or a year, is a word that ends the sentence)
        const month = R.monthAbbreviations.has(w) && word.length > 1 && !/^[\s"'(\[]*\p{N}/u.test(lt.slice(m.index + m[0].length, m.index + m[0].length + 4));
        if (!month && (R.abbreviations.has(w) || R.nameAbbreviations.has(word.replace(/\.$/, '')) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) return;
      }
      cuts.add(m.index + m[0].length);
    });
    const points = [0, ...[...cuts].sort((a, b) => a - b), lt.length];
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      const piece = lt.slice(a, b);
      const t = piece.trim();
      if (!t) continue;
      const lead = piece.length - piece.trimStart().length;
      const start = line.start + a + lead;
      if (t.length <= MAX_SENTENCE) {
        out.push({ index: out.length, start, end: start + t.length, text: t, line: line.index, paragraph: line.paragraph, noise: line.noise, role: 'body' });
        continue;
      }
      for (const [x, y] of cutLong(t)) {
        const part = t.slice(x, y);
        const pt = part.trim();
        if (!pt) continue;
        const ps = start + x + (part.length - part.trimStart().length);
        out.push({ index: out.length, start: ps, end: ps + pt.length, text: pt, line: line.index, paragraph: line.paragraph, noise: line.noise, role: 'body', cut: true });
      }
    }
  }
  return out;
}
