/**
 * Whose account a report is: its `side` (ISO alpha-3, an organisation code such as UN or ASEAN,
 * `independent` for an international wire, `unknown` when nothing says), which clue decided it
 * (`side_basis`), and what kind of source it is (`source_kind`). The clues, strongest first:
 *
 *  1. `user`: what the user says (`--side`, a `side` field in JSON Lines or a folder's manifest)
 *  2. `user-rule`: an outlet of the user's knowledge folder (`outlets.json`) matching the URL or source name
 *  3. `credit`: the text's own credit: a dateline ("HANOI, May 3 (VNA) –", "新华社北京…电"), a source
 *     line ("Theo TTXVN", "来源：新华社"), an end mark ("./.VNA"), an official formula ("The following
 *     is attributable to Spokesperson ...") (data/sources/credits.json)
 *  4. `lead-attribution`: the text's first lines say whose account they relay ("据外交部网站消息，…",
 *     "…, CGTN reported."): the report relays that account, whoever publishes it
 *  5. `outlet`: the URL's host in the outlet table (data/sources/outlets.json)
 *  6. `attribution`: "according to Xinhua", "theo Bộ Ngoại giao", "据外交部网站消息" further on, when every one names the same side
 *  7. `outlet-name`: the document's source name names an outlet of the table
 *  8. `photo-credit`: the pictures' credits ("(Photo: VNA)", "图片来源：越通社"), when they agree
 *  9. `self-unqualified`: of the encounter's parties, the one the text's first lines never name with a
 *     country beside a title while naming every other so ("Secretary of State Jane Doe spoke with
 *     Japanese Foreign Minister ..."): an official readout's own principal
 * 10. `domain-country`: the URL's country-code domain (".vn" → VNM), not a generic one (.cc, .io ...)
 * 11. `pair-order`: which of the parties the text names first in pairs ("China-Vietnam relations",
 *     "quan hệ Việt Nam – Trung Quốc", "中越关系"): official media name their own country first
 * 12. `language`: the text's language (vi → VNM, zh → CHN): the weakest, and marked so
 *
 * A national outlet speaks for its country, whether state-run or independent, so a third state's
 * press reporting an encounter is that state's account; an international wire (AP, Reuters, AFP,
 * Bloomberg) is `independent`. The source kind: `listing` for tag, topic and search pages (by URL),
 * else the kind of the credited outlet (a copy of a VNA story on an aggregator is an agency's
 * account), else the kind of the URL's outlet (`official`, `agency`, `news`, `aggregator`), `news`
 * for a national domain the table does not know, `unknown` otherwise.
 */
import { readDataJson, readUserJson } from '../data-files.js';
import { countryIndex } from '../knowledge/countries.js';
import { RuleBook, type RuleFile, type RuleSpec } from '../knowledge/rule-book.js';
import { isListingUrl } from '../knowledge/listing-pages.js';

import { SOURCE_KINDS as KINDS_OF_SOURCE, SIDE_UNKNOWN, SIDE_INDEPENDENT, type SourceKind } from '../vocabulary/terms.js';
import { escapeRe } from '../text/patterns.js';

export type { SourceKind };
export type SideBasis = 'user' | 'user-rule' | 'credit' | 'lead-attribution' | 'outlet' | 'attribution' | 'outlet-name' | 'photo-credit' | 'self-unqualified' | 'domain-country' | 'pair-order' | 'language' | 'none';

/** The clues in the order they are tried: the first that says something decides. */
export const SIDE_BASES: SideBasis[] = ['user', 'user-rule', 'credit', 'lead-attribution', 'outlet', 'attribution', 'outlet-name', 'photo-credit', 'self-unqualified', 'domain-country', 'pair-order', 'language', 'none'];
/** The kinds of source (the vocabulary's list, src/vocabulary/terms.ts). */
export const SOURCE_KINDS: SourceKind[] = [...KINDS_OF_SOURCE];
export const UNKNOWN_SIDE = SIDE_UNKNOWN;
export const INDEPENDENT_SIDE = SIDE_INDEPENDENT;

