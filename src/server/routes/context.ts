/**
 * What every route module gets: the store, the app's options (defined here, so that the routes need
 * nothing of the app that mounts them), and the token check.
 */
import type { Context } from 'hono';
import type { Store } from '../../store/store.js';
import type { Extractor } from '../../ingest/ingest-runner.js';
import type { LookupAll } from '../../ingest/net-policy.js';

export interface AppOptions {
  /** required on every request when set (binding beyond loopback), and always for writes */
  token?: string | null;
  /** require the token on reads too */
  tokenForReads?: boolean;
  /** dashboard files by URL path ("/index.html", "/assets/app.js") */
  assets?: Map<string, { body: Uint8Array; type: string }>;
  maxBodyBytes?: number;
  /**
   * The Host header values this server answers to ("127.0.0.1:7300", "localhost:7300"): any other
   * is refused, so a page on another site cannot reach the server through a name it rebinds to the
   * server's address (DNS rebinding). Unset: any Host (for in-process tests).
   */
  allowedHosts?: Set<string>;
  /** where posted documents are extracted (default: in this process; `readout serve` gives a child process) */
  extractor?: Extractor;
  /** the resolver for posted URLs (tests); the API fetches public addresses only, whatever the resolver says */
  lookup?: LookupAll;
}

export interface RouteContext {
  store: Store;
  opts: AppOptions;
  /** the configured token (null: none) */
  token: string | null;
  /** whether the request carries the token (`cookie`: the dashboard's cookie counts, for reads) */
  authorized(c: Context, cookie?: boolean): boolean;
}

/** The most events one answer lists (a page; more through the cursor). */
export const MAX_PAGE = 200;
