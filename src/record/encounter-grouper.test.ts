import { describe, it, expect } from 'vitest';
import type { ReadoutEvent } from '../types.js';
import { canonical, clusterReports, groupReports, readableIds, regroupComponent, type CanonicalEvent, type EncounterPort, type Report } from './encounter-grouper.js';
import { reportKeys } from './same-encounter.js';

/** A store in memory, behind the port: candidates are every event sharing a key (a superset of any window). */
class MemoryPort implements EncounterPort<number> {
  rows = new Map<number, { cid: string; reports: Report[]; keys: string[] }>();
  next = 1;
  file(r: Report): number { const id = this.next++; this.rows.set(id, { cid: `new:${id}`, reports: [r], keys: [] }); return id; }
  async candidates(keys: string[]) { return [...this.rows].filter(([, v]) => v.keys.some((k) => keys.includes(k))).map(([id]) => id); }
  async reportsOf(ids: number[]) { return ids.map((id) => [...(this.rows.get(id)?.reports ?? [])]); }
  async newEncounter() { const id = this.next++; this.rows.set(id, { cid: `new:${id}`, reports: [], keys: [] }); return id; }
  async moveReports(id: number, eventIds: string[]) {
    for (const [, v] of this.rows) {
      const moving = v.reports.filter((r) => eventIds.includes(r.event.id));
      v.reports = v.reports.filter((r) => !eventIds.includes(r.event.id));
      this.rows.get(id)!.reports.push(...moving);
    }
  }
  async readableIdHolder(cid: string) { return [...this.rows].find(([, v]) => v.cid === cid)?.[0] ?? null; }
  async renameEncounter(id: number, cid: string) { this.rows.get(id)!.cid = cid; }
  async writeEncounter(id: number, c: CanonicalEvent, _span: unknown, keys: string[]) { const row = this.rows.get(id)!; row.cid = c.id; row.keys = keys; }
  async deleteEncounter(id: number) { this.rows.delete(id); }
  groups() { return [...this.rows.values()].map((v) => v.reports.map((r) => r.docId).sort()).sort(); }
}

const ev = (id: string, date: string | null): ReadoutEvent => ({
  id, kind: 'meeting', date, location: null, occasion: null, initiator: null, topics: [], referenced: false,
  participants: [{ name: 'Wang Yi', country: 'CHN', title: null, id: 'wang-yi' }, { name: 'Bui Thanh Son', country: 'VNM', title: null, id: 'bui-thanh-son' }],
  codes: { cameo: '040', plover: 'CONSULT', plover_mode: null, goldstein: 1 }, evidence: [],
});
const rep = (doc: string, date: string | null, published: string | null = null): Report => ({ docId: doc, event: ev(`${doc}#1`, date), published, source: null, url: null });

