/**
 * The exports of a made-up encounter (analytics/record-fixture.ts) and of variations of it: the CSV read back
 * with a CSV parser (csv-parse), the CAMEO file against GDELT 2.0's event table as its codebook lists
 * it, the JSON Lines reports with their sides and statements, PLOVER's cite_info.
 */
import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { exportLines, exportStream, exportHeader, CSV_COLUMNS, GDELT_COLUMNS, datePrecision, gdeltDay, numericId } from './exporters.js';
import { fixtureEvent } from '../analytics/record-fixture.js';
import type { CanonicalEvent } from './encounter-grouper.js';

/** The GDELT 2.0 Event table's 61 fields, in order, as the GDELT Event Codebook V2.0 gives them. */
const GDELT_CODEBOOK = `GLOBALEVENTID SQLDATE MonthYear Year FractionDate
Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code
Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code
IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources NumArticles AvgTone
Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID
Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID
ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID
DATEADDED SOURCEURL`.split(/\s+/);

const { event } = fixtureEvent();
const visit: CanonicalEvent = {
  ...event, id: 'evt_2023-05_khm-lao-vnm_1', kind: 'meeting', date: '2023-05', initiator: null,
  location: { place: 'Vientiane', country: 'LAO' },
  participants: [
    { name: 'Saleumxay Kommasith', country: 'LAO', title: 'Foreign Minister', reports: 2 },
    { name: 'Bui Thanh Son', country: 'VNM', title: 'Foreign Minister', reports: 2 },
    { name: 'Prak Sokhonn', country: 'KHM', title: 'Foreign Minister, "senior" minister', reports: 1 },
  ],
};
const noYear: CanonicalEvent = { ...event, id: 'evt_xxxx-03-02_chn-vnm_1', date: '--03-02' };
const rowsOf = (lines: string[]) => lines.map((l) => Object.fromEntries(GDELT_COLUMNS.map((k, i) => [k, l.split('\t')[i]])));

describe('csv', () => {
  it('loads with a CSV parser: one row per event, the initiator, the sides, the date precision', () => {
    const text = [exportHeader('csv'), ...exportLines(event, 'csv'), ...exportLines(visit, 'csv'), ...exportLines(noYear, 'csv')].join('\n');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(CSV_COLUMNS);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ id: event.id, date: '2023-03-02', date_precision: 'day', initiator: 'Bui Thanh Son', initiator_country: 'VNM', sides: 'CHN | VNM | unknown', reports: '4' });
    // reports in the canonical event's order: by publication date (the Xinhua story came first)
    expect(rows[0].report_sides).toBe('CHN | VNM | VNM | unknown');
    expect(rows[0].source_kinds).toBe('agency | agency | agency | unknown');
    // a title with a comma and quotes survives the quoting
    expect(rows[1].participant_titles.split(' | ')[2]).toBe('Foreign Minister, "senior" minister');
    expect(rows[1]).toMatchObject({ date: '2023-05', date_precision: 'month', initiator: '' });
    expect(rows[2]).toMatchObject({ date: '--03-02', date_precision: 'month_day' });
  });
});

