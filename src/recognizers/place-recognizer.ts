/**
 * Places where something happened: "in Chongqing", "in Yunnan, China", "at ... in Jakarta",
 * "in Anji, east China's Zhejiang province", "in the Tajik capital of Dushanbe", "in Laos".
 * A place phrase follows "in", "at" or "to"; the gazetteer resolves it, preferring the country the
 * phrase itself names ("Liuzhou, Guangxi" -> CHN), then the countries of the text, then importance.
 * A name the gazetteer lacks is still a place when the phrase gives its province or country.
 */
import type { Gazetteer, Place } from '../knowledge/gazetteer.js';
import type { CountryIndex } from '../knowledge/countries.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import type { CountryMention, PlaceMention } from '../doc.js';
import type { Token } from '../text/tokenizer.js';

const PREPS = new Set(['in', 'at', 'to', 'from', 'near', 'outside']);
const SKIP = new Set(['the', 'capital', 'city', 'of', 'province', 'southwestern', 'southwest', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwestern', 'northeastern', 'northwestern', 'southeastern', 'coastal', 'border', 'resort', 'ancient', 'historic', 'port', 'town', 'county', 'mountainous']);
const TYPE_WORDS = /^(?:province|city|county|district|prefecture|region|autonomous|zhuang|municipality|state|town|capital|island|islands)$/i;

export function recognizePlaces(tokens: Token[], countries: CountryMention[], gaz: Gazetteer, countryIdx: CountryIndex, lex: Lexicon, textCountries: Set<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const countryAt = new Map<number, CountryMention>();
  for (const c of countries) countryAt.set(c.start, c);
  const n = tokens.length;

  /** Longest capitalised run at i (up to 5 tokens) that the gazetteer knows: [end, candidates text]. */
  const lookup = (i: number): { end: number; text: string } | null => {
    let best: { end: number; text: string } | null = null;
    let s = '';
    for (let j = i; j < n && j < i + 5; j++) {
      const t = tokens[j];
      if (!t.word || (!t.cap && !/^(?:de|da|do|la|le|al)$/.test(t.lower))) break;
      s += (j > i ? ' ' : '') + t.text.replace(/['’]s$/u, '');
      if (gaz.has(s)) best = { end: j + 1, text: s };
      if (/['’]s$/u.test(t.text)) break;
    }
    return best;
  };

  for (let i = 0; i < n; i++) {
    if (!PREPS.has(tokens[i].lower)) continue;
    let j = i + 1;
    while (j < n && SKIP.has(tokens[j].lower) && !tokens[j].cap) j++;
    // "in the Tajik capital of Dushanbe": adjective + capital + of
    const adj = countryAt.get(j);
    let phraseCountry: string | null = null;
    if (adj && adj.form === 'adjective' && tokens[adj.end]?.lower === 'capital') {
      phraseCountry = adj.code;
      j = adj.end + 1;
      if (tokens[j]?.lower === 'of') j++;
    }
    if (j >= n || !tokens[j].cap) continue;
    const c = countryAt.get(j);
    const hit = lookup(j);
    if (c && (!hit || hit.end <= c.end)) {
      // "in Laos", "in China's Yunnan": the country itself (place null) unless a place follows
      if (c.form === 'name' && !c.possessive) {
        out.push(mk(tokens, j, c.end, countryIdx.name(c.code) ?? tokens[j].text, countryPlace(c.code), tokens[i].lower));
        i = c.end - 1;
        continue;
      }
      if (c.possessive) {
        // "in China's Yunnan province", "in east China's Zhejiang"
        const h2 = lookup(c.end);
        if (h2) {
          const p = gaz.resolve(h2.text, { country: c.code });
          if (p) { out.push(mk(tokens, c.end, h2.end, h2.text, p, tokens[i].lower)); i = h2.end - 1; }
        }
        continue;
      }
      continue;
    }
    let end = hit?.end ?? j;
    let name = hit?.text ?? null;
    // what follows: ", Guangxi", ", China", ", east China's Zhejiang province", " province"
    let k = end;
    while (k < n && TYPE_WORDS.test(tokens[k].text) && tokens[k].cap) k++;
    let qualifier: Place | null = null;
    let qualCountry: string | null = phraseCountry;
    if (tokens[k]?.lower === 'of' && tokens[k + 1]?.cap) {
      // "in Anji of Zhejiang"
      const h3 = lookup(k + 1);
      const q = h3 ? gaz.resolve(h3.text, { countries: textCountries }) : null;
      if (q && q.kind === 'admin1') { qualifier = q; qualCountry = q.country; }
    } else if (tokens[k]?.text === ',') {
      let q = k + 1;
      while (q < n && SKIP.has(tokens[q].lower)) q++;
      const qc = countryAt.get(q);
      if (qc && (qc.form === 'name' || qc.possessive)) {
        qualCountry = qc.code;
        if (qc.possessive) {
          const h3 = lookup(qc.end);
          if (h3) qualifier = gaz.resolve(h3.text, { country: qc.code });
        }
      } else {
        const h3 = lookup(q);
        if (h3) qualifier = gaz.resolve(h3.text, { countries: textCountries });
      }
    }
    if (qualifier) qualCountry ??= qualifier.country;
    if (!name) {
      // an unknown name is a place only when the phrase says where it is ("in Anji, Zhejiang", "in Anning county")
      let m = j;
      while (m < n && m < j + 3 && tokens[m].word && tokens[m].cap && !lex.stopwords.has(tokens[m].lower) && !countryAt.has(m)) m++;
      if (m === j) continue;
      const typed = m < n && TYPE_WORDS.test(tokens[m].text);
      if (!qualCountry && !typed) {
        // typo-tolerant lookup for a single unknown word ("Vientine")
        if (m - j === 1) {
          const f = gaz.resolve(tokens[j].text, { fuzzy: true, countries: textCountries });
          if (f) { out.push(mk(tokens, j, j + 1, f.name, f, tokens[i].lower)); i = j; }
        }
        continue;
      }
      end = m;
      name = tokens.slice(j, m).map((t) => t.text).join(' ');
      const country = qualCountry ?? null;
      if (!country) continue;
      out.push(mk(tokens, j, end, name, { name, country, kind: 'extra', population: 0, lat: qualifier?.lat ?? null, lon: qualifier?.lon ?? null, geonames_id: null }, tokens[i].lower));
      i = end - 1;
      continue;
    }
    const place = gaz.resolve(name, { country: qualCountry, countries: textCountries }) ?? (qualCountry ? null : gaz.resolve(name, { countries: textCountries }));
    if (!place) continue;
    out.push(mk(tokens, j, end, place.kind === 'admin1' || place.kind === 'capital' ? place.name : name, place, tokens[i].lower));
    i = end - 1;
  }
  return out;
}

function countryPlace(code: string): Place {
  return { name: '', country: code, kind: 'extra', population: 0, lat: null, lon: null, geonames_id: null };
}

function mk(tokens: Token[], start: number, end: number, text: string, place: Place, prep: string): PlaceMention {
  return { start, end, text, place, prep, charStart: tokens[start].start, charEnd: tokens[end - 1].end };
}
