import { describe, it, expect } from 'vitest';
import type { Participant, ReadoutEvent } from '../types.js';
import { dateInterval, datesMeet, linked, modeOf, placeMonthDay, placementOrder, sameEncounter, type Report } from './same-encounter.js';
import { clusterReports } from './encounter-grouper.js';

const SON: Participant = { name: 'Bui Thanh Son', country: 'VNM', title: 'Foreign Minister', id: 'bui-thanh-son' };
const WANG: Participant = { name: 'Wang Yi', country: 'CHN', title: 'Foreign Minister', id: 'wang-yi' };
const SALEUMXAY: Participant = { name: 'Saleumxay Kommasith', country: 'LAO', title: 'Foreign Minister', id: 'saleumxay-kommasith' };

let n = 0;
function report(over: Partial<ReadoutEvent> & { published?: string | null; doc?: string } = {}): Report {
  const { published = null, doc = `d${++n}`, ...ev } = over;
  const event: ReadoutEvent = {
    id: `${doc}#1`, kind: 'meeting', date: null, location: null, occasion: null, participants: [SON, WANG], initiator: null, topics: [], referenced: false,
    codes: { cameo: '040', plover: 'CONSULT', plover_mode: null, goldstein: 1 }, evidence: [], ...ev,
  };
  return { docId: doc, event, published, source: null, url: null };
}
const same = (a: Report, b: Report) => sameEncounter(a, b, dateInterval(a.event, a.published), dateInterval(b.event, b.published));

