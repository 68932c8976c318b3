/**
 * One event (/event/evt_2021-04-16_chn-vnm_3fa9c2): who, when, where, how, the occasion and who asked
 * for it; each report with its outlet, side (and what told it), kind of source, date, link and text
 * with the evidence marked; the sides' accounts side by side (topics each raised, topics only one
 * raised); statements by speaker, each once, with the sides that report it and each report's wording.
 */
import type { ComponentChildren } from 'preact';
import type { EventDetail, ReportFull, Participant } from '../api.ts';
import { sourceKindLabel } from '../../vocabulary/terms.ts';
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

const BASIS: Record<string, string> = {
  user: 'stated at ingest', 'user-rule': 'your outlet rule', credit: "the text's credit", 'lead-attribution': 'the source it relays', outlet: 'the outlet',
  attribution: 'the sources it cites', 'outlet-name': "the source's name", 'photo-credit': "the pictures' credits", 'self-unqualified': 'the party it names without a country', 'domain-country': "the site's country domain",
  'pair-order': 'the country it names first', language: 'its language only', none: 'nothing',
};

function initiatorOf(reports: ReportFull[]): string | null {
  const counts = new Map<string, number>();
  for (const r of reports) if (r.data.initiator) counts.set(r.data.initiator, (counts.get(r.data.initiator) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

type ComparedReport = EventDetail['comparison']['reports'][number];

/** A side's name for people: a country or organisation, "independent" wires, or "unknown". */
export function sideName(side: string, name: (c: string | null) => string): string {
  return side === 'unknown' ? 'Side unknown' : side === 'independent' ? 'Independent (international wires)' : name(side);
}

function Report({ r, side, text, open, name }: { r: ReportFull; side: ComparedReport | null; text: string | undefined; open: boolean; name: (c: string | null) => string }) {
  const spans: MarkedSpan[] = [
    ...(r.data.evidence ?? []).map((s) => ({ ...s, kind: 'evidence' as const, label: 'evidence of the event' })),
    ...(r.data.statements ?? []).map((s) => ({ ...s.evidence, kind: 'statement' as const, label: `${s.speaker}: ${actLabel(s.act)}` })),
  ];
  return (
    <article class="report" data-report={r.event}>
      <header>
        <h3>{r.source ?? 'unknown outlet'}</h3>
        <p class="meta">
          <span class="report-side" data-side={side?.side ?? 'unknown'}>Side: {side && side.side !== 'unknown' ? <>{side.side !== 'independent' ? <CountryCode code={side.side} name={name(side.side)} /> : null} {sideName(side.side, name)}</> : 'unknown'}{side ? <span class="muted small" title={side.side_evidence ?? undefined}> (from {BASIS[side.side_basis] ?? side.side_basis})</span> : null}</span>
          {side ? <span class="kind-of-source">{sourceKindLabel(side.source_kind)}</span> : null}
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
  const sideOf = new Map(comparison.reports.map((r) => [r.event, r]));
  const sideLabel = (x: string) => sideName(x, name);
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
      {comparison.identified < 2 ? <p class="muted small note-sides">{comparison.identified === 1 ? 'Only one side is identified among the reports' : 'No report’s side is identified'}: nothing is marked as raised by one side only.</p> : null}
      {comparison.sides.length ? (
        <div class="sides">
          {comparison.sides.map((s) => (
            <section key={s.side} class={s.side === 'unknown' ? 'side unknown-side' : 'side'} data-side={s.side} aria-label={`${sideLabel(s.side)}: reports`}>
              <h3>{s.side === 'unknown' || s.side === 'independent' ? sideLabel(s.side) : <>{name(s.side)} <CountryCode code={s.side} name={name(s.side)} /></>}</h3>
              <p class="muted small">{plural(s.reports, 'report')}{s.side === 'unknown' ? ': whose account these are could not be told, so they are not compared' : ''}</p>
              <h4>Topics raised</h4>
              <Topics list={s.topics} only={s.only} />
              {comparison.identified > 1 && s.side !== 'unknown' ? <><h4>Only this side</h4>{s.only.length ? <Topics list={s.only} /> : <span class="muted">none</span>}</> : null}
            </section>
          ))}
        </div>
      ) : <p class="muted">No reports to compare.</p>}
      {comparison.topics.some((t) => t.only && t.sentences.length) ? (
        <details class="only-topics">
          <summary>What only one side raised, in its own words</summary>
          <ul>{comparison.topics.filter((t) => t.only && t.sentences.length).map((t) => (
            <li key={t.topic}><strong>{topicLabel(t.topic)}</strong>, only {sideLabel(t.only!)}: <blockquote>{t.sentences[0].text}</blockquote></li>
          ))}</ul>
        </details>
      ) : null}

      <h2>Statements by speaker</h2>
      {comparison.statements.length ? <p class="muted small">{plural(comparison.statements.reduce((n, g) => n + g.items.length, 0), 'statement')}, each once, from {plural(comparison.statementCopies, 'sentence')} in the reports.</p> : null}
      {comparison.statements.length ? comparison.statements.map((g) => (
        <section key={g.speaker} class="speaker">
          <h3>{g.speaker === 'both' ? 'Both sides' : speakerOf(g.speaker) ? <ParticipantName p={speakerOf(g.speaker)!} /> : g.speaker}</h3>
          <ul class="statements">
            {g.items.map((it, i) => {
              const others = it.copies.slice(1).filter((cp, j, all) => cp.text.replace(/\s+/g, ' ').trim() !== it.text.replace(/\s+/g, ' ').trim() && all.findIndex((x) => x.text === cp.text) === j);
              return (
                <li key={i} class={it.only ? 'statement only' : 'statement'} data-sides={it.sides.join(' ')}>
                  <span class="act">{actLabel(it.act)}</span>
                  {it.topics.length ? <span class="muted small"> on {it.topics.map(topicLabel).join(', ')}</span> : null}
                  <span class="small reported"> · {it.only ? <strong class="only-mark">only {sideLabel(it.only)}’s reports</strong> : it.sides.length ? `reported by ${it.sides.map(sideLabel).join(' and ')}` : 'side unknown'}{it.copies.length > 1 ? ` (${plural(it.copies.length, 'report')})` : ''}</span>
                  <blockquote>{it.text}</blockquote>
                  {others.length ? (
                    <details class="wordings">
                      <summary>Other reports’ wording ({others.length})</summary>
                      <ul>{others.map((cp) => <li key={cp.report}><span class="muted small">{sideLabel(cp.side)}, {cp.report}:</span> <blockquote>{cp.text}</blockquote></li>)}</ul>
                    </details>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </section>
      )) : <p class="muted">No statements recorded.</p>}

      <h2>Reports</h2>
      {e.reports_full.map((r, i) => <Report key={r.event} r={r} side={sideOf.get(r.event) ?? null} text={texts[r.document]} open={i === 0 || e.reports_full.length <= 2} name={name} />)}
    </section>
  );
}
