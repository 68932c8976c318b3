/**
 * PostgreSQL for tests (not part of the build): the server test/pg-global-setup.ts found (or why there is none), and fresh
 * schemas in it, one per store, dropped when the test file ends.
 */
import pg from 'pg';
import { afterAll } from 'vitest';

export const PG_URL = process.env.READOUT_TEST_PG ?? null;
export const PG_SKIP = PG_URL ? null : (process.env.READOUT_TEST_PG_SKIP ?? 'no PostgreSQL server (set READOUT_TEST_PG)');

const made: string[] = [];
let registered = false;

/** A URL of the test server with a new, empty schema (`?schema=t_...`). */
export function freshPgUrl(prefix = 't'): string {
  if (!PG_URL) throw new Error(PG_SKIP!);
  if (!registered) { registered = true; afterAll(dropMadeSchemas); }
  const schema = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  made.push(schema);
  const u = new URL(PG_URL);
  u.searchParams.set('schema', schema);
  return u.toString();
}

async function dropMadeSchemas(): Promise<void> {
  if (!PG_URL || !made.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    for (const s of made.splice(0)) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  } finally {
    await c.end();
  }
}
