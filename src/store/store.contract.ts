/**
 * The contract every Store back end must keep, as one test suite: run it with a factory for a fresh,
 * empty store (`runStoreContract('sqlite', () => new SqliteStore(':memory:'))`). The PostgreSQL back
 * end runs the same suite unchanged (pg-store.test.ts). The documents' extractions are fixed readout/1
 * (contract-extractions.json), not the live extractor's.
 */
import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import type { Store } from './store.js';
import { textHash } from './store.js';
import { EXTRACTOR_VERSION } from '../extract.js';
import { TEST_DOCS, fixedExtraction, type TestDoc } from './contract-docs.js';

export function docInput(d: TestDoc) {
  const extraction = fixedExtraction(d.id);
  return {
    docId: d.id, hash: textHash(d.text), url: d.url, source: d.source, title: extraction.document.title, published: d.published,
    language: 'en', format: 'text' as const, text: d.text, extraction, extractor: EXTRACTOR_VERSION,
  };
}

export function runStoreContract(name: string, open: () => Store | Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => { store = await open(); });
    afterEach(async () => { await store.close(); });

    const ingestAllDocs = async () => { for (const d of TEST_DOCS) await store.ingest(docInput(d)); };

    it('stores a document with its events, and the same text only once', async () => {
      const first = await store.ingest(docInput(TEST_DOCS[0]));
      expect(first.status).toBe('new');
      expect(first.events).toBe(1);
      expect(await store.hasHash(textHash(TEST_DOCS[0].text))).toBe(true);
      const again = await store.ingest(docInput(TEST_DOCS[0]));
      expect(again.status).toBe('duplicate');
      expect(await store.counts()).toEqual({ documents: 1, reports: 1, events: 1 });
    });

    it("joins the two sides' reports of one call into one canonical event", async () => {
      await ingestAllDocs();
      const page = await store.events({ country: 'VNM', with: 'CHN' });
      expect(page.events).toHaveLength(1);
      const e = page.events[0];
      expect(e.kind).toBe('phone_call');
      expect(e.date).toBe('2022-03-02');
      expect(e.reports).toBe(2);
      const full = await store.event(e.id);
      expect(full?.reports_full.map((r) => r.document).sort()).toEqual(['cn-call', 'vn-call']);
      expect(full?.events.sort()).toEqual(['cn-call#1', 'vn-call#1']);
    });

    it('files a report without a date under the dated encounter it reports, whichever comes first', async () => {
      const dated = [docInput(TEST_DOCS[0]), docInput(TEST_DOCS[1])];
      const base = docInput(TEST_DOCS[1]);
      const id = 'cn-call-undated';
      const undated = {
        ...base, docId: id, hash: `${base.hash}-undated`, published: null,
        extraction: {
          ...base.extraction,
          document: { ...base.extraction.document, id, published: null },
          events: base.extraction.events.map((e, i) => ({ ...e, id: `${id}#${i + 1}`, date: null, provenance: { ...e.provenance, date: undefined } })),
        },
      };
      for (const order of [[...dated, undated], [undated, ...dated]]) {
        await store.close();
        store = await open();
        for (const d of order) await store.ingest(d as typeof base);
        const page = await store.events({ country: 'VNM', with: 'CHN' });
        expect(page.events.map((e) => e.reports)).toEqual([3]);
        expect(page.events[0].date).toBe('2022-03-02');
      }
    });

    it('keeps different encounters apart and filters them', async () => {
      await ingestAllDocs();
      expect((await store.counts()).events).toBe(3);
      expect((await store.events({ country: 'LAO' })).events.map((e) => e.date)).toEqual(['2023-11-22']);
      expect((await store.events({ kind: 'meeting' })).events).toHaveLength(2);
      expect((await store.events({ person: 'antony-blinken' })).events).toHaveLength(1);
      expect((await store.events({ from: '2023', to: '2023-12' })).events).toHaveLength(1);
      expect((await store.events({ topic: 'maritime' })).events.length).toBeGreaterThanOrEqual(1);
      expect((await store.events({ text: 'Belt and Road' })).events.map((e) => e.kind)).toEqual(['phone_call']);
      expect((await store.events({ text: 'nothing-like-this-word' })).events).toHaveLength(0);
    });

    it('pages by cursor in date order without repeating or losing events', async () => {
      await ingestAllDocs();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await store.events({ limit: 1, cursor });
        seen.push(...page.events.map((e) => e.id));
        cursor = page.next;
      } while (cursor);
      expect(seen).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
      const dates = (await store.events({ limit: 10 })).events.map((e) => e.date!);
      expect([...dates].sort().reverse()).toEqual(dates);
    });

    it('answers people, countries and pair statistics', async () => {
      await ingestAllDocs();
      const wang = await store.person('wang-yi');
      expect(wang?.events).toBe(2);
      expect(wang?.spellings).toContain('Wang Yi');
      expect((await store.people('Bui')).map((p) => p.id)).toContain('bui-thanh-son');
      const countries = await store.countries();
      expect(countries.find((c) => c.country === 'CHN')?.events).toBe(2);
      const stats = await store.pairStats({ country: 'VNM', with: 'CHN' });
      expect(stats.byYear).toEqual([{ year: '2022', kind: 'phone_call', events: 1 }]);
    });

    it('finds a person by any spelling, in any script, with or without accents', async () => {
      await ingestAllDocs();
      const ids = async (person: string) => (await store.events({ person, referenced: true })).events.map((e) => e.id).sort();
      const wang = await ids('wang-yi');
      expect(wang).toHaveLength(2);
      for (const q of ['Wang Yi', '王毅', 'Vương Nghị', 'Vuong Nghi']) expect(await ids(q), q).toEqual(wang);
      const son = await ids('bui-thanh-son');
      for (const q of ['Bui Thanh Son', 'Bùi Thanh Sơn', '裴青山']) expect(await ids(q), q).toEqual(son);
      expect((await store.people('vuong nghi')).map((p) => p.id)).toEqual(['wang-yi']);
      expect((await store.people('王毅')).map((p) => p.id)).toEqual(['wang-yi']);
      expect((await store.person('Vương Nghị'))?.id).toBe('wang-yi');
      expect(await store.countPeople('Wang')).toBe((await store.people('Wang')).length);
      expect(await store.countPeople()).toBe((await store.people(undefined, 100)).length);
    });

    it('gives a participant the registry id its name, country and office that day point to', async () => {
      const base = docInput(TEST_DOCS[3]);
      const id = 'us-ru';
      const ev = base.extraction.events[0];
      const doc = {
        ...base, docId: id, hash: `${base.hash}-rubio`, published: '2025-05-29',
        extraction: {
          ...base.extraction, document: { ...base.extraction.document, id, published: '2025-05-29' },
          events: [{ ...ev, id: `${id}#1`, kind: 'phone_call' as const, date: '2025-05-28', location: null, participants: [
            { name: 'Sergey Lavrov', country: 'RUS', title: 'Foreign Minister', id: 'sergey-lavrov' },
            { name: 'Mike Rubio', country: 'USA', title: 'Secretary of State' },
          ] }],
        },
      };
      await store.ingest(doc);
      const found = await store.events({ person: 'marco-rubio' });
      expect(found.events.map((e) => e.date)).toEqual(['2025-05-28']);
      expect((await store.person('marco-rubio'))?.spellings).toContain('Mike Rubio');
    });

    it('counts the events a filter selects, with those that lack a date, and each event carries its level and direction', async () => {
      await ingestAllDocs();
      expect(await store.countEvents({})).toEqual({ total: 3, undated: 0, exact: true });
      expect(await store.countEvents({}, 2)).toEqual({ total: 2, undated: 0, exact: false });
      expect(await store.countEvents({ country: 'VNM' })).toMatchObject({ total: 2, exact: true });
      const page = await store.events({});
      expect(page.events.map((e) => e.level)).toEqual(['ministers', 'ministers', 'ministers']);
      const lao = page.events.find((e) => e.participants.some((p) => p.country === 'LAO'))!;
      expect(lao.direction).toEqual({ from: ['LAO'], to: 'VNM', basis: 'location' });
      expect((await store.events({ country: 'VNM', direction: 'inbound' })).events.map((e) => e.id)).toEqual([lao.id]);
      expect((await store.events({ country: 'LAO', direction: 'outbound' })).events.map((e) => e.id)).toEqual([lao.id]);
      expect((await store.events({ country: 'VNM', direction: 'outbound' })).events).toEqual([]);
      expect((await store.events({ level: 'leaders' })).events).toEqual([]);
      expect(await store.countEvents({ level: 'ministers' })).toMatchObject({ total: 3 });
      const stats = await store.pairStats({ country: 'VNM' });
      expect([stats.total, stats.undated]).toEqual([2, 0]);
    });

    it('replaces an extraction and regroups its events', async () => {
      await ingestAllDocs();
      const doc = docInput(TEST_DOCS[2]);
      const emptied = { ...doc.extraction, events: [] };
      await store.replaceExtraction('vn-lao', emptied, 'test');
      expect((await store.events({ country: 'LAO' })).events).toHaveLength(0);
      await store.replaceExtraction('vn-lao', doc.extraction, 'test');
      expect((await store.events({ country: 'LAO' })).events).toHaveLength(1);
      expect(await store.integrityCheck()).toEqual([]);
    });

    it('exports every canonical event and passes its integrity check', async () => {
      await ingestAllDocs();
      const all = [];
      for await (const e of store.allEvents()) all.push(e);
      expect(all).toHaveLength(3);
      expect(all.every((e) => e.events.length >= 1 && e.reports.length === e.events.length)).toBe(true);
      expect(await store.integrityCheck()).toEqual([]);
      expect((await store.documentIds()).sort()).toEqual(TEST_DOCS.map((d) => d.id).sort());
      expect((await store.document('trade-figures'))?.extraction.events).toEqual([]);
    });

    it("keeps whose account each report is, and each statement's sentence", async () => {
      await ingestAllDocs();
      const [call] = (await store.events({ country: 'VNM', with: 'CHN' })).events;
      const full = (await store.event(call.id))!;
      const sideOf = (doc: string) => full.reports_full.find((r) => r.document === doc)!.account;
      expect(sideOf('vn-call')).toMatchObject({ side: 'VNM', side_basis: 'credit', source_kind: 'agency' });
      expect(sideOf('cn-call')).toMatchObject({ side: 'CHN', side_basis: 'credit', source_kind: 'agency' });
      // the canonical event lists them too, with their statements' sentences
      expect(full.reports.map((r) => [r.document, r.side, r.source_kind]).sort()).toEqual([['cn-call', 'CHN', 'agency'], ['vn-call', 'VNM', 'agency']]);
      const vn = full.reports_full.find((r) => r.document === 'vn-call')!;
      expect(vn.data.statements![0].text).toBe('Son proposed that the two sides boost trade and keep border gates open.');
      expect(full.reports.find((r) => r.document === 'vn-call')!.statements![0].text).toBe(vn.data.statements![0].text);
      expect((await store.document('us-cn'))!.account).toMatchObject({ side: 'USA', side_basis: 'outlet-name' });
    });

    it('keeps the side a user states, also when the extraction is replaced', async () => {
      const doc = { ...docInput(TEST_DOCS[3]), side: 'UN' };
      await store.ingest(doc);
      expect((await store.document('us-cn'))!.account).toMatchObject({ side: 'UN', side_basis: 'user' });
      await store.replaceExtraction('us-cn', doc.extraction, 'test');
      expect((await store.document('us-cn'))!.account).toMatchObject({ side: 'UN', side_basis: 'user' });
      const [e] = (await store.events({ country: 'USA' })).events;
      expect((await store.event(e.id))!.reports[0].side).toBe('UN');
    });
  });
}
