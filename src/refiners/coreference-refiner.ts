/**
 * Coreference: joins every mention of one person into one entity. Full names first ("Bui Thanh Son",
 * "Bùi Thanh Sơn"), then short forms ("Son", "Wang", "Minh": a word of a known full name, the most
 * recent first), then unnamed titles ("the Lao foreign minister", "his Chinese counterpart": same
 * country and role), then pronouns. Each entity gets its country from the text (title adjective,
 * complement, apposition) and else from the people registry at the document's date.
 */
import type { Doc, Entity, PersonMention, SentenceAnalysis } from '../doc.js';
import { possessedNoun } from '../doc.js';
import type { Token } from '../text/tokenizer.js';
import type { PeopleRegistry } from '../knowledge/people-registry.js';
import { foldName } from '../knowledge/names.js';
import { titleRoles, type Lexicon } from '../knowledge/lexicon.js';
import { inferred, stated } from '../decision.js';

/** Words before a title that say its holder held it once, not now ("then Prime Minister X", "former President Y"). */
const PAST_OFFICE = new Set(['then', 'former', 'ex', 'late', 'erstwhile']);
/** How many capitalised words of a title may stand between such a word and the name. */
const PAST_OFFICE_REACH = 6;
/** How many tokens may stand between an unnamed title and the noun trigger its light verb carries ("had a brief meeting with"). */
const LIGHT_VERB_GAP = 5;

/** How many sentences back a subject pronoun looks for the person a pronoun of its gender stood for ("welcomed her. She also met"). */
const PRONOUN_GENDER_REACH = 2;
/** How many sentences back an object pronoun after an encounter's verb looks for the guest it stands for. */
const OBJECT_PRONOUN_REACH = 30;
/** How many tokens after "at the request of" the one who asked may be named (past a title: "the Foreign Minister of Peru, X"). */
const ASKER_REACH = 12;

/** The parts of a title joined by "and" or commas, lowercased ("Crown Prince and Prime Minister": crown prince, prime minister). */
function titleParts(title: string): string[] {
  return title.toLowerCase().split(/\s+and\s+|,\s*/);
}

const deputyWordsMemo = new WeakMap<Lexicon, Set<string>>();
/** The words that make a title a deputy's ("Phó", "副", from the title prefixes' deputy_words), once per language. */
function deputyWordsOf(lex: Lexicon): Set<string> {
  let words = deputyWordsMemo.get(lex);
  if (!words) deputyWordsMemo.set(lex, (words = new Set(lex.book('titles').rules.flatMap((r) => ((r.deputy_words ?? []) as string[]).map((w) => w.toLowerCase())))));
  return words;
}

/** A name in plain ASCII letters (no diacritic, no other script). */
const UNMARKED_LATIN = /^[\x20-\x7E]+$/;

