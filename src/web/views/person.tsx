/**
 * A person (/person/wang-yi): the titles they held over time (first and last dated use), the
 * countries and people they met, and their events (recalled encounters included, marked).
 */
import type { EventSummary, Person } from '../api.ts';
import { useApi, useCountries } from '../hooks.ts';
import { personHref, type Loc } from '../router.ts';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { CountryCode } from '../components/country.tsx';
import { EventList } from '../components/event-list.tsx';
import { DownloadLinks } from '../components/download.tsx';
import { BarList, Timeline } from '../components/charts.tsx';
import { formatDate, dayNumber, personKey, plural } from '../format.ts';
import { query } from '../api.ts';
import { useTitle } from '../app-title.ts';

/** Titles as bars on a shared time axis, from their first to their last dated use. */
function TitleTimeline({ titles }: { titles: Person['titles'] }) {
  const dated = titles.filter((t) => t.first || t.last).map((t) => ({ ...t, a: dayNumber(t.first ?? t.last)!, b: dayNumber(t.last ?? t.first)! }))
    .sort((x, y) => x.a - y.a || x.b - y.b);
  const undated = titles.filter((t) => !t.first && !t.last);
  const min = Math.min(...dated.map((t) => t.a)), max = Math.max(...dated.map((t) => t.b));
  const span = Math.max(1, max - min);
  const y0 = dated.length ? new Date(min * 86_400_000).getUTCFullYear() : 0, y1 = dated.length ? new Date(max * 86_400_000).getUTCFullYear() : 0;
  return (
    <>
      {dated.length ? (
        <>
          <p class="muted small">Bars run from the first to the last event that used the title ({y0}–{y1}).</p>
          <ol class="gantt">
            {dated.map((t) => (
              <li key={t.title}>
                <span class="gtitle">{t.title}</span>
                <span class="gtrack" aria-hidden="true"><span class="gbar" style={{ left: `${(100 * (t.a - min)) / span}%`, width: `max(6px, ${(100 * (t.b - t.a)) / span}%)` }} /></span>
                <span class="gdates">{t.first === t.last || !t.last ? formatDate(t.first) : `${formatDate(t.first)} – ${formatDate(t.last)}`}</span>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {undated.length ? (
        <>
          <p class="muted small">{dated.length ? 'Also, in undated events:' : 'In undated events:'}</p>
          <ul class="plain">{undated.map((t) => <li key={t.title}>{t.title}</li>)}</ul>
        </>
      ) : null}
      {!titles.length ? <p class="muted">No titles recorded.</p> : null}
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
  const res = useApi<{ person: Person; events: EventSummary[] }>(`/api/people/${encodeURIComponent(id)}`);
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
          <h2 id="h-titles">Titles over time</h2>
          <TitleTimeline titles={p.titles} />
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
      <Timeline events={events} />
      <EventList events={events} name={name} caption={`Events of ${p.name}`} />
      {events.length ? <DownloadLinks filters={{ person: p.id, referenced: 'true' }} what={`${p.name}'s events`} /> : null}
    </section>
  );
}
