/**
 * A report's text with its evidence spans marked. The text is cut into slices at the span
 * boundaries and rendered as Preact text nodes and <mark> elements only: article text is never
 * parsed as HTML, so a "<script>" in an article is shown as the characters it is.
 */
import type { Span } from '../api.ts';

export interface MarkedSpan extends Span { kind: 'evidence' | 'statement'; label?: string }

export interface Slice { start: number; end: number; kinds: Set<MarkedSpan['kind']>; labels: string[] }

/** The text cut at every span boundary; each slice knows which kinds of span cover it. */
export function slices(length: number, spans: MarkedSpan[]): Slice[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)) }))
    .filter((s) => s.end > s.start);
  const cuts = [...new Set([0, length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out: Slice[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i], end = cuts[i + 1];
    const over = valid.filter((s) => s.start <= start && s.end >= end);
    out.push({ start, end, kinds: new Set(over.map((s) => s.kind)), labels: over.map((s) => s.label).filter((l): l is string => !!l) });
  }
  return out;
}

export function HighlightedText({ text, spans }: { text: string; spans: MarkedSpan[] }) {
  const parts = slices(text.length, spans);
  return (
    <div class="article-text">
      {parts.map((p) => {
        const t = text.slice(p.start, p.end);
        if (!p.kinds.size) return t;
        const cls = [...p.kinds].sort().join(' ');
        return <mark key={p.start} class={cls} title={p.labels.join('; ') || undefined}>{t}</mark>;
      })}
    </div>
  );
}
