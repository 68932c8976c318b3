/**
 * Countries and international organisations: names, adjectives, capitals and codes, from
 * data/countries/countries.json and data/countries/organisations.json.
 */
import { readDataJson } from '../data-files.js';
import { TokenTrie, bareKey } from '../text/tokenizer.js';

export interface CountryRecord {
  iso3: string;
  iso2: string;
  name: string;
  official?: string;
  names: string[];
  adjectives: string[];
  demonyms?: string[];
  capital?: string;
  capital_aliases?: string[];
}

export interface OrganisationRecord {
  code: string;
  name: string;
  names: string[];
  adjectives?: string[];
  members?: string[];
  hq?: string;
}

/** What a country phrase in the text denotes. */
export interface CountryHit {
  code: string;
  /** `name` ("China"), `adjective` ("Chinese"), `org` ("ASEAN"), `side` ("中方", "phía Việt Nam": the country as a party) */
  form: 'name' | 'adjective' | 'org' | 'side';
}

/** A language's own names of countries and organisations (data/lang/<language>/country-names.json). */
export interface CountryNamesFile {
  countries: Record<string, { names: string[]; short?: string[]; side?: string[]; party?: string[] }>;
  organisations?: Record<string, { names: string[]; short?: string[]; side?: string[] }>;
  case_sensitive?: string[];
  /** one-syllable names that, with the syllable after them, make a common word ("Pháp chế", "Mỹ thuật", "Ý kiến") */
  compounds?: Record<string, string[]>;
}

export class CountryIndex {
  readonly byCode = new Map<string, CountryRecord | OrganisationRecord>();
  readonly trie = new TokenTrie<CountryHit>(bareKey);
  private readonly byIso2 = new Map<string, string>();
  /** Case-sensitive forms that are also common words or names ("US" vs "us", "Chad", "Jordan"). */
  private readonly caseSensitive = new Set<string>();

  /** a one-syllable name's following syllables with which it is a common word, not the country (country-names.json compounds) */
  private readonly compounds = new Map<string, Set<string>>();

  /** Whether `form` followed by the word `next` is a common word ("Pháp chế": legal affairs), not the country's name. */
  isCompound(form: string, next: string | undefined): boolean {
    return next !== undefined && this.compounds.get(form)?.has(next.toLowerCase()) === true;
  }

  /** no case in the script (Chinese): every match counts */
  private caseless = false;

  /**
   * The same countries under the names a language gives them: "Trung Quốc", "中国", and their sides
   * ("phía Trung Quốc", "中方"). Records (capitals, members) are the English index's.
   */
  static forLanguage(base: CountryIndex, names: CountryNamesFile, caseless: boolean): CountryIndex {
    const idx = new CountryIndex([], []);
    for (const [code, r] of base.byCode) idx.byCode.set(code, r);
    for (const [iso2, iso3] of base.byIso2) idx.byIso2.set(iso2, iso3);
    idx.caseless = caseless;
    const add = (code: string, e: { names: string[]; side?: string[]; party?: string[] }, org: boolean) => {
      for (const n of e.names ?? []) idx.addForm(n, { code, form: org ? 'org' : 'name' });
      // a party's short name (古共, 越共, 南非共): its country, as the party office written after it says
      for (const n of e.party ?? []) idx.addForm(n, { code, form: 'name' });
      for (const n of e.side ?? []) idx.addForm(n, { code, form: 'side' });
    };
    for (const [code, e] of Object.entries(names.countries)) add(code, e, false);
    for (const [code, e] of Object.entries(names.organisations ?? {})) add(code, e, true);
    for (const [form, next] of Object.entries(names.compounds ?? {})) idx.compounds.set(form, new Set(next.map((w) => w.toLowerCase())));
    return idx;
  }

  constructor(countries: CountryRecord[], organisations: OrganisationRecord[]) {
    for (const c of countries) {
      this.byCode.set(c.iso3, c);
      if (c.iso2) this.byIso2.set(c.iso2, c.iso3);
      for (const n of new Set([c.name, ...(c.names ?? [])])) this.addForm(n, { code: c.iso3, form: 'name' });
      for (const a of new Set([...(c.adjectives ?? []), ...(c.demonyms ?? [])])) this.addForm(a, { code: c.iso3, form: 'adjective' });
      // the people in the plural ("Mauritanians Abroad", "Gambians in the Diaspora", a ministry's portfolio): a demonym in -an
      // or -ian takes -s ("Senegalese", "Thai", "Swiss" do not change; "Mauritanians" was read as a person's name)
      for (const d of c.demonyms ?? []) if (/an$/.test(d)) this.addForm(`${d}s`, { code: c.iso3, form: 'adjective' });
    }
    for (const o of organisations) {
      this.byCode.set(o.code, o);
      for (const n of new Set([o.name, ...(o.names ?? []), ...(o.adjectives ?? [])])) this.addForm(n, { code: o.code, form: 'org' });
    }
  }

  private addForm(form: string, hit: CountryHit) {
    if (!form) return;
    const f = form.replace(/^the\s+/i, '');
    this.trie.add(f, hit);
    // an all-caps short form ("US", "UK", "PRC") must be written in capitals to count
    if (/^[A-Z.]{2,5}$/.test(f)) this.caseSensitive.add(f.toLowerCase());
  }

  /** Whether the literal text of a one-token match is acceptable (case rules for "US", "Chad"...). */
  acceptCase(text: string): boolean {
    if (this.caseless) return true;
    const low = text.toLowerCase();
    if (this.caseSensitive.has(low)) return text === text.toUpperCase();
    return /^\p{Lu}/u.test(text);
  }

  /** Whether one word is a country's name or adjective ("China", "Viet", "Lao"). */
  isCountryWord(word: string): boolean {
    const w = word.toLowerCase();
    if (this.words === null) {
      this.words = new Set();
      for (const r of this.byCode.values()) {
        const forms = 'iso3' in r ? [r.name, ...(r.names ?? []), ...(r.adjectives ?? [])] : [r.code];
        for (const f of forms) if (f && !/\s/.test(f.trim())) this.words.add(f.toLowerCase());
        // "Viet Nam" -> "viet"
        for (const f of forms) if (f && /\s/.test(f.trim())) this.words.add(f.trim().split(/\s+/)[0].toLowerCase());
      }
    }
    return this.words.has(w);
  }
  private words: Set<string> | null = null;

  name(code: string): string | null {
    return this.byCode.get(code)?.name ?? null;
  }

  isOrganisation(code: string): boolean {
    const r = this.byCode.get(code);
    return !!r && !('iso3' in r);
  }

  capitalOf(code: string): string | null {
    const r = this.byCode.get(code);
    return r && 'iso3' in r ? r.capital ?? null : null;
  }

  /** ISO3 from ISO2 ("VN" -> "VNM"). */
  iso3(iso2: string): string | null {
    return this.byIso2.get(iso2) ?? null;
  }
}

let index: CountryIndex | null = null;

export function countryIndex(): CountryIndex {
  if (index) return index;
  const c = readDataJson<{ countries: CountryRecord[] }>('countries/countries.json');
  const o = readDataJson<{ organisations: OrganisationRecord[] }>('countries/organisations.json');
  index = new CountryIndex(c.countries, o.organisations);
  return index;
}
