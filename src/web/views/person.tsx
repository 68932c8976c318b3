/**
 * A person (/person/wang-yi, or any spelling): the offices they held over time (by office and term,
 * src/record/offices.ts), the countries and people they met, and their events (recalled encounters
 * included, marked).
 */
import type { EventSummary, Person, PersonResponse } from '../api.ts';
import { useApi, useCountries } from '../hooks.ts';
import { personHref, type Loc } from '../router.ts';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { CountryCode } from '../components/country.tsx';
import { EventList } from '../components/event-list.tsx';
import { DownloadLinks } from '../components/download.tsx';
import { BarList, Timeline } from '../components/charts.tsx';
import { formatDate, dayNumber, personKey, plural, partNote } from '../format.ts';
import { query } from '../api.ts';
import { useTitle } from '../app-title.ts';

/** The span an office covers on the axis: its registry term where known (open terms to the last report), else its reports' first and last dates. */
function span(o: Person['offices'][number]): [number, number] | null {
  const a = dayNumber(o.term?.from ?? o.first ?? o.last);
  const endOf = (d: string | null | undefined) => { const n = dayNumber(d); if (n == null || !d) return null; return d.length === 4 ? n + 364 : d.length === 7 ? n + 30 : n; };
  const b = endOf(o.term ? o.term.to ?? o.last ?? o.first : o.last ?? o.first) ?? a;
  return a == null || b == null ? null : [a, Math.max(a, b)];
}

