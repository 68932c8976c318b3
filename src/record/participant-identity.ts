/**
 * One person, one id. Before a report is filed, a participant the extraction named without a registry
 * id gets one when the registry says who it is:
 *   1. the name is a full name or alias of a registry person who speaks for the participant's
 *      country on the report's date (the registry's own lookup, `find`);
 *   2. else one of the name's words is a registry person's family name or short form, that person
 *      speaks for the participant's country then, and holds on that date an office of a role the
 *      participant's title names ("U.S. Secretary of State Mike Rubio" on 2025-05-28: the only Rubio
 *      who was the United States' foreign minister that day is Marco Rubio).
 * Exactly one person must answer; otherwise the participant keeps its name as its identity. Persons
 * are never merged on a name alone: the office on the day is what vouches for the match.
 *
 * @example
 *   withRegistryIds(event).participants[1].id // 'marco-rubio'
 */
import { peopleRegistry, type Person } from '../knowledge/people-registry.js';
import { foldName } from '../knowledge/names.js';
import type { Participant, ReadoutEvent } from '../types.js';
import { positionsOn, titleRolesAnyLanguage } from './offices.js';

/** The registry id a participant without one stands for, or null. */
export function registryIdFor(p: Participant, date: string | null): string | null {
  if (p.id || !p.name) return null;
  const reg = peopleRegistry();
  const full = reg.find(p.name, { country: p.country, date });
  if (full) return full.id;
  const roles = new Set(titleRolesAnyLanguage(p.title));
  roles.delete('other');
  if (!roles.size || !date || !/^\d{4}/.test(date) || !p.country) return null;
  const words = foldName(p.name).split(' ').filter((w) => w.length > 1);
  if (words.length < 2) return null;
  const hits = new Map<string, Person>();
  for (const w of new Set([words[0], words[words.length - 1]])) {
    for (const person of reg.byShortName(w)) {
      if (!reg.represents(person, p.country, date)) continue;
      if (positionsOn(person.id, date).some((pos) => roles.has(pos.role))) hits.set(person.id, person);
    }
  }
  return hits.size === 1 ? [...hits.keys()][0] : null;
}

/** The event with registry ids given to the participants the registry identifies (the rule above); the same object when none. */
export function withRegistryIds(ev: ReadoutEvent): ReadoutEvent {
  let changed = false;
  const participants = ev.participants.map((p) => {
    const id = registryIdFor(p, ev.date);
    if (!id) return p;
    changed = true;
    return { ...p, id };
  });
  return changed ? { ...ev, participants } : ev;
}

/**
 * A participant's name in English when the text wrote it otherwise: the registry's name of the person
 * its id stands for ("王毅" -> "Wang Yi", "Bùi Thanh Sơn" stays: the same letters without marks); null
 * when there is no id or the names agree.
 */
export function englishFormOf(p: { name: string | null; id?: string | null }): string | null {
  if (!p.id || !p.name) return null;
  const person = peopleRegistry().people.get(p.id);
  if (!person || foldName(person.name) === foldName(p.name)) return null;
  return person.name;
}

/** Events with each participant whose name the registry writes otherwise given `name_en` (for display beside the name as written). */
export function withEnglishForms<P extends { name: string | null; id?: string | null }, E extends { participants: P[] }>(events: E[]): E[] {
  return events.map((e) => {
    const forms = e.participants.map(englishFormOf);
    if (!forms.some(Boolean)) return e;
    return { ...e, participants: e.participants.map((p, i) => (forms[i] ? { ...p, name_en: forms[i]! } : p)) };
  });
}
