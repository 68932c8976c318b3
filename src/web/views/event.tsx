/**
 * One event (/event/evt_2021-04-16_chn-vnm_1): who, when, where, how, the occasion and who asked
 * for it; each report with its outlet, side, date, link and text with the evidence marked; the
 * two sides' accounts side by side (topics each raised, topics only one raised); statements by speaker.
 */
import type { ComponentChildren } from 'preact';
import type { EventDetail, ReportFull, Participant } from '../api.ts';
import { useApi, useCountries } from '../hooks.ts';
import type { Loc } from '../router.ts';
import { Loading, ErrorMessage } from '../components/status.tsx';
import { CountryCode } from '../components/country.tsx';
import { ParticipantName } from '../components/participants.tsx';
import { KindBadge } from '../components/event-list.tsx';
import { HighlightedText, type MarkedSpan } from '../components/highlighted-text.tsx';
import { formatDate, kindLabel, topicLabel, actLabel, plural, levelLabel } from '../format.ts';
import { useTitle } from '../app-title.ts';

/** A link to an outside page (http/https only): a normal page load, never through the router, with no referrer. */
function ExternalLink({ href, children }: { href: string; children: ComponentChildren }) {
  let safe: string | null = null;
  try { const u = new URL(href); if (u.protocol === 'http:' || u.protocol === 'https:') safe = u.href; } catch { /* not a URL */ }
  if (!safe) return <span>{children}</span>;
  return <a href={safe} rel="external noopener noreferrer">{children}</a>;
}

function Topics({ list, only }: { list: string[]; only?: string[] }) {
  if (!list.length) return <span class="muted">none recorded</span>;
  const o = new Set(only ?? []);
  return <ul class="chips">{list.map((t) => <li key={t} class={o.has(t) ? 'chip only' : 'chip'}>{topicLabel(t)}{o.has(t) ? <span class="sr-only"> (only this side)</span> : null}</li>)}</ul>;
}

