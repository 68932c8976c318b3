/**
 * Network (/network?nodes=country|person&country=…&level=…&from=…&to=…): who meets whom, as nodes
 * sized by their encounters and edges weighted by shared encounters, placed by our own force layout
 * and drawn as static SVG. Nodes and (country) edges are links to the events; the strongest links
 * are also listed as text. On a narrow screen (a phone) the graph's labels cannot all stand apart, so
 * the view is a list of nodes with their counterparts, with a button to draw the graph anyway.
 */
import { useMemo, useState } from 'preact/hooks';
import { query, type Network } from '../api.ts';
import { LEVELS, type NetworkLevel } from '../../vocabulary/terms.ts';
import { useApi, useCountries } from '../hooks.ts';
import { navigate, personHref, type Loc } from '../router.ts';
import { forceLayout, fit, separate, type Box } from '../components/force-layout.ts';
import { useWidth } from '../components/use-width.ts';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { plural, levelLabel } from '../format.ts';
import { useTitle } from '../app-title.ts';

type Level = NetworkLevel;

/** Below this width the view starts as a list: labels of a graph this narrow overlap. */
export const NARROW = 560;

/** The nodes as a list, heaviest first, each with its counterparts (a phone's view of the network). */
function NodeList({ data, level, filters }: { data: Network; level: Level; filters: Record<string, string> }) {
  const label = new Map(data.nodes.map((n) => [n.id, n.label]));
  const links = new Map<string, { id: string; weight: number }[]>();
  for (const e of data.edges) {
    (links.get(e.source) ?? links.set(e.source, []).get(e.source)!).push({ id: e.target, weight: e.weight });
    (links.get(e.target) ?? links.set(e.target, []).get(e.target)!).push({ id: e.source, weight: e.weight });
  }
  const nodes = [...data.nodes].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
  const href = (id: string) => (level === 'country' ? `/events${query({ ...filters, country: id })}` : personHref(id));
  const pairHref = (a: string, b: string) => (level === 'country' ? `/events${query({ ...filters, country: a, with: b })}` : personHref(b));
  return (
    <ol class="nodelist" aria-label={level === 'country' ? 'Countries and their counterparts' : 'People and whom they met'}>
      {nodes.map((n) => (
        <li key={n.id}>
          <a class="nl-name" href={href(n.id)}>{n.label}</a> <span class="muted small">{plural(n.weight, 'encounter')}</span>
          <ul class="nl-links">
            {(links.get(n.id) ?? []).sort((a, b) => b.weight - a.weight).slice(0, 8).map((l) => (
              <li key={l.id}><a href={pairHref(n.id, l.id)}>{label.get(l.id) ?? l.id}</a> <span class="muted small">{l.weight}</span></li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function Graph({ data, level, filters }: { data: Network; level: Level; filters: Record<string, string> }) {
  const [ref, width] = useWidth<HTMLDivElement>();
  const [active, setActive] = useState<string | null>(null);
  const pos = useMemo(() => forceLayout(data.nodes, data.edges, 150), [data]);
  const W = Math.max(300, width);
  const H = Math.round(Math.min(640, Math.max(260, Math.min(W * 0.62, 140 + data.nodes.length * 22))));
  const padX = Math.min(70, W * 0.12), padY = 24;
  const maxN = Math.max(1, ...data.nodes.map((n) => n.weight));
  const maxE = Math.max(1, ...data.edges.map((e) => e.weight));
  const radius = (w: number) => 4 + 14 * Math.sqrt(w / maxN);
  const short = level === 'country' && W < 520;
  const text = (n: { id: string; label: string }) => (short ? n.id : n.label);
  // pixel positions, then nodes nudged apart until no circle or label overlaps another
  const boxes = useMemo(() => {
    const out = new Map<string, Box & { r: number; right0: boolean }>();
    const placed = fit(pos, W, H, padX, padY);
    for (const n of data.nodes) {
      const { x, y } = placed.get(n.id) ?? { x: W / 2, y: H / 2 };
      const r = radius(n.weight);
      const right0 = x < W / 2 + 1;
      const lw = text(n).length * 6.6 + 6;
      out.set(n.id, { x, y, r, right0, left: right0 ? -r - 2 : -r - lw, right: right0 ? r + lw : r + 2, top: -Math.max(r, 8) - 2, bottom: Math.max(r, 8) + 2 });
    }
    separate([...out.values()], W, H);
    return out;
  }, [pos, W, H, short]);
  const xy = (id: string) => boxes.get(id) ?? { x: W / 2, y: H / 2, r: 4, right0: true };
  const label = new Map(data.nodes.map((n) => [n.id, n.label]));
  const near = new Set<string>();
  if (active) for (const e of data.edges) if (e.source === active || e.target === active) { near.add(e.source); near.add(e.target); }
  const nodeHref = (id: string) => (level === 'country' ? `/events${query({ ...filters, country: id })}` : personHref(id));
  const nodes = [...data.nodes].sort((a, b) => a.weight - b.weight); // heavy nodes drawn last, on top
  const on = (id: string) => ({ onMouseEnter: () => setActive(id), onMouseLeave: () => setActive(null), onFocus: () => setActive(id), onBlur: () => setActive(null) });

  return (
    <figure class="network" ref={ref}>
      <svg width={W} height={H} role="group" aria-labelledby="net-title" class={active ? 'has-active' : ''}>
        <title id="net-title">{`${level === 'country' ? 'Countries' : 'People'} as nodes (${data.nodes.length}), encounters as edges (${data.edges.length})`}</title>
        <g class="edges">
          {data.edges.map((e) => {
            const a = xy(e.source), b = xy(e.target);
            const cls = active ? (e.source === active || e.target === active ? 'edge on' : 'edge dim') : 'edge';
            const t = `${label.get(e.source)} – ${label.get(e.target)}: ${plural(e.weight, 'encounter')}`;
            const line = <line x1={a.x} y1={a.y} x2={b.x} y2={b.y} stroke-width={1 + 7 * (e.weight / maxE)} />;
            return level === 'country' ? (
              <a key={`${e.source}|${e.target}`} href={`/events${query({ ...filters, country: e.source, with: e.target })}`} class={cls} tabIndex={-1} aria-hidden="true">
                <title>{t}</title>{line}<line class="hit" x1={a.x} y1={a.y} x2={b.x} y2={b.y} />
              </a>
            ) : <g key={`${e.source}|${e.target}`} class={cls}><title>{t}</title>{line}</g>;
          })}
        </g>
        <g class="nodes">
          {nodes.map((n) => {
            const { x, y, r, right0: right } = xy(n.id);
            const cls = active ? (n.id === active || near.has(n.id) ? 'node on' : 'node dim') : 'node';
            return (
              <a key={n.id} href={nodeHref(n.id)} class={cls} {...on(n.id)} aria-label={`${n.label}: ${plural(n.weight, 'encounter')}`}>
                <title>{`${n.label}: ${plural(n.weight, 'encounter')}`}</title>
                <circle cx={x} cy={y} r={r} />
                <text x={right ? x + r + 4 : x - r - 4} y={y + 4} text-anchor={right ? 'start' : 'end'}>{text(n)}</text>
              </a>
            );
          })}
        </g>
      </svg>
      <figcaption class="muted small">Circle size: encounters; line width: shared encounters. Hover or focus a node to see its links{level === 'country' ? '; click a line for the pair’s events' : ''}.</figcaption>
    </figure>
  );
}

export function NetworkView({ loc }: { loc: Loc }) {
  const { list, name } = useCountries();
  // nodes=person (older links: level=person)
  const level: Level = (loc.query.get('nodes') ?? loc.query.get('level')) === 'person' ? 'person' : 'country';
  const filters: Record<string, string> = {};
  for (const k of ['country', 'kind', 'topic', 'level', 'from', 'to']) { const v = loc.query.get(k); if (v && !(k === 'level' && !(LEVELS as readonly string[]).includes(v))) filters[k] = v; }
  const res = useApi<Network>(`/api/network${query({ nodes: level, ...filters })}`);
  const [narrow] = useState(() => typeof matchMedia === 'function' && matchMedia(`(max-width: ${NARROW - 1}px)`).matches);
  const [graph, setGraph] = useState(!narrow);
  useTitle(level === 'person' ? 'Network of people' : 'Network of countries');
  const links = res.data ? [...res.data.edges].sort((a, b) => b.weight - a.weight).slice(0, 15) : [];
  const labelOf = new Map(res.data?.nodes.map((n) => [n.id, n.label]) ?? []);

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>Network of {level === 'person' ? 'people' : 'countries'}</h1>
      <nav class="tabs" aria-label="Level">
        <a href={`/network${query({ ...filters, nodes: 'country' })}`} aria-current={level === 'country' ? 'page' : undefined}>Countries</a>
        <a href={`/network${query({ ...filters, nodes: 'person' })}`} aria-current={level === 'person' ? 'page' : undefined}>People</a>
      </nav>
      <form class="filters" key={loc.href} aria-label="Filter the network" onSubmit={(e) => {
        e.preventDefault();
        const f = new FormData(e.currentTarget);
        const q: Record<string, string> = { nodes: level };
        for (const k of ['country', 'level', 'from', 'to']) { const v = String(f.get(k) ?? '').trim(); if (v) q[k] = v; }
        navigate(`/network${query(q)}`);
      }}>
        <label>Involving
          <select name="country">
            <option value="" selected={!filters.country}>any country</option>
            {list.map((c) => <option key={c.country} value={c.country} selected={c.country === filters.country}>{c.name}</option>)}
          </select>
        </label>
        <label>Level
          <select name="level">
            <option value="" selected={!filters.level}>any level</option>
            {LEVELS.map((l) => <option key={l} value={l} selected={l === filters.level}>{levelLabel(l)}</option>)}
          </select>
        </label>
        <label>From <input name="from" defaultValue={filters.from ?? ''} placeholder="YYYY" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="YYYY, YYYY-MM or YYYY-MM-DD" /></label>
        <label>To <input name="to" defaultValue={filters.to ?? ''} placeholder="YYYY" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="YYYY, YYYY-MM or YYYY-MM-DD" /></label>
        <div class="buttons"><button type="submit">Apply</button></div>
      </form>
      {res.loading ? <Loading what="the network" /> : null}
      {res.error ? <ErrorMessage what="the network" error={res.error} /> : null}
      {res.data ? (
        res.data.nodes.length ? (
          <>
            {res.data.truncated ? <p class="count">Drawn from the first {res.data.events.toLocaleString('en')} encounters only; narrow the filters to see the rest.</p> : null}
            {graph ? <Graph data={res.data} level={level} filters={filters} /> : <NodeList data={res.data} level={level} filters={filters} />}
            <p><button type="button" class="secondary" onClick={() => setGraph(!graph)}>{graph ? 'Show as a list' : 'Draw the graph'}</button></p>
            <h2>Strongest links</h2>
            <ol class="links">
              {links.map((e) => (
                <li key={`${e.source}|${e.target}`}>
                  {level === 'country'
                    ? <a href={`/events${query({ ...filters, country: e.source, with: e.target })}`}>{name(e.source)} – {name(e.target)}</a>
                    : <><a href={personHref(e.source)}>{labelOf.get(e.source)}</a> – <a href={personHref(e.target)}>{labelOf.get(e.target)}</a></>}
                  {' '}<span class="muted">{plural(e.weight, 'encounter')}</span>
                </li>
              ))}
            </ol>
          </>
        ) : <p class="empty">No encounters match.</p>
      ) : null}
    </section>
  );
}
