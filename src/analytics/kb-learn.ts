/**
 * What the texts teach: the people met in the stored texts, with their spellings, titles and the
 * first and last days they were seen, written to the user knowledge folder (learned.json). People the
 * registry knows keep their id (the learned record adds spellings and dates); people it does not know
 * are registered when a text gives them a title and a country (a name of two words or more).
 */
import type { Store } from '../store/store.js';
import type { Person } from '../knowledge/people-registry.js';
import { foldName } from '../knowledge/names.js';
import { titleRole } from '../knowledge/lexicon.js';
import { userDataDir } from '../data-files.js';
import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

export interface LearnResult { known: number; learned: number; file: string }

export async function learnPeople(store: Store): Promise<LearnResult> {
  const byKey = new Map<string, { id: string | null; names: Map<string, number>; spellings: Set<string>; country: Map<string, number>; titles: Map<string, { from: string | null; to: string | null }>; first: string | null; last: string | null }>();
  for await (const r of store.participantRecords()) {
    if (!r.name || r.key.startsWith('body:')) continue;
    const e = byKey.get(r.key) ?? { id: r.personId, names: new Map(), spellings: new Set(), country: new Map(), titles: new Map(), first: null, last: null };
    e.names.set(r.name, (e.names.get(r.name) ?? 0) + 1);
    for (const s of [r.name, ...r.aliases]) e.spellings.add(s);
    if (r.country) e.country.set(r.country, (e.country.get(r.country) ?? 0) + 1);
    const d = r.date && /^\d{4}/.test(r.date) ? r.date : null;
    if (d) { if (!e.first || d < e.first) e.first = d; if (!e.last || d > e.last) e.last = d; }
    if (r.title) {
      const t = e.titles.get(r.title) ?? { from: null, to: null };
      if (d) { if (!t.from || d < t.from) t.from = d; if (!t.to || d > t.to) t.to = d; }
      e.titles.set(r.title, t);
    }
    byKey.set(r.key, e);
  }
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  const people: Person[] = [];
  let known = 0, learned = 0;
  for (const [key, e] of byKey) {
    const name = [...e.names.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || (e.names.get(b)! - e.names.get(a)!))[0];
    const country = top(e.country);
    if (!country) continue;
    if (!e.id && (name.split(/\s+/).length < 2 || e.titles.size === 0)) continue;
    const id = e.id ?? foldName(name).replace(/ /g, '-');
    people.push({
      id, name, country, aliases: [...e.spellings].filter((s) => s !== name),
      positions: e.id ? [] : [...e.titles].map(([title, t]) => ({ title, role: titleRole(title) ?? 'other', from: t.from, to: t.to })),
      first_seen: e.first, last_seen: e.last,
    });
    if (e.id) known++; else learned++;
    void key;
  }
  const dir = userDataDir();
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'learned.json');
  writeFileSync(`${file}.tmp`, JSON.stringify({ about: 'People seen in stored texts (readout kb learn): spellings, titles, first and last seen. Registry people keep their id.', people }, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
  return { known, learned, file };
}
