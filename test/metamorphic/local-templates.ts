/**
 * Metamorphic templates in Vietnamese and Chinese: short readouts of our own in the forms VNA, Báo
 * Quốc tế, the Chinese foreign ministry and Xinhua use, with slots for the two countries, their
 * office-holders, capitals and the day. Every pair of countries must give the same events.
 *
 * Slots: {A} {B} the two people as the language writes them; {Acountry} {Bcountry} their countries;
 * {Acap} {Bcap} the capitals; {d} {m} the day and month of the encounter (the text is published the
 * day after, given as `published`).
 */
import type { Script } from './local-names.js';

/** What an event must keep across a rewrite (the same as the English templates'). */
export interface LocalShape {
  /** place: the gazetteer entry (GeoNames id) of the location, whatever the spelling */
  kind: string; date: string | null; place: number | null; placeCountry: string | null;
  participants: [string | null, string | null][]; initiator: string | null;
}

export interface Slots { a: string; b: string; ca: string; cb: string; capA: number; capB: number; day: string }

export interface LocalTemplate {
  name: string;
  script: Script;
  /** the office both people hold (registry role) */
  role: 'foreign_minister' | 'head_of_government';
  text: string;
  expect: (s: Slots) => LocalShape[];
}

const call = (kind: string, initiator: 'a' | 'b' | null) => (s: Slots): LocalShape[] => [
  { kind, date: s.day, place: null, placeCountry: null, participants: [[s.a, s.ca], [s.b, s.cb]], initiator: initiator && s[initiator] },
];
/** an encounter in A's or B's capital; the participants in the order the text names them */
const at = (kind: string, where: 'A' | 'B', initiator: 'a' | 'b' | null = null, order: 'ab' | 'ba' = 'ab') => (s: Slots): LocalShape[] => [
  {
    kind, date: s.day, place: where === 'A' ? s.capA : s.capB, placeCountry: where === 'A' ? s.ca : s.cb,
    participants: order === 'ab' ? [[s.a, s.ca], [s.b, s.cb]] : [[s.b, s.cb], [s.a, s.ca]], initiator: initiator && s[initiator],
  },
];

