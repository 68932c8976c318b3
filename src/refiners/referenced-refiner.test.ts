import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';
import { refineReferenced } from './referenced-refiner.js';
import type { DraftEvent, TriggerMention } from '../doc.js';

const MAIN = 'Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.';
const referenced = (text: string) => extract(text, { id: 't', published: '2023-06-08' }).events.map((e) => [e.participants.map((p) => p.name).join(' + '), e.referenced]);

describe('refineReferenced (recall cues)', () => {
  const draft = (recalled: boolean[]) => ({ triggers: recalled.map((r) => ({ recalled: r }) as TriggerMention), referenced: false }) as unknown as DraftEvent;

  it('never marks the first event, marks later ones reported only in recalling sentences', () => {
    const events = [draft([true]), draft([false]), draft([true, true]), draft([true, false])];
    refineReferenced(events);
    expect(events.map((e) => e.referenced)).toEqual([false, false, true, false]);
  });

  it('marks a recalled first event when the main encounter is told in its own sentence ("X, who had earlier been received by Y, met Z")', () => {
    const inSentence = (recalled: boolean, sentence: number) => ({ triggers: [{ recalled } as TriggerMention], sentences: [sentence], referenced: false }) as unknown as DraftEvent;
    const events = [inSentence(true, 0), inSentence(false, 0), inSentence(true, 1)];
    refineReferenced(events);
    expect(events.map((e) => e.referenced)).toEqual([true, false, true]);
  });
});

describe('referenced events through extract()', () => {
  const cases: [string, string, [string, boolean][]][] = [
    ['"Earlier, ... had held"', `${MAIN} Earlier, Son had held a phone call with Lao Foreign Minister Saleumxay Kommasith.`,
      [['Bui Thanh Son + Wang Yi', false], ['Bui Thanh Son + Saleumxay Kommasith', true]]],
    ['"Last year"', `${MAIN} Last year, Son met Lao Foreign Minister Saleumxay Kommasith in Vientiane.`,
      [['Bui Thanh Son + Wang Yi', false], ['Bui Thanh Son + Saleumxay Kommasith', true]]],
    ['more than a week before the main event', `${MAIN} Son had met Wang Yi in Hanoi on March 2.`,
      [['Bui Thanh Son + Wang Yi', false], ['Bui Thanh Son + Wang Yi', true]]],
    ['parties all different from the main event', `${MAIN} Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Hanoi on June 1.`,
      [['Bui Thanh Son + Wang Yi', false], ['Pham Minh Chinh + Sonexay Siphandone', true]]],
    ['parties all different, but the same day: beside the main event', `${MAIN} Prime Minister Pham Minh Chinh met Lao Prime Minister Sonexay Siphandone in Hanoi on June 5.`,
      [['Bui Thanh Son + Wang Yi', false], ['Pham Minh Chinh + Sonexay Siphandone', false]]],
    ['a second encounter of the same day', `${MAIN} On the same day, Son met Thai Foreign Minister Don Pramudwinai.`,
      [['Bui Thanh Son + Wang Yi', false], ['Bui Thanh Son + Don Pramudwinai', false]]],
    ['a recalled first event is still the main one', 'Earlier, Foreign Minister Bui Thanh Son had held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.',
      [['Bui Thanh Son + Wang Yi', false]]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(referenced(text)).toEqual(expected);
  });

  // Fixed bug, kept as a regression test: "had a" is a recall cue, so a second encounter reported as "X had a meeting with Z" is taken for a recalled one.
  it('does not take "On the same day, X had a meeting with Z" for a recalled encounter', () => {
    expect(referenced(`${MAIN} On the same day, Son had a meeting with Thai Foreign Minister Don Pramudwinai.`)).toEqual([
      ['Bui Thanh Son + Wang Yi', false], ['Bui Thanh Son + Don Pramudwinai', false],
    ]);
  });

  // Fixed bug, kept as a regression test: "earlier" is a recall cue even in "Earlier on the same day" / "Earlier the same day", which introduce the same
  // day's news, not the past: the encounter is marked referenced.
  it.each([
    ['Earlier on the same day'],
    ['Earlier the same day'],
  ])('does not take "%s, X held talks with Z" for a recalled encounter', (opening) => {
    const text = `Prime Minister Pham Minh Chinh received Lao Foreign Minister Saleumxay Kommasith in Hanoi on January 9. ${opening}, Kommasith held talks with Foreign Minister Bui Thanh Son.`;
    expect(extract(text, { id: 't', published: '2024-01-10' }).events.map((e) => [e.date, e.referenced])).toEqual([['2024-01-09', false], ['2024-01-09', false]]);
  });
});
