/**
 * Starts the API and dashboard server (`readout serve`): loopback by default; any other address
 * needs a token, which every request must then carry.
 */
import { serve } from '@hono/node-server';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, extname, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
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

export function startServer(store: Store, opts: { host: string; port: number; token: string | null }): Promise<{ url: string; close: () => Promise<void> }> {
  if (!isLoopback(opts.host) && !opts.token) throw new Error(`binding to ${opts.host} needs --token (or READOUT_TOKEN): every request must then carry it`);
  const app = createApp(store, { token: opts.token, tokenForReads: !isLoopback(opts.host), assets: loadAssets() });
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, hostname: opts.host, port: opts.port }, (info) => {
      resolvePromise({
        url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
    server.on('error', reject);
  });
}