describe('encounter grouper', () => {
  it('gives content-made readable ids: the same for the same reports, another for another encounter of the same day and countries', () => {
    const a = canonical([rep('a', '2021-04-16'), rep('b', '2021-04-16')]);
    const b = canonical([rep('b', '2021-04-16'), rep('a', '2021-04-16')]);
    const other = canonical([rep('c', '2021-04-16')]);
    const first = (c: CanonicalEvent) => readableIds(c).next().value as string;
    expect(first(a)).toBe(first(b));
    expect(first(a)).toMatch(/^evt_2021-04-16_chn-vnm_[0-9a-f]{6}$/);
    expect(first(other)).not.toBe(first(a));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('takes a place the reports state; where none states one, the place they inferred, still marked inferred', () => {
    const at = (doc: string, place: string, inferred: boolean): Report => {
      const r = rep(doc, '2021-04-16');
      return { ...r, event: { ...r.event, location: { place, country: 'VNM', lat: 21.03, lon: 105.85, geonames_id: null, ...(inferred ? { inferred: true } : {}) } } };
    };
    // both reports inferred the venue of the host: the canonical event keeps it (it had no place)
    const inferredOnly = canonical([at('a', 'Presidential Palace, Hanoi', true), at('b', 'Presidential Palace, Hanoi', true)]);
    expect(inferredOnly.location?.place).toBe('Presidential Palace, Hanoi');
    expect(inferredOnly.location?.inferred).toBe(true);
    // a stated place wins over any number of inferred ones
    const mixed = canonical([at('a', 'Presidential Palace, Hanoi', true), at('b', 'Presidential Palace, Hanoi', true), at('c', 'Hanoi', false)]);
    expect(mixed.location?.place).toBe('Hanoi');
    expect(mixed.location?.inferred).toBeUndefined();
    expect(canonical([rep('d', '2021-04-16')]).location).toBeNull();
  });

  it('takes the day a report states over one worked out from a weekday or a dateline, whatever their number', () => {
    const worked = (doc: string, date: string): Report => {
      const r = rep(doc, date);
      return { ...r, event: { ...r.event, provenance: { date: { rule: 'date/weekday+dateline', basis: 'inferred', inferred_parts: ['year', 'month', 'day'] } } } };
    };
    const c = canonical([worked('a', '2021-04-17'), worked('b', '2021-04-17'), rep('c', '2021-04-16')]);
    expect(c.date).toBe('2021-04-16');
    // a year filled in from the page leaves the day stated
    const yearOnly = rep('d', '2021-04-18');
    const d = { ...yearOnly, event: { ...yearOnly.event, provenance: { date: { rule: 'date/month-day', basis: 'inferred' as const, inferred_parts: ['year' as const] } } } };
    expect(canonical([worked('a', '2021-04-17'), worked('b', '2021-04-17'), d]).date).toBe('2021-04-18');
    // with no stated day, the majority of the worked-out ones
    expect(canonical([worked('a', '2021-04-17'), worked('b', '2021-04-17'), worked('e', '2021-04-16')]).date).toBe('2021-04-17');
  });

  it('groups a set alike in every order, ids included', () => {
    const rs = [rep('a', '2021-04-16'), rep('b', '--04-16'), rep('c', null, '2021-04-18'), rep('d', '2022-04-16'), rep('e', null)];
    const want = JSON.stringify(groupReports(rs));
    for (const order of [[4, 3, 2, 1, 0], [2, 0, 4, 1, 3], [1, 4, 0, 3, 2]]) expect(JSON.stringify(groupReports(order.map((i) => rs[i])))).toBe(want);
    expect(clusterReports(rs).map((g) => g.map((r) => r.docId))).toEqual([['a', 'b', 'e', 'c'], ['d']]);
  });

  it('files reports one at a time through the port as grouping all at once', async () => {
    const rs = [rep('e', null), rep('d', '2022-04-16'), rep('b', '--04-16'), rep('a', '2021-04-16'), rep('c', null, '2021-04-18')];
    const port = new MemoryPort();
    for (const r of rs) {
      const out = await regroupComponent(port, new Map([[port.file(r), [r]]]));
      expect(out.capped).toBe(false);
      expect(out.readable.get(r.event.id)).toMatch(/^evt_/);
    }
    expect(port.groups()).toEqual(clusterReports(rs).map((g) => g.map((r) => r.docId).sort()).sort());
    expect([...port.rows.values()].map((v) => v.cid).sort()).toEqual(groupReports(rs).map((c) => c.id).sort());
    expect([...port.rows.values()].every((v) => v.keys.join() === reportKeys(rs[0]).sort().join())).toBe(true);
  });

  it('past the cap, files a report with its best-fitting linked event and says so', async () => {
    const port = new MemoryPort();
    const capped: boolean[] = [];
    for (let i = 0; i < 6; i++) {
      const r = rep(`d${i}`, '2021-04-16');
      capped.push((await regroupComponent(port, new Map([[port.file(r), [r]]]), { cap: 3 })).capped);
    }
    expect(capped).toEqual([false, false, false, true, true, true]);
    expect(port.groups()).toEqual([['d0', 'd1', 'd2', 'd3', 'd4', 'd5']]);
  });
});

describe('one encounter in three languages', () => {
  it('groups the Chinese, Vietnamese and English reports of one meeting into one canonical event with three reports', async () => {
    const { extract } = await import('../extract.js');
    const { groupEncounters } = await import('./encounter-grouper.js');
    const zh = extract('6月5日，外交部长王毅在北京会见越南外长裴青山。双方就双边关系交换意见。', { id: 'zh-report', published: '2023-06-06' });
    const vi = extract('Chiều 5/6, tại Bắc Kinh, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội kiến Bộ trưởng Ngoại giao Trung Quốc Vương Nghị. Hai bên trao đổi về quan hệ song phương.', { id: 'vi-report', published: '2023-06-06' });
    const en = extract('BEIJING, June 5 – Chinese Foreign Minister Wang Yi met Vietnamese Foreign Minister Bui Thanh Son in Beijing on Monday.', { id: 'en-report', published: '2023-06-06' });
    for (const d of [zh, vi, en]) expect(d.events, d.document.id).toHaveLength(1);
    const groups = groupEncounters([zh, vi, en]);
    expect(groups).toHaveLength(1);
    expect(groups[0].reports.map((r) => r.document).sort()).toEqual(['en-report', 'vi-report', 'zh-report']);
    expect(groups[0].date).toBe('2023-06-05');
  });
});
