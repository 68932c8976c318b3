/**
 * Bytes to text, refusing what is not text: binary files (NUL bytes, control characters), text in
 * no encoding it can name, files over the size cap. UTF-8 and UTF-16 byte-order marks are honoured.
 * Text that is not UTF-8 is read in the encoding the caller names (`--encoding`), else in the one
 * the source declares: a web server's `Content-Type: ...; charset=gbk`, or an HTML page's own
 * `<meta charset>` (Chinese government and news sites still publish in GB2312/GBK, and some
 * Vietnamese ones in windows-1258). Nothing is guessed: a text that declares none is refused with
 * the way to say it.
 */
export class InputError extends Error {
  constructor(message: string, readonly code: 'binary' | 'encoding' | 'too-large' | 'empty' | 'unreadable' | 'unsupported') {
    super(message);
    this.name = 'InputError';
  }
}

/** Files above this many bytes are refused rather than read. */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

export interface DecodeOptions {
  /** the encoding the user names (`--encoding gbk`): it wins over everything but a byte-order mark */
  encoding?: string | null;
  /** the encoding the source declares (a web server's Content-Type charset): used when the bytes are not UTF-8 */
  declared?: string | null;
}

/** How to name an encoding, for the messages that refuse a text. */
export const ENCODING_HINT = 'give its encoding with --encoding (e.g. gb18030 or big5 for Chinese, windows-1258 for Vietnamese, windows-1252 for Western European text) or convert it first, e.g. iconv -f gb18030 -t utf-8';

/** A decoder for an encoding's label ("gb2312", "GBK", "windows-1258"), or an InputError that names it. */
export function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label.trim());
  } catch {
    throw new InputError(`unknown encoding ${JSON.stringify(label)} (names as in the WHATWG Encoding Standard: utf-8, gb18030, gbk, big5, windows-1258, windows-1252, shift_jis, euc-kr, ...)`, 'encoding');
  }
}

export function decodeText(buf: Uint8Array, opts: DecodeOptions = {}): string {
  if (buf.length > MAX_INPUT_BYTES) throw new InputError(`file is ${(buf.length / 1048576).toFixed(1)} MB, over the ${MAX_INPUT_BYTES / 1048576} MB limit`, 'too-large');
  if (buf.length === 0) throw new InputError('file is empty', 'empty');
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  const forced = opts.encoding ? decoderFor(opts.encoding) : null;
  const head = buf.subarray(0, Math.min(buf.length, 8192));
  let control = 0;
  for (const b of head) {
    if (b === 0) throw new InputError('binary file (contains NUL bytes), not text', 'binary');
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length * 0.05) throw new InputError('binary file (too many control characters), not text', 'binary');
  if (forced && forced.encoding !== 'utf-8') return withoutBom(forced.decode(buf));
  try {
    return withoutBom(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch {
    // (bytes that are valid UTF-8 are read as UTF-8 whatever a header or a meta tag claims: a legacy encoding's text
    // is almost never valid UTF-8, and a page re-saved as UTF-8 often keeps its old declaration)
    const declared = (opts.declared && knownLabel(opts.declared)) || metaCharset(buf);
    if (declared && declared !== 'utf-8') return withoutBom(new TextDecoder(declared).decode(buf));
    const at = firstInvalidUtf8(buf);
    throw new InputError(`not valid UTF-8 (first bad byte near offset ${at}) and no encoding declared; ${ENCODING_HINT}`, 'encoding');
  }
}

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** The decoder's name for a label, or null for a label no decoder has. */
function knownLabel(label: string): string | null {
  try { return decoderFor(label).encoding; } catch { return null; }
}

/** How far into a page its `<meta charset>` is looked for (the HTML standard's prescan reads 1024 bytes; pages put comments and scripts first). */
const META_SCAN_BYTES = 4096;

/**
 * The encoding an HTML page declares in its head: `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, in the first bytes; null if none or unknown.
 */
export function metaCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.length, META_SCAN_BYTES)).toString('latin1');
  // (a feed's or an XHTML page's XML declaration, <?xml version="1.0" encoding="gb2312"?>, says it the same way)
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head) ?? /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)/i.exec(head);
  return m ? knownLabel(m[1]) : null;
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
