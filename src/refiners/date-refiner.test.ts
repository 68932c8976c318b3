import { describe, it, expect } from 'vitest';
import { resolveDate } from './date-refiner.js';
import { parseIsoDay } from '../recognizers/date-recognizer.js';
import { extract } from '../extract.js';
import type { DateValue } from '../doc.js';

describe('resolveDate', () => {
  const cases: [string, DateValue, string | null, string | null][] = [
    ['month-day before publication: that year', { month: 6, day: 7 }, '2021-06-08', '2021-06-07'],
    ['month-day on the day after publication (time zones): that year', { month: 6, day: 9 }, '2021-06-08', '2021-06-09'],
    ['month-day a few days after publication (a stamp that lags the story): that year', { month: 6, day: 10 }, '2021-06-08', '2021-06-10'],
    ['month-day more than a week after publication: no year', { month: 6, day: 20 }, '2021-06-08', '--06-20'],
    ['month-day far after publication: no year', { month: 3, day: 1 }, '2022-01-02', '--03-01'],
    ['month-day across a new year: the previous year', { month: 12, day: 30 }, '2022-01-02', '2021-12-30'],
    ['a day of the publication month (16日)', { relativeMonth: 0, day: 16 }, '2021-06-18', '2021-06-16'],
    ['a day after the publication day: of the month before', { relativeMonth: 0, day: 28 }, '2021-01-03', '2020-12-28'],
    ['a day of the month before (上月28日)', { relativeMonth: -1, day: 28 }, '2021-06-08', '2021-05-28'],
    ['a day of the publication month without a publication date: none', { relativeMonth: 0, day: 16 }, null, null],
    ['month-day in a leap year', { month: 2, day: 29 }, '2024-03-01', '2024-02-29'],
    ['weekday on publication day: that day', { weekday: 4 }, '2021-06-10', '2021-06-10'],
    ['weekday: the latest such day on or before publication', { weekday: 4 }, '2021-06-11', '2021-06-10'],
    ['weekday after the publication weekday: the week before', { weekday: 5 }, '2021-06-10', '2021-06-04'],
    ['Sunday from a Monday', { weekday: 0 }, '2023-06-05', '2023-06-04'],
    ['"last Thursday" on a Thursday: a week back', { weekday: 4, before: true }, '2021-06-10', '2021-06-03'],
    ['"last Thursday" on a Friday: the day before', { weekday: 4, before: true }, '2021-06-11', '2021-06-10'],
    ['today', { relative: 0 }, '2021-06-10', '2021-06-10'],
    ['yesterday across a month', { relative: -1 }, '2021-03-01', '2021-02-28'],
    ['yesterday across a leap day', { relative: -1 }, '2024-03-01', '2024-02-29'],
    ['a month not after publication: that year', { month: 1 }, '2021-06-10', '2021-01'],
    ['a month after publication: the previous year', { month: 8 }, '2021-06-10', '2020-08'],
    ['a full date stays', { year: 2020, month: 5, day: 29 }, '2021-06-10', '2020-05-29'],
    ['a month and year stay', { year: 2020, month: 5 }, '2021-06-10', '2020-05'],
    ['a year stays', { year: 2019 }, '2021-06-10', '2019'],
    ['month-day without publication', { month: 6, day: 7 }, null, '--06-07'],
    ['weekday without publication', { weekday: 4 }, null, null],
    ['today without publication', { relative: 0 }, null, null],
    ['a month without publication', { month: 6 }, null, null],
    ['nothing', {}, '2021-06-10', null],
  ];
  it.each(cases)('%s', (_name, value, published, expected) => {
    expect(resolveDate(value, parseIsoDay(published))).toBe(expected);
  });
});

