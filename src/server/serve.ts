/**
 * Starts the API and dashboard server (`readout serve`): loopback by default; any other address
 * needs a token, which every request must then carry.
 */
import { serve } from '@hono/node-server';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostname, networkInterfaces } from 'node:os';
import { createApp } from './app.js';
import { WorkerExtractor } from '../ingest/worker-extractor.js';
import type { Store } from '../store/store.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json', '.woff2': 'font/woff2', '.map': 'application/json',
};

/** The package's root: the first folder above this module that holds package.json (works from src/ and dist/). */
function packageRoot(): string {
  let d = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}

/** The built dashboard (dist/web), read into memory once: requests are answered from this map only. */
export function loadAssets(dir = join(packageRoot(), 'dist', 'web')): Map<string, { body: Uint8Array; type: string }> | undefined {
  if (!existsSync(join(dir, 'index.html'))) return undefined;
  const out = new Map<string, { body: Uint8Array; type: string }>();
  const walk = (d: string, prefix: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p, `${prefix}/${n}`);
      else out.set(`${prefix}/${n}`, { body: readFileSync(p), type: TYPES[extname(n)] ?? 'application/octet-stream' });
    }
  };
  walk(dir, '');
  return out;
}

export const isLoopback = (host: string) => host === '127.0.0.1' || host === '::1' || host === 'localhost';

/**
 * The Host header values a server bound to `host`:`port` answers to: the bound address and, on
 * loopback, the loopback names; on a wildcard address, this machine's name and interface addresses;
 * and the names given with --allowed-host. With and without the port (a proxy may drop it).
 */
export function allowedHostsFor(host: string, port: number, extra: string[] = []): Set<string> {
  const names = new Set<string>([host, ...extra]);
  if (isLoopback(host)) for (const n of ['127.0.0.1', '::1', 'localhost']) names.add(n);
  if (host === '0.0.0.0' || host === '::') {
    names.add(hostname());
    for (const n of ['127.0.0.1', '::1', 'localhost']) names.add(n);
    for (const addrs of Object.values(networkInterfaces())) for (const a of addrs ?? []) names.add(a.address);
  }
  const out = new Set<string>();
  for (const n of names) {
    const h = n.toLowerCase();
    const bracketed = h.includes(':') && !h.startsWith('[') ? `[${h}]` : h;
    out.add(bracketed);
    out.add(`${bracketed}:${port}`);
  }
  return out;
}

export interface ServeOptions {
  host: string;
  port: number;
  token: string | null;
  /** more Host header names to answer to (a DNS name for the machine, a proxy's name) */
  allowedHosts?: string[];
  /** extraction budget per posted document, in ms (default 20 s) */
  extractBudgetMs?: number;
  /** ms after the budget before the extraction process is killed (default 5 s) */
  extractGraceMs?: number;
}

export function startServer(store: Store, opts: ServeOptions): Promise<{ url: string; close: () => Promise<void> }> {
  if (!isLoopback(opts.host) && !opts.token) throw new Error(`binding to ${opts.host} needs --token (or READOUT_TOKEN): every request must then carry it`);
  // posted documents are extracted in a child process: the event loop stays free for reads
  const extractor = new WorkerExtractor({ budgetMs: opts.extractBudgetMs, graceMs: opts.extractGraceMs });
  // with a token, writes are possible: start the child and load its knowledge now, not on the first post
  if (opts.token) extractor.warm().catch(() => { /* the first post reports it */ });
  // filled in once the port is known (port 0 picks a free one)
  const allowedHosts = new Set<string>();
  const app = createApp(store, { token: opts.token, tokenForReads: !isLoopback(opts.host), assets: loadAssets(), allowedHosts, extractor });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      for (const h of allowedHostsFor(opts.host, info.port, opts.allowedHosts)) allowedHosts.add(h);
      if (opts.host !== info.address) for (const h of allowedHostsFor(info.address, info.port)) allowedHosts.add(h);
      resolvePromise({
        url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
        close: async () => { await extractor.close(); await new Promise<void>((r) => server.close(() => r())); },
      });
    });
    server.on('error', reject);
  });
}
