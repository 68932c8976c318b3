/**
 * The API against an attacker (issue 12): no local files and no internal addresses through a posted
 * URL, no DNS rebinding, dates checked, the token guarding the dashboard and the API description,
 * a CSP on every answer.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.js';
import { allowedHostsFor } from './serve.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { TEST_DOCS } from '../store/contract-docs.js';

const auth = { authorization: 'Bearer s3cret', 'content-type': 'application/json' };
const assets = new Map([
  ['/index.html', { body: new TextEncoder().encode('<!doctype html><title>readout</title>'), type: 'text/html; charset=utf-8' }],
  ['/assets/app.js', { body: new TextEncoder().encode('console.log(1)'), type: 'text/javascript' }],
]);

// a server on loopback that counts what it is asked: a refused URL must reach it never
let local: Server;
let base: string;
const hits: string[] = [];
beforeAll(async () => {
  local = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(TEST_DOCS[0].text);
  });
  await new Promise<void>((r) => local.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => local.close(() => r())));

const post = (app: ReturnType<typeof createApp>, body: unknown) => app.request('/api/documents', { method: 'POST', headers: auth, body: JSON.stringify(body) });

describe('POST /api/documents: a url is an http(s) URL on the public network, never a path', () => {
  it.each(['/etc/passwd', '.', '/', 'README.md', 'file:///etc/passwd', 'ftp://example.org/x', 'javascript:alert(1)', '../../etc/hosts'])('refuses %j with 400 and stores nothing', async (url) => {
    const store = new SqliteStore(':memory:');
    const app = createApp(store, { token: 's3cret' });
    const res = await post(app, { url });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatch(/http:\/\/ or https:\/\//);
    expect(await store.documentIds()).toEqual([]);
  });

  it('refuses loopback, private, link-local and metadata addresses, without connecting', async () => {
    const store = new SqliteStore(':memory:');
    const app = createApp(store, { token: 's3cret' });
    const before = hits.length;
    for (const url of [`${base}/internal`, `http://localhost:${(local.address() as AddressInfo).port}/x`, 'http://[::1]:9/x', 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://[::ffff:127.0.0.1]/', 'http://0.0.0.0/']) {
      const res = await post(app, { url });
      const body = (await res.json()) as any;
      expect(res.status, url).toBe(400);
      expect(body.error, url).toMatch(/refused/);
    }
    expect(hits.length).toBe(before);
    expect(await store.documentIds()).toEqual([]);
  });

  it('refuses a host name that resolves to a private address (the check follows DNS)', async () => {
    const app = createApp(new SqliteStore(':memory:'), { token: 's3cret', lookup: async () => [{ address: '10.1.2.3', family: 4 }] });
    const res = await post(app, { url: 'http://intranet.example/page' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatch(/10\.1\.2\.3.*private/);
  });
});

describe('POST /api/documents: dates', () => {
  it.each(['2022-13-45', '2021-02-29', '2022-04-31', '2022-00-01', 'yesterday', '2022-3-3'])('refuses published %j with 400 and says what is allowed', async (published) => {
    const app = createApp(new SqliteStore(':memory:'), { token: 's3cret' });
    const res = await post(app, { text: TEST_DOCS[0].text, published });
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toMatch(/^published must be (YYYY-MM-DD|a real date)/);
  });

  it('accepts a real date', async () => {
    const app = createApp(new SqliteStore(':memory:'), { token: 's3cret' });
    expect((await post(app, { text: TEST_DOCS[0].text, published: '2020-02-29' })).status).toBe(201);
  });
});

describe('Host header (DNS rebinding)', () => {
  const allowedHosts = allowedHostsFor('127.0.0.1', 7300);
  const app = createApp(new SqliteStore(':memory:'), { allowedHosts, assets });

  it.each(['127.0.0.1:7300', 'localhost:7300', '[::1]:7300', 'LOCALHOST:7300', '127.0.0.1'])('answers Host %j', async (host) => {
    expect((await app.request('/api/events', { headers: { host } })).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:7300', '127.0.0.1.evil.example:7300', 'localhost:7301', ''])('refuses Host %j with 421, on the API and the dashboard', async (host) => {
    for (const path of ['/api/events', '/', '/openapi.json']) {
      const res = await app.request(path, { headers: { host } });
      expect(res.status, path).toBe(421);
      expect(((await res.json()) as any).error).toMatch(/host name/);
    }
  });

  it('on a wildcard address answers the loopback names and the given names', () => {
    const h = allowedHostsFor('0.0.0.0', 80, ['news.internal']);
    expect(h.has('news.internal:80')).toBe(true);
    expect(h.has('localhost:80')).toBe(true);
    expect(h.has('evil.example:80')).toBe(false);
  });
});

describe('the token guards the dashboard and the API description too', () => {
  const app = createApp(new SqliteStore(':memory:'), { token: 's3cret', tokenForReads: true, assets });

  it.each(['/', '/events', '/openapi.json', '/api/events'])('%s needs the token', async (path) => {
    expect((await app.request(path)).status).toBe(401);
    expect((await app.request(path, { headers: { authorization: 'Bearer s3cret' } })).status).toBe(200);
    expect((await app.request(path, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
  });

  it('the page opened with ?token= sets an HttpOnly cookie that opens the page and reads, not writes', async () => {
    const res = await app.request('/?token=s3cret');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/readout_token=s3cret/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const c = { cookie: 'readout_token=s3cret' };
    expect((await app.request('/events', { headers: c })).status).toBe(200);
    expect((await app.request('/api/events', { headers: c })).status).toBe(200);
    expect((await app.request('/api/documents', { method: 'POST', headers: { ...c, 'content-type': 'application/json' }, body: JSON.stringify({ text: 'x' }) })).status).toBe(401);
  });

  it('static dashboard files hold no data and need no token', async () => {
    expect((await app.request('/assets/app.js')).status).toBe(200);
  });

  it('on loopback without tokenForReads, the dashboard opens without one', async () => {
    const open = createApp(new SqliteStore(':memory:'), { token: 's3cret', assets });
    expect((await open.request('/')).status).toBe(200);
    expect((await open.request('/openapi.json')).status).toBe(200);
  });
});

describe('Content-Security-Policy', () => {
  const app = createApp(new SqliteStore(':memory:'), { assets });
  it.each(['/api/events', '/openapi.json', '/api/nowhere', '/api/events?limit=0'])('JSON answer %s carries a CSP that allows nothing', async (path) => {
    const res = await app.request(path);
    expect(res.headers.get('content-type')).toMatch(/json/);
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
  it('the dashboard page carries its own', async () => {
    expect((await app.request('/')).headers.get('content-security-policy')).toMatch(/script-src 'self'/);
  });
});
