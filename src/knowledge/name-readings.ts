/**
 * The readings of a Chinese personal name in the other scripts of the corpus (data/lang/zh/name-readings.json):
 * toneless pinyin as the English press writes it (王宁 -> "Wang Ning", 邓春丰 -> "Deng Chunfeng") and Hán-Việt
 * as the Vietnamese press writes it (王宁 -> "Vương Ninh", 邓春丰 -> "Đặng Xuân Phong"), folded as `foldName`
 * folds, so a Han-script name the people registry does not know can be matched to the same person's name in an
 * English or Vietnamese report (record/same-encounter.ts).
 *
 * Only names of 2-4 Han characters are read (a family name of one character, or of two when it is a known
 * compound family name: 欧阳, 司马); a transliterated foreign name (with a middle dot) and a name with a character
 * the table does not hold get no reading in that script.
 *
 * @example
 * hanNameReadings('邓春丰'); // ['deng chunfeng', 'deng chun feng', 'dang xuan phong']
 */
import { readDataJson } from '../data-files.js';
import { foldName } from './names.js';

type Reading = string | string[];
interface Table {
  family: Record<string, [Reading, Reading]>;
  compound_family: Record<string, [Reading, Reading]>;
  given: Record<string, [Reading, Reading]>;
  traditional: Record<string, string>;
}

let table: Table | null = null;
const load = (): Table => (table ??= readDataJson<Table>('lang/zh/name-readings.json'));

const list = (r: Reading | undefined): string[] => (r === undefined || r === '' ? [] : Array.isArray(r) ? r : [r]);
/** Readings per script of one character (or compound family name) in its position. */
const PY = 0, HV = 1;
function readingsOf(s: string, family: boolean, script: 0 | 1): string[] {
  const t = load();
  if (s.length === 2) return list(t.compound_family[s]?.[script]);
  const first = family ? t.family[s] : t.given[s];
  const other = family ? t.given[s] : t.family[s];
  return list((first ?? other)?.[script]);
}

/** At most this many forms per script (a name of four characters each read two ways). */
const MAX_FORMS = 32;

/** Every combination of one reading per part, joined by `join`; none when a part has no reading. */
function combine(parts: string[][], join: (ws: string[]) => string): string[] {
  let acc: string[][] = [[]];
  for (const p of parts) {
    if (!p.length) return [];
    acc = acc.flatMap((ws) => p.map((r) => [...ws, r]));
    if (acc.length > MAX_FORMS) acc = acc.slice(0, MAX_FORMS);
  }
  return acc.map(join);
}

/** Vietnamese writes one syllable with i or y (Lý / Lí, Kỳ / Kì, Sĩ / Sỹ, Mỹ / Mĩ): a folded Hán-Việt form with either. */
const IY = /^(l|k|m|h|s|v|t|qu)([iy])$/;
function iyVariants(form: string): string[] {
  let acc = [''];
  for (const w of form.split(' ')) {
    const m = IY.exec(w);
    const alts = m ? [w, m[1] + (m[2] === 'i' ? 'y' : 'i')] : [w];
    acc = acc.flatMap((a) => alts.map((x) => (a ? `${a} ${x}` : x)));
    if (acc.length > MAX_FORMS) break;
  }
  return acc;
}

const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
const cache = new Map<string, string[]>();

/**
 * The folded forms a Han-script personal name takes in pinyin (family name, then the given name as one word and
 * as separate syllables) and in Hán-Việt (one word a syllable); [] for anything else. The name's own folded form
 * is not among them.
 */
export function hanNameReadings(name: string): string[] {
  // read from the folded name alone (the grouping's key); a transliterated foreign name (马克·吕特 folds to two
  // words) or a name with a letter in it is not read
  const folded = foldName(name);
  let out = cache.get(folded);
  if (out) return out;
  out = [];
  if (HAN_NAME.test(folded)) {
    const t = load();
    const chars = [...folded].map((c) => t.traditional[c] ?? c);
    const splits = [1];
    if (chars.length >= 3 && t.compound_family[chars[0] + chars[1]]) splits.push(2);
    const forms = new Set<string>();
    for (const n of splits) {
      const fam = chars.slice(0, n).join('');
      const given = chars.slice(n);
      const famPy = readingsOf(fam, true, PY), famHv = readingsOf(fam, true, HV);
      const givenPy = given.map((c) => readingsOf(c, false, PY)), givenHv = given.map((c) => readingsOf(c, false, HV));
      for (const f of combine([famPy, ...givenPy], (ws) => `${ws[0]} ${ws.slice(1).join('')}`)) forms.add(foldName(f));
      for (const f of combine([famPy, ...givenPy], (ws) => ws.join(' '))) forms.add(foldName(f));
      for (const f of combine([famHv, ...givenHv], (ws) => ws.join(' '))) for (const v of iyVariants(foldName(f))) forms.add(v);
    }
    forms.delete(folded);
    out = [...forms].filter(Boolean);
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(folded, out);
  return out;
}

let hvSyllables: Set<string> | null = null;
/**
 * Whether a name is written in syllables of Hán-Việt (every word of its folded form, 2-4 words, is a reading
 * of some name character: "Đặng Vĩ Nghiệp", not "Đỗ Mười" nor "Maris Sangiampongsa"): a name a Han-script
 * name of the same person would be read to.
 */
export function readsAsHanViet(name: string): boolean {
  if (!hvSyllables) {
    const t = load();
    hvSyllables = new Set<string>();
    for (const [, hv] of [...Object.values(t.family), ...Object.values(t.given)]) {
      for (const r of list(hv)) for (const v of iyVariants(foldName(r))) hvSyllables.add(v);
    }
  }
  const ws = foldName(name).split(' ');
  return ws.length >= 2 && ws.length <= 4 && ws.every((w) => hvSyllables!.has(w));
}
