/**
 * The place gazetteer: GeoNames cities (data/places/cities.tsv, built by scripts/build-gazetteer.ts),
 * first-level divisions (data/places/admin1.json), capitals and the user's own places
 * (data/places/places-extra.json). Looks names up by a key that ignores case, diacritics, spaces
 * and hyphens ("Hà Nội" = "Ha Noi" = "Hanoi"), disambiguates by the countries of the text and by
 * population, and forgives one or two typos in well-known places ("Vientine").
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { dataDir, readDataJson, dataFileExists, readUserJson } from '../data-files.js';
import { TokenTrie } from '../text/tokenizer.js';
import { foldKey, foldName } from './names.js';
import { LATIN_DIACRITIC } from '../text/patterns.js';

export interface Place {
  name: string;
  country: string;
  kind: 'city' | 'capital' | 'admin1' | 'extra';
  population: number;
  lat: number | null;
  lon: number | null;
  geonames_id: number | null;
  /** a GeoNames city's first-level division, as GeoNames codes it within the country ("CA", "01"); a division's own code */
  admin?: string;
  /** a named venue that stands for this city ("Great Hall of the People" -> Beijing) */
  venue?: string;
  /** a short name read only between these words (在京会见: after 在, before 会见), from a language's place names */
  context?: { after: string[]; before: string[] };
}

interface Admin1Record {
  name: string;
  country: string;
  type?: string;
  aliases?: string[];
  capital?: string | null;
  capital_geonames_id?: number | null;
  lat?: number | null;
  lon?: number | null;
}

interface ExtraPlace {
  name: string;
  country: string;
  aliases?: string[];
  lat?: number | null;
  lon?: number | null;
  geonames_id?: number | null;
  population?: number;
  kind?: string;
}

/** Rank of a candidate: divisions and capitals first, then population. */
/** How much a place in a country the text names counts over one elsewhere (resolve's `countries`). */
const TEXT_COUNTRY_WEIGHT = 30;

function weight(p: Place): number {
  // a capital beats a division of the same name ("in Washington", "in Kuala Lumpur"), a division beats a town
  const base = p.kind === 'capital' ? 4e7 : p.kind === 'admin1' ? 3e7 : p.kind === 'extra' ? 1.5e7 : 0;
  return base + p.population;
}


export class Gazetteer {
  private readonly byKey = new Map<string, Place[]>();
  /** GeoNames rows (data/places/cities.tsv, sorted by key) and where each line starts: looked up by binary search */
  private rows = '';
  private starts = new Int32Array(0);
  /** Well-known places (capitals, divisions, big cities) by first letter, for typo-tolerant lookup. */
  private readonly major = new Map<string, { key: string; place: Place }[]>();
  /** Named venues that stand for a city (data/places/venues.json): token sequences -> the city, with the venue's name */
  readonly venues = new TokenTrie<Place>();
  /** The same venues' names, folded: a venue on a line of its own ("Amiri Diwan - State of Qatar") is no person's name */
  readonly venueNames = new Set<string>();
  isVenue(name: string): boolean {
    return this.venueNames.has(foldKey(name.replace(/^the\s+/i, '')));
  }
  /** Each country's capital as GeoNames marks it (PPLC), by country code */
  private readonly capitalRows = new Map<string, Place>();

  /**
   * A country's GeoNames capital when it is the capital a country record names under another form of the same name
   * ("Panamá" for "Panama City", "Palikir - National Government Center" for "Palikir"): one folded name begins the other.
   */
  capitalNamed(country: string, name: string): Place | null {
    const p = this.capitalRows.get(country);
    if (!p) return null;
    const a = foldName(p.name), b = foldName(name);
    return a && b && (a.startsWith(b) || b.startsWith(a)) ? p : null;
  }

