/**
 * One person, one id, under every spelling the press uses: texts we wrote, each naming a person
 * another way, must all link that person to the same registry id.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const spellings: { id: string; texts: string[] }[] = [
  {
    id: 'bui-thanh-son',
    texts: [
      'Foreign Minister Bùi Thanh Sơn met Chinese Foreign Minister Wang Yi in Beijing on June 26.',
      'Foreign Minister Bui Thanh Son held phone talks with Lao Foreign Minister Saleumxay Kommasith on May 3.',
      'Vietnamese FM Son met Japanese Foreign Minister Yoko Kamikawa in Tokyo on March 4.',
    ],
  },
  {
    id: 'wang-yi',
    texts: [
      'Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Beijing on June 26.',
      'Bộ trưởng Foreign Minister Vương Nghị held talks with Lao Foreign Minister Saleumxay Kommasith in Vientiane on July 2.',
      'Wang Yi, State Councilor and Foreign Minister, met Thai Foreign Minister Don Pramudwinai in Bangkok on May 20.',
    ],
  },
  {
    id: 'antony-blinken',
    texts: [
      'Secretary of State Antony J. Blinken met Chinese Foreign Minister Wang Yi in Rome on October 31.',
      'US Secretary of State Tony Blinken held a phone call with Indian External Affairs Minister S. Jaishankar on May 1.',
      'Secretary Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo on November 7.',
    ],
  },
  {
    id: 'subrahmanyam-jaishankar',
    texts: [
      'Indian External Affairs Minister S Jaishankar met Chinese Foreign Minister Wang Yi in Jakarta on July 14.',
      'External Affairs Minister S. Jaishankar held talks with Russian Foreign Minister Sergey Lavrov in Moscow on November 8.',
    ],
  },
  {
    id: 'toshimitsu-motegi',
    texts: [
      'Japanese Foreign Minister Toshimitsu Motegi met Indonesian Foreign Minister Retno Marsudi in Tokyo on March 29.',
      'Japanese Foreign Minister Motegi Toshimitsu held talks with Vietnamese Foreign Minister Bui Thanh Son in Hanoi on August 24.',
    ],
  },
  {
    id: 'teodoro-locsin-jr',
    texts: [
      'Philippine Foreign Secretary Teodoro L. Locsin Jr. met Chinese Foreign Minister Wang Yi in Chongqing on June 7.',
      'Foreign Secretary Teodoro Locsin held phone talks with Vietnamese Deputy Prime Minister Pham Binh Minh on March 30.',
    ],
  },
];

describe('one id under every spelling', () => {
  it.each(spellings)('$id', ({ id, texts }) => {
    for (const text of texts) {
      const doc = extract(text, { id: 't', published: '2024-12-31' });
      expect(doc.events, text).toHaveLength(1);
      const ids = doc.events[0].participants.map((p) => p.id);
      expect(ids, text).toContain(id);
    }
  });
});
