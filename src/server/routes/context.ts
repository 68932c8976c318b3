/**
 * What every route module gets: the store, the app's options, and the token check.
 */
import type { Context } from 'hono';
import type { Store } from '../../store/store.js';
import type { AppOptions } from '../app.js';

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
