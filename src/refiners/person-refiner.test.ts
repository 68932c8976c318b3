import { describe, it, expect } from 'vitest';
import { analyse, extract } from '../extract.js';
import type { Doc } from '../doc.js';

/** Runs the whole pipeline on a text and returns the working document. */
const run = (text: string, published: string | null = null): Doc => analyse(text, { id: 't', published, language: 'en' });

/** [kind, name, title, country, countryRule] of each person mention of a one-sentence text. */
const personsIn = (sentence: string) => {
  const a = run(sentence).analyses[0];
  const words = (x: number, y: number) => a.tokens.slice(x, y).map((t) => t.text).join(' ');
  return a.persons.map((p) => [p.kind, p.name ?? words(p.start, p.end), p.title, p.country?.value ?? null, p.country?.rule ?? null]);
};

describe('refinePersons', () => {
  const cases: [string, string, (string | null)[][]][] = [
    ['a title before the name', 'Chinese State Councilor and Foreign Minister Wang Yi arrived.',
      [['named', 'Wang Yi', 'State Councilor and Foreign Minister', 'CHN', 'country/title']]],
    ['a title with an honorific before the name', 'Lao Foreign Minister H.E. Saleumxay Kommasith arrived.',
      [['named', 'Saleumxay Kommasith', 'Foreign Minister', 'LAO', 'country/title']]],
    ['a title with a complement', 'Foreign Minister of China Wang Yi arrived.',
      [['named', 'Wang Yi', 'Foreign Minister of China', 'CHN', 'country/title']]],
    ['apposition after the name', 'Wang Yi, State Councilor and Foreign Minister of China, arrived.',
      [['named', 'Wang Yi', 'State Councilor and Foreign Minister of China', 'CHN', 'country/apposition']]],
    ['apposition with "the"', 'Saleumxay Kommasith, the Lao Foreign Minister, arrived.',
      [['named', 'Saleumxay Kommasith', 'Foreign Minister', 'LAO', 'country/apposition']]],
    ['a possessive country before the name', "China's Wang Yi arrived.",
      [['named', 'Wang Yi', null, 'CHN', 'country/before-name']]],
    ['an adjective before the name', 'Chinese Wang Yi arrived.',
      [['named', 'Wang Yi', null, 'CHN', 'country/before-name']]],
    ['no country in the text', 'Vice Minister Zhang Mingyu arrived.',
      [['named', 'Zhang Mingyu', 'Vice Minister', null, null]]],
    ['an unnamed title with a country', 'The Lao foreign minister arrived.',
      [['anaphor', 'The Lao foreign minister', 'foreign minister', 'LAO', 'country/title']]],
    ['a counterpart', 'He greeted his Chinese counterpart.',
      [['pronoun', 'He', null, null, null], ['anaphor', 'his Chinese counterpart', 'counterpart', 'CHN', 'country/title'], ['pronoun', 'his', null, null, null]]],
    ['a group of titles', 'The two foreign ministers agreed.',
      [['group', 'The two foreign ministers', 'foreign ministers', null, null]]],
    ['a country side', 'The Chinese side agreed.',
      [['anaphor', 'Chinese side', null, 'CHN', 'country/side']]],
    ['both sides', 'Both sides agreed.',
      [['group', 'Both sides', null, null, null]]],
    ['"the two" before a verb', 'The two chaired the session.',
      [['group', 'The two', null, null, null]]],
    ['a one-word unknown name after a title', 'Ambassador Sutrisno arrived.',
      [['short', 'Sutrisno', 'Ambassador', null, null]]],
    ['a one-word registry name', 'Retno arrived.',
      [['named', 'Retno', null, null, null]]],
  ];
  it.each(cases)('%s', (_name, sentence, expected) => {
    expect(personsIn(sentence)).toEqual(expected);
  });

  it('spans the title and the name of a titled mention', () => {
    const s = 'Lao Foreign Minister Saleumxay Kommasith arrived.';
    const a = run(s).analyses[0];
    const p = a.persons[0];
    expect(s.slice(a.tokens[p.start].start, a.tokens[p.end - 1].end)).toBe('Foreign Minister Saleumxay Kommasith');
    expect(s.slice(p.charStart, p.charEnd)).toBe('Saleumxay Kommasith');
  });

  it('records the role of the title', () => {
    const a = run('Deputy Prime Minister and Foreign Minister Pham Binh Minh arrived.').analyses[0];
    expect(a.persons.map((p) => [p.name, p.role])).toEqual([['Pham Binh Minh', 'foreign_minister']]);
  });

  it('marks a possessive name', () => {
    const a = run("Wang Yi's visit was fruitful.").analyses[0];
    expect(a.persons.map((p) => [p.name, p.possessive])).toEqual([['Wang Yi', true]]);
  });
});

