/**
 * Whose account a report is: every credit rule fires on its own examples (and names an outlet of the
 * table), the outlet table is sound, and the clues are tried in their order on short texts written
 * for these tests.
 */
import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readDataJson } from '../data-files.js';
import { countryIndex } from '../knowledge/countries.js';
import { reportAccount, outletTable, creditsIn, isListingUrl, normaliseSide, sideProblem, pairOrder, selfUnqualified, trieRegex, SIDE_BASES, type Outlet } from './report-side.js';

const outlets = readDataJson<{ outlets: Outlet[]; languages: { map: Record<string, string> } }>('sources/outlets.json');

describe('the outlet table (data/sources/outlets.json)', () => {
  it('has unique ids, domains and aliases, known codes and kinds', () => {
    const ids = outlets.outlets.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const domains = outlets.outlets.flatMap((o) => o.domains);
    expect(new Set(domains).size).toBe(domains.length);
    // no written form names two outlets
    const owners = new Map<string, Set<string>>();
    for (const o of outlets.outlets) for (const a of o.aliases) (owners.get(a.toLowerCase()) ?? owners.set(a.toLowerCase(), new Set()).get(a.toLowerCase())!).add(o.id);
    expect([...owners].filter(([, ids]) => ids.size > 1)).toEqual([]);
    for (const o of outlets.outlets) {
      expect(['official', 'agency', 'news', 'aggregator'], o.id).toContain(o.kind);
      if (o.country) expect(countryIndex().name(o.country), `${o.id}: ${o.country}`).toBeTruthy();
      if (o.side) expect(normaliseSide(o.side), `${o.id}: ${o.side}`).toBe(o.side);
      for (const d of o.domains) expect(d, o.id).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}(?:\/[a-z]+)?$/);
    }
    // many states' ministries and agencies, not only the corpus' ones
    expect(new Set(outlets.outlets.filter((o) => o.kind === 'official').map((o) => o.country)).size).toBeGreaterThanOrEqual(60);
    expect(outlets.outlets.filter((o) => o.kind === 'agency').length).toBeGreaterThanOrEqual(30);
  });

  it('finds an outlet by host and by parent domain, not by a look-alike', () => {
    const t = outletTable();
    expect(t.domain('english.news.cn')?.id).toBe('xinhua');
    expect(t.domain('en.vietnamplus.vn')?.id).toBe('vna');
    expect(t.domain('notnews.cn')).toBeNull();
    expect(t.domain('china-embassy.org.example.net')).toBeNull();
  });
});

describe('credit rules (data/sources/credits.json)', () => {
  const t = outletTable();
  const rules = t.book.rules.map((r) => [r.id, r] as const);
  it.each(rules)('%s fires on its examples and not on its counterexamples', (_id, r) => {
    expect(r.note.length).toBeGreaterThan(10);
    expect(r.examples.length).toBeGreaterThan(0);
    if (r.clue === 'qualifier') {
      // a title word stands in each example, after a country's adjective
      for (const ex of r.examples) expect(selfUnqualified(ex, ['USA', 'JPN']), ex).toMatchObject({ side: 'USA' });
      return;
    }
    if (r.clue === 'listing') {
      for (const ex of r.examples) expect(isListingUrl(ex), ex).toBe(true);
      for (const ex of r.counterexamples ?? []) expect(isListingUrl(ex), ex).toBe(false);
      return;
    }
    const clue = r.clue as 'credit' | 'attribution' | 'photo';
    for (const ex of r.examples) {
      const hits = creditsIn(ex, clue, t).filter((h) => h.rule.id === r.id);
      expect(hits.length, `fires on: ${ex}`).toBeGreaterThan(0);
      expect(hits[0].side, ex).toMatch(/^(?:[A-Z]{2,12}|independent)$/);
    }
    for (const ex of r.counterexamples ?? []) expect(creditsIn(ex, clue, t).filter((h) => h.rule.id === r.id), `not on: ${ex}`).toEqual([]);
  });
});

