/**
 * Listing pages: a tag, topic, author or search page lists many stories by their teasers and reports
 * none itself. Known by the page's address, with the `listing` rules of data/sources/credits.json
 * (the same rules that give a stored report the source kind `listing`).
 */
import { readDataJson } from '../data-files.js';
import type { RuleFile } from './rule-book.js';

let listing: RegExp[] | null = null;

/** Whether a URL is a listing page (tag, topic, author or search page). */
export function isListingUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  listing ??= readDataJson<RuleFile & { rules: { clue?: string; pattern?: string; flags?: string }[] }>('sources/credits.json').rules
    .filter((r) => r.clue === 'listing' && r.pattern)
    .map((r) => new RegExp(r.pattern!, (r.flags ?? 'iu').replace('g', '')));
  let path = url;
  try { const u = new URL(url); path = u.pathname + u.search; } catch { /* the raw string */ }
  return listing.some((re) => re.test(path));
}