describe('same encounter: the predicates', () => {
  it('takes a phone call and a video conference as the same mode, and a meeting as another', () => {
    expect(modeOf('phone_call')).toBe(modeOf('video_conference'));
    expect(modeOf('meeting')).toBe(modeOf('talks'));
    expect(modeOf('meeting')).not.toBe(modeOf('phone_call'));
    expect(same(report({ kind: 'phone_call', date: '2021-04-16' }), report({ kind: 'video_conference', date: '2021-04-16' }))).toBe(true);
    expect(same(report({ kind: 'phone_call', date: '2021-04-16' }), report({ kind: 'meeting', date: '2021-04-16' }))).toBe(false);
    // a visit is the trip, not a meeting held during it
    expect(same(report({ kind: 'visit', date: '2021-04-16' }), report({ kind: 'meeting', date: '2021-04-16' }))).toBe(false);
  });

  it('needs the same people: two shared parties, and not half of a larger meeting', () => {
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04-16', participants: [SON, SALEUMXAY] }))).toBe(false);
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04-16', participants: [WANG, SON, SALEUMXAY, { name: 'Marise Payne', country: 'AUS', title: null, id: 'marise-payne' }] }))).toBe(false);
    // (one report naming who else of the two states sat in: the same bilateral; one of a state beside them is not)
    // (one report naming who else of the two states sat in with the leaders: the same talks; one of a state beside them,
    // or of no known state, is not; nor is the foreign ministers' meeting beside a 2+2 with the defence ministers)
    const XI: Participant = { name: 'Xi Jinping', country: 'CHN', title: 'President', id: 'xi-jinping' };
    const LAM: Participant = { name: 'To Lam', country: 'VNM', title: 'President', id: 'to-lam' };
    const sat = [LAM, XI, SON, WANG];
    expect(same(report({ date: '2021-04-16', participants: [LAM, XI] }), report({ date: '2021-04-16', participants: sat }))).toBe(true);
    expect(same(report({ date: '2021-04-16', participants: [LAM, XI] }), report({ date: '2021-04-16', participants: [LAM, XI, SON, { name: 'Marise Payne', country: 'AUS', title: 'Foreign Minister' }] }))).toBe(false);
    expect(same(report({ date: '2021-04-16', participants: [LAM, XI] }), report({ date: '2021-04-16', participants: [LAM, XI, SON, { name: 'Sun Weidong', country: null, title: null }] }))).toBe(false);
    const defence = [SON, WANG, { name: 'Phan Van Giang', country: 'VNM', title: 'Defence Minister' }, { name: 'Dong Jun', country: 'CHN', title: 'Defence Minister' }];
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04-16', participants: defence }))).toBe(false);
    // an unnamed body stands for its country's participant
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04-16', participants: [SON, { name: null, country: 'CHN', title: null }] }))).toBe(true);
    // but the grouping links only reports that name someone alike
    const bodies = report({ date: '2021-04-16', participants: [{ name: null, country: 'VNM', title: null }, { name: null, country: 'CHN', title: null }] });
    const named = report({ date: '2021-04-16' });
    expect(same(bodies, named)).toBe(true);
    expect(linked(bodies, named, dateInterval(bodies.event, null), dateInterval(named.event, null))).toBe(false);
  });

  it('keeps in-person encounters in different countries apart', () => {
    const hanoi = { place: 'Hanoi', country: 'VNM' }, beijing = { place: 'Beijing', country: 'CHN' };
    expect(same(report({ date: '2021-04-16', location: hanoi }), report({ date: '2021-04-16', location: beijing }))).toBe(false);
    expect(same(report({ date: '2021-04-16', location: hanoi }), report({ date: '2021-04-16' }))).toBe(true);
    expect(same(report({ kind: 'phone_call', date: '2021-04-16', location: hanoi }), report({ kind: 'phone_call', date: '2021-04-16', location: beijing }))).toBe(true);
  });

  it('compares days: stated days exactly, a vague day one either side, months and years as their days', () => {
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04-17' }))).toBe(false);
    const vague = report({ date: '2021-04-17', provenance: { date: { rule: 'date/weekday', basis: 'inferred' } } });
    expect(same(report({ date: '2021-04-16' }), vague)).toBe(true);
    // a weekday counted back from the page's own date names one day: a day off would be a week off ('met again on
    // Thursday' in a page of Friday is not the talks of Wednesday)
    const counted = (d: string) => report({ date: d, provenance: { date: { rule: 'date/weekday+published', basis: 'inferred', inferred_parts: ['year', 'month', 'day'] } } });
    expect(same(report({ date: '2021-04-16' }), counted('2021-04-17'))).toBe(false);
    expect(same(report({ date: '2021-04-16' }), counted('2021-04-16'))).toBe(true);
    expect(same(counted('2021-04-15'), counted('2021-04-16'))).toBe(false);
    // the weekday of a dateline whose year is not given cannot be checked: that day stays vague
    const datelined = report({ date: '2021-04-17', provenance: { date: { rule: 'date/weekday+dateline', basis: 'inferred', inferred_parts: ['year', 'month', 'day'] } } });
    expect(same(report({ date: '2021-04-16' }), datelined)).toBe(true);
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-04' }))).toBe(true);
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021-05' }))).toBe(false);
    expect(same(report({ date: '2021-04-16' }), report({ date: '2021' }))).toBe(true);
    // a report without a date: the days before its publication
    expect(same(report({ date: '2021-04-16' }), report({ published: '2021-04-18' }))).toBe(true);
    expect(same(report({ date: '2021-04-16' }), report({ published: '2021-06-18' }))).toBe(false);
    // a recalled encounter joins another report only when it gives the day
    expect(same(report({ date: '2021-04', referenced: true }), report({ date: '2021-04-16' }))).toBe(false);
    // or its month and the same scene: the place the texts name, or the gathering beside which it happened
    const at = (place: string) => ({ place, country: 'LAO', lat: null, lon: null, geonames_id: null });
    expect(same(report({ date: '2021-04', referenced: true, location: at('Luang Prabang') }), report({ date: '2021-04-16', location: at('Luang Prabang') }))).toBe(true);
    expect(same(report({ date: '2021-04', referenced: true, occasion: 'Mekong-Lancang Foreign Ministers\' Meeting' }), report({ date: '2021-04-16', occasion: 'Mekong-Lancang Foreign Ministers\' Meeting' }))).toBe(true);
    expect(same(report({ date: '2021-04', referenced: true, location: at('Luang Prabang') }), report({ date: '2021-04-16', location: at('Vientiane') }))).toBe(false);
    expect(same(report({ date: '2021-03', referenced: true, location: at('Luang Prabang') }), report({ date: '2021-04-16', location: at('Luang Prabang') }))).toBe(false);
  });

  it('places a day-month in the year its publication date allows', () => {
    const iso = (ts: number[]) => ts.map((t) => new Date(t).toISOString().slice(0, 10));
    expect(iso(placeMonthDay('02-19', '2020-02-20'))).toEqual(['2020-02-19']);
    // announced weeks ahead, or told of up to a year later: both years stay open
    expect(iso(placeMonthDay('04-16', '2021-02-20'))).toEqual(['2020-04-16', '2021-04-16']);
    expect(iso(placeMonthDay('02-29', '2022-03-01'))).toEqual([]);
    expect(iso(placeMonthDay('02-29', '2020-03-05'))).toEqual(['2020-02-29']);
  });

  it('never merges a day-month report into a different year\'s encounter', () => {
    const dm = report({ date: '--02-19', published: '2020-02-20' });
    expect(same(dm, report({ date: '2020-02-19' }))).toBe(true);
    expect(same(dm, report({ date: '2019-02-19' }))).toBe(false);
    expect(same(dm, report({ date: '2021-02-19' }))).toBe(false);
    // a day-month published a year later is not the encounter of the year before that
    expect(same(report({ date: '--02-19', published: '2022-01-10' }), report({ date: '2020-02-19' }))).toBe(false);
    // two day-months whose publication dates put them in different years
    expect(same(dm, report({ date: '--02-19', published: '2021-02-21' }))).toBe(false);
    expect(same(dm, report({ date: '--02-18', published: '2020-02-20' }))).toBe(false);
    // with no publication date the year is unknown: the day-month matches that day in any year, and no other day
    expect(same(report({ date: '--02-19' }), report({ date: '2019-02-19' }))).toBe(true);
    expect(same(report({ date: '--02-19' }), report({ date: '2019-02-20' }))).toBe(false);
    expect(same(report({ date: '--02-19' }), report({ date: '2019-05' }))).toBe(false);
  });

  it('meets intervals that hold the day-month and no others', () => {
    const [a, b] = [dateInterval(report({ date: '--04-16', published: '2021-02-20' }).event, '2021-02-20'), dateInterval(report({ date: '2021-04' }).event, null)];
    expect(a.onMd).toBe(true);
    expect(datesMeet(a, b)).toBe(true);
    expect(datesMeet(a, dateInterval(report({ date: '2021-03' }).event, null))).toBe(false);
    expect(datesMeet(a, dateInterval(report({ date: '2020' }).event, null))).toBe(true);
  });

  it('orders reports by what they say, not by when they came', () => {
    const rs = [report({ doc: 'b', date: '--04-16' }), report({ doc: 'c' }), report({ doc: 'a', date: '2021-04' }), report({ doc: 'z', date: '2021-04-16' }), report({ doc: 'y', date: '2021-04-16' })];
    const sorted = [...rs].sort((x, y) => placementOrder(x, dateInterval(x.event, x.published), y, dateInterval(y.event, y.published)));
    expect(sorted.map((r) => r.docId)).toEqual(['y', 'z', 'a', 'b', 'c']);
  });
});

