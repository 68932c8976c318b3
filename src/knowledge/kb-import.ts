/**
 * `readout kb import FILE`: a user's own people, places or meetings, from CSV or JSON, added to the
 * user knowledge folder (data/user/, or $READOUT_USER_DATA). Each row is checked; a bad row is
 * reported with its line and skipped, and nothing already there is lost (rows are merged by id or name).
 * Formats are documented in data/README.md.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { userDataDir } from '../data-files.js';
import { countryIndex } from './countries.js';
import { foldName } from './names.js';
import type { Person } from './people-registry.js';

export type KbKind = 'people' | 'places' | 'meetings';

export { userDataDir };

export interface ImportResult { kind: KbKind; added: number; updated: number; skipped: { line: number; reason: string }[]; file: string }

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) into rows with their line numbers. */
export function parseCsv(text: string): { line: number; cells: string[] }[] {
  const rows: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1, rowLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; cell += c; }
      continue;
    }
    if (c === '"' && cell === '') quoted = true;
    else if (c === ',') { cells.push(cell); cell = ''; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
      cells = []; cell = ''; line++; rowLine = line;
    } else cell += c;
  }
  cells.push(cell);
  if (cells.some((x) => x.trim() !== '')) rows.push({ line: rowLine, cells });
  return rows;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const slug = (s: string) => foldName(s).replace(/ /g, '-');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : typeof v === 'string' && v.trim() ? v.split(/\s*;\s*/) : []);

function checkCountry(v: unknown): string {
  const c = String(v ?? '').trim().toUpperCase();
  if (!c) throw new Error('country is missing');
  if (!countryIndex().byCode.has(c)) throw new Error(`unknown country code "${c}" (use ISO 3166-1 alpha-3 such as VNM, or an organisation code such as ASEAN)`);
  return c;
}

function checkDate(v: unknown, field: string): string | null {
  if (v == null || v === '') return null;
  const s = String(v).trim();
  if (!DATE.test(s)) throw new Error(`${field} must be YYYY, YYYY-MM or YYYY-MM-DD, got "${s}"`);
  return s;
}

function personRow(r: Record<string, unknown>): Person {
  const name = String(r.name ?? '').trim();
  if (!name) throw new Error('name is missing');
  const country = checkCountry(r.country);
  const positions = Array.isArray(r.positions)
    ? (r.positions as any[]).map((p) => ({ title: String(p.title ?? '').trim(), role: String(p.role ?? 'other'), from: checkDate(p.from, 'from'), to: checkDate(p.to, 'to') }))
    : r.title ? [{ title: String(r.title).trim(), role: String(r.role ?? 'other'), from: checkDate(r.from, 'from'), to: checkDate(r.to, 'to') }] : [];
  for (const p of positions) if (!p.title) throw new Error('a position has no title');
  return { id: String(r.id ?? '').trim() || slug(name), name, country, aliases: list(r.aliases), positions, ...(r.given ? { given: String(r.given) } : {}) };
}

function placeRow(r: Record<string, unknown>) {
  const name = String(r.name ?? '').trim();
  if (!name) throw new Error('name is missing');
  const country = checkCountry(r.country);
  const num = (v: unknown, field: string, lo: number, hi: number) => {
    if (v == null || v === '') return null;
    const n = Number(v);
    if (!Number.isFinite(n) || n < lo || n > hi) throw new Error(`${field} must be a number from ${lo} to ${hi}, got "${v}"`);
    return n;
  };
  return { name, country, aliases: list(r.aliases), lat: num(r.lat, 'lat', -90, 90), lon: num(r.lon, 'lon', -180, 180), geonames_id: num(r.geonames_id, 'geonames_id', 1, 1e10), population: num(r.population, 'population', 0, 1e10) ?? 0 };
}

function meetingRow(r: Record<string, unknown>) {
  const series = String(r.series ?? '').trim();
  if (!series) throw new Error('series is missing (a series id such as amm, or a new one)');
  const from = checkDate(r.from, 'from');
  if (!from || from.length !== 10) throw new Error('from must be a day YYYY-MM-DD');
  const to = checkDate(r.to, 'to') ?? from;
  if (to < from) throw new Error('to is before from');
  const ordinal = r.ordinal == null || r.ordinal === '' ? null : Number(r.ordinal);
  if (ordinal != null && (!Number.isInteger(ordinal) || ordinal < 1)) throw new Error(`ordinal must be a whole number, got "${r.ordinal}"`);
  const country = r.country ? checkCountry(r.country) : null;
  return {
    id: String(r.id ?? '').trim() || `${slug(series)}-${ordinal ?? from.slice(0, 4)}`, series: slug(series), ordinal, from, to,
    city: r.city ? String(r.city).trim() : null, country, virtual: String(r.virtual ?? '').toLowerCase() === 'true', note: r.note ? String(r.note) : null,
    seriesName: r.name ? String(r.name).trim() : null, seriesAliases: list(r.aliases),
  };
}