export function resolveEntities(doc: Doc, people: PeopleRegistry, refDate: string | null, isOrganisation: (code: string) => boolean, lex: Lexicon): Entity[] {
  const GENERIC_TITLE = lex.book('persons').pattern('persons/generic-title');
  const relationHeads = lex.book('persons').optionalWords('persons/relation-heads');
  const requestWords = lex.book('events').optionalWords('events/requester');
  /** the named person who asked or invited, before m in its sentence: "at the request of (Title) X", "at X's request" */
  const askerBefore = (a: SentenceAnalysis, m: PersonMention): Entity | null => {
    for (let k = m.start - 2; k >= 0; k--) {
      if (!requestWords.has(a.tokens[k].lower)) continue;
      // (the one after "request of", past a title and its comma, within ASKER_REACH tokens; or the possessor right before it)
      const after = a.tokens[k + 1]?.lower === 'of' ? a.persons.find((x) => x !== m && x.start > k && x.start - k <= ASKER_REACH && x.end <= m.start && x.entity?.name && x.kind !== 'pronoun') : undefined;
      const before = a.persons.find((x) => x !== m && x.end === k && x.possessive && x.entity?.name);
      const e = after?.entity ?? before?.entity ?? null;
      if (e) return e;
    }
    return null;
  };
  const deputyWords = deputyWordsOf(lex);
  const ORGANISATION = isOrganisation;
  const entities: Entity[] = [];
  const all: PersonMention[] = [];
  const rankTrie = lex.book('persons').has('persons/military-ranks') ? lex.book('persons').wordTrie('persons/military-ranks') : null;
  /** The rank written right before a named mention ("field marshal" of "Field Marshal Birhanu Jula"), lowercased, the longest. */
  const rankBefore = (x: PersonMention): string | null => {
    if (!rankTrie || !x.name) return null;
    const tokens = doc.analyses[x.sentence].tokens;
    // (the mention may hold the title before the name: "Chief of General Staff Field Marshal Birhanu Jula")
    const first = x.name.split(/\s+/)[0];
    let at = x.start;
    for (let k = x.start; k < x.end; k++) if (tokens[k].text === first) { at = k; break; }
    for (let w = Math.min(4, at); w >= 1; w--) {
      if (rankTrie.longest(tokens, at - w)?.[0] === w) return tokens.slice(at - w, at).map((t) => t.lower).join(' ');
    }
    return null;
  };
  // the noun of the ruler's style written right before a named mention ("His Majesty Sultan Haji X": majesty), over the
  // offices and honorifics between (capitalised words), or null (persons/royal-styles)
  const styleTrie = lex.book('persons').has('persons/royal-styles') ? lex.book('persons').wordTrie('persons/royal-styles') : null;
  const styleBefore = (x: PersonMention): string | null => {
    if (!styleTrie || !x.name) return null;
    const tokens = doc.analyses[x.sentence].tokens;
    for (let k = x.start - 1; k >= 0 && k >= x.start - 8; k--) {
      const r = styleTrie.longest(tokens, k);
      if (r && r[0] >= 2 && k + r[0] <= x.start) return tokens.slice(k + 1, k + r[0]).map((t) => t.lower).join(' ');
      if (!tokens[k].word || !tokens[k].cap) return null;
    }
    return null;
  };
  for (const a of doc.analyses) if (!a.sentence.noise || a.sentence.noise === 'noise/caption') for (const m of a.persons) all.push(m);

  const make = (m: PersonMention): Entity => {
    const e: Entity = {
      key: entities.length, name: m.name, aliases: new Set(m.name ? [m.name] : []), title: m.title, country: m.country, role: m.role, roles: new Set(), personId: m.personId ?? null, mentions: [], firstSentence: m.sentence,
    };
    entities.push(e);
    return e;
  };
  const headline = (m: PersonMention) => doc.sentences[m.sentence]?.role === 'headline';
  const titleFrom = new Map<Entity, PersonMention>();
  const sentencesOf = new Map<Entity, number[]>();
  // each part of a title a person's own mention bears ("crown prince" and "prime minister" of "Crown Prince and Prime
  // Minister"), with the entities that bear it and the first sentence they do: looked up by an office of no role below
  const bearersOf = new Map<string, Map<Entity, number>>();
  const link = (m: PersonMention, e: Entity) => {
    m.entity = e;
    e.mentions.push(m);
    if (m.kind !== 'anaphor' && m.title) for (const part of titleParts(m.title)) {
      let at = bearersOf.get(part);
      if (!at) bearersOf.set(part, at = new Map());
      if (!at.has(e) || at.get(e)! > m.sentence) at.set(e, m.sentence);
    }
    // the sentences of its mentions, kept sorted (mentions come mostly in text order: an append)
    let ss = sentencesOf.get(e);
    if (!ss) sentencesOf.set(e, ss = []);
    if (!ss.length || ss[ss.length - 1] <= m.sentence) ss.push(m.sentence);
    else ss.splice(upperBound(ss, m.sentence), 0, m.sentence);
    if (m.name) e.aliases.add(m.name);
    // the title: a body mention's over a headline's, a real title over "counterpart"
    if (m.title && m.kind !== 'pronoun' && m.kind !== 'group') {
      const cur = titleFrom.get(e);
      const better = !e.title || !cur
        || (GENERIC_TITLE.test(e.title) && !GENERIC_TITLE.test(m.title))
        || (headline(cur) && !headline(m) && !GENERIC_TITLE.test(m.title));
      if (better) { e.title = m.title; titleFrom.set(e, m); }
    }
    if (!e.role && m.role) e.role = m.role;
    if (m.title && m.kind !== 'pronoun') for (const r of titleRoles(m.title)) e.roles.add(r);
    // each office of a joined title ("Thái tử, Thủ tướng X"): a headline may name the person by either
    if (m.roles) for (const r of m.roles) e.roles.add(r);
    if (!e.country && m.country && m.kind !== 'group') e.country = m.country;
    if (!e.personId && m.personId) e.personId = m.personId;
    if (m.sentence < e.firstSentence) e.firstSentence = m.sentence;
  };
  const folded = new Map<string, string[]>();
  const words = (s: string) => { let w = folded.get(s); if (!w) { w = foldName(s).split(' ').filter(Boolean); folded.set(s, w); } return w; };
  const lineage = lex.book('persons').optionalWords('persons/lineage-particles');
  const familyArticles = lex.book('persons').optionalWords('persons/family-name-articles');
  const styles = lex.book('persons').optionalWords('persons/styles-opening-names');

  // 1. full names
  /** whether the registry's person represents the state `country` (known) */
  const sameState = (id: string, country: string | null) => {
    const p = country ? people.people.get(id) : undefined;
    return !!p && people.represents(p, country!, null);
  };
  for (const m of all) {
    if (m.kind !== 'named' || !m.name) continue;
    const w = words(m.name);
    // a spelling the registry gives one person, said with a title of another country (约旦外长阿里, not Guyana's Ali):
    // the person of that country by that spelling, if any
    const given = m.personId ? people.people.get(m.personId) ?? null : null;
    if (given && m.country?.value && !people.represents(given, m.country.value, null)) m.personId = null;
    // one word the registry knows as someone's name ("Mubarak") after a full name of the text that holds it
    // ("Ahmad Awad bin Mubarak"): the text's person, not the registry's
    if (w.length === 1) {
      const full = entities.find((e) => !!e.name && words(e.name).length >= 2 && words(e.name).includes(w[0]) && compatible(e, m) && (!m.personId || e.personId !== m.personId));
      if (full) { m.personId = full.personId; link(m, full); continue; }
    }
    const reg = m.personId ? given : people.find(m.name, { country: m.country?.value ?? null, date: refDate, role: m.role }) ?? people.findGlued(m.name, m.country?.value ?? null)
      // "Anwar bin Ibrahim" for the registry's Anwar Ibrahim: the name without its lowercase particles
      ?? (/ \p{Ll}+ /u.test(m.name) ? people.find(m.name.replace(/ (?:\p{Ll}+ )+/gu, ' '), { country: m.country?.value ?? null, date: refDate, role: m.role }) : null);
    if (reg) m.personId = reg.id;
    const wj = w.join(' ');
    let target = entities.find((e) => (reg && e.personId === reg.id) || [...e.aliases].some((x) => words(x).join(' ') === wj));
    if (!target && w.length >= 2) {
      // "Antony J. Blinken" and "Antony Blinken"; "Pham Binh Minh" and "Pham Bin Minh" stay apart unless one contains the other
      target = entities.find((e) => !!e.name && containsWords(words(e.name), w, lineage, familyArticles) && compatible(e, m) && !(reg && e.personId && e.personId !== reg.id));
    }
    if (!target && w.length >= 2) {
      // a name with its given names as initials ("J. Kulubaev", "S. Japarov") and the same name in full ("Jeenbek
      // Kulubaev"), either told first: one person when the surname is the same and each initial opens the given name in
      // its place (h-en60 probe: a Kyrgyz ministry's release; before, two entities made the talks background)
      const initials = (x: string[]) => x.length >= 2 && x.slice(0, -1).every((y) => y.length === 1);
      const fits = (short: string[], full: string[]) => full.length >= short.length && !initials(full) && short[short.length - 1] === full[full.length - 1]
        && short.slice(0, -1).every((y, i) => full[i].startsWith(y));
      target = entities.find((e) => {
        if (!e.name || !compatible(e, m) || (reg && e.personId && e.personId !== reg.id)) return false;
        const n = words(e.name);
        return (initials(w) && fits(w, n)) || (initials(n) && fits(n, w));
      });
      // (the full name is the name: "J. Kulubaev" told first gives way to it)
      if (target && target.name && initials(words(target.name)) && !initials(w)) target.name = m.name;
    }
    if (!target && w.length === 2 && styles.has(w[0])) {
      // a royal style and a given name ("Sayyid Badr", "Prince Faisal") after the full name the text gave without the
      // style ("Badr bin Hamad Albusaidi", the registry's form): that person
      target = entities.find((e) => !!e.name && words(e.name).length >= 2 && (styles.has(words(e.name)[0]) ? words(e.name)[1] : words(e.name)[0]) === w[1] && compatible(e, m)
        && !(reg && e.personId && e.personId !== reg.id));
    }
    if (!target && w.length >= 2 && !headline(m)) {
      // a headline that named the person by one word of the name the body gives in full (headline 迪克, body 米尔顿·迪克;
      // "Lula" over "Luiz Inácio Lula da Silva"): that person, unless the registry says the word is someone else
      target = entities.find((e) => !!e.name && words(e.name).length === 1 && w.includes(words(e.name)[0]) && e.mentions.every(headline)
        && compatible(e, m) && (!e.personId || (reg ? e.personId === reg.id : sameState(e.personId, m.country?.value ?? null))));
      // (the headline's word the registry gives a person of the full name's state, the full name unknown to it: that
      // person, 新西兰议长布朗利 over 格里·布朗利)
      if (target && target.personId && !reg) m.personId = target.personId;
    }
    if (!target && !reg && /^\s*$/.test(doc.text.slice(m.charEnd, m.charEnd + 200)) && m.charEnd + 200 >= doc.text.length) {
      // a text cut off in the middle of a name ("... đón Chủ tịch Tập Cận Bì"): the person named in full before
      const f = w.join(' ');
      target = entities.find((e) => !!e.name && words(e.name).join(' ').startsWith(f) && words(e.name).join(' ') !== f);
    }
    if (target) {
      // the name as the text first gives it in full
      if (target.name && words(target.name).length < w.length) target.name = m.name;
      // a name first read off a line in capitals (a headline: PHÓ CHỦ TỊCH QUỐC HỘI TRẦN QUANG PHƯƠNG HỘI ĐÀM VỚI …),
      // where no case marks where it ends: the body's spelling of it, in mixed case, and the body's title
      else if (target.name && allCaps(target.name) && !allCaps(m.name) && containsWords(words(target.name), w, lineage)) {
        // (a capitals reading longer than the name, TRẦN QUANG PHƯƠNG HỘI, is no spelling of it)
        if (words(target.name).length > w.length) target.aliases.delete(target.name);
        target.name = m.name;
        if (m.title && (!target.title || allCaps(target.title))) target.title = m.title;
      }
      // (a name first read without its marks, off a headline or a page title typed in plain letters, "Bo truong Luong Tam
      // Quang tiep Dai su Hoa Ky": the body's spelling with them, Lương Tam Quang, the same words folded; h-zv36)
      else if (target.name && m.name && UNMARKED_LATIN.test(target.name) && !UNMARKED_LATIN.test(m.name) && /\p{Script=Latin}/u.test(m.name)
        && words(target.name).join(' ') === w.join(' ')) {
        target.name = m.name;
      }
      link(m, target);
    } else link(m, make(m));
  }

  // 2. short forms: a word of a known name, else a registry short form, else a new entity
  // the last sentence up to `before` that mentions e (-1: none), by binary search: no scan of every mention
  const lastMention = (e: Entity, before: number) => {
    const ss = sentencesOf.get(e);
    if (!ss) return -1;
    const k = upperBound(ss, before);
    return k > 0 ? ss[k - 1] : -1;
  };
  for (const m of all) {
    if (m.kind !== 'short' || !m.name) continue;
    const w = words(m.name).join(' ');
    // ("Al-Harthy" of "Salim bin Nasser Al Harthy": the family name with its article, persons/family-name-articles)
    const familyTail = (name: string) => { const ws = words(m.name!); return ws.length >= 2 && familyArticles.has(ws[0]) && words(name).slice(-ws.length).join(' ') === w; };
    const cands = entities.filter((e) => e.name && (words(e.name).includes(w) || familyTail(e.name) || [...e.aliases].some((x) => words(x).join(' ') === w)) && compatible(e, m));
    if (cands.length) {
      cands.sort((x, y) => lastMention(y, m.sentence) - lastMention(x, m.sentence) || x.firstSentence - y.firstSentence);
      link(m, cands[0]);
      continue;
    }
    const reg = people.find(m.name, { country: m.country?.value ?? null, date: refDate, short: true, role: m.role });
    const byId = reg && entities.find((e) => e.personId === reg.id);
    if (byId) { link(m, byId); continue; }
    if (reg) m.personId = reg.id;
    link(m, make(m));
  }

  // countries from the registry for entities the text gives none
  for (const e of entities) {
    if (e.personId) {
      const p = people.people.get(e.personId);
      if (p) {
        if (!e.country) {
          // an office the text gives the person ("then Foreign Minister Albert Ramdin") that the registry has them hold
          // at another time than the page's day (since gone to an organisation): the country of that office, the text's
          // role deciding over the day (h-en60 probe)
          const textOffice = e.role && e.role !== 'other' && !people.positionsAt(p, refDate).some((pos) => pos.role === e.role)
            ? p.positions.filter((pos) => pos.role === e.role).pop() : undefined;
          e.country = textOffice
            ? inferred(textOffice.country ?? p.country, 'country/registry-office', `the registry: ${p.id} held the text's office (${e.role}) from ${textOffice.from ?? '?'}`)
            : inferred(people.countryAt(p, refDate), 'country/registry', `the registry: ${p.id}${refDate ? ` on ${refDate}` : ''}`);
        }
        // (an organisation's office the text gives a state's office holder, "Tinubu, who is the Chairman of the ECOWAS
        // Authority": a second hat; in his encounters he stands for his state, as the registry knows him)
        // (one the registry knows in no organisation's office at any time: Mogherini, the EU's High Representative, keeps it)
        else if (ORGANISATION(e.country.value) && e.country.route === 'apposition' && !ORGANISATION(p.country) && !p.positions.some((pos) => pos.country && ORGANISATION(pos.country))) {
          const state = people.countryAt(p, refDate);
          if (state && !ORGANISATION(state)) e.country = inferred(state, 'country/registry', `the registry: ${p.id}${refDate ? ` on ${refDate}` : ''} holds an office of ${state}; the text's ${e.country.value} office is another of the same person`);
        }
        if (!e.role) {
          const pos = people.positionsAt(p, refDate);
          e.role = pos[pos.length - 1]?.role ?? null;
        }
        for (const pos of people.positionsAt(p, refDate)) e.roles.add(pos.role);
      }
    }
  }

  // whether a title is another's with only its country added ("越南外交部副部长" of "外交部副部长"), not a portfolio
  // too ("Bộ trưởng Thương mại, Công nghiệp và Năng lượng Hàn Quốc" of "Bộ trưởng": another minister, the other party)
  const onlyCountryAdded = (bare: string, m: PersonMention): boolean => {
    const t = m.title!.toLowerCase(), b = bare.toLowerCase();
    let rest = t.startsWith(b) ? t.slice(b.length) : t.slice(0, t.length - b.length);
    const sp = m.country?.span;
    if (sp) rest = rest.replace(doc.text.slice(sp.start, sp.end).toLowerCase(), '');
    return !/[\p{L}\p{N}]/u.test(rest);
  };
  // a mention before its sentence's first trigger, with no one between, whose trigger has a named person after it
  const lightVerbs = lex.book('triggers').optionalWords('trigger/light-verbs');
  const namedObjectOf = (m: PersonMention): PersonMention | null => {
    const a = doc.analyses[m.sentence];
    const t = a?.triggers.find((x) => x.charStart >= m.charEnd);
    // (a verb of this encounter: not a noun's "the visit of X", nor a recalled one; a noun its light verb carries right
    // after the title stands for a verb: "The Secretary had a meeting with X", "held a bilateral with X")
    const carried = t?.voice === 'noun' && t.tokStart - m.end <= LIGHT_VERB_GAP && a.tokens.slice(m.end, t.tokStart).some((x) => lightVerbs.has(x.lower));
    if (!t || (t.voice !== 'active' && !carried) || t.recalled || t.planned || a.triggers.some((x) => x.charStart < m.charStart)) return null;
    if (a.persons.some((p) => p !== m && p.charStart >= m.charEnd && p.charEnd <= t.charStart)) return null;
    const x = a.persons.find((p) => p.charStart >= t.charEnd);
    return x && (x.kind === 'named' || x.kind === 'short') && x.name && x.entity ? x : null;
  };
  // 3. unnamed titles: the entity of that country and role, most recent first; an unnamed title with a
  //    country that no named person fits is a party of its own ("the Lao foreign minister")
  /** the visitor of the latest visit told before sentence s or in it before char c: the first person named in that
   *  visit's sentence before its words, with no other encounter before them ("President X is on a state visit to Y", "X paid an official visit to Y") */
  const bareVisitorNouns = lex.book('persons').optionalWords('persons/bare-visitor-nouns');
  const welcomeVerbs = [...lex.book('persons').optionalWords('persons/welcome-verbs')];
  const visitorBefore = (s: number, c: number): Entity | null => {
    for (let k = s; k >= 0; k--) {
      const a = doc.analyses[k];
      if (!a) continue;
      const t = [...a.triggers].reverse().find((x) => x.kind === 'visit' && !x.planned && !x.recalled && (k < s || x.charEnd <= c));
      // (not a visit told inside another encounter's sentence, "X received Y ..., during the latter's visit": whose is unsaid here)
      if (!t || a.triggers.some((x) => x.kind !== 'visit' && x.charStart < t.charStart)) continue;
      // (nor a visit whose subject is a bare delegation noun, "X chào mừng đoàn sang thăm": the visitor is one named further back)
      if (bareVisitorNouns.size && a.persons.some((x) => x.visitor && !x.name && x.charEnd <= t.charStart && /^\s*$/.test(doc.sentences[k].text.slice(x.charEnd - doc.sentences[k].start, t.charStart - doc.sentences[k].start)))) continue;
      // (after a verb of welcome, the visitor is the one welcomed: "A欢迎B一行访越", "A hoan nghênh B thăm Việt Nam" is B's visit)
      const sent = doc.sentences[k];
      let from = -1;
      for (const w of welcomeVerbs) {
        const at = sent.text.lastIndexOf(w, t.charStart - sent.start);
        if (at >= 0) from = Math.max(from, sent.start + at + w.length);
      }
      const p = (from >= 0 ? a.persons.find((x) => x.charStart >= from && x.charEnd <= t.charStart && x.entity?.name && (x.kind === 'named' || x.kind === 'short')) : undefined)
        ?? a.persons.find((x) => x.charEnd <= t.charStart && x.entity?.name && (x.kind === 'named' || x.kind === 'short'));
      if (p) return p.entity!;
    }
    return null;
  };
  /** with no visit told: the one party of the latest encounter told before sentence s that is not of the country where it
   *  took place (its sentence's place, else the dateline's): "A received B in Accra. The visiting minister also met C" is B */
  const encounterPrepsForGuest = lex.book('places').optionalWords('places/encounter-prepositions');
  const guestBefore = (s: number, wanted: string | null): Entity | null => {
    for (let k = s - 1; k >= 0; k--) {
      const a = doc.analyses[k];
      if (!a || !a.triggers.some((x) => x.kind !== 'visit' && !x.planned && !x.recalled)) continue;
      // (a place with no preposition of an encounter after the encounter's verb is a word of its object, not where it was:
      // "X tiếp Đoàn công tác thành phố A, Quảng Tây (Trung Quốc) do Y dẫn đầu" names the delegation's home; places/
      // encounter-prepositions, h-zv45)
      const verbAt = a.triggers.find((x) => x.kind !== 'visit' && !x.planned && !x.recalled)!.tokStart;
      const where = a.places.find((p) => p.prep !== 'to' && (p.prep != null ? true : p.start < verbAt || !encounterPrepsForGuest.size))?.place.country ?? doc.dateline?.place?.country ?? null;
      if (!where || wanted === where) return null;
      // (a mention that says the guest's country, "the Chinese delegation", also takes a party whose country the text
      // gives only later, by its body: "Head of the Publicity Department of the Communist Party of China")
      const named = a.persons.filter((x) => x.entity?.name && (x.kind === 'named' || x.kind === 'short') && (x.entity.country || wanted));
      // (a sentence that tells more of an encounter with no one named in it, "During the meeting, the two prime ministers
      // discussed ...", is not a new encounter: its guest is the one of the encounter told before it; h-en68 probe, BSS:
      // 'the visiting premier' after such a sentence was taken for the host named last)
      if (!a.persons.some((x) => x.kind === 'named' || x.kind === 'short')) continue;
      const guests = [...new Set(named.map((x) => x.entity!).filter((e) => (e.country?.value ?? wanted) !== where))];
      // (or the host of no state known yet, the press's own office holder, "全国人大常委会副委员长A在北京会见…B率领的代表团":
      // one guest of another state than the place's beside a named person of none; h-zv33)
      const hostUnplaced = a.persons.some((x) => x.entity?.name && (x.kind === 'named' || x.kind === 'short') && !x.entity.country && !guests.includes(x.entity));
      return (named.some((x) => x.entity!.country?.value === where) || (hostUnplaced && guests.every((e) => !!e.country))) && guests.length === 1 ? guests[0] : null;
    }
    return null;
  };
  // "the Mozambican defence minister" after "Mozambican Foreign Minister X": an office of no role whose portfolio words
  // (titles.json org words: "defence", "trade", "energy") none of that person's titles nor roles hold is someone else,
  // an unnamed party of its own (annotation rule 3; h-en46 probe b2, AIM: the defence minister had become the foreign
  // minister met the day before)
  const portfolio = (title: string | null | undefined) => (title ?? '').toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 2 && lex.orgWords.has(w) && !PORTFOLIO_FILLERS.has(w));
  const otherPortfolio = (e: Entity, m: PersonMention): boolean => {
    if (m.role || !m.title || !PORTFOLIO_HEADS.has(m.title.toLowerCase().split(/\s+/).pop() ?? '')) return false;
    const mine = portfolio(m.title);
    if (!mine.length) return false;
    const titles = [e.title, ...e.mentions.map((x) => x.title)].filter((t): t is string => !!t);
    // ("his Kenyan counterpart, X": X holds the office of the one named before in that sentence, whose counterpart X is)
    const holders = e.mentions.filter((x) => relationHeads.has(x.title?.toLowerCase().split(/\s+/).pop() ?? ''))
      .flatMap((x) => doc.analyses[x.sentence].persons.filter((y) => y !== x && y.charEnd <= x.charStart && y.entity && y.entity !== e).map((y) => y.entity!));
    const theirs = new Set([...titles.flatMap(portfolio), ...[...e.roles].flatMap((r) => r.split('_')),
      ...holders.flatMap((h) => [...[h.title, ...h.mentions.map((x) => x.title)].flatMap(portfolio), ...[...h.roles].flatMap((r) => r.split('_'))])]);
    if (!theirs.size) return false;
    return !mine.some((w) => theirs.has(w));
  };
  /** the named people one of whose mentions before m has the word `mark` reads before it ("the Field Marshal": a rank; "His Majesty": a style) */
  const namedBeforeWith = (m: PersonMention, mark: (x: PersonMention) => string | null, word: string) => entities.filter((e) => e.name
    && e.mentions.some((x) => x !== m && x.kind !== 'anaphor' && (x.sentence < m.sentence || (x.sentence === m.sentence && x.end <= m.start)) && mark(x) === word));
  for (const m of all) {
    if (m.kind !== 'anaphor') continue;
    // "Xi last met a Sri Lankan head of state in 2019": an office after an indefinite article is someone the text has not
    // named (persons/indefinite-articles), a party of its own, never the person of that office named before
    if (m.indefinite) { link(m, make(m)); continue; }
    // "the Field Marshal": the one person named before with that rank right before the name ("Field Marshal Birhanu Jula"),
    // else as any other title or like a pronoun
    if (m.rank) {
      const ranked = namedBeforeWith(m, rankBefore, m.rank);
      if (ranked.length === 1) { link(m, ranked[0]); continue; }
    }
    // "His Majesty also received Y": the one person named before with that style ("His Majesty Sultan Haji X"); none or
    // several, the style stands for no one the text names
    if (m.style) {
      const styled = namedBeforeWith(m, styleBefore, m.style);
      if (styled.length === 1) link(m, styled[0]);
      else { const own = doc.analyses[m.sentence]; own.persons = own.persons.filter((x) => x !== m); }
      continue;
    }
    // "the guest", "the visiting leader": the visitor the story is about, unless its country or office says another
    // (not the subject of its own sentence: the host who receives the guest)
    if (m.visitor) {
      const v = visitorBefore(m.sentence, m.charStart) ?? guestBefore(m.sentence, m.country?.value ?? null);
      const own = doc.analyses[m.sentence].persons.some((x) => x !== m && x.entity === v && x.charEnd <= m.charStart);
      if (v && !own && (!m.country || (v.country?.value ?? m.country.value) === m.country.value) && roleCompatible(v, m.role, m.title, deputyWords)) { link(m, v); continue; }
    }
    if (!m.country && !m.role) {
      // an office of no role that one person named before bears, alone or as one of two joined by 'and' ("Prince X, Crown
      // Prince and Prime Minister, received ..." then "The Crown Prince had received ..."): that person, not the last subject
      // (an office written by its press abbreviation, "the PCS", "the CS": the office it stands for, titles.json
      // `abbreviations`, borne alone or with its remit, "Cabinet Secretary for Foreign Affairs": h-en52 probe)
      const written = m.title?.replace(/^the\s+/i, '').trim();
      const expanded = written ? lex.abbreviations.get(written)?.toLowerCase() : undefined;
      const own = expanded ?? written?.toLowerCase();
      const bearing = own ? [...(bearersOf.get(own) ?? [])] : [];
      if (expanded) for (const [part, at] of bearersOf) if (part.startsWith(`${expanded} for `) || part.startsWith(`${expanded} of `)) bearing.push(...at);
      const bearers = [...new Set(bearing.filter(([e, first]) => e.name && first < m.sentence).map(([e]) => e))];
      if (bearers.length === 1) { link(m, bearers[0]); continue; }
      // an office of no country or role that a sentence's trigger has as its subject, with a named person as the
      // trigger's object ("The Secretary-General met today with H.E. Mr. X, President of Y", "The Director-General
      // received Minister X" on the organisation's own page), when the text named no one else before (the headline's guest
      // would be the last subject): not that person; the body the text gives that office ("United Nations Secretary-General"
      // over the page), else a party of its own. (With another person named before, "Earlier, the minister held talks
      // with Y" is that person, below.)
      const object = m.title ? namedObjectOf(m) : null;
      if (object && entities.every((e) => e === object.entity || !e.name || e.firstSentence >= m.sentence)) {
        const t = m.title!.toLowerCase().replace(/^the\s+/, '');
        const same = entities.filter((e) => e !== object.entity && !e.mentions.includes(m) && e.mentions.some((x) => {
          const xt = x.title?.toLowerCase();
          return !!xt && x.sentence <= m.sentence && (xt === t || xt.endsWith(` ${t}`) || xt.startsWith(`${t} of `));
        }));
        link(m, same.length === 1 ? same[0] : make(m));
      }
      continue; // "the official", "his counterpart": resolved like pronouns below
    }
    // the very title a named person bears in the text, beside the name ("Vice-President of the European Commission" in the
    // headline, "X, Vice-President of the European Commission," below): that person
    // (not a person named after the title in its own sentence: "The President held talks with President X" is the
    // president named before, and X the other party)
    // (or the last of the titles in apposition after the name: "X, Member of the Central Committee, Secretary of Yunnan")
    // the person a trigger after the title takes as its object is another one ("The Foreign Secretary met Nigeria's
    // Minister of Foreign Affairs X", also when the headline named X before: "PM meeting with Prime Minister X" over "The
    // Prime Minister met Canadian Prime Minister X"): the title a party of its own when no one else fits (a chain of
    // titles before one name has no trigger between: "Deputy Minister, Secretary-General X")
    const own = doc.analyses[m.sentence];
    const objects = new Set<PersonMention>();
    for (const t of own?.triggers ?? []) {
      if (t.charStart < m.charEnd) continue;
      const x = own.persons.find((p) => p.charStart >= t.charEnd);
      if (x) objects.add(x);
    }
    const laterInSentence = (e: Entity) => objects.size > 0 && !e.mentions.some((x) => x !== m && x.sentence === m.sentence && x.start < m.start)
      && e.mentions.some((x) => objects.has(x));
    // (not an office the text says was held once: "then Prime Minister X", "former President Y" is not "the Prime Minister"
    // of a story whose own prime minister it named; h-en50 probe b1)
    const pastOffice = (x: PersonMention) => {
      const tk = doc.analyses[x.sentence]?.tokens ?? [];
      // (back over the capitalised words of the title before the name)
      let k = x.start - 1;
      while (k >= 0 && k >= x.start - PAST_OFFICE_REACH && tk[k].cap) k--;
      return k >= 0 && PAST_OFFICE.has(tk[k].lower);
    };
    const pastOnly = (e: Entity) => e.mentions.some((x) => x.kind === 'named') && e.mentions.every((x) => x === m || x.kind !== 'named' || pastOffice(x));
    const titled = m.title ? entities.filter((e) => e.name && !laterInSentence(e) && e.mentions.some((x) => x !== m && x.kind !== 'anaphor' && x.title != null && !pastOffice(x)
      && (x.title.toLowerCase() === m.title!.toLowerCase() || x.title.toLowerCase().endsWith(`, ${m.title!.toLowerCase()}`))
      && (x.country?.value ?? null) === (m.country?.value ?? null) && !(x.sentence === m.sentence && x.start > m.start))) : [];
    // (a body sentence's title is no person the text names with it only later: "Receiving the Egyptian diplomat, the President
    // ..." then "... greetings to President X, who paid a visit" is the State President received him, not X; a headline's is)
    const inHeadline = doc.sentences[m.sentence]?.role === 'headline';
    const namedBefore = (e: Entity) => inHeadline || e.mentions.some((x) => x !== m && x.kind !== 'anaphor' && (x.sentence < m.sentence || (x.sentence === m.sentence && x.start < m.start)));
    if (titled.length === 1 && namedBefore(titled[0])) { link(m, titled[0]); continue; }
    // (an anaphor without a country, of the one person the text gave that very title with a country: "Cambodian King
    // Norodom Sihamoni ... hosted a banquet in honour of the King", not the Lao president of the same role; h-en33)
    // (or written as the first word of the name: "Sultan Hassanal Bolkiah" ... "the Sultan")
    // (or as the first of the offices a joined title gives: "X, Sultan and Yang Di-Pertuan of Brunei" ... "the Sultan")
    const titledAbroad = m.title && !m.country && !titled.length ? entities.filter((e) => e.name && !laterInSentence(e) && (e.mentions.some((x) => x !== m && x.kind !== 'anaphor'
      && x.title != null && (x.title.toLowerCase() === m.title!.toLowerCase() || titleParts(x.title)[0] === m.title!.toLowerCase()) && !(x.sentence === m.sentence && x.start > m.start))
      || (e.firstSentence < m.sentence && e.name.toLowerCase().startsWith(`${m.title!.toLowerCase()} `)))) : [];
    if (titledAbroad.length === 1 && namedBefore(titledAbroad[0])) { link(m, titledAbroad[0]); continue; }
    // the very title of an unnamed party an earlier sentence made ("The President of the Republic spoke with X. ... The
    // President of the Republic then spoke with Y" on the office's own page): that party again, not a named one of its role
    const unnamedSame = m.title && !titled.length ? entities.find((e) => !e.name && e.title?.toLowerCase() === m.title!.toLowerCase() && e.firstSentence < m.sentence
      && (!m.country || e.country?.value === m.country.value)) : undefined;
    if (unnamedSame) { link(m, unnamedSame); continue; }
    // that title with its country, of a named person of no country yet whose title is the same without it (the headline's
    // "越南外交部副部长" / "Thứ trưởng Ngoại giao Việt Nam", the body's "外交部副部长阮明姮" in the press's own words)
    if (!titled.length && m.title && m.country) {
      const t = m.title.toLowerCase();
      const bare = entities.filter((e) => e.name && !e.country && e.mentions.some((x) => x !== m && x.title != null && !x.country
        && x.title.length >= 2 && x.title.length < t.length && (t.endsWith(x.title.toLowerCase()) || t.startsWith(x.title.toLowerCase()))
        && !(x.sentence === m.sentence && x.start > m.start)
        // (where titles are composed of words, a shorter title is another office unless only the country was added: "the
        // Japanese Prime Minister" is not "Minister Alexandre Silveira", a minister of no country yet; not where titles are
        // phrases: "Đại sứ UAE tại Việt Nam" is the "Đại sứ X" named after it)
        && (lex.traits.titles !== 'compositional' || onlyCountryAdded(x.title, m))
        // named before the title in its own sentence, with a title that adds a portfolio: the other party
        && !(e.mentions.some((y) => y !== m && y.sentence === m.sentence && y.start < m.start) && !onlyCountryAdded(x.title, m))));
      if (bare.length === 1) { link(m, bare[0]); continue; }
    }
    const fitting = entities.filter((e) => e.name && !pastOnly(e) && (!m.country || e.country?.value === m.country.value) && roleCompatible(e, m.role, m.title, deputyWords) && !otherPortfolio(e, m));
    // "X held talks with his Lao counterpart. He also called on Lao Prime Minister Y": a counterpart holds the office of
    // the one named before it in its sentence, whose counterpart it is; a person of none of that one's offices is not it
    // (persons/relation-heads)
    // (the holder may be unnamed: "Canada's foreign minister also held talks with her Mexican counterpart" is no president)
    const holder = relationHeads.has(m.title?.toLowerCase().split(/\s+/).pop() ?? '')
      ? own?.persons.find((x) => x !== m && x.charEnd <= m.charStart && x.entity && (x.entity.name || x.kind === 'anaphor') && x.entity.roles.size) : undefined;
    const otherOffice = (e: Entity) => !!holder && e !== holder.entity && e.roles.size > 0 && ![...e.roles].some((r) => holder.entity!.roles.has(r));
    // an unnamed office holder of a state the text has already named someone of is not a person the text names only
    // later ("Canada's foreign minister also held talks ..." after Carney's talks; "Carney's predecessor, Justin
    // Trudeau" two sentences on): the text would have named the minister; the headline's titles are named below
    const stateNamedBefore = !!m.country && !headline(m) && entities.some((e) => e.name && e.firstSentence < m.sentence && e.country?.value === m.country!.value);
    const cands = fitting.filter((e) => !laterInSentence(e) && !otherOffice(e) && !(stateNamedBefore && e.firstSentence > m.sentence));
    // the press's own office holder, unnamed, beside people of other states only ("国务院总理14日在北京会见新西兰总理拉克森",
    // "Thủ tướng Chính phủ đã tiếp Thủ tướng New Zealand X"): of the language's home state (annotation rule 3: no name,
    // the office as title; the registry's holder of the office that day is not filled in)
    const home = lex.traits.homeCountry ?? null;
    const onlyForeign = (others: Entity[]) => !!home && !m.country && others.every((x) => x.country && x.country.value !== home);
    const ownUnnamed = (e: Entity, others: Entity[]) => {
      if (!e.country && onlyForeign(others)) e.country = inferred(home!, 'country/home', `the press of the text's language names its own state's office holders without their country`);
    };
    if (!cands.length && m.role && m.role !== 'side' && (fitting.length || !m.country)) {
      // (nobody of that office named at all: "The Prime Minister met President X of Y" in the Prime Minister's own release)
      const same = fitting.length ? null : entities.find((e) => !e.name && !e.country && e.role === m.role);
      const e = same ?? make(m);
      link(m, e);
      // (beside the people of other offices the text names, all of other states: of the press's state too)
      if (!same) ownUnnamed(e, fitting.length ? fitting : entities.filter((x) => x.name && x !== e));
      continue;
    }
    if (!cands.length) {
      // ("his Omani counterpart": no role of its own, still a party of that country)
      if (m.country && m.role !== 'side') {
        const same = entities.find((e) => !e.name && e.country?.value === m.country!.value && e.role === m.role);
        link(m, same ?? make(m));
      }
      continue;
    }
    // a person named only after the title in its own sentence is mentioned there later, not before it ("Bộ trưởng đã
    // hội đàm với Bộ trưởng Ngoại giao Ác-hen-ti-na Y": the minister is the one named before, not Y)
    const holdsOffice = (e: Entity) => !!m.role && e.roles.has(m.role);
    const lastBefore = (e: Entity) => e.mentions.some((x) => x !== m && x.sentence === m.sentence && x.start < m.start) ? m.sentence : lastMention(e, m.sentence - 1);
    cands.sort((x, y) => {
      const lx = lastBefore(x), ly = lastBefore(y);
      if ((lx >= 0) !== (ly >= 0)) return lx >= 0 ? -1 : 1;
      if (lx >= 0) return ly - lx;
      // (named only after it: the one the text gives that office, before one it gives none: "he met with the Prime Minister
      // and the Head of State" over "... two members of Parliament, A and B. ... the Head of State, His Highness C" is C,
      // not B; h-en73 probe, Samoa Observer)
      const ox = holdsOffice(x) ? 0 : 1, oy = holdsOffice(y) ? 0 : 1;
      return ox !== oy ? ox - oy : x.firstSentence - y.firstSentence;
    });
    // (also where the person named after it is not a trigger's object: a title of no country that opens the text's first
    // encounter, before anyone is named, with only people of another state named after it in its own sentence)
    if (m.title && lastBefore(cands[0]) < 0 && cands.every((e) => e.firstSentence === m.sentence) && onlyForeign(cands)) {
      const e = make(m);
      ownUnnamed(e, cands);
      link(m, e);
      continue;
    }
    link(m, cands[0]);
  }

  // 3b. a group of an organisation ("ASEAN foreign ministers", "top diplomats of Southeast Asian nations") is a body
  //     that takes part as one party, with no name
  for (const m of all) {
    if (m.kind !== 'group' || !m.country || !ORGANISATION(m.country.value)) continue;
    const body = entities.find((e) => !e.name && e.country?.value === m.country!.value && e.role === 'body');
    link(m, body ?? make({ ...m, role: 'body' }));
    if (!body) entities[entities.length - 1].role = 'body';
  }

  // 3c. the same plural title again without its organisation ("the top diplomats" after "top diplomats of
  //     Southeast Asian nations"): that body
  const bodies = entities.filter((e) => e.role === 'body' && e.title);
  if (bodies.length) {
    for (const m of all) {
      if (m.kind !== 'group' || m.entity || m.countries || !m.title) continue;
      const t = m.title.toLowerCase();
      const body = bodies.find((e) => e.firstSentence < m.sentence && e.title!.toLowerCase().startsWith(t));
      if (body) link(m, body);
    }
  }

  // 3d. a group of people of several countries the text does not name ("his Australian and New Zealand counterparts",
  //     "the ambassadors of Brazil and Chile"): one person of that office for each country, the one the text has of
  //     that country when it has one (the event assembler takes the named ones first)
  for (const m of all) {
    if (m.kind !== 'group' || m.entity || !m.countries || m.countries.length < 2 || !m.title) continue;
    const tokens = doc.analyses[m.sentence].tokens;
    const span = { start: tokens[m.start].start, end: tokens[m.end - 1].end };
    // ("Malaysia and Singapore leaders met ..., with Prime Minister X hosting his counterpart Y": the one named person
    // of each country in the group's own sentence)
    const namedHere = (c: string) => {
      const found = [...new Set(all.filter((x) => x.sentence === m.sentence && x !== m && x.entity?.name && x.entity.country?.value === c).map((x) => x.entity!))];
      return found.length === 1 ? found[0] : undefined;
    };
    m.members = m.countries.map((c) => (m.role ? entities.find((e) => !e.name && e.country?.value === c && e.role === m.role) : undefined)
      ?? namedHere(c)
      ?? make({ ...m, kind: 'anaphor', name: null, title: null, countries: undefined, country: stated(c, 'country/group-title', span) }));
  }

  // 4. pronouns: the subject of their own sentence when a named one comes before them ("X paid a visit to Y,
  // where he met Z"), else the subject of the latest sentence that had one (a pronoun subject passes its
  // person on: "In Brasilia he held talks with X. On Tuesday he travelled to Caracas")
  const personsBook = lex.book('persons');
  const objectWords = personsBook.optionalWords('persons/object-prepositions');
  // an object pronoun right after an encounter's verb, or after the one word that opens its object (persons/object-pronouns)
  const objectPronouns = personsBook.optionalWords('persons/object-pronouns');
  const objectMarkers = personsBook.optionalWords('persons/trigger-object-markers');
  const objectVerbs = personsBook.optionalPattern('persons/object-pronoun-verbs');
  const articles = personsBook.optionalWords('persons/articles');
  const frontedOpeners = personsBook.optionalWords('persons/fronted-openers');
  /** a mention that can be its sentence's subject: a person, not the object of a preposition ("at the invitation of X") nor a possessive */
  const possessedNot = lex.book('events').optionalWords('events/not-party-possessor-of');
  const relatives = lex.book('events').optionalWords('events/relative-pronouns');
  const subjectLike = (m: PersonMention) => {
    if (!m.entity?.name || m.kind === 'anaphor' || (m.kind === 'pronoun' && m.possessive)) return false;
    const tokens = doc.analyses[m.sentence].tokens;
    // (nor the possessor of "X's predecessor, Y": the one the noun stands for is the subject; events/not-party-possessor-of)
    if (m.kind !== 'pronoun' && possessedNot.size) {
      const noun = possessedNoun(tokens, m);
      if (noun && possessedNot.has(noun.lower)) return false;
    }
    let k = m.start - 1;
    while (k >= 0 && articles.has(tokens[k].lower)) k--;
    // (nor a name in brackets: the agency's credit after a dateline, "June 3 (ENA) Foreign Minister X ...")
    return !(k >= 0 && (objectWords.has(tokens[k].lower) || tokens[k].text === '('));
  };
  let lastSubject: Entity | null = null;
  // the speaker a subject pronoun of reported speech stands for (persons/speaker-pronoun): the first person of the
  // sentence, named, the only one before the pronoun, the reporting verb opening the text between them (after an
  // apposition set off by commas), and an encounter's verb after the pronoun
  const speakerVerbs = personsBook.optionalPattern('persons/speaker-pronoun');
  const speakerOf = (m: PersonMention, ms: PersonMention[]): Entity | null => {
    const before = ms.filter((x) => x.end <= m.start);
    const first = before[0];
    if (!first || !first.entity?.name || first.kind === 'pronoun' || first.kind === 'group' || first.possessive || !subjectLike(first)) return null;
    if (before.some((x) => x.entity !== first.entity)) return null;
    const a = doc.analyses[m.sentence];
    const last = before[before.length - 1];
    if (!a.triggers.some((t) => t.tokStart >= m.end) || a.triggers.some((t) => t.tokStart < m.start)) return null;
    const between = a.sentence.text.slice(last.charEnd - a.sentence.start, m.charStart - a.sentence.start);
    const hit = speakerVerbs!.exec(between);
    if (!hit) return null;
    return /^\s*(?:[,，][^,，]*[,，]\s*)?$/u.test(between.slice(0, hit.index)) ? first.entity : null;
  };
  // whether a quotation is open where each sentence starts: a quote opened on a line and not closed runs on over its
  // sentences ('"General X and I discussed the sea. Our position is clear." The same morning she called on Y'); a line
  // starts outside one. One pass over the sentences' texts.
  const quoteOpen: boolean[] = [];
  {
    let open = false, line = -1;
    for (const a of doc.analyses) {
      if (a.sentence.line !== line) { open = false; line = a.sentence.line; }
      quoteOpen[a.sentence.index] = open;
      for (let k = 0; k < a.sentence.text.length; k++) if (a.sentence.text.charCodeAt(k) === 34) open = !open;
    }
  }
  /** a mention spoken inside a quotation: the person a speaker names ("General X and I ...") is no subject of the narrative */
  const quotedMention = (m: PersonMention) => {
    const a = doc.analyses[m.sentence];
    let open = quoteOpen[a.sentence.index] ?? false;
    const upto = Math.min(a.sentence.text.length, m.charStart - a.sentence.start);
    for (let k = 0; k < upto; k++) if (a.sentence.text.charCodeAt(k) === 34) open = !open;
    return open;
  };
  // the gender each pronoun word gives ("she", "her": f), and the person a pronoun of that gender stood for in the
  // PRONOUN_GENDER_REACH sentences before (the last one; or whether `who` was among them)
  const genders = personsBook.optionalMap('persons/pronoun-genders');
  const calledBefore = (sentence: number, g: string, who?: Entity): Entity | null => {
    for (let s = sentence - 1; s >= 0 && s >= sentence - PRONOUN_GENDER_REACH; s--) {
      const ms = bySentence.get(s);
      if (!ms) continue;
      for (let k = ms.length - 1; k >= 0; k--) {
        const x = ms[k];
        if (x.kind !== 'pronoun' || !x.entity?.name || genders.get(doc.analyses[s].tokens[x.start].lower) !== g) continue;
        if (!who) return x.entity;
        if (x.entity === who) return who;
      }
    }
    return null;
  };
  // the person named last with each word of a title ("governor"), as of the sentences read so far
  const lastByTitleWord = new Map<string, Entity>();
  const titleWordsOf = new Map<Entity, Set<string>>();
  let coordinated: { sentence: number; members: Entity[] } | null = null;
  const joiners = lex.book('events').words('events/chain-joiners');
  const fillers = lex.book('events').words('events/chain-fillers');
  const bySentence = new Map<number, PersonMention[]>();
  for (const m of all) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  for (const [, ms] of [...bySentence].sort((x, y) => x[0] - y[0])) {
    ms.sort((x, y) => x.start - y.start);
    for (const m of ms) {
      if (m.entity) continue;
      if (m.kind === 'pronoun' && !m.possessive) {
        // "At the request of X, Y called him": an object pronoun is the other person of its sentence, not the clause's subject
        const before = ms.filter((x) => x.end <= m.start && x.entity && x.entity.name && x.kind !== 'pronoun');
        if (before.length >= 2 && !coordinatedSubjects(doc.analyses[m.sentence].tokens, before)) {
          const a = doc.analyses[m.sentence];
          let comma = -1;
          for (let k = m.start - 1; k >= 0; k--) if (a.tokens[k].text === ',') { comma = k; break; }
          const subject = before.find((x) => x.start > comma)?.entity ?? before[0].entity;
          const other = [...before].reverse().find((x) => x.entity !== subject)?.entity;
          if (other && /^(?:him|her)$/i.test(a.tokens[m.start].text)) { m.entity = other; continue; }
        }
      }
      // "At the request of the Foreign Minister of Peru, X, the minister held a call with her counterpart": the counterpart
      // (persons/relation-heads) is the one who asked, named before it in the sentence (events/requester), not the person
      // the story named last (h-en58 probe, Ecuador: the call was given to the Uruguayan minister of the meeting before)
      if (m.kind === 'anaphor' && !m.country && relationHeads.has(m.title?.toLowerCase().split(/\s+/).pop() ?? '')) {
        const asker = askerBefore(doc.analyses[m.sentence], m);
        if (asker) { m.entity = asker; continue; }
      }
      if (m.kind === 'anaphor' && !m.country && lastSubject) {
        // "Tuggar received the high-ranking diplomat": a title right after the trigger, when the sentence named
        // the subject before it, is the other person mentioned last
        const here = new Set(ms.filter((x) => x.end <= m.start && x.entity?.name).map((x) => x.entity!));
        const tokens = doc.analyses[m.sentence].tokens;
        const objectOf = doc.analyses[m.sentence].triggers.some((t) => t.tokEnd === m.start || (t.tokEnd === m.start - 1 && /^(?:with|to)$/.test(tokens[t.tokEnd].lower)));
        if (objectOf && here.has(lastSubject)) {
          let other: Entity | null = null, at = -1;
          for (const e of entities) {
            if (!e.name || here.has(e)) continue;
            const last = lastMention(e, m.sentence - 1);
            if (last > at) { other = e; at = last; }
          }
          if (other) { m.entity = other; continue; }
        }
      }
      // "Zhao Leji, chairman of the NPC Standing Committee, met with him on Tuesday": an object pronoun right after the
      // verb of an encounter, its subject named before it in the sentence, is not that subject but the person named last
      // before the sentence who is not named in it (the guest the story follows)
      if (m.kind === 'pronoun' && !m.possessive) {
        const a = doc.analyses[m.sentence];
        const tok = a.tokens[m.start];
        // (or of another verb, "Saidov thanked her for ...", "briefed her on ...": persons/object-pronoun-verbs; never the
        // subject of its own clause)
        const objectOf = objectPronouns.has(tok.lower) && (a.triggers.some((t) => t.tokEnd === m.start || (t.tokEnd === m.start - 1 && objectMarkers.has(a.tokens[t.tokEnd].lower)))
          || (m.start > 0 && !!objectVerbs && objectVerbs.test(a.tokens[m.start - 1].text)));
        const named = ms.filter((x) => x.end <= m.start && x.entity?.name && x.kind !== 'pronoun');
        const here = new Set(named.map((x) => x.entity!));
        // (or several subjects joined by "and": "Premier X and Chairman Y met him separately")
        if (objectOf && (here.size === 1 || (here.size >= 2 && coordinatedSubjects(a.tokens, named)))) {
          // (of another state than the subject's when both are known; of two named in one sentence, the later)
          const [subject] = here;
          const owns = new Set([...here].map((x) => x.country?.value ?? null));
          const own = owns.size === 1 ? subject.country?.value ?? null : null;
          // (read back sentence by sentence, the last mention first, over a bounded reach: a story's guest is named within it)
          let other: Entity | null = null;
          for (let s = m.sentence - 1; s >= 0 && s >= m.sentence - OBJECT_PRONOUN_REACH && !other; s--) {
            const earlier = bySentence.get(s);
            if (!earlier) continue;
            for (let k = earlier.length - 1; k >= 0 && !other; k--) {
              const e = earlier[k].entity;
              if (e?.name && !here.has(e) && !(own && e.country?.value === own)) other = e;
            }
          }
          if (other) { m.entity = other; continue; }
        }
      }
      // "he", "she" after a named subject in the same sentence: that subject; after a subject pronoun of an
      // earlier clause ("In Riga he met A, and in Vilnius he held talks with B"): the same person
      if (m.kind === 'pronoun' && !m.possessive && objectWords.size) {
        // ("The Cuban PM also informed Chinh of his recent visit to China, where he met ...": a title with its country
        // that opens the sentence is its subject, though no name is written)
        // (so does one after a style of several words, "His Highness the Amir had visited Cairo, where he held talks")
        const styled = lex.honorifics.longest(doc.analyses[m.sentence].tokens, 0)?.[0] ?? 0;
        const opener = ms.find((x) => (x.start === 0 || (styled >= 2 && x.start === styled)) && x.kind === 'anaphor' && (!!x.country || x.start > 0) && !!x.entity?.name && !x.possessive && x.end <= m.start);
        const own = opener ?? ms.find((x) => x.end <= m.start && x.kind !== 'pronoun' && subjectLike(x));
        const pron = ms.find((x) => x.end <= m.start && x.kind === 'pronoun' && !x.possessive && x.entity?.name && /^(?:he|she)$/i.test(doc.analyses[m.sentence].tokens[x.start].text));
        if (pron && /^(?:he|she)$/i.test(doc.analyses[m.sentence].tokens[m.start].text) && (!own || pron.start < own.start)) { m.entity = pron.entity; continue; }
        if (own?.entity) { m.entity = own.entity; continue; }
      }
      // "X briefed the Prime Minister on the outcome of his talks with Z": a possessive right before an encounter
      // word with its other party ("his talks with", "her meeting with") is its own sentence's named subject, the
      // one who goes on with the visit, not the subject of the sentence before
      if (m.kind === 'pronoun' && m.possessive && objectWords.size) {
        const a = doc.analyses[m.sentence];
        const t = a.triggers.find((x) => x.voice === 'noun' && x.tokStart === m.end);
        // (in a relative clause, ", who briefed him on the outcome of his talks with Z": the clause's antecedent; a role
        // that opens the sentence, "The guest informed the host of ...": that one)
        const who = t && relatives.size ? lastIndexBefore(a.tokens, m.start, (k) => relatives.has(k.lower)) : -1;
        // (the last person named before it: "received Y in Santiago, who briefed her")
        const antecedent = who > 0 ? ms.filter((x) => x.entity?.name && !x.possessive && x.kind !== 'pronoun' && x.end <= who).pop() : undefined;
        const opener = ms.find((x) => x.start === 0 && x.kind === 'anaphor' && !!x.entity?.name && !x.possessive && x.end <= m.start);
        const own = antecedent ?? opener ?? ms.find((x) => x.end <= m.start && subjectLike(x));
        if (t && own?.entity && a.tokens.slice(t.tokStart, t.tokEnd + 1).some((k) => k.lower === 'with')) { m.entity = own.entity; continue; }
      }
      // ("Mr Li said the consulate would help. Receiving Mr Somchai, the governor discussed ...": a title whose head word the
      // last subject's title lacks is the person of that title named last before the sentence, not the last subject)
      if (m.kind === 'anaphor' && !m.country && lastSubject && m.title) {
        const head = titleHead(m.title);
        const byTitle = head ? lastByTitleWord.get(head) : undefined;
        if (byTitle && byTitle !== lastSubject && byTitle.name && !titleWordsOf.get(lastSubject)?.has(head!) && !titleWords(lastSubject.title ?? '').includes(head!)) { m.entity = byTitle; continue; }
      }
      // ("Saidov welcomed her and ... She also met Z": a subject "she" is the one the sentences just before called "her",
      // when the last subject is not known to be called so; persons/pronoun-genders, the marked gender only)
      if (m.kind === 'pronoun' && !m.possessive && lastSubject && genders.size) {
        const g = genders.get(doc.analyses[m.sentence].tokens[m.start].lower);
        const called = g ? calledBefore(m.sentence, g) : null;
        if (called && called !== lastSubject && !calledBefore(m.sentence, g!, lastSubject)) { m.entity = called; continue; }
      }
      // ("Đại tướng X cho biết, sáng cùng ngày, ông đã hội đàm với Y", "X介绍，当天上午他已同Y举行会谈": a subject pronoun in
      // the speech of its sentence's named subject, the reporting verb right after that subject, is the speaker;
      // persons/speaker-pronoun, h-zv45)
      if (m.kind === 'pronoun' && !m.possessive && speakerVerbs) {
        const speaker = speakerOf(m, ms);
        if (speaker) { m.entity = speaker; continue; }
      }
      if ((m.kind === 'pronoun' || (m.kind === 'anaphor' && !m.country)) && lastSubject) m.entity = lastSubject;
    }
    // (a sentence that opens with a fronted phrase, "In his meeting with Iranian President X, the prime minister
    // discussed ...": its subject stands after the phrase's comma, and may be a title standing for a person named before)
    const sa = doc.analyses[ms[0].sentence];
    // (the phrase's comma before the sentence's first verb of an encounter: "In Lima X met Y, and ..." opens with no phrase)
    const frontComma = frontedOpeners.has(sa.tokens.find((x) => x.word)?.lower ?? '') ? sa.tokens.findIndex((x) => x.text === ',') : -1;
    const fronted = frontComma >= 0 && !sa.triggers.some((t) => t.voice === 'active' && t.tokStart < frontComma) ? frontComma : -1;
    const afterFront = fronted >= 0 ? ms.find((m) => m.start > fronted && m.entity?.name && !m.possessive && m.kind !== 'group') : undefined;
    let subj = afterFront?.kind === 'anaphor' ? afterFront : objectWords.size
      ? ms.find((m) => m.start > fronted && subjectLike(m))
      : ms.find((m) => m.start > fronted && m.entity && m.entity.name && m.kind !== 'pronoun' && m.kind !== 'anaphor');
    // "Earlier, the Vietnamese PM met with X, ... He also paid a courtesy call on Y": a title with its country standing
    // for a person, before the sentence's first trigger, is its subject (not X, the first one named)
    if (objectWords.size) {
      const a = doc.analyses[ms[0].sentence];
      const verb = Math.min(Infinity, ...a.triggers.map((t) => t.tokStart));
      const titled = ms.find((m) => m.kind === 'anaphor' && !!m.country && !!m.entity?.name && !m.possessive && m.end <= verb
        && !(m.start > 0 && objectWords.has(a.tokens[m.start - 1].lower)) && !(m.start > 1 && articles.has(a.tokens[m.start - 1].lower) && objectWords.has(a.tokens[m.start - 2].lower)));
      if (titled && (!subj || titled.start < subj.start)) subj = titled;
    }
    // "The Field Marshal is in China ...": a rank standing for a person named before, opening the sentence, is its subject
    const ranked = ms.find((m) => !!m.rank && !!m.entity?.name && m.start === fronted + 1);
    if (ranked && (!subj || ranked.start < subj.start)) subj = ranked;
    if (subj?.entity && !quotedMention(subj)) lastSubject = subj.entity;
    for (const m of ms) {
      if (!m.entity?.name || m.kind === 'pronoun' || m.kind === 'group' || !m.title) continue;
      const own = titleWordsOf.get(m.entity) ?? titleWordsOf.set(m.entity, new Set()).get(m.entity)!;
      for (const w of titleWords(m.title)) { lastByTitleWord.set(w, m.entity); own.add(w); }
    }
    // "A and B arrived in Lima ... There they met C", "the ministers attended ...": a plural subject is the
    // persons of the last coordinated subject (a few sentences back at most)
    const sentence = ms[0].sentence;
    if (coordinated && sentence - coordinated.sentence <= MAX_GROUP_DISTANCE) {
      // (not a group of an office none of them holds: "A and B were present during the talks. The two Presidents had
      // previously held talks in Accra" is of the presidents, not of the two cabinet secretaries; h-en63 probe)
      for (const m of ms) if (m.kind === 'group' && !m.entity && !m.countries && !m.possessive && !otherOffice(m, coordinated.members)) m.members = coordinated.members;
    }
    const members = coordinatedSubject(doc.analyses[sentence], ms, joiners, fillers);
    if (members) coordinated = { sentence, members };
    // ("A and B co-chaired the commission on Friday. On Sunday, C spoke by phone with D. The two leaders had met ..."):
    // an encounter told since between two other named people ends the coordinated subject's reach; the group is theirs
    else if (coordinated && doc.analyses[sentence].triggers.length) {
      const others = new Set(ms.filter((m) => m.entity?.name && m.kind !== 'group' && m.kind !== 'pronoun' && !m.possessive && !coordinated!.members.includes(m.entity)).map((m) => m.entity));
      if (others.size >= 2) coordinated = null;
    }
  }
  // 5. a delegation's members: "X was accompanied by A, B and C" (persons/accompanied-by), "A, who accompanied X,"
  // (persons/accompanying): the people of the list, of no state the text gives, are of X's state
  const accompaniedBy = lex.book('persons').optionalPattern('persons/accompanied-by');
  const accompanying = lex.book('persons').optionalPattern('persons/accompanying');
  const delegate = (m: PersonMention, lead: Entity) => {
    if (m.entity && m.entity !== lead && !m.entity.country && m.kind !== 'group' && m.kind !== 'pronoun' && lead.country && !ORGANISATION(lead.country.value))
      m.entity.country = inferred(lead.country.value, 'country/accompanied', `a member of the delegation of ${lead.name ?? lead.title ?? 'the party'} the text names`);
  };
  if (accompaniedBy || accompanying) for (const a of doc.analyses) {
    if (a.sentence.noise || !a.persons.length) continue;
    const by = accompaniedBy?.exec(a.sentence.text);
    if (by) {
      const at = a.sentence.start + by.index, end = at + by[0].length;
      const lead = [...a.persons].reverse().find((m) => m.charEnd <= at && m.entity?.country && m.kind !== 'group')?.entity;
      if (lead) for (const m of a.persons) if (m.charStart >= end) delegate(m, lead);
    }
    const ing = accompanying?.exec(a.sentence.text);
    if (ing) {
      const at = a.sentence.start + ing.index, end = at + ing[0].length;
      const lead = a.persons.find((m) => m.charStart >= end && m.entity?.country && m.kind !== 'group')?.entity;
      const member = [...a.persons].reverse().find((m) => m.charEnd <= at && m.kind !== 'group' && m.kind !== 'pronoun');
      if (lead && member) delegate(member, lead);
    }
  }
  return entities;
}

