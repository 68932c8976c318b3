/**
 * Terminal output: aligned tables that fit the screen, and CSV.
 */
export function table(headers: string[], rows: (string | number | null | undefined)[][], maxWidth = process.stdout.columns || 160): string {
  const cells = rows.map((r) => r.map((c) => (c == null ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  // shrink the widest columns until the table fits
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i] <= 12) break;
    widths[i]--;
  }
  const fit = (s: string, w: number) => {
    const sw = displayWidth(s);
    if (sw <= w) return s + ' '.repeat(w - sw);
    let out = '', used = 0;
    for (const ch of s) {
      const cw = charWidth(ch.codePointAt(0)!);
      if (used + cw > Math.max(1, w - 1)) break;
      out += ch; used += cw;
    }
    return out + '…' + ' '.repeat(Math.max(0, w - used - 1));
  };
  const line = (r: string[]) => r.map((c, i) => fit(c ?? '', widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** Columns a character takes in a terminal: East Asian wide ones (Han, kana, Hangul, fullwidth forms) two, combining marks none. */
function charWidth(c: number): number {
  if ((c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f)) return 0;
  if ((c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff)
    || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd)) return 2;
  return 1;
}

/** Columns a string takes in a terminal ("王毅" two each, "Sơn" three). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

export function csv(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: unknown) => {
    const s = v == null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\n');
}