/** Reads a CSV or JSON file into records with line numbers. */
function records(path: string): { line: number; rec: Record<string, unknown> }[] {
  const text = readFileSync(path, 'utf8');
  if (/\.json$/i.test(path) || /^\s*[[{]/.test(text)) {
    let v: any;
    try { v = JSON.parse(text); } catch (e) { throw new Error(`${path} is not valid JSON: ${(e as Error).message}`); }
    const arr: unknown[] = Array.isArray(v) ? v : v.people ?? v.places ?? v.meetings ?? [];
    return arr.map((rec, i) => ({ line: i + 1, rec: (rec ?? {}) as Record<string, unknown> }));
  }
  const rows = parseCsv(text);
  if (!rows.length) return [];
  const header = rows[0].cells.map((h) => h.trim().toLowerCase());
  return rows.slice(1).map((r) => ({ line: r.line, rec: Object.fromEntries(header.map((h, i) => [h, r.cells[i]?.trim() ?? ''])) }));
}

/** Which kind a file holds: given, or from its JSON keys or CSV header. */
export function guessKind(path: string): KbKind | null {
  const text = readFileSync(path, 'utf8').slice(0, 4000);
  if (/"people"\s*:/.test(text)) return 'people';
  if (/"places"\s*:/.test(text)) return 'places';
  if (/"meetings"\s*:/.test(text)) return 'meetings';
  const first = text.split(/\r?\n/)[0].toLowerCase();
  if (/\bseries\b/.test(first)) return 'meetings';
  if (/\blat\b|\blon\b|geonames/.test(first)) return 'places';
  if (/\btitle\b|\bpositions\b|\baliases\b/.test(first)) return 'people';
  return null;
}

function readUser<T>(file: string, empty: T): T {
  const p = join(userDataDir(), file);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : empty;
}

/** Writes atomically: a crash never leaves a half-written knowledge file. */
function writeUser(file: string, value: unknown): string {
  const dir = userDataDir();
  mkdirSync(dir, { recursive: true });
  const p = join(dir, file);
  writeFileSync(`${p}.tmp`, JSON.stringify(value, null, 2) + '\n');
  renameSync(`${p}.tmp`, p);
  return p;
}

export function importKnowledge(path: string, kind?: KbKind): ImportResult {
  if (!existsSync(path)) throw new Error(`no such file: ${path}`);
  const k = kind ?? guessKind(path);
  if (!k) throw new Error(`cannot tell whether ${path} holds people, places or meetings: give --kind`);
  const res: ImportResult = { kind: k, added: 0, updated: 0, skipped: [], file: '' };
  const recs = records(path);
  if (k === 'people') {
    const store = readUser<{ people: Person[] }>('people.json', { people: [] });
    for (const { line, rec } of recs) {
      try {
        const p = personRow(rec);
        const i = store.people.findIndex((x) => x.id === p.id);
        if (i >= 0) { store.people[i] = { ...store.people[i], ...p, aliases: [...new Set([...store.people[i].aliases, ...p.aliases])], positions: [...store.people[i].positions, ...p.positions.filter((x) => !store.people[i].positions.some((y) => y.title === x.title && y.from === x.from))] }; res.updated++; }
        else { store.people.push(p); res.added++; }
      } catch (e) { res.skipped.push({ line, reason: (e as Error).message }); }
    }
    res.file = writeUser('people.json', { about: 'People added with `readout kb import`.', ...store });
  } else if (k === 'places') {
    const store = readUser<{ places: ReturnType<typeof placeRow>[] }>('places.json', { places: [] });
    for (const { line, rec } of recs) {
      try {
        const p = placeRow(rec);
        const i = store.places.findIndex((x) => foldName(x.name) === foldName(p.name) && x.country === p.country);
        if (i >= 0) { store.places[i] = { ...store.places[i], ...p }; res.updated++; } else { store.places.push(p); res.added++; }
      } catch (e) { res.skipped.push({ line, reason: (e as Error).message }); }
    }
    res.file = writeUser('places.json', { about: 'Places added with `readout kb import`.', ...store });
  } else {
    const store = readUser<{ series: { id: string; name: string; aliases: string[] }[]; meetings: any[] }>('meetings.json', { series: [], meetings: [] });
    for (const { line, rec } of recs) {
      try {
        const m = meetingRow(rec);
        const { seriesName, seriesAliases, ...meeting } = m;
        if (seriesName && !store.series.some((s) => s.id === m.series)) store.series.push({ id: m.series, name: seriesName, aliases: seriesAliases });
        const i = store.meetings.findIndex((x) => x.id === meeting.id);
        if (i >= 0) { store.meetings[i] = meeting; res.updated++; } else { store.meetings.push(meeting); res.added++; }
      } catch (e) { res.skipped.push({ line, reason: (e as Error).message }); }
    }
    res.file = writeUser('meetings.json', { about: 'Meetings added with `readout kb import`.', ...store });
  }
  return res;
}
