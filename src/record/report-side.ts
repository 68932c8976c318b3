/**
 * Which side a report speaks for: the country of its outlet (data/sources/outlets.json), else the
 * country-code domain of its URL (".vn" -> VNM), else unknown.
 */
import { readDataJson } from '../knowledge/data-files.js';
import { countryIndex } from '../knowledge/countries.js';

interface OutletsFile { outlets: { match: string; country: string }[] }

export function reportSide(source: string | null, url: string | null): string | null {
  const outlets = readDataJson<OutletsFile>('sources/outlets.json').outlets;
  let host = '';
  try { host = url ? new URL(url).hostname.toLowerCase() : ''; } catch { host = ''; }
  const hay = `${host} ${(source ?? '').toLowerCase()}`;
  for (const o of outlets) if (hay.includes(o.match.toLowerCase())) return o.country;
  const tld = /\.([a-z]{2})$/.exec(host)?.[1];
  if (tld) return countryIndex().iso3(tld.toUpperCase());
  return null;
}
