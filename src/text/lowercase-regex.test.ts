import { describe, it, expect } from 'vitest';
import { forLowercase } from './lowercase-regex.js';

describe('forLowercase', () => {
  const same = (re: RegExp, text: string) => {
    const low = forLowercase(re)!;
    const a = [...text.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g'))].map((m) => [m.index, m[0].length]);
    const b = [...text.toLowerCase().matchAll(new RegExp(low.source, low.flags.includes('g') ? low.flags : low.flags + 'g'))].map((m) => [m.index, m[0].length]);
    return [a, b];
  };
  it.each([
    [/Held Talks\s+with/gi, 'Son HELD talks  With Wang; they held Talks with him.'],
    [/\b(January|May)\s+(\d{1,2})\b/gi, 'on MAY 5 and january 12, may 40'],
    [/\bco-?chair(?:ed|s)?\b/giu, 'Co-Chaired by X, cochairs'],
    [/[A-Z]\.\s?\S+/gi, 'J. Blinken and k.Smith'],
    [/\p{L}+\s+\D/giu, 'Việt Nam 5 Hà Nội x'],
    // capitals beyond A-Z: a cue written as the language capitalises it still matches once the text is lowercased
    [/Đại sứ Quán|Ông Ân/giu, 'đại sứ quán Ba Lan; ĐẠI SỨ QUÁN Chile; ông Ân'],
    [/[À-Ö]c/giu, 'Àc àC éc'],
  ])('%s matches the same spans on lowercased text', (re, text) => {
    const [a, b] = same(re, text);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
  });
  it('keeps escapes whose letter case carries meaning (\\S, \\D, \\B, \\p{L})', () => {
    expect(forLowercase(/\S+\D\B\p{L}X/giu)!.source).toBe('\\S+\\D\\B\\p{L}x');
  });
  it('refuses a capital whose lowercase is longer (İ), which would change a class', () => {
    expect(forLowercase(/[İI]stanbul/giu)).toBeNull();
  });
  it('refuses case classes and case-sensitive expressions', () => {
    expect(forLowercase(/\p{Lu}\p{Ll}+/giu)).toBeNull();
    expect(forLowercase(/Minister/g)).toBeNull();
  });
});
