/**
 * A made-up encounter for the tests of compare and the exporters: one phone call between Viet Nam's
 * and China's foreign ministers, told by a VNA story, an aggregator's copy of it (other spacing and
 * quotes), a Xinhua story, and a report whose side nobody can tell. Our own sentences.
 */
import type { ReadoutEvent, Statement } from '../types.js';
import type { StoredReport } from '../store/store.js';
import type { ReportAccount } from '../record/report-side.js';
import { canonical, type Report, type CanonicalEvent } from '../record/encounter-grouper.js';

const son = { name: 'Bui Thanh Son', country: 'VNM', title: 'Foreign Minister', id: 'bui-thanh-son', aliases: ['Bùi Thanh Sơn', 'Son'] };
const wang = { name: 'Wang Yi', country: 'CHN', title: 'Foreign Minister', id: 'wang-yi', aliases: ['王毅'] };

function statement(speaker: string, act: Statement['act'], topics: string[], text: string): Statement {
  return { speaker, act, topics, evidence: { start: 0, end: text.length }, text };
}

function event(doc: string, topics: string[], statements: Statement[], extra: Partial<ReadoutEvent> = {}): ReadoutEvent {
  return {
    id: `${doc}#1`, kind: 'phone_call', date: '2023-03-02', location: null, occasion: null, participants: [son, wang], initiator: null, topics,
    referenced: false, codes: { cameo: '041', plover: 'CONSULT', plover_mode: 'phone', goldstein: 1 }, evidence: [{ start: 0, end: 10 }], statements, ...extra,
  };
}

const account = (side: string, source_kind: ReportAccount['source_kind'], side_basis: ReportAccount['side_basis'] = 'credit'): ReportAccount => ({ side, side_basis, source_kind, outlet: null, side_evidence: null });

export interface FixtureReport { report: Report; stored: StoredReport }

export function fixtureReports(): FixtureReport[] {
  const make = (doc: string, source: string, url: string, published: string, acc: ReportAccount, ev: ReadoutEvent): FixtureReport => ({
    report: { docId: doc, event: ev, published, source, url, account: acc },
    stored: { event: ev.id, document: doc, source, url, published, title: `${source} story`, data: ev, account: acc },
  });
  return [
    make('vna-call', 'VNA', 'https://en.vietnamplus.vn/example-call', '2023-03-03', account('VNM', 'agency'), event('vna-call', ['trade', 'maritime', 'border'], [
      statement('Bui Thanh Son', 'propose', ['trade'], 'Son proposed that the two sides open more border gates for farm produce.'),
      statement('Wang Yi', 'affirm', ['political_relations'], 'Wang affirmed that China values its neighbourly friendship with Viet Nam.'),
      statement('both', 'agree', ['maritime'], 'Both sides agreed to settle sea issues by peaceful means.'),
    ], { initiator: 'Bui Thanh Son' })),
    // an aggregator's copy: the same sentences with other spacing, quotes and diacritics
    make('vna-copy', 'Example Aggregator', 'https://aggregator.example.com/vna-call', '2023-03-04', account('VNM', 'agency'), event('vna-copy', ['trade', 'maritime', 'border'], [
      statement('Bùi Thanh Sơn', 'propose', ['trade'], 'Sơn proposed that the two  sides open more border gates for farm\nproduce .'),
      statement('Wang Yi', 'affirm', ['political_relations'], 'Wang affirmed that China values its “neighbourly” friendship with Việt Nam.'),
      statement('both', 'agree', ['maritime'], 'Both sides agreed to settle sea issues by peaceful means.'),
    ], { date: '2023-03', initiator: 'Bui Thanh Son' })),
    make('xinhua-call', 'Xinhua', 'https://english.news.cn/example-call', '2023-03-02', account('CHN', 'agency'), event('xinhua-call', ['trade', 'infrastructure'], [
      statement('王毅', 'affirm', ['infrastructure'], 'Wang said China is ready to speed up the cross-border railway.'),
      statement('Bui Thanh Son', 'propose', ['trade'], 'Son proposed that the two sides open more border gates for farm produce.'),
    ])),
    make('unknown-call', 'A blog', 'https://blog.example.org/call', '2023-03-05', account('unknown', 'unknown', 'none'), event('unknown-call', ['trade', 'health'], [])),
  ];
}

/** The canonical event of the fixture's reports, as the grouping makes it. */
export function fixtureEvent(): { event: CanonicalEvent; reports: StoredReport[] } {
  const rs = fixtureReports();
  const e = canonical(rs.map((r) => r.report));
  e.id = 'evt_2023-03-02_chn-vnm_1';
  return { event: e, reports: rs.map((r) => r.stored) };
}
