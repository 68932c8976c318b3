/**
 * The country of a party the text and the registry leave without one, in a story about two
 * countries: "The Vice-Chancellor and Minister of Economic Affairs, Robert Habeck, ... met Brazil's
 * Minister of External Relations, Mauro Vieira" in a text about Brazil and Germany. When the text's
 * country mentions are led by two countries, well ahead of any third, and an encounter's other
 * parties are all of one of them, a named party without a country is of the other (inferred, with
 * the counts as evidence). Nothing is inferred in a story about one country or about many.
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import { inferred } from '../decision.js';
import { sittersIn, sitterSentence } from './event-assembler.js';

/** How many times the second country must be named, and how far ahead of the third it must stand. */
const MIN_MENTIONS = 2;
const LEAD = 2;

export function refineSideCountries(events: DraftEvent[], doc: Doc, isOrganisation: (code: string) => boolean, home: string | null = null, homeWhy?: string,
  pairIn: (title: string) => [string, string] | null = () => null, localWords: ReadonlySet<string> = new Set(), pressWhy?: string,
  titleJoiners: ReadonlySet<string> = new Set(['and']), homeForm: HomeNameForm | null = null): void {
  // the official site the page is on (a state's or an organisation's: homeWhy says so) names its own office holders without
  // their country, and may leave them unnamed ("The Secretary-General met today with H.E. Mr. X, President of Y" on un.org)
  if (home && homeWhy) giveHomeState(events, home, 'country/home', homeWhy, true);
  if (!events.some((e) => e.participants.some((p) => !p.country && (p.name || p.title)))) return;
  coordinatedTitles(events, doc, titleJoiners, homeForm);
  localOffices(events, isOrganisation, localWords);
  pairBodies(events, pairIn);
  pairSides(events, doc, isOrganisation);
  // the press of a language names its own state's officials without their country (Vietnamese: "Bộ trưởng Công Thương X
  // đã có cuộc gặp với Bộ trưởng … Ca-na-đa Y")
  if (home) giveHomeState(events, home, 'country/home', homeWhy ?? pressWhy ?? `the press of the text's language names its own state's officials without their country`);
  // a ministry's release or a wire story from the capital ("New Delhi, 4 March 2025 — Minister of State for External
  // Affairs X received the Minister ... of Botswana, Y") names the host's officials without their country
  const place = doc.dateline?.place;
  if (place?.country && !isOrganisation(place.country)) giveHomeState(events, place.country, 'country/dateline', `the text is datelined in ${place.country}`, true);
  // with no dateline: the state the encounter was held in, as the text states it, when no gathering brought the parties
  // there ("Foreign Secretary X held talks with Nepalese Foreign Secretary Y in Dhaka"): the host names its own
  // officials without their country
  // (not when another party of the text is of that state, "met the foreign ministers of Estonia and Latvia in Riga": the
  // subject is the visitor; nor in a story about many states the host's is not one of the two it names most)
  let ranked: [string, number][] | null = null;
  for (const e of events) {
    const at = e.location?.value;
    if (!at?.country || isOrganisation(at.country)) continue;
    if (e.sentences.some((i) => doc.analyses[i]?.occasions.length)) continue;
    const open = e.participants.filter((p) => !p.country && p.name);
    if (!open.length) continue;
    // (but one named party with no country beside parties all of other states is the host's: "EAM also met Leader of
    // the Opposition X" after "called on President Y in Colombo", the place the visit's day goes on in)
    const known = e.participants.flatMap((p) => (p.country ? [p.country.value] : []));
    // (not one of the encounters one verb tells with several, "met the foreign ministers of Estonia and Latvia in Riga":
    // the other one has the host's party)
    const hostOnly = open.length === 1 && known.length > 0 && known.every((c) => c !== at.country && !isOrganisation(c))
      && !events.some((x) => x !== e && x.triggers.some((t) => e.triggers.includes(t)) && x.participants.some((p) => p.country?.value === at.country));
    if (!hostOnly && (at.inferred || e.location!.basis !== 'stated')) continue;
    if (!hostOnly && events.some((x) => x.participants.some((p) => p.country?.value === at.country))) continue;
    ranked ??= mentionRanks(doc, isOrganisation);
    const named = ranked.find(([c]) => c === at.country)?.[1] ?? 0;
    if (ranked.length >= 3 && named <= ranked[2][1]) continue;
    giveHomeState([e], at.country, 'country/venue-host', `the encounter was held in ${at.country}`);
  }
  // on a visit abroad told by the visitor's press: a named host with no country ("gặp Chủ tịch Thượng viện X" during the
  // state visit to Chile), beside parties all of the home state, in an encounter held in another state (stated or
  // inferred from the visit) and not at a gathering, is of that state
  if (home) {
    for (const e of events) {
      const at = e.location?.value;
      if (!at?.country || at.country === home || isOrganisation(at.country)) continue;
      if (e.sentences.some((i) => doc.analyses[i]?.occasions.length)) continue;
      const known = e.participants.map((p) => p.country?.value).filter((c): c is string => !!c);
      if (!known.length || known.some((c) => c !== home)) continue;
      const open = e.participants.filter((p) => !p.country && p.name);
      if (open.length !== 1) continue;
      open[0].country = inferred(at.country, 'country/visit-host', `the encounter was held in ${at.country}, and the other parties are of the home state ${home}`);
    }
    homeAttendees(events, home, 'country/home', isOrganisation, true);
    homeSittersAbroad(events, home);
  }
  // the same in a wire story datelined in one of the two states ("Hanoi (VNA) – ... Foreign Minister A and Minister of
  // Industry and Trade B attended the talks"): the capital's press names its own officials without their country
  if (place?.country && place.country !== home && !isOrganisation(place.country)) homeAttendees(events, place.country, 'country/dateline', isOrganisation, false);
}