/**
 * How much a report's fields count when reports of one encounter disagree: an official readout
 * over an agency's copy over other press over an aggregator's copy over a listing page.
 */
export const SOURCE_WEIGHT: Record<SourceKind, number> = { official: 5, agency: 4, news: 3, unknown: 2, aggregator: 1, listing: 0.5 };

export interface ReportAccount {
  side: string;
  side_basis: SideBasis;
  source_kind: SourceKind;
  /** the outlet of the table that decided it (its id), when one did */
  outlet: string | null;
  /** what was read: the rule and the words ("credit/dateline-bracket: (VNA)"), the host, the language */
  side_evidence: string | null;
}

export interface AccountInput {
  text?: string | null;
  url?: string | null;
  source?: string | null;
  /** the text's language (readout/1 `document.language`) */
  language?: string | null;
  /** the side the user states */
  side?: string | null;
  /** the countries (or organisations) of the encounters the text reports: the parties whose account it may be */
  parties?: string[] | null;
}

export interface Outlet {
  id: string;
  name: string;
  aliases: string[];
  domains: string[];
  country: string | null;
  kind: 'official' | 'agency' | 'news' | 'aggregator';
  state?: boolean;
  side?: string;
  note?: string;
}

interface OutletsFile { about?: string; languages?: { map: Record<string, string> }; generic_tlds?: string[]; outlets: Outlet[] }

const norm = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/** The outlet table with the user's outlets first; the alias index; the credit rules compiled with them. */
class OutletTable {
  readonly byId = new Map<string, Outlet>();
  readonly userIds = new Set<string>();
  private readonly byAlias = new Map<string, Outlet>();
  private readonly byDomain = new Map<string, Outlet>();
  readonly languages: Map<string, string>;
  readonly genericTlds: Set<string>;
  readonly book: RuleBook;
  /** every alias as a regular-expression alternation, longest first */
  readonly fragment: string;
  private readonly aliasRe: RegExp;
  /** whether a text names any outlet at all (one pass; the rules that need a name are skipped without one) */
  readonly anyAlias: RegExp;

  constructor(builtIn: OutletsFile, user: OutletsFile | null, credits: RuleFile) {
    const all = [...(user?.outlets ?? []).map((o) => ({ ...o, id: `user:${o.id}` })), ...builtIn.outlets];
    for (const o of all) {
      if (this.byId.has(o.id)) continue;
      this.byId.set(o.id, o);
      if (o.id.startsWith('user:')) this.userIds.add(o.id);
      for (const d of o.domains ?? []) if (!this.byDomain.has(d.toLowerCase())) this.byDomain.set(d.toLowerCase(), o);
      for (const a of [o.name, ...(o.aliases ?? [])]) if (a && !this.byAlias.has(norm(a))) this.byAlias.set(norm(a), o);
    }
    this.languages = new Map(Object.entries(builtIn.languages?.map ?? {}));
    this.genericTlds = new Set(builtIn.generic_tlds ?? []);
    // the forms a credit may take: as written, in capitals, with a capital first letter; an acronym only as written
    const forms = new Set<string>();
    for (const o of all) for (const a of o.aliases ?? []) {
      if (!a) continue;
      forms.add(a);
      if (!/^[\p{Lu}\d.&+-]{2,8}$/u.test(a) && /\p{Ll}/u.test(a)) { forms.add(a.toUpperCase()); forms.add(a[0].toUpperCase() + a.slice(1)); }
    }
    for (const o of all) if (o.name) forms.add(o.name);
    const han = [...forms].filter((a) => /^\p{Script=Han}/u.test(a));
    const latin = [...forms].filter((a) => !/^\p{Script=Han}/u.test(a));
    // Latin-script names stand as whole words; Han-script names stand anywhere. As a trie, so that a
    // position that starts no name is passed over at once.
    this.fragment = `(?:(?<![\\p{L}\\p{N}])${trieRegex(latin)}(?![\\p{L}\\p{N}])|${han.length ? trieRegex(han) : '(?!)'})`;
    this.aliasRe = new RegExp(this.fragment, 'gu');
    this.anyAlias = new RegExp(this.fragment, 'u');
    this.book = new RuleBook('sources/credits.json', credits, { outlet: this.fragment });
  }

