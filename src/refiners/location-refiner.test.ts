import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const locationOf = (text: string) => {
  const e = extract(text, { id: 't', published: '2023-06-08' }).events[0];
  return [e.location && [e.location.place, e.location.country, e.location.inferred ?? false], e.provenance?.location?.rule ?? null];
};

describe('refineLocations', () => {
  const SON_KOMMASITH = 'Foreign Minister Bui Thanh Son held talks with Lao Foreign Minister Saleumxay Kommasith';
  const cases: [string, string, unknown[] | null, string | null][] = [
    ['the place after the trigger', `${SON_KOMMASITH} in Vientiane on June 5.`, ['Vientiane', 'LAO', false], 'location/in-place'],
    ['a place at a venue', `${SON_KOMMASITH} at the Presidential Palace in Vientiane on June 5.`, ['Vientiane', 'LAO', false], 'location/at-place'],
    ['a named venue, inferred: the venue at its city', `${SON_KOMMASITH} at the Great Hall of the People on June 5.`, ['Great Hall of the People, Beijing', 'CHN', true], 'location/at-venue'],
    ['a generic venue of the host, inferred', 'Lao Prime Minister Sonexay Siphandone received Vietnamese Foreign Minister Bui Thanh Son at the Presidential Palace on June 5.', ['Presidential Palace, Vientiane', 'LAO', true], 'location/host-venue'],
    ['a generic venue, the subject of "hosted" its host', 'Kenyan President William Ruto hosted Ghanaian President Nana Akufo-Addo at State House on June 5.', ['State House, Nairobi', 'KEN', true], 'location/host-venue'],
    ['a generic venue with its country, at its capital (inferred)', 'Vietnamese President Vo Van Thuong held talks with South Korean President Yoon Suk Yeol at the Presidential Office of South Korea on June 5.', ['Presidential Office of South Korea, Seoul', 'KOR', true], 'location/venue'],
    ['the country only', `${SON_KOMMASITH} in Laos on June 5.`, [null, 'LAO', false], 'location/in-place'],
    ['a sentence that continues the event', `${SON_KOMMASITH} on June 5. The talks took place in Vientiane.`, ['Vientiane', 'LAO', false], 'location/in-place'],
    ['the dateline place, inferred', `Hanoi (VNA) – ${SON_KOMMASITH} on June 5.`, ['Hanoi', 'VNM', true], 'location/dateline'],
    ['no place for a phone call', 'Hanoi (VNA) – Foreign Minister Bui Thanh Son had a phone call with Lao Foreign Minister Saleumxay Kommasith on June 5.', null, null],
    ['no place stated', `${SON_KOMMASITH} on June 5.`, null, null],
    ['a place whose name has a lowercase word inside', 'Guyanese President Irfaan Ali met Trinidadian Prime Minister Keith Rowley in Port of Spain on June 5.', ['Port of Spain', 'TTO', false], 'location/in-place'],
    ['the place a host welcomed the guest to', 'Kenyan President William Ruto welcomed Ghanaian President Nana Akufo-Addo to Nairobi on June 5.', ['Nairobi', 'KEN', false], 'location/to-place'],
    ['"There" after a sentence that names the place', 'The delegation spent Monday in Arequipa. There Foreign Minister Bui Thanh Son met Peruvian Foreign Minister Ana Rojas.', ['Arequipa', 'PER', true], 'location/scene-before'],
    ['the place the sentence before says the party travelled to', 'On Monday night the delegation travelled to Lima for more meetings. Foreign Minister Bui Thanh Son met Peruvian Foreign Minister Ana Rojas.', ['Lima', 'PER', true], 'location/scene-before'],
  ];
  it.each(cases)('%s', (_name, text, location, rule) => {
    expect(locationOf(text)).toEqual([location, rule]);
  });

  it('gives coordinates of the place', () => {
    const e = extract('Foreign Minister Bui Thanh Son met Chinese Foreign Minister Wang Yi in Beijing on June 5.', { id: 't', published: '2023-06-08' }).events[0];
    expect([Math.round(e.location!.lat!), Math.round(e.location!.lon!)]).toEqual([40, 116]);
  });
});

describe('refineLocations: Vietnamese and Chinese', () => {
  const where = (text: string) => {
    const e = extract(text, { id: 't', published: '2023-10-09' }).events[0];
    return [e?.location?.country ?? null, e?.provenance?.location?.rule ?? null];
  };
  it.each([
    ['where the visitor has just arrived (vi)', 'Sáng 8/10, ngay sau khi tới Thủ đô Phnôm Pênh, Thủ tướng Phạm Minh Chính đã có cuộc gặp Thủ tướng Campuchia Hun Manet.', 'KHM', 'location/tới-place'],
    ['a visit that names its destination without a preposition (vi)', 'Hai nhà lãnh đạo đánh giá cao chuyến thăm chính thức Campuchia của Thủ tướng Phạm Minh Chính theo lời mời của Thủ tướng Hun Manet.', 'KHM', 'location/visit-country'],
    ['a generic venue with the country after it (vi)', 'Sáng 11/8, tại Văn phòng Tổng thống Hàn Quốc, Tổng Bí thư Tô Lâm đã có cuộc hội đàm với Tổng thống Hàn Quốc Lee Jae Myung.', 'KOR', 'location/venue'],
    ['a generic venue of the host of a welcome ceremony (vi)', 'Sáng 11/8, tại Phủ Tổng thống, Tổng thống Hàn Quốc Lee Jae Myung chủ trì lễ đón chính thức Tổng Bí thư Tô Lâm.', 'KOR', 'location/host-venue'],
    ['对X国事访问 (zh)', '国家主席习近平对柬埔寨进行国事访问，同柬埔寨首相洪马内举行会谈。', 'KHM', null],
  ])('%s', (_name, text, country, rule) => {
    const [c, r] = where(text);
    expect(c).toBe(country);
    if (rule) expect(r).toBe(rule);
  });
  it('does not take a place the visitor will go to for the encounter\'s (vi)', () => {
    expect(where('Sáng 8/10, Thủ tướng Phạm Minh Chính đã có cuộc gặp Thủ tướng Campuchia Hun Manet trước khi Đoàn sẽ tới Thủ đô Viêng Chăn.')[0]).not.toBe('LAO');
  });
});

describe('refineLocations: a country and a city of it, one place (zh)', () => {
  it('在越南河内 is Hanoi, with its preposition', () => {
    const e = extract('11月9日，外交部副部长孙卫东与越南外交部副部长阮明羽在越南河内举行会谈。', { id: 't', published: '2024-11-10' }).events[0];
    expect([e.location?.place, e.location?.country]).toEqual(['Hanoi', 'VNM']);
  });
});