describe('a Chinese title joined to another over a body\'s name', () => {
  it('越南外交部常务副部长、国家边界委主任X: X is Vietnamese', () => {
    const e = extract('11月9日，外交部副部长孙卫东与越南外交部常务副部长、国家边界委主任阮明羽在河内举行会谈。', { id: 't', published: '2024-11-10' }).events[0];
    expect(e.participants.map((p) => [p.name, p.country])).toEqual([['孙卫东', 'CHN'], ['阮明羽', 'VNM']]);
  });
});

describe('titles of a body, and a prefix that opens a title', () => {
  const people = (text: string, published = '2020-09-15') => extract(text, { id: 't', published }).events.map((e) => e.participants.map((p) => [p.name, p.country]));
  it('gives an office of the European Union its body, not the holder\'s nationality (zh)', () => {
    expect(people('9月14日，国家主席习近平同欧洲理事会主席米歇尔举行视频会晤。')).toEqual([[['习近平', 'CHN'], ['米歇尔', 'EU']]]);
  });
  it('reads "Phó" + a title as one title, and the headline\'s title as the person bearing it below (vi)', () => {
    const text = 'Phó Chủ tịch Ủy ban châu Âu thăm chính thức Việt Nam\n\nNgày 5/8, bà Federica Mogherini, Phó Chủ tịch Ủy ban châu Âu, đã hội đàm với Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Bình Minh tại Hà Nội.';
    expect(people(text, '2019-08-06')).toEqual([[['Federica Mogherini', 'EU'], ['Phạm Bình Minh', 'VNM']]]);
  });
});