  alias(text: string): Outlet | null {
    return this.byAlias.get(norm(text)) ?? null;
  }

  /** The outlet of a host: the host itself or its nearest parent domain in the table. */
  domain(host: string): Outlet | null {
    const parts = host.toLowerCase().replace(/\.$/, '').split('.');
    for (let i = 0; i < parts.length - 1; i++) {
      const o = this.byDomain.get(parts.slice(i).join('.'));
      if (o) return o;
    }
    return null;
  }

  /** Every outlet named in a source name ("VNA / VietnamPlus"), in order of appearance. */
  namedIn(text: string): Outlet[] {
    const out: Outlet[] = [];
    this.aliasRe.lastIndex = 0;
    for (const m of text.matchAll(this.aliasRe)) { const o = this.alias(m[0]); if (o && !out.includes(o)) out.push(o); }
    return out;
  }
}

let table: OutletTable | null = null;
let tableUserFile: string | null = null;

/** The outlet table (data/sources/outlets.json, with the user's `outlets.json` first), loaded once per user file. */
export function outletTable(): OutletTable {
  const user = readUserJson<OutletsFile>('outlets.json');
  const key = user ? JSON.stringify(user) : '';
  if (!table || tableUserFile !== key) {
    table = new OutletTable(readDataJson<OutletsFile>('sources/outlets.json'), user && Array.isArray(user.outlets) ? user : null, readDataJson<RuleFile>('sources/credits.json'));
    tableUserFile = key;
  }
  return table;
}

/** The side an outlet speaks for: its `side`, else its country; null for an aggregator with no country. */
export function outletSide(o: Outlet): string | null {
  return o.side ?? o.country ?? null;
}

/** A side code as the record writes it ("vnm" → "VNM"), or null when it is no country, organisation or `independent`/`unknown`. */
export function normaliseSide(v: string): string | null {
  const s = v.trim();
  if (/^(?:independent|unknown)$/i.test(s)) return s.toLowerCase();
  const code = s.toUpperCase();
  return /^[A-Z]{2,12}$/.test(code) && countryIndex().name(code) ? code : null;
}

/** Why a side the user gave is not one (null when it is). */
export function sideProblem(v: unknown): string | null {
  if (typeof v !== 'string' || !v.trim()) return 'side must be a country code (VNM, CHN), an organisation code (UN, ASEAN, EU) or "independent"';
  return normaliseSide(v) ? null : `side "${v}" is not a country code (VNM, CHN), an organisation code (UN, ASEAN, EU) or "independent"`;
}

function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try { return new URL(url).hostname.toLowerCase().replace(/\.$/, ''); } catch { return ''; }
}

let countryNames: Map<string, string> | null = null;
/** A country's code from its English name in any case ("VIETNAM", "Viet Nam"). */
function countryByName(name: string): string | null {
  if (!countryNames) {
    countryNames = new Map();
    const c = readDataJson<{ countries: { iso3: string; name: string; names?: string[] }[] }>('countries/countries.json');
    for (const r of c.countries) for (const n of [r.name, ...(r.names ?? [])]) countryNames.set(n.toLowerCase().replace(/[^a-z]/g, ''), r.iso3);
  }
  return countryNames.get(name.toLowerCase().replace(/[^a-z]/g, '')) ?? null;
}

interface Hit { rule: RuleSpec; at: number; words: string; outlet: Outlet | null; side: string }

const HEAD = 3000, TAIL = 1500, BODY = 20_000, EDGE = 600;
/** An attribution this close to the start is in the lead: the text relays that account. */
const LEAD = 700;