/**
 * At home (or at no place stated), an encounter of the home state and one other, with who else sat in ("Tham dự hội đàm có
 * Thứ trưởng A, Thứ trưởng B và Đại sứ Trung Quốc C"): the press names the guests' officials with their state and its own
 * without one, so the named parties left without a country are of the home state.
 */
function homeAttendees(events: DraftEvent[], home: string, rule: string, isOrganisation: (code: string) => boolean, hostFirst: boolean): void {
  for (const e of events) {
    if ((e.location?.value?.country ?? home) !== home || e.participants.length < 3) continue;
    const known = new Set(e.participants.map((p) => p.country?.value).filter((c): c is string => !!c));
    // (or of one other state only, the host, named first, with no country either: "Chủ tịch UBND tỉnh X tiếp đoàn … Trung
    // Quốc do Y dẫn đầu. Cùng dự có đồng chí Z, Phó Chủ tịch UBND tỉnh, và Tổng Lãnh sự Trung Quốc W")
    const hostOpen = hostFirst && known.size === 1 && !known.has(home) && !e.participants[0].country && !!e.participants[0].name;
    if (!(known.size === 2 && known.has(home)) && !hostOpen) continue;
    if ([...known].some(isOrganisation)) continue;
    for (const p of e.participants) if (!p.country && p.name) p.country = inferred(home, rule, `the encounter was held in ${home}, the text's home state, between ${[...known].join(' and ')}, and its press names its own officials without their country`);
  }
}

/**
 * Abroad, who sat in on the home side (“Tham dự cuộc hội kiến có Bộ trưởng Bộ Xây dựng A và Đại sứ Việt Nam tại Trung Quốc B”
 * at talks in Beijing): the press names its own officials without their country, so a sitter left without one, beside
 * sitters all of the home state, is of the home state (not when a sitter of another state is named with them; h-zv30).
 */