describe('reportAccount: the clues, strongest first', () => {
  let dir: string | null = null;
  afterEach(() => { if (dir) delete process.env.READOUT_USER_DATA; dir = null; });

  it('takes the side the user states over everything else', () => {
    const a = reportAccount({ text: 'BEIJING, May 2 (Xinhua) -- The ministers met.', url: 'https://english.news.cn/x', side: 'vnm' });
    expect(a).toMatchObject({ side: 'VNM', side_basis: 'user' });
  });

  it("then the user's own outlet rules, by host or by source name", () => {
    dir = mkdtempSync(join(tmpdir(), 'readout-outlets-'));
    writeFileSync(join(dir, 'outlets.json'), JSON.stringify({ outlets: [{ id: 'mirror', name: 'Example Mirror', aliases: ['Example Mirror'], domains: ['mirror.example.com'], country: 'LAO', kind: 'news' }] }));
    process.env.READOUT_USER_DATA = dir;
    expect(reportAccount({ text: 'HANOI, May 3 (VNA) – The ministers met.', url: 'https://www.mirror.example.com/a' })).toMatchObject({ side: 'LAO', side_basis: 'user-rule' });
    expect(reportAccount({ text: 'The ministers met.', source: 'Example Mirror' })).toMatchObject({ side: 'LAO', side_basis: 'user-rule' });
  });

  it("then the text's credit, whatever site carries it", () => {
    expect(reportAccount({ text: 'Ministers talk by phone\n\nHANOI, May 3 (VNA) – The two ministers spoke by phone.', url: 'http://spam-mirror.example.cc/p?id=1' }))
      .toMatchObject({ side: 'VNM', side_basis: 'credit', source_kind: 'agency', outlet: 'vna' });
    expect(reportAccount({ text: '新华社北京5月2日电 两国外长通电话。', url: 'http://copy.example.com/1.html' })).toMatchObject({ side: 'CHN', side_basis: 'credit' });
    expect(reportAccount({ text: 'The following is attributable to Spokesperson Jane Doe: The Secretary spoke today with the Foreign Minister.', url: 'https://www.einpresswire.com/article/1' }))
      .toMatchObject({ side: 'USA', side_basis: 'credit', source_kind: 'official' });
    // a credit at the end
    expect(reportAccount({ text: 'The two ministers met.\nThey agreed to meet again./.VNA' })).toMatchObject({ side: 'VNM', side_basis: 'credit' });
  });

  it('gives a third state\'s agency its own side, and an international wire "independent"', () => {
    expect(reportAccount({ text: 'MOSCOW, May 2. /TASS/. The US and Chinese top diplomats spoke by phone.' })).toMatchObject({ side: 'RUS', side_basis: 'credit' });
    expect(reportAccount({ text: 'WASHINGTON (AP) — The US and Chinese top diplomats spoke by phone.' })).toMatchObject({ side: 'independent', side_basis: 'credit' });
    expect(reportAccount({ text: 'The two top diplomats spoke by phone.', url: 'https://www.reuters.com/world/x' })).toMatchObject({ side: 'independent', side_basis: 'outlet', source_kind: 'agency' });
  });

  it('then the source its lead relays, then the outlet of the URL', () => {
    expect(reportAccount({ text: 'The two ministers met on Saturday in Vientiane, CGTN reported.\nNo details were given.', url: 'https://www.anews.com.tr/x' }))
      .toMatchObject({ side: 'CHN', side_basis: 'lead-attribution', source_kind: 'news' });
    expect(reportAccount({ text: 'The two ministers met on Saturday.', url: 'https://www.mofa.go.jp/press/release/1.html' }))
      .toMatchObject({ side: 'JPN', side_basis: 'outlet', source_kind: 'official', outlet: 'jpn-mofa' });
  });

  it('then attributions further on, only when they agree', () => {
    const filler = 'The ministers reviewed their cooperation in many fields. '.repeat(15);
    expect(reportAccount({ text: `${filler}They agreed to meet again, according to Xinhua.` })).toMatchObject({ side: 'CHN', side_basis: 'attribution' });
    const both = reportAccount({ text: `${filler}They agreed to meet again, according to Xinhua. The talks were useful, according to VNA.`, language: 'en' });
    expect(both.side_basis).not.toBe('attribution');
  });

  it("then the one party an official readout names without its country", () => {
    const text = 'Secretary of State Jane Doe spoke today with Japanese Minister for Foreign Affairs Taro Example about the region.';
    expect(reportAccount({ text, url: 'https://reposts.example.com/a', parties: ['USA', 'JPN'] })).toMatchObject({ side: 'USA', side_basis: 'self-unqualified' });
    expect(selfUnqualified('Foreign Minister Taro Example held talks with the Deputy Prime Minister and Foreign Minister Jean Example of Cambodia.', ['JPN', 'KHM'])?.side).toBe('JPN');
    // both named with their country (as VNA and Xinhua write): nothing said
    expect(selfUnqualified('Vietnamese Foreign Minister Bui Thanh Son held phone talks with Chinese Foreign Minister Wang Yi.', ['VNM', 'CHN'])).toBeNull();
    expect(selfUnqualified(text, ['USA'])).toBeNull();
  });

  it("then the source's name, the pictures' credits, the country domain, the pair order, the language", () => {
    expect(reportAccount({ text: 'The two ministers met.', source: 'Xinhua (mirror)' })).toMatchObject({ side: 'CHN', side_basis: 'outlet-name' });
    expect(reportAccount({ text: 'The two ministers met.\nThe ministers at the talks (Photo: VNA)' })).toMatchObject({ side: 'VNM', side_basis: 'photo-credit' });
    expect(reportAccount({ text: 'The two ministers met.', url: 'https://baotinh.example.vn/a' })).toMatchObject({ side: 'VNM', side_basis: 'domain-country', source_kind: 'news' });
    expect(reportAccount({ text: 'The ministers reviewed China-Vietnam relations and the China-Vietnam border.', url: 'https://blog.example.com/a' }))
      .toMatchObject({ side: 'CHN', side_basis: 'pair-order' });
    expect(reportAccount({ text: 'Hai bộ trưởng đã hội đàm.', language: 'vi' })).toMatchObject({ side: 'VNM', side_basis: 'language' });
    expect(reportAccount({ text: 'The two ministers met.', language: 'en' })).toMatchObject({ side: 'unknown', side_basis: 'none', source_kind: 'unknown' });
  });

  it('leaves generic domains and aggregators without a side of their own', () => {
    expect(reportAccount({ text: 'The two ministers met.', url: 'http://yes8877.cc/a' }).side).toBe('unknown');
    expect(reportAccount({ text: 'The two ministers met.', url: 'https://www.einpresswire.com/article/1' })).toMatchObject({ side: 'unknown', source_kind: 'aggregator' });
  });

  it('marks tag, topic and search pages as listings, whatever their side', () => {
    expect(reportAccount({ text: 'Minister meets counterpart\nMinister visits', url: 'https://www.sggpnews.org.vn/tags/abc/minister.html' })).toMatchObject({ side: 'VNM', source_kind: 'listing' });
  });

  it('lists every basis in its order', () => {
    expect(SIDE_BASES[0]).toBe('user');
    expect(SIDE_BASES.at(-2)).toBe('language');
    expect(SIDE_BASES.at(-1)).toBe('none');
  });
});

