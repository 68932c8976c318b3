/**
 * Builds person mentions from the recognisers' names, titles and countries:
 * "Chinese State Councillor and Foreign Minister Wang Yi" (title before), "Wang Yi, State Councilor
 * and Foreign Minister of China," (apposition), "the Lao foreign minister" and "his Chinese counterpart"
 * (unnamed: resolved by coreference), "he", "the two sides".
 */
import type { PersonMention, SentenceAnalysis, TitleMention, NameMention } from '../doc.js';
import type { Lexicon } from '../knowledge/lexicon.js';
import { titleRole } from '../knowledge/lexicon.js';
import { stated } from '../decision.js';

/** The compiled word lists of data/lang/<language>/persons.json, per lexicon. */
const compiled = new WeakMap<Lexicon, ReturnType<typeof compile>>();
function compile(lex: Lexicon) {
  const b = lex.book('persons');
  return {
    gathering: b.words('persons/gathering-words'),
    determiners: b.words('persons/determiners'),
    // a Map, not an object literal: looking up arbitrary token strings on an object is slow in V8
    pronouns: b.map('persons/pronouns') as Map<string, 'pronoun' | 'group'>,
    possessive: b.words('persons/possessive-pronouns'),
    side: b.words('persons/side'),
    bothSides: b.pattern('persons/both-sides'),
    groupSubject: b.pattern('persons/group-subject'),
    groupNotVerb: b.pattern('persons/group-not-verb'),
    appositionLinks: b.words('persons/apposition-links'),
  };
}
const rulesOf = (lex: Lexicon) => compiled.get(lex) ?? compiled.set(lex, compile(lex)).get(lex)!;