function homeSittersAbroad(events: DraftEvent[], home: string): void {
  for (const e of events) {
    const all = sittersIn.get(e);
    if (!all?.size) continue;
    // (those named together, in one sentence, are one side's: the guests' company and then the host's, "Cùng đi với đoàn có
    // X. Tiếp đoàn, cùng với Tỉnh trưởng còn có Y, Phó Tỉnh trưởng tỉnh Vân Nam", leave X of the home state; h-zv44 probe)
    const told = new Map<number, Entity[]>();
    for (const p of all) {
      const k = sitterSentence.get(e)?.get(p) ?? -1;
      (told.get(k) ?? told.set(k, []).get(k)!).push(p);
    }
    for (const sitters of told.values()) {
      const known = sitters.map((p) => p.country?.value).filter((c): c is string => !!c);
      // (none of them with a state of its own either, at an encounter of the home state abroad: "Deputy Foreign Minister A
      // and Ambassador B attended both events" in a story the home state's agency signs from Beijing; h-zv42 probe)
      const abroad = !known.length && !!e.location?.value?.country && e.location.value.country !== home && e.participants.some((p) => p.country?.value === home);
      if ((!known.length && !abroad) || known.some((c) => c !== home)) continue;
      for (const p of sitters) if (!p.country && p.name && e.participants.includes(p)) {
        p.country = inferred(home, 'country/home-sitters', `named among who sat in with officials of ${home}, the text's home state, whose press names its own officials without their country`);
      }
    }
    // (and the principal they sat in with, the encounter's subject named first without a country, at talks in the other
    // state of the two: "tại Bắc Kinh, Phó Thủ tướng A đã hội kiến Phó Chủ tịch nước Trung Quốc B. Tham dự … có …")
    const first = e.participants[0];
    const at = e.location?.value?.country;
    const states = new Set(e.participants.map((p) => p.country?.value).filter((c): c is string => !!c));
    if (first && !first.country && first.name && at && at !== home && states.size === 2 && states.has(home) && states.has(at)) {
      first.country = inferred(home, 'country/home-sitters', `named first without a country, with who sat in of ${home}, the text's home state, at an encounter in ${at}`);
    }
  }
}

/** The states the text names (by name or adjective) and how often, most named first. */
function mentionRanks(doc: Doc, isOrganisation: (code: string) => boolean): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of doc.analyses) {
    if (a.sentence.noise) continue;
    for (const c of a.countries) if ((c.form === 'name' || c.form === 'adjective') && !isOrganisation(c.code)) counts.set(c.code, (counts.get(c.code) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1]);
}

/** A name written in the press's own way (persons/home-name-form: Vietnamese letters) and the states such a name is of. */
export interface HomeNameForm { pattern: RegExp; states: ReadonlySet<string> }

/**
 * "Japanese Foreign Minister X and Defence Minister Y", "their Philippine counterparts X and Y", "美国财政部长X和贸易代表Y": the country of the first
 * title is the second person's too, when the registry and the text give that person none (inferred, with the words).
 */
function coordinatedTitles(events: DraftEvent[], doc: Doc, joiners: ReadonlySet<string>, homeForm: HomeNameForm | null): void {
  for (const e of events) for (const p of e.participants) {
    if (p.country || !p.name) continue;
    for (const m of p.mentions) {
      if (m.kind !== 'named') continue;
      const a = doc.analyses[m.sentence];
      // (a person's mention may open on its title)
      const title = a?.titles.find((x) => (x.end === m.start || x.start === m.start) && !x.country);
      // "... Foreign Minister X and Defence Minister Y", or "their Philippine counterparts X and Y" (a plural title, no title of Y's own)
      const opens = title ? title.start : m.start;
      // (the language's joiners, persons/coordinated-title-joiners: "and", 和/、, và)
      if (!a || !joiners.has(a.tokens[opens - 1]?.lower ?? '')) continue;
      const q = a.persons.find((x) => x.kind === 'named' && x.end === opens - 1 && x.entity && x.entity !== p && e.participants.includes(x.entity));
      const qTitle = q ? a.titles.find((x) => (x.end === q.start || x.start === q.start) && x.country) : undefined;
      if (!q || !qTitle || q.entity!.country?.value !== qTitle.country || (!title && !PLURAL_TITLE.test(qTitle.text))) continue;
      // (not a name of the press's own form after a title of a state no such name is of: "Đại sứ Lào X và Thứ trưởng
      // Công an Nguyễn Văn Long", the host's deputy minister)
      if (homeForm && homeForm.pattern.test(p.name) && !homeForm.states.has(qTitle.country!)) continue;
      p.country = inferred(qTitle.country!, 'country/coordinated-title', `the country of the title it is joined to ("${qTitle.text} ${q.entity!.name} and ${title?.text ?? ''}")`,
        { start: a.tokens[qTitle.start].start, end: a.tokens[(title?.end ?? m.end) - 1].end });
      break;
    }
  }
}

/** A title in the plural ("counterparts", "Foreign Ministers"), which may stand before several joined names. */
const PLURAL_TITLE = /\p{Ll}s$/u;