/** Where a rule looks, as [offset, text] pieces. */
function regions(text: string, region: string): [number, string][] {
  const n = text.length;
  switch (region) {
    case 'head': return [[0, text.slice(0, HEAD)]];
    case 'tail': return [[Math.max(0, n - TAIL), text.slice(Math.max(0, n - TAIL))]];
    case 'edges': return n <= 2 * EDGE ? [[0, text]] : [[0, text.slice(0, EDGE)], [n - EDGE, text.slice(n - EDGE)]];
    default: return [[0, text.slice(0, BODY)]];
  }
}

/**
 * The credits, attributions or photo credits of a text (as `clue` says) that name an outlet (or a
 * country) with a side, in text order; `within`: only in the first so many characters.
 */
export function creditsIn(text: string, clue: 'credit' | 'attribution' | 'photo', t: OutletTable = outletTable(), within = Infinity): Hit[] {
  const hits: Hit[] = [];
  // a region that names no outlet cannot hold a credit naming one: one pass over it saves every such rule's
  const named = new Map<string, boolean>();
  const namesOne = (piece: string, key: string) => {
    let v = named.get(key);
    if (v === undefined) { v = t.anyAlias.test(piece); named.set(key, v); }
    return v;
  };
  for (const rule of t.book.rules) {
    if (rule.clue !== clue) continue;
    const re = t.book.pattern(rule.id, `${(rule.flags ?? 'u').replace('g', '')}g`);
    const needsName = typeof rule.pattern === 'string' && rule.pattern.includes('{{outlet}}') && !/\(\?<country>/.test(rule.pattern);
    for (const [offset, whole] of regions(text, String(rule.region ?? 'body'))) {
      if (offset >= within) continue;
      const piece = offset + whole.length > within ? whole.slice(0, within - offset) : whole;
      if (needsName && !namesOne(piece, `${offset}:${piece.length}`)) continue;
      for (const m of piece.matchAll(re)) {
        const g = m.groups ?? {};
        const words = g.outlet ?? g.outlet2 ?? g.country ?? m[0];
        let outlet: Outlet | null = null;
        let side: string | null = null;
        if (typeof rule.outlet === 'string') { outlet = t.byId.get(rule.outlet) ?? null; side = outlet ? outletSide(outlet) : null; }
        else if (g.country) side = countryByName(g.country);
        else { outlet = t.alias(words); side = outlet ? outletSide(outlet) : null; }
        if (side) hits.push({ rule, at: offset + (m.index ?? 0), words: words.trim(), outlet, side });
      }
    }
  }
  return hits.sort((a, b) => a.at - b.at);
}

export { isListingUrl } from '../knowledge/listing-pages.js';

/** The one side every hit names, or null when they disagree. */
function unanimous(hits: Hit[]): string | null {
  const sides = new Set(hits.map((h) => h.side));
  return sides.size === 1 ? [...sides][0] : null;
}

/** The side most hits name, or null on a tie. */
function majority(hits: Hit[]): string | null {
  const n = new Map<string, number>();
  for (const h of hits) n.set(h.side, (n.get(h.side) ?? 0) + 1);
  const ranked = [...n].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

const kindOf = (o: Outlet | null | undefined): SourceKind | null => (o ? o.kind : null);

/**
 * Whose account a report is, with the clue that says so and the kind of source.
 *
 * @example
 * reportAccount({ text: 'HANOI, May 3 (VNA) – The two ministers spoke by phone.', url: 'https://mirror.example.com/x' })
 * // { side: 'VNM', side_basis: 'credit', source_kind: 'agency', outlet: 'vna', side_evidence: 'credit/dateline-bracket: VNA' }
 */
export function reportAccount(input: AccountInput): ReportAccount {
  const t = outletTable();
  const text = input.text ?? '';
  const host = hostOf(input.url);
  const listing = isListingUrl(input.url);
  const hostOutlet = host ? t.domain(host) : null;
  const named = input.source ? t.namedIn(input.source) : [];
  const finish = (side: string | null, basis: SideBasis, kind: SourceKind | null, outlet: Outlet | null, evidence: string | null): ReportAccount => ({
    side: side ?? UNKNOWN_SIDE,
    side_basis: side ? basis : 'none',
    source_kind: listing ? 'listing' : kind ?? kindOf(hostOutlet) ?? 'unknown',
    outlet: outlet?.id ?? null,
    side_evidence: side ? evidence : null,
  });

  // 1. what the user says
  if (input.side) {
    const s = normaliseSide(input.side);
    if (s) return finish(s, 'user', null, hostOutlet, 'stated by the user');
  }
  // 2. the user's own outlet rules, by host or by source name
  const userHost = hostOutlet && t.userIds.has(hostOutlet.id) ? hostOutlet : null;
  const userNamed = named.find((o) => t.userIds.has(o.id)) ?? null;
  for (const o of [userHost, userNamed]) {
    if (o && outletSide(o)) return finish(outletSide(o), 'user-rule', o.kind, o, `your outlet ${o.name}${o === userHost ? ` (${host})` : ''}`);
  }
  // (each clue is read only when the stronger ones said nothing)
  // 3. the text's credit: the first one (a dateline comes before a source line at the end)
  const credit = text ? creditsIn(text, 'credit', t)[0] : undefined;
  if (credit) return finish(credit.side, 'credit', (credit.rule.kind as SourceKind | undefined) ?? kindOf(credit.outlet), credit.outlet, `${credit.rule.id}: ${credit.words}`);
  // 4. an attribution in the lead
  const lead = text ? creditsIn(text, 'attribution', t, LEAD) : [];
  const leadSide = unanimous(lead);
  if (leadSide) return finish(leadSide, 'lead-attribution', hostOutlet ? null : 'news', lead[0].outlet, `${lead[0].rule.id}: ${lead[0].words}`);
  // 5. the URL's outlet
  if (hostOutlet) {
    const s = outletSide(hostOutlet) ?? (hostOutlet.kind !== 'aggregator' ? tldSide(host, t) : null);
    if (s) return finish(s, 'outlet', hostOutlet.kind, hostOutlet, `${hostOutlet.name} (${host})`);
  }
  // 6. attributions, when they agree
  const attributions = text ? creditsIn(text, 'attribution', t) : [];
  const attributed = unanimous(attributions);
  if (attributed) return finish(attributed, 'attribution', hostOutlet ? null : 'news', attributions[0].outlet, `${attributions[0].rule.id}: ${[...new Set(attributions.map((h) => h.words))].join(', ')}`);
  // 7. the source's name
  const namedSide = named.map((o) => ({ o, s: outletSide(o) })).find((x) => x.s);
  if (namedSide) return finish(namedSide.s, 'outlet-name', hostOutlet ? null : namedSide.o.kind, namedSide.o, `source "${input.source}" names ${namedSide.o.name}`);
  // 8. the pictures' credits
  const photos = text ? creditsIn(text, 'photo', t) : [];
  const pictured = majority(photos);
  if (pictured) return finish(pictured, 'photo-credit', null, photos.find((h) => h.side === pictured)!.outlet, `${photos.find((h) => h.side === pictured)!.rule.id}: ${photos.filter((h) => h.side === pictured).map((h) => h.words)[0]}`);
  // the one party named without a country
  const self = selfUnqualified(text, input.parties ?? [], t);
  if (self) return finish(self.side, 'self-unqualified', hostOutlet ? null : 'unknown', null, self.evidence);
  // 9. the country-code domain
  const tld = tldSide(host, t);
  if (tld) return finish(tld, 'domain-country', hostOutlet ? null : 'news', null, host);
  // 10. the order of country pairs
  const pair = pairOrder(text, input.parties);
  if (pair) return finish(pair.side, 'pair-order', hostOutlet ? null : 'unknown', null, pair.evidence);
  // 11. the language, the weakest clue
  const lang = input.language ? t.languages.get(input.language) : undefined;
  if (lang) return finish(lang, 'language', null, null, `written in ${input.language}`);
  return finish(null, 'none', null, null, null);
}

/** The country of a host's country-code domain ("baonghean.vn" → VNM), not of a generic one (.cc, .io, .tv ...). */
function tldSide(host: string, t: OutletTable): string | null {
  const tld = /\.([a-z]{2})$/.exec(host)?.[1];
  if (!tld || t.genericTlds.has(tld)) return null;
  return countryIndex().iso3(tld.toUpperCase() === 'UK' ? 'GB' : tld.toUpperCase());
}

interface PairNames { latin: RegExp; han: RegExp; compound: RegExp; code: Map<string, string>; short: Map<string, string> }
let pairNames: PairNames | null = null;

/** Country names in English, Vietnamese and Chinese (data/countries, data/lang/{vi,zh}/country-names.json) for pair order. */
function loadPairNames(): PairNames {
  if (pairNames) return pairNames;
  const code = new Map<string, string>();
  const short = new Map<string, string>();
  const add = (n: string, c: string) => { if (n && !code.has(n)) code.set(n, c); };
  const c = readDataJson<{ countries: { iso3: string; name: string; names?: string[] }[] }>('countries/countries.json');
  for (const r of c.countries) for (const n of [r.name, ...(r.names ?? [])]) if (n.length >= 2) add(n, r.iso3);
  const shortCount = new Map<string, Set<string>>();
  for (const lang of ['vi', 'zh']) {
    let f: { countries: Record<string, { names: string[]; short?: string[] }> };
    try { f = readDataJson(`lang/${lang}/country-names.json`); } catch { continue; }
    for (const [iso3, e] of Object.entries(f.countries)) {
      for (const n of e.names ?? []) add(n, iso3);
      for (const s of e.short ?? []) {
        if (lang === 'vi') add(s, iso3);
        else (shortCount.get(s) ?? shortCount.set(s, new Set()).get(s)!).add(iso3);
      }
    }
  }
  for (const [s, codes] of shortCount) if (codes.size === 1) short.set(s, [...codes][0]);
  const names = [...code.keys()].sort((a, b) => b.length - a.length);
  const latin = names.filter((n) => !/\p{Script=Han}/u.test(n)).map(escapeRe).join('|');
  const han = names.filter((n) => /\p{Script=Han}/u.test(n)).map(escapeRe).join('|');
  const chars = [...short.keys()].map(escapeRe).join('');
  pairNames = {
    code, short,
    latin: new RegExp(`(?<![\\p{L}\\p{N}.])(${latin})\\s*(?:[-–—]|\\s(?:and|và|với)\\s)\\s*(${latin})(?![\\p{L}\\p{N}])`, 'gu'),
    han: new RegExp(`(${han})\\s*(?:[-–—、和与與同及]|\\s)\\s*(${han})`, 'gu'),
    // two one-character names before a word that follows a pair ("中越关系", "越中两国")
    compound: new RegExp(`([${chars}])([${chars}])(?=关系|關係|两国|兩國|两党|兩黨|双方|雙方|友好|合作|边境|邊境|陆地|陸地|经贸|經貿|建交|全面|联合|聯合|睦邻|睦鄰|传统|傳統|命运|命運|战略|戰略|高层|高層|外长|外長|人民|双边|雙邊)`, 'gu'),
  };
  return pairNames;
}

/**
 * The country a text names first in pairs of countries, when it does so clearly (at least two pairs,
 * three in five naming it first): official media name their own country first ("China-Vietnam
 * relations" in Xinhua, "Việt Nam – Trung Quốc" in VNA), a habit that survives copying.
 */
export function pairOrder(text: string, parties?: string[] | null): { side: string; evidence: string } | null {
  if (!text) return null;
  const p = loadPairNames();
  // with the encounter's parties known, only pairs of them count (a list of other countries says nothing)
  const among = parties?.length ? new Set(parties) : null;
  const body = text.length > BODY ? text.slice(0, BODY) : text;
  const votes = new Map<string, number>();
  const seen: string[] = [];
  const vote = (a: string | undefined, b: string | undefined, words: string) => {
    if (!a || !b || a === b) return;
    if (among && (!among.has(a) || !among.has(b))) return;
    votes.set(a, (votes.get(a) ?? 0) + 1);
    if (seen.length < 3) seen.push(words);
  };
  for (const re of [p.latin, p.han]) for (const m of body.matchAll(re)) vote(p.code.get(m[1]), p.code.get(m[2]), m[0]);
  for (const m of body.matchAll(p.compound)) vote(p.short.get(m[1]), p.short.get(m[2]), m[0]);
  const total = [...votes.values()].reduce((a, b) => a + b, 0);
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < 2 || best[1] / total < 0.6) return null;
  return { side: best[0], evidence: `${best[0]} named first in ${best[1]} of ${total} country pairs (${seen.join('; ')})` };
}

/**
 * One regular expression for a list of literal strings, as a trie: common prefixes written once,
 * longer continuations before shorter ones (so the longest name matches), e.g. ["VNA", "VNS", "VOV"]
 * → "(?:V(?:N(?:A|S)|OV))".
 */
export function trieRegex(words: string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) { let c = n.next.get(ch); if (!c) { c = { end: false, next: new Map() }; n.next.set(ch, c); } n = c; }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const branches = [...n.next].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([ch, c]) => escapeRe(ch) + emit(c));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return `(?:${emit(root)})`;
}

