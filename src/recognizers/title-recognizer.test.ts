import { describe, it, expect } from 'vitest';
import { tokenize } from '../text/tokenizer.js';
import { recognizeCountries } from './country-recognizer.js';
import { recognizeTitles, recognizeTitlePhrases } from './title-recognizer.js';
import { loadKnowledge } from '../knowledge/index.js';

const kb = loadKnowledge();

/** [title text, country, role] of each title in a sentence. */
const titlesIn = (s: string) => {
  const toks = tokenize(s);
  const countries = recognizeCountries(toks, kb.countries);
  return recognizeTitles(toks, countries, kb.lexicon, kb.gazetteer, (i) => (kb.registryTrie.longest(toks, i)?.[0] ?? 0) >= 2)
    .map((t) => [t.text, t.country, t.role]);
};

describe('recognizeTitles', () => {
  const cases: [string, (string | null)[][]][] = [
    // conjoined titles
    ['Deputy Prime Minister and Foreign Minister Pham Binh Minh met him.', [['Deputy Prime Minister and Foreign Minister', null, 'foreign_minister']]],
    // a title with its determiner ends at a comma: two people
    ['In a meeting with the Chilean Foreign Minister, President Luis Paredes raised trade.', [['Foreign Minister', 'CHL', 'foreign_minister'], ['President', null, 'head_of_state']]],
    ['State Councilor and Foreign Minister Wang Yi met him.', [['State Councilor and Foreign Minister', null, 'foreign_minister']]],
    ['General Secretary and President Xi Jinping met him.', [['General Secretary and President', null, 'party_leader']]],
    // "of ..." complements
    ['Minister of Foreign Affairs Saleumxay Kommasith met him.', [['Minister of Foreign Affairs', null, 'foreign_minister']]],
    ['Minister for Foreign Affairs Penny Wong met him.', [['Minister for Foreign Affairs', null, 'foreign_minister']]],
    ["Wang Yi, member of the Political Bureau of the Communist Party of China's Central Committee and Minister of Foreign Affairs, met him.",
      [["member of the Political Bureau of the Communist Party of China's Central Committee and Minister of Foreign Affairs", 'CHN', 'foreign_minister']]],
    ['Secretary of the Party Committee of Guangxi Zhuang Autonomous Region Liu Ning met him.', [['Secretary of the Party Committee of Guangxi Zhuang Autonomous Region', 'CHN', null]]],
    ['Secretary of the Yunnan Provincial Party Committee Wang Ning met him.', [['Secretary of the Yunnan Provincial Party Committee', 'CHN', null]]],
    ["Prime Minister of the Lao People's Democratic Republic Sonexay Siphandone met him.", [["Prime Minister of the Lao People's Democratic Republic", 'LAO', 'head_of_government']]],
    ['Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation Sok Chenda Sonn met him.',
      [['Deputy Prime Minister and Minister of Foreign Affairs and International Cooperation', null, 'foreign_minister']]],
    // single heads
    ['Secretary of State Antony J. Blinken met him.', [['Secretary of State', null, 'foreign_minister']]],
    ['External Affairs Minister S. Jaishankar met him.', [['External Affairs Minister', null, 'foreign_minister']]],
    ['Vice Foreign Minister Sun Weidong met him.', [['Vice Foreign Minister', null, 'deputy_foreign_minister']]],
    ['Deputy Minister of Foreign Affairs Do Hung Viet met him.', [['Deputy Minister of Foreign Affairs', null, 'deputy_foreign_minister']]],
    ['Premier Li Qiang met him.', [['Premier', null, 'head_of_government']]],
    ['Vice President Vo Thi Anh Xuan met him.', [['Vice President', null, 'vice_president']]],
    // the country: adjective, possessive, complement
    ['Chinese State Councilor and Foreign Minister Wang Yi met him.', [['State Councilor and Foreign Minister', 'CHN', 'foreign_minister']]],
    ["India's External Affairs Minister met him.", [['External Affairs Minister', 'IND', 'foreign_minister']]],
    ['U.S. Secretary of State Antony Blinken met him.', [['Secretary of State', 'USA', 'foreign_minister']]],
    ['the Minister of Foreign Affairs of China met him.', [['Minister of Foreign Affairs of China', 'CHN', 'foreign_minister']]],
    ['Foreign Minister of China Wang Yi met him.', [['Foreign Minister of China', 'CHN', 'foreign_minister']]],
    ['Thai Deputy Prime Minister and Foreign Minister Parnpree Bahiddha-nukara met him.', [['Deputy Prime Minister and Foreign Minister', 'THA', 'foreign_minister']]],
    ['Indonesian Foreign Minister Retno Marsudi met him.', [['Foreign Minister', 'IDN', 'foreign_minister']]],
    ['Japanese Foreign Minister Yoko Kamikawa met him.', [['Foreign Minister', 'JPN', 'foreign_minister']]],
    ["Laos' deputy prime minister met him.", [['deputy prime minister', 'LAO', 'deputy_head_of_government']]],
    ['the Lao foreign minister met him.', [['foreign minister', 'LAO', 'foreign_minister']]],
    ['Son thanked his Chinese counterpart.', [['counterpart', 'CHN', null]]],
    // "Ambassador to X": X is where the ambassador serves, not whom they represent
    ['Ambassador to Pakistan Jiang Zaidong met him.', [['Ambassador to Pakistan', null, 'ambassador']]],
    ['Chinese Ambassador to Pakistan Jiang Zaidong met him.', [['Ambassador to Pakistan', 'CHN', 'ambassador']]],
    ['Vietnamese Ambassador to China Pham Sao Mai met him.', [['Ambassador to China', 'VNM', 'ambassador']]],
    // several titles in one sentence
    ['Foreign Minister Bui Thanh Son met Lao Deputy Prime Minister Saleumxay Kommasith.', [['Foreign Minister', null, 'foreign_minister'], ['Deputy Prime Minister', 'LAO', 'deputy_head_of_government']]],
    // a complement does not swallow a known name
    ['Minister of Foreign Affairs Wang Yi met him.', [['Minister of Foreign Affairs', null, 'foreign_minister']]],
  ];
  it.each(cases)('%j', (sentence, expected) => {
    expect(titlesIn(sentence)).toEqual(expected);
  });

  it.each(['The two sides met in Hanoi.', 'Trade rose by ten percent.'])('finds no title in %j', (sentence) => {
    expect(titlesIn(sentence)).toEqual([]);
  });

  it('reads a complement listing several countries with commas: each is one of its countries', () => {
    for (const [sentence, codes] of [
      ['The foreign ministers of Kenya, Uganda and Tanzania held a trilateral meeting in Arusha.', ['KEN', 'UGA', 'TZA']],
      ['The foreign ministers of Peru, Chile, Bolivia and Ecuador met in Lima.', ['PER', 'CHL', 'BOL', 'ECU']],
    ] as const) {
      const toks = tokenize(sentence);
      const t = recognizeTitles(toks, recognizeCountries(toks, kb.countries), kb.lexicon, kb.gazetteer)[0];
      expect(t.countries, sentence).toEqual(codes);
    }
  });

  it('gives the tokens of the country it read before the title', () => {
    const toks = tokenize('Chinese Foreign Minister Wang Yi');
    const t = recognizeTitles(toks, recognizeCountries(toks, kb.countries), kb.lexicon, kb.gazetteer)[0];
    expect([t.start, t.end, t.countryTokens]).toEqual([1, 3, [0, 1]]);
  });
});

describe('recognizeTitlePhrases (Chinese)', () => {
  const zh = kb.lexiconFor('zh');
  const phrasesIn = (s: string) => {
    const toks = tokenize(s);
    const countries = recognizeCountries(toks, kb.countriesIn('zh'), false);
    return recognizeTitlePhrases(toks, countries, zh).map((t) => [t.text, t.role]);
  };
  it.each([
    // a compound written head last: the president's adviser, not the president
    ['外交部长同法国总统外事顾问通电话。', [['外交部长', 'foreign_minister'], ['法国总统外事顾问', 'official']]],
    ['国务委员会见巴西总统外交顾问。', [['国务委员', 'state_councilor'], ['巴西总统外交顾问', 'official']]],
    ['越南外长会见泰国总理。', [['越南外长', 'foreign_minister'], ['泰国总理', 'head_of_government']]],
  ])('%s', (sentence, expected) => {
    expect(phrasesIn(sentence)).toEqual(expected);
  });
});