describe('event dates through extract()', () => {
  const FM = 'Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Hanoi';
  const cases: [string, string, string | null, string | null, string | null][] = [
    ['a stated month-day', `${FM} on June 5.`, '2023-06-08', '2023-06-05', 'date/month-day'],
    ['a stated full date in an older year', `${FM} on June 5, 2021.`, '2023-06-08', '2021-06-05', 'date/month-day-year'],
    ['a weekday', `${FM} on Thursday.`, '2023-06-10', '2023-06-08', 'date/weekday+published'],
    ['"late Thursday" on a Thursday', `${FM} late Thursday.`, '2023-06-08', '2023-06-08', 'date/weekday+published'],
    ['today', `${FM} today.`, '2023-06-08', '2023-06-08', 'date/today+published'],
    ['yesterday', `${FM} yesterday.`, '2023-06-08', '2023-06-07', 'date/yesterday+published'],
    ['a month', `${FM} in May.`, '2023-06-08', '2023-05', 'date/in-month'],
    ['across a new year', `${FM} on December 29.`, '2023-01-03', '2022-12-29', 'date/month-day'],
    ['after publication', `${FM} on July 12.`, '2023-06-08', '--07-12', 'date/month-day'],
    ['a range dates the encounter to its month', `${FM} during the visit from June 5-7.`, '2023-06-08', '2023-06', 'date/month-day+range-month'],
    ['"today" in a quotation dates the encounter only when nothing else does', `${FM}. "We met today as friends," Son said.`, '2023-06-08', '2023-06-08', 'date/today+published'],
    ['"today" in a quotation gives way to a stated day', `${FM} on June 6. "We met today as friends," Son said.`, '2023-06-08', '2023-06-06', 'date/month-day'],
    // a year named in passing is no evidence for the year of the encounter
    ['no year from a month the text dates in passing', `In September 2021, the two countries marked an anniversary. ${FM} on October 3.`, '', '--10-03', 'date/month-day'],
    ['the year of the same month-day in a caption', `Ministers Son and Wang in Beijing (Photo: VNA, October 3, 2021)\n${FM} on October 3.`, '', '2021-10-03', 'date/month-day+text-year'],
    ['a Xinhua dateline month-day when the sentence has none', 'BEIJING, June 7 (Xinhua) -- Chinese Foreign Minister Wang Yi met Foreign Minister Bui Thanh Son here.', '2023-06-08', '2023-06-07', 'date/dateline'],
    ['a dateline month-day without publication', 'BEIJING, June 7 (Xinhua) -- Chinese Foreign Minister Wang Yi met Foreign Minister Bui Thanh Son here.', '', '--06-07', 'date/dateline'],
  ];
  it.each(cases)('%s', (_name, text, published, date, rule) => {
    const doc = extract(text, { id: 't', ...(published ? { published } : {}) });
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0].date).toBe(date);
    expect(doc.events[0].provenance?.date?.rule ?? null).toBe(rule);
  });

  it('dates "on the same day" by the event before it, as inferred', () => {
    const doc = extract(`${FM} on June 5. On the same day, Son met Lao Foreign Minister Saleumxay Kommasith.`, { id: 't', published: '2023-06-08' });
    expect(doc.events.map((e) => e.date)).toEqual(['2023-06-05', '2023-06-05']);
    expect(doc.events[1].provenance?.date).toMatchObject({ rule: 'date/same-day', basis: 'inferred' });
  });

  it('gives the span of the stated date in the input', () => {
    const text = `${FM} on June 5.`;
    const span = extract(text, { id: 't', published: '2023-06-08' }).events[0].provenance!.date!.span!;
    expect(text.slice(span.start, span.end)).toBe('June 5');
  });

  it.each([
    ['Hanoi, June 6 (VNA) - Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Hanoi on June 5.'],
    ['Vietnam, China hold talks\n\nHanoi, June 6 (VNA) - Foreign Minister Bui Thanh Son held talks with Chinese Foreign Minister Wang Yi in Hanoi on June 5.\n\nDuring the talks, Son and Wang Yi agreed to boost trade.'],
  ])('prefers the date the sentence states over the dateline date it opens with: %j', (text) => {
    expect(extract(text, { id: 't', published: '2023-06-08' }).events[0].date).toBe('2023-06-05');
  });

  it('leaves a weekday undated without a publication date', () => {
    expect(extract(`${FM} on Thursday.`, { id: 't' }).events[0].date).toBeNull();
  });

  // Fixed bug, kept as a regression test: the date stays null but provenance still says `date: { rule: 'date/weekday+published', basis: 'stated' }`.
  it('gives no date provenance when the date stays null', () => {
    expect(extract(`${FM} on Thursday.`, { id: 't' }).events[0].provenance?.date).toBeUndefined();
  });
});

