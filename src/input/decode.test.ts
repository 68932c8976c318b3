import { describe, it, expect } from 'vitest';
import { decodeText, InputError, MAX_INPUT_BYTES } from './decode.js';

const bytes = (...xs: (number | string)[]) => new Uint8Array(xs.flatMap((x) => (typeof x === 'number' ? [x] : [...Buffer.from(x, 'utf8')])));
const codeOf = (buf: Uint8Array): string | null => {
  try { decodeText(buf); return null; } catch (e) { return e instanceof InputError ? e.code : `not an InputError: ${String(e)}`; }
};

describe('decodeText', () => {
  const ok: [string, Uint8Array, string][] = [
    ['plain UTF-8', bytes('Foreign Minister Bui Thanh Son met Wang Yi.'), 'Foreign Minister Bui Thanh Son met Wang Yi.'],
    ['UTF-8 with diacritics', bytes('Bùi Thanh Sơn tại Hà Nội'), 'Bùi Thanh Sơn tại Hà Nội'],
    ['UTF-8 with a BOM (dropped)', bytes(0xef, 0xbb, 0xbf, 'Hà Nội'), 'Hà Nội'],
    ['UTF-16 LE with a BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from('Hà Nội 河内', 'utf16le')]), 'Hà Nội 河内'],
    ['UTF-16 BE with a BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from('Hà Nội 河内', 'utf16le').swap16()]), 'Hà Nội 河内'],
    ['tabs and CRLF line ends are text', bytes('Wang Yi\tmet\r\nSon'), 'Wang Yi\tmet\r\nSon'],
  ];
  it.each(ok)('decodes %s', (_name, buf, expected) => {
    expect(decodeText(buf)).toBe(expected);
  });

  const refused: [string, Uint8Array, string][] = [
    ['an empty file', new Uint8Array(0), 'empty'],
    ['a file with NUL bytes', bytes('Wang', 0x00, 'Yi'), 'binary'],
    ['a file of control characters', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]), 'binary'],
    ['invalid UTF-8', bytes('Hi', 0xff, '!'), 'encoding'],
    ['Windows-1252 text', new Uint8Array(Buffer.from('Caf\xe9 au lait', 'latin1')), 'encoding'],
    ['a truncated multi-byte sequence', bytes('Hà', 0xe1, 0xbb), 'encoding'],
  ];
  it.each(refused)('refuses %s', (_name, buf, code) => {
    expect(codeOf(buf)).toBe(code);
  });

  it('names the offset of the first bad byte and how to convert', () => {
    expect(() => decodeText(bytes('Hi', 0xff, '!'))).toThrow(/offset 2\b.*iconv/);
  });

  it('refuses a file over the size cap without reading it', () => {
    // a view that claims to be large: only its length is read
    const big = { length: MAX_INPUT_BYTES + 1 } as unknown as Uint8Array;
    expect(codeOf(big)).toBe('too-large');
  });

  // Fixed bug, kept as a regression test: the offset search decodes in streaming mode, where an incomplete sequence at the end never throws, so the
  // message says "near offset 0" for "Hà" + E1 BB (the bad sequence starts at offset 3).
  it('names the offset of a truncated sequence at the end', () => {
    expect(() => decodeText(bytes('Hà', 0xe1, 0xbb))).toThrow(/offset 3\b/);
  });

  // Fixed bug, kept as a regression test: the offset search re-decodes the whole prefix once per byte (quadratic): with one bad byte near the end, 80 KB
  // takes about 4 s, 200 KB about 50 s, a 1 MB file many minutes.
  it('refuses a large file with a bad byte near its end quickly', () => {
    const buf = new Uint8Array(80_000).fill(0x61);
    buf[79_990] = 0xff;
    const t = performance.now();
    expect(codeOf(buf)).toBe('encoding');
    expect(performance.now() - t).toBeLessThan(1000);
  });
});