describe('same encounter: a participant of no known country', () => {
  const p = (name: string, country: string | null, title: string | null): Participant => ({ name, country, title, id: null });
  it.each<[string, Participant[], Participant[], boolean]>([
    ['may be of the country the other report gives, whichever report comes first', [p('Ngo Van Tuan', null, 'Minister of Finance'), p('Choi Sang-mok', 'KOR', 'Minister of Economy')], [p('Ngô Văn Tuấn', 'VNM', 'Bộ trưởng Tài chính'), p('Choi Sang Mok', 'KOR', 'Bộ trưởng Kinh tế')], true],
    ['two unknown countries for two', [p('Ana Ruiz', null, 'Minister'), p('Kofi Mensah', null, 'Minister')], [p('Ana Ruiz', 'PER', 'Minister'), p('Kofi Mensah', 'GHA', 'Minister')], true],
    ['but a third country no participant may be is another encounter', [p('Ana Ruiz', null, 'Minister'), p('Kofi Mensah', 'GHA', 'Minister')], [p('Ana Ruiz', 'PER', 'Minister'), p('Kofi Mensah', 'TGO', 'Minister')], false],
  ])('%s', (_, a, b, want) => {
    const x = report({ date: '2023-05-02', participants: a }), y = report({ date: '2023-05-02', participants: b });
    expect(same(x, y)).toBe(want);
    expect(same(y, x)).toBe(want);
  });
});

