import { describe, it, expect } from 'vitest';
import { decodeText, metaCharset, InputError, MAX_INPUT_BYTES } from './decode.js';

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

describe('decodeText: text that is not UTF-8, in the encoding named or declared', () => {
  // our own sentences, encoded as legacy Chinese and Vietnamese sites publish them
  const zh = '外交部长同泰国外长通电话。';
  const gbk = new Uint8Array([0xcd, 0xe2, 0xbd, 0xbb, 0xb2, 0xbf, 0xb3, 0xa4, 0xcd, 0xac, 0xcc, 0xa9, 0xb9, 0xfa, 0xcd, 0xe2, 0xb3, 0xa4, 0xcd, 0xa8, 0xb5, 0xe7, 0xbb, 0xb0, 0xa1, 0xa3]);
  const ascii = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
  const join = (...parts: Uint8Array[]) => new Uint8Array(parts.flatMap((p) => [...p]));

  it('is refused when nothing names its encoding, with the way to name it', () => {
    expect(codeOf(gbk)).toBe('encoding');
    expect(() => decodeText(gbk)).toThrow(/--encoding.*gb18030/);
  });

  it('is read in the encoding the user names (--encoding)', () => {
    expect(decodeText(gbk, { encoding: 'gbk' })).toBe(zh);
    expect(decodeText(gbk, { encoding: 'GB18030' })).toBe(zh);
  });

  it('is read in the encoding a web server declares, when the bytes are not UTF-8', () => {
    expect(decodeText(gbk, { declared: 'gb2312' })).toBe(zh);
    // valid UTF-8 stays UTF-8 whatever the header claims
    expect(decodeText(bytes('Hà Nội'), { declared: 'gb2312' })).toBe('Hà Nội');
  });

  it.each([
    ['<meta charset>', '<html><head><meta charset="gb2312"><title>t</title></head><body><p>'],
    ['http-equiv Content-Type', '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK" /></head><body><p>'],
    ['an XML declaration', '<?xml version="1.0" encoding="gb2312"?><rss><channel><item><title>'],
  ])('is read in the encoding an HTML page or a feed declares in its head (%s)', (_n, head) => {
    expect(decodeText(join(ascii(head), gbk))).toBe(head + zh);
    expect(metaCharset(ascii(head))).toBe('gbk');
  });

  it('keeps a page that is valid UTF-8 in UTF-8 though its meta tag still names an old encoding', () => {
    const page = '<meta charset="windows-1258"><p>Bộ trưởng Ngoại giao</p>';
    expect(decodeText(bytes(page))).toBe(page);
  });

  it('refuses an encoding name no decoder has, naming it', () => {
    expect(codeOf(ascii('plain'))).toBeNull();
    expect(() => decodeText(gbk, { encoding: 'klingon' })).toThrow(/unknown encoding "klingon"/);
    expect(metaCharset(ascii('<meta charset="klingon">'))).toBeNull();
  });
});
