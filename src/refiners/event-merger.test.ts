import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';
import { modeOf } from './event-merger.js';

const PUB = '2023-06-08';
const run = (text: string) => extract(text, { id: 't', published: PUB });
const sliced = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

describe('modeOf', () => {
  it.each([
    ['meeting', 'in_person'], ['talks', 'in_person'], ['visit', 'in_person'],
    ['phone_call', 'phone'], ['video_conference', 'video'], ['messages', 'written'],
  ] as const)('%s -> %s', (kind, mode) => {
    expect(modeOf(kind)).toBe(mode);
  });
});

describe('mergeEvents', () => {
  it('makes one event of headline, lead and body, with the kind the body names', () => {
    const text = [
      'Foreign Minister Son meets Chinese counterpart Wang Yi',
      '',
      'Hanoi (VNA) - Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.',
      '',
      'During the talks, Son and Wang Yi agreed to boost trade. Son also met Wang Yi at a dinner.',
    ].join('\n');
    const doc = run(text);
    expect(doc.events).toHaveLength(1);
    const e = doc.events[0];
    expect([e.kind, e.date, e.location?.place, e.participants.map((p) => p.name)]).toEqual(['talks', '2023-06-05', 'Beijing', ['Bui Thanh Son', 'Wang Yi']]);
    expect(sliced(text, e.evidence)).toEqual([
      'Foreign Minister Son meets Chinese counterpart Wang Yi',
      'Hanoi (VNA) - Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.',
      'During the talks, Son and Wang Yi agreed to boost trade.',
      'Son also met Wang Yi at a dinner.',
    ]);
    expect(e.participants[0].aliases).toEqual(['Son']);
  });

  it('keeps a phone call and a meeting of the same parties apart', () => {
    const doc = run('Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Beijing on June 5. On June 7, Son and Wang Yi held a phone call.');
    expect(doc.events.map((e) => [e.kind, e.date])).toEqual([['meeting', '2023-06-05'], ['phone_call', '2023-06-07']]);
  });

  it('keeps two meetings of the same parties on different days apart', () => {
    const doc = run('Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Beijing on June 5. Son met Wang Yi again on June 6.');
    expect(doc.events.map((e) => [e.kind, e.date])).toEqual([['meeting', '2023-06-05'], ['meeting', '2023-06-06']]);
  });

  it('makes one event of a call and messages reported in one sentence', () => {
    const doc = run('Foreign Minister Bui Thanh Son held a phone conversation and exchanged messages with Chinese Foreign Minister Wang Yi on June 5.');
    expect(doc.events.map((e) => [e.kind, e.participants.map((p) => p.name)])).toEqual([['phone_call', ['Bui Thanh Son', 'Wang Yi']]]);
  });

  it('folds a visit into the meeting of the same traveller', () => {
    const text = 'Foreign Minister Bui Thanh Son paid an official visit to China from June 4-6. During the visit, Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.';
    const doc = run(text);
    expect(doc.events.map((e) => [e.kind, e.date, e.location?.place])).toEqual([['talks', '2023-06-05', 'Beijing']]);
    expect(doc.events[0].evidence).toHaveLength(2);
  });

  it('keeps a visit with no meeting as a visit', () => {
    const doc = run('Foreign Minister Bui Thanh Son paid an official visit to Laos from June 4-6.');
    expect(doc.events.map((e) => [e.kind, e.participants.map((p) => p.name), e.location?.country])).toEqual([['visit', ['Bui Thanh Son'], 'LAO']]);
  });

  it.each([
    ['a welcome ceremony, then talks (vi)', 'Sáng 11/8, ngay sau lễ đón chính thức, Tổng Bí thư Tô Lâm đã có cuộc hội đàm với Tổng thống Hàn Quốc Lee Jae Myung.'],
    ['met for talks', 'Foreign Minister Bui Thanh Son met Lao Foreign Minister Saleumxay Kommasith in Vientiane on June 5. The talks between Son and Saleumxay Kommasith lasted two hours.'],
  ])('calls an encounter talks when a body sentence names talks of what another calls a meeting: %s', (_name, text) => {
    expect(run(text).events.map((e) => e.kind)).toEqual(['talks']);
  });

  it('keeps a meeting a meeting when only the headline says talks', () => {
    const doc = run('Foreign ministers of Viet Nam and Laos hold talks\n\nForeign Minister Bui Thanh Son met Lao Foreign Minister Saleumxay Kommasith in Vientiane on June 5.');
    expect(doc.events.map((e) => e.kind)).toEqual(['meeting']);
  });

  it('gives event ids in text order', () => {
    const doc = extract('Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi on June 5. On the same day, Son met Lao Foreign Minister Saleumxay Kommasith.', { id: 'doc-7', published: PUB });
    expect(doc.events.map((e) => e.id)).toEqual(['doc-7#1', 'doc-7#2']);
  });
});