describe('same encounter: a name the registry does not know, in another script or another order', () => {
  const p = (name: string, country: string, title: string | null, id: string | null = null): Participant => ({ name, country, title, id });
  const call = (participants: Participant[], date = '2023-09-12') => report({ kind: 'phone_call', date, participants });
  it.each<[string, Participant[], Participant[], boolean]>([
    ['an unknown Han name stands for the identified participant of its country', [WANG, p('斯韦特兰', 'BLR', '外长')], [WANG, p('Svetlan Orlik', 'BLR', 'Foreign Minister', 'svetlan-orlik')], true],
    ['both unknown, one in Han, one in Latin letters', [SON, p('穆萨尼', 'KEN', '外长')], [SON, p('Musani Ochieng', 'KEN', 'Cabinet Secretary for Foreign Affairs')], true],
    ['Vietnamese letters against Han', [p('Vương Nghị', 'CHN', 'Bộ trưởng Ngoại giao', 'wang-yi'), p('Amadou Diallo', 'SEN', 'Bộ trưởng Ngoại giao')], [WANG, p('迪亚洛', 'SEN', '外长')], true],
    ['a deputy and a minister are one office in translation', [SON, p('宫本健太', 'JPN', '外务副大臣')], [SON, p('Miyamoto Kenta', 'JPN', 'State Minister for Foreign Affairs')], true],
    ['not a leader for a minister', [WANG, p('斯韦特兰', 'BLR', '总理')], [WANG, p('Svetlan Orlik', 'BLR', 'Foreign Minister', 'svetlan-orlik')], false],
    ['not another name in the same script', [WANG, p('Ana Corvo', 'URY', 'Foreign Minister')], [WANG, p('Rui Lamas', 'URY', 'Foreign Minister')], false],
    ['not another country', [WANG, p('斯韦特兰', 'BLR', '外长')], [WANG, p('Svetlan Orlik', 'MDA', 'Foreign Minister', 'svetlan-orlik')], false],
    ['the same words, family name first in one report, last in the other', [SON, p('Kenji Moriyama', 'JPN', 'State Minister')], [SON, p('Moriyama Kenji', 'JPN', 'Quốc vụ khanh')], true],
    ['not a name with other words', [SON, p('Kenji Moriyama', 'JPN', 'State Minister')], [SON, p('Moriyama Kenta', 'JPN', 'State Minister')], false],
    ['the crossing alone is not the shared pair', [WANG, p('穆萨尼', 'KEN', '外长')], [SON, p('Musani Ochieng', 'KEN', 'Foreign Minister')], false],
  ])('%s', (_, a, b, want) => {
    expect(same(call(a), call(b))).toBe(want);
    expect(same(call(a), call(b, '2023-09-20'))).toBe(false);
  });
});

