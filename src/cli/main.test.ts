import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from './main.js';
import type { Io } from './io.js';
import { TEST_DOCS } from '../store/contract-docs.js';

function io(stdin = '') {
  const out: string[] = [], err: string[] = [];
  const x: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => Buffer.from(stdin), isTTY: false };
  return { io: x, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'readout-cli-'));
mkdirSync(join(dir, 'in', 'sub'), { recursive: true });
writeFileSync(join(dir, 'in', 'call.txt'), TEST_DOCS[0].text);
writeFileSync(join(dir, 'in', 'sub', 'meet.md'), TEST_DOCS[2].text);
writeFileSync(join(dir, 'in', 'sub', 'notes.csv'), 'not,an,article');
writeFileSync(join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 3]));

describe('readout extract', () => {
  it('writes one readout/1 line per document of a folder, recursively', async () => {
    const t = io();
    expect(await main(['extract', join(dir, 'in'), '--compact'], t.io)).toBe(0);
    const docs = t.out.map((l) => JSON.parse(l));
    expect(docs.map((d) => d.document.id).sort()).toEqual(['call', 'meet']);
    expect(docs.every((d) => d.format === 'readout/1')).toBe(true);
    expect(docs.find((d) => d.document.id === 'call').events[0].kind).toBe('phone_call');
  });

  it('reads standard input with --id and --published', async () => {
    const t = io(TEST_DOCS[3].text);
    expect(await main(['extract', '-', '--id', 'story', '--published', '2024-07-28', '--pretty'], t.io)).toBe(0);
    const doc = JSON.parse(t.out.join('\n'));
    expect(doc.document).toMatchObject({ id: 'story', published: '2024-07-28' });
    expect(doc.events[0].location).toMatchObject({ place: 'Vientiane', country: 'LAO' });
  });

  it('reports an unreadable file with its path, goes on, and exits 1', async () => {
    const t = io();
    expect(await main(['extract', join(dir, 'bad.txt'), join(dir, 'in', 'call.txt'), join(dir, 'missing.txt')], t.io)).toBe(1);
    expect(t.out).toHaveLength(1);
    expect(t.err.join('\n')).toMatch(/bad\.txt: binary file/);
    expect(t.err.join('\n')).toMatch(/missing\.txt: no such file/);
  });

  it('exits 2 on bad arguments with one clear line', async () => {
    for (const args of [['extract'], ['extract', 'x.txt', '--published', '17/04/2021'], ['extract', join(dir, 'in'), '--id', 'x'], ['no-such-command'], ['events', '--db', join(dir, 'none.db')]]) {
      const t = io();
      expect(await main(args, t.io), args.join(' ')).toBe(2);
      expect(t.err.join('\n').length, args.join(' ')).toBeGreaterThan(0);
    }
  });

  it('reads a file in the encoding --encoding names, and refuses it without one, saying how', async () => {
    // our own sentence, in GBK as older Chinese sites publish
    const path = join(dir, 'gbk.txt');
    writeFileSync(path, Buffer.from([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0xb3, 0xa4, 0xcd, 0xac, 0xcc, 0xa9, 0xb9, 0xfa, 0xcd, 0xe2, 0xb3, 0xa4, 0xcd, 0xa8, 0xb5, 0xe7, 0xbb, 0xb0, 0xa1, 0xa3]));
    const a = io();
    expect(await main(['extract', path], a.io)).toBe(1);
    expect(a.err.join('\n')).toMatch(/gbk\.txt: not valid UTF-8.*--encoding/);
    const b = io();
    expect(await main(['extract', path, '--encoding', 'gbk', '--published', '2025-03-01'], b.io)).toBe(0);
    const doc = JSON.parse(b.out[0]);
    expect(doc.document.language).toBe('zh');
    expect(doc.events[0].kind).toBe('phone_call');
    const c = io();
    expect(await main(['extract', path, '--encoding', 'klingon'], c.io)).toBe(2);
    expect(c.err.join('\n')).toMatch(/--encoding: unknown encoding "klingon"/);
  });

  it('prints help with examples', async () => {
    const t = io();
    expect(await main(['extract', '--help'], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/Examples:/);
    const u = io();
    expect(await main([], u.io)).toBe(0);
    expect(u.out.join('\n')).toMatch(/ingest/);
  });
});

describe('the record commands', () => {
  it('ingests, lists, shows, compares, exports', async () => {
    const db = join(dir, 'r.db');
    const docs = join(dir, 'docs.jsonl');
    writeFileSync(docs, TEST_DOCS.map((d) => JSON.stringify(d)).join('\n'));
    const a = io();
    expect(await main(['ingest', docs, '--db', db, '--json'], a.io)).toBe(0);
    expect(JSON.parse(a.out[0])).toMatchObject({ read: 5, new: 5, failed: 0 });
    const again = io();
    await main(['ingest', docs, '--db', db, '--json'], again.io);
    expect(JSON.parse(again.out[0])).toMatchObject({ new: 0, duplicate: 5 });
    const ev = io();
    expect(await main(['events', '--db', db, '--country', 'vnm', '--with', 'CHN', '--json'], ev.io)).toBe(0);
    const e = JSON.parse(ev.out[0]);
    expect(e.reports).toBe(2);
    const cmp = io();
    expect(await main(['compare', e.id, '--db', db, '--json'], cmp.io)).toBe(0);
    const c = JSON.parse(cmp.out.join('\n'));
    expect(c.sides.map((s: any) => s.side).sort()).toEqual(['CHN', 'VNM']);
    expect(c.sides.find((s: any) => s.side === 'CHN').only).toContain('sovereignty');
    for (const format of ['jsonl', 'csv', 'cameo', 'plover']) {
      const x = io();
      expect(await main(['export', '--db', db, '--format', format], x.io), format).toBe(0);
      const lines = x.out.join('\n').trim().split('\n');
      expect(lines.length, format).toBe(format === 'csv' ? 4 : 3);
    }
    const cameo = io();
    await main(['export', '--db', db, '--format', 'cameo', '--country', 'LAO', '--header'], cameo.io);
    const [head, first] = cameo.out.map((l) => l.split('\t'));
    const row = Object.fromEntries(head.map((k, i) => [k, first[i]]));
    expect(row.SQLDATE).toBe('20231122');
    expect(row.EventCode).toBe('043');
    const bad = io();
    expect(await main(['export', '--db', db, '--format', 'xml'], bad.io)).toBe(2);
  });
});

describe('warnings and dates on the command line (issue 12)', () => {
  it('prints each document warning on standard error with its rule id', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-warn-'));
    writeFileSync(join(d, 'blank.txt'), '   \n\n  ');
    writeFileSync(join(d, 'digits.txt'), '12345 --- 678');
    const t = io();
    expect(await main(['extract', d], t.io)).toBe(0);
    expect(t.out).toHaveLength(2);
    expect(t.err.some((l) => /blank\.txt: warning input\/empty: /.test(l))).toBe(true);
    expect(t.err.some((l) => /digits\.txt: warning input\/no-sentences: /.test(l))).toBe(true);
    const i = io();
    expect(await main(['ingest', d, '--db', join(d, 'r.db')], i.io)).toBe(1); // blank.txt: no text found
    expect(i.err.some((l) => /digits\.txt: warning input\/no-sentences/.test(l))).toBe(true);
  });

  it('takes the address of a single input with --url: a date in it dates a text that gives none', async () => {
    const t = io('Foreign Minister Ana Ruiz met her Uruguayan counterpart Tomas Vidal in Lima on Tuesday.');
    expect(await main(['extract', '-', '--url', 'https://news.example.org/world/2025/05/28/ruiz-vidal.html'], t.io)).toBe(0);
    const doc = JSON.parse(t.out[0]);
    expect(doc.document.url).toBe('https://news.example.org/world/2025/05/28/ruiz-vidal.html');
    // Tuesday before Wednesday 28 May 2025, inferred from the address
    expect(doc.events[0].date).toBe('2025-05-27');
    expect(doc.events[0].provenance.date).toMatchObject({ basis: 'inferred' });
    for (const bad of ['file:///etc/passwd', 'not an address']) {
      const u = io('x');
      expect(await main(['extract', '-', '--url', bad], u.io), bad).toBe(2);
      expect(u.err.join('\n')).toMatch(/--url must be an http or https address/);
    }
  });

  it('refuses an impossible --published date with exit status 2', async () => {
    const t = io();
    expect(await main(['extract', join(dir, 'in', 'call.txt'), '--published', '2022-13-45'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/--published must be a real date/);
  });

  it('checks serve --extract-budget and --allowed-host before starting', async () => {
    const t = io();
    expect(await main(['serve', '--extract-budget', '0'], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(/--extract-budget takes seconds/);
    const u = io();
    expect(await main(['serve', '--allowed-host', 'a b'], u.io)).toBe(2);
    expect(u.err.join('\n')).toMatch(/--allowed-host takes a host name/);
  });
});

describe('whose account a document is, as the user says it (issue 10)', () => {
  const sideOfDoc = async (db: string) => {
    const x = io();
    await main(['export', '--db', db, '--format', 'jsonl'], x.io);
    const out = new Map<string, { side: string; side_basis: string }>();
    for (const l of x.out) for (const r of JSON.parse(l).reports) out.set(r.document, { side: r.side, side_basis: r.side_basis });
    return out;
  };

  it('takes a "side" field of JSON Lines over --side, and refuses a side that is none', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-side-'));
    const db = join(d, 'r.db');
    const [a, b, c] = TEST_DOCS;
    writeFileSync(join(d, 'docs.jsonl'), [
      JSON.stringify({ ...a, side: 'un' }), JSON.stringify({ ...b, side: 'XYZ' }), JSON.stringify(c),
    ].join('\n'));
    const bad = io();
    expect(await main(['ingest', join(d, 'docs.jsonl'), '--db', db, '--side', 'Atlantis'], bad.io)).toBe(2);
    expect(bad.err.join('\n')).toMatch(/--side "Atlantis" is not a country code/);
    const t = io();
    expect(await main(['ingest', join(d, 'docs.jsonl'), '--db', db, '--side', 'lao'], t.io)).toBe(1);
    expect(t.err.join('\n')).toMatch(/docs\.jsonl:2: side "XYZ" is not a country code/);
    const sides = await sideOfDoc(db);
    expect(sides.get(a.id)).toEqual({ side: 'UN', side_basis: 'user' });
    expect(sides.get(c.id)).toEqual({ side: 'LAO', side_basis: 'user' });
    expect(sides.has(b.id)).toBe(false);
  });

  it("takes a folder manifest's side, and reads the others' from their texts", async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-side-'));
    const folder = join(d, 'in');
    mkdirSync(folder);
    const [a, b] = TEST_DOCS;
    writeFileSync(join(folder, `${a.id}.txt`), a.text);
    writeFileSync(join(folder, `${b.id}.txt`), b.text);
    writeFileSync(join(folder, 'manifest.jsonl'), `${JSON.stringify({ id: a.id, url: a.url, source: a.source, side: 'KHM' })}\n${JSON.stringify({ id: b.id, url: b.url })}\n`);
    const db = join(d, 'r.db');
    expect(await main(['ingest', folder, '--db', db], io().io)).toBe(0);
    const sides = await sideOfDoc(db);
    expect(sides.get(a.id)).toEqual({ side: 'KHM', side_basis: 'user' });
    expect(sides.get(b.id)).toEqual({ side: 'CHN', side_basis: 'credit' });
  });

  it('prints each side\'s account with every statement once', async () => {
    const d = mkdtempSync(join(tmpdir(), 'readout-side-'));
    const db = join(d, 'r.db');
    const [vn, cn] = TEST_DOCS;
    // a copy of the VNA story on another site, the same words with other spacing
    const copy = { ...vn, id: 'vn-copy', url: 'https://aggregator.example.com/vn-call', source: 'Aggregator', text: `Shared from our partners\n\n${vn.text.replace(/ the two sides /, ' the two  sides ').replace('Both sides', 'Both  sides')}` };
    writeFileSync(join(d, 'docs.jsonl'), [vn, cn, copy].map((x) => JSON.stringify(x)).join('\n'));
    expect(await main(['ingest', join(d, 'docs.jsonl'), '--db', db], io().io)).toBe(0);
    const ev = io();
    await main(['events', '--db', db, '--country', 'VNM', '--with', 'CHN', '--json'], ev.io);
    const e = JSON.parse(ev.out[0]);
    expect(e.reports).toBe(3);
    const t = io();
    expect(await main(['compare', e.id, '--db', db], t.io)).toBe(0);
    const text = t.out.join('\n');
    expect(text).toMatch(/2 sides: (?:VNM \(2 reports\), CHN \(1 report\)|CHN \(1 report\), VNM \(2 reports\))/);
    const statements = text.split('statements by speaker')[1];
    expect(statements.match(/Son proposed that the two sides boost trade/g)).toHaveLength(1);
    expect(statements).toMatch(/3 statements in 5 copies/);
    expect(text).toMatch(/\[propose: border\] only VNM; 2 reports/);
  });
});

describe('filters, lists and people on the command line (issue 10)', () => {
  const db = join(dir, 'vocab.db');
  const ready = (async () => {
    const docs = join(dir, 'vocab.jsonl');
    writeFileSync(docs, TEST_DOCS.map((d) => JSON.stringify(d)).join('\n'));
    await main(['ingest', docs, '--db', db], io().io);
  })();

  it.each([
    [['--from', '2021-13'], /--from: month 13 does not exist/],
    [['--to', '2021-02-30'], /--to: "2021-02-30" is not a day of the calendar/],
    [['--country', 'XYZ'], /--country: unknown country or organisation "XYZ"/],
    [['--topic', 'foo'], /--topic: unknown topic "foo"; topics are political_relations, .*maritime/],
    [['--kind', 'dinner'], /--kind must be one of talks, meeting, phone_call, video_conference, messages, visit/],
    [['--level', 'kings'], /--level must be one of leaders, ministers, deputies, officials/],
    [['--direction', 'inbound'], /--direction needs --country/],
    [['--limit', '0'], /--limit must be a whole number/],
  ])('events %j exits 2 and says why', async (args, re) => {
    await ready;
    const t = io();
    expect(await main(['events', '--db', db, ...args], t.io)).toBe(2);
    expect(t.err.join('\n')).toMatch(re);
    expect(t.out).toEqual([]);
  });

  it('takes countries by alpha-2 code or name, and people by any spelling', async () => {
    await ready;
    for (const args of [['--country', 'vn', '--with', 'China'], ['--country', 'Viet Nam', '--with', 'CN'], ['--person', 'Vương Nghị', '--country', 'VNM'], ['--person', 'Vuong Nghi', '--with', 'VN', '--country', 'CHN']]) {
      const t = io();
      expect(await main(['events', '--db', db, '--json', ...args], t.io), args.join(' ')).toBe(0);
      expect(t.out.map((l) => JSON.parse(l).reports), args.join(' ')).toEqual([2]);
    }
  });

  it('says when a list shows part of its matches, and how many lack a date', async () => {
    await ready;
    const t = io();
    expect(await main(['events', '--db', db, '--limit', '1'], t.io)).toBe(0);
    expect(t.out.join('\n')).toMatch(/3 events; showing 1 of 3; --limit shows more/);
    expect(t.out.join('\n')).toMatch(/\blevel\b.*\bdirection\b/);
    const j = io();
    expect(await main(['events', '--db', db, '--limit', '2', '--json'], j.io)).toBe(0);
    expect(j.out).toHaveLength(2);
    expect(j.err.join('\n')).toMatch(/showing 2 of 3/);
    const all = io();
    await main(['events', '--db', db], all.io);
    expect(all.out.join('\n')).not.toMatch(/showing/);
    const p = io();
    expect(await main(['people', '--db', db, '--limit', '1'], p.io)).toBe(0);
    expect(p.out.join('\n')).toMatch(/4 people; showing 1 of 4/);
    const s = io();
    expect(await main(['stats', '--db', db, '--country', 'VNM'], s.io)).toBe(0);
    expect(s.out[0]).toBe('VNM: 2 engagements');
  });

  it('lists the topics with their labels, and shows a person’s offices by term', async () => {
    await ready;
    const t = io();
    expect(await main(['topics', '--json'], t.io)).toBe(0);
    expect(t.out.map((l) => JSON.parse(l).id)).toContain('maritime');
    const p = io();
    expect(await main(['person', '王毅', '--db', db, '--json'], p.io)).toBe(0);
    const person = JSON.parse(p.out.join('\n'));
    expect(person.id).toBe('wang-yi');
    expect(person.offices.map((o: any) => o.role)).toEqual(expect.arrayContaining(['state_councilor', 'foreign_minister']));
    const none = io();
    expect(await main(['person', 'Nobody Atall', '--db', db], none.io)).toBe(2);
  });
});

describe('lead: src/cli/main.ts run directly is the readout command', () => {
  it('prints its help and exits 0 (npx tsx src/cli/main.ts --help)', async () => {
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'main.ts'), '--help'], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: readout/);
  }, 70_000);
});
