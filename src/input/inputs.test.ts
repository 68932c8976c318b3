import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { walkInputs, refFor } from './inputs.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'readout-inputs-'));
  writeFileSync(join(dir, 'a.txt'), 'Wang Yi met Son.');
  writeFileSync(join(dir, 'b.html'), '<p>Wang Yi met Son.</p>');
  writeFileSync(join(dir, 'c.pdf'), 'not read');
  writeFileSync(join(dir, '.hidden.txt'), 'skipped');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'd.md'), 'Wang Yi met Son.');
  writeFileSync(join(dir, 'sub', 'e.HTM'), '<p>x</p>');
  writeFileSync(join(dir, 'manifest.jsonl'), [
    JSON.stringify({ id: 'a', url: 'https://example.org/a', source: 'Example', published: '2023-06-08' }),
    'not json',
    JSON.stringify({ id: 'b', published: 'June 8' }),
  ].join('\n'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('walkInputs', () => {
  it('finds text files in folders recursively, in name order, skipping hidden and other files', () => {
    const { inputs, errors } = walkInputs([dir]);
    expect(inputs.map((i) => [i.path.slice(dir.length + 1), i.id, i.format])).toEqual([
      ['a.txt', 'a', 'text'], ['b.html', 'b', 'html'], [join('sub', 'd.md'), 'd', 'text'], [join('sub', 'e.HTM'), 'e', 'html'],
    ]);
    expect(errors).toEqual([]);
  });

  it('takes metadata from the folder manifest, ignoring bad lines and malformed dates', () => {
    const { inputs } = walkInputs([dir]);
    expect(inputs[0]).toMatchObject({ url: 'https://example.org/a', source: 'Example', published: '2023-06-08' });
    expect(inputs[1]).toMatchObject({ url: null, source: null, published: null });
  });

  it('reads a file named explicitly whatever its extension', () => {
    expect(walkInputs([join(dir, 'c.pdf')]).inputs.map((i) => [i.id, i.format])).toEqual([['c', 'text']]);
  });

  it('reports a missing path', () => {
    const { inputs, errors } = walkInputs([join(dir, 'nope.txt')]);
    expect(inputs).toEqual([]);
    expect(errors).toEqual([{ path: join(dir, 'nope.txt'), reason: 'no such file or folder' }]);
  });

  it('takes "-" for standard input', () => {
    expect(walkInputs(['-']).inputs).toEqual([{ path: '-', id: 'stdin', format: 'text' }]);
  });

  it('gives the reference of one file', () => {
    expect(refFor(join(dir, 'sub', 'd.md'))).toMatchObject({ id: 'd', format: 'text', published: null });
  });
});