describe('grouping reports whose dates are partial', () => {
  it('a day-month report joins the one dated encounter it fits', () => {
    const dated = report({ doc: 'vna', date: '2020-02-19', location: { place: 'Vientiane', country: 'LAO' }, published: '2020-02-20' });
    const other = report({ doc: 'old', date: '2019-02-19', location: { place: 'Hanoi', country: 'VNM' }, published: '2019-02-20' });
    const dm = report({ doc: 'repost', date: '--02-19', published: '2020-02-21' });
    for (const order of [[dated, other, dm], [dm, other, dated], [other, dm, dated]]) {
      const groups = clusterReports(order).map((g) => g.map((r) => r.docId).sort());
      expect(groups).toContainEqual(['repost', 'vna']);
      expect(groups).toContainEqual(['old']);
    }
  });

  it('an undated report that fits two encounters goes to the one most like it, whatever the order', () => {
    const a = report({ doc: 'a', kind: 'phone_call', date: '2022-01-06', topics: ['trade', 'economy'], published: '2022-01-06' });
    const b = report({ doc: 'b', kind: 'phone_call', date: '2022-09-20', topics: ['maritime', 'defense_security'], published: '2022-09-21' });
    const u = report({ doc: 'u', kind: 'phone_call', topics: ['maritime'] });
    const all = [[a, b, u], [u, b, a], [b, u, a]].map((o) => clusterReports(o).map((g) => g.map((r) => r.docId).sort()).sort());
    expect(all[0]).toEqual([['a'], ['b', 'u']]);
    expect(all[1]).toEqual(all[0]);
    expect(all[2]).toEqual(all[0]);
  });

  it('an undated report leaves a group once a report contradicting it is there, whatever the order', () => {
    // u (undated, in Hanoi) fits the dated call-less meeting d; c, in Beijing on d's day, is d's encounter and contradicts u
    const d = report({ doc: 'd', date: '2023-05-02' });
    const c = report({ doc: 'c', date: '2023-05-02', location: { place: 'Beijing', country: 'CHN' } });
    const u = report({ doc: 'u', location: { place: 'Hanoi', country: 'VNM' } });
    const groups = (o: Report[]) => clusterReports(o).map((g) => g.map((r) => r.docId).sort()).sort();
    expect(groups([d, u])).toEqual([['d', 'u']]);
    expect(groups([d, u, c])).toEqual([['c', 'd'], ['u']]);
    expect(groups([u, c, d])).toEqual([['c', 'd'], ['u']]);
  });
});

describe('same encounter: a bilateral and, a day apart, a meeting of more states with the same two (issue 8 probe)', () => {
  const TOK: Participant = { name: 'Kassym-Jomart Tokayev', country: 'KAZ', title: 'President', id: 'kassym-jomart-tokayev' };
  const MIR: Participant = { name: 'Shavkat Mirziyoyev', country: 'UZB', title: 'President', id: 'shavkat-mirziyoyev' };
  const JAP: Participant = { name: 'Sadyr Japarov', country: 'KGZ', title: 'President', id: 'sadyr-japarov' };
  const weekday = (_day: string) => ({ rule: 'date/weekday', basis: 'inferred' as const, inferred_parts: ['day'] });
  it.each([
    ['both days told by a weekday', { date: '2026-10-06', provenance: { date: weekday('') } }, { date: '2026-10-07', provenance: { date: weekday('') } }, false],
    ['one day stated, the other a weekday', { date: '2026-10-06' }, { date: '2026-10-07', provenance: { date: weekday('') } }, false],
    ['the same day: perhaps one meeting told in part', { date: '2026-10-06', provenance: { date: weekday('') } }, { date: '2026-10-06', provenance: { date: weekday('') } }, true],
  ])('%s', (_name, a, b, expected) => {
    const two = report({ ...a, participants: [TOK, MIR] } as Partial<ReadoutEvent>);
    const three = report({ ...b, participants: [TOK, MIR, JAP] } as Partial<ReadoutEvent>);
    expect(same(two, three)).toBe(expected);
  });

  it('two reports of the bilateral a vague day apart stay one', () => {
    const a = report({ date: '2026-10-06', participants: [TOK, MIR], provenance: { date: weekday('') } } as Partial<ReadoutEvent>);
    const b = report({ date: '2026-10-07', participants: [MIR, TOK], provenance: { date: weekday('') } } as Partial<ReadoutEvent>);
    expect(same(a, b)).toBe(true);
  });
});


