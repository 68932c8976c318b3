/**
 * The language of a text: Chinese where Han characters weigh, else among the languages written in
 * Latin letters the one whose commonest words (`language/function-words` of data/lang/<language>/
 * segments.json) the text uses most, Vietnamese tone marks breaking a tie. English is the default
 * for Latin text with no cue. Enough to pick a language pack; franc-style models guessed wrong on
 * short diplomatic English.
 */
import { ruleBook } from '../knowledge/rule-book.js';

let cues: { language: string; words: Set<string> }[] | null = null;

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
  cues ??= ['en', 'vi'].map((language) => ({ language, words: ruleBook(language, 'segments').words('language/function-words') }));
  const counts = new Map<string, number>();
  for (const w of sample.toLowerCase().split(/[^\p{L}]+/u)) {
    if (!w) continue;
    for (const c of cues) if (c.words.has(w)) counts.set(c.language, (counts.get(c.language) ?? 0) + 1);
  }
  const en = counts.get('en') ?? 0, viWords = counts.get('vi') ?? 0;
  if (viWords > en) return 'vi';
  if (en > viWords) return 'en';
  return vi / latin > 0.04 ? 'vi' : 'en';
}
