/**
 * The working document that flows through the pipeline: the normalised text, its sentences and
 * everything the recognisers and refiners have found so far. Stages add to it; `output/` turns it
 * into a readout/1 object at the end.
 */
import type { TextView } from './text/text-view.js';
import type { Token } from './text/tokenizer.js';
import type { Place } from './knowledge/gazetteer.js';
import type { TriggerTraits, TriggerVoice } from './knowledge/lexicon.js';
import type { DocumentWarning, EventKind, ExtractOptions, Statement, DateWindow, Location } from './types.js';
import type { Decision } from './decision.js';

/** A line of the text (the segment stage), offsets into the normalised text. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Rule id when the line is page furniture, else null. */
  noise: string | null;
  /** Paragraph number: lines separated by a blank line start a new paragraph. */
  paragraph: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  line: number;
  paragraph: number;
  /** Rule id when the sentence is page furniture (caption, teaser, menu...), else null. */
  noise: string | null;
  /** `headline` for the document's title line, else `body`. */
  role: 'headline' | 'body';
  /** true for a piece of a sentence longer than `MAX_SENTENCE`, cut at a space (extract warns `text/long-sentence`) */
  cut?: boolean;
}

/** A date as far as the text gives it; missing parts are unknown. */
export interface DateValue {
  year?: number;
  month?: number;
  day?: number;
  /** weekday 0-6 (Sunday 0) for "on Thursday" */
  weekday?: number;
  /** "last Thursday": the weekday strictly before the reference day (a week back when the reference is that weekday);
   * "last July": the month strictly before the reference month (a year back when the reference is in July) */
  before?: boolean;
  /** "上周五", "thứ Sáu tuần trước" (-1), "本周二" (0): the weekday of the calendar week (Monday first) this many weeks from the reference day's */
  week?: number;
  /** days relative to the reference date ("today" 0, "yesterday" -1) */
  relative?: number;
  /** a day of the reference date's month (0) or of the month before (-1): "16日", "本月16日" */
  relativeMonth?: number;
  /** years relative to the reference date ("this year" 0, "last year" -1) */
  relativeYear?: number;
  /** "on the same day" */
  sameDay?: boolean;
  /** with sameDay: days from the encounter reported before ("次日", "ngày hôm sau", "the next day" 1; "此前一天", "the day before" -1) */
  dayOffset?: number;
  /** a span of days ("August 14-15", "from March 29-31"): the first day is kept, but it dates no single encounter */
  range?: boolean;
  /** a day of the visit's span the text gives ("on the last day of the visit" -1, "on the second day of his trip" 2) */
  spanDay?: number;
  /** a vague time that names none ("mới đây", "thời gian qua", date/vi/vague): it dates no encounter */
  none?: boolean;
  /** a festival whose day moves ("before the Spring Festival": 'lunar-new-year'), placed by the festivals calendar; `year` when the text gives it */
  festival?: string;
}

export interface CountryMention { start: number; end: number; code: string; form: 'name' | 'adjective' | 'org' | 'side'; possessive: boolean }
export interface TitleMention {
  start: number; end: number; text: string; country: string | null; role: string | null; countryTokens: [number, number] | null;
  /** every country the title's complement names in order ("Ministers of Foreign Affairs of Peru and Chile": PER, CHL) */
  countries?: string[];
  /** every role a title of joined phrases names ("国务委员兼外长": state councillor, foreign minister) */
  roles?: string[];
}
export interface NameMention { start: number; end: number; text: string; source: 'titled' | 'registry' | 'pattern' | 'short'; possessive: boolean; personId?: string | null }
export interface PlaceMention {
  start: number; end: number; text: string; place: Place; prep: string | null; charStart: number; charEnd: number;
  /** the token index of the preposition that opens the place phrase */
  prepAt?: number;
}
export interface DateMention {
  charStart: number; charEnd: number; text: string; value: DateValue; rule: string;
  /** the order a date written in words gives day and month ('dm': "18 June", 'md': "June 18"; the rule's `written_order`) */
  order?: 'dm' | 'md';
}

export interface TriggerMention extends TriggerTraits {
  charStart: number; charEnd: number; tokStart: number; tokEnd: number;
  kind: EventKind; rule: string;
  /** how the words stand to the parties: a verb with its subject before ("met"), passive ("was received by"), a noun
   * ("the talks"), or joint, both parties before the words and joined ("X và Y hội đàm", "X同Y举行会谈": read as active) */
  voice: TriggerVoice;
  planned: boolean; recalled: boolean;
  /** the mode cue that made a plain talks or meeting trigger a video conference or a phone call */
  modeRule?: string;
  /** a count of encounters ("have met four times"), not one encounter */
  habitual?: boolean;
  /** its sentence is about an earlier encounter of the same people ("their previous talks") */
  earlier?: boolean;
}
export interface OccasionMention { charStart: number; charEnd: number; tokStart: number; tokEnd: number; text: string; rule: string }

