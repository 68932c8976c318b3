import { describe, it, expect } from 'vitest';
import { splitLines } from '../page/segmenter.js';
import { classifyLines } from '../page/noise-classifier.js';
import { recognizeDateline } from './dateline-recognizer.js';

const dateline = (text: string) => recognizeDateline(classifyLines(splitLines(text)));
const HEAD = 'Vietnam, Laos hold foreign ministers talks';
const LEAD = 'Foreign Minister Bui Thanh Son held talks with his Lao counterpart Saleumxay Kommasith, and the two ministers agreed to step up cooperation in trade.';

describe('recognizeDateline: publication dates', () => {
  const cases: [string, string, string, string][] = [
    ['"date YYYY-MM-DD" prefix', `date 2021-06-09 ${LEAD}`, '2021-06-09', 'published/date-prefix'],
    ['YYYY/MM/DD line', `${HEAD}\n2020/05/29\n${LEAD}`, '2020-05-29', 'published/date-line'],
    ['"Month D, YYYY | hh:mm"', `${HEAD}\nApril 17, 2021 | 11:34\n${LEAD}`, '2021-04-17', 'published/date-line'],
    ['"YYYY-MM-DD hh:mm"', `${HEAD}\n2023-07-13 18:20\n${LEAD}`, '2023-07-13', 'published/date-line'],
    ['"MM/DD/YYYY | News release"', `${HEAD}\n08/25/2022 | News release\n${LEAD}`, '2022-08-25', 'published/date-line'],
    ['"DD/MM/YYYY | News release", no state nor worded date to order it: day first', `${HEAD}\n08/05/2022 | News release\n${LEAD}`, '2022-05-08', 'published/date-line'],
    ['"Month DD, YYYY h:mm AM GMT+7"', `${HEAD}\nApril 02, 2018 9:52 AM GMT+7\n${LEAD}`, '2018-04-02', 'published/date-line'],
    ['"Updated: DD/MM/YYYY hh:mm"', `${HEAD}\nUpdated: 14/03/2023 08:15 GMT+7\n${LEAD}`, '2023-03-14', 'published/date-line'],
    ['a date and a byline', `August 22, 2021 | by Chris Future\n${LEAD}`, '2021-08-22', 'published/date-line'],
    ['a site name, weekday and date', `Vietnam News Agency - Tuesday, March 14, 2023 10:15\n${LEAD}`, '2023-03-14', 'published/date-line'],
    ['a title that ends with its date', `Secretary Blinken's call with Indian External Affairs Minister Jaishankar, U.S. State Dept., July 27, 2024.\n${LEAD}`, '2024-07-27', 'published/title-date'],
    ['"Place, D Month YYYY (AGENCY):"', `Beijing, 18 August 2021 (TDI): ${LEAD}`, '2021-08-18', 'published/dateline'],
    // the site's today at the top, the article's own labelled date below it
    ['a labelled date below a weekday header', `Friday, June 2, 2028\nHome | World\n${HEAD}\nPublished: 14 March 2023\n${LEAD}`, '2023-03-14', 'published/labelled'],
    ['"Posted on D Month YYYY hh:mm"', `${HEAD}\nPosted on 2 May 2019 10:30\n${LEAD}`, '2019-05-02', 'published/labelled'],
    ['a weekday header alone', `Friday, June 2, 2028\n${HEAD}\n${LEAD}`, '2028-06-02', 'published/date-line'],
    // an update stamp over a dateline without a year: the story's day, in the stamp's year (published/updated)
    ['"Updated:" over a dateline of the day before', `${HEAD}\nUpdated: 23 Apr 2026\n\nLima, Apr. 22 (ANDINA) - ${LEAD}`, '2026-04-22', 'published/dateline+updated-year'],
    ['"Last updated on" over a dateline', `${HEAD}\nLast updated on 9 October 2025 10:12\nNAIROBI, Oct. 7 (KNA) - ${LEAD}`, '2025-10-07', 'published/dateline+updated-year'],
    ['an update in January of a December story', `${HEAD}\nUpdated: Jan 2, 2027\nQUITO, Dec. 30 (Xinhua) -- ${LEAD}`, '2026-12-30', 'published/dateline+updated-year'],
    ['an update stamp without a dateline', `${HEAD}\nUpdated: 14 May 2025\n${LEAD}`, '2025-05-14', 'published/date-line'],
    ['a labelled publication beside an update', `${HEAD}\nPublished: 21 Apr 2026\nUpdated: 23 Apr 2026\nLima, Apr. 22 (ANDINA) - ${LEAD}`, '2026-04-21', 'published/labelled'],
  ];
  it.each(cases)('%s', (_name, text, published, rule) => {
    const d = dateline(text);
    expect([d.published?.value ?? null, d.published?.rule ?? null]).toEqual([published, rule]);
  });

  it('gives the line the publication date stands on', () => {
    expect(dateline(`${HEAD}\n2023-07-13 18:20\n${LEAD}`).publishedLine).toBe(1);
  });

  it('prefers the first date of the text', () => {
    expect(dateline(`${HEAD}\nApril 17, 2021 | 11:34\nApril 18, 2021\n${LEAD}`).published?.value).toBe('2021-04-17');
  });
});

