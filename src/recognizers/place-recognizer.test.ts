import { describe, it, expect } from 'vitest';
import { tokenize } from '../text/tokenizer.js';
import { recognizeCountries } from './country-recognizer.js';
import { recognizePlaces } from './place-recognizer.js';
import { loadKnowledge } from '../knowledge/index.js';
import { extract } from '../extract.js';

const kb = loadKnowledge();

/** Place mentions of a sentence; the countries the text is about default to the sentence's own. */
function placesIn(s: string, textCountries?: string[]) {
  const tokens = tokenize(s);
  const countries = recognizeCountries(tokens, kb.countries);
  const tc = new Set(textCountries ?? countries.map((c) => c.code));
  return recognizePlaces(tokens, countries, kb.gazetteer, kb.countries, kb.lexicon, tc);
}

describe('recognizePlaces', () => {
  // [sentence, prep, text, place name, country, kind]
  const cases: [string, string, string, string, string, string][] = [
    ['The two ministers met in Chongqing on Monday.', 'in', 'Chongqing', 'Chongqing', 'CHN', 'admin1'],
    ['The meeting was held in Yunnan, China.', 'in', 'Yunnan', 'Yunnan', 'CHN', 'admin1'],
    ['The talks took place in Liuzhou, Guangxi.', 'in', 'Liuzhou', 'Liuzhou', 'CHN', 'city'],
    ['Son met Kommasith in the Lao capital.', 'in', 'Vientiane', 'Vientiane', 'LAO', 'capital'],
    ["The ministers met in Laos' capital of Vientiane.", 'in', 'Vientiane', 'Vientiane', 'LAO', 'capital'],
    ['The talks were held in the Tajik capital of Dushanbe.', 'in', 'Dushanbe', 'Dushanbe', 'TJK', 'capital'],
    ['Wang Yi met Son in Anji of Zhejiang.', 'in', 'Anji', 'Anji', 'CHN', 'extra'],
    ["Wang Yi met Son in Anji, east China's Zhejiang province.", 'in', 'Anji', 'Anji', 'CHN', 'extra'],
    ["The meeting took place in China's Yunnan province.", 'in', 'Yunnan', 'Yunnan', 'CHN', 'admin1'],
    ['Wang Yi met Son in Nanning, Guangxi Zhuang Autonomous Region.', 'in', 'Nanning', 'Nanning', 'CHN', 'city'],
    ['The talks were held in Hà Nội.', 'in', 'Hanoi', 'Hanoi', 'VNM', 'capital'],
    ['Son met Retno in Jakarta.', 'in', 'Jakarta', 'Jakarta', 'IDN', 'capital'],
    ['Son met Jaishankar in New Delhi.', 'in', 'New Delhi', 'New Delhi', 'IND', 'capital'],
    ['Son met Kamikawa in Tokyo.', 'in', 'Tokyo', 'Tokyo', 'JPN', 'capital'],
    ['Son met Kommasith in Luang Prabang.', 'in', 'Luang Prabang', 'Luang Prabang', 'LAO', 'admin1'],
  ];
  it('reads a named venue as its city, and the city after it too', () => {
    const ps = placesIn('The ministers met at the Diaoyutai State Guesthouse in Beijing.');
    expect(ps.map((p) => [p.prep, p.text, p.place.name, p.place.country, p.place.venue ?? null])).toEqual([
      ['at', 'Beijing', 'Beijing', 'CHN', 'Diaoyutai State Guesthouse'], ['in', 'Beijing', 'Beijing', 'CHN', null]]);
  });
  it.each(cases)('%j', (sentence, prep, text, name, country, kind) => {
    const ps = placesIn(sentence);
    expect(ps.map((p) => [p.prep, p.text, p.place.name, p.place.country, p.place.kind])).toEqual([[prep, text, name, country, kind]]);
    expect(sentence.slice(ps[0].charStart, ps[0].charEnd).length).toBeGreaterThan(0);
  });

  it('gives a country only for "in Laos" (place name empty)', () => {
    expect(placesIn('Son met Kommasith in Laos on Monday.').map((p) => [p.text, p.place.name, p.place.country])).toEqual([['Laos', '', 'LAO']]);
  });

  it('forgives a typo in a well-known place ("Vientine")', () => {
    expect(placesIn('The ministers met in Vientine on Monday.').map((p) => p.place.country)).toEqual(['LAO']);
  });

  it('prefers a place in a country the text is about', () => {
    const [p] = placesIn('The delegation arrived in Nanning.', ['CHN']);
    expect([p.place.name, p.place.country]).toEqual(['Nanning', 'CHN']);
  });

  it.each([
    'Son and Wang met in Celebration.',
    'The two sides met in good faith.',
    'He said in English that the talks went well.',
  ])('finds no place in %j', (sentence) => {
    expect(placesIn(sentence)).toEqual([]);
  });

  it('records the preposition', () => {
    expect(placesIn('The minister flew from Hanoi to Vientiane.').map((p) => [p.prep, p.text])).toEqual([['from', 'Hanoi'], ['to', 'Vientiane']]);
  });

  // Fixed bug, kept as a regression test: the typo is resolved among admin1 divisions first, so "Vientine" gives "Vientiane Capital" (the province),
  // while the correct spelling gives the capital city "Vientiane" (the exact-name bonus does not apply to a typo).
  it('resolves a typo to the same place as the correct spelling', () => {
    expect(placesIn('The ministers met in Vientine on Monday.').map((p) => p.place.name)).toEqual(placesIn('The ministers met in Vientiane on Monday.').map((p) => p.place.name));
  });

  // Fixed bug, kept as a regression test: "in Washington" resolves to Washington State (admin1, lat 47.0); the country index's capital "Washington" was
  // attached to Washington, Georgia (pop. 3,981). The US capital is Washington, D.C. (lat 38.9, lon -77.0).
  it('reads "in Washington" as the US capital', () => {
    const [p] = placesIn('Son met Blinken in Washington on Monday.');
    expect([p.place.country, Math.round(p.place.lat!), Math.round(p.place.lon!)]).toEqual(['USA', 39, -77]);
  });
});