/**
 * Whether a group of an office ("the two Presidents") names an office that none of `members` holds: no member's title
 * names its role nor its head word ("President" in "Vice President" counts, as the members' own words).
 */
function otherOffice(m: PersonMention, members: readonly Entity[]): boolean {
  if (!m.title || !m.role) return false;
  const head = m.title.trim().split(/\s+/).pop()!.toLowerCase().replace(/s$/, '');
  return members.every((e) => !e.roles.has(m.role!) && e.role !== m.role && !(e.title ?? '').toLowerCase().includes(head));
}

/** What may stand right before a sentence's subject: a fronted phrase's comma, a dateline's dash or colon. */
const CLAUSE_OPENERS = new Set([',', '-', '–', '—', ':']);
/** The heads of a portfolio's office (otherPortfolio): "the Kenyan trade minister", "the defence secretary". */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary']);
/** Org words that name no portfolio of their own (otherPortfolio): function words and words of any ministry's name. */
const PORTFOLIO_FILLERS = new Set(['and', 'for', 'the', 'of', 'on', 'to', 'in', 'with', 'ministry', 'national', 'state', 'republic', 'people', 'federal', 'general', 'chief', 'office', 'affairs', 'cooperation', 'international']);
/** How many sentences after a coordinated subject a plural subject may still mean its persons. */
const MAX_GROUP_DISTANCE = 4;

