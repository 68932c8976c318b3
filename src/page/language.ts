/**
 * The language of a text: Chinese where Han characters weigh, else among the languages written in
 * Latin letters the one whose commonest words (`language/function-words` of data/lang/<language>/
 * segments.json) the text uses most, Vietnamese tone marks breaking a tie. English is the default
 * for Latin text with no cue. Enough to pick a language pack; franc-style models guessed wrong on
 * short diplomatic English.
 */
import { ruleBook } from '../knowledge/rule-book.js';

/** The function words of English and Vietnamese, as a bit each (1: English, 2: Vietnamese), and the longest one's length. */
let cues: { bits: Map<string, number>; longest: number } | null = null;
function functionWords(): { bits: Map<string, number>; longest: number } {
  const bits = new Map<string, number>();
  ['en', 'vi'].forEach((language, k) => {
    for (const w of ruleBook(language, 'segments').words('language/function-words')) bits.set(w, (bits.get(w) ?? 0) | (1 << k));
  });
  return { bits, longest: Math.max(...[...bits.keys()].map((w) => w.length)) };
}

/** How many characters are read for function words. */
const WORD_SAMPLE = 2_500;

export function guessLanguage(text: string): string | null {
  const sample = text.length > 6_000 ? text.slice(0, 6_000) : text;
  let han = 0, latin = 0, vi = 0;
  for (let i = 0; i < sample.length; i++) {
    // UTF-16 units: every range below lies in the Basic Multilingual Plane
    const c = sample.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if ((c >= 0x1ea0 && c <= 0x1ef9) || c === 0x111 || c === 0x110 || c === 0x1b0 || c === 0x1a1) { vi++; latin++; }
  }
  // a short Chinese text (a headline, one sentence) is Chinese however few its characters
  if (han > latin * 0.2 && (han > 20 || (han >= 6 && latin < 20))) return 'zh';
  if (latin < 20) return null;
  cues ??= functionWords();
  let en = 0, viWords = 0;
  // function words of the first few thousand characters say enough; words are runs of Latin letters
  // (with Vietnamese and other diacritics), scanned by hand: a word longer than every cue is not cut out
  const low = sample.slice(0, WORD_SAMPLE).toLowerCase();
  let start = -1;
  for (let i = 0; i <= low.length; i++) {
    const c = i < low.length ? low.charCodeAt(i) : 0;
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x1e00 && c <= 0x1eff)) { if (start < 0) start = i; continue; }
    if (start < 0) continue;
    if (i - start <= cues.longest) {
      const bits = cues.bits.get(low.slice(start, i));
      if (bits !== undefined) { en += bits & 1; viWords += bits >> 1; }
    }
    start = -1;
  }
  if (viWords > en) return 'vi';
  if (en > viWords) return 'en';
  return vi / latin > 0.04 ? 'vi' : 'en';
}
