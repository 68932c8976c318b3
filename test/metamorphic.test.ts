/**
 * Metamorphic tests: the same article with another pair of countries, other people with their
 * titles, other places and shifted dates must give the same events with the substituted fields.
 *
 * 1. Templates of our own, each instantiated over at least 50 country pairs drawn from the knowledge
 *    base (foreign ministers or heads of government who held office on the same day).
 * 2. The fixture articles of test/fixtures, each rewritten with other pairs: every participant by the
 *    holder of the same office in the other country on the shifted day, the countries' names and
 *    adjectives, their capitals and agencies, and every dated day moved by whole weeks.
 * 3. Templates in Vietnamese and Chinese (test/metamorphic/local-templates.ts), each over about 40 pairs
 *    of countries written as those presses write them (test/metamorphic/local-names.ts); the families
 *    of cases the extractor still gets wrong run apart as expected failures (KNOWN_FAILING). MM_SEED
 *    draws other pairs.
 *
 * A rule keyed to a name, a country or a string of one text fails here.
 */
import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src/extract.js';
import type { ExtractOptions, ReadoutEvent } from '../src/types.js';
import { dataDir } from '../src/data-files.js';
import { foldName } from '../src/knowledge/names.js';
import { KNOWN_FAILURES } from './fixtures.test.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import {
  loadCountries, safeCountries, loadHolders, holderOn, rng, substitute, shiftDates, shiftExpectedDate, shiftDay,
  type CountryInfo, type Holder,
} from './metamorphic/rewrite.js';
import { loadLocalCountries, spellingCounts, localPairs, type LocalCountry, type LocalPair, type Script } from './metamorphic/local-names.js';
import { LOCAL_TEMPLATES, type LocalShape, type LocalTemplate } from './metamorphic/local-templates.js';

const countries = loadCountries();
const safe = safeCountries(countries);
const holders = loadHolders();
const agencies = JSON.parse(readFileSync(join(dataDir(), 'sources', 'agencies.json'), 'utf8')).agencies as { name: string; country: string | null }[];

/** What an event must keep across a rewrite. */
interface Shape { kind: string; date: string | null; place: string | null; placeCountry: string | null; participants: [string | null, string | null][]; initiator: string | null }
/** Places compare as the scorer compares them: diacritics, case and spaces aside ("Malé" and "Male"). */
const foldPlace = (p: string | null) => (p == null ? null : foldName(p).replace(/[\s-]+/g, ''));
const shape = (e: ReadoutEvent): Shape => ({
  kind: e.kind, date: e.date, place: foldPlace(e.location?.place ?? null), placeCountry: e.location?.country ?? null,
  participants: e.participants.map((p) => [p.name, p.country] as [string | null, string | null]), initiator: e.initiator,
});

/** Pairs of countries whose holders of `role` on `day` the registry names unambiguously. */
function pairsOn(role: string, day: string, count: number, seed: number): [Holder, Holder, CountryInfo, CountryInfo][] {
  const r = rng(seed);
  const pool = safe.map((c) => [c, holderOn(holders, c.code, role, day)] as const).filter(([, h]) => h != null) as [CountryInfo, Holder][];
  const out: [Holder, Holder, CountryInfo, CountryInfo][] = [];
  const seen = new Set<string>();
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const [ca, ha] = pool[Math.floor(r() * pool.length)];
    const [cb, hb] = pool[Math.floor(r() * pool.length)];
    const key = `${ca.code}-${cb.code}`;
    if (ca === cb || seen.has(key) || ha.name === hb.name) continue;
    seen.add(key);
    out.push([ha, hb, ca, cb]);
  }
  return out;
}

