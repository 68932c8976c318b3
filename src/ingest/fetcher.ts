/**
 * Fetches a URL for ingest: http(s) only, a timeout, a limit on redirects and on size (after
 * decompression), text content only, and only public addresses unless the policy allows private
 * ones (see net-policy.ts): the address check is made at connection time for the first URL and for
 * every redirect. Nothing else in readout touches the network.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createGunzip, createInflate, createBrotliDecompress } from 'node:zlib';
import type { Readable } from 'node:stream';
import { guardedLookup, checkLiteralHost, BlockedAddressError, type NetPolicy } from './net-policy.js';

export interface FetchLimits {
  timeoutMs: number;
  maxRedirects: number;
  maxBytes: number;
  /** which addresses may be fetched (default: public ones only) */
  policy?: NetPolicy;
}
export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: 10 * 1024 * 1024 };

export interface Fetched { url: string; contentType: string; body: Buffer }

export class FetchError extends Error {}

const HEADERS = {
  'user-agent': 'readout/0.1 (+https://example.org/readout)',
  accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5',
  'accept-encoding': 'gzip, deflate, br',
};

/** One request, no redirects followed: the response, or an error with a reason. */
function get(url: URL, policy: NetPolicy, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === 'https:' ? httpsRequest : httpRequest)(url, { method: 'GET', headers: HEADERS, lookup: guardedLookup(policy) as any, signal }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function bodyStream(res: IncomingMessage): Readable {
  const enc = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

export async function fetchUrl(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const policy: NetPolicy = limits.policy ?? { allowPrivate: false };
  let current = url;
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    let u: URL;
    try { u = new URL(current); } catch { throw new FetchError(`not a URL: ${current}`); }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`unsupported URL scheme ${u.protocol}${hop ? ' (in a redirect)' : ''}`);
    try { checkLiteralHost(u, policy); } catch (e) { throw new FetchError(`${(e as Error).message}${hop ? ` (redirected to ${current})` : ''}`); }
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), limits.timeoutMs);
    let res: IncomingMessage;
    try {
      res = await get(u, policy, ctl.signal);
    } catch (e) {
      clearTimeout(timer);
      if (e instanceof BlockedAddressError) throw new FetchError(`${e.message}${hop ? ` (redirected to ${current})` : ''}`);
      throw new FetchError(ctl.signal.aborted ? `timed out after ${limits.timeoutMs / 1000} s` : `cannot fetch: ${(e as Error).message}`);
    }
    const status = res.statusCode ?? 0;
    if (status >= 300 && status < 400 && res.headers.location) {
      clearTimeout(timer);
      res.resume();
      res.destroy();
      try { current = new URL(res.headers.location, current).toString(); } catch { throw new FetchError(`bad redirect location ${JSON.stringify(res.headers.location)}`); }
      continue;
    }
    const fail = (msg: string): never => { clearTimeout(timer); res.destroy(); throw new FetchError(msg); };
    if (status < 200 || status >= 300) fail(`HTTP ${status}`);
    const type = String(res.headers['content-type'] ?? '');
    if (type && !/text|html|xml|json/i.test(type)) fail(`not a text document (${type})`);
    const len = Number(res.headers['content-length'] ?? 0);
    if (len > limits.maxBytes && !res.headers['content-encoding']) fail(`larger than ${limits.maxBytes} bytes`);
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = bodyStream(res);
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > limits.maxBytes) throw new FetchError(`larger than ${limits.maxBytes} bytes`);
        chunks.push(chunk);
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      throw new FetchError(ctl.signal.aborted ? `timed out after ${limits.timeoutMs / 1000} s` : `read failed: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
      res.destroy();
      stream.destroy();
    }
    return { url: current, contentType: type, body: Buffer.concat(chunks) };
  }
  throw new FetchError(`more than ${limits.maxRedirects} redirects`);
}
