/**
 * `readout extract ... | head`: a reader that closes the pipe early ends the command quietly (status 0),
 * with no EPIPE stack trace. Runs the compiled CLI; skipped when dist/ is missing or older than src/cli.
 */
import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const built = existsSync(join(root, 'dist', 'cli', 'io.js')) && statSync(join(root, 'dist', 'cli', 'io.js')).mtimeMs >= statSync(join(root, 'src', 'cli', 'io.ts')).mtimeMs;
if (!built) console.log('pipe test skipped: dist/ is missing or older than src/ (run npm run build)');

describe.skipIf(!built)('a closed output pipe', () => {
  it('ends the command with status 0 and nothing on standard error', async () => {
    // many documents on standard input, so output continues after the reader has gone
    const child = spawn(process.execPath, [join(root, 'bin', 'readout.js'), 'extract', join(root, 'examples'), join(root, 'examples'), join(root, 'test', 'fixtures')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((res) => child.on('exit', (c) => res(c)));
    expect(err).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