export function refinePersons(a: SentenceAnalysis, lex: Lexicon): PersonMention[] {
  const { tokens, titles, names, countries } = a;
  const R = rulesOf(lex);
  const out: PersonMention[] = [];
  const usedTitles = new Set<TitleMention>();
  const countryAt = new Map<number, (typeof countries)[number]>();
  for (const c of countries) countryAt.set(c.end - 1, c);

  const honorificGap = (from: number, to: number) => {
    let i = from;
    while (i < to) {
      const h = lex.honorifics.longest(tokens, i);
      if (h) { i += h[0]; continue; }
      if (tokens[i].text === ',') { i++; continue; }
      return false;
    }
    return true;
  };

  for (const nm of names) {
    let title: TitleMention | null = null;
    for (const t of titles) if (t.end <= nm.start && nm.start - t.end <= 3 && honorificGap(t.end, nm.start)) title = t;
    let via = 'title';
    if (!title) {
      // apposition: "Wang Yi, [the] [Chinese] State Councilor ..."
      let k = nm.end;
      if (tokens[k]?.text === ',') {
        k++;
        for (let skip = 0; skip < 3 && tokens[k] && R.appositionLinks.has(tokens[k].lower); skip++) k++;
        const t = titles.find((x) => x.start === k || (x.countryTokens && x.countryTokens[0] === k));
        if (t && !names.some((n2) => n2 !== nm && n2.start === t.end)) { title = t; via = 'apposition'; }
      }
    }
    if (title) usedTitles.add(title);
    const span = (from: number, to: number) => ({ start: tokens[from].start, end: tokens[to - 1].end });
    let country = title?.country ? stated(title.country, `country/${via}`, span(title.countryTokens?.[0] ?? title.start, Math.max(title.end, title.countryTokens?.[1] ?? 0))) : null;
    if (!country) {
      // "China's Wang Yi", "Chinese Wang Yi"
      const before = countryAt.get(nm.start - 1);
      if (before && (before.possessive || before.form === 'adjective')) country = stated(before.code, 'country/before-name', span(before.start, before.end));
    }
    const words = nm.end - nm.start;
    out.push({
      sentence: a.sentence.index, start: title && via === 'title' ? Math.min(title.start, nm.start) : nm.start, end: nm.end,
      charStart: tokens[nm.start].start, charEnd: tokens[nm.end - 1].end,
      name: nm.text, title: title?.text ?? null, country, role: title?.role ?? null,
      kind: words >= 2 || nm.source === 'registry' ? 'named' : 'short', possessive: nm.possessive, personId: nm.personId ?? null,
    });
  }

  // unnamed titles: "the Lao foreign minister", "his Chinese counterpart", "the two FMs"
  for (const t of titles) {
    if (usedTitles.has(t)) continue;
    // a name right after the title ("the foreign minister, Wang Yi") is this person's; one after a
    // preposition ("ministers in Jakarta") is not
    const gapIsLoose = (from: number, to: number) => tokens.slice(from, to).every((x) => !x.word || x.cap);
    if (names.some((nm) => nm.start >= t.end && nm.start - t.end <= 2 && gapIsLoose(t.end, nm.start))) continue;
    // a title that names a gathering is no person: "the Mekong-Lancang Foreign Ministers' Meeting"
    let after = t.end;
    if (tokens[after]?.text === "'") after++;
    if (tokens[after] && R.gathering.has(tokens[after].lower)) continue;
    let b = (t.countryTokens?.[0] ?? t.start) - 1;
    const det = b >= 0 ? tokens[b].lower : '';
    const plural = /s$/i.test(t.text) && !/(?:affairs|ss)$/i.test(t.text) || det === 'two' || det === 'both';
    if (det === 'two' && b - 1 >= 0 && tokens[b - 1].lower === 'the') b--;
    if (!R.determiners.has(det) && !t.country && !(b < 0 || tokens[b]?.text === ',')) continue;
    const from = R.determiners.has(det) ? Math.max(0, b) : (t.countryTokens?.[0] ?? t.start);
    out.push({
      sentence: a.sentence.index, start: from, end: t.end, charStart: tokens[from].start, charEnd: tokens[t.end - 1].end,
      name: null, title: t.text, country: t.country ? stated(t.country, 'country/title', { start: tokens[from].start, end: tokens[t.end - 1].end }) : null, role: t.role ?? titleRole(t.text),
      kind: plural ? 'group' : 'anaphor', possessive: false,
    });
  }

  // "the Chinese side", "the Vietnamese side", "both sides", "the two sides"
  for (let i = 0; i < tokens.length; i++) {
    const low = tokens[i].lower;
    const sides = low.endsWith('s') && R.side.has(low.slice(0, -1));
    if (R.side.has(low) || sides) {
      const c = countryAt.get(i - 1);
      if (c && !sides) {
        out.push({ sentence: a.sentence.index, start: c.start, end: i + 1, charStart: tokens[c.start].start, charEnd: tokens[i].end, name: null, title: null, country: stated(c.code, 'country/side', { start: tokens[c.start].start, end: tokens[i].end }), role: 'side', kind: 'anaphor', possessive: false });
      } else if (sides && i > 0 && R.bothSides.test(tokens[i - 1].lower)) {
        out.push({ sentence: a.sentence.index, start: i - 1, end: i + 1, charStart: tokens[i - 1].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: 'group', possessive: false });
      }
    }
    // "the two chaired ...", "both agreed": a group when a verb follows
    if (R.groupSubject.test(low) && (low !== 'two' || tokens[i - 1]?.lower === 'the')) {
      const next = tokens[i + 1];
      if (next && next.word && !next.cap && /(?:ed|s)$/.test(next.lower) && !R.groupNotVerb.test(next.lower)) {
        const from = low === 'two' ? i - 1 : i;
        out.push({ sentence: a.sentence.index, start: from, end: i + 1, charStart: tokens[from].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: 'group', possessive: false });
      }
    }
    const p = R.pronouns.get(low);
    if (p) out.push({ sentence: a.sentence.index, start: i, end: i + 1, charStart: tokens[i].start, charEnd: tokens[i].end, name: null, title: null, country: null, role: null, kind: p, possessive: R.possessive.has(low) });
  }
  return out.sort((x, y) => x.start - y.start);
}

export type { NameMention };
