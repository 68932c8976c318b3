/**
 * A list of events: a table on wide screens, which the style sheet turns into one card per event
 * on narrow ones (each cell then shows its column name). Level and travel (who went to whom) are the
 * record's (src/record/engagement.ts).
 */
import type { EventSummary } from '../api.ts';
import { formatDate, kindLabel, levelLabel, KIND_COLOR, plural } from '../format.ts';
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
        <tr><th scope="col" class="c-date">Date</th><th scope="col" class="c-kind">Kind</th><th scope="col" class="c-level">Level</th><th scope="col" class="c-part">Participants</th><th scope="col">Place</th><th scope="col" class="c-dir">Travel</th><th scope="col" class="c-num">Reports</th></tr>
      </thead>
      <tbody>
        {events.map((e) => (
          <tr key={e.id} data-event={e.id}>
            <td data-label="Date"><div class="cell"><a class="event-link" href={eventHref(e.id)}>{formatDate(e.date)}</a>{e.referenced ? <span class="tag" title="recalled in a report of another encounter">recalled</span> : null}</div></td>
            <td data-label="Kind"><div class="cell"><KindBadge kind={e.kind} /></div></td>
            <td data-label="Level"><div class="cell">{e.level ? levelLabel(e.level) : <span class="muted">–</span>}</div></td>
            <td data-label="Participants"><div class="cell"><Participants list={e.participants} name={name} /></div></td>
            <td data-label="Place"><div class="cell">{e.place ? <>{e.place}{'\u00a0'}{e.country ? <CountryCode code={e.country} name={name(e.country)} /> : null}</> : e.occasion ? e.occasion : e.kind === 'phone_call' || e.kind === 'video_conference' ? <span class="muted">remote</span> : <span class="muted">not stated</span>}{e.place && e.occasion ? <div class="muted small">{e.occasion}</div> : null}</div></td>
            <td data-label="Travel"><div class="cell">{e.direction ? <span title={e.direction.basis === 'location' ? 'where the encounter took place' : 'the host invited the visitor'}>{e.direction.from.map((c) => <CountryCode key={c} code={c} name={name(c)} />)}{' → '}<CountryCode code={e.direction.to} name={name(e.direction.to)} /></span> : <span class="muted">–</span>}</div></td>
            <td data-label="Reports" class="num"><div class="cell">{plural(e.reports, 'report')}</div></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