describe('event locations through extract()', () => {
  const cases: [string, string | null, string][] = [
    ['Foreign Minister Bui Thanh Son met Lao Foreign Minister Saleumxay Kommasith in the Lao capital on June 5.', 'Vientiane', 'LAO'],
    ['Foreign Minister Bui Thanh Son met Lao Foreign Minister Saleumxay Kommasith in Laos on June 5.', null, 'LAO'],
    ['Chinese Foreign Minister Wang Yi met Foreign Minister Bui Thanh Son in Anji of Zhejiang on June 5.', 'Anji', 'CHN'],
  ];
  it.each(cases)('%j', (text, place, country) => {
    const e = extract(text, { id: 't', published: '2023-06-08' }).events[0];
    expect([e.location?.place, e.location?.country]).toEqual([place, country]);
  });
});

describe('a state named as its capital is named: that city', () => {
  it.each([
    ['The president met the prime minister during his visit to Singapore.', 'Singapore', 'SGP'],
    ['The two ministers held talks in Luxembourg on Monday.', 'Luxembourg', 'LUX'],
    ['The envoys met in Djibouti last week.', 'Djibouti', 'DJI'],
  ])('%s', (s, name, country) => {
    const p = placesIn(s).find((x) => x.place.country === country)!;
    expect([p.place.name, p.place.kind]).toEqual([name, 'capital']);
  });
  it.each([
    ['The two ministers met in Kuwait on Monday.', 'KWT'],
    ['The two ministers met in Laos on Monday.', 'LAO'],
  ])('a state whose capital has another name stays the state: %s', (s, country) => {
    const p = placesIn(s).find((x) => x.place.country === country)!;
    expect(p.place.name).toBe('');
  });
});
