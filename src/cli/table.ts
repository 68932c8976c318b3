/**
 * Terminal output: aligned tables that fit the screen, and CSV.
 */
export function table(headers: string[], rows: (string | number | null | undefined)[][], maxWidth = process.stdout.columns || 160): string {
  const cells = rows.map((r) => r.map((c) => (c == null ? '' : String(c))));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i]?.length ?? 0)));
  // shrink the widest columns until the table fits
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  while (total() > maxWidth) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i] <= 12) break;
    widths[i]--;
  }
  const fit = (s: string, w: number) => (s.length > w ? s.slice(0, Math.max(1, w - 1)) + '…' : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => fit(c ?? '', widths[i])).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function csv(headers: string[], rows: (string | number | null | undefined)[][]): string {
  const cell = (v: unknown) => {
    const s = v == null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [headers, ...rows].map((r) => r.map(cell).join(',')).join('\n');
}