  /** Registers the rows of data/places/cities.tsv (see scripts/build-gazetteer.ts for the columns). */
  addRows(text: string): void {
    this.rows = text;
    const starts: number[] = [];
    let start = 0;
    while (start < text.length) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (text.charCodeAt(start) !== 35 /* # */ && end > start) {
        starts.push(start);
        // the last column says whether the place is well known
        if (text.charCodeAt(end - 1) === 49 /* 1 */) {
          const place = this.parseRow(start);
          this.addMajor(text.slice(start, text.indexOf('\t', start)), place);
          if (place.kind === 'capital') this.capitalRows.set(place.country, place);
        }
      }
      start = end + 1;
    }
    this.starts = Int32Array.from(starts);
  }

  private keyAt(i: number): string {
    const at = this.starts[i];
    return this.rows.slice(at, this.rows.indexOf('\t', at));
  }

  /** Answers of rowsFor, which texts ask again and again ("Hanoi", "Beijing", capitalised runs that are no place) */
  private readonly rowsCache = new Map<string, number[]>();

  /** Row starts whose key is k. */
  private rowsFor(k: string): number[] {
    let rows = this.rowsCache.get(k);
    if (rows) return rows;
    rows = this.searchRows(k);
    if (this.rowsCache.size >= 50_000) this.rowsCache.clear();
    this.rowsCache.set(k, rows);
    return rows;
  }

  private searchRows(k: string): number[] {
    let lo = 0, hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keyAt(mid) < k) lo = mid + 1; else hi = mid;
    }
    const out: number[] = [];
    for (let i = lo; i < this.starts.length && this.keyAt(i) === k; i++) out.push(this.starts[i]);
    return out;
  }

  private readonly parsed = new Map<number, Place>();
  private parseRow(at: number): Place {
    let p = this.parsed.get(at);
    if (p) return p;
    const end = this.rows.indexOf('\n', at);
    const f = this.rows.slice(at, end < 0 ? undefined : end).split('\t');
    p = {
      name: f[2], country: f[3], kind: f[4] === 'PPLC' ? 'capital' : 'city', population: Number(f[6]) || 0,
      lat: Number(f[7]), lon: Number(f[8]), geonames_id: Number(f[1]) || null,
      ...(f[5] ? { admin: f[5] } : {}),
    };
    this.parsed.set(at, p);
    return p;
  }

  private addMajor(key: string, place: Place) {
    const bucket = this.major.get(key[0]) ?? [];
    bucket.push({ key, place });
    this.major.set(key[0], bucket);
  }

  /** The spellings places were registered under, as written (lowercase), for writtenAs */
  private readonly written = new Set<string>();

  add(name: string, place: Place): void {
    const k = foldKey(name);
    if (!k) return;
    this.written.add(name.normalize('NFC').toLowerCase());
    const list = this.byKey.get(k);
    if (list) { if (!list.includes(place)) list.push(place); } else this.byKey.set(k, [place]);
    if (place.kind !== 'city' || place.population >= 300_000) this.addMajor(k, place);
  }

  private lookupKey(k: string): Place[] {
    const own = this.byKey.get(k) ?? [];
    const rows = this.rowsFor(k);
    if (!rows.length) return own;
    const parsed = rows.map((r) => this.parseRow(r));
    // a capital or division registered by name replaces its GeoNames row
    return [...own, ...parsed.filter((p) => !own.some((o) => o.geonames_id != null && o.geonames_id === p.geonames_id))];
  }

  /** All places with this name. */
  lookup(name: string): Place[] {
    const found = this.lookupKey(foldKey(name));
    if (found.length || !this.cityPrefixes.length) return found;
    // "Cidade da Praia", "Ciudad de Panamá", "City of Manila": a city written with the words for 'city of' before its
    // name (places-extra.json city_prefixes) is the city of that name, when the whole is no place of its own
    const folded = foldName(name);
    const prefix = this.cityPrefixes.find((p) => folded.startsWith(`${p} `));
    return prefix ? this.lookupKey(foldKey(folded.slice(prefix.length + 1))).filter((p) => p.kind !== 'admin1') : found;
  }
  /** The words for 'city of' that may open a city's name, folded (data/places/places-extra.json). */
  cityPrefixes: string[] = [];

  has(name: string): boolean {
    const k = foldKey(name);
    return this.byKey.has(k) || this.rowsFor(k).length > 0;
  }

  /**
   * Whether a name written with diacritics is a place's own spelling: "Brasília", "Hà Nội", but not
   * "Văn" (a Vietnamese syllable) for Van in Turkey. A name without diacritics always is.
   */
  writtenAs(name: string): boolean {
    if (!LATIN_DIACRITIC.test(name)) return true;
    const w = name.normalize('NFC').toLowerCase();
    return this.written.has(w) || this.lookup(name).some((p) => p.name.normalize('NFC').toLowerCase() === w);
  }

  /** Whether the name denotes a division, a capital or a city of 100,000 people or more. */
  isMajor(name: string): boolean {
    return this.lookup(name).some((p) => p.kind !== 'city' || p.population >= 100_000);
  }

  /**
   * The place a name most likely denotes: one in a country the text is about, else the most
   * important. `country` restricts to one country when the text says it ("Liuzhou, Guangxi, China").
   */
  resolve(name: string, opts: { countries?: Iterable<string>; country?: string | null; fuzzy?: boolean; within?: Place | null } = {}): Place | null {
    let list = this.lookup(name);
    let typo = false;
    if (!list.length && opts.fuzzy) { list = this.fuzzy(name); typo = true; }
    if (!list.length) return null;
    const country = opts.country ?? (opts.within ? opts.within.country : null);
    if (country) {
      const inCountry = list.filter((p) => p.country === country);
      if (!inCountry.length) return null;
      list = inCountry;
    }
    // "Woodside, California": the place of that name in the division the text names, when the gazetteer has one there
    if (opts.within?.kind === 'admin1') {
      const code = this.divisionCode(opts.within);
      const inDivision = code ? list.filter((p) => p.admin === code && p !== opts.within) : [];
      if (inDivision.length) list = inDivision;
    }
    const preferred = new Set(opts.countries ?? []);
    const asked = foldKey(name);
    let best: Place | null = null;
    let bestScore = -1;
    for (const p of list) {
      // a country the text is about counts thirtyfold: "Nanning" in a China story, "Queenstown" (10,000 people) in a New
      // Zealand story over the South African town ten times its size, but Rome is still in Italy;
      // the place called exactly so beats one that only has it as an alias ("Vientiane" the city, not "Vientiane Capital")
      // for a typo, the place whose own name is nearest the spelling ("Vientine" -> Vientiane, not Vientiane Capital)
      const near = typo ? 1 / (1 + distance(foldKey(p.name), asked)) : 1;
      const s = (weight(p) + 1) * (preferred.has(p.country) ? TEXT_COUNTRY_WEIGHT : 1) * (foldKey(p.name) === asked ? 1.2 : 1) * near ** 8;
      if (s > bestScore) { best = p; bestScore = s; }
    }
    return best;
  }

  /** The seat of each first-level division (its name and GeoNames id), through which its GeoNames code is found. */
  private readonly seats = new Map<Place, { name: string; geonames_id: number }>();
  private readonly divisionCodes = new Map<Place, string | null>();

  /** Registers a first-level division's seat (admin1.json `capital`, `capital_geonames_id`). */
  addSeat(division: Place, name: string, geonamesId: number): void {
    this.seats.set(division, { name, geonames_id: geonamesId });
  }

  /**
   * A division's GeoNames code within its country ("CA" for California, "01" for Alberta): the code of its seat's row,
   * looked up the first time it is asked for; null when the seat is not a GeoNames row of the gazetteer.
   */
  divisionCode(division: Place): string | null {
    if (division.admin) return division.admin;
    let code = this.divisionCodes.get(division);
    if (code === undefined) {
      const seat = this.seats.get(division);
      code = seat ? this.lookup(seat.name).find((p) => p.geonames_id === seat.geonames_id && p.country === division.country)?.admin ?? null : null;
      this.divisionCodes.set(division, code);
    }
    return code;
  }

  /** Well-known places within a small edit distance of the name (one typo per five letters, at most two). */
  fuzzy(name: string): Place[] {
    const k = foldKey(name);
    if (k.length < 5) return [];
    const max = Math.min(2, Math.floor(k.length / 5));
    const out: Place[] = [];
    let bestD = max + 1;
    for (const { key, place } of this.major.get(k[0]) ?? []) {
      if (Math.abs(key.length - k.length) > max) continue;
      const d = distance(key, k);
      if (d < bestD) { bestD = d; out.length = 0; }
      if (d === bestD && d <= max && !out.some((o) => o === place || (o.geonames_id != null && o.geonames_id === place.geonames_id))) out.push(place);
    }
    return out;
  }
}

