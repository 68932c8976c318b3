/**
 * Ingest of broken inputs reports each with its reason and goes on with the rest; a child process
 * killed at random moments leaves the store consistent, and a rerun completes it.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync, writeFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { SqliteStore } from '../src/store/sqlite-store.js';
import { ingestAll } from '../src/ingest/ingest-runner.js';
import { readSources } from '../src/ingest/sources.js';
import { syntheticArticles } from '../scripts/gen-synthetic.js';
import { TEST_DOCS } from '../src/store/contract-docs.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'bin', 'readout.js');
// the child process runs the compiled CLI: it must be built from the current sources
const built = existsSync(join(root, 'dist', 'cli', 'main.js'))
  && statSync(join(root, 'dist', 'store', 'sqlite-store.js')).mtimeMs >= statSync(join(root, 'src', 'store', 'sqlite-store.ts')).mtimeMs;
if (!built) console.log('kill test skipped: dist/ is missing or older than src/ (run npm run build)');

describe('ingest of broken inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'readout-broken-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'good.txt'), TEST_DOCS[0].text);
    writeFileSync(join(dir, 'in', 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
    writeFileSync(join(dir, 'in', 'empty.txt'), '');
    writeFileSync(join(dir, 'in', 'latin1.txt'), Buffer.from('Caf\xe9 au lait, Minister met Minister in Hanoi\n', 'latin1'));
    writeFileSync(join(dir, 'in', 'truncated.html'), `<html><head><title>FM meets counterpart</title></head><body><article><p>${TEST_DOCS[2].text.slice(0, 160)}`);
    writeFileSync(join(dir, 'in', 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'a '));
    writeFileSync(join(dir, 'in', 'lines.jsonl'), [JSON.stringify({ id: 'line-ok', text: TEST_DOCS[3].text }), '{not json', JSON.stringify({ id: 'no-text' }), ''].join('\n'));
  });

  it('reports every bad input with its reason and stores the good ones', async () => {
    const store = new SqliteStore(':memory:');
    const s = await ingestAll(store, readSources([join(dir, 'in')]));
    const reasons = Object.fromEntries(s.failures.map((f) => [f.origin.replace(/^.*[\\/]/, ''), f.reason]));
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/limit/);
    expect(reasons['lines.jsonl:2']).toMatch(/JSON/);
    expect(reasons['lines.jsonl:3']).toMatch(/"text"/);
    expect(s.new).toBe(3); // good.txt, truncated.html, line-ok
    expect(s.failed).toBe(6);
    const ids = await store.documentIds();
    expect(ids.sort()).toEqual(['good', 'line-ok', 'truncated']);
    expect(await store.integrityCheck()).toEqual([]);
    await store.close();
  }, 120_000);
});

describe.skipIf(!built)('a killed ingest loses nothing committed', () => {
  it('survives SIGKILL at random moments and a rerun completes', async () => {
    if (!built) return;
    const dir = mkdtempSync(join(tmpdir(), 'readout-kill-'));
    const input = join(dir, 'docs.jsonl');
    // enough documents that no round can finish them all before its kill, however fast extraction gets
    const docs = [...syntheticArticles({ docs: 3000, seed: 11 })];
    writeFileSync(input, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
    const db = join(dir, 'kill.db');
    let killedMidway = 0;
    for (let round = 0; round < 4; round++) {
      const child = spawn(process.execPath, [cli, 'ingest', input, '--db', db], { stdio: 'ignore' });
      // after start-up (~0.3 s), within the first few hundred documents of the round
      const delay = 400 + Math.floor(Math.random() * 800);
      const exited = await new Promise<boolean>((res) => {
        const t = setTimeout(() => { child.kill('SIGKILL'); res(false); }, delay);
        child.on('exit', () => { clearTimeout(t); res(true); });
      });
      if (!exited) killedMidway++;
      await new Promise((r) => setTimeout(r, 50));
      const store = new SqliteStore(db);
      expect(await store.integrityCheck()).toEqual([]);
      await store.close();
    }
    expect(killedMidway).toBeGreaterThan(0);
    const done = spawnSync(process.execPath, [cli, 'ingest', input, '--db', db, '--json'], { encoding: 'utf8' });
    expect(done.status).toBe(0);
    const store = new SqliteStore(db);
    const ids = await store.documentIds();
    expect(ids).toHaveLength(new Set(docs.map((d) => d.text)).size);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await store.integrityCheck()).toEqual([]);
    await store.close();
  }, 180_000);
});