export const LOCAL_TEMPLATES: LocalTemplate[] = [
  // ---- Vietnamese (VNA, Báo Quốc tế, baochinhphu.vn)
  {
    name: 'vi: a phone call (chiều d/m, điện đàm với)',
    script: 'vi', role: 'foreign_minister',
    text: 'Chiều {d}/{m}, Bộ trưởng Ngoại giao {Acountry} {A} đã điện đàm với Bộ trưởng Ngoại giao {Bcountry} {B}.\n\nHai Bộ trưởng nhất trí thúc đẩy hợp tác thương mại và đầu tư giữa hai nước.',
    expect: call('phone_call', null),
  },
  {
    name: 'vi: a phone call at the request of the other side (theo đề nghị của phía …)',
    script: 'vi', role: 'foreign_minister',
    text: 'Ngày {d}/{m}, theo đề nghị của phía {Bcountry}, Bộ trưởng Ngoại giao {Acountry} {A} đã điện đàm với Bộ trưởng Ngoại giao {Bcountry} {B}.\n\nHai bên trao đổi về quan hệ song phương và các vấn đề quốc tế, khu vực cùng quan tâm.',
    expect: call('phone_call', 'b'),
  },
  {
    name: 'vi: talks in the other capital (sáng d/m, tại …, hội đàm với)',
    script: 'vi', role: 'foreign_minister',
    text: 'Sáng {d}/{m}, tại {Bcap}, Bộ trưởng Ngoại giao {Acountry} {A} đã hội đàm với Bộ trưởng Ngoại giao {Bcountry} {B}.\n\nHai Bộ trưởng nhất trí tăng cường trao đổi đoàn các cấp và mở rộng hợp tác giáo dục.',
    expect: at('talks', 'B'),
  },
  {
    name: 'vi: a visitor received in the host capital (chiều d-m, tiếp …)',
    script: 'vi', role: 'foreign_minister',
    text: 'Chiều {d}-{m}, tại {Acap}, Bộ trưởng Ngoại giao {Acountry} {A} đã tiếp Bộ trưởng Ngoại giao {Bcountry} {B} đang ở thăm chính thức {Acountry}.\n\nHai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương.',
    expect: at('meeting', 'A'),
  },
  {
    name: 'vi: a visit at the host\'s invitation (theo lời mời của …, tới …, bắt đầu chuyến thăm)',
    script: 'vi', role: 'foreign_minister',
    text: 'Theo lời mời của Bộ trưởng Ngoại giao {Bcountry} {B}, chiều {d}/{m}, Bộ trưởng Ngoại giao {Acountry} {A} đã tới {Bcap}, bắt đầu chuyến thăm chính thức {Bcountry}.\n\nChuyến thăm nhằm thúc đẩy quan hệ hữu nghị và hợp tác giữa hai nước.',
    expect: at('visit', 'B', 'b', 'ba'),
  },
  {
    name: 'vi: talks by video between heads of government (hội đàm trực tuyến)',
    script: 'vi', role: 'head_of_government',
    text: 'Tối {d}/{m}, Thủ tướng {Acountry} {A} đã hội đàm trực tuyến với Thủ tướng {Bcountry} {B}.\n\nHai nhà lãnh đạo nhất trí thúc đẩy hợp tác kinh tế, thương mại và ứng phó với biến đổi khí hậu.',
    expect: call('video_conference', null),
  },
  // ---- Chinese (the foreign ministry's 外交部长活动, Xinhua)
  {
    name: 'zh: a phone call (m月d日，…同…通电话)',
    script: 'zh', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外长{A}同{Bcountry}外长{B}通电话。\n\n双方就双边关系和共同关心的国际和地区问题交换了意见。',
    expect: call('phone_call', null),
  },
  {
    name: 'zh: a phone call at the other side\'s request (应约同…通电话)',
    script: 'zh', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外长{A}应约同{Bcountry}外长{B}通电话。\n\n双方同意加强高层交往，扩大经贸合作。',
    expect: call('phone_call', 'b'),
  },
  {
    name: 'zh: talks in the other capital (在…同…举行会谈)',
    script: 'zh', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外长{A}在{Bcap}同{Bcountry}外长{B}举行会谈。\n\n双方同意深化贸易、投资和人文领域合作。',
    expect: at('talks', 'B'),
  },
  {
    name: 'zh: a visitor received in the host capital (在…会见来访的…)',
    script: 'zh', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外长{A}在{Acap}会见来访的{Bcountry}外长{B}。\n\n双方表示愿加强在多边框架内的沟通协调。',
    expect: at('meeting', 'A'),
  },
  {
    name: 'zh: a meeting at the other side\'s request (在…应约会见…)',
    script: 'zh', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外长{A}在{Acap}应约会见{Bcountry}外长{B}。\n\n双方就双边关系和地区形势交换了意见。',
    expect: at('meeting', 'A', 'b'),
  },
  {
    name: 'zh: a visit at the host\'s invitation (应…邀请，…抵达…，开始对…进行正式访问)',
    script: 'zh', role: 'foreign_minister',
    text: '应{Bcountry}外长{B}邀请，{Acountry}外长{A}于{m}月{d}日抵达{Bcap}，开始对{Bcountry}进行正式访问。\n\n此访旨在增进两国政治互信，推动双边关系发展。',
    expect: at('visit', 'B', 'b', 'ba'),
  },
  {
    name: 'zh: a video meeting of heads of government (举行视频会晤)',
    script: 'zh', role: 'head_of_government',
    text: '{m}月{d}日晚，{Acountry}总理{A}同{Bcountry}总理{B}举行视频会晤。\n\n两国总理同意推进能源、农业等领域务实合作。',
    expect: call('video_conference', null),
  },
  {
    name: 'zh-Hant: talks in the other capital, traditional characters (在…同…舉行會談)',
    script: 'zh-Hant', role: 'foreign_minister',
    text: '{m}月{d}日，{Acountry}外長{A}在{Bcap}同{Bcountry}外長{B}舉行會談。\n\n雙方同意深化貿易、投資和人文領域合作，加強在多邊框架內的溝通協調。',
    expect: at('talks', 'B'),
  },
];
