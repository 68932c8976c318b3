/**
 * Which store a command uses: --db FILE or URL, else $READOUT_DB, else ./readout.db (created on first
 * ingest). A file (or sqlite:FILE) is the embedded SQLite store; postgres://… is a PostgreSQL server
 * (src/store/open-store.ts). Commands that only read open the store read-only.
 */
import type { Store } from '../store/store.js';
import { openStore as open, storeLocation, describeLocation, StoreMissingError } from '../store/open-store.js';
import { UsageError } from './io.js';

export const DEFAULT_DB = 'readout.db';

export const DB_HELP = 'the store: a file, or postgres://user@host/db (default: $READOUT_DB or ./readout.db)';

/** The store's location as given (--db, $READOUT_DB, or the default file). */
export function dbSpec(opt?: string): string {
  return opt ?? process.env.READOUT_DB ?? DEFAULT_DB;
}

/** The store's location for messages (a file's absolute path; a URL without its password). */
export function dbPath(opt?: string): string {
  try { return describeLocation(storeLocation(dbSpec(opt))); } catch { return dbSpec(opt); }
}

export type StoreMode = 'read' | 'write' | 'update';

/**
 * Opens the store: `read` for commands that only read (read-only; it must exist), `update` for those
 * that change what is there (it must exist), `write` for ingest (created when new).
 */
export async function openStore(opt: string | undefined, mode: StoreMode, poolSize?: number): Promise<Store> {
  const spec = dbSpec(opt);
  let where: string;
  try { where = describeLocation(storeLocation(spec)); } catch (e) { throw new UsageError((e as Error).message); }
  try {
    return await open(spec, { readonly: mode === 'read', mustExist: mode !== 'write', poolSize });
  } catch (e) {
    if (e instanceof StoreMissingError) throw new UsageError(`no store at ${where}; run \`readout ingest PATH\` first, or give --db FILE`);
    throw new UsageError(`cannot open store ${where}: ${(e as Error).message}`);
  }
}
