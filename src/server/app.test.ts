import { describe, it, expect, beforeAll } from 'vitest';
import { createApp } from './app.js';
import { openApiDocument } from './openapi.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { docInput } from '../store/store.contract.js';
import { extract } from '../extract.js';
import { textHash } from '../store/store.js';
import { TEST_DOCS } from '../store/contract-docs.js';
import { FILTERS, LIMITS } from '../vocabulary/filters.js';
import { KINDS, LEVELS, DIRECTIONS } from '../vocabulary/terms.js';
import { topicList } from '../vocabulary/context.js';

let app: ReturnType<typeof createApp>;
let tokenApp: ReturnType<typeof createApp>;
let store: SqliteStore;

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  for (const d of TEST_DOCS) await store.ingest(docInput(d));
  const assets = new Map([
    ['/index.html', { body: new TextEncoder().encode('<!doctype html><title>readout</title>'), type: 'text/html; charset=utf-8' }],
    ['/assets/app.js', { body: new TextEncoder().encode('console.log(1)'), type: 'text/javascript' }],
  ]);
  app = createApp(store, { assets });
  tokenApp = createApp(new SqliteStore(':memory:'), { token: 's3cret', tokenForReads: true, assets });
});

const json = async (res: Response) => ({ status: res.status, body: await res.json() as any });

describe('read endpoints', () => {
  it('lists events with filters, paginated by cursor', async () => {
    const { status, body } = await json(await app.request('/api/events?country=VNM&with=CHN'));
    expect(status).toBe(200);
    expect(body.events).toHaveLength(1);
    expect(body.events[0]).toMatchObject({ kind: 'phone_call', date: '2022-03-02', reports: 2 });
    const p1 = await json(await app.request('/api/events?limit=1'));
    expect(p1.body.events).toHaveLength(1);
    const p2 = await json(await app.request(`/api/events?limit=1&cursor=${p1.body.next}`));
    expect(p2.body.events[0].id).not.toBe(p1.body.events[0].id);
  });

  it('gives one event with reports, comparison and texts', async () => {
    const id = (await json(await app.request('/api/events?country=VNM&with=CHN'))).body.events[0].id;
    const { status, body } = await json(await app.request(`/api/events/${id}`));
    expect(status).toBe(200);
    expect(body.event.reports_full).toHaveLength(2);
    expect(body.comparison.sides.map((s: any) => s.side).sort()).toEqual(['CHN', 'VNM']);
    expect(Object.keys(body.texts).sort()).toEqual(['cn-call', 'vn-call']);
  });

  it('answers people, a person, countries, stats, network, search and documents', async () => {
    expect((await json(await app.request('/api/people?q=Wang'))).body.people[0].id).toBe('wang-yi');
    const person = await json(await app.request('/api/people/wang-yi'));
    expect(person.body.events.length).toBe(2);
    expect((await json(await app.request('/api/countries'))).body.countries.find((c: any) => c.country === 'VNM').name).toMatch(/Viet/);
    const stats = await json(await app.request('/api/stats?country=VNM&with=CHN'));
    expect(stats.body.byMonth).toEqual([{ month: '2022-03', phone_call: 1 }]);
    const all = await json(await app.request('/api/stats'));
    expect(all.body.byYear.reduce((n: number, r: any) => n + r.events, 0)).toBe(3);
    expect((await json(await app.request('/api/topics'))).body.topics.map((t: any) => t.id)).toContain('maritime');
    const net = await json(await app.request('/api/network?nodes=country'));
    expect(net.body.edges.find((e: any) => e.source === 'CHN' && e.target === 'VNM').weight).toBe(1);
    expect((await json(await app.request('/api/search?q=Belt%20and%20Road'))).body.events).toHaveLength(1);
    expect((await json(await app.request('/api/documents/vn-lao'))).body.extraction.events).toHaveLength(1);
  });

  it('answers bad parameters with a clear 400 and unknown things with 404, never a stack trace', async () => {
    for (const [url, msg] of [
      ['/api/events?limit=0', /limit/], ['/api/events?limit=9999', /limit/], ['/api/events?kind=dinner', /kind/],
      ['/api/events?from=yesterday', /from/], ['/api/events?with=CHN', /with needs/], ['/api/events?colour=red', /unknown parameter/],
      ['/api/events?cursor=zzz', /cursor/], ['/api/stats?with=CHN', /with needs/], ['/api/network?nodes=planet', /nodes/], ['/api/network?level=planet', /level/], ['/api/search', /q/],
    ] as const) {
      const { status, body } = await json(await app.request(url));
      expect(status, url).toBe(400);
      expect(body.error, url).toMatch(msg);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(?:js|ts):\d+/);
    }
    expect((await app.request('/api/events/evt_nope')).status).toBe(404);
    expect((await app.request('/api/nothing')).status).toBe(404);
  });
});