/** Offices as bars on a shared time axis: one per office and term, the registry's term where it has one. */
function OfficeTimeline({ offices }: { offices: Person['offices'] }) {
  const dated = offices.map((o) => ({ o, s: span(o) })).filter((x): x is { o: Person['offices'][number]; s: [number, number] } => !!x.s)
    .sort((x, y) => x.s[0] - y.s[0] || x.s[1] - y.s[1]);
  const undated = offices.filter((o) => !span(o));
  const min = Math.min(...dated.map((x) => x.s[0])), max = Math.max(...dated.map((x) => x.s[1]));
  const total = Math.max(1, max - min);
  const y0 = dated.length ? new Date(min * 86_400_000).getUTCFullYear() : 0, y1 = dated.length ? new Date(max * 86_400_000).getUTCFullYear() : 0;
  const when = (o: Person['offices'][number]) => (o.term ? `${formatDate(o.term.from) === 'undated' ? '?' : formatDate(o.term.from)} – ${o.term.to ? formatDate(o.term.to) : 'now'}` : o.first === o.last || !o.last ? formatDate(o.first) : `${formatDate(o.first)} – ${formatDate(o.last)}`);
  return (
    <>
      {dated.length ? (
        <>
          <p class="muted small">Each office once per term ({y0}–{y1}): the registry's term where it has one, else the first to the last report that gives it. The titles the reports used are listed under each.</p>
          <ol class="gantt">
            {dated.map(({ o, s }) => (
              <li key={`${o.role}|${o.title}|${o.term?.from ?? o.first}`}>
                <span class="gtitle">{o.title}{o.country ? <> <CountryCode code={o.country} /></> : null}<span class="muted small gas">{o.spellings.length > 1 || o.spellings[0] !== o.title ? `as ${o.spellings.slice(0, 4).join('; ')}` : ''}</span></span>
                <span class="gtrack" aria-hidden="true"><span class="gbar" style={{ left: `${(100 * (s[0] - min)) / total}%`, width: `max(6px, ${(100 * (s[1] - s[0])) / total}%)` }} /></span>
                <span class="gdates">{when(o)}<span class="muted small"> · {plural(o.reports, 'report')}</span></span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {undated.length ? (
        <>
          <p class="muted small">{dated.length ? 'Also, in undated reports:' : 'In undated reports:'}</p>
          <ul class="plain">{undated.map((o) => <li key={`${o.role}|${o.title}`}>{o.title} <span class="muted small">({plural(o.reports, 'report')})</span></li>)}</ul>
        </>
      ) : null}
      {!offices.length ? <p class="muted">No office named in the reports.</p> : null}
    </>
  );
}

function counterparts(me: Person, events: EventSummary[]) {
  const countries = new Map<string, number>();
  const people = new Map<string, { key: string; name: string; country: string | null; n: number }>();
  const mine = new Set([me.id, me.name, ...me.spellings]);
  for (const e of events) {
    const seen = new Set<string>();
    for (const p of e.participants) {
      const k = personKey(p);
      if (!k || mine.has(k) || (p.name && mine.has(p.name))) continue;
      if (p.country && p.country !== me.country && !seen.has(`c:${p.country}`)) { seen.add(`c:${p.country}`); countries.set(p.country, (countries.get(p.country) ?? 0) + 1); }
      if (p.name && !seen.has(k)) {
        seen.add(k);
        const cur = people.get(k) ?? { key: k, name: p.name, country: p.country, n: 0 };
        cur.n++;
        if (p.name.length > cur.name.length) cur.name = p.name; // the fullest spelling
        cur.country ??= p.country;
        people.set(k, cur);
      }
    }
  }
  return {
    countries: [...countries].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    people: [...people.values()].sort((a, b) => b.n - a.n || a.name.localeCompare(b.name)),
  };
}

export function PersonPage({ id }: { id: string; loc: Loc }) {
  const { name } = useCountries();
  const res = useApi<PersonResponse>(`/api/people/${encodeURIComponent(id)}`);
  const p = res.data?.person;
  useTitle(p ? p.name : 'Person');
  if (res.loading) return <section><h1 id="page-title" tabIndex={-1}>Person</h1><Loading what="the person" /></section>;
  if (res.error || !res.data || !p) return <section><h1 id="page-title" tabIndex={-1}>Person</h1><ErrorMessage what="the person" error={res.error ?? 'no data'} /></section>;
  const events = res.data.events;
  const met = counterparts(p, events);
  const others = p.spellings.filter((s) => s !== p.name);

  return (
    <section aria-labelledby="page-title" class="person">
      <p class="crumbs"><a href="/people">People</a></p>
      <h1 id="page-title" tabIndex={-1}>{p.name} {p.country ? <CountryCode code={p.country} name={name(p.country)} /> : null}</h1>
      <p class="lead">
        {p.country ? `${name(p.country)}. ` : ''}{plural(p.events, 'encounter')}{p.first ? `, ${formatDate(p.first)}` : ''}{p.last && p.last !== p.first ? ` to ${formatDate(p.last)}` : ''}.
        {others.length ? <> Also written: {others.join(', ')}.</> : null}
        {' '}<a href={`/events${query({ person: p.id, referenced: 'true' })}`}>Filter the events</a>
      </p>
      <div class="cards">
        <section class="card wide" aria-labelledby="h-titles">
          <h2 id="h-titles">Offices over time</h2>
          <OfficeTimeline offices={p.offices} />
        </section>
        <section class="card" aria-labelledby="h-cp">
          <h2 id="h-cp">Countries met</h2>
          <BarList label={`Countries ${p.name} met`} items={met.countries.map(([c, n]) => ({
            key: c, value: n, label: name(c), extra: <CountryCode code={c} name={name(c)} />,
            href: `/events${query({ person: p.id, country: c, referenced: 'true' })}`, title: `${p.name}'s events with ${name(c)}`,
          }))} />
        </section>
        <section class="card" aria-labelledby="h-pp">
          <h2 id="h-pp">People met</h2>
          <BarList label={`People ${p.name} met`} items={met.people.slice(0, 20).map((x) => ({
            key: x.key, value: x.n, href: personHref(x.key), label: x.name, extra: <CountryCode code={x.country} name={name(x.country)} />,
          }))} />
        </section>
      </div>
      <h2>Events</h2>
      {(() => { const n = partNote(events.length, res.data.total, res.data.exact, 'filter the events for the rest'); return n ? <p class="count">{n}.</p> : null; })()}
      <Timeline events={events} />
      <EventList events={events} name={name} caption={`Events of ${p.name}`} />
      {events.length ? <DownloadLinks filters={{ person: p.id, referenced: 'true' }} what={`${p.name}'s events`} /> : null}
    </section>
  );
}
