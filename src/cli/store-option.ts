/**
 * Which store a command uses: --db FILE, else $READOUT_DB, else ./readout.db (created on first ingest).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { SqliteStore } from '../store/sqlite-store.js';
import { UsageError } from './io.js';

export const DEFAULT_DB = 'readout.db';

export function dbPath(opt?: string): string {
  return resolve(opt ?? process.env.READOUT_DB ?? DEFAULT_DB);
}

/** Opens the store; `mustExist` for read commands, so a typo in --db is an error, not an empty store. */
export function openStore(opt: string | undefined, mustExist: boolean): SqliteStore {
  const path = dbPath(opt);
  if (mustExist && !existsSync(path)) throw new UsageError(`no store at ${path}; run \`readout ingest PATH\` first, or give --db FILE`);
  try {
    return new SqliteStore(path);
  } catch (e) {
    throw new UsageError(`cannot open store ${path}: ${(e as Error).message}`);
  }
}