/** A speaker's statements with the same act and words (wire copies of one report) shown once. */
function mergeStatements(items: EventDetail['comparison']['statements'][number]['items']) {
  const out = new Map<string, { act: string; topics: string[]; text: string; sides: string[]; reports: number }>();
  for (const it of items) {
    const key = `${it.act}|${it.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
    const cur = out.get(key) ?? { act: it.act, topics: it.topics, text: it.text, sides: [], reports: 0 };
    cur.reports++;
    if (it.side && !cur.sides.includes(it.side)) cur.sides.push(it.side);
    out.set(key, cur);
  }
  return [...out.values()];
}

function initiatorOf(reports: ReportFull[]): string | null {
  const counts = new Map<string, number>();
  for (const r of reports) if (r.data.initiator) counts.set(r.data.initiator, (counts.get(r.data.initiator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function Report({ r, side, text, open, name }: { r: ReportFull; side: string | null; text: string | undefined; open: boolean; name: (c: string | null) => string }) {
  const spans: MarkedSpan[] = [
    ...(r.data.evidence ?? []).map((s) => ({ ...s, kind: 'evidence' as const, label: 'evidence of the event' })),
    ...(r.data.statements ?? []).map((s) => ({ ...s.evidence, kind: 'statement' as const, label: `${s.speaker}: ${actLabel(s.act)}` })),
  ];
  return (
    <article class="report" data-report={r.event}>
      <header>
        <h3>{r.source ?? 'unknown outlet'}</h3>
        <p class="meta">
          <span>Side: {side ? <><CountryCode code={side} name={name(side)} /> {name(side)}</> : 'unknown'}</span>
          <span>Published {r.published ? formatDate(r.published) : 'date unknown'}</span>
          {r.url ? <span><ExternalLink href={r.url}>Original article</ExternalLink></span> : null}
        </p>
        {r.title ? <p class="rtitle">{r.title}</p> : null}
        <p class="small muted">This report: {kindLabel(r.data.kind)}, {formatDate(r.data.date)}{r.data.location?.place ? `, ${r.data.location.place}` : ''}; {plural(r.data.evidence?.length ?? 0, 'evidence span')}, {plural(r.data.statements?.length ?? 0, 'statement')}.</p>
      </header>
      {text == null ? <p class="muted">The text of this report is not stored.</p> : (
        <details open={open}>
          <summary>Text with the evidence marked</summary>
          <p class="small key"><mark class="evidence">evidence of the event</mark> <mark class="statement">a statement</mark></p>
          <HighlightedText text={text} spans={spans} />
        </details>
      )}
    </article>
  );
}

export function EventPage({ id }: { id: string; loc: Loc }) {
  const { name } = useCountries();
  const res = useApi<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  const e = res.data?.event;
  const title = e ? `${kindLabel(e.kind)[0].toUpperCase()}${kindLabel(e.kind).slice(1)}, ${formatDate(e.date)}` : 'Event';
  useTitle(e ? `${title}: ${e.participants.map((p) => p.name ?? p.country).join(', ')}` : 'Event');
  if (res.loading) return <section><h1 id="page-title" tabIndex={-1}>Event</h1><Loading what="the event" /></section>;
  if (res.error || !res.data || !e) return <section><h1 id="page-title" tabIndex={-1}>Event</h1><ErrorMessage what="the event" error={res.error ?? 'no data'} /></section>;
  const { comparison, texts } = res.data;
  const sideOf = new Map(comparison.reports.map((r) => [r.event, r.side]));
  const initiator = initiatorOf(e.reports_full);
  const titleOf = (p: Participant) => p.title ?? '';
  const speakerOf = (n: string) => e.participants.find((p) => p.name === n || p.aliases?.includes(n));

  return (
    <section aria-labelledby="page-title" class="event">
      <p class="crumbs"><a href="/events">Events</a></p>
      <h1 id="page-title" tabIndex={-1}>{title}</h1>
      <dl class="facts">
        <div><dt>Kind</dt><dd><KindBadge kind={e.kind} /></dd></div>
        <div><dt>Date</dt><dd>{formatDate(e.date)}</dd></div>
        <div><dt>Place</dt><dd>{e.location?.place ? <>{e.location.place} {e.location.country ? <CountryCode code={e.location.country} name={name(e.location.country)} /> : null}{e.location.inferred ? <span class="muted"> (inferred)</span> : null}</> : e.location?.country ? name(e.location.country) : e.kind === 'phone_call' || e.kind === 'video_conference' ? <span class="muted">remote</span> : <span class="muted">not stated</span>}</dd></div>
        {e.occasion ? <div><dt>Occasion</dt><dd>{e.occasion}</dd></div> : null}
        {e.level ? <div><dt>Level</dt><dd>{levelLabel(e.level)}</dd></div> : null}
        {e.direction ? <div><dt>Travel</dt><dd>{e.direction.from.map((c) => name(c)).join(' and ')} to {name(e.direction.to)} <span class="muted small">({e.direction.basis === 'location' ? 'where it took place' : 'the host invited'})</span></dd></div> : null}
        <div><dt>Initiator</dt><dd>{initiator ?? <span class="muted">not stated</span>}</dd></div>
        <div><dt>Reports</dt><dd>{e.reports_full.length}</dd></div>
        {e.referenced ? <div><dt>Note</dt><dd>recalled in a report of another encounter</dd></div> : null}
      </dl>

      <h2>Participants</h2>
      <ul class="participants">
        {e.participants.map((p, i) => (
          <li key={i}>
            <span class="pname"><ParticipantName p={p} /></span> <CountryCode code={p.country} name={name(p.country)} />
            <span class="ptitle">{titleOf(p) ? `${titleOf(p)}, ` : ''}{name(p.country)}</span>
            {p.reports ? <span class="muted small"> named in {plural(p.reports, 'report')}</span> : null}
          </li>
        ))}
      </ul>
      {e.topics.length ? <><h2>Topics</h2><Topics list={e.topics} /></> : null}
      {Object.keys(e.chosen ?? {}).length ? (
        <details class="chosen">
          <summary>How the fields were chosen</summary>
          <ul>{Object.entries(e.chosen).map(([k, v]) => <li key={k}><strong>{k}</strong>: {v}</li>)}</ul>
        </details>
      ) : null}

      <h2>The sides’ accounts</h2>
      {comparison.sides.length ? (
        <div class="sides">
          {comparison.sides.map((s) => (
            <section key={s.side} class="side" aria-label={`${s.side === 'unknown' ? 'Unknown side' : name(s.side)}'s reports`}>
              <h3>{s.side === 'unknown' ? 'Side unknown' : <>{name(s.side)} <CountryCode code={s.side} name={name(s.side)} /></>}</h3>
              <p class="muted small">{plural(s.reports, 'report')}</p>
              <h4>Topics raised</h4>
              <Topics list={s.topics} only={s.only} />
              {comparison.sides.length > 1 ? <><h4>Only this side</h4>{s.only.length ? <Topics list={s.only} /> : <span class="muted">none</span>}</> : null}
            </section>
          ))}
        </div>
      ) : <p class="muted">No reports to compare.</p>}

      <h2>Statements by speaker</h2>
      {comparison.statements.length ? comparison.statements.map((g) => (
        <section key={g.speaker} class="speaker">
          <h3>{g.speaker === 'both' ? 'Both sides' : speakerOf(g.speaker) ? <ParticipantName p={speakerOf(g.speaker)!} /> : g.speaker}</h3>
          <ul class="statements">
            {mergeStatements(g.items).map((it, i) => (
              <li key={i}>
                <span class="act">{actLabel(it.act)}</span>
                {it.topics.length ? <span class="muted small"> on {it.topics.map(topicLabel).join(', ')}</span> : null}
                <span class="muted small"> · {it.sides.length ? `as reported by ${it.sides.map((x) => name(x)).join(' and ')}` : 'side unknown'}{it.reports > 1 ? ` (${it.reports} reports)` : ''}</span>
                <blockquote>{it.text}</blockquote>
              </li>
            ))}
          </ul>
        </section>
      )) : <p class="muted">No statements recorded.</p>}

      <h2>Reports</h2>
      {e.reports_full.map((r, i) => <Report key={r.event} r={r} side={sideOf.get(r.event) ?? null} text={texts[r.document]} open={i === 0 || e.reports_full.length <= 2} name={name} />)}
    </section>
  );
}
