/**
 * Writes varied synthetic articles (our own templates, never real texts) as JSON Lines of
 * {id, source, url, published, text}: meetings, talks, phone calls, video conferences and visits
 * between office-holders of many countries, over 2010-2025, by outlets of either side, each
 * encounter reported once or twice. Used by the benchmark to build a large store.
 *   npx tsx scripts/gen-synthetic.ts --docs 100000 --out .cache/synthetic.jsonl [--seed 7]
 */
import { createWriteStream } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { peopleRegistry } from '../src/knowledge/people-registry.js';
import { countryIndex } from '../src/knowledge/countries.js';
import type { ReadoutDocument } from '../src/types.js';

export interface SyntheticOptions { docs: number; seed: number }

/** A small deterministic random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const OUTLETS: Record<string, { source: string; host: string; agency: string }[]> = {
  VNM: [{ source: 'VNA', host: 'vietnamplus.example', agency: 'VNA' }, { source: 'Viet Nam News', host: 'vietnamnews.example', agency: 'VNA' }],
  CHN: [{ source: 'Xinhua', host: 'news.example.cn', agency: 'Xinhua' }, { source: 'MFA of the PRC', host: 'mfa.example.cn', agency: 'Xinhua' }],
  USA: [{ source: 'US Department of State', host: 'state.example.gov', agency: 'AP' }],
  LAO: [{ source: 'KPL', host: 'kpl.example.la', agency: 'KPL' }],
};
const DEFAULT_OUTLET = [{ source: 'Wire Service', host: 'wire.example.org', agency: 'Reuters' }];

const TOPIC_SENTENCES = [
  'The two sides agreed to boost trade and investment and to remove barriers to agricultural exports.',
  'They discussed maritime issues and the negotiation of a Code of Conduct in the South China Sea.',
  'Both ministers pledged to strengthen cooperation on public health and vaccines.',
  'The sides reviewed border management and the opening of new border gates.',
  'They exchanged views on regional and international issues of mutual concern, including Ukraine and Myanmar.',
  'The two sides agreed to enhance people-to-people exchanges, tourism and education cooperation.',
  'The ministers discussed connectivity, railway projects and the Belt and Road Initiative.',
  'Both sides spoke highly of coordination within ASEAN and at the United Nations.',
  'They agreed to cooperate on climate change, water resources and the Mekong.',
  'The two sides discussed defence and security cooperation and the fight against transnational crime.',
  'The ministers agreed to promote cooperation in science and technology and the digital economy.',
  'They discussed energy cooperation, including power connectivity.',
];

interface Person { name: string; country: string; title: string; id: string }

export interface SyntheticArticle { id: string; source: string; url: string; published: string; text: string }
/** What an article says, as the generator chose it (for building readout/1 without the extractor). */
export interface SyntheticTruth { a: Person; b: Person; kind: 'talks' | 'meeting' | 'phone' | 'video'; date: string; place: string; placeCountry: string; topics: number[]; lead: string }

export function* syntheticArticles(o: SyntheticOptions): Generator<SyntheticArticle> {
  for (const { article } of syntheticEncounters(o)) yield article;
}

const TOPIC_IDS = [['trade', 'investment'], ['maritime'], ['health'], ['border'], ['international_issues'], ['people_to_people'], ['infrastructure'], ['multilateral'], ['water_environment'], ['defense_security'], ['science_technology'], ['energy']];
const KINDS = { talks: 'talks', meeting: 'meeting', phone: 'phone_call', video: 'video_conference' } as const;

/**
 * The same articles with their readout/1 written straight from what the generator chose (no
 * extraction): for building stores of a million documents quickly, where the extractor is not what is
 * measured.
 */
export function* syntheticDocuments(o: SyntheticOptions): Generator<{ article: SyntheticArticle; extraction: ReadoutDocument }> {
  for (const { article, truth: t } of syntheticEncounters(o)) {
    const start = Math.max(0, article.text.indexOf(t.lead));
    const person = (p: Person) => ({ name: p.name, country: p.country, title: p.title, id: p.id });
    const remote = t.kind === 'phone' || t.kind === 'video';
    const event = {
      id: `${article.id}#1`, kind: KINDS[t.kind], date: t.date,
      location: remote ? null : { place: t.place, country: t.placeCountry, lat: null, lon: null, geonames_id: null },
      participants: [person(t.a), person(t.b)], initiator: null,
      topics: ['political_relations', ...new Set(t.topics.flatMap((i) => TOPIC_IDS[i]))], referenced: false,
      codes: {}, evidence: [{ start, end: start + t.lead.length }], statements: [],
    };
    const extraction = {
      format: 'readout/1',
      document: { id: article.id, title: article.text.split('\n\n')[1] ?? null, published: article.published, language: 'en', url: article.url, source: article.source, published_source: 'metadata' },
      events: [event],
    } as unknown as ReadoutDocument;
    yield { article, extraction };
  }
}

