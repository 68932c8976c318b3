/**
 * Splits the normalised text into lines and sentences, with offsets into the normalised text.
 * Sentence boundaries: end punctuation before a capital, a line break, an inline caption credit
 * ("(Photo: VNA)"), and a dateline that opens a story inside a line ("HÀ NỘI —", "Beijing (VNA) –").
 */

export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Rule id when the line is page furniture, else null. */
  noise: string | null;
  /** Paragraph number: lines separated by a blank line start a new paragraph. */
  paragraph: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  line: number;
  paragraph: number;
  /** Rule id when the sentence is page furniture (caption, teaser, menu...), else null. */
  noise: string | null;
  /** `headline` for the document's title line, else `body`. */
  role: 'headline' | 'body';
  /** true for a piece of a sentence longer than `MAX_SENTENCE`, cut at a space (extract warns `text/long-sentence`) */
  cut?: boolean;
}

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

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'sen', 'rep', 'gov', 'st', 'jr', 'sr',
  'no', 'nos', 'vol', 'art', 'fig', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'e.g', 'i.e', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s', 'u.k', 'u.n', 'h.e', 'hon', 'amb', 'pres', 'dept',
  'approx', 'est', 'mt', 'ft', 'op', 'cf', 'ed', 'eds', 'pp', 'a.m', 'p.m', 'p.r', 'd.c', 'rev', 'messrs',
]);

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

/** Inline caption credits and story-opening datelines that end the text before them. */
const INLINE_BREAKS = [
  // "(Photo: VNA)", "(Source: VNA)", "(Xinhua/Ding Haitao)"
  /\((?:photo|source|ảnh|xinhua\/|vna\/)[^)]{0,60}\)\s*/giu,
  // "— VNA/VNS Photo Trí Dũng " up to a dateline
  /[—–-]\s*VNA\/VNS(?:\s+Photo)?(?:\s+\p{Lu}\p{Ll}[\p{L}.]*){0,3}\s+(?=\p{Lu}{2,})/gu,
];
/**
 * A dateline that opens a story inside a line: "HÀ NỘI —", "BEIJING, June 26 (Xinhua) --", "Hanoi (VNA) –".
 * The text is cut before it (the match is consumed, so "HÀ NỘI" is not also cut before "NỘI").
 */
const STORY_DATELINES = [
  // one to three capitalised words (no inner full stop: "Hanoi. Beijing" is two sentences) before the agency
  /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*\s){0,2}\p{Lu}[\p{L}'’-]*(?:,\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2})?\s*\((?:VNA|Xinhua|VNS|AP|AFP|Reuters|VGP|VOV|KPL|Kyodo|Yonhap|Bernama|Antara|PNA|TASS|IANS|PTI|ANI|CNA)\)\s*(?:--|[—–-])/gu,
  /\p{Lu}{2,}(?:[ .]\p{Lu}{2,})*\s*[—–]\s/gu,
];
/** The agency in brackets that the first story dateline needs: a quick test before the full expression. */
const AGENCY_IN_BRACKETS = /\((?:VNA|Xinhua|VNS|AP|AFP|Reuters|VGP|VOV|KPL|Kyodo|Yonhap|Bernama|Antara|PNA|TASS|IANS|PTI|ANI|CNA)\)/u;
/** "date 2021-06-09 " that some scrapes put before the text: its own piece. */
const DATE_PREFIX = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/i;

export function splitSentences(text: string, lines: Line[]): Sentence[] {
  const out: Sentence[] = [];
  for (const line of lines) {
    const cuts = new Set<number>();
    const lt = line.text;
    const paren = lt.includes('(');
    for (const re of INLINE_BREAKS) {
      if (re === INLINE_BREAKS[0] ? !paren : !lt.includes('VNA/VNS')) continue;
      re.lastIndex = 0;
      for (let m = re.exec(lt); m; m = re.exec(lt)) if (m.index + m[0].length < lt.length) cuts.add(m.index + m[0].length);
    }
    for (const re of STORY_DATELINES) {
      if (re === STORY_DATELINES[0] ? !paren || !AGENCY_IN_BRACKETS.test(lt) : !(lt.includes('—') || lt.includes('–'))) continue;
      re.lastIndex = 0;
      for (let m = re.exec(lt); m; m = re.exec(lt)) if (m.index > 0 && /\s/.test(lt[m.index - 1])) cuts.add(m.index);
    }
    const dp = DATE_PREFIX.exec(lt);
    if (dp && dp[0].length < lt.length) cuts.add(dp[0].length);
    // end punctuation followed by space and a capital/digit/quote
    const re = /([.!?]+["')\]]*)\s+(?=["'(\[]?[\p{Lu}\p{N}])/gu;
    for (let m = re.exec(lt); m; m = re.exec(lt)) {
      const before = lt.slice(Math.max(0, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
      const w = word.toLowerCase().replace(/\.$/, '');
      if (m[1] === '.' && (ABBREVIATIONS.has(w) || /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word))) continue;
      cuts.add(m.index + m[0].length);
    }
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
