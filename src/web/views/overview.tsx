/**
 * Overview (/?country=VNM&with=CHN): a country or a pair; engagements per month by kind, topic
 * trends by year, the most frequent counterparts (each a link to the pair).
 */
import { query, type Stats } from '../api.ts';
import { useApi, useCountries } from '../hooks.ts';
import { navigate, type Loc } from '../router.ts';
import { BarList, MonthlyChart, TopicTrends } from '../components/charts.tsx';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { CountryCode } from '../components/country.tsx';
import { kindLabel, KINDS, KIND_COLOR, countNote } from '../format.ts';
import { useTitle } from '../app-title.ts';

export function Overview({ loc }: { loc: Loc }) {
  const { list, name, error: cError } = useCountries();
  const country = (loc.query.get('country') ?? list[0]?.country ?? '').toUpperCase();
  const other = (loc.query.get('with') ?? '').toUpperCase();
  const stats = useApi<Stats>(country ? `/api/stats${query({ country, with: other })}` : null);
  const title = country ? (other ? `${name(country)} and ${name(other)}` : name(country)) : 'Overview';
  useTitle(title);

  const choose = (c: string, w: string) => navigate(`/${query({ country: c, with: w && w !== c ? w : '' })}`);
  const total = stats.data ? stats.data.total : 0;
  const undated = stats.data ? stats.data.undated : 0;
  const kindTotals = stats.data ? KINDS.map((k) => ({ k, n: stats.data!.byYear.filter((r) => r.kind === k).reduce((s, r) => s + r.events, 0) })).filter((x) => x.n) : [];
  const inMonths = stats.data ? stats.data.byMonth.reduce((n, r) => n + KINDS.reduce((a, k) => a + (r[k] ?? 0), 0), 0) : 0;

  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      {cError ? <ErrorMessage what="the countries" error={cError} /> : null}
      {!cError && !list.length ? <Loading what="countries" /> : null}
      {list.length ? (
        <form class="pick" onSubmit={(e) => { e.preventDefault(); const f = new FormData(e.currentTarget); choose(String(f.get('country') ?? ''), String(f.get('with') ?? '')); }}>
          <label>Country
            <select name="country" value={country} onChange={(e) => choose(e.currentTarget.value, other)}>
              {list.map((c) => <option key={c.country} value={c.country}>{c.name} ({c.events})</option>)}
            </select>
          </label>
          <label>With
            <select name="with" value={other} onChange={(e) => choose(country, e.currentTarget.value)}>
              <option value="">any counterpart</option>
              {list.filter((c) => c.country !== country).map((c) => <option key={c.country} value={c.country}>{c.name}</option>)}
            </select>
          </label>
        </form>
      ) : null}
      {stats.loading ? <Loading what="statistics" /> : null}
      {stats.error ? <ErrorMessage what="statistics" error={stats.error} /> : null}
      {stats.data ? (
        <>
          <p class="lead">
            {countNote(total, undated)}{other ? ` between ${name(country)} and ${name(other)}` : ` of ${name(country)}`}.{' '}
            <a href={`/events${query({ country, with: other })}`}>List the events</a>
            {' · '}<a href={`/network${query({ country })}`}>Network</a>
          </p>
          <div class="cards">
            <section class="card wide" aria-labelledby="h-month">
              <h2 id="h-month">Engagements per month</h2>
              <MonthlyChart rows={stats.data.byMonth} />
              {total > inMonths ? <p class="muted small">{total - inMonths} of {total} {total === 1 ? 'engagement has' : 'engagements have'} no known month{undated ? ` (${undated} no known date)` : ''} and {total - inMonths === 1 ? 'is' : 'are'} not drawn.</p> : null}
            </section>
            <section class="card wide" aria-labelledby="h-topics">
              <h2 id="h-topics">Topics by year</h2>
              <TopicTrends rows={stats.data.topicsByYear} topics={stats.data.byTopic} />
            </section>
            <section class="card" aria-labelledby="h-counterparts">
              <h2 id="h-counterparts">Most frequent counterparts</h2>
              <BarList
                label={`Counterparts of ${name(country)}`}
                items={stats.data.counterparts.slice(0, 15).map((c) => ({
                  key: c.country, value: c.events, href: `/${query({ country, with: c.country })}`, title: `${name(country)} and ${name(c.country)}`,
                  label: name(c.country), extra: <CountryCode code={c.country} name={name(c.country)} />,
                }))}
              />
            </section>
            <section class="card" aria-labelledby="h-kinds">
              <h2 id="h-kinds">Kinds of engagement</h2>
              <BarList
                label="Engagements by kind"
                items={kindTotals.map((x) => ({
                  key: x.k, value: x.n, href: `/events${query({ country, with: other, kind: x.k })}`,
                  label: <><span class="swatch" style={{ background: KIND_COLOR[x.k] }} aria-hidden="true" />{kindLabel(x.k)}</>,
                }))}
              />
            </section>
          </div>
        </>
      ) : null}
    </section>
  );
}