/**
 * The persons of a sentence's coordinated subject: two or more named persons joined by "and" / "," at
 * the start of the sentence or of its main clause (after a fronted phrase and its comma), with their
 * titles, determiners and country adjectives between ("The Deputy Prime Minister, X, and the Minister of
 * Food, Y, arrived ..."). Null when the sentence opens otherwise.
 */
function coordinatedSubject(a: SentenceAnalysis | undefined, ms: PersonMention[], joiners: Set<string>, fillers: Set<string>): Entity[] | null {
  if (!a) return null;
  const { tokens } = a;
  const skip = new Uint8Array(tokens.length + 1);
  for (const t of a.titles) for (let i = t.start; i < t.end; i++) skip[i] = 1;
  for (const c of a.countries) for (let i = c.start; i < c.end; i++) skip[i] = 1;
  const people = ms.filter((m) => m.entity?.name && m.kind !== 'pronoun' && m.kind !== 'group').sort((x, y) => x.start - y.start);
  if (people.length < 2) return null;
  // where the first person stands: the sentence's start or right after a comma (titles, determiners, countries before it)
  let k = people[0].start - 1;
  while (k >= 0 && (skip[k] === 1 || fillers.has(tokens[k].lower))) k--;
  if (k >= 0 && !CLAUSE_OPENERS.has(tokens[k].text)) return null;
  if (k >= 0 && people.some((m) => m.end <= k)) return null;
  const out: Entity[] = [people[0].entity!];
  let prev = people[0];
  for (let i = 1; i < people.length; i++) {
    const m = people[i];
    let between = '';
    for (let j = prev.end; j < m.start; j++) {
      if (skip[j] === 1 || fillers.has(tokens[j].lower)) continue;
      between += (between && tokens[j].text !== ',' ? ' ' : '') + tokens[j].lower;
    }
    // an apposition's comma after a name ("X, and the minister, Y,") folds into the joiner
    if (!joiners.has(between.trim())) break;
    if (!out.includes(m.entity!)) out.push(m.entity!);
    prev = m;
  }
  if (out.length < 2) return null;
  // the coordination is the subject: no joiner goes on after it (", and" would make it a list of objects)
  return out;
}