describe('names as written and in English (issue 9)', () => {
  it('gives a participant named in Chinese its English form beside the name as written', async () => {
    const zh = new SqliteStore(':memory:');
    const text = '2022年3月2日，国务委员兼外长王毅同越南外长裴青山通电话。';
    const extraction = extract(text, { id: 'zh-call', published: '2022-03-03' });
    await zh.ingest({ ...docInput(TEST_DOCS[0]), docId: 'zh-call', hash: textHash(text), text, language: 'zh', title: null, published: '2022-03-03', extraction });
    const { body } = await json(await createApp(zh).request('/api/events'));
    const ps = body.events[0].participants;
    expect(ps.find((p: any) => p.id === 'wang-yi')).toMatchObject({ name: '王毅', name_en: 'Wang Yi' });
    // a name the registry writes the same way gets none
    const en = await json(await app.request('/api/events?country=VNM&with=CHN'));
    expect(en.body.events[0].participants.every((p: any) => p.name_en === undefined)).toBe(true);
  });
});

describe('the vocabulary in the API (issue 10)', () => {
  it('answers a value outside the vocabulary with 400, the parameter and the allowed values', async () => {
    const kind = await json(await app.request('/api/events?kind=dinner'));
    expect(kind.status).toBe(400);
    expect(kind.body).toMatchObject({ parameter: 'kind', allowed: [...KINDS] });
    const topic = await json(await app.request('/api/events?topic=foo'));
    expect(topic.body.allowed).toEqual(topicList().map((t) => t.id));
    expect((await json(await app.request('/api/stats?level=kings'))).body).toMatchObject({ parameter: 'level', allowed: [...LEVELS] });
    const from = await json(await app.request('/api/events?from=2021-13'));
    expect(from.status).toBe(400);
    expect(from.body).toMatchObject({ parameter: 'from', expected: 'YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(from.body.error).toMatch(/month 13/);
    const country = await json(await app.request('/api/events?country=XYZ'));
    expect(country.body).toMatchObject({ parameter: 'country' });
    expect(country.body.error).toMatch(/unknown country/);
    const unknown = await json(await app.request('/api/people?colour=red'));
    expect(unknown.body).toMatchObject({ parameter: 'colour', allowed: ['q', 'limit'] });
  });

  it('says how many events and people match, and how many events lack a date', async () => {
    const page = await json(await app.request('/api/events?limit=1'));
    expect(page.body).toMatchObject({ total: 3, undated: 0, exact: true });
    expect(page.body.events).toHaveLength(1);
    expect(page.body.events[0].level).toBe('ministers');
    const people = await json(await app.request('/api/people?limit=1'));
    expect(people.body.people).toHaveLength(1);
    expect(people.body.total).toBeGreaterThan(1);
    const stats = await json(await app.request('/api/stats?country=VN'));
    expect([stats.body.total, stats.body.undated]).toEqual([2, 0]);
    const person = await json(await app.request(`/api/people/${encodeURIComponent('Vương Nghị')}`));
    expect(person.body.person.id).toBe('wang-yi');
    expect(person.body.total).toBe(2);
  });

  it('lists in its OpenAPI document the same filters and values it validates', () => {
    const doc = openApiDocument() as any;
    const params = new Map<string, any>(doc.paths['/api/events'].get.parameters.map((p: any) => [p.name, p.schema]));
    expect([...params.keys()]).toEqual([...FILTERS.map((f) => f.name), 'limit', 'cursor', 'order']);
    expect(params.get('kind').enum).toEqual([...KINDS]);
    expect(params.get('level').enum).toEqual([...LEVELS]);
    expect(params.get('direction').enum).toEqual([...DIRECTIONS]);
    expect(params.get('topic').enum).toEqual(topicList().map((t) => t.id));
    expect(params.get('limit').maximum).toBe(LIMITS.events.api);
    expect(doc.components.schemas.Kind.enum).toEqual([...KINDS]);
    const stats = doc.paths['/api/stats'].get.parameters.map((p: any) => p.name);
    expect(stats).toEqual(FILTERS.map((f) => f.name));
  });
});

describe('hostile parameters', () => {
  it('treats SQL and FTS syntax in parameters as plain values', async () => {
    for (const q of ["person=' OR 1=1 --", 'person=x%22%3B DROP TABLE documents%3B--', 'text=%22) OR 1=1 --', 'text=NEAR(a b)']) {
      const { status, body } = await json(await app.request(`/api/events?${q}`));
      expect(status, q).toBe(200);
      expect(body.events, q).toHaveLength(0);
    }
    // a value outside the vocabulary is refused before it reaches a query
    for (const q of ['topic=trade%27 OR %271%27=%271', "country=VNM' OR 1=1 --", 'kind=meeting%27--', "level=leaders'"]) {
      const { status, body } = await json(await app.request(`/api/events?${q}`));
      expect(status, q).toBe(400);
      expect(body.parameter, q).toBe(q.split('=')[0]);
    }
    expect((await json(await app.request('/api/events'))).body.events).toHaveLength(3);
  });
});

describe('response cache', () => {
  it('answers a repeated read from the cache and a changed store afresh', async () => {
    const s = new SqliteStore(':memory:');
    const a = createApp(s, { token: 't' });
    await s.ingest(docInput(TEST_DOCS[0]));
    const first = await a.request('/api/events');
    expect(first.headers.get('x-cache')).toBeNull();
    const second = await a.request('/api/events');
    expect(second.headers.get('x-cache')).toBe('hit');
    expect(await second.json()).toEqual(await first.json());
    await s.ingest(docInput(TEST_DOCS[2]));
    const third = await a.request('/api/events');
    expect(third.headers.get('x-cache')).toBeNull();
    expect(((await third.json()) as any).events).toHaveLength(2);
    await s.close();
  });
});

describe('writes and tokens', () => {
  it('refuses writes without a configured token', async () => {
    const res = await app.request('/api/documents', { method: 'POST', body: JSON.stringify({ text: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(403);
  });

  it('needs the token on every request when configured for reads, and stores a posted document', async () => {
    expect((await tokenApp.request('/api/events')).status).toBe(401);
    const auth = { authorization: 'Bearer s3cret', 'content-type': 'application/json' };
    expect((await tokenApp.request('/api/events', { headers: auth })).status).toBe(200);
    const bad = await tokenApp.request('/api/documents', { method: 'POST', headers: auth, body: JSON.stringify({ text: 'a', html: 'b' }) });
    expect(bad.status).toBe(400);
    const res = await tokenApp.request('/api/documents', { method: 'POST', headers: auth, body: JSON.stringify({ id: 'posted', text: TEST_DOCS[2].text, published: '2023-11-23' }) });
    expect(res.status).toBe(201);
    const body = await res.json() as any;
    expect(body.document.events[0].participants.map((p: any) => p.country).sort()).toEqual(['LAO', 'VNM']);
    const again = await tokenApp.request('/api/documents', { method: 'POST', headers: auth, body: JSON.stringify({ id: 'posted', text: TEST_DOCS[2].text }) });
    expect(again.status).toBe(200);
    const wrong = await tokenApp.request('/api/documents', { method: 'POST', headers: { ...auth, authorization: 'Bearer nope' }, body: '{}' });
    expect(wrong.status).toBe(401);
  });

  it('caps the body size', async () => {
    const auth = { authorization: 'Bearer s3cret', 'content-type': 'application/json' };
    const big = JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) });
    expect((await tokenApp.request('/api/documents', { method: 'POST', headers: auth, body: big })).status).toBe(413);
  });
});

describe('dashboard files', () => {
  it('serves the single-page app for view paths and assets by name, never from the disk', async () => {
    const page = await app.request('/event/evt_x');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>readout');
    expect((await app.request('/assets/app.js')).headers.get('content-type')).toMatch(/javascript/);
    for (const p of ['/../../etc/passwd', '/assets/../../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/package.json']) {
      const res = await app.request(p);
      const text = await res.text();
      expect(text, p).not.toMatch(/root:|"name": "readout"/);
    }
  });
});

describe('OpenAPI document', () => {
  it('describes exactly the routes the app answers', () => {
    const doc = openApiDocument();
    const described = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`)).sort();
    const routed = app.routes
      .filter((r) => r.path.startsWith('/api/') || r.path === '/openapi.json')
      .filter((r) => r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path}`);
    expect([...new Set(routed)].sort()).toEqual(described);
    expect(doc.openapi).toBe('3.1.0');
  });
});
