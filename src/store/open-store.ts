/**
 * Where a store lives, from one string: a file path (`readout.db`, `sqlite:readout.db`,
 * `sqlite:///abs/path.db`) is the embedded SQLite store; a `postgres://` or `postgresql://` URL is
 * the PostgreSQL back end (`?schema=NAME` picks its schema, default `readout`). `openStore` returns
 * the `Store` for either.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Store } from './store.js';
import { SqliteStore } from './sqlite-store.js';
import { PgStore } from './pg-store.js';

export type StoreLocation = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

export function storeLocation(spec: string): StoreLocation {
  if (/^postgres(?:ql)?:\/\//i.test(spec)) return { kind: 'postgres', url: spec };
  if (/^sqlite:\/\//i.test(spec)) return { kind: 'sqlite', path: fileURLToPath(`file://${spec.slice('sqlite://'.length)}`) };
  if (/^sqlite:/i.test(spec)) return { kind: 'sqlite', path: resolve(spec.slice('sqlite:'.length)) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(spec)) throw new Error(`a store is a file path, sqlite:PATH or postgres://...; "${spec.replace(/\/\/[^@/]*@/, '//…@')}" is none of them`);
  return { kind: 'sqlite', path: spec === ':memory:' ? spec : resolve(spec) };
}

/** A location for messages, without a password. */
export function describeLocation(loc: StoreLocation): string {
  if (loc.kind === 'sqlite') return loc.path;
  const u = new URL(loc.url);
  if (u.password) u.password = '***';
  return u.toString();
}

export interface OpenOptions {
  /** the command only reads: open read-only (SQLite: nothing written, the file must exist and be a store) */
  readonly?: boolean;
  /** the store must already exist (a typo in --db is an error, not a new empty store) */
  mustExist?: boolean;
  /** PostgreSQL connections to keep (a server: more) */
  poolSize?: number;
}

export class StoreMissingError extends Error {}

export async function openStore(spec: string, o: OpenOptions = {}): Promise<Store> {
  const loc = storeLocation(spec);
  if (loc.kind === 'sqlite') {
    if ((o.mustExist || o.readonly) && loc.path !== ':memory:' && !existsSync(loc.path)) throw new StoreMissingError(`no store at ${loc.path}`);
    // a new store's folder is made for it (`ingest --db runs/2026/readout.db`)
    if (!o.readonly && !o.mustExist && loc.path !== ':memory:' && !existsSync(loc.path)) mkdirSync(dirname(loc.path), { recursive: true });
    const store = new SqliteStore(loc.path, { readonly: !!o.readonly });
    try {
      await store.upgrade();
    } catch (e) {
      await store.close();
      throw e;
    }
    return store;
  }
  return PgStore.open(loc.url, { readonly: !!o.readonly, mustExist: !!o.mustExist, poolSize: o.poolSize });
}
