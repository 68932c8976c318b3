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

  const more: [string, string][] = [
    ['held talkswith Wang', 'held talks with Wang'],
    ['made thetelephone call', 'made the telephone call'],
    ['He metwith the envoy', 'He met with the envoy'],
    ['thanked hisChinese counterpart', 'thanked his Chinese counterpart'],
    ['talks with\u00a0Wang', 'talks with Wang'],
    ['WANG Yi and USA Today', 'WANG Yi and USA Today'],
    ['２０２５年６月９日，外长同ＡＳＥＡＮ秘书长会谈。', '2025年6月9日，外长同ASEAN秘书长会谈。'],
    ['held a phone\u2011talk on the Mekong\u2011Lancang plan', 'held a phone-talk on the Mekong-Lancang plan'],
  ];
  it.each(more)('normalises %j', (input, expected) => {
    expect(TextView.from(input).text).toBe(expected);
  });

  it('maps a span back, and the whole text to the whole input', () => {
    const input = 'talks withChinese FM on April16.';
    const v = TextView.from(input);
    const a = v.text.indexOf('Chinese');
    expect(v.spanToOriginal(a, a + 7)).toEqual({ start: 10, end: 17 });
    expect(v.spanToOriginal(0, v.text.length)).toEqual({ start: 0, end: input.length });
  });

  it('keeps a text with nothing to mend as it is', () => {
    const input = 'Foreign Minister Bui Thanh Son met Wang Yi in Hanoi on June 7.';
    const v = TextView.from(input);
    expect(v.text).toBe(input);
    expect(v.toOriginal(20)).toBe(20);
  });

  // Fixed bug, kept as a regression test: TextView.from says it steps back "so overlapping glue ("aphonecall") is seen too", but "aphonecall" stays whole
  // (the function-word rule needs a word boundary after "phone").
  it('mends doubly glued "aphonecall"', () => {
    expect(TextView.from('held aphonecall with Wang').text).toBe('held a phone call with Wang');
  });

  // Fixed bug, kept as a regression test: the glue rules list "on16 April" beside "April16", but only a month glued to a digit is mended.
  it('mends "on16 April"', () => {
    expect(TextView.from('met on16 April').text).toBe('met on 16 April');
  });
});