let gazetteer: Gazetteer | null = null;

/** Forget the cached gazetteer (after `readout kb import`, and in tests). */
export function resetGazetteer(): void {
  gazetteer = null;
}

export function loadGazetteer(capitals: { code: string; names: string[] }[] = []): Gazetteer {
  if (gazetteer) return gazetteer;
  const g = new Gazetteer();
  const citiesPath = join(dataDir(), 'places', 'cities.tsv');
  if (existsSync(citiesPath)) g.addRows(readFileSync(citiesPath, 'utf8'));
  // capitals under their other spellings ("Ha Noi", "Washington, D.C.")
  for (const c of capitals) {
    const [main, ...aliases] = c.names;
    if (!main) continue;
    // the country's GeoNames capital (PPLC) under any of its spellings ("Washington, D.C."), else its biggest namesake
    const spellings = [main, ...aliases].flatMap((n) => g.lookup(n)).filter((p) => p.country === c.code);
    // (else the GeoNames capital under another form of the name: "Panamá" for "Panama City", not a hamlet called so)
    const capital = spellings.find((p) => p.kind === 'capital') ?? null;
    const other = capital ? null : g.capitalNamed(c.code, main);
    const known = capital ?? other ?? spellings.sort((a, b) => b.population - a.population)[0] ?? null;
    // under the name the country record gives it (Astana, Ulaanbaatar) where the GeoNames dump has another (Nur-Sultan,
    // Ulan Bator); a fuller form of the same name stays (Washington, D.C.)
    const name = known && (other || !foldName(known.name).includes(foldName(main))) ? main : known?.name ?? main;
    const place: Place = known ? { ...known, name, kind: 'capital' } : { name: main, country: c.code, kind: 'capital', population: 0, lat: null, lon: null, geonames_id: null };
    g.add(main, place);
    // a seat of government the knowledge base lists beside the capital (Putrajaya, Dar es Salaam, The Hague)
    // is a city of its own where GeoNames has it: it keeps its own entry
    for (const a of aliases) if (!g.lookup(a).some((p) => p.country === c.code && p !== known && p.kind !== 'capital' && p.population >= (known?.population ?? 0) / 50)) g.add(a, place);
  }
  if (dataFileExists('places/admin1.json')) {
    for (const d of readDataJson<{ divisions: Admin1Record[] }>('places/admin1.json').divisions) {
      const place: Place = { name: d.name, country: d.country, kind: 'admin1', population: 0, lat: d.lat ?? null, lon: d.lon ?? null, geonames_id: null };
      if (d.capital && d.capital_geonames_id) g.addSeat(place, d.capital, d.capital_geonames_id);
      g.add(d.name, place);
      for (const a of d.aliases ?? []) g.add(a, place);
    }
  }
  const extraFile = dataFileExists('places/places-extra.json') ? readDataJson<{ places: ExtraPlace[]; city_prefixes?: string[] }>('places/places-extra.json') : null;
  g.cityPrefixes = (extraFile?.city_prefixes ?? []).map((p) => foldName(p));
  const extra = [
    ...(extraFile?.places ?? []),
    ...(readUserJson<{ places: ExtraPlace[] }>('places.json')?.places ?? []),
  ];
  {
    for (const d of extra) {
      const place: Place = {
        name: d.name, country: d.country, kind: 'extra', population: d.population ?? 0,
        lat: d.lat ?? null, lon: d.lon ?? null, geonames_id: d.geonames_id ?? null,
      };
      g.add(d.name, place);
      for (const a of d.aliases ?? []) g.add(a, place);
    }
  }
  if (dataFileExists('places/venues.json')) {
    for (const v of readDataJson<{ venues: { names: string[]; city: string; country: string }[] }>('places/venues.json').venues) {
      const city = g.resolve(v.city, { country: v.country });
      const place: Place = city ?? { name: v.city, country: v.country, kind: 'extra', population: 0, lat: null, lon: null, geonames_id: null };
      // the city under the name the venue list gives it (Astana, whatever GeoNames calls it), unless GeoNames
      // writes that name in full ("Washington, D.C.")
      const name = place.name?.includes(v.city) ? place.name : v.city;
      for (const n of v.names) { g.venues.add(n.replace(/^the\s+/i, ''), { ...place, name, venue: v.names[0] }); g.venueNames.add(foldKey(n.replace(/^the\s+/i, ''))); }
    }
  }
  gazetteer = g;
  return g;
}