/** A person (or a body) as one mention in one sentence. */
export interface PersonMention {
  sentence: number;
  start: number;
  end: number;
  charStart: number;
  charEnd: number;
  /** the name as written, null for an unnamed title ("the Lao foreign minister") */
  name: string | null;
  title: string | null;
  /** the country the mention itself states (title adjective, complement, apposition, "China's") */
  country: Decision<string> | null;
  role: string | null;
  /** every role of a title of joined phrases ("Thái tử, Thủ tướng": other, head of government) */
  roles?: string[];
  kind: 'named' | 'short' | 'anaphor' | 'pronoun' | 'group';
  possessive: boolean;
  /** a group's countries, in order ("the top diplomats of South Korea and Japan") */
  countries?: string[];
  entity?: Entity;
  /** a group's people, when coreference found them: the persons of the last coordinated subject ("A and B arrived ... They met C") */
  members?: Entity[];
  personId?: string | null;
  /** "the guest", "the visitor", "the visiting leader": the visitor the story is about (persons/visitor-words) */
  visitor?: boolean;
  /** "a Sri Lankan head of state", "an Indonesian minister": a title after an indefinite article, someone not named before */
  indefinite?: boolean;
  /** "the Field Marshal", "the Admiral": a rank with no name after it (persons/military-ranks), lowercased: the person named before with it */
  rank?: string;
  /** "His Majesty", "Her Highness" with no name after it (persons/royal-styles): the style's noun, lowercased ("majesty");
   *  the person named before with that style */
  style?: string;
}

/** One real person (or body) of the document, with every mention. */
export interface Entity {
  key: number;
  name: string | null;
  aliases: Set<string>;
  title: string | null;
  /** the country the person represents: stated by a mention, or inferred from the registry */
  country: Decision<string> | null;
  role: string | null;
  /** every role the person's titles name ("Deputy Prime Minister and Foreign Minister": two) */
  roles: Set<string>;
  personId: string | null;
  mentions: PersonMention[];
  firstSentence: number;
}

export interface SentenceAnalysis {
  sentence: Sentence;
  tokens: Token[];
  countries: CountryMention[];
  titles: TitleMention[];
  names: NameMention[];
  places: PlaceMention[];
  dates: DateMention[];
  triggers: TriggerMention[];
  occasions: OccasionMention[];
  persons: PersonMention[];
}

/** The gathering an encounter happened at or beside, and its calendar entry when linked. */
export interface Occasion { text: string; id: string | null }

export interface DraftEvent {
  /** the kind, with the trigger that named it (its span) */
  kind: Decision<EventKind>;
  participants: Entity[];
  /** sentences that report it, in order */
  sentences: number[];
  triggers: TriggerMention[];
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD` */
  date: Decision<string> | null;
  location: Decision<Location> | null;
  occasion: Decision<Occasion> | null;
  /** the days the encounter may have fallen on, when the text gives no day (from the calendar) */
  dateWindow: Decision<DateWindow> | null;
  initiator: Decision<Entity> | null;
  /** "on the same day": the event whose day this one's date repeats */
  sameDayAs?: DraftEvent;
  referenced: boolean;
  fromHeadline: boolean;
  /** sentences about this event (for topics and statements), from its first report to the next event's */
  context: number[];
  topics: string[];
  statements: Statement[];
}

export interface Doc {
  id: string;
  options: Readonly<ExtractOptions>;
  view: TextView;
  text: string;
  title: string | null;
  /** the publication date: given by the caller or the page's metadata, or read off the text */
  published: Decision<string> | null;
  /** a dateline's place and month-day ("BEIJING, June 26 (Xinhua)") */
  dateline: { place: Place | null; placeText: string | null; date: DateValue | null; sentence: number; end: number } | null;
  language: string | null;
  /** the byline an HTML page gave */
  byline: string | null;
  /** the page's address: the caller's, else a line at the head or foot of the text that is only an address (segment stage) */
  address: string | null;
  lines: Line[];
  sentences: Sentence[];
  analyses: SentenceAnalysis[];
  entities: Entity[];
  events: DraftEvent[];
  warnings: DocumentWarning[];
}

/** The sentence that holds the character at `at` (by binary search: sentences are in text order), if any. */
export function sentenceAt(doc: Doc, at: number): Doc['sentences'][number] | undefined {
  const ss = doc.sentences;
  let lo = 0, hi = ss.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ss[mid].end <= at) lo = mid + 1; else hi = mid;
  }
  const s = ss[lo];
  return s && s.start <= at && at < s.end ? s : undefined;
}

/** The sentence of text before sentence `i`, page furniture skipped: its index, or -1 when there is none. */
export function sentenceBefore(doc: Doc, i: number): number {
  let p = i - 1;
  while (p >= 0 && doc.sentences[p].noise) p--;
  return p;
}

/** The sentence of text after sentence `i`, page furniture skipped: its index, or -1 when there is none. */
export function sentenceAfter(doc: Doc, i: number): number {
  let k = i + 1;
  while (k < doc.sentences.length && doc.sentences[k].noise) k++;
  return k < doc.sentences.length ? k : -1;
}

/** The months an event's own sentences name ("from December 2 to 4": 12): a caption of another month shows another occasion. */
export function monthsNamed(e: DraftEvent, doc: Doc): Set<number> {
  return new Set(e.sentences.flatMap((i) => doc.analyses[i]?.dates.flatMap((m) => (m.value.month != null ? [m.value.month] : [])) ?? []));
}

/** The triggers of an event that stand in sentence `s` (a trigger may be a copy anchored on a gapped object). */
export function triggersIn(e: DraftEvent, doc: Doc, s: number): TriggerMention[] {
  const { start, end } = doc.sentences[s];
  return e.triggers.filter((t) => t.charStart >= start && t.charStart < end);
}

/** The noun a mention in the possessive names ("Motegi's predecessor", "Motegi 's predecessor": predecessor), or undefined. */
export function possessedNoun(tokens: readonly Token[], m: { end: number }): Token | undefined {
  const last = tokens[m.end - 1], next = tokens[m.end];
  return last && /['’]s$/u.test(last.text) ? next : next && /^['’]s$/u.test(next.text) ? tokens[m.end + 1] : undefined;
}