const qualifiers = new Map<string, RegExp>();
/**
 * How a text names a country or organisation beside a title: its English name or adjective before a
 * title word ("Japanese Foreign Minister", "PRC Director", "EU High Representative", "Cambodian
 * counterpart"), or "of" and its name after one ("Foreign Minister ... of Cambodia").
 */
function qualifierOf(code: string, t: OutletTable): RegExp | null {
  let re = qualifiers.get(code);
  if (re) return re;
  const c = readDataJson<{ countries: { iso3: string; name: string; names?: string[]; adjectives?: string[]; demonyms?: string[] }[] }>('countries/countries.json').countries.find((x) => x.iso3 === code);
  const o = readDataJson<{ organisations: { code: string; name: string; names?: string[]; adjectives?: string[] }[] }>('countries/organisations.json').organisations.find((x) => x.code === code);
  const names = c ? [c.name, ...(c.names ?? [])] : o ? [o.code, o.name, ...(o.names ?? [])] : [];
  const adjectives = c ? [...names, ...(c.adjectives ?? []), ...(c.demonyms ?? [])] : names;
  if (!names.length) return null;
  const titles = trieRegex(t.book.list('self/title-words'));
  const alt = (xs: string[]) => trieRegex([...new Set(xs.filter((x) => x.length >= 2))]);
  re = new RegExp(`(?<![\\p{L}\\p{N}])${alt(adjectives)}(?:'s|’s)?\\s+${titles}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${titles}\\b[^.\\n]{0,80}?\\sof\\s(?:the\\s)?${alt(names)}(?![\\p{L}\\p{N}])`, 'u');
  qualifiers.set(code, re);
  return re;
}

/**
 * The party an official readout speaks for: of two or more parties, the only one its first lines
 * never name with a country beside a title, while every other is so named.
 */
export function selfUnqualified(text: string, parties: string[], t: OutletTable = outletTable()): { side: string; evidence: string } | null {
  const ps = [...new Set(parties.filter(Boolean))];
  if (ps.length < 2 || !text) return null;
  const head = text.slice(0, HEAD);
  const bare = ps.filter((p) => { const re = qualifierOf(p, t); return !re || !re.test(head); });
  if (bare.length !== 1 || !qualifierOf(bare[0], t)) return null;
  return { side: bare[0], evidence: `${bare[0]} named without its country beside a title, ${ps.filter((p) => p !== bare[0]).join(', ')} with it` };
}