describe('recognizeDateline: datelines', () => {
  const cases: [string, string, string | null, object | null, string | null][] = [
    ['Xinhua month-day', 'BEIJING, June 26 (Xinhua) -- Chinese Foreign Minister Wang Yi met his Lao counterpart.', 'BEIJING', { month: 6, day: 26 }, null],
    ['VNA month-day', 'Hanoi, June 8 (VNA) - Foreign Minister Bui Thanh Son met Wang Yi.', 'Hanoi', { month: 6, day: 8 }, null],
    ['VNA without date', 'Beijing (VNA) – Chinese Premier Li Qiang met the guests.', 'Beijing', null, null],
    ['all-caps place and dash', 'HÀ NỘI — Deputy Prime Minister Tran Luu Quang met the Lao foreign minister.', 'HÀ NỘI', null, null],
    ['all-caps place and month-day', 'VIENTIANE, April 15 - The Lao foreign minister met his Thai counterpart.', 'VIENTIANE', { month: 4, day: 15 }, null],
    ['full date and agency', 'Beijing, 18 August 2021 (TDI): Chinese State Councilor Wang Yi met the Pakistani envoy.', 'Beijing', { year: 2021, month: 8, day: 18 }, '2021-08-18'],
    ['after a headline', `${HEAD}\nVIENTIANE, April 15 (KPL) - ${LEAD}`, 'VIENTIANE', { month: 4, day: 15 }, null],
    ['an agency name alone is no place', 'VNA - The two ministers met.', null, null, null],
    ['date, place with its province, issuer', `${HEAD}\nJune 4, 2024 - Halifax, Nova Scotia - Department of Fisheries\n${LEAD}`, 'Halifax', { year: 2024, month: 6, day: 4 }, '2024-06-04'],
    ['date, place, issuer (day first)', `${HEAD}\n12 May 2023 – Wellington – Ministry of Foreign Affairs and Trade\n${LEAD}`, 'Wellington', { year: 2023, month: 5, day: 12 }, '2023-05-12'],
    ['a date and a time between dashes: no place', `${HEAD}\nJune 4, 2024 - 09:15 - Updated\n${LEAD}`, null, null, '2024-06-04'],
  ];
  it.each(cases)('%s', (_name, text, place, date, published) => {
    const d = dateline(text);
    expect(d.place).toBe(place);
    expect(d.date).toEqual(date);
    // a month-day dateline gives no publication date
    expect(d.published?.value ?? null).toBe(published);
  });

  it('gives the line of the dateline', () => {
    expect(dateline(`${HEAD}\nBEIJING, June 26 (Xinhua) -- ${LEAD}`).line).toBe(1);
  });
});

describe('recognizeDateline: dates inside sentences are not the publication date', () => {
  const cases: [string, string][] = [
    ['a date at the start of a long sentence', `${HEAD}\nOn April 14, 2022, Foreign Minister Bui Thanh Son had a phone conversation with Chinese Foreign Minister Wang Yi.`],
    ['a date at the end of a long sentence', `${HEAD}\nForeign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi on June 7, 2021, and they discussed trade.`],
    ['a date in a sentence after the lead', `${HEAD}\n${LEAD}\nThe agreement was signed in Vientiane on 14 April 2022 by both ministers after the talks.`],
    ['nothing but text', `${HEAD}\n${LEAD}`],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(dateline(text).published).toBeNull();
  });

  // a short body sentence with a full date is no "date line" (it ends like a sentence)
  it.each([
    ['a short sentence with a month-day-year', `${HEAD}\nSon met Kommasith in Hanoi on April 14, 2022.`],
    ['a short sentence with a day-month-year', `${HEAD}\nThe talks took place on 14 April 2022 in Vientiane.`],
    ['a short sentence opening with the date', `${HEAD}\nOn June 7, 2021, the two sides met.`],
  ])('%s', (_name, text) => {
    expect(dateline(text).published).toBeNull();
  });

  // a title that tells of a span of days is no date line: the page's own day stands below it
  it.each([
    ['a visit', 'Visit of the Foreign Minister to Chile (March 3-5, 2025)\nMarch 6, 2025', '2025-03-06'],
    ['a tour', 'Minister of State tours Kenya and Ghana, 10-14 June 2024\n15 June 2024', '2024-06-15'],
    ['no page day at all', 'Visit of the Foreign Minister to Chile (March 3-5, 2025)', null],
  ])('%s', (_name, text, day) => {
    expect(dateline(text).published?.value ?? null).toBe(day);
  });
});

