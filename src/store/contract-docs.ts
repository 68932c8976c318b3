/**
 * Short synthetic articles written for the tests (never real texts): reports of a few encounters,
 * some of them reported twice by the two sides' outlets.
 */
export interface TestDoc { id: string; source: string; url: string; published: string; text: string }

export const TEST_DOCS: TestDoc[] = [
  {
    id: 'vn-call', source: 'VNA', url: 'https://vietnamplus.example/vn-call', published: '2022-03-03',
    text: `FM holds phone talks with Chinese counterpart\n\nHanoi, March 3 (VNA) – Foreign Minister Bui Thanh Son held phone talks with Chinese State Councilor and Foreign Minister Wang Yi on March 2.\n\nSon proposed that the two sides boost trade and keep border gates open. Both sides agreed to handle sea-related issues under international law.`,
  },
  {
    id: 'cn-call', source: 'Xinhua', url: 'https://xinhua.example.cn/cn-call', published: '2022-03-03',
    text: `Wang Yi holds phone talks with Vietnamese FM\n\nBEIJING, March 2 (Xinhua) -- Chinese State Councilor and Foreign Minister Wang Yi on Wednesday held phone talks with Vietnamese Foreign Minister Bui Thanh Son.\n\nWang said China supports the Belt and Road cooperation and opposes interference in Taiwan affairs.`,
  },
  {
    id: 'vn-lao', source: 'VNA', url: 'https://vietnamplus.example/vn-lao', published: '2023-11-23',
    text: `Vietnamese, Lao foreign ministers meet in Hanoi\n\nHanoi (VNA) – Foreign Minister Bui Thanh Son met Lao Deputy Prime Minister and Foreign Minister Saleumxay Kommasith in Hanoi on November 22.\n\nThe two ministers agreed to strengthen the special relationship and coordinate within ASEAN.`,
  },
  {
    id: 'us-cn', source: 'US Department of State', url: 'https://state.example.gov/us-cn', published: '2024-07-27',
    text: `Secretary's meeting with Foreign Minister Wang Yi\n\nSecretary of State Antony J. Blinken met with PRC Foreign Minister Wang Yi in Vientiane, Laos, on July 27.\n\nThe Secretary raised concerns about actions in the South China Sea.`,
  },
  {
    id: 'trade-figures', source: 'VNA', url: 'https://vietnamplus.example/trade', published: '2021-01-17',
    text: `Two-way trade rises\n\nTrade between Vietnam and China rose 18 percent last year, according to the customs office.`,
  },
];

/*
 * Their readout/1 extractions, fixed in contract-extractions.json, so the store contract tests the
 * store and not the extractor of the day. To write them again from the current extractor (after a
 * deliberate change of the format): npx tsx src/store/contract-docs.ts --write
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReadoutDocument } from '../types.js';

const FIXTURE = join(import.meta.dirname, 'contract-extractions.json');

export function fixedExtraction(id: string): ReadoutDocument {
  const all = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, ReadoutDocument>;
  if (!all[id]) throw new Error(`no fixed extraction for ${id} in ${FIXTURE}`);
  return all[id];
}

if (process.argv.includes('--write') && process.argv[1]?.endsWith('contract-docs.ts')) {
  const { extract } = await import('../extract.js');
  const out: Record<string, ReadoutDocument> = {};
  for (const d of TEST_DOCS) out[d.id] = extract(d.text, { id: d.id, url: d.url, source: d.source, published: d.published });
  writeFileSync(FIXTURE, JSON.stringify(out, null, 1) + '\n');
  console.log(`wrote ${FIXTURE}`);
}
