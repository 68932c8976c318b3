/**
 * Events (/events?country=VNM&with=CHN&kind=…&topic=…&level=…&direction=…&person=…&from=…&to=…&text=…&limit=…):
 * a filter form bound to the URL (its fields are the vocabulary's filters), a timeline strip, how
 * many events match and how many lack a date, the list, and "load more" with the API's cursor.
 */
import { useEffect, useState } from 'preact/hooks';
import { api, query, type EventPage, type EventSummary, type PeopleResponse, type TopicsResponse } from '../api.ts';
import { useApi, useCountries } from '../hooks.ts';
import { navigate, type Loc } from '../router.ts';
import { EventList } from '../components/event-list.tsx';
import { DownloadLinks } from '../components/download.tsx';
import { Timeline } from '../components/charts.tsx';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { KINDS, kindLabel, topicLabel, levelLabel, countNote, partNote } from '../format.ts';
import { useTitle } from '../app-title.ts';
import { FILTERS as FILTER_SPECS, LIMITS } from '../../vocabulary/filters.ts';
import { LEVELS, DIRECTIONS } from '../../vocabulary/terms.ts';

/** The URL's parameters: the vocabulary's filters and the order. */
export const FILTERS = [...FILTER_SPECS.map((f) => f.name), 'order'] as const;
const PAGE = LIMITS.events.default;

function describe(f: Record<string, string>, name: (c: string) => string): string {
  const parts: string[] = [];
  if (f.country) parts.push(f.with ? `${name(f.country)} – ${name(f.with)}` : name(f.country));
  if (f.person) parts.push(`with ${f.person}`);
  if (f.kind) parts.push(kindLabel(f.kind));
  if (f.level) parts.push(`${levelLabel(f.level)}' level`);
  if (f.direction && f.country) parts.push(f.direction === 'inbound' ? `visits to ${name(f.country)}` : `visits by ${name(f.country)}`);
  if (f.topic) parts.push(`on ${topicLabel(f.topic)}`);
  if (f.from || f.to) parts.push(`${f.from || '…'} to ${f.to || '…'}`);
  if (f.text) parts.push(`“${f.text}”`);
  return parts.length ? `Events: ${parts.join(', ')}` : 'Events';
}

/** A select whose initial choice comes from the URL; re-renders never undo the user's choice. */
function Select({ name, value, options }: { name: string; value: string; options: [string, string][] }) {
  return <select name={name}>{options.map(([v, label]) => <option key={v} value={v} selected={v === value}>{label}</option>)}</select>;
}

