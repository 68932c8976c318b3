/**
 * Finds a PostgreSQL server for the tests that need one: $READOUT_TEST_PG when set (a URL; the tests
 * make schemas of their own in it and drop them), else a throwaway cluster started with
 * scripts/pg-dev.sh and stopped at the end. Where neither can be had, those tests are skipped with the
 * reason ($READOUT_TEST_PG_SKIP). READOUT_TEST_PG=off skips them on purpose.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

export default function setup(): () => void {
  if (process.env.READOUT_TEST_PG === 'off') {
    process.env.READOUT_TEST_PG_SKIP = 'READOUT_TEST_PG=off';
    delete process.env.READOUT_TEST_PG;
    return () => {};
  }
  if (process.env.READOUT_TEST_PG) return () => {};
  const dir = mkdtempSync(join(tmpdir(), 'readout-test-pg-'));
  try {
    const url = execFileSync('bash', [join(root, 'scripts', 'pg-dev.sh'), '--dir', dir, '--fast'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    process.env.READOUT_TEST_PG = url;
    return () => {
      try { execFileSync('bash', [join(root, 'scripts', 'pg-dev.sh'), '--stop', dir], { stdio: 'ignore' }); } catch { /* already gone */ }
      rmSync(dir, { recursive: true, force: true });
    };
  } catch (e) {
    const err = (e as { stderr?: string }).stderr?.toString().trim() || (e as Error).message;
    process.env.READOUT_TEST_PG_SKIP = `no PostgreSQL server: ${err.split('\n').pop()} (set READOUT_TEST_PG=postgres://... or install postgresql)`;
    rmSync(dir, { recursive: true, force: true });
    return () => {};
  }
}
