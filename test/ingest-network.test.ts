/**
 * Fetching for ingest against servers on loopback (never another address): only public addresses
 * unless allowed, on the first URL, on every redirect and for feed items; RSS 2.0 and Atom feeds,
 * capped, fetched a few at a time within a time budget; JSON Lines of any size; symlink loops.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readSources, readUrl, fileLines, type SourceResult, type SourceOptions } from '../src/ingest/sources.js';
import { fetchUrl, DEFAULT_LIMITS } from '../src/ingest/fetcher.js';
import { walkInputs } from '../src/input/inputs.js';
import { main } from '../src/cli/main.js';
import type { Io } from '../src/cli/io.js';
import { TEST_DOCS } from '../src/store/contract-docs.js';

let server: Server;
let port: number;
let base: string;
const hits: string[] = [];
let inFlight = 0, maxInFlight = 0;

/** our own sentence, 外交部长同泰国外长通电话。, in GBK as older Chinese sites serve it */
const GBK_CALL = Buffer.from([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0xb3, 0xa4, 0xcd, 0xac, 0xcc, 0xa9, 0xb9, 0xfa, 0xcd, 0xe2, 0xb3, 0xa4, 0xcd, 0xa8, 0xb5, 0xe7, 0xbb, 0xb0, 0xa1, 0xa3]);
const article = (i: number) => `<html><head><title>Item ${i}</title></head><body><article><p>${TEST_DOCS[i % TEST_DOCS.length].text.replace(/\n+/g, '</p><p>')}</p></article></body></html>`;
const rss = (links: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><link>${base}/</link><description>d</description>
${links.map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><pubDate>Wed, 02 Mar 2022 10:00:00 GMT</pubDate><guid>${l}</guid></item>`).join('\n')}
</channel></rss>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = req.url ?? '/';
    hits.push(url);
    inFlight++; maxInFlight = Math.max(maxInFlight, inFlight);
    const done = (status: number, headers: Record<string, string>, body?: string | Buffer) => { inFlight--; res.writeHead(status, headers); res.end(body); };
    const m = /^\/slow\/(\d+)/.exec(url);
    if (m) { setTimeout(() => done(200, { 'content-type': 'text/html' }, article(Number(m[1]))), 300); return; }
    if (url === '/page') return done(200, { 'content-type': 'text/plain' }, TEST_DOCS[0].text);
    if (url === '/gbk-page') return done(200, { 'content-type': 'text/plain; charset=GB2312' }, GBK_CALL);
    if (url === '/gzip') return done(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, gzipSync(TEST_DOCS[1].text));
    if (url === '/bomb') return done(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, gzipSync(Buffer.alloc(20 * 1024 * 1024, 'a')));
    if (url === '/to-loopback') return done(302, { location: `http://127.0.0.2:${port}/secret` });
    if (url === '/to-metadata') return done(302, { location: 'http://169.254.169.254/latest/meta-data/' });
    if (url === '/to-intranet') return done(301, { location: `http://intranet.test:${port}/secret` });
    if (url === '/to-file') return done(302, { location: 'file:///etc/passwd' });
    if (url === '/to-page') return done(302, { location: '/page' });
    if (url.startsWith('/item/')) return done(200, { 'content-type': 'text/html' }, article(Number(url.slice(6))));
    if (url === '/feed.xml') return done(200, { 'content-type': 'application/rss+xml' }, rss([0, 1, 2].map((i) => `${base}/item/${i}`)));
    if (url === '/atom.xml') {
      return done(200, { 'content-type': 'application/atom+xml' }, `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
<entry><title>E</title><link rel="enclosure" href="${base}/nothing.mp3"/><link rel="alternate" href="${base}/item/3"/><updated>2022-03-04T00:00:00Z</updated></entry></feed>`);
    }
    if (url === '/big-feed.xml') return done(200, { 'content-type': 'application/rss+xml' }, rss([0, 1, 2, 3, 4, 5].map((i) => `${base}/item/${i}`)));
    if (url === '/slow-feed.xml') return done(200, { 'content-type': 'application/rss+xml' }, rss([0, 1, 2, 3, 4, 5].map((i) => `${base}/slow/${i}`)));
    if (url === '/inward-feed.xml') return done(200, { 'content-type': 'application/rss+xml' }, rss([`${base}/item/0`, `http://127.0.0.3:${port}/secret`, 'http://[::1]/secret']));
    done(404, { 'content-type': 'text/plain' }, 'no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const all = async (it: AsyncIterable<SourceResult>) => { const out: SourceResult[] = []; for await (const r of it) out.push(r); return out; };
/** this test server's address allowed, every other private address refused */
const only = (extra: Partial<SourceOptions> = {}): SourceOptions => ({ limits: { ...DEFAULT_LIMITS, timeoutMs: 5000, policy: { allowPrivate: false, allowAddresses: ['127.0.0.1'], lookup: async (h) => [{ address: h === 'intranet.test' ? '10.0.0.7' : '127.0.0.1', family: 4 }] } }, ...extra });

describe('fetching: public addresses only unless allowed', () => {
  it('refuses a loopback URL by default, without connecting', async () => {
    const before = hits.length;
    await expect(fetchUrl(`${base}/page`)).rejects.toThrow(/refused: 127\.0\.0\.1 is a 127\.0\.0\.0\/8 loopback address/);
    await expect(fetchUrl(`http://localhost:${port}/page`)).rejects.toThrow(/refused: localhost resolves to/);
    expect(hits.length).toBe(before);
  });

  it('fetches it when private addresses are allowed, decompressing, within the size cap', async () => {
    const allow = { ...DEFAULT_LIMITS, policy: { allowPrivate: true } };
    expect((await fetchUrl(`${base}/page`, allow)).body.toString()).toBe(TEST_DOCS[0].text);
    expect((await fetchUrl(`${base}/gzip`, allow)).body.toString()).toBe(TEST_DOCS[1].text);
    await expect(fetchUrl(`${base}/bomb`, { ...allow, maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than/);
  });

  it.each(['/to-loopback', '/to-metadata', '/to-intranet'])('refuses a redirect inward (%s), without following it', async (path) => {
    const before = hits.filter((h) => h === '/secret').length;
    await expect(fetchUrl(`${base}${path}`, only().limits)).rejects.toThrow(/refused: .*redirected to/);
    expect(hits.filter((h) => h === '/secret').length).toBe(before);
  });

  it('reads a page in the charset its server declares (Content-Type: text/plain; charset=GB2312)', async () => {
    const items: SourceResult[] = [];
    for await (const r of readUrl(`${base}/gbk-page`, only())) items.push(r);
    expect(items).toHaveLength(1);
    expect(items[0].ok && items[0].item.content).toBe('外交部长同泰国外长通电话。');
  });

  it('refuses a redirect to another scheme and follows one to a public page', async () => {
    await expect(fetchUrl(`${base}/to-file`, only().limits)).rejects.toThrow(/unsupported URL scheme file:/);
    expect((await fetchUrl(`${base}/to-page`, only().limits)).url).toBe(`${base}/page`);
  });
});

describe('feeds', () => {
  it('reads an RSS 2.0 feed (links are text inside <link>) and each item page', async () => {
    const rs = await all(readUrl(`${base}/feed.xml`, only()));
    expect(rs.map((r) => r.ok)).toEqual([true, true, true]);
    const items = rs.flatMap((r) => (r.ok ? [r.item] : []));
    expect(items.map((i) => i.url)).toEqual([0, 1, 2].map((i) => `${base}/item/${i}`));
    expect(items[0]).toMatchObject({ published: '2022-03-02', format: 'html' });
  });

  it('reads an Atom feed, taking the alternate link', async () => {
    const rs = await all(readUrl(`${base}/atom.xml`, only()));
    expect(rs).toHaveLength(1);
    expect(rs[0].ok && rs[0].item.url).toBe(`${base}/item/3`);
  });

  it('refuses feed items on internal addresses, one by one', async () => {
    const rs = await all(readUrl(`${base}/inward-feed.xml`, only()));
    expect(rs[0].ok).toBe(true);
    expect(rs.slice(1).map((r) => (r.ok ? 'ok' : r.reason))).toEqual([expect.stringMatching(/refused/), expect.stringMatching(/refused/)]);
  });

  it('caps the items of a feed and says so as a note, not a failure', async () => {
    const rs = await all(readUrl(`${base}/big-feed.xml`, only({ maxFeedItems: 2 })));
    expect(rs[0]).toMatchObject({ ok: false, warning: true, reason: expect.stringMatching(/6 items; the first 2 were read/) });
    expect(rs.slice(1).every((r) => r.ok)).toBe(true);
    expect(rs).toHaveLength(3);
  });

  it('fetches items a few at a time, in the feed order, and stops at the time budget', async () => {
    maxInFlight = 0;
    const t0 = performance.now();
    const rs = await all(readUrl(`${base}/slow-feed.xml`, only({ feedConcurrency: 2 })));
    expect(rs.every((r) => r.ok)).toBe(true);
    expect(rs.map((r) => r.ok && r.item.url)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${base}/slow/${i}`));
    expect(maxInFlight).toBeLessThanOrEqual(2);
    expect(performance.now() - t0).toBeGreaterThan(800); // 3 rounds of 300 ms
    const cut = await all(readUrl(`${base}/slow-feed.xml`, only({ feedConcurrency: 1, feedBudgetMs: 500 })));
    const notFetched = cut.filter((r) => !r.ok && /time budget/.test(r.reason));
    expect(notFetched.length).toBeGreaterThanOrEqual(3);
  });
});

describe('JSON Lines of any size', () => {
  it('streams a file over 16 MB line by line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-jsonl-'));
    const path = join(dir, 'big.jsonl');
    const fd = openSync(path, 'w');
    const text = 'x'.repeat(10_000);
    for (let i = 0; i < 1800; i++) writeSync(fd, JSON.stringify({ id: `d${i}`, text: `${i} ${text}` }) + '\n');
    writeSync(fd, '{"id": "last", "text": "no newline at the end"}');
    closeSync(fd);
    let n = 0, last = '';
    for await (const r of readSources([path])) { expect(r.ok).toBe(true); n++; if (r.ok) last = r.item.id; }
    expect(n).toBe(1801);
    expect(last).toBe('last');
  });

  it('skips a line over the line cap without holding it, and goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-jsonl-'));
    const path = join(dir, 'lines.jsonl');
    writeFileSync(path, `short\n${'y'.repeat(5000)}\nafter\r\n\nend`);
    const lines: [number, string | null][] = [];
    for await (const l of fileLines(path, 1000)) lines.push([l.n, l.bytes ? l.bytes.toString() : null]);
    expect(lines).toEqual([[1, 'short'], [2, null], [3, 'after\r'], [4, ''], [5, 'end']]);
  });
});

describe('symbolic link loops', () => {
  it('walks a folder with a link back to itself once, and ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-loop-'));
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'one.txt'), TEST_DOCS[0].text);
    writeFileSync(join(dir, 'a', 'b', 'two.txt'), TEST_DOCS[1].text);
    symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'up'));
    symlinkSync('.', join(dir, 'a', 'self'));
    symlinkSync(join(dir, 'a', 'x1'), join(dir, 'a', 'x2'));
    symlinkSync(join(dir, 'a', 'x2'), join(dir, 'a', 'x1')); // a loop of file links: ELOOP
    const { inputs } = walkInputs([join(dir, 'a')]);
    expect(inputs.map((i) => i.id).sort()).toEqual(['one', 'two']);
    const rs = await all(readSources([join(dir, 'a')]));
    expect(rs.filter((r) => r.ok)).toHaveLength(2);
    const t = cliIo();
    expect(await main(['extract', join(dir, 'a'), '--compact'], t.io)).toBe(0);
    expect(t.out).toHaveLength(2);
  });
});

function cliIo() {
  const out: string[] = [], err: string[] = [];
  const io: Io = { out: (l) => out.push(l), err: (l) => err.push(l), readStdin: async () => Buffer.alloc(0), isTTY: false };
  return { io, out, err };
}

describe('readout ingest URL', () => {
  it('refuses a loopback URL unless --allow-private-network is given', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'readout-net-'));
    const db = join(dir, 'r.db');
    const t = cliIo();
    expect(await main(['ingest', `${base}/feed.xml`, '--db', db], t.io)).toBe(1);
    expect(t.err.join('\n')).toMatch(/refused: 127\.0\.0\.1 is a 127\.0\.0\.0\/8 loopback address .*--allow-private-network/);
    const u = cliIo();
    // (what the run said goes with a failure: once, on a loaded machine, this run ended 1 and nothing said why)
    const code = await main(['ingest', `${base}/feed.xml`, '--db', db, '--allow-private-network', '--json'], u.io);
    expect(code, [...u.err, ...u.out].join('\n')).toBe(0);
    expect(JSON.parse(u.out[0])).toMatchObject({ new: 3, failed: 0 });
  });
});

describe('ingest keeps what reading the HTML said', () => {
  it('stores html/too-deep in the extraction of a page nested 9,000 deep, and reports it', async () => {
    const { SqliteStore } = await import('../src/store/sqlite-store.js');
    const { ingestAll } = await import('../src/ingest/ingest-runner.js');
    const dir = mkdtempSync(join(tmpdir(), 'readout-deep-'));
    writeFileSync(join(dir, 'deep.html'), `<html><head><title>Talks</title></head><body>${'<div>'.repeat(9000)}<p>${TEST_DOCS[0].text}</p>${'</div>'.repeat(9000)}</body></html>`);
    const store = new SqliteStore(':memory:');
    const said: string[] = [];
    const s = await ingestAll(store, readSources([dir]), { onWarnings: (origin, ws) => said.push(...ws.map((w) => `${origin.replace(/^.*\//, '')} ${w.rule}`)) });
    expect(s.new).toBe(1);
    expect(said).toContain('deep.html html/too-deep');
    const d = await store.document('deep');
    expect(d!.extraction.warnings!.map((w) => w.rule)).toContain('html/too-deep');
    expect(d!.extraction.events.length).toBeGreaterThan(0);
    await store.close();
  });
});
