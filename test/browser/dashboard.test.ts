/**
 * The dashboard in a real browser: our own synthetic articles (test/browser/fixtures) are ingested
 * into a temporary store, `readout serve`'s server answers on a free port with the built dashboard
 * (dist/web), and headless Chromium (driven by playwright-core) opens every view, filters, follows
 * links, checks that article text is never run as HTML, and collects console errors. Screenshots
 * go to artifacts/screenshots/.
 *
 * Skipped, with the reason printed, when /usr/bin/chromium is missing (apt-get install chromium)
 * or the dashboard is not built (npm run build).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { SqliteStore } from '../../src/store/sqlite-store.js';
import { ingestAll } from '../../src/ingest/ingest-runner.js';
import { readSources } from '../../src/ingest/sources.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const FIXTURES = join(ROOT, 'test', 'browser', 'fixtures');
const SHOTS = join(ROOT, 'artifacts', 'screenshots');
const SERVE_JS = join(ROOT, 'dist', 'server', 'serve.js');

const skipReason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is missing (install it with: apt-get install chromium)`
  : !existsSync(join(ROOT, 'dist', 'web', 'index.html')) || !existsSync(SERVE_JS)
    ? 'dist/web/index.html is missing: run npm run build first'
    : null;
if (skipReason) console.log(`browser test skipped: ${skipReason}`);

interface EventRow { id: string; kind: string; participants: { name: string | null; country: string | null }[] }

describe.skipIf(!!skipReason)('dashboard in Chromium', () => {
  let dir: string;
  let store: SqliteStore;
  let server: { url: string; close: () => Promise<void> };
  let browser: Browser;
  const problems: string[] = [];

  /** A page whose console errors and uncaught exceptions are collected (checked by the last test). */
  async function open(path: string, width = 1280, height = 800): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`${path}: uncaught: ${e.message}`));
    await page.goto(server.url + path);
    return page;
  }
  const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const apiGet = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
  const findEvent = async (q: string, test: (e: EventRow) => boolean): Promise<EventRow> => {
    const { events } = await apiGet<{ events: EventRow[] }>(`/api/events?${q}`);
    const e = events.find(test);
    if (!e) throw new Error(`no fixture event for ${q}`);
    return e;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'readout-browser-'));
    store = new SqliteStore(join(dir, 'web.db'));
    const summary = await ingestAll(store, readSources([FIXTURES]));
    expect(summary.failed, JSON.stringify(summary.failures)).toBe(0);
    // The compiled server: its loadAssets() finds the built dashboard beside it (dist/web); the
    // source module would look in src/web, which holds the unbuilt page.
    const { startServer } = (await import(pathToFileURL(SERVE_JS).href)) as typeof import('../../src/server/serve.js');
    server = await startServer(store, { host: '127.0.0.1', port: 0, token: null });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows the overview of a pair with its charts', async () => {
    const page = await open('/?country=VNM&with=CHN');
    await page.waitForSelector('svg.monthly rect');
    expect(await page.textContent('h1')).toBe('Vietnam and China');
    expect(await page.locator('svg.monthly title').first().textContent()).toBe('Engagements per month by kind');
    expect(await page.locator('.legend li').allTextContents()).toContain('phone call');
    expect(await page.locator('.multiple').count()).toBeGreaterThan(0);
    await page.waitForSelector('.barlist a');
    await shot(page, 'overview-desktop');
    // a counterpart is a link to the pair
    await page.goto(`${server.url}/?country=VNM`);
    await page.getByRole('list', { name: 'Counterparts of Vietnam' }).getByRole('link', { name: 'Laos' }).click();
    await page.waitForURL(/\?country=VNM&with=LAO$/);
    await expect.poll(() => page.textContent('h1')).toBe('Vietnam and Laos');
    await page.close();
  });

  it('filters the events by a pair through the form, bound to the URL', async () => {
    const page = await open('/events');
    await page.waitForSelector('table.events tbody tr');
    const all = await page.locator('table.events tbody tr').count();
    await page.selectOption('select[name=country]', 'VNM');
    await page.selectOption('select[name=with]', 'CHN');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/\/events\?country=VNM&with=CHN$/);
    await expect.poll(() => page.textContent('h1')).toBe('Events: Vietnam – China');
    await page.waitForSelector('table.events tbody tr');
    const rows = page.locator('table.events tbody tr');
    const expected = await apiGet<{ events: EventRow[] }>('/api/events?country=VNM&with=CHN');
    await expect.poll(() => rows.count()).toBe(expected.events.length);
    expect(expected.events.length).toBeGreaterThan(0);
    expect(expected.events.length).toBeLessThan(all);
    for (const text of await rows.allTextContents()) {
      expect(text).toContain('VNM');
      expect(text).toContain('CHN');
      expect(text).not.toContain('LAO');
      expect(text).not.toContain('USA');
    }
    expect(await page.locator('.timeline circle').count()).toBe(expected.events.length);
    await shot(page, 'events-desktop');
    // the URL alone restores the view, and the form shows the filter
    await page.reload();
    await page.waitForSelector('table.events tbody tr');
    expect(await page.inputValue('select[name=country]')).toBe('VNM');
    expect(await page.inputValue('select[name=with]')).toBe('CHN');
    await page.close();
  });

  it('loads more events with the cursor', async () => {
    const total = (await apiGet<{ events: unknown[] }>('/api/events?limit=200')).events.length;
    expect(total).toBeGreaterThan(2);
    const page = await open('/events?limit=2');
    await page.waitForSelector('table.events tbody tr');
    expect(await page.locator('table.events tbody tr').count()).toBe(2);
    for (let n = 2; n < total; n += 2) {
      await page.getByRole('button', { name: 'Load more' }).click();
      await expect.poll(() => page.locator('table.events tbody tr').count()).toBe(Math.min(total, n + 2));
    }
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    const ids = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
    expect(new Set(ids).size).toBe(total);
    await page.close();
  });

  it('shows an event: participants, reports with sides, evidence highlighted, the sides compared', async () => {
    const call = await findEvent('country=VNM&with=CHN&kind=phone_call', () => true);
    const page = await open('/events?country=VNM&with=CHN&kind=phone_call');
    await page.click(`tr[data-event="${call.id}"] a.event-link`);
    await page.waitForURL(new RegExp(`/event/${call.id}$`));
    await page.waitForSelector('article.report');
    expect(await page.textContent('h1')).toMatch(/^Phone call, 3 Mar 2023$/);
    const participants = await page.locator('ul.participants li').allTextContents();
    expect(participants.join(' | ')).toMatch(/Wang Yi.*CHN/);
    expect(participants.join(' | ')).toMatch(/Bui Thanh Son.*VNM/);
    expect(await page.locator('ul.participants a[href="/person/wang-yi"]').count()).toBe(1);
    const reports = page.locator('article.report');
    expect(await reports.count()).toBe(2);
    const heads = await reports.locator('h3').allTextContents();
    expect(heads.sort()).toEqual(['VNA / VietnamPlus', 'Xinhua']);
    expect(await reports.locator('.meta').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Vietnam'), expect.stringContaining('China')]));
    const firstMarks = reports.first().locator('.article-text mark.evidence');
    expect(await firstMarks.count()).toBeGreaterThan(0);
    expect(await firstMarks.first().isVisible()).toBe(true);
    const marked = (await firstMarks.allTextContents()).join(' ');
    expect(marked).toMatch(/phone/i);
    expect(await page.locator('.sides .side').count()).toBe(2);
    expect(await page.locator('.sides .side h3').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('China'), expect.stringContaining('Vietnam')]));
    expect(await page.locator('section.speaker h3').allTextContents()).toEqual(expect.arrayContaining(['Wang Yi', 'Bui Thanh Son']));
    await shot(page, 'event-desktop');
    await page.close();
  });

  it("compares the two sides' accounts: both sides shown, each statement once, what only one side raised marked", async () => {
    const e = await findEvent('country=VNM&with=KHM', () => true);
    const page = await open(`/event/${e.id}`);
    await page.waitForSelector('article.report');
    // three reports: a VNA story, an aggregator's copy of it, and the Cambodian agency's story
    expect(await page.locator('article.report').count()).toBe(3);
    const sides = await page.locator('article.report .report-side').evaluateAll((els) => els.map((x) => x.getAttribute('data-side')));
    expect(sides.sort()).toEqual(['KHM', 'VNM', 'VNM']);
    expect(await page.locator('article.report .kind-of-source').allTextContents()).toEqual(['news agency', 'news agency', 'news agency']);
    // two sides, no unknown one
    expect(await page.locator('.sides .side').evaluateAll((els) => els.map((x) => x.getAttribute('data-side')))).toEqual(['KHM', 'VNM']);
    expect(await page.locator('.sides .side h3').allTextContents()).toEqual([expect.stringContaining('Cambodia'), expect.stringContaining('Vietnam')]);
    // topics only the Cambodian side raised are marked on its side, and on no other
    const onlyKhm = await page.locator('.side[data-side="KHM"] .chip.only').allTextContents();
    expect(onlyKhm.join(' ')).toMatch(/infrastructure/);
    expect(await page.locator('.side[data-side="VNM"] .chip.only').count()).toBe(0);
    // every statement once, however many reports carry it
    const said = (await page.locator('li.statement > blockquote').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(said.length).toBeGreaterThanOrEqual(4);
    expect(new Set(said).size).toBe(said.length);
    expect(said.filter((t) => /Son proposed that the two sides raise two-way trade/.test(t))).toHaveLength(1);
    const proposal = page.locator('li.statement', { hasText: 'raise two-way trade' });
    expect(await proposal.getAttribute('data-sides')).toBe('KHM VNM');
    expect(await proposal.locator('.reported').textContent()).toMatch(/reported by Cambodia and Vietnam \(3 reports\)/);
    // what one side alone said is marked
    const alone = page.locator('li.statement.only', { hasText: 'infrastructure' });
    expect(await alone.locator('.only-mark').textContent()).toBe('only Cambodia’s reports');
    await shot(page, 'event-compare-desktop');
    await page.close();
  });

  it('downloads the listed events in each format, with the list\'s filters', async () => {
    const page = await open('/events?country=VNM&with=KHM');
    await page.waitForSelector('.downloads a.download');
    const links = await page.locator('.downloads a.download').evaluateAll((els) => els.map((a) => [a.getAttribute('data-format'), a.getAttribute('href'), a.hasAttribute('download')]));
    expect(links.map((l) => l[0])).toEqual(['csv', 'jsonl', 'cameo', 'plover']);
    for (const [format, href, download] of links) {
      expect(download).toBe(true);
      expect(href).toBe(`/api/export?format=${format}&country=VNM&with=KHM`);
    }
    const res = await fetch(server.url + links[1][1]);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="readout-events\.jsonl"/);
    const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(1);
    expect(lines[0].reports.map((r: { side: string }) => r.side).sort()).toEqual(['KHM', 'VNM', 'VNM']);
    await page.close();
  });

  it('shows article text containing <script> and <img onerror> as text, never running it', async () => {
    const e = await findEvent('country=VNM&with=CHN&kind=meeting', (x) => x.participants.some((p) => p.name === 'Nong Rong'));
    const page = await open(`/event/${e.id}`);
    await page.waitForSelector('.article-text');
    const text = await page.locator('.article-text').first().textContent();
    expect(text).toContain('<script>window.__pwned = 1</script>');
    expect(text).toContain('<img src=x onerror="window.__pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('main script, main img, main [onerror]').count()).toBe(0);
    await shot(page, 'event-script-text');
    await page.close();
  });

  it('shows a person: offices over time, counterparts, events', async () => {
    const page = await open('/person/wang-yi');
    await page.waitForSelector('table.events tbody tr');
    expect(await page.textContent('h1')).toMatch(/^Wang Yi/);
    expect(await page.locator('.gantt li, ul.plain li').count()).toBeGreaterThan(0);
    // offices by term, under the registry's name, never a word that names no office
    const offices = await page.locator('.gantt .gtitle').allTextContents();
    expect(offices.some((o) => /^(?:Foreign Minister|Minister of Foreign Affairs)/.test(o))).toBe(true);
    expect(offices.join(' ')).not.toMatch(/counterpart/i);
    const countries = await page.getByRole('list', { name: 'Countries Wang Yi met' }).textContent();
    expect(countries).toContain('Vietnam');
    expect(countries).toContain('United States');
    expect(await page.getByRole('list', { name: 'People Wang Yi met' }).getByRole('link', { name: 'Bui Thanh Son' }).count()).toBe(1);
    expect(await page.locator('table.events tbody tr').count()).toBeGreaterThanOrEqual(2);
    await shot(page, 'person-desktop');
    await page.close();
  });

  it('draws the network and a node leads to its events', async () => {
    const net = await apiGet<{ nodes: unknown[]; edges: unknown[] }>('/api/network?nodes=country');
    const page = await open('/network');
    await page.waitForSelector('svg .nodes circle');
    expect(await page.locator('svg .nodes circle').count()).toBe(net.nodes.length);
    expect(await page.locator('svg .edges line:not(.hit)').count()).toBe(net.edges.length);
    await shot(page, 'network-desktop');
    await page.locator('svg .nodes a[href="/events?country=LAO"]').click();
    await page.waitForURL(/\/events\?country=LAO$/);
    await page.waitForSelector('table.events tbody tr');
    for (const t of await page.locator('table.events tbody tr').allTextContents()) expect(t).toContain('LAO');
    await page.goto(`${server.url}/network?nodes=person`);
    await page.waitForSelector('svg .nodes circle');
    expect(await page.locator('svg .nodes a[href="/person/wang-yi"]').count()).toBe(1);
    await shot(page, 'network-person-desktop');
    await page.close();
  });

  it('is readable at 375 px: events as cards, no sideways scrolling', async () => {
    for (const [path, name, ready] of [
      ['/events?country=VNM', 'events-mobile', 'table.events tbody tr'],
      ['/?country=VNM', 'overview-mobile', 'svg.monthly rect'],
    ] as const) {
      const page = await open(path, 375, 800);
      await page.waitForSelector(ready);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      if (name === 'events-mobile') expect(await page.locator('table.events thead').boundingBox().then((b) => b?.width ?? 0)).toBeLessThanOrEqual(1);
      await shot(page, name);
      await page.close();
    }
    const call = await findEvent('country=VNM&with=CHN&kind=phone_call', () => true);
    const page = await open(`/event/${call.id}`, 375, 800);
    await page.waitForSelector('article.report');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await shot(page, 'event-mobile');
    await page.close();
  });

  it('keeps the network readable at 390 px: a list of nodes, and a graph whose labels do not overlap', async () => {
    const net = await apiGet<{ nodes: { id: string }[]; edges: unknown[] }>('/api/network?nodes=country');
    const page = await open('/network', 390, 800);
    await page.waitForSelector('ol.nodelist > li');
    expect(await page.locator('ol.nodelist > li').count()).toBe(net.nodes.length);
    expect(await page.locator('svg .nodes circle').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'network-mobile');
    // a country's counterparts lead to the pair's events
    expect(await page.locator('ol.nodelist a[href^="/events?country="]').count()).toBeGreaterThan(net.nodes.length);
    await page.getByRole('button', { name: 'Draw the graph' }).click();
    await page.waitForSelector('svg .nodes circle');
    const boxes = await page.locator('svg .nodes text').evaluateAll((ts) => ts.map((t) => { const r = t.getBoundingClientRect(); return { l: r.left, r: r.right, t: r.top, b: r.bottom }; }));
    expect(boxes).toHaveLength(net.nodes.length);
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.l < b.r - 1 && b.l < a.r - 1 && a.t < b.b - 1 && b.t < a.b - 1) overlaps.push(`${i}/${j}`);
    }
    expect(overlaps).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(page, 'network-mobile-graph');
    await page.close();
  });

  it('filters events by level and travel, and says how many match and how many lack a date', async () => {
    const page = await open('/events');
    await page.waitForSelector('table.events tbody tr');
    const all = await apiGet<{ total: number; undated: number }>('/api/events');
    expect(await page.textContent('p.count')).toMatch(new RegExp(`^${all.total} events?${all.undated ? `, ${all.undated} without a known date` : ''}`));
    await page.selectOption('select[name=country]', 'VNM');
    await page.selectOption('select[name=direction]', 'inbound');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/direction=inbound/);
    const inbound = await apiGet<{ events: { direction: { to: string } | null }[] }>('/api/events?country=VNM&direction=inbound');
    expect(inbound.events.length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('table.events tbody tr').count()).toBe(inbound.events.length);
    for (const t of await page.locator('table.events tbody td[data-label="Travel"]').allTextContents()) expect(t).toMatch(/→\s*VNM$/);
    await page.goto(`${server.url}/events?level=leaders`);
    const leaders = await apiGet<{ events: unknown[] }>('/api/events?level=leaders');
    if (leaders.events.length) await page.waitForSelector('table.events tbody tr');
    else await page.waitForSelector('p.empty');
    expect(await page.locator('table.events tbody tr').count()).toBe(leaders.events.length);
    await page.close();
  });

  it('works from the keyboard: skip link, navigation, links', async () => {
    const page = await open('/');
    await page.waitForSelector('svg.monthly');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    const names: string[] = [];
    for (let i = 0; i < 4; i++) { await page.keyboard.press('Tab'); names.push(await page.evaluate(() => document.activeElement?.textContent ?? '')); }
    expect(names).toEqual(['readout', 'Overview', 'Events', 'People']);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/events$/);
    await page.waitForSelector('table.events tbody tr');
    // the new view's heading has the focus, and the focus ring is drawn for keyboard users
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('shows API errors as text', async () => {
    // a page of its own: the browser logs the failed request (404) as a console error, which is expected here
    const page = await browser.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (e) => uncaught.push(e.message));
    await page.goto(`${server.url}/event/evt_does-not-exist`);
    await expect.poll(() => page.locator('.error').textContent()).toContain('no event evt_does-not-exist');
    await page.goto(`${server.url}/events?from=yesterday`);
    await expect.poll(() => page.locator('.error').textContent()).toMatch(/Could not load the events: .+/);
    await page.goto(`${server.url}/no/such/view`);
    await expect.poll(() => page.textContent('h1')).toBe('Not found');
    expect(uncaught).toEqual([]);
    await page.close();
  });

  it('keeps a ?token= for the API calls and takes it out of the address bar', async () => {
    // the app as `readout serve --host 0.0.0.0 --token …` builds it (reads need the token), on loopback
    const { createApp } = (await import(pathToFileURL(join(ROOT, 'dist', 'server', 'app.js')).href)) as typeof import('../../src/server/app.js');
    const { loadAssets } = (await import(pathToFileURL(SERVE_JS).href)) as typeof import('../../src/server/serve.js');
    const { serve } = await import('@hono/node-server');
    const app = createApp(store, { token: 'test-token', tokenForReads: true, assets: loadAssets() });
    const guarded = await new Promise<{ url: string; close: () => Promise<void> }>((ok) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => ok({ url: `http://127.0.0.1:${info.port}`, close: () => new Promise((r) => { s.close(() => r()); (s as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(); }) }));
    });
    try {
      const page = await browser.newPage();
      page.on('console', (m) => { if (m.type() === 'error') problems.push(`token page: console error: ${m.text()}`); });
      page.on('pageerror', (e) => problems.push(`token page: uncaught: ${e.message}`));
      await page.goto(`${guarded.url}/events?country=VNM&token=test-token`);
      await page.waitForSelector('table.events tbody tr');
      expect(new URL(page.url()).search).toBe('?country=VNM');
      expect(await page.evaluate(() => sessionStorage.getItem('readout.token'))).toBe('test-token');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
      await page.waitForSelector('table.people tbody tr');
      await page.close();
      // without it the page itself is refused, with the reason as text (the dashboard holds data)
      const bare = await browser.newPage();
      const refused = await bare.goto(`${guarded.url}/events`);
      expect(refused?.status()).toBe(401);
      expect(await bare.locator('body').textContent({ timeout: 5000 })).toContain('needs a token');
      await bare.close();
    } finally {
      await guarded.close();
    }
  });

  it('logged no console errors and threw no uncaught exceptions', () => {
    expect(problems).toEqual([]);
  });
});
