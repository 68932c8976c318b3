/** People (/people?q=wang): everyone in the record, searchable by any spelling of the name. */
import { query, type PeopleResponse } from '../api.ts';
import { LIMITS } from '../../vocabulary/filters.ts';
import { useApi, useCountries } from '../hooks.ts';
import { navigate, personHref, type Loc } from '../router.ts';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { CountryCode } from '../components/country.tsx';
import { formatDate, plural, partNote } from '../format.ts';
import { useTitle } from '../app-title.ts';

export function People({ loc }: { loc: Loc }) {
  const { name } = useCountries();
  const q = loc.query.get('q') ?? '';
  const res = useApi<PeopleResponse>(`/api/people${query({ q, limit: LIMITS.people.api })}`);
  useTitle(q ? `People: “${q}”` : 'People');
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>People</h1>
      <form class="filters" role="search" key={loc.href} onSubmit={(e) => { e.preventDefault(); navigate(`/people${query({ q: String(new FormData(e.currentTarget).get('q') ?? '').trim() })}`); }}>
        <label class="grow">Name (any spelling)
          <input type="search" name="q" defaultValue={q} placeholder="Wang Yi" />
        </label>
        <div class="buttons"><button type="submit">Search</button></div>
      </form>
      {res.loading ? <Loading what="people" /> : null}
      {res.error ? <ErrorMessage what="people" error={res.error} /> : null}
      {res.data ? (
        res.data.people.length ? (
          <>
            <p class="count">{plural(res.data.total, 'person', 'people')}{(() => { const n = partNote(res.data.people.length, res.data.total, true, 'search for a name to narrow the list'); return n ? `; ${n}` : ''; })()}.</p>
            <table class="people">
              <caption class="sr-only">People{q ? ` matching “${q}”` : ''}</caption>
              <thead><tr><th scope="col">Name</th><th scope="col">Country</th><th scope="col">Offices</th><th scope="col">Encounters</th><th scope="col">Dated from – to</th></tr></thead>
              <tbody>
                {res.data.people.map((p) => (
                  <tr key={p.id}>
                    <td data-label="Name"><div class="cell"><a href={personHref(p.id)}>{p.name}</a></div></td>
                    <td data-label="Country"><div class="cell"><CountryCode code={p.country} name={name(p.country)} /> {name(p.country)}</div></td>
                    <td data-label="Offices"><div class="cell">{p.offices.length ? p.offices.map((o) => o.title).filter((t, i, a) => a.indexOf(t) === i).join('; ') : <span class="muted">–</span>}</div></td>
                    <td data-label="Encounters" class="num"><div class="cell">{p.events}</div></td>
                    <td data-label="Dated"><div class="cell">{p.first ? `${formatDate(p.first)}${p.last && p.last !== p.first ? ` – ${formatDate(p.last)}` : ''}` : <span class="muted">undated</span>}</div></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : <p class="empty">Nobody matches.</p>
      ) : null}
    </section>
  );
}
