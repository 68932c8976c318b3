import { describe, it, expect } from 'vitest';
import { TextView } from './text-view.js';

describe('TextView', () => {
  const cases: [string, string][] = [
    ['talks withChinese counterpart', 'talks with Chinese counterpart'],
    ['Deputy PrimeMinister Minh', 'Deputy Prime Minister Minh'],
    ['Minister ofForeign Affairs', 'Minister of Foreign Affairs'],
    ['made aphone call to', 'made a phone call to'],
    ['on April16 in Hanoi', 'on April 16 in Hanoi'],
    ['in Laos.Meeting with Wang', 'in Laos. Meeting with Wang'],
    ['McCarthy and MacArthur met DeSantis', 'McCarthy and MacArthur met DeSantis'],
    ['the iPhone maker', 'the iPhone maker'],
    ['Viet Nam’s “stance”', "Viet Nam's \"stance\""],
  ];
  it.each(cases)('normalises %j', (input, expected) => {
    expect(TextView.from(input).text).toBe(expected);
  });

  it('maps offsets of the normalised text back to the input', () => {
    const input = 'He met withChinese FM on April16.';
    const v = TextView.from(input);
    const at = v.text.indexOf('Chinese');
    expect(input.slice(v.toOriginal(at), v.toOriginal(at + 'Chinese'.length))).toBe('Chinese');
    const d = v.text.indexOf('16');
    expect(input.slice(v.toOriginal(d), v.toOriginal(d + 2))).toBe('16');
    expect(v.toOriginal(v.text.length)).toBe(input.length);
  });
});
