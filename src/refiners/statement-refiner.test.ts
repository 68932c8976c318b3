import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const TEXT = [
  'Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5.',
  'Son proposed that the two sides boost trade and investment.',
  'Wang Yi thanked Vietnam for its support.',
  'Both sides agreed to manage differences and discussed the South China Sea.',
  'Son called on China to respect UNCLOS.',
  'The Chinese side expressed concern over the situation in Myanmar.',
  'The weather in Beijing was warm.',
].join(' ');

describe('refineStatements / refineTopics', () => {
  const doc = extract(TEXT, { id: 't', published: '2023-06-08' });
  const e = doc.events[0];

  it('gives speaker, act and topics of each statement sentence', () => {
    expect(e.statements!.map((s) => [s.speaker, s.act, s.topics])).toEqual([
      ['Bui Thanh Son', 'propose', ['investment']],
      ['Wang Yi', 'thank', []],
      ['both', 'agree', ['maritime']],
      ['Bui Thanh Son', 'request', ['maritime']],
      ['Wang Yi', 'express_concern', ['international_issues']],
    ]);
  });

  it('gives evidence that slices the statement sentence', () => {
    expect(TEXT.slice(e.statements![3].evidence.start, e.statements![3].evidence.end)).toBe('Son called on China to respect UNCLOS.');
  });

  it('collects the topics of the sentences about the event, in lexicon order', () => {
    expect(e.topics).toEqual(['investment', 'maritime', 'international_issues']);
  });

  it('leaves out statements and provenance when detail is off', () => {
    const lean = extract(TEXT, { id: 't', published: '2023-06-08', detail: false }).events[0];
    expect(lean.statements).toBeUndefined();
    expect(lean.provenance).toBeUndefined();
    expect(lean.topics).toEqual(e.topics);
  });

  it('gives a recalled event only the topics of its own sentences', () => {
    const text = 'Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Beijing on June 5. Earlier, Son had held a phone call with Lao Foreign Minister Saleumxay Kommasith. The two ministers discussed the Mekong.';
    const events = extract(text, { id: 't', published: '2023-06-08' }).events;
    expect(events.map((x) => [x.referenced, x.topics])).toEqual([[false, ['water_environment']], [true, []]]);
  });

  // Fixed bug, kept as a regression test: the speaker is the last party named before the act verb, so in "Son conveyed the greetings of ... to the Lao leader
  // and briefed him" the Lao leader is taken as the one who briefed.
  it('takes the subject as the speaker of "X conveyed ... to Y and briefed him"', () => {
    const text = 'Foreign Minister Bui Thanh Son paid a courtesy call on Lao Prime Minister Sonexay Siphandone in Vientiane on January 9. Son conveyed the greetings of Prime Minister Pham Minh Chinh to the Lao leader and briefed him on the preparations.';
    const st = extract(text, { id: 't', published: '2024-01-10' }).events[0].statements!;
    expect(st.map((s) => [s.speaker, s.act])).toEqual([['Bui Thanh Son', 'brief']]);
  });

  it.each([
    ['zh', '6月5日，外交部长王毅在北京会见越南外长裴青山。王毅表示，中方愿同越方加强合作。裴青山感谢中方的支持。双方同意加快推进陆上基础设施互联互通。', [['王毅', 'affirm'], ['裴青山', 'thank'], ['both', 'agree']]],
    ['vi', 'Chiều 5/6, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Ngoại trưởng Lào Saleumxay Kommasith. Bộ trưởng Bùi Thanh Sơn cảm ơn Lào đã hỗ trợ. Hai bên nhất trí tăng cường hợp tác kinh tế.', [['Bùi Thanh Sơn', 'thank'], ['both', 'agree']]],
  ])('reads the statements of a %s readout with its own act verbs', (_lang, text, expected) => {
    const st = extract(text, { id: 't', published: '2023-06-08' }).events[0].statements!;
    expect(st.map((s) => [s.speaker, s.act])).toEqual(expected);
  });
});