export function Events({ loc }: { loc: Loc }) {
  const { list, name } = useCountries();
  const filters: Record<string, string> = {};
  for (const k of FILTERS) { const v = loc.query.get(k); if (v) filters[k] = k === 'country' || k === 'with' ? v.toUpperCase() : v; }
  // page size: 50, or the URL's limit (1–200)
  const limit = /^\d+$/.test(loc.query.get('limit') ?? '') ? Math.min(LIMITS.events.api, Math.max(1, Number(loc.query.get('limit')))) : PAGE;
  const apiQuery = query({ ...filters, limit });
  const first = useApi<EventPage>(`/api/events${apiQuery}`);
  const people = useApi<PeopleResponse>(`/api/people?limit=${LIMITS.people.api}`);
  const topicList = useApi<TopicsResponse>('/api/topics');
  const [more, setMore] = useState<{ events: EventSummary[]; next: string | null; loading: boolean; error: string | null } | null>(null);
  useEffect(() => setMore(null), [apiQuery]);
  const title = describe(filters, name);
  // the form is open on wide screens; on a phone it folds away under its summary
  const [wide] = useState(() => typeof matchMedia !== 'function' || matchMedia('(min-width: 701px)').matches);
  const active = Object.keys(filters).filter((k) => k !== 'order').length;
  useTitle(title);

  const events = [...(first.data?.events ?? []), ...(more?.events ?? [])];
  const next = more ? more.next : first.data?.next ?? null;
  const loadMore = async () => {
    if (!next) return;
    setMore((m) => ({ events: m?.events ?? [], next, loading: true, error: null }));
    try {
      const page = await api<EventPage>(`/api/events${query({ ...filters, limit, cursor: next })}`);
      setMore((m) => ({ events: [...(m?.events ?? []), ...page.events], next: page.next, loading: false, error: null }));
    } catch (e) {
      setMore((m) => ({ events: m?.events ?? [], next, loading: false, error: (e as Error).message }));
    }
  };
  const countryOptions = (v: string | undefined): [string, string][] => [
    ['', 'any'], ...list.map((c) => [c.country, `${c.name} (${c.country})`] as [string, string]),
    ...(v && !list.some((c) => c.country === v) ? [[v, v] as [string, string]] : []),
  ];
  const topics = topicList.data?.topics ?? [...new Set(events.flatMap((e) => e.topics))].sort().map((id) => ({ id, label: topicLabel(id) }));
  const total = first.data?.total ?? events.length;
  const part = partNote(events.length, total, first.data?.exact ?? true, 'load more below');

  const submit = (e: Event) => {
    e.preventDefault();
    const f = new FormData(e.currentTarget as HTMLFormElement);
    const q: Record<string, string> = {};
    for (const k of FILTERS) { const v = String(f.get(k) ?? '').trim(); if (v) q[k] = v; }
    if (q.referenced) q.referenced = 'true';
    if (q.order === 'desc') delete q.order;
    navigate(`/events${query(q)}`);
  };

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      <details class="filterbox" open={wide}>
      <summary>Filters{active ? ` (${active} set)` : ''}</summary>
      <form class="filters" onSubmit={submit} key={loc.href} aria-label="Filter the events">
        <label>Country
          <Select name="country" value={filters.country ?? ''} options={countryOptions(filters.country)} />
        </label>
        <label>With
          <Select name="with" value={filters.with ?? ''} options={countryOptions(filters.with)} />
        </label>
        <label>Person
          <input name="person" list="people-list" defaultValue={filters.person ?? ''} autocomplete="off" placeholder="wang-yi or a name" />
          <datalist id="people-list">{people.data?.people.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}</datalist>
        </label>
        <label>Kind
          <Select name="kind" value={filters.kind ?? ''} options={[['', 'any'], ...KINDS.map((k) => [k, kindLabel(k)] as [string, string])]} />
        </label>
        <label>Topic
          <input name="topic" list="topic-list" defaultValue={filters.topic ?? ''} autocomplete="off" placeholder="maritime" />
          <datalist id="topic-list">{topics.map((t) => <option key={t.id} value={t.id}>{t.label}</option>)}</datalist>
        </label>
        <label>Level
          <Select name="level" value={filters.level ?? ''} options={[['', 'any'], ...LEVELS.map((l) => [l, levelLabel(l)] as [string, string])]} />
        </label>
        <label>Travel <span class="muted small">(needs a country)</span>
          <Select name="direction" value={filters.direction ?? ''} options={[['', 'any'], ...DIRECTIONS.map((d) => [d, d === 'inbound' ? 'came to the country' : 'the country went abroad'] as [string, string])]} />
        </label>
        <label>From
          <input name="from" defaultValue={filters.from ?? ''} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="YYYY, YYYY-MM or YYYY-MM-DD" inputMode="numeric" />
        </label>
        <label>To
          <input name="to" defaultValue={filters.to ?? ''} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" title="YYYY, YYYY-MM or YYYY-MM-DD" inputMode="numeric" />
        </label>
        <label class="grow">Words in the reports
          <input type="search" name="text" defaultValue={filters.text ?? ''} placeholder="South China Sea" />
        </label>
        <label>Order
          <Select name="order" value={filters.order ?? 'desc'} options={[['desc', 'newest first'], ['asc', 'oldest first']]} />
        </label>
        <label class="check"><input type="checkbox" name="referenced" value="true" defaultChecked={filters.referenced === 'true' || filters.referenced === '1'} /> include recalled encounters</label>
        <div class="buttons">
          <button type="submit">Apply</button>
          <a class="button secondary" href="/events">Clear</a>
        </div>
      </form>
      </details>

      {first.loading ? <Loading what="events" /> : null}
      {first.error ? <ErrorMessage what="the events" error={first.error} /> : null}
      {first.data ? (
        <>
          <p class="count" aria-live="polite">{countNote(total, first.data.undated ?? 0, ['event', 'events'], first.data.exact ?? true)}{part ? `; ${part}` : ''}.</p>
          <Timeline events={events} />
          <EventList events={events} name={name} caption={title} />
          {events.length ? <DownloadLinks filters={filters} what={next ? 'all the events these filters select' : 'these events'} /> : null}
          {more?.error ? <ErrorMessage what="more events" error={more.error} /> : null}
          {next ? <p><button type="button" class="more" onClick={loadMore} disabled={more?.loading}>{more?.loading ? 'Loading…' : 'Load more'}</button></p> : null}
        </>
      ) : null}
    </section>
  );
}