function containsWords(a: string[], b: string[], lineage: Set<string> = new Set(), familyArticles: ReadonlySet<string> = new Set()): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2) return false;
  if (!short.every((x) => long.includes(x))) return false;
  // "Al Maslahi" of "Khalid bin Hashil Al Maslahi": the family name that closes a name of lineage, opened by its article
  // (persons/family-name-articles), is the whole name's short form, not a father's name
  if (familyArticles.has(short[0]) && long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
  // "Abdullah II" and "Al Hussein bin Abdullah II", "Mohamed bin Zayed" and "Khaled bin Mohamed bin Zayed": the words after
  // a lineage particle are the father's name; the shorter name must hold one of the longer one's own (persons/lineage-particles)
  const cut = long.findIndex((x, i) => i > 0 && lineage.has(x));
  return cut < 0 || short.some((x) => long.indexOf(x) < cut);
}

function compatible(e: Entity, m: PersonMention): boolean {
  return !e.country || !m.country || e.country.value === m.country.value;
}

/** An unnamed title fits a person when one of the person's roles agrees, or either is unknown ("counterpart", "official"). */
function roleCompatible(e: Entity, mentionRole: string | null, mentionTitle: string | null = null, deputyWords: Set<string> = new Set()): boolean {
  // (a person of an office no role names, "Phó Chủ nhiệm Ủy ban Quốc phòng, An ninh và Đối ngoại X", is no "Chủ tịch Quốc hội
  // Việt Nam" of a role of its own, unless one title holds the other; h-zv30)
  // (but not as its deputy: "Phó Chủ tịch Quốc hội X" holds the words of "Chủ tịch Quốc hội" and is not the speaker; h-zv33)
  if (e.roles.size === 0 && mentionRole && mentionRole !== 'side' && mentionRole !== 'other' && mentionTitle && e.title) {
    const a = e.title.toLowerCase(), b = mentionTitle.toLowerCase();
    if (a.includes(b) && deputyOf(a, b, deputyWords)) return false;
    return a.includes(b) || b.includes(a);
  }
  if (!mentionRole || mentionRole === 'side' || e.roles.size === 0) return true;
  // a generic office ("Bộ trưởng", "部长": other) is a person whose title holds it ("Bộ trưởng Ngoại giao", "外交部长")
  if (mentionRole === 'other' && mentionTitle && e.title && e.title.toLowerCase().includes(mentionTitle.toLowerCase())) return true;
  return e.roles.has(mentionRole);
}

