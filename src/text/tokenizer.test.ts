import { describe, it, expect } from 'vitest';
import { tokenize, tokenizeRange, bareKey, withoutPossessive, TokenTrie } from './tokenizer.js';

describe('tokenize', () => {
  const cases: [string, string[]][] = [
    ['Wang Yi met Son.', ['Wang', 'Yi', 'met', 'Son', '.']],
    ['the U.S. side', ['the', 'U.S.', 'side']],
    ['Antony J. Blinken', ['Antony', 'J.', 'Blinken']],
    ['S. Jaishankar', ['S.', 'Jaishankar']],
    ["China's Wang Yi", ["China's", 'Wang', 'Yi']],
    ['the Lancang-Mekong Cooperation', ['the', 'Lancang-Mekong', 'Cooperation']],
    ['Bùi Thanh Sơn', ['Bùi', 'Thanh', 'Sơn']],
    ['on June 5, 2021', ['on', 'June', '5', ',', '2021']],
    ["Laos' capital", ['Laos', "'", 'capital']],
    ['plan A.', ['plan', 'A', '.']],
  ];
  it.each(cases)('%j', (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it('gives offsets (with a base offset), lowercase and flags', () => {
    const toks = tokenize('Met Wang, then', 100);
    expect(toks.map((t) => [t.text, t.start, t.end, t.lower, t.cap, t.word])).toEqual([
      ['Met', 100, 103, 'met', true, true],
      ['Wang', 104, 108, 'wang', true, true],
      [',', 108, 109, ',', false, false],
      ['then', 110, 114, 'then', false, true],
    ]);
  });

  it('does not count digits as capitalised', () => {
    expect(tokenize('2021')[0]).toMatchObject({ cap: false, word: true });
  });
});

describe('tokenizeRange', () => {
  const text = 'Intro line. Antony J. Blinken met the U.S. envoy.\nX. Y said İstanbul’s ǅemal.';
  it.each([[12, 50], [0, 11], [51, text.length], [20, 22]])('reads text[%i, %i) as tokenize reads that slice', (from, to) => {
    const shifted = tokenize(text.slice(from, to), from);
    expect(tokenizeRange(text, from, to)).toEqual(shifted);
  });
  it('does not look past the end of its range for an initial or an abbreviation', () => {
    // "J." at the end of the range: the capital after it lies outside, so it is a letter and a full stop
    expect(tokenizeRange('met J. Blinken', 0, 6).map((t) => t.text)).toEqual(['met', 'J', '.']);
  });
  it('lowercases every character that has a lowercase form, including title-case and numeral letters', () => {
    for (const t of tokenize('İstanbul ǅemal ⅠⅡ CHINA’S straße')) expect(t.lower).toBe(t.text.toLowerCase());
  });
});

describe('withoutPossessive', () => {
  it.each([["China's", 'China'], ['Laos’s', 'Laos'], ['Wang', 'Wang'], ["'s", ''], ['s', 's'], ["CHINA'S", "CHINA'S"]])('%s -> %s', (w, expected) => {
    expect(withoutPossessive(w)).toBe(expected);
  });
});

describe('bareKey', () => {
  it.each([["China's", 'china'], ['Laos', 'laos'], ['Wang', 'wang']])('%s -> %s', (word, key) => {
    expect(bareKey(tokenize(word)[0])).toBe(key);
  });
});

describe('TokenTrie', () => {
  const trie = new TokenTrie<string>(bareKey);
  trie.add('Viet Nam', 'VNM');
  trie.add('Viet Nam News Agency', 'VNA');
  trie.add('China', 'CHN');

  it('finds the longest phrase at a position', () => {
    const toks = tokenize('The Viet Nam News Agency said');
    expect(trie.longest(toks, 1)).toEqual([4, ['VNA']]);
    expect(trie.longest(toks, 0)).toBeNull();
  });

  it('falls back to a shorter phrase', () => {
    const toks = tokenize('Viet Nam News today');
    expect(trie.longest(toks, 0)).toEqual([2, ['VNM']]);
  });

  it('matches through its key function (case, possessive)', () => {
    expect(trie.longest(tokenize("CHINA's stance"), 0)).toEqual([1, ['CHN']]);
  });
});

describe('a Chinese token in traditional characters has its simplified form as its key, its own text as its text', () => {
  it.each([
    ['外長會見', ['外', '長', '會', '見'], ['外', '长', '会', '见']],
    ['國務委員', ['國', '務', '委', '員'], ['国', '务', '委', '员']],
    ['在河內', ['在', '河', '內'], ['在', '河', '内']],
    ['王毅', ['王', '毅'], ['王', '毅']],
  ])('%s', (text, texts, keys) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(texts);
    expect(toks.map((t) => t.lower)).toEqual(keys);
  });
  it('a phrase added in simplified characters matches the text in traditional ones', () => {
    const trie = new TokenTrie<string>();
    trie.add('老挝外长', 'title');
    expect(trie.longest(tokenize('老撾外長沙倫賽'), 0)).toEqual([4, ['title']]);
  });
});

describe('a Polynesian name opening with the ʻokina typed as an apostrophe is one capitalised word; a quoted phrase is not', () => {
  it.each([
    ["Minister Mele 'Ofa met him.", ['Minister', 'Mele', "'Ofa", 'met', 'him', '.'], "'Ofa"],
    ['Prime Minister ‘Aisake Eke spoke.', ['Prime', 'Minister', '‘Aisake', 'Eke', 'spoke', '.'], '‘Aisake'],
    ["Minister Sione 'Akauola met her in Nuku'alofa.", ['Minister', 'Sione', "'Akauola", 'met', 'her', 'in', "Nuku'alofa", '.'], "'Akauola"],
  ])('%s', (text, texts, word) => {
    const toks = tokenize(text);
    expect(toks.map((t) => t.text)).toEqual(texts);
    expect(toks.find((t) => t.text === word)?.cap).toBe(true);
  });
  it.each([
    ["She praised the 'Blue Pacific' plan.", ['She', 'praised', 'the', "'", 'Blue', 'Pacific', "'", 'plan', '.']],
    ["He called it 'Historic' on Monday.", ['He', 'called', 'it', "'", 'Historic', "'", 'on', 'Monday', '.']],
    ["'Ofa spoke first.", ["'", 'Ofa', 'spoke', 'first', '.']],
  ])('%s', (text, texts) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(texts);
  });
});