/**
 * A named party with no country, beside parties all of other states, in a text whose home state is `home` (by its
 * language's press or its dateline): the party is of that state, inferred with `why`. `unnamed`: an office with no name
 * counts too (the page is the state's or the organisation's own site).
 */
function giveHomeState(events: DraftEvent[], home: string, rule: string, why: string, unnamed = false): void {
  // a party who also meets parties all of that state in another encounter ("LIMA - X met separately with Y of Peru and Z of
  // Chile") is no one of it: the state would leave that encounter with one side
  // (a dateline's state only: the press of a language names its own officials beside their own delegation; and not a visit,
  // which the visitor's own company travels on)
  const facesHome = new Set(rule !== 'country/dateline' ? [] : events.filter((e) => {
    if (e.kind.value === 'visit') return false;
    const known = e.participants.map((p) => p.country?.value).filter((c): c is string => !!c);
    return known.length > 0 && known.every((c) => c === home);
  }).flatMap((e) => e.participants.filter((p) => !p.country)));
  for (const e of events) {
    const known = e.participants.map((p) => p.country?.value).filter((c): c is string => !!c);
    if (!known.length || known.includes(home)) continue;
    const open = e.participants.filter((p) => !p.country && (p.name || (unnamed && p.title)) && !facesHome.has(p));
    // (several: the home side's attendees beside its principal, "The round was attended by the Director-General X")
    for (const p of open) p.country = inferred(home, rule, `${why}, and the other parties are of ${[...new Set(known)].join(', ')}`);
  }
}

/**
 * "Chairman of the provincial People's Committee X had a working session with Hungarian Ambassador Y" in Ha Long: an
 * office of a province or a city (`words`, persons/local-office-words) with no country of its own holds a person of the
 * state the encounter is held in, when none of the encounter's other parties is of that state (a provincial leader who
 * travels abroad meets the host's people).
 */
function localOffices(events: DraftEvent[], isOrganisation: (code: string) => boolean, words: ReadonlySet<string>): void {
  if (!words.size) return;
  const localWord = (t: string | null) => !!t && t.toLowerCase().split(/\s+/).some((w) => words.has(w));
  // the heads of the text's local offices ("chairman" of "Chairman of the municipal People's Committee"): the same head
  // alone, or its deputy's, later in the text ("Also this afternoon, Vice Chairman Y received ...") is that body's too
  const heads = new Set(events.flatMap((e) => e.participants.flatMap((p) => (localWord(p.title) ? [bareHead(p.title!)] : []))).filter((h) => h && !words.has(h)));
  const local = (t: string | null) => localWord(t) || (!!t && !/\bof\b/i.test(t) && heads.has(bareHead(t)));
  // (no place for the encounter: the state of the text's other local offices, when they are all of one, "Secretary of
  // the Hue Provincial Party Committee X received ... On the same day, Chairman of the provincial People's Committee Y")
  let others: Set<string> | null = null;
  const othersOnce = () => others ??= new Set(events.flatMap((e) => e.participants.filter((p) => p.country && local(p.title)).map((p) => p.country!.value)));
  for (const e of events) {
    if (!e.participants.some((p) => !p.country && p.name && local(p.title))) continue;
    const stated = e.location?.value?.country;
    const at = stated ?? (othersOnce().size === 1 ? [...othersOnce()][0] : null);
    if (!at || isOrganisation(at)) continue;
    if (e.participants.some((p) => p.country?.value === at)) continue;
    for (const p of e.participants) {
      if (p.country || !p.name || !local(p.title)) continue;
      p.country = inferred(at, 'country/local-office', stated ? `a provincial or city office ("${p.title}") of no country, in an encounter held in ${at}`
        : `a provincial or city office ("${p.title}") of no country, in a text whose other local offices are of ${at}`);
    }
  }
}

/** The head of a title without its complement and its deputy's words ("Vice Chairman" and "Chairman of the People's Committee": "chair"). */
function bareHead(title: string): string {
  // (a chairwoman's deputy of a chairman's body: "Vice Chairwoman" beside "Chairman of the provincial People's Committee")
  return title.toLowerCase().split(/\s+of\s+/)[0].replace(/^(?:(?:permanent|standing|first|executive)\s+)?(?:vice|deputy)[\s-]+/, '').replace(/\bchair(?:wo)?man\b|\bchairperson\b/, 'chair').trim();
}

