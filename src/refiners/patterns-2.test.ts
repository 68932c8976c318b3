/**
 * Patterns added after the first corpus runs, each on sentences we wrote.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const run = (text: string, published?: string) => extract(text, { id: 't', published: published ?? null });
const brief = (text: string, published?: string) =>
  run(text, published).events.map((e) => [e.kind, e.date, e.location ? [e.location.place, e.location.country] : null, e.participants.map((p) => p.name)]);

describe('more patterns of diplomatic language', () => {
  it('takes the parties of "In attendance were A, B, C and D" for the meeting just reported', () => {
    expect(brief('Ministers of the two countries held a four-way meeting in Tokyo on Monday. In attendance were Indonesian Foreign Minister Retno Marsudi, Indonesian Defence Minister Prabowo Subianto, Japanese Foreign Minister Toshimitsu Motegi and Japanese Defence Minister Nobuo Kishi.', '2021-03-31'))
      .toEqual([['meeting', '2021-03-29', ['Tokyo', 'JPN'], ['Retno Marsudi', 'Prabowo Subianto', 'Toshimitsu Motegi', 'Nobuo Kishi']]]);
  });

  it('keeps a bilateral meeting apart from a four-way meeting of the same day', () => {
    const doc = run('Ministers of the two countries held a four-way meeting in Tokyo. In attendance were Indonesian Foreign Minister Retno Marsudi, Indonesian Defence Minister Prabowo Subianto, Japanese Foreign Minister Toshimitsu Motegi and Japanese Defence Minister Nobuo Kishi. Earlier, Retno Marsudi held talks with Toshimitsu Motegi.', '2021-03-31');
    expect(doc.events.map((e) => e.participants.length)).toEqual([4, 2]);
  });

  it('places an encounter with "who is visiting X" in X', () => {
    expect(brief('Foreign Minister Toshimitsu Motegi met Indonesian Foreign Minister Retno Marsudi, who is visiting Japan, on March 29.', '2021-03-30'))
      .toEqual([['meeting', '2021-03-29', [null, 'JPN'], ['Toshimitsu Motegi', 'Retno Marsudi']]]);
  });

  it('places meetings held during "his official visit to Laos" in Laos; a span of days with no year stated dates nothing', () => {
    const doc = run('Deputy Prime Minister Pham Binh Minh met with Lao President Bounnhang Vorachith and Prime Minister Thongloun Sisoulith. The meetings were part of his official visit to Laos on December 25-26. He also congratulated Laos on its role as ASEAN Chair in 2016.');
    expect(doc.events.map((e) => [e.date, e.location?.country, e.participants.map((p) => p.name)])).toEqual([
      [null, 'LAO', ['Pham Binh Minh', 'Bounnhang Vorachith']],
      [null, 'LAO', ['Pham Binh Minh', 'Thongloun Sisoulith']],
    ]);
  });

  it('dates "since the beginning of the year" by the publication year', () => {
    const doc = run('Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Hanoi on September 10. Since the beginning of the year, President Xi Jinping has talked with General Secretary Nguyen Phu Trong.', '2021-09-11');
    expect(doc.events.map((e) => [e.date, e.referenced])).toEqual([['2021-09-10', false], ['2021', true]]);
  });

  it('puts "On the same day, X received Y" where the day\'s other encounter was, as inferred', () => {
    const doc = run('Foreign Minister Bui Thanh Son held talks with Lao Foreign Minister Saleumxay Kommasith in Vientiane on August 9. On the same day, Prime Minister Sonexay Siphandone received Son.', '2021-08-10');
    const second = doc.events[1];
    expect([second.date, second.location?.place, second.location?.inferred]).toEqual(['2021-08-09', 'Vientiane', true]);
  });

  it('finds the registry person behind a surname glued to the next word ("Kommasithand")', () => {
    const doc = run('Lao Minister of Foreign Affairs Saleumxay Kommasithand Foreign Minister Bui Thanh Son met in Hanoi on May 2.', '2022-05-03');
    expect(doc.events[0]?.participants.find((p) => p.country === 'LAO')?.id).toBe('saleumxay-kommasith');
  });
  it.each([
    ['"held a summit with ASEAN leaders"', 'Chinese Premier Li Qiang held a summit with ASEAN leaders in Jakarta on September 6.'],
    ['"met top diplomats of Southeast Asian nations"', 'Chinese Premier Li Qiang met top diplomats of Southeast Asian nations in Jakarta on September 6.'],
  ])('takes a regional body as one unnamed party: %s', (_name, text) => {
    const doc = run(text, '2023-09-07');
    const parties = doc.events[0]?.participants.map((p) => `${p.name}/${p.country}`).sort();
    expect([doc.events.length, doc.events[0]?.date, doc.events[0]?.location?.place, parties]).toEqual([1, '2023-09-06', 'Jakarta', ['Li Qiang/CHN', 'null/ASEAN']]);
  });
  it("does not take the title inside a gathering's name as a party (\"Foreign Ministers' Meeting\")", () => {
    const doc = run("Foreign Minister Pham Binh Minh spoke to reporters. At a meeting with Chinese Foreign Minister Wang Yi, part of the fifth Mekong-Lancang Cooperation Foreign Ministers' Meeting in Vientiane on February 19, Minh expressed sympathy.", '2020-02-20');
    expect(doc.events.map((e) => e.participants.map((p) => p.name).sort())).toEqual([['Pham Binh Minh', 'Wang Yi']]);
  });
});
