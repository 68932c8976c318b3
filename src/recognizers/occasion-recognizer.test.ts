import { describe, it, expect } from 'vitest';
import { tokenize } from '../text/tokenizer.js';
import { recognizeOccasions, namesAGathering } from './occasion-recognizer.js';
import { loadLexicon } from '../knowledge/lexicon.js';

const lex = loadLexicon();
import { extract } from '../extract.js';

const occasionsIn = (s: string) => recognizeOccasions(s, 0, tokenize(s), lex).map((o) => [o.text, o.rule]);

describe('recognizeOccasions', () => {
  const cases: [string, string, string][] = [
    ["Son met Wang Yi on the sidelines of the 10th Lancang-Mekong Cooperation Foreign Ministers' Meeting in Bagan.",
      "10th Lancang-Mekong Cooperation Foreign Ministers' Meeting", 'occasion/sidelines'],
    ["The meeting took place on the occasion of Minh's participation in the fifth Mekong-Lancang Cooperation Foreign Ministers' Meeting.",
      "fifth Mekong-Lancang Cooperation Foreign Ministers' Meeting", 'occasion/participation'],
    ["Son met Retno while attending the 56th ASEAN Foreign Ministers' Meeting in Jakarta.", "56th ASEAN Foreign Ministers' Meeting", 'occasion/participation'],
    ['Son met Blinken on the margins of the UN General Assembly.', 'UN General Assembly', 'occasion/sidelines'],
    ['Modi met Xi on the sidelines of the SCO Summit.', 'SCO Summit', 'occasion/sidelines'],
    ['Son met Lavrov at the 18th East Asia Summit in Jakarta.', '18th East Asia Summit', 'occasion/at-the'],
    ['Son met Penny Wong on the sidelines of the 31st ASEAN Regional Forum in Vientiane.', '31st ASEAN Regional Forum', 'occasion/sidelines'],
    ["Jaishankar met Wang Yi on the sidelines of the G20 Foreign Ministers' Meeting in New Delhi on March 2.", "G20 Foreign Ministers' Meeting", 'occasion/sidelines'],
    // a second gathering after "and" is dropped
    ["Son met Wang on the sidelines of the ASEAN Foreign Ministers' Meeting and Post Ministerial Conferences in Vientiane.",
      "ASEAN Foreign Ministers' Meeting", 'occasion/sidelines'],
  ];
  it.each(cases)('%j', (sentence, name, rule) => {
    expect(occasionsIn(sentence)).toEqual([[name, rule]]);
  });

  it.each([
    'The ministers met on the sidelines of the meeting.',
    'On the occasion of the 75th anniversary of diplomatic ties, the leaders exchanged messages.',
    'The two ministers met in Hanoi on Monday.',
  ])('finds no occasion in %j', (sentence) => {
    expect(occasionsIn(sentence)).toEqual([]);
  });

  it('gives offsets of the gathering name', () => {
    const s = 'Son met Wang on the sidelines of the 31st ASEAN Regional Forum in Vientiane.';
    const [o] = recognizeOccasions(s, 7, tokenize(s, 7), lex);
    expect(s.slice(o.charStart - 7, o.charEnd - 7)).toBe('31st ASEAN Regional Forum');
    expect(o.tokStart).toBe(s.split(' ').indexOf('31st'));
  });

  it.each([
    ["Foreign Ministers' Meeting", true],
    ['East Asia Summit', true],
    ['Conference on Disarmament', true],
    ['UN General Assembly', true],
    ['75th anniversary', false],
  ] as const)('namesAGathering %j -> %s', (name, expected) => {
    expect(namesAGathering(name, lex)).toBe(expected);
  });
});

describe('recognizeOccasions: articles', () => {
  // Fixed bug, kept as a regression test: cleanOccasion() strips a leading "the" but not "a"/"an": "a meeting of the Intergovernmental Committee".
  it('drops a leading "a" from the gathering', () => {
    expect(occasionsIn('Kommasith came to Hanoi to attend a meeting of the Intergovernmental Committee.').map(([name]) => name))
      .toEqual(['meeting of the Intergovernmental Committee']);
  });
});

describe('event occasions through extract()', () => {
  it('gives the occasion, its span and the calendar link', () => {
    const text = "Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi on the sidelines of the 56th ASEAN Foreign Ministers' Meeting in Jakarta on July 12.";
    const e = extract(text, { id: 't', published: '2023-07-13' }).events[0];
    expect(e.occasion).toBe("56th ASEAN Foreign Ministers' Meeting");
    expect(e.occasion_id).toBe('amm-56');
    const span = e.provenance!.occasion!.span!;
    expect(text.slice(span.start, span.end)).toBe("56th ASEAN Foreign Ministers' Meeting");
    expect([e.date, e.location?.place]).toEqual(['2023-07-12', 'Jakarta']);
  });

  it('fills a date window and the host city from the calendar when the text gives neither', () => {
    const text = "Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi on the sidelines of the 56th ASEAN Foreign Ministers' Meeting.";
    const e = extract(text, { id: 't' }).events[0];
    expect(e.date).toBeNull();
    expect(e.date_window).toEqual({ from: '2023-07-09', to: '2023-07-15', source: 'calendar:amm-56' });
    expect([e.location?.place, e.location?.country, e.location?.inferred]).toEqual(['Jakarta', 'IDN', true]);
    expect(e.provenance?.location).toMatchObject({ rule: 'location/calendar:amm-56', basis: 'inferred' });
  });
});