describe('helpers', () => {
  it('checks a side the user gives', () => {
    expect(normaliseSide('vnm')).toBe('VNM');
    expect(normaliseSide('asean')).toBe('ASEAN');
    expect(normaliseSide('Independent')).toBe('independent');
    expect(normaliseSide('XYZ')).toBeNull();
    expect(sideProblem('XYZ')).toMatch(/not a country code/);
    expect(sideProblem(3)).toMatch(/must be/);
    expect(sideProblem('CHN')).toBeNull();
  });

  it('reads which country a text names first in pairs', () => {
    expect(pairOrder('quan hệ Việt Nam – Trung Quốc và hợp tác Việt Nam - Trung Quốc')?.side).toBe('VNM');
    expect(pairOrder('中越关系不断发展，中越两国人民友好。')?.side).toBe('CHN');
    expect(pairOrder('China-Vietnam relations')).toBeNull(); // one pair is not enough
    // with the encounter's parties known, a list of other countries says nothing
    expect(pairOrder('North Macedonia and Kosovo, North Macedonia and Albania', ['EU', 'TUR'])).toBeNull();
    expect(pairOrder('North Macedonia and Kosovo, North Macedonia and Albania')?.side).toBe('MKD');
    expect(pairOrder('China-Vietnam ties, China-Vietnam trade, Vietnam-China border, Vietnam-China sea')).toBeNull(); // two against two says nothing
  });

  it('writes a list of names as one trie expression that matches each of them and the longest first', () => {
    const re = new RegExp(`^${trieRegex(['VNA', 'VNS', 'VOV', 'VOV World'])}`, 'u');
    expect('VOV World'.match(re)?.[0]).toBe('VOV World');
    expect('VNS'.match(re)?.[0]).toBe('VNS');
    expect('VNX'.match(re)).toBeNull();
  });
});
