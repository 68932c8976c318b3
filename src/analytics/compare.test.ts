/**
 * The comparison of one encounter's reports (record-fixture.ts: a VNA story, an aggregator's copy of
 * it, a Xinhua story and a report of unknown side): sides, topics only one side raised, statements
 * once each with every report's wording, and the statement matching itself.
 */
import { describe, it, expect } from 'vitest';
import { compareReports, normaliseStatement, sameStatement, statementSimilarity, SAME_STATEMENT } from './compare.js';
import { fixtureEvent } from './record-fixture.js';

describe('compareReports', () => {
  const { event, reports } = fixtureEvent();
  const c = compareReports(event, reports);

  it("lists each report's side and each side's reports, the unknown side last", () => {
    expect(c.reports.map((r) => [r.document, r.side])).toEqual([['vna-call', 'VNM'], ['vna-copy', 'VNM'], ['xinhua-call', 'CHN'], ['unknown-call', 'unknown']]);
    expect(c.identified).toBe(2);
    expect(c.sides.map((s) => [s.side, s.reports])).toEqual([['VNM', 2], ['CHN', 1], ['unknown', 1]]);
  });

  it('marks a topic as one side\'s only when no other report raises it, not even one of unknown side', () => {
    const only = Object.fromEntries(c.topics.map((t) => [t.topic, t.only]));
    expect(only.maritime).toBe('VNM');
    expect(only.infrastructure).toBe('CHN');
    expect(only.trade).toBeNull(); // both sides
    expect(only.health).toBeNull(); // only the report of unknown side: not a side's
    expect(c.sides.find((s) => s.side === 'unknown')!.only).toEqual([]);
    expect(c.topics.find((t) => t.topic === 'infrastructure')!.sentences[0].text).toMatch(/cross-border railway/);
  });

  it('gives each statement once, with every report that gives it and its own wording', () => {
    expect(c.statementCopies).toBe(8);
    const all = c.statements.flatMap((g) => g.items.map((it) => ({ speaker: g.speaker, ...it })));
    expect(all).toHaveLength(4);
    const proposal = all.find((s) => s.act === 'propose')!;
    expect(proposal.speaker).toBe('Bui Thanh Son'); // "Bùi Thanh Sơn" and "Son" are one speaker
    expect(proposal.copies.map((x) => x.document)).toEqual(['vna-call', 'vna-copy', 'xinhua-call']);
    expect(proposal.sides).toEqual(['VNM', 'CHN']);
    expect(proposal.only).toBeNull();
    const affirm = all.filter((s) => s.speaker === 'Wang Yi');
    expect(affirm.map((s) => s.only).sort()).toEqual(['CHN', 'VNM']); // 王毅 is Wang Yi; each side told one thing he said
    expect(all.find((s) => s.speaker === 'both')!.copies).toHaveLength(2);
  });

  it('says nothing is one side\'s only with fewer than two sides identified', () => {
    const one = compareReports(event, reports.filter((r) => r.document !== 'xinhua-call'));
    expect(one.identified).toBe(1);
    expect(one.topics.every((t) => t.only === null)).toBe(true);
    expect(one.statements.every((g) => g.items.every((it) => it.only === null))).toBe(true);
  });

  it('finds a report\'s side from its document when the store kept none (schema 6)', () => {
    const old = reports.map((r) => ({ ...r, account: null, data: { ...r.data, statements: r.data.statements?.map(({ text: _t, ...s }) => s) } }));
    const docs = new Map(old.map((r) => [r.document, {
      docId: r.document, url: r.url, source: r.source, title: null, published: r.published, language: 'en', ingestedAt: '', account: null,
      text: r.document === 'xinhua-call' ? 'BEIJING, March 2 (Xinhua) -- The ministers spoke by phone.' : 'Hanoi (VNA) – The ministers spoke by phone.',
      extraction: { format: 'readout/1' as const, document: { id: r.document, source: r.source, url: r.url, title: null, published: r.published, language: 'en' }, events: [] },
    }]));
    const c2 = compareReports(event, old, docs);
    expect(c2.reports.find((r) => r.document === 'xinhua-call')!.side).toBe('CHN');
    expect(c2.reports.find((r) => r.document === 'vna-copy')!.side).toBe('VNM');
  });
});

describe('statement matching', () => {
  it('normalises spacing, quotes, punctuation, case and diacritics', () => {
    expect(normaliseStatement('Sơn  said: “Việt Nam values\nit.”')).toBe(normaliseStatement('son said "viet nam values it"'));
  });

  it('takes copies and close rewrites for one statement, and different statements apart', () => {
    const a = normaliseStatement('He asked China to keep importing farm produce and to narrow the trade deficit.');
    expect(sameStatement(a, normaliseStatement('He asked China to keep importingfarm produce and to narrow the tradedeficit.'))).toBe(true); // glued words
    expect(sameStatement(a, normaliseStatement('He also asked China to keep importing farm produce, narrowing the trade deficit.'))).toBe(true);
    expect(sameStatement(a, normaliseStatement('He asked China to keep importing farm'))).toBe(true); // a cut copy
    const b = normaliseStatement('He thanked China for its vaccines during the pandemic.');
    expect(statementSimilarity(a, b)).toBeLessThan(SAME_STATEMENT);
    expect(sameStatement(a, b)).toBe(false);
    expect(sameStatement(normaliseStatement('两国外长同意加强经贸合作。'), normaliseStatement('两国外长同意加强经贸合作'))).toBe(true);
  });
});