describe('metamorphic: templates over many country pairs', () => {
  // {A} and {B}: full names; {Ashort}: the short form; {Aadj}, {Bcountry}: adjective, country name; {Bcap}: capital
  const templates: { name: string; text: string; published: string; expect: (a: string, b: string, ca: CountryInfo, cb: CountryInfo, c?: string, cc?: CountryInfo) => Shape[] }[] = [
    {
      name: 'talks in the capital',
      text: '{Aadj} Foreign Minister {A} held talks with {Badj} Foreign Minister {B} in {Bcap} on May 3.\n\nThe two ministers agreed to expand trade.',
      published: '2023-05-04',
      expect: (a, b, ca, cb) => [{ kind: 'talks', date: '2023-05-03', place: foldPlace(cb.capital), placeCountry: cb.code, participants: [[a, ca.code], [b, cb.code]], initiator: null }],
    },
    {
      name: 'a phone call at the request of one side',
      text: 'Foreign Minister {A} of {Acountry} had a phone conversation with {Badj} Foreign Minister {B} on Tuesday at the request of the {Badj} side.',
      published: '2023-05-04',
      expect: (a, b, ca, cb) => [{ kind: 'phone_call', date: '2023-05-02', place: null, placeCountry: null, participants: [[a, ca.code], [b, cb.code]], initiator: b }],
    },
    {
      name: 'a video conference',
      text: 'The foreign ministers of {Acountry} and {Bcountry}, {A} and {B}, held talks via videoconference on May 2. {Ashort} thanked {Bshort} for the support of {Bcountry}.',
      published: '2023-05-04',
      expect: (a, b, ca, cb) => [{ kind: 'video_conference', date: '2023-05-02', place: null, placeCountry: null, participants: [[a, ca.code], [b, cb.code]], initiator: null }],
    },
    {
      name: 'a reception during a visit',
      text: '{Acap}, May 3 - {Aadj} Foreign Minister {A} received {Badj} Foreign Minister {B}, who is on an official visit to {Acountry}, in {Acap} on May 3.',
      published: '2023-05-03',
      expect: (a, b, ca, cb) => [{ kind: 'meeting', date: '2023-05-03', place: foldPlace(ca.capital), placeCountry: ca.code, participants: [[a, ca.code], [b, cb.code]], initiator: null }],
    },
    {
      name: 'the country after the name, a generic venue of the host',
      text: 'Foreign Minister {A} of {Acountry} received Foreign Minister {B} of {Bcountry} at the Ministry of Foreign Affairs on Wednesday.',
      published: '2023-05-04',
      expect: (a, b, ca, cb) => [{ kind: 'meeting', date: '2023-05-03', place: foldPlace(`Ministry of Foreign Affairs, ${ca.capital}`), placeCountry: ca.code, participants: [[a, ca.code], [b, cb.code]], initiator: null }],
    },
    {
      name: 'two countries in one title, the names in order',
      text: 'The Ministers of Foreign Affairs of {Acountry} and {Bcountry}, {A} and {B}, held a telephone conversation on May 1.',
      published: '2023-05-04',
      expect: (a, b, ca, cb) => [{ kind: 'phone_call', date: '2023-05-01', place: null, placeCountry: null, participants: [[a, ca.code], [b, cb.code]], initiator: null }],
    },
    {
      name: 'a tour: two encounters in one sentence',
      text: '{Aadj} Foreign Minister {A} met {Badj} Foreign Minister {B} in {Bcap} on May 1 and {Cadj} Foreign Minister {C} in {Ccap} on May 2.',
      published: '2023-05-04',
      expect: (a, b, ca, cb, c, cc) => [
        { kind: 'meeting', date: '2023-05-01', place: foldPlace(cb.capital), placeCountry: cb.code, participants: [[a, ca.code], [b, cb.code]], initiator: null },
        { kind: 'meeting', date: '2023-05-02', place: foldPlace(cc!.capital), placeCountry: cc!.code, participants: [[a, ca.code], [c!, cc!.code]], initiator: null },
      ],
    },
    {
      name: 'a host receives two visitors one by one',
      text: 'On May 2, {Aadj} Foreign Minister {A} received {Badj} Foreign Minister {B} and {Cadj} Foreign Minister {C} in {Acap}.',
      published: '2023-05-04',
      expect: (a, b, ca, cb, c, cc) => [
        { kind: 'meeting', date: '2023-05-02', place: foldPlace(ca.capital), placeCountry: ca.code, participants: [[a, ca.code], [b, cb.code]], initiator: null },
        { kind: 'meeting', date: '2023-05-02', place: foldPlace(ca.capital), placeCountry: ca.code, participants: [[a, ca.code], [c!, cc!.code]], initiator: null },
      ],
    },
  ];
  const day = '2023-05-03';
  const pairs = pairsOn('foreign_minister', day, 55, 7);
  // a third country for the templates with three parties: the next pair's first
  const third = (i: number) => { const [hc, , cc] = pairs[(i + 1) % pairs.length]; return [hc, cc] as const; };

  it('draws at least 50 country pairs from the knowledge base', () => {
    expect(pairs.length).toBeGreaterThanOrEqual(50);
  });

  for (const t of templates) {
    it(`${t.name}: the same events over ${pairs.length} pairs`, () => {
      const failures: string[] = [];
      pairs.forEach(([ha, hb, ca, cb], i) => {
        const [hc, cc] = third(i);
        if (cc.code === ca.code || cc.code === cb.code) return;
        const short = (h: Holder) => h.given ?? h.name.split(' ').pop()!;
        const text = t.text
          .replaceAll('{Ashort}', short(ha)).replaceAll('{Bshort}', short(hb))
          .replaceAll('{Aadj}', ca.adjectives[0]).replaceAll('{Badj}', cb.adjectives[0]).replaceAll('{Cadj}', cc.adjectives[0])
          .replaceAll('{Acountry}', ca.name).replaceAll('{Bcountry}', cb.name)
          .replaceAll('{Acap}', ca.capital).replaceAll('{Bcap}', cb.capital).replaceAll('{Ccap}', cc.capital)
          .replaceAll('{A}', ha.name).replaceAll('{B}', hb.name).replaceAll('{C}', hc.name);
        const got = extract(text, { published: t.published }).events.map(shape);
        const want = t.expect(ha.name, hb.name, ca, cb, hc.name, cc);
        if (JSON.stringify(got) !== JSON.stringify(want)) failures.push(`${ca.code}-${cb.code}: ${text}\n    got ${JSON.stringify(got)}\n    want ${JSON.stringify(want)}`);
      });
      expect(failures.slice(0, 5).join('\n'), `${failures.length} of ${pairs.length} pairs differ`).toBe('');
    });
  }
});