describe('recognizeDateline: stamps and dispatch lines in Vietnamese and Chinese', () => {
  const inLanguage = (text: string, lang: string) => recognizeDateline(classifyLines(splitLines(text)), lang);
  it('reads a labelled stamp among other page words (zh)', () => {
    const r = inLanguage('两国外长举行会谈\n文章来源：某某网 作者： 发布时间：2023-08-23 07:02 点击量：408\n8月22日，两国外长在北京举行会谈。', 'zh');
    expect(r.published?.value).toBe('2023-08-23');
    expect(r.published?.basis).toBe('stated');
  });
  it('reads an agency dispatch line as the dateline: place and day, no year (zh)', () => {
    const r = inLanguage('两国外长举行会谈\n新华社河内6月5日电 6月5日，两国外长在河内举行会谈。', 'zh');
    expect(r.date).toEqual({ month: 6, day: 5 });
    expect(r.place).toBe('河内');
    expect(r.published).toBeNull();
  });
  it('does not take a photo\'s date inside a paragraph for the page\'s (vi)', () => {
    const para = 'Hai Bộ trưởng đã trao đổi về nhiều vấn đề, trong đó có hợp tác kinh tế và giao lưu nhân dân giữa hai nước, ảnh chụp ngày 1/8/2025 tại trụ sở Bộ Ngoại giao cho thấy không khí thân mật của cuộc gặp.';
    expect(inLanguage(`Hai Bộ trưởng hội đàm\n${para}`, 'vi').published).toBeNull();
  });
  it('reads a Vietnamese dateline: the place and its day, with or without the agency (vi)', () => {
    const a = inLanguage('Hai Bộ trưởng hội đàm\nViêng Chăn, ngày 18/4 - Bộ trưởng Ngoại giao đã tiếp Đại sứ Thái Lan.', 'vi');
    expect([a.place, a.date]).toEqual(['Viêng Chăn', { month: 4, day: 18 }]);
    const b = inLanguage('Hai Bộ trưởng hội đàm\nBắc Kinh (TTXVN) - Chiều 3/5, hai Bộ trưởng đã hội đàm.', 'vi');
    expect(b.place).toBe('Bắc Kinh');
    expect(inLanguage('Hai Bộ trưởng hội đàm\nHai Bộ trưởng, ngày 18/4 đã gặp nhau.', 'vi').place).toBeNull();
  });
  it('reads "Cập nhật:" stamps (vi)', () => {
    expect(inLanguage('Hai Bộ trưởng hội đàm\nCập nhật: 16/04/2021 10:20\nChiều 15/4, hai Bộ trưởng hội đàm.', 'vi').published?.value).toBe('2021-04-16');
  });
});

describe('an ambiguous numeric stamp is read as the day of what the text reports, or the day after', () => {
  it.each([
    ['day first, the text writing "March 5"', `${HEAD}\n05/03/2023 18:45\nHanoi (VNA) - The two ministers held talks in Hanoi on March 5.`, '2023-03-05'],
    ['day first, the day after the text\'s day', `${HEAD}\n06/03/2023 08:10\nThe two ministers held talks in Hanoi on March 5.`, '2023-03-06'],
    ['month first, the text writing "5 March"', `${HEAD}\n03/05/2023 18:45\nThe two ministers held talks in Hanoi on 5 March.`, '2023-03-05'],
    ['neither reading near a day of the text: the text\'s own order (month first)', `${HEAD}\n05/03/2023 18:45\nThe two ministers held talks in Hanoi on April 20.`, '2023-05-03'],
  ])('%s', (_, text, day) => {
    expect(dateline(text).published?.value).toBe(day);
  });
});