describe('an unnamed office holder whose country follows the title (vi): the mention opens at the title', () => {
  const people = (text: string) => extract(text, { id: 't', published: '2024-06-04' }).events.map((e) => e.participants.map((p) => [p.name, p.country, p.title]));
  it.each([
    ['gặp Bộ trưởng Ngoại giao Kenya', 'Chiều 3/6, Phó Thủ tướng Trần Lưu Quang đã gặp Bộ trưởng Ngoại giao Kenya.', 'KEN', 'Bộ trưởng Ngoại giao Kenya'],
    ['tiếp Bộ trưởng Quốc phòng Chile', 'Sáng 3/6, Phó Thủ tướng Trần Lưu Quang đã tiếp Bộ trưởng Quốc phòng Chile.', 'CHL', 'Bộ trưởng Quốc phòng Chile'],
    ['gặp Bộ trưởng Công Thương Peru', 'Ngày 3/6, Phó Thủ tướng Trần Lưu Quang đã gặp Bộ trưởng Công Thương Peru.', 'PER', 'Bộ trưởng Công Thương Peru'],
  ])('%s', (_, text, country, title) => {
    expect(people(text)).toEqual([[['Trần Lưu Quang', 'VNM', 'Phó Thủ tướng'], [null, country, title]]]);
  });
  it('the mention spans the title and the country', () => {
    const a = analyse('Chiều 3/6, Phó Thủ tướng Trần Lưu Quang đã gặp Bộ trưởng Ngoại giao Kenya.', { id: 't', language: 'vi' }).analyses[0];
    const m = a.persons.find((p) => p.country?.value === 'KEN')!;
    expect(a.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')).toBe('Bộ trưởng Ngoại giao Kenya');
  });
});

describe('the leader of a delegation takes the delegation\'s country (persons/delegation-nouns)', () => {
  const people = (text: string) => extract(text, { id: 't', published: '2023-04-20' }).events.map((e) => e.participants.map((p) => [p.name, p.country]));
  it.each([
    ['of a party of the country', 'Speaker Maria Lind received a delegation of the Socialist Party of Chile led by Ana Ruiz in Oslo on April 19.', 'CHL'],
    ['an adjective before the word', 'Speaker Maria Lind received a Peruvian delegation headed by Jorge Salas in Oslo on April 19.', 'PER'],
    ['from the country', 'Speaker Maria Lind received a delegation from Kenya led by Grace Wanjiru in Oslo on April 19.', 'KEN'],
    ['a title before the leader', 'Speaker Maria Lind received a delegation of the Ghanaian Parliament led by Deputy Speaker Kwame Asante in Oslo on April 19.', 'GHA'],
  ])('%s', (_, text, country) => {
    expect(people(text)[0]?.[1]).toEqual([expect.any(String), country]);
  });
  // the person's country alone (an encounter with a delegation told these ways is another matter)
  const countryOf = (text: string, name: string) => analyse(text, { id: 't', published: '2023-04-20' }).analyses.flatMap((a) => a.persons).find((p) => p.name === name)?.country?.value;
  it.each([
    ['an auxiliary before the verb', 'The talks went well; the Chilean delegation that was represented by Senator Ana Ruiz left on Friday.', 'Ana Ruiz', 'CHL'],
    ['a possessive, a participle set off by a comma', "Peru's team, headed by Jorge Salas, arrived in Oslo on April 19.", 'Jorge Salas', 'PER'],
    ['the side of a country named, an auxiliary', 'The side of Ghana was chaired by Kofi Mensah.', 'Kofi Mensah', 'GHA'],
    ['a verb other than "led"', 'The Georgian side was represented by Levan Kiknadze.', 'Levan Kiknadze', 'GEO'],
  ])('%s', (_, text, name, country) => {
    expect(countryOf(text, name)).toBe(country);
  });
  it('the second of a pair told with its verb left out ("and the Latvian side by Y")', () => {
    const ev = people('Deputy foreign ministers held consultations in Riga on April 19. The Kyrgyz delegation was led by Deputy Minister Aibek Osmonov, and the Latvian side by State Secretary Ilze Berzina.');
    expect(ev.flat()).toEqual(expect.arrayContaining([['Aibek Osmonov', 'KGZ'], ['Ilze Berzina', 'LVA']]));
  });
  it('no verb and no word of a delegation before "by": no country', () => {
    const ev = people('Speaker Maria Lind received a gift from Peru, sent by Jorge Salas, in Oslo on April 19.');
    expect(ev.flat().filter(([n]) => n === 'Jorge Salas').map(([, c]) => c)).not.toContain('PER');
  });
  it('another clause between: no country from it', () => {
    const ev = people('Speaker Maria Lind received a delegation of the Socialist Party of Chile, and later met Ana Ruiz, led by nobody, in Oslo on April 19.');
    expect(ev.flat().filter(([n]) => n === 'Ana Ruiz').map(([, c]) => c)).not.toContain('CHL');
  });
});

describe('a delegation received and the leader named after "do … dẫn đầu" (vi): the encounter is with the leader, of the delegation\'s country', () => {
  const people = (text: string) => extract(text, { id: 't', published: '2023-04-20' }).events.map((e) => [e.kind, ...e.participants.map((p) => [p.name, p.country])]);
  it.each([
    ['tiếp, a party\'s delegation', 'Chiều 2/3, Chủ tịch Quốc hội Trần Thanh Mẫn đã tiếp Đoàn đại biểu Đảng Xã hội Chile do ông Ana Ruiz dẫn đầu.', 'meeting', 'Ana Ruiz', 'CHL'],
    ['tiếp, "đồng chí"', 'Ngày 5/4, Thường trực Ban Bí thư Trương Thị Mai đã tiếp Đoàn đại biểu Đảng Cộng sản Peru do đồng chí Jorge Salas dẫn đầu.', 'meeting', 'Jorge Salas', 'PER'],
    ['hội đàm với, a ministry\'s delegation', 'Sáng 6/4, Bộ trưởng Bùi Thanh Sơn đã hội đàm với Đoàn đại biểu Bộ Ngoại giao Kenya do bà Grace Wanjiru dẫn đầu.', 'talks', 'Grace Wanjiru', 'KEN'],
  ])('%s', (_, text, kind, name, country) => {
    const [e] = people(text);
    expect(e?.[0]).toBe(kind);
    expect(e).toContainEqual([name, country]);
  });
});
