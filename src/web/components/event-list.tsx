/**
 * A list of events: a table on wide screens, which the style sheet turns into one card per event
 * on narrow ones (each cell then shows its column name).
 */
import type { EventSummary } from '../api.ts';
import { formatDate, kindLabel, KIND_COLOR, plural } from '../format.ts';
import { Participants } from './participants.tsx';
import { CountryCode } from './country.tsx';

export const eventHref = (id: string) => `/event/${encodeURIComponent(id)}`;

export function KindBadge({ kind }: { kind: string }) {
  return <span class="kind"><span class="swatch" style={{ background: KIND_COLOR[kind as keyof typeof KIND_COLOR] ?? '#888' }} aria-hidden="true" />{kindLabel(kind)}</span>;
}

export function EventList({ events, name, caption }: { events: EventSummary[]; name: (code: string | null) => string; caption: string }) {
  if (!events.length) return <p class="empty">No events match.</p>;
  return (
    <table class="events">
      <caption class="sr-only">{caption}</caption>
      <thead>
        <tr><th scope="col">Date</th><th scope="col">Kind</th><th scope="col">Participants</th><th scope="col">Place</th><th scope="col">Reports</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event={e.id}>
            <td data-label="Date"><a class="event-link" href={eventHref(e.id)}>{formatDate(e.date)}</a>{e.referenced ? <span class="tag" title="recalled in a report of another encounter">recalled</span> : null}</td>
            <td data-label="Kind"><KindBadge kind={e.kind} /></td>
            <td data-label="Participants"><Participants list={e.participants} name={name} /></td>
            <td data-label="Place">{e.place ? <>{e.place} {e.country ? <CountryCode code={e.country} name={name(e.country)} /> : null}</> : e.occasion ? e.occasion : <span class="muted">not stated</span>}{e.place && e.occasion ? <div class="muted small">{e.occasion}</div> : null}</td>
            <td data-label="Reports" class="num">{plural(e.reports, 'report')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
