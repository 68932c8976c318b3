/**
 * The outlets of data/sources/outlets.json as the extraction reads them: an official site's own name over a page, or
 * its domain, says whose page it is (a ministry's release names its own officials without their country); a line that
 * is only a publisher's name is the page's masthead (publisherNames).
 */
import { dataFileExists, readDataJson } from '../data-files.js';
import { agencyNames } from './rule-book.js';
import { countryIndex } from './countries.js';

interface OutletRow { name: string; aliases?: string[]; domains?: string[]; country?: string | null; kind?: string; state?: boolean }
/** What extraction reads of the outlets, indexed in one pass over the file. */
interface OutletIndex {
  /** an official site's name or alias, folded -> its state */
  officialNames: Map<string, string>;
  /** an official site's domain -> its state */
  officialDomains: [string, string][];
  /** any outlet's name or alias with a state, folded -> that state */
  outletCountries: Map<string, string>;
  /** every outlet's and agency's name and alias, lowercase */
  publishers: Set<string>;
  /** the second-level labels of governments' own domains ("gov" of mfa.gov.bt, "go" of mfa.go.ke) */
  governmentLabels: Set<string>;
}
let memo: OutletIndex | null = null;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function outlets(): OutletIndex {
  if (!memo) {
    memo = { officialNames: new Map(), officialDomains: [], outletCountries: new Map(), publishers: new Set(agencyNames().map((n) => n.toLowerCase())), governmentLabels: new Set() };
    const file = dataFileExists('sources/outlets.json') ? readDataJson<{ outlets: OutletRow[]; government_labels?: { labels?: string[] } }>('sources/outlets.json') : null;
    const rows = file?.outlets ?? [];
    for (const l of file?.government_labels?.labels ?? []) memo.governmentLabels.add(l.toLowerCase());
    for (const o of rows) {
      for (const f of [o.name, ...(o.aliases ?? [])]) {
        memo.publishers.add(f.toLowerCase());
        // the first outlet to go by a name keeps it
        if (o.country && !memo.outletCountries.has(fold(f))) memo.outletCountries.set(fold(f), o.country);
        if (o.kind === 'official' && o.country && !memo.officialNames.has(fold(f))) memo.officialNames.set(fold(f), o.country);
      }
      if (o.kind === 'official' && o.country) for (const d of o.domains ?? []) memo.officialDomains.push([d.toLowerCase(), o.country]);
      // a state's official sites listed together, each of the state its country-code domain names ("um.fi", "um.dk")
      if (o.kind === 'official' && !o.country && o.state) for (const d of o.domains ?? []) {
        const cc = /\.([a-z]{2})$/.exec(d.toLowerCase())?.[1];
        const c = cc ? countryIndex().iso3(cc === 'uk' ? 'GB' : cc.toUpperCase()) : null;
        if (c) memo.officialDomains.push([d.toLowerCase(), c]);
      }
    }
  }
  return memo;
}

/** The separators of a breadcrumb after a site's name ("Ministry of Foreign Affairs > Press", "自由時報 > 政治"). */
const CRUMB = /\s*(?:>>|>|›|»|\|)\s*/u;

/** A line lowercased with its spaces folded, up to a breadcrumb's first separator: where a site's own name stands. */
export function siteHead(line: string): string {
  return fold(fold(line).split(CRUMB)[0]);
}

/** The state whose official site a line names, alone or opening a breadcrumb ("Ministry of Foreign Affairs of Viet Nam"), or null. */
export function officialSiteOfLine(line: string): string | null {
  const o = outlets().officialNames;
  const hit = o.get(fold(line)) ?? o.get(siteHead(line));
  if (hit) return hit;
  // "From: Prime Minister's Office, 10 Downing Street": a page's line that lists the bodies issuing it
  const issuers = ISSUER_LABEL.exec(line);
  if (!issuers) return null;
  // (a body's own name may hold a comma: "Foreign, Commonwealth & Development Office": every run of the comma's parts)
  for (const chunk of line.slice(issuers[0].length).split(/\s+and\s+/)) {
    const parts = chunk.split(/\s*,\s*/);
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length && j <= i + 4; j++) {
      const c = o.get(fold(parts.slice(i, j).join(', ')));
      if (c) return c;
    }
  }
  return null;
}

/** The label of a line that lists the bodies a page is from (GOV.UK's "From:"). */
const ISSUER_LABEL = /^\s*(?:from|issued by|published by)\s*:\s*/i;

/** The state whose official site a page's address is on (mofa.gov.vn), or null. */
export function officialSiteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try { host = new URL(url).hostname.toLowerCase(); } catch { return null; }
  for (const [d, c] of outlets().officialDomains) if (host === d || host.endsWith(`.${d}`)) return c;
  // a government's own domain, listed or not: a country code under a government label ("mfa.gov.bt", "mfa.go.ke")
  const gov = GOVERNMENT_HOST.exec(host);
  if (gov && outlets().governmentLabels.has(gov[1])) return countryIndex().iso3(gov[2] === 'uk' ? 'GB' : gov[2].toUpperCase()) ?? null;
  return null;
}

/** A host's last two labels, a second-level label and a two-letter country code ("gov" and "bt" of mfa.gov.bt). */
const GOVERNMENT_HOST = /(?:^|\.)([a-z]{2,5})\.([a-z]{2})$/;

/**
 * The state of the outlet a line names, alone or opening a breadcrumb or a byline ("Khmer Times | 10/07/2026"):
 * any outlet of data/sources/outlets.json with a country, official or press, or undefined. What convention of
 * numeric dates the page's site keeps.
 */
export function outletCountryOfLine(line: string): string | undefined {
  const o = outlets().outletCountries;
  return o.get(fold(line)) ?? o.get(siteHead(line));
}

/**
 * The names a publisher goes by, lowercase: every outlet's and agency's name and aliases of data/sources (a line that is
 * only one of them is the page's masthead or credit, "Nhan Dan", "Vientiane Times", never a person).
 */
export function publisherNames(): ReadonlySet<string> {
  return outlets().publishers;
}