/**
 * "President X received Chairman of the Germany-Vietnam Parliamentary Friendship Group Y": a title whose body is named
 * for two states (a friendship group, a joint council) holds a person of one of them; when the encounter's other
 * parties are all of one of the two, the person is of the other (the text names both; which one is inferred).
 */
function pairBodies(events: DraftEvent[], pairIn: (title: string) => [string, string] | null): void {
  for (const e of events) {
    const known = new Set(e.participants.map((p) => p.country?.value).filter((c): c is string => !!c));
    if (known.size !== 1) continue;
    const [side] = known;
    for (const p of e.participants) {
      if (p.country || !p.name || !p.title) continue;
      const pair = pairIn(p.title);
      if (!pair || !pair.includes(side) || pair[0] === pair[1]) continue;
      const other = pair[0] === side ? pair[1] : pair[0];
      p.country = inferred(other, 'country/pair-body', `the title '${p.title}' names a body of ${pair.join(' and ')}, and the encounter's other parties are of ${side}`);
    }
  }
}

function pairSides(events: DraftEvent[], doc: Doc, isOrganisation: (code: string) => boolean): void {
  const ranked = mentionRanks(doc, isOrganisation);
  if (ranked.length < 2 || ranked[1][1] < MIN_MENTIONS || (ranked[2] && ranked[2][1] * LEAD > ranked[1][1])) return;
  const pair = [ranked[0][0], ranked[1][0]];
  const found: { p: DraftEvent['participants'][number]; side: string; other: string }[] = [];
  for (const e of events) {
    const known = new Set(e.participants.map((p) => p.country?.value).filter((c): c is string => !!c));
    // "X met with U.S. Trade Representative A and Commerce Secretary B": one side's subject, and after it the other
    // side's people, of whom the ones the text leaves without a country are of that other side too
    if (known.size === 2 && e.participants.length >= 3) {
      const [first, ...rest] = e.participants;
      const others = new Set(rest.map((p) => p.country?.value).filter((c): c is string => !!c));
      const side = first.country?.value, other = [...others][0];
      if (side && others.size === 1 && other !== side && pair.includes(side) && pair.includes(other)) {
        // (only one listed after one of the other side: "Habeck and Özdemir met Alckmin" lists the subject's own first)
        let after = false;
        for (const p of rest) {
          if (p.country?.value === other) after = true;
          // (not one who sat in, named in a sentence of their own after the parties: of either side)
          if (p.country || !p.name || !after || sittersIn.get(e)?.has(p)) continue;
          p.country = inferred(other, 'country/other-side', `the text is about ${pair.join(' and ')} (named ${ranked[0][1]} and ${ranked[1][1]} times), the first party is of ${side} and the others of ${other}`);
        }
      }
      continue;
    }
    if (known.size !== 1) continue;
    const [side] = known;
    if (!pair.includes(side)) continue;
    const other = pair[0] === side ? pair[1] : pair[0];
    for (const p of e.participants) if (!p.country && p.name) found.push({ p, side, other });
  }
  // (a person who meets one state of the pair in one encounter and the other in another is of neither: a third
  // state's leader meeting both, "X met the presidents of Ghana and Peru")
  const others = new Map<string, Set<string>>();
  for (const f of found) (others.get(f.p.name!) ?? others.set(f.p.name!, new Set()).get(f.p.name!)!).add(f.other);
  // (nor one who sat at another encounter beside a party of a third state, outside the pair: the host's minister of state
  // at both of its visitors' meetings, "A separately received X of Kyrgyzstan and Y of Paraguay ... attended by B", and
  // then at talks with X alone, is not of the visitor who is not at those talks; h-en59 probe)
  const third = new Set<string>();
  for (const e of events) {
    if (!e.participants.some((p) => p.country && !pair.includes(p.country.value) && !isOrganisation(p.country.value))) continue;
    for (const p of e.participants) if (!p.country && p.name) third.add(p.name);
  }
  for (const { p, side, other } of found) {
    if (others.get(p.name!)!.size > 1 || third.has(p.name!)) continue;
    p.country = inferred(other, 'country/other-side', `the text is about ${pair.join(' and ')} (named ${ranked[0][1]} and ${ranked[1][1]} times) and the other parties are of ${side}`);
  }
}
