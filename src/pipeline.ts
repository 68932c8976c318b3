/**
 * The extraction pipeline, in order. Each stage is `(options) => (doc, knowledge) => void`, reads
 * what earlier stages left on the document and adds its own part. Order matters where noted.
 */
import type { Doc } from './doc.js';
import type { Knowledge } from './knowledge/index.js';
import { splitLines, splitSentences } from './text/segmenter.js';
import { classifyLines, classifySentences } from './text/noise-classifier.js';
import { detectHeadline } from './text/headline-detector.js';
import { tokenizeRange } from './text/tokenizer.js';
import { recognizeDateline } from './recognizers/dateline-recognizer.js';
import { recognizeCountries } from './recognizers/country-recognizer.js';
import { recognizeTitles } from './recognizers/title-recognizer.js';
import { recognizeNames, shortFormsOf, addShortNames } from './recognizers/name-recognizer.js';
import { recognizePlaces } from './recognizers/place-recognizer.js';
import { recognizeDates } from './recognizers/date-recognizer.js';
import { recognizeTriggers } from './recognizers/trigger-recognizer.js';
import { recognizeOccasions } from './recognizers/occasion-recognizer.js';
import { refinePersons } from './refiners/person-refiner.js';
import { resolveEntities } from './refiners/coreference-refiner.js';
import { assembleEvents } from './refiners/event-assembler.js';
import { mergeEvents } from './refiners/event-merger.js';
import { statedDate, refineDates } from './refiners/date-refiner.js';
import { refineLocations } from './refiners/location-refiner.js';
import { refineOccasions, attachContinuations } from './refiners/occasion-refiner.js';
import { refineInitiators } from './refiners/initiator-refiner.js';
import { refineReferenced, refineBackground } from './refiners/referenced-refiner.js';
import { contextSentences, refineTopics } from './refiners/topic-refiner.js';
import { refineStatements } from './refiners/statement-refiner.js';

export type Stage = (doc: Doc, kb: Knowledge) => void;

/** Captions are read for names (they often give the full name the body leaves out), never for events. */
const namesOnly = (noise: string | null) => noise === 'noise/caption';

/** Lines, page furniture, sentences and the headline. */
const segment: Stage = (doc) => {
  doc.lines = classifyLines(splitLines(doc.text));
  const headline = detectHeadline(doc.lines);
  doc.sentences = classifySentences(splitSentences(doc.text, doc.lines));
  if (headline) {
    doc.title ??= headline.text;
    for (const s of doc.sentences) if (s.line === headline.index) s.role = 'headline';
  }
};

/** The publication date and dateline the text shows (metadata given by the caller wins). */
const dateline: Stage = (doc, kb) => {
  const d = recognizeDateline(doc.lines);
  if (!doc.published && d.published) { doc.published = d.published; doc.publishedRule = d.publishedRule; }
  // a line that is only a date and a byline ("August 22, 2021 | by Chris Future") is furniture
  if (d.publishedRule === 'published/date-line' && d.publishedLine != null) {
    doc.lines[d.publishedLine].noise ??= 'noise/byline';
    for (const s of doc.sentences) if (s.line === d.publishedLine) s.noise ??= 'noise/byline';
  }
  if (d.place || d.date) {
    const place = d.place ? kb.gazetteer.resolve(d.place, {}) : null;
    const sentence = doc.sentences.find((s) => s.line === d.line)?.index ?? 0;
    doc.dateline = { place, placeText: d.place, date: d.date, sentence };
  }
};

/** Every recogniser on every sentence that is not page furniture. Countries before titles before names. */
const recognize: Stage = (doc, kb) => {
  const textCountries = new Set<string>();
  doc.analyses = doc.sentences.map((sentence) => {
    const empty = { sentence, tokens: [], countries: [], titles: [], names: [], places: [], dates: [], triggers: [], occasions: [], persons: [] };
    if (sentence.noise && !namesOnly(sentence.noise)) return empty;
    const tokens = tokenizeRange(doc.text, sentence.start, sentence.end);
    const countries = recognizeCountries(tokens, kb.countries);
    const titles = recognizeTitles(tokens, countries, kb.lexicon, kb.gazetteer, (i) => (kb.registryTrie.longest(tokens, i)?.[0] ?? 0) >= 2);
    const names = recognizeNames(tokens, titles, countries, { lex: kb.lexicon, registryTrie: kb.registryTrie, isPlace: (t) => kb.gazetteer.has(t), isCountryWord: (w) => kb.countries.isCountryWord(w) });
    if (sentence.noise) return { ...empty, tokens, countries, titles, names };
    for (const c of countries) textCountries.add(c.code);
    return {
      sentence, tokens, countries, titles, names,
      places: [] as ReturnType<typeof recognizePlaces>,
      dates: recognizeDates(sentence.text, sentence.start),
      triggers: recognizeTriggers(sentence.text, sentence.start, tokens, kb.lexicon),
      occasions: recognizeOccasions(sentence.text, sentence.start, tokens),
      persons: [],
    };
  });
  // places last: the countries of the whole text disambiguate them ("Nanning" -> CHN)
  for (const a of doc.analyses) if (!a.sentence.noise) a.places = recognizePlaces(a.tokens, a.countries, kb.gazetteer, kb.countries, kb.lexicon, textCountries);
};

/** Short forms of the names found ("Son", "Minh", "Wang"), then person mentions. */
const persons: Stage = (doc, kb) => {
  const shortForms = shortFormsOf(doc.analyses, kb.people);
  for (const a of doc.analyses) {
    if (a.sentence.noise && !namesOnly(a.sentence.noise)) continue;
    a.names = addShortNames(a.tokens, a.names, a.titles, a.countries, shortForms, kb.lexicon);
    a.persons = refinePersons(a, kb.lexicon);
  }
};

const coreference: Stage = (doc, kb) => {
  doc.entities = resolveEntities(doc, kb.people, doc.published, (c) => kb.countries.isOrganisation(c));
};

/** Drafts per trigger, then one event per encounter. */
const events: Stage = (doc) => {
  const drafts = assembleEvents(doc);
  doc.events = mergeEvents(drafts, (d) => statedDate(d, doc), doc);
  attachContinuations(doc.events, doc);
  // referenced before dates: "on the same day" follows the last reported event
  refineReferenced(doc.events);
};

const fields: Stage = (doc, kb) => {
  refineDates(doc.events, doc);
  refineBackground(doc.events, (i) => doc.sentences[i].text);
  refineLocations(doc.events, doc, kb.gazetteer, kb.countries);
  // occasions after locations and dates: the calendar fills only what the text leaves open
  refineOccasions(doc.events, doc, kb.meetings, kb.gazetteer);
};

const content: Stage = (doc, kb) => {
  contextSentences(doc.events, doc);
  // initiators after context: "the meeting was requested by X" may come sentences later
  refineInitiators(doc.events, doc);
  refineTopics(doc.events, doc, kb.lexicon);
  refineStatements(doc.events, doc, kb.lexicon);
};

/** The whole extraction, in order. */
export const PIPELINE: readonly [string, Stage][] = [
  ['segment', segment],
  ['dateline', dateline],
  ['recognize', recognize],
  ['persons', persons],
  ['coreference', coreference],
  ['events', events],
  ['fields', fields],
  ['content', content],
];
