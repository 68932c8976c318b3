import { describe, it, expect } from 'vitest';
import { splitLines } from './segmenter.js';
import { classifyLines } from './noise-classifier.js';
import { detectHeadline } from './headline-detector.js';
import { loadLexicon } from '../knowledge/lexicon.js';

const headlineOf = (text: string) => {
  const lines = classifyLines(splitLines(text));
  return { headline: detectHeadline(lines, loadLexicon('en'))?.text ?? null, lines };
};

describe('detectHeadline', () => {
  const cases: [string, string, string | null][] = [
    ['the first title-like line', 'Vietnam, Laos hold foreign ministers talks\nForeign Minister Bui Thanh Son met his Lao counterpart on Monday.', 'Vietnam, Laos hold foreign ministers talks'],
    ['an engagement line is preferred', 'Diplomacy news\nWang Yi meets Lao foreign minister\nThe two ministers met in Beijing on Monday.', 'Wang Yi meets Lao foreign minister'],
    ['after page furniture', 'Home\nPolitics\nBusiness\nWorld\nSports\nPrime Minister receives Japanese ambassador\nPrime Minister Pham Minh Chinh received the ambassador.', 'Prime Minister receives Japanese ambassador'],
    ['not a date line', '2023-07-13 18:20\nBlinken holds call with Jaishankar\nThe Secretary spoke with the minister.', 'Blinken holds call with Jaishankar'],
    ['not a date line with its time and marks', 'Thursday, May 4, 2023 | 10:15 AM\nBlinken holds call with Jaishankar\nThe Secretary spoke with the minister.', 'Blinken holds call with Jaishankar'],
    ['a title that opens with its day', '2023-05-04 Spokesperson announces visit of Lao foreign minister\nThe spokesperson said the minister will visit.', '2023-05-04 Spokesperson announces visit of Lao foreign minister'],
    ['not a dateline', 'BEIJING, June 26 (Xinhua) Chinese officials met\nThe ministers met.', null],
    ['not a sentence', 'Foreign Minister Bui Thanh Son met his Lao counterpart on Monday.\nThey agreed to boost trade.', null],
    ['not two words', 'Readout\nForeign Minister Bui Thanh Son met his Lao counterpart on Monday.', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(headlineOf(text).headline).toBe(expected);
  });

  it.each([
    ['2023年5月4日外交部发言人主持例行记者会\n发言人表示，老挝外长将访华。', '2023年5月4日外交部发言人主持例行记者会'],
    ['2023年5月4日 10:15\n老挝外长同越南外长举行会谈\n两国外长举行会谈。', '老挝外长同越南外长举行会谈'],
  ])('zh: a title that opens with its day, not a date line (%s)', (text, expected) => {
    expect(detectHeadline(classifyLines(splitLines(text)), loadLexicon('zh'))?.text ?? null).toBe(expected);
  });

  it('marks a later copy of the headline (a caption repeating it) as furniture', () => {
    const { lines } = headlineOf('Wang Yi holds talks with Lao FM\nThe two ministers held talks in Beijing on Monday.\nWang Yi holds talks with Lao FM');
    expect(lines.map((l) => l.noise)).toEqual([null, null, 'noise/repeated-headline']);
  });
});
