/**
 * The engagement level and, for an encounter one side travelled to, its direction: fields of a
 * canonical event derived from what its reports agreed on (participants, their titles, the place).
 *
 * Level. Each participant's level is the highest that its title names (its roles through the title
 * lexicons, else the level words of data/record/offices.json) or that the registry's positions held
 * on the event's date give (a person known by id; only when the date has a year). A side is the
 * participants of one country or organisation; its level is its highest participant's. The event's
 * level is the lowest of its sides' levels: the level at which both sides took part (a prime minister
 * receiving a visiting foreign minister is a ministers' engagement; a summit is leaders'). Sides whose
 * level nothing says are left out; when no side's level is known, the event is `officials`.
 *
 * Direction. For an in-person encounter (visit, meeting, talks) in the country of one of its sides,
 * the other sides travelled there (`basis: location`). A visit with no place the reports agree on,
 * whose initiator is a participant (visits are "at the invitation of" their host), went to the
 * initiator's country (`basis: invitation`). Otherwise none: phone calls, encounters in a third
 * country, encounters whose place is unknown.
 *
 * @example
 *   engagementOf(canonicalEvent) // { level: 'ministers', direction: { from: ['VNM'], to: 'CHN', basis: 'location' } }
 */
import type { CanonicalEvent } from './encounter-grouper.js';
import type { Direction, Level } from '../vocabulary/terms.js';
import { higherLevel, levelOf, positionsOn, titleLevel } from './offices.js';
import { LEVELS } from '../vocabulary/terms.js';

type Who = Pick<CanonicalEvent['participants'][number], 'id' | 'country' | 'title' | 'name' | 'aliases'>;

/** A participant's level on a date: from its title and, for a registry person, the offices held then. */
export function participantLevel(p: Who, date: string | null): Level | null {
  let best = titleLevel(p.title);
  for (const pos of positionsOn(p.id, date)) best = higherLevel(best, levelOf(pos.role, pos.title));
  return best;
}

/** The level at which every side took part (the rule above). */
export function eventLevel(participants: Who[], date: string | null): Level {
  const sides = new Map<string, Level | null>();
  for (const p of participants) {
    const side = p.country ?? `?${p.name ?? ''}`;
    sides.set(side, higherLevel(sides.get(side) ?? null, participantLevel(p, date)));
  }
  const known = [...sides.values()].filter((l): l is Level => !!l);
  if (!known.length) return 'officials';
  return known.reduce((a, b) => (LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b));
}

const IN_PERSON = new Set(['visit', 'meeting', 'talks']);

/** Who travelled to whom (the rule above), or null. */
export function eventDirection(c: Pick<CanonicalEvent, 'kind' | 'location' | 'participants' | 'initiator'>): Direction | null {
  if (!IN_PERSON.has(c.kind)) return null;
  const countries = [...new Set(c.participants.map((p) => p.country).filter((x): x is string => !!x))];
  if (countries.length < 2) return null;
  const host = c.location?.country ?? null;
  if (host && !c.location?.inferred) {
    if (!countries.includes(host)) return null;
    return { from: countries.filter((x) => x !== host).sort(), to: host, basis: 'location' };
  }
  if (c.kind === 'visit' && c.initiator) {
    const inviter = c.participants.find((p) => p.name === c.initiator || (p.aliases ?? []).includes(c.initiator!));
    if (inviter?.country) return { from: countries.filter((x) => x !== inviter.country).sort(), to: inviter.country, basis: 'invitation' };
  }
  return null;
}

/** Both fields of a canonical event. */
export function engagementOf(c: CanonicalEvent): { level: Level; direction: Direction | null } {
  return { level: eventLevel(c.participants, c.date), direction: eventDirection(c) };
}