describe('"today" in a text with no date of its own is the day its headline gives', () => {
  it('inferred from the headline', () => {
    const e = extract('Minister Rojas\'s call with Peruvian Foreign Minister Luis Paredes 6 January\n\nForeign Minister Ana Rojas of Chile spoke today with Peruvian Foreign Minister Luis Paredes.', { id: 't' }).events[0];
    expect([e.date, e.provenance?.date?.basis]).toEqual(['--01-06', 'inferred']);
  });
});

describe('a bare day (8日) is a day of the publication month, else of a full date of that day in the text', () => {
  it.each([
    ['with a publication date', '外交部长王毅8日在重庆会见越南外长裴青山。', '2021-06-09', '2021-06-08', 'date/zh/bare-day+published'],
    ['from a caption', '图为2021年6月8日，外长会在重庆举行。\n\n外交部长王毅8日在重庆会见越南外长裴青山。', null, '2021-06-08', 'date/zh/bare-day+text-month'],
  ])('%s', (_name, text, published, date, rule) => {
    const e = extract(text, { id: 't', published }).events[0];
    expect([e.date, e.provenance?.date?.rule, e.provenance?.date?.basis]).toEqual([date, rule, 'inferred']);
  });
});

describe('the meetings a sentence reported as held separately, told one by one after it, have its day and place', () => {
  it.each([
    ['zh', '外交部长王毅8日在重庆同出席会议的越南、柬埔寨外长分别举行双边会见。会见柬埔寨副首相兼外交大臣布拉索昆时，王毅表示，中柬是好朋友。会见越南外长裴青山时，王毅表示，中越是好邻居。', '2021-06-09'],
  ])('%s', (_lang, text, published) => {
    const doc = extract(text, { id: 't', published });
    const told = doc.events.filter((e) => e.participants.some((p) => p.name === '布拉索昆' || p.name === '裴青山'));
    // (the Cambodian minister is also the "柬埔寨外长" of the list: that event has the sentence's own date)
    expect(told.map((e) => [e.date, e.location?.country])).toEqual([['2021-06-08', 'CHN'], ['2021-06-08', 'CHN']]);
    expect(told.map((e) => e.provenance?.date?.rule)).toContain('date/separately');
  });

  it('not a meeting of other people', () => {
    const doc = extract('外交部长王毅8日在重庆同越南、柬埔寨外长分别举行双边会见。国家主席习近平会见老挝总理宋赛·西潘敦时表示，中老是好邻居。', { id: 't', published: '2021-06-09' });
    expect(doc.events.find((e) => e.participants.some((p) => p.name === '习近平'))?.date ?? null).toBeNull();
  });
});

describe('a span of dates of different years is not the encounter\'s date, and gives a month-day its year', () => {
  it.each([
    ['zh', '1月13日，越南总理范明政就越中建交72周年（1950.1.18~2022.1.18）同中国国务院总理李强通电话。', '2022-01-13'],
    ['en', 'On January 13, on the 30th anniversary of ties (1994.1.20~2024.1.20), Foreign Minister Bui Thanh Son held a phone call with Lao Foreign Minister Saleumxay Kommasith.', '2024-01-13'],
  ])('%s', (_lang, text, date) => {
    const e = extract(text, { id: 't' }).events[0];
    expect([e.date, e.provenance?.date?.basis]).toEqual([date, 'inferred']);
  });
});

describe('a date in a clause about another happening is not the encounter\'s', () => {
  it.each([
    ['en', 'President Lam held a phone call with President Kerr on Thursday, the first call between the two since Lam was elected on August 3.', '2024-08-08'],
    ['vi', 'Chiều 8/8, Tổng Bí thư Tô Lâm điện đàm với Tổng thống Nga Vladimir Putin. Đây là cuộc điện đàm đầu tiên giữa ông Lâm với ông Putin kể từ khi ông Lâm được bầu làm Tổng Bí thư hôm 3/8.', '2024-08-08'],
  ])('%s: %j', (lang, text, date) => {
    const doc = extract(text, { id: 't', published: '2024-08-09', language: lang });
    expect(doc.events.map((e) => e.date)).toEqual([date]);
  });
});

