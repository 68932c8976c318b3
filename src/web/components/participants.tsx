/** Participants as links to their person pages, with country codes. */
import type { Participant } from '../api.ts';
import { personHref } from '../router.ts';
import { personKey } from '../format.ts';
import { CountryCode } from './country.tsx';

/** The name as the report wrote it, and its English form beside it when that differs ("王毅 Wang Yi"). */
export function ParticipantName({ p }: { p: Participant }) {
  const key = personKey(p);
  const label = p.name ?? (p.country ? `${p.country} delegation` : 'unnamed');
  const name = key && p.name ? <a href={personHref(key)}>{label}</a> : <span>{label}</span>;
  return p.name_en ? <>{name} <span class="muted small en-name">{p.name_en}</span></> : name;
}

export function Participants({ list, name }: { list: Participant[]; name: (code: string | null) => string }) {
  if (!list.length) return <span class="muted">no participants named</span>;
  return (
    <ul class="plist">
      {list.map((p, i) => (
        <li key={`${personKey(p) ?? ''}${i}`}><ParticipantName p={p} />{'\u00a0'}<CountryCode code={p.country} name={name(p.country)} /></li>
      ))}
    </ul>
  );
}
