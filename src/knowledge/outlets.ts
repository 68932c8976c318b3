/**
 * The outlets of data/sources/outlets.json as the extraction reads them: an official site's own name over a page, or
 * its domain, says whose page it is (a ministry's release names its own officials without their country); a line that
 * is only a publisher's name is the page's masthead (publisherNames).
 */
import { dataFileExists, readDataJson } from '../data-files.js';
import { agencyNames } from './rule-book.js';

interface OutletRow { name: string; aliases?: string[]; domains?: string[]; country?: string | null; kind?: string; state?: boolean }
interface Official { names: Map<string, string>; domains: [string, string][] }
let memo: Official | null = null;

const fold = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

function officials(): Official {
  if (!memo) {
    memo = { names: new Map(), domains: [] };
    if (dataFileExists('sources/outlets.json')) {
      for (const o of readDataJson<{ outlets: OutletRow[] }>('sources/outlets.json').outlets) {
        if (o.kind !== 'official' || !o.country) continue;
        for (const f of [o.name, ...(o.aliases ?? [])]) if (!memo.names.has(fold(f))) memo.names.set(fold(f), o.country);
        for (const d of o.domains ?? []) memo.domains.push([d.toLowerCase(), o.country]);
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
  const o = officials();
  return o.names.get(fold(line)) ?? o.names.get(siteHead(line)) ?? null;
}

/** The state whose official site a page's address is on (mofa.gov.vn), or null. */
export function officialSiteOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let host: string;
  try { host = new URL(url).hostname.toLowerCase(); } catch { return null; }
  for (const [d, c] of officials().domains) if (host === d || host.endsWith(`.${d}`)) return c;
  return null;
}

let outletMemo: Map<string, string> | null = null;
/**
 * The state of the outlet a line names, alone or opening a breadcrumb or a byline ("Khmer Times | 10/07/2026"):
 * any outlet of data/sources/outlets.json with a country, official or press, or undefined. What convention of
 * numeric dates the page's site keeps.
 */
export function outletCountryOfLine(line: string): string | undefined {
  if (!outletMemo) {
    outletMemo = new Map();
    if (dataFileExists('sources/outlets.json')) {
      for (const o of readDataJson<{ outlets: OutletRow[] }>('sources/outlets.json').outlets) {
        if (!o.country) continue;
        for (const f of [o.name, ...(o.aliases ?? [])]) if (!outletMemo.has(fold(f))) outletMemo.set(fold(f), o.country);
      }
    }
  }
  return outletMemo.get(fold(line)) ?? outletMemo.get(siteHead(line));
}

let mastheadSet: Set<string> | null = null;
/**
 * The names a publisher goes by, lowercase: every outlet's and agency's name and aliases of data/sources (a line that is
 * only one of them is the page's masthead or credit, "Nhan Dan", "Vientiane Times", never a person).
 */
export function publisherNames(): ReadonlySet<string> {
  if (!mastheadSet) {
    mastheadSet = new Set(agencyNames().map((n) => n.toLowerCase()));
    if (dataFileExists('sources/outlets.json')) {
      for (const x of readDataJson<{ outlets: OutletRow[] }>('sources/outlets.json').outlets) for (const f of [x.name, ...(x.aliases ?? [])]) mastheadSet.add(f.toLowerCase());
    }
  }
  return mastheadSet;
}