describe('same encounter: local officials the registry does not know, in Han script and in their readings', () => {
  // people of our own invention: a provincial secretary of China and one of Vietnam, no registry id
  const zhChn: Participant = { name: '钟海涛', country: 'CHN', title: '省委书记' };
  const zhVnm: Participant = { name: '邓伟业', country: 'VNM', title: '省委书记' };
  const viChn: Participant = { name: 'Chung Hải Đào', country: 'CHN', title: 'Bí thư Tỉnh ủy' };
  const viVnm: Participant = { name: 'Đặng Vĩ Nghiệp', country: 'VNM', title: 'Bí thư Tỉnh ủy' };
  const enChn: Participant = { name: 'Zhong Haitao', country: 'CHN', title: 'Party Secretary' };
  const zh = (date: string, participants = [zhChn, zhVnm]) => report({ date, participants });
  const vi = (date: string, participants = [viChn, viVnm]) => report({ date, participants });

  it('links a zh and a vi report of one meeting, in either order, and groups them', () => {
    const a = zh('2024-03-05'), b = vi('2024-03-05');
    expect(linked(a, b, dateInterval(a.event, null), dateInterval(b.event, null))).toBe(true);
    expect(linked(b, a, dateInterval(b.event, null), dateInterval(a.event, null))).toBe(true);
    expect(clusterReports([a, b])).toHaveLength(1);
    expect(clusterReports([b, a])).toHaveLength(1);
    // the pinyin of an English report too
    const c = report({ date: '2024-03-05', participants: [enChn, viVnm] });
    expect(clusterReports([a, c])).toHaveLength(1);
  });

  it('keeps the same two people a week apart as two encounters', () => {
    expect(clusterReports([zh('2024-03-05'), vi('2024-03-12')])).toHaveLength(2);
  });

  it('keeps other people of the same countries apart', () => {
    const others: Participant[] = [{ name: 'Hà Minh Khang', country: 'CHN', title: 'Bí thư Tỉnh ủy' }, { name: 'Phạm Thu Lan', country: 'VNM', title: 'Bí thư Tỉnh ủy' }];
    expect(clusterReports([zh('2024-03-05'), vi('2024-03-05', others)])).toHaveLength(2);
    // one of the two the same, the other a different person whose name reads as Hán-Việt: not the same meeting
    expect(same(zh('2024-03-05'), vi('2024-03-05', [viChn, others[1]]))).toBe(false);
    // a name the readings do not reach still stands for the other report's participant of its country (the fallback)
    expect(same(zh('2024-03-05'), vi('2024-03-05', [viChn, { name: 'Đặng Văn Út', country: 'VNM', title: 'Bí thư Tỉnh ủy' }]))).toBe(true);
  });

  it('does not match a reading across countries', () => {
    const b = vi('2024-03-05', [{ ...viChn, country: 'LAO' }, viVnm]);
    expect(same(zh('2024-03-05'), b)).toBe(false);
  });
});

describe('h-zv42: two reports that each recall a call of the same parties in the same month', () => {
  it('are one call (a call has no scene); not a recalled call and a meeting, nor two months', () => {
    expect(same(report({ doc: 'a', kind: 'phone_call', date: '2025-06', referenced: true }), report({ doc: 'b', kind: 'phone_call', date: '2025-06', referenced: true }))).toBe(true);
    expect(same(report({ doc: 'a', kind: 'phone_call', date: '2025-06', referenced: true }), report({ doc: 'b', kind: 'phone_call', date: '2025-07', referenced: true }))).toBe(false);
    expect(same(report({ doc: 'a', kind: 'meeting', date: '2025-06', referenced: true }), report({ doc: 'b', kind: 'meeting', date: '2025-06', referenced: true }))).toBe(false);
  });
});
