import { describe, it, expect } from 'vitest';
import { tokenize } from '../text/tokenizer.js';
import { recognizeCountries } from './country-recognizer.js';
import { loadKnowledge } from '../knowledge/index.js';

const kb = loadKnowledge();

/** [words, code, form, possessive] of each country mention. */
const countriesIn = (s: string) => {
  const toks = tokenize(s);
  return recognizeCountries(toks, kb.countries).map((m) => [toks.slice(m.start, m.end).map((t) => t.text).join(' '), m.code, m.form, m.possessive]);
};

describe('recognizeCountries', () => {
  const cases: [string, (string | boolean)[][]][] = [
    // names
    ['Viet Nam and China signed the deal.', [['Viet Nam', 'VNM', 'name', false], ['China', 'CHN', 'name', false]]],
    ['Vietnam and Laos signed the deal.', [['Vietnam', 'VNM', 'name', false], ['Laos', 'LAO', 'name', false]]],
    ['the Philippines and Indonesia', [['Philippines', 'PHL', 'name', false], ['Indonesia', 'IDN', 'name', false]]],
    ['the Lao PDR', [['Lao PDR', 'LAO', 'name', false]]],
    ['the Republic of Korea', [['Republic of Korea', 'KOR', 'name', false]]],
    ['North Korea and South Korea', [['North Korea', 'PRK', 'name', false], ['South Korea', 'KOR', 'name', false]]],
    ['the Russian Federation', [['Russian Federation', 'RUS', 'name', false]]],
    ['Timor-Leste joined.', [['Timor-Leste', 'TLS', 'name', false]]],
    ['Türkiye and Myanmar', [['Türkiye', 'TUR', 'name', false], ['Myanmar', 'MMR', 'name', false]]],
    // "the U.S.", codes in capitals
    ['the U.S. and India', [['U.S.', 'USA', 'name', false], ['India', 'IND', 'name', false]]],
    ['the US side', [['US', 'USA', 'name', false]]],
    ['the United States of America', [['United States of America', 'USA', 'name', false]]],
    ['the UK and the PRC', [['UK', 'GBR', 'name', false], ['PRC', 'CHN', 'name', false]]],
    ['the DPRK', [['DPRK', 'PRK', 'name', false]]],
    // adjectives
    ['the Lao side', [['Lao', 'LAO', 'adjective', false]]],
    ['Chinese Foreign Minister', [['Chinese', 'CHN', 'adjective', false]]],
    ['Vietnamese, Thai, Indonesian and Japanese officials', [['Vietnamese', 'VNM', 'adjective', false], ['Thai', 'THA', 'adjective', false], ['Indonesian', 'IDN', 'adjective', false], ['Japanese', 'JPN', 'adjective', false]]],
    ['Indian, Cambodian and Pakistani envoys', [['Indian', 'IND', 'adjective', false], ['Cambodian', 'KHM', 'adjective', false], ['Pakistani', 'PAK', 'adjective', false]]],
    // possessives
    ["China's Wang Yi", [["China's", 'CHN', 'name', true]]],
    ["India's External Affairs Minister", [["India's", 'IND', 'name', true]]],
    ["Viet Nam's stance", [["Viet Nam's", 'VNM', 'name', true]]],
    // organisations
    ['ASEAN members', [['ASEAN', 'ASEAN', 'org', false]]],
    ['the European Union and the United Nations', [['European Union', 'EU', 'org', false], ['United Nations', 'UN', 'org', false]]],
  ];
  it.each(cases)('%j', (sentence, expected) => {
    expect(countriesIn(sentence)).toEqual(expected);
  });

  // case rules: an all-caps short form must be written in capitals, a name must be capitalised
  const none = ['let us meet', 'Let us go', 'us and them', 'china plates', 'the indian ocean liner was empty', 'un-like'];
  it.each(none)('finds no country in %j', (sentence) => {
    expect(countriesIn(sentence)).toEqual([]);
  });

  it('gives token offsets', () => {
    const toks = tokenize('Talks between Viet Nam and China');
    const [vn, cn] = recognizeCountries(toks, kb.countries);
    expect([vn.start, vn.end, cn.start, cn.end]).toEqual([2, 4, 5, 6]);
  });
});