describe('an encounter at a gathering told of before takes its day (vi, zh: occasion/back-reference)', () => {
  const dayOf = (text: string, match: string) => {
    const out = extract(text, {});
    const e = out.events.find((x) => x.participants.some((p) => p.name?.includes(match) || p.country === match));
    return e?.date ?? null;
  };
  it.each([
    ['vi: "Cũng tại Hội nghị,"', 'Thủ tướng gặp Tổng thống Chile\nSáng 14/9, trong khuôn khổ Hội nghị Thượng đỉnh Nhóm 77 tại La Habana, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Chile Gabriel Boric.\nHai bên nhất trí thúc đẩy thương mại.\nCũng tại Hội nghị, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Ngoại trưởng Ghana.', 'GHA', '--09-14'],
    ['vi: "Bên lề Diễn đàn này,"', 'Phó Thủ tướng dự Diễn đàn Kinh tế\nChiều 3/6, Phó Thủ tướng Trần Lưu Quang dự Diễn đàn Kinh tế Quốc tế tại Saint Petersburg và đã gặp Thủ tướng Mông Cổ.\nBên lề Diễn đàn này, Phó Thủ tướng Trần Lưu Quang đã hội đàm với Bộ trưởng Ngoại giao Kenya.', 'KEN', '--06-03'],
    ['zh: 会议期间，', '王毅出席东亚合作外长会\n7月25日，王毅在万象出席东亚合作系列外长会，并会见了印尼外长蕾特诺。\n会议期间，王毅还会见了智利外长范克拉伦。', '范克拉伦', '--07-25'],
  ])('%s', (_, text, who, day) => {
    expect(dayOf(text, who)).toBe(day);
  });
  it('a gathering named in full after the word is a new one: no day from the one before', () => {
    const text = 'Thủ tướng gặp Tổng thống Chile\nSáng 14/9, tại Hội nghị Thượng đỉnh Nhóm 77, Thủ tướng Phạm Minh Chính đã gặp Tổng thống Chile Gabriel Boric.\nBên lề Hội nghị Cấp cao Á - Âu lần thứ 14, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã gặp Ngoại trưởng Ghana.';
    expect(dayOf(text, 'GHA')).not.toBe('--09-14');
  });
});

describe('a day of the month with no publication date takes the month of a dispatch line of the same day (zh)', () => {
  const dateOf = (text: string) => extract(text, {}).events[0]?.date ?? null;
  it.each([
    ['新华社北京5月6日电 国家主席习近平6日晚应约同秘鲁总统通电话。', '--05-06'],
    ['新华社北京11月14日电 国务院总理李强14日在人民大会堂会见肯尼亚总统鲁托。', '--11-14'],
  ])('%s', (text, day) => {
    expect(dateOf(text)).toBe(day);
  });
  it('another day than the dispatch line\'s: no month from it', () => {
    expect(dateOf('新华社北京5月6日电 国家主席习近平4日晚应约同秘鲁总统通电话。')).not.toBe('--05-04');
  });
});

describe('"yesterday" in a story whose dateline gives the day and nothing else dates it: the day before the dateline\'s', () => {
  const dateOf = (text: string) => extract(text, {}).events[0]?.date ?? null;
  it.each([
    ['Ulaanbaatar, June 3 (Montsame) - Prime Minister Oyun-Erdene Luvsannamsrai met visiting Kazakh Foreign Minister Murat Nurtleu at the State Palace yesterday.', '--06-02'],
    ['Dakar, March 2 (APS) - President Macky Sall received the Gambian foreign minister, Mamadou Tangara, at the palace yesterday.', '--03-01'],
    ['Lima, May 9 (Andina) - Foreign Minister Ana Cecilia Gervasi met the Chilean ambassador at Torre Tagle today.', '--05-09'],
  ])('%s', (text, day) => {
    expect(dateOf(text)).toBe(day);
  });
});