/* ---------------------------------------------------------------- fixtures rewritten ----- */

const FIXTURES = join(import.meta.dirname, 'fixtures');
/** A field the rewrite cannot predict (filled in from the calendar of gatherings): any value passes. */
const ANY = '\u0000any';
/** Weeks the dates of a rewritten fixture move by (52 weeks: about a year back, weekdays kept). */
const SHIFT = -364;

interface Fixture { name: string; input: string; options: ExtractOptions; expected: { document: { published: string | null }; events: ReadoutEvent[] } }

function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES).filter((d) => statSync(join(FIXTURES, d)).isDirectory() && existsSync(join(FIXTURES, d, 'input.txt')) && !(d in KNOWN_FAILURES)).map((name) => {
    const dir = join(FIXTURES, name);
    const options = existsSync(join(dir, 'options.json')) ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8')) : {};
    return { name, input: readFileSync(join(dir, 'input.txt'), 'utf8'), options: { id: name, ...options }, expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) };
  });
}

/** The role a registry person held on a day, or null. */
function roleOn(id: string, day: string): string | null {
  const held = holders.filter((h) => h.id === id && h.from <= day && (h.to == null || day <= h.to));
  const order = ['head_of_state', 'head_of_government', 'foreign_minister', 'deputy_head_of_government', 'vice_president', 'party_leader', 'state_councilor', 'deputy_foreign_minister'];
  held.sort((a, b) => order.indexOf(a.role) - order.indexOf(b.role));
  return held.find((h) => order.includes(h.role))?.role ?? null;
}

/**
 * A fixture rewritten for new countries (one per participant country, in order): the rewritten text
 * and options, and the events it must give. Null when the knowledge base cannot stand in for every
 * participant (no unique holder of the same office on the shifted day) or the fixture names a place
 * that is not a participant country's capital.
 */