/** Whether title a holds title b right after a deputy word ("phó chủ tịch quốc hội" of "chủ tịch quốc hội", "副委员长" of "委员长"). */
function deputyOf(a: string, b: string, deputyWords: Set<string>): boolean {
  for (let at = a.indexOf(b); at >= 0; at = a.indexOf(b, at + 1)) {
    const before = a.slice(0, at).trimEnd();
    for (const w of deputyWords) if (before.endsWith(w) && (before.length === w.length || !/[\p{L}]/u.test(before[before.length - w.length - 1]) || !/\s/u.test(a[at - 1] ?? ''))) return true;
  }
  return false;
}

/** The index of the first element of a sorted array greater than x. */
/** Whether a name or title is written in capitals only (a line in capitals: no case tells where a name ends). */
function allCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

function upperBound(xs: number[], x: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] <= x) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Whether named mentions are one subject of several persons joined by "and" ("Premier X and Chairman Y", "X, Y and Z"):
 * between each two only capitalised words (a title) and "and" or a comma, and an "and" before the last. The first
 * mention opens its clause: no comma before it after a verb ("At the request of X, Y called him" is no such subject).
 */
function coordinatedSubjects(tokens: { text: string; lower: string; cap: boolean; word: boolean }[], named: { start: number; end: number }[]): boolean {
  let and = false;
  for (let i = 1; i < named.length; i++) {
    const from = named[i - 1].end, to = named[i].start;
    if (to - from > 8) return false;
    let joined = false;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (t.lower === 'and') { joined = true; continue; }
      if (t.text === ',' && i < named.length - 1) { joined = true; continue; }
      if (!(t.word && t.cap)) return false;
    }
    if (!joined) return false;
    if (i === named.length - 1) and = tokens.slice(from, to).some((t) => t.lower === 'and');
  }
  return and;
}

/** The index of the last token before `end` that `ok` holds of, or -1. */
function lastIndexBefore(tokens: readonly Token[], end: number, ok: (t: Token) => boolean): number {
  for (let i = end - 1; i >= 0; i--) if (ok(tokens[i])) return i;
  return -1;
}

/** The words of a title, lower case ("the provincial governor" → the, provincial, governor). */
function titleWords(title: string): string[] {
  return title.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
}

/** The last word of a title, lower case ("the provincial governor" → "governor"). */
function titleHead(title: string): string | null {
  return titleWords(title).pop() ?? null;
}