describe('cameo (GDELT 2.0 event table)', () => {
  it("has GDELT's 61 columns in GDELT's order", () => {
    expect(GDELT_COLUMNS).toEqual(GDELT_CODEBOOK);
    expect(exportHeader('cameo')).toBeNull(); // GDELT files have no header
    expect(exportHeader('cameo', { header: true })!.split('\t')).toEqual(GDELT_CODEBOOK);
    for (const l of [...exportLines(event, 'cameo'), ...exportLines(visit, 'cameo')]) expect(l.split('\t')).toHaveLength(61);
  });

  it('writes numeric ids and integer dates, the initiator as the first actor', () => {
    const [r] = rowsOf(exportLines(event, 'cameo'));
    expect(r.GLOBALEVENTID).toMatch(/^\d+$/);
    expect(Number(r.GLOBALEVENTID)).toBe(numericId(event.id));
    expect(Number.isSafeInteger(Number(r.GLOBALEVENTID))).toBe(true);
    expect(r).toMatchObject({ SQLDATE: '20230302', MonthYear: '202303', Year: '2023', FractionDate: '2023.1671' });
    expect(r).toMatchObject({ Actor1Code: 'VNMGOV', Actor1Name: 'BUI THANH SON', Actor1CountryCode: 'VNM', Actor2Code: 'CHNGOV', Actor2CountryCode: 'CHN' });
    expect(r).toMatchObject({ IsRootEvent: '1', EventCode: '041', EventBaseCode: '041', EventRootCode: '04', QuadClass: '1', GoldsteinScale: '1', NumArticles: '4', NumSources: '4' });
    expect(r).toMatchObject({ ActionGeo_Type: '0', DATEADDED: '20230302000000' });
    expect(r.SOURCEURL).toMatch(/^https:\/\//);
  });

  it("dates a month by its first day, places by GDELT's FIPS country code, a multilateral meeting as one row per pair", () => {
    const rows = rowsOf(exportLines(visit, 'cameo'));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => [r.Actor1CountryCode, r.Actor2CountryCode])).toEqual([['LAO', 'VNM'], ['LAO', 'KHM']]);
    expect(new Set(rows.map((r) => r.GLOBALEVENTID)).size).toBe(2);
    expect(rows[0]).toMatchObject({ SQLDATE: '20230501', MonthYear: '202305', EventCode: '043', ActionGeo_Type: '4', ActionGeo_CountryCode: 'LA', ActionGeo_FullName: 'Vientiane, Laos' });
    expect(Number(rows[0].ActionGeo_Lat)).toBeCloseTo(17.97, 1);
  });

  it('leaves out an event without a year, and counts it', async () => {
    expect(exportLines(noYear, 'cameo')).toEqual([]);
    const omitted = { n: 0 };
    async function* events() { yield event; yield noYear; }
    const out: string[] = [];
    for await (const l of exportStream(events(), 'cameo', { omitted })) out.push(l);
    expect(out).toHaveLength(1);
    expect(omitted.n).toBe(1);
  });

  it('knows the precision of every date form', () => {
    expect(['2023-03-02', '2023-03', '2023', '--03-02', null].map(datePrecision)).toEqual(['day', 'month', 'year', 'month_day', 'none']);
    expect(gdeltDay('2023')).toEqual({ y: 2023, m: 1, day: 1 });
    expect(gdeltDay('--03-02')).toBeNull();
  });
});

describe('jsonl and plover', () => {
  it("gives every report with its document, source, url, side, kind of source and statements", () => {
    const o = JSON.parse(exportLines(event, 'jsonl')[0]);
    expect(o).toMatchObject({ id: event.id, date_precision: 'day', sides: ['CHN', 'VNM'], gdelt_id: numericId(event.id) });
    expect(o.reports).toHaveLength(4);
    for (const r of o.reports) expect(Object.keys(r)).toEqual(expect.arrayContaining(['document', 'source', 'url', 'side', 'side_basis', 'source_kind', 'statements']));
    const xinhua = o.reports.find((r: any) => r.document === 'xinhua-call');
    expect(xinhua).toMatchObject({ side: 'CHN', source_kind: 'agency', url: 'https://english.news.cn/example-call' });
    expect(xinhua.statements[0]).toEqual({ speaker: '王毅', act: 'affirm', topics: ['infrastructure'], text: 'Wang said China is ready to speed up the cross-border railway.' });
  });

  it('cites every report in cite_info, with its side', () => {
    const o = JSON.parse(exportLines(event, 'plover')[0]);
    expect(o).toMatchObject({ event_id: event.id, event_type: 'CONSULT', event_mode: 'phone', event_date: '2023-03-02', initiator: 'Bui Thanh Son' });
    expect(o.actors[0]).toMatchObject({ role: 'actor', name: 'Bui Thanh Son', country: 'VNM' });
    expect(o.cite_info.map((c: any) => [c.document, c.side, c.source_kind])).toEqual([['xinhua-call', 'CHN', 'agency'], ['vna-call', 'VNM', 'agency'], ['vna-copy', 'VNM', 'agency'], ['unknown-call', 'unknown', 'unknown']]);
  });
});
