/**
 * The charts, drawn as plain SVG in real pixels: engagements per month stacked by kind, topic
 * trends as small multiples, a bar list, and a timeline strip of events. Every mark carries a
 * <title> (a tooltip and its accessible text) and every chart an accessible name.
 */
import type { ComponentChildren } from 'preact';
import type { EventSummary, Kind, Stats } from '../api.ts';
import { KINDS, KIND_COLOR, kindLabel, topicLabel, formatDate, dayNumber, plural } from '../format.ts';
import { useWidth } from './use-width.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const monthIndex = (m: string) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthName = (i: number) => `${MONTHS[i % 12]} ${Math.floor(i / 12)}`;

/** A round step for `max` split into about `n` parts: 1, 2, 5, 10, 20… */
function niceStep(max: number, n = 4): number {
  const raw = Math.max(1, max / n);
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

export function Legend({ kinds }: { kinds: Kind[] }) {
  return (
    <ul class="legend" aria-label="Legend">
      {kinds.map((k) => <li key={k}><span class="swatch" style={{ background: KIND_COLOR[k] }} aria-hidden="true" />{kindLabel(k)}</li>)}
    </ul>
  );
}

/** Engagements per month, stacked by kind; months without events are kept so time is to scale. */
export function MonthlyChart({ rows }: { rows: Stats['byMonth'] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  if (!rows.length) return <p class="empty">No dated events.</p>;
  const idx = rows.map((r) => monthIndex(r.month));
  // start and end on whole years so the axis reads naturally
  const first = Math.floor(Math.min(...idx) / 12) * 12, last = Math.floor(Math.max(...idx) / 12) * 12 + 11;
  const byIndex = new Map(rows.map((r) => [monthIndex(r.month), r]));
  const kinds = KINDS.filter((k) => rows.some((r) => (r[k] ?? 0) > 0));
  const totals = rows.map((r) => kinds.reduce((s, k) => s + (r[k] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const step = niceStep(max, 3);
  const top = Math.ceil(max / step) * step;
  const H = 180, pad = { l: 28, r: 8, t: 8, b: 22 };
  const W = Math.max(280, width);
  const n = last - first + 1;
  const bw = (W - pad.l - pad.r) / n;
  const yOf = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / top);
  const years = [];
  for (let i = first; i <= last; i += 12) years.push(i);
  const yearEvery = Math.max(1, Math.ceil(years.length / Math.max(1, Math.floor((W - pad.l) / 44))));
  const total = totals.reduce((a, b) => a + b, 0);
  const busiest = rows[totals.indexOf(max)];
  return (
    <figure class="chart" ref={ref}>
      <svg width={W} height={H} role="img" aria-labelledby="monthly-title monthly-desc" class="monthly">
        <title id="monthly-title">Engagements per month by kind</title>
        <desc id="monthly-desc">{`${plural(total, 'dated event')} from ${monthName(first)} to ${monthName(last)}; the busiest month was ${monthName(monthIndex(busiest.month))} with ${max}.`}</desc>
        {Array.from({ length: top / step + 1 }, (_, i) => i * step).map((v) => (
          <g key={v} class="grid">
            <line x1={pad.l} x2={W - pad.r} y1={yOf(v)} y2={yOf(v)} />
            <text x={pad.l - 4} y={yOf(v) + 4} text-anchor="end">{v}</text>
          </g>
        ))}
        {years.map((m, i) => (i % yearEvery === 0 ? (
          <g key={m} class="axis">
            <line x1={pad.l + (m - first) * bw} x2={pad.l + (m - first) * bw} y1={H - pad.b} y2={H - pad.b + 4} />
            <text x={pad.l + (m - first) * bw + 2} y={H - 6}>{Math.floor(m / 12)}</text>
          </g>
        ) : null))}
        {bw * 3 >= 34 ? Array.from({ length: n }, (_, i) => first + i).filter((m) => m % 3 === 0 && m % 12 !== 0).map((m) => (
          <g key={`q${m}`} class="axis minor">
            <line x1={pad.l + (m - first) * bw} x2={pad.l + (m - first) * bw} y1={H - pad.b} y2={H - pad.b + 3} />
            <text x={pad.l + (m - first) * bw + 2} y={H - 6}>{MONTHS[m % 12]}</text>
          </g>
        )) : null}
        {[...byIndex].map(([m, r]) => {
          let acc = 0;
          const barW = Math.max(2, Math.min(bw * 0.84, 36));
          const x = pad.l + (m - first) * bw + (bw - barW) / 2;
          const parts = kinds.filter((k) => (r[k] ?? 0) > 0);
          return (
            <g key={m} class="bar">
              <title>{`${monthName(m)}: ${parts.map((k) => `${r[k]} ${kindLabel(k)}`).join(', ')}`}</title>
              {parts.map((k) => {
                const v = r[k] ?? 0;
                const y0 = yOf(acc), y1 = yOf(acc + v);
                acc += v;
                return <rect key={k} x={x} width={barW} y={y1} height={Math.max(1, y0 - y1)} fill={KIND_COLOR[k]} />;
              })}
            </g>
          );
        })}
        <line class="baseline" x1={pad.l} x2={W - pad.r} y1={H - pad.b} y2={H - pad.b} />
      </svg>
      <figcaption><Legend kinds={kinds} /></figcaption>
    </figure>
  );
}

/** One small bar chart per topic (events per year), on a shared scale so the panels compare. */
export function TopicTrends({ rows, topics, limit = 12 }: { rows: Stats['topicsByYear']; topics: Stats['byTopic']; limit?: number }) {
  if (!rows.length || !topics.length) return <p class="empty">No topics recorded.</p>;
  const years = rows.map((r) => Number(r.year));
  const y0 = Math.min(...years), y1 = Math.max(...years);
  const span = y1 - y0 + 1;
  const byYear = new Map(rows.map((r) => [Number(r.year), r]));
  const shown = topics.slice(0, limit);
  const max = Math.max(1, ...shown.flatMap((t) => rows.map((r) => Number(r[t.topic] ?? 0))));
  const W = 160, H = 44, bw = W / span;
  return (
    <div>
      <ul class="multiples">
        {shown.map((t) => (
          <li key={t.topic} class="multiple">
            <span class="mtitle"><span class="mname">{topicLabel(t.topic)}</span> <span class="muted">{t.events}</span></span>
            <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={`${topicLabel(t.topic)}: ${t.events} events, ${y0}–${y1}`}>
              <line class="baseline" x1={0} x2={W} y1={H - 0.5} y2={H - 0.5} />
              {Array.from({ length: span }, (_, i) => {
                const v = Number(byYear.get(y0 + i)?.[t.topic] ?? 0);
                if (!v) return null;
                const h = Math.max(2, (H - 2) * (v / max));
                const w = Math.min(bw * 0.76, 14);
                return <rect key={i} x={i * bw + (bw - w) / 2} width={w} y={H - h} height={h}><title>{`${y0 + i}: ${plural(v, 'event')} on ${topicLabel(t.topic)}`}</title></rect>;
              })}
            </svg>
          </li>
        ))}
      </ul>
      <p class="muted small axis-note">Each panel: events per year {y0 === y1 ? `in ${y0}` : `from ${y0} to ${y1}`}, on the same scale (highest: {max}).</p>
    </div>
  );
}

/** A ranked list of values with proportional bars; each row is a link. */
export function BarList({ items, label }: { items: { key: string; label: ComponentChildren; extra?: ComponentChildren; value: number; href?: string; title?: string }[]; label: string }) {
  if (!items.length) return <p class="empty">None.</p>;
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <ol class="barlist" aria-label={label}>
      {items.map((i) => (
        <li key={i.key}>
          <span class="blabel">{i.href ? <a href={i.href} title={i.title}>{i.label}</a> : i.label}{i.extra ? <>{'\u00a0'}{i.extra}</> : null}</span>
          <span class="btrack" aria-hidden="true"><span class="bfill" style={{ width: `${(100 * i.value) / max}%` }} /></span>
          <span class="bvalue">{i.value}</span>
        </li>
      ))}
    </ol>
  );
}

/** A strip with one dot per dated event, coloured by kind; same-day events stack. */
export function Timeline({ events }: { events: EventSummary[] }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const dated = events.map((e) => ({ e, d: dayNumber(e.date) })).filter((x): x is { e: EventSummary; d: number } => x.d != null);
  if (!dated.length) return null;
  const min = Math.min(...dated.map((x) => x.d)), max = Math.max(...dated.map((x) => x.d));
  const W = Math.max(280, width), pad = 10;
  const span = Math.max(1, max - min);
  const xOf = (d: number) => pad + ((W - 2 * pad) * (d - min)) / span;
  const stack = new Map<number, number>();
  const dots = dated.map(({ e, d }) => {
    const cx = Math.round(xOf(d) / 6);
    const level = stack.get(cx) ?? 0;
    stack.set(cx, level + 1);
    return { e, x: xOf(d), level };
  });
  const levels = Math.min(6, Math.max(...dots.map((d) => d.level)) + 1);
  const H = 22 + levels * 9;
  const y0 = new Date(min * 86_400_000).getUTCFullYear(), y1 = new Date(max * 86_400_000).getUTCFullYear();
  const ticks = [];
  for (let y = y0 + 1; y <= y1; y++) ticks.push(y);
  const every = Math.max(1, Math.ceil(ticks.length / Math.max(1, Math.floor(W / 50))));
  const undated = events.length - dated.length;
  return (
    <figure class="timeline" ref={ref}>
      <svg width={W} height={H} role="img" aria-label={`Timeline of ${plural(dated.length, 'dated event')} from ${formatDate(dated.reduce((a, b) => (a.d < b.d ? a : b)).e.date)} to ${formatDate(dated.reduce((a, b) => (a.d > b.d ? a : b)).e.date)}`}>
        <line class="baseline" x1={pad} x2={W - pad} y1={H - 14} y2={H - 14} />
        {ticks.map((y, i) => {
          if (i % every) return null;
          const x = xOf(Date.UTC(y, 0, 1) / 86_400_000);
          return <g key={y} class="axis"><line x1={x} x2={x} y1={H - 16} y2={H - 10} /><text x={x} y={H - 1} text-anchor="middle">{y}</text></g>;
        })}
        {!ticks.length ? (
          <>
            <text x={pad} y={H - 1} text-anchor="start">{formatDate(new Date(min * 86_400_000).toISOString().slice(0, 10))}</text>
            {max > min ? <text x={W - pad} y={H - 1} text-anchor="end">{formatDate(new Date(max * 86_400_000).toISOString().slice(0, 10))}</text> : null}
          </>
        ) : null}
        {dots.map(({ e, x, level }) => (
          <circle key={e.id} cx={x} cy={H - 20 - Math.min(level, levels - 1) * 9} r={4} fill={KIND_COLOR[e.kind] ?? '#888'}>
            <title>{`${formatDate(e.date)}: ${kindLabel(e.kind)}, ${e.participants.map((p) => p.name ?? p.country).filter(Boolean).join(', ')}`}</title>
          </circle>
        ))}
      </svg>
      {undated ? <figcaption class="muted small">{plural(undated, 'undated event')} not on the strip.</figcaption> : null}
    </figure>
  );
}
