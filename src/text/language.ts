/**
 * A quick guess at the language of a text from its letters: Chinese (Han characters), Vietnamese
 * (its tone marks and đ), else English when Latin letters dominate. Enough to report figures per
 * language; franc-style models are slower and guessed wrong on short diplomatic English.
 */
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
  if (han > latin * 0.2 && han > 20) return 'zh';
  if (latin < 20) return null;
  if (vi / latin > 0.04) return 'vi';
  return 'en';
}
