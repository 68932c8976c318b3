/**
 * Bytes to text, refusing what is not text: binary files (NUL bytes, control characters), invalid
 * UTF-8, files over the size cap. UTF-8 and UTF-16 byte-order marks are honoured.
 */
export class InputError extends Error {
  constructor(message: string, readonly code: 'binary' | 'encoding' | 'too-large' | 'empty' | 'unreadable' | 'unsupported') {
    super(message);
    this.name = 'InputError';
  }
}

/** Files above this many bytes are refused rather than read. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export function decodeText(buf: Uint8Array): string {
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`file is ${(buf.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`, 'too-large');
  if (buf.length === 0) throw new InputError('file is empty', 'empty');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError('binary file (contains NUL bytes), not text', 'binary');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05) throw new InputError('binary file (too many control characters), not text', 'binary');
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    const at = firstInvalidUtf8(buf);
    throw new InputError(`not valid UTF-8 (first bad byte near offset ${at}); convert it first, e.g. iconv -f windows-1252 -t utf-8`, 'encoding');
  }
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (one pass). */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const need = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    if (i + need >= b.length) return i;
    for (let k = 1; k <= need; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    // overlong three-byte forms, surrogates, and code points above U+10FFFF
    if (c === 0xe0 && b[i + 1] < 0xa0) return i;
    if (c === 0xed && b[i + 1] > 0x9f) return i;
    if (c === 0xf0 && b[i + 1] < 0x90) return i;
    if (c === 0xf4 && b[i + 1] > 0x8f) return i;
    i += need + 1;
  }
  return b.length;
}