function rewriteFixture(f: Fixture, targets: CountryInfo[]): { text: string; options: ExtractOptions; want: Shape[] } | null {
  const events = f.expected.events;
  const original: string[] = [];
  for (const e of events) for (const p of e.participants) if (p.country && !original.includes(p.country)) original.push(p.country);
  if (original.length > targets.length || original.some((c) => !countries.has(c))) return null;
  const countryMap = new Map(original.map((c, i) => [c, targets[i]]));
  if (targets.some((t) => original.includes(t.code))) return null;
  const ref = f.expected.document.published ?? events.find((e) => e.date && /^\d{4}/.test(e.date))?.date ?? null;
  if (!ref) return null;
  const day = shiftDay(ref.slice(0, 10), SHIFT);
  const words = new Map<string, string>();
  const people = new Map<string, Holder>();
  for (const e of events) for (const p of e.participants) {
    if (!p.name || !p.country || people.has(p.name)) continue;
    const target = countryMap.get(p.country)!;
    if (!p.id) return null;
    const role = roleOn(p.id, ref.slice(0, 10));
    const stand = role ? holderOn(holders, target.code, role, day) : null;
    // two people must not become one (a prime minister who is also the foreign minister)
    if (!stand || [...people.values()].some((x) => x.id === stand.id)) return null;
    people.set(p.name, stand);
    const orig = holders.find((h) => h.id === p.id)!;
    const shortNew = stand.given ?? stand.name.split(' ').pop()!;
    for (const alias of new Set([p.name, ...(p.aliases ?? []), orig.name, ...orig.aliases, ...(orig.given ? [orig.given] : [])])) {
      if (/[^\p{Script=Latin}\p{M} .'-]/u.test(alias)) continue;
      words.set(alias, alias.includes(' ') ? stand.name : shortNew);
    }
  }
  for (const [code, target] of countryMap) {
    const c = countries.get(code)!;
    for (const n of c.names) words.set(n, target.name);
    for (const a of c.adjectives) words.set(a, target.adjectives[0]);
    words.set(c.capital, target.capital);
    // datelines write the place in capitals ("BEIJING, June 26 (Xinhua)")
    words.set(c.capital.toUpperCase(), target.capital.toUpperCase());
    for (const n of c.names) words.set(n.toUpperCase(), target.name.toUpperCase());
    const agency = agencies.find((x) => x.country === code)?.name;
    const standIn = agencies.find((x) => x.country === target.code)?.name ?? 'Reuters';
    if (agency) words.set(agency, standIn);
  }
  for (const e of events) {
    const place = e.location?.place;
    if (place && !original.some((c) => countries.get(c)!.capital === place)) return null;
  }
  const refYear = Number(ref.slice(0, 4));
  const text = shiftDates(substitute(f.input, words), SHIFT, refYear);
  const options = { ...f.options, ...(f.options.published ? { published: shiftDay(f.options.published, SHIFT) } : {}) };
  const want = events.map((e) => {
    const s = shape(e);
    // what the calendar of gatherings filled in stays the real gathering's, whatever the rewrite
    const calendarPlace = e.provenance?.location?.rule.startsWith('location/calendar');
    return {
      ...s,
      ...(calendarPlace ? { place: ANY, placeCountry: ANY } : {}),
      date: shiftExpectedDate(s.date, SHIFT, refYear, !!e.provenance?.date?.inferred_parts?.includes('year')),
      ...(calendarPlace ? {} : {
        place: s.place ? foldPlace(countryMap.get(s.placeCountry!)?.capital ?? s.place) : null,
        placeCountry: s.placeCountry ? countryMap.get(s.placeCountry)?.code ?? s.placeCountry : null,
      }),
      participants: s.participants.map(([n, c]) => [n ? people.get(n)?.name ?? n : n, c ? countryMap.get(c)?.code ?? c : c] as [string | null, string | null]),
      initiator: s.initiator ? people.get(s.initiator)?.name ?? s.initiator : null,
    };
  });
  return { text, options, want };
}

describe('metamorphic: fixture articles rewritten with other countries, people, places and dates', () => {
  const fixtures = loadFixtures();
  const r = rng(11);
  const rewritten: { name: string; pair: string; text: string; options: ExtractOptions; want: Shape[] }[] = [];
  for (const f of fixtures) {
    let made = 0;
    for (let tries = 0; made < 5 && tries < 400; tries++) {
      const targets = [0, 1, 2, 3].map(() => safe[Math.floor(r() * safe.length)]);
      if (new Set(targets.map((t) => t.code)).size < targets.length) continue;
      const rw = rewriteFixture(f, targets);
      if (!rw) continue;
      rewritten.push({ name: f.name, pair: targets.map((t) => t.code).join('-'), ...rw });
      made++;
    }
  }

  it('rewrites most fixtures, over many country pairs', () => {
    expect(new Set(rewritten.map((x) => x.name)).size).toBeGreaterThanOrEqual(Math.ceil(fixtures.length / 2));
    expect(new Set(rewritten.map((x) => x.pair)).size).toBeGreaterThanOrEqual(20);
  });

  it.each(rewritten.map((x) => [`${x.name} as ${x.pair}`, x] as const))('%s', (_label, x) => {
    const got = extract(x.text, x.options).events.map(shape);
    const want = x.want.map((w, i) => ({ ...w, ...(w.place === ANY ? { place: got[i]?.place ?? null, placeCountry: got[i]?.placeCountry ?? null } : {}) }));
    expect(got, x.text).toEqual(want);
  });
});

/* ------------------------------------------------- Vietnamese and Chinese templates ----- */

describe('metamorphic: Vietnamese and Chinese templates over many country pairs', () => {
  const counts = spellingCounts();
  const englishCapitals = new Map([...countries.values()].map((c) => [c.code, c.capital]));
  const states = new Set(readdirSync(join(dataDir(), 'people', 'officials')).map((f) => f.replace(/\.json$/, '')));
  const { gazetteer } = loadKnowledge();
  const capitalId = (name: string, country: string) => gazetteer.resolve(name, { country })?.geonames_id ?? null;
  const locals = new Map<Script, Map<string, LocalCountry>>((['vi', 'zh', 'zh-Hant'] as Script[]).map((s) => [s, loadLocalCountries(s, englishCapitals)]));
  /** the pairs the presses write about most come first, then random ones */
  const FIRST: [string, string][] = [['VNM', 'CHN'], ['CHN', 'VNM'], ['VNM', 'LAO'], ['LAO', 'VNM'], ['CHN', 'RUS'], ['VNM', 'USA'], ['CHN', 'KHM'], ['VNM', 'JPN'], ['KHM', 'VNM'], ['THA', 'CHN']];
  const PAIRS = 40;

  interface Case { t: LocalTemplate; p: LocalPair; text: string; published: string; want: LocalShape[] }
  /**
   * Families of cases the extractor gets wrong today (reported to the lead, issue 9). They run apart as
   * expected failures: when one starts to pass, move it back into the templates' run by deleting it here. None
   * today: capitals holding a registry name, one-character names, names opening with a country's name, 'Md.'
   * names, 应约旦 and 'tại Bắc Kinh' all pass since issue 9's second round.
   */
  const KNOWN_FAILING: { name: string; applies: (c: Case) => boolean }[] = [
  ];

  const cases = LOCAL_TEMPLATES.map((t, i) => {
    const pairs = localPairs({ script: t.script, role: t.role, count: PAIRS, seed: Number(process.env.MM_SEED ?? 13) + i, first: FIRST, holders, counts, local: locals.get(t.script)!, englishCapitals, states, capitalId });
    return pairs.map((p): Case => {
      const [, m, d] = p.day.split('-').map(Number);
      const text = t.text
        .replaceAll('{d}', String(d)).replaceAll('{m}', String(m))
        .replaceAll('{Acountry}', p.ca.name).replaceAll('{Bcountry}', p.cb.name).replaceAll('{Acap}', p.ca.capital).replaceAll('{Bcap}', p.cb.capital)
        .replaceAll('{A}', p.a).replaceAll('{B}', p.b);
      return { t, p, text, published: shiftDay(p.day, 1), want: t.expect({ a: p.a, b: p.b, ca: p.ca.code, cb: p.cb.code, capA: p.capA, capB: p.capB, day: p.day }) };
    });
  });
  const localShape = (e: ReadoutEvent): LocalShape => ({
    kind: e.kind, date: e.date, place: e.location?.geonames_id ?? null, placeCountry: e.location?.country ?? null,
    participants: e.participants.map((p) => [p.name, p.country] as [string | null, string | null]), initiator: e.initiator,
  });
  const differences = (cs: Case[]) => cs.flatMap((c) => {
    const got = extract(c.text, { published: c.published }).events.map(localShape);
    return JSON.stringify(got) === JSON.stringify(c.want) ? [] : [`${c.p.ca.code}-${c.p.cb.code} ${c.p.day}: ${c.text.split('\n')[0]}\n    got ${JSON.stringify(got)}\n    want ${JSON.stringify(c.want)}`];
  });
  const known = (c: Case) => KNOWN_FAILING.some((f) => f.applies(c));

  LOCAL_TEMPLATES.forEach((t, i) => {
    const run = cases[i].filter((c) => !known(c));
    // a template all of whose cases are known failures runs only as such (below)
    (run.length ? it : it.skip)(`${t.name}: the same events over ${run.length} pairs`, () => {
      expect(run.length, 'too few pairs of countries').toBeGreaterThanOrEqual(30);
      expect(run.filter((c) => c.p.ca.code === 'VNM' || c.p.cb.code === 'VNM' || c.p.ca.code === 'CHN' || c.p.cb.code === 'CHN').length).toBeGreaterThanOrEqual(3);
      const failures = differences(run);
      expect(failures.slice(0, 5).join('\n'), `${failures.length} of ${run.length} pairs differ`).toBe('');
    });
  });

  for (const f of KNOWN_FAILING) {
    const mine = cases.flat().filter((c) => f.applies(c));
    // no case of the family among this seed's pairs: nothing to run (an empty family must not pass as failing)
    (mine.length ? it.fails : it.skip)(`known failure: ${f.name} (${mine.length} cases)`, () => {
      expect(differences(mine)).toEqual([]);
    });
  }
});