function* syntheticEncounters(o: SyntheticOptions): Generator<{ article: SyntheticArticle; truth: SyntheticTruth }> {
  const r = rng(o.seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const countries = countryIndex();
  const people: Person[] = [];
  for (const p of peopleRegistry().people.values()) {
    const pos = p.positions.find((x) => /foreign_minister|head_of_government|head_of_state|deputy_foreign_minister|deputy_head/.test(x.role));
    if (pos && countries.byCode.has(p.country) && !countries.isOrganisation(p.country)) people.push({ name: p.name, country: p.country, title: pos.title, id: p.id });
  }
  const capitals = new Map<string, string>();
  for (const p of people) { const c = countries.capitalOf(p.country); if (c) capitals.set(p.country, c); }
  let n = 0;
  while (n < o.docs) {
    const a = pick(people);
    let b = pick(people);
    for (let k = 0; k < 20 && b.country === a.country; k++) b = pick(people);
    if (b.country === a.country) continue;
    const year = 2010 + Math.floor(r() * 16);
    const month = Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const pub = new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);
    const kind = pick(['talks', 'meeting', 'phone', 'video', 'meeting', 'talks']);
    const host = r() < 0.5 ? a : b;
    const place = capitals.get(host.country) ?? 'Geneva';
    const adjA = (countries.byCode.get(a.country) as any)?.adjectives?.[0] ?? countries.name(a.country);
    const adjB = (countries.byCode.get(b.country) as any)?.adjectives?.[0] ?? countries.name(b.country);
    const verb = kind === 'talks' ? `held talks with ${adjB} ${b.title} ${b.name} in ${place}`
      : kind === 'meeting' ? `met ${adjB} ${b.title} ${b.name} in ${place}`
        : kind === 'phone' ? `held phone talks with ${adjB} ${b.title} ${b.name}`
          : `held a video conference with ${adjB} ${b.title} ${b.name}`;
    const headline = kind === 'phone' ? `${a.name} holds phone talks with ${adjB} counterpart` : kind === 'video' ? `${adjA} and ${adjB} officials hold video conference` : `${a.name} ${kind === 'talks' ? 'holds talks' : 'meets'} with ${adjB} counterpart`;
    const topics = [Math.floor(r() * TOPIC_SENTENCES.length), Math.floor(r() * TOPIC_SENTENCES.length), Math.floor(r() * TOPIC_SENTENCES.length)];
    const body = topics.map((i) => TOPIC_SENTENCES[i]);
    const reports = r() < 0.3 ? 2 : 1;
    for (let k = 0; k < reports && n < o.docs; k++) {
      const side = k === 0 ? a.country : b.country;
      const outlet = pick(OUTLETS[side] ?? DEFAULT_OUTLET);
      const lead = k === 0
        ? `${place}, ${MONTHS[month]} ${day} (${outlet.agency}) – ${adjA} ${a.title} ${a.name} ${verb} on ${MONTHS[month]} ${day}.`
        : `${place}, ${MONTHS[month]} ${day} (${outlet.agency}) – ${adjB} ${b.title} ${b.name} ${kind === 'phone' ? 'spoke by phone with' : kind === 'video' ? 'held a video conference with' : 'met'} ${adjA} ${a.title} ${a.name}${kind === 'phone' || kind === 'video' ? '' : ` in ${place}`} on ${MONTHS[month]} ${day}.`;
      const text = [
        'Home | Politics | World | Business',
        headline,
        `${pub} 09:${String(10 + k).padStart(2, '0')}`,
        lead,
        `${a.name.split(' ').pop()} said the relationship between the two countries has developed well. ${body[0]}`,
        body[1],
        `${b.name.split(' ').pop()} affirmed that ${countries.name(b.country)} attaches importance to its ties with ${countries.name(a.country)}. ${body[2]}`,
        `Synthetic article ${n} of the readout benchmark corpus.`,
        'Related news',
        `${adjA} delegation attends regional forum ...`,
      ].join('\n\n');
      yield { article: { id: `syn-${n}`, source: outlet.source, url: `https://${outlet.host}/news/${n}`, published: pub, text }, truth: { a, b, kind: kind as SyntheticTruth['kind'], date: iso, place, placeCountry: host.country, topics, lead } };
      n++;
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const val = (k: string, d: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
  const docs = Number(val('--docs', '1000'));
  const out = resolve(val('--out', '.cache/synthetic.jsonl'));
  mkdirSync(dirname(out), { recursive: true });
  const w = createWriteStream(out);
  let bytes = 0;
  for (const a of syntheticArticles({ docs, seed: Number(val('--seed', '7')) })) { const l = JSON.stringify(a) + '\n'; bytes += l.length; w.write(l); }
  w.end(() => console.log(`wrote ${docs} synthetic articles (${(bytes / 1e6).toFixed(1)} MB) to ${out}`));
}
