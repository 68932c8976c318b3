/**
 * Fetches a URL for ingest: a timeout, a limit on redirects and on size, text content only.
 * Nothing else in readout touches the network.
 */
export interface FetchLimits { timeoutMs: number; maxRedirects: number; maxBytes: number }
export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxRedirects: 5, maxBytes: 10 * 1024 * 1024 };

export interface Fetched { url: string; contentType: string; body: Buffer }

export class FetchError extends Error {}

export async function fetchUrl(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  let current = url;
  for (let hop = 0; hop <= limits.maxRedirects; hop++) {
    const u = new URL(current);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`unsupported URL scheme ${u.protocol}`);
    const ctl = new AbortController();
    const timer = setTimeout(() => ctl.abort(), limits.timeoutMs);
    let res: Response;
    try {
      res = await fetch(current, { redirect: 'manual', signal: ctl.signal, headers: { 'user-agent': 'readout/0.1 (+https://example.org/readout)', accept: 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,text/plain;q=0.9,*/*;q=0.5' } });
    } catch (e) {
      clearTimeout(timer);
      throw new FetchError(ctl.signal.aborted ? `timed out after ${limits.timeoutMs / 1000} s` : `cannot fetch: ${(e as Error).message}`);
    }
    if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
      clearTimeout(timer);
      current = new URL(res.headers.get('location')!, current).toString();
      continue;
    }
    if (!res.ok) { clearTimeout(timer); throw new FetchError(`HTTP ${res.status}`); }
    const type = res.headers.get('content-type') ?? '';
    if (type && !/text|html|xml|json/i.test(type)) { clearTimeout(timer); throw new FetchError(`not a text document (${type})`); }
    const len = Number(res.headers.get('content-length') ?? 0);
    if (len > limits.maxBytes) { clearTimeout(timer); throw new FetchError(`larger than ${limits.maxBytes} bytes`); }
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        size += chunk.length;
        if (size > limits.maxBytes) { ctl.abort(); throw new FetchError(`larger than ${limits.maxBytes} bytes`); }
        chunks.push(Buffer.from(chunk));
      }
    } catch (e) {
      if (e instanceof FetchError) throw e;
      throw new FetchError(ctl.signal.aborted ? `timed out after ${limits.timeoutMs / 1000} s` : `read failed: ${(e as Error).message}`);
    } finally {
      clearTimeout(timer);
    }
    return { url: current, contentType: type, body: Buffer.concat(chunks) };
  }
  throw new FetchError(`more than ${limits.maxRedirects} redirects`);
}
