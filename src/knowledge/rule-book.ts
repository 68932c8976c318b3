/**
 * Rules as data. Every file of `data/lang/<language>/` is a rule book:
 *
 * ```json
 * { "about": "what the rules are for and which stage reads them",
 *   "fragments": { "agency": "VNA|Xinhua" },
 *   "rules": [ { "id": "initiator/request-of", "pattern": "\\bat the request of\\s+", "flags": "giu",
 *                "examples": ["At the request of the Lao side, the two ministers spoke by phone."],
 *                "note": "the commonest way readouts say who asked for an encounter" } ] }
 * ```
 *
 * A rule has an `id` (unique across the language), a `note` saying where the pattern comes from,
 * at least one `examples` sentence of our own on which it fires (and optional `counterexamples` on
 * which it must not), and its content: a regular expression (`pattern`, with `flags`), a word list
 * (`words`), a table (`map`), plus fields of its own that the reading stage documents. `{{name}}`
 * inside a pattern is replaced by a fragment of the file or of the shared fragments
 * (`agency`: every news agency of data/sources/agencies.json). `rule-book.test.ts` fires every
 * example through its rule.
 */
import { fastRegExp } from '../text/quick-regexp.js';
import { forLowercase } from '../text/lowercase-regex.js';
import { readDataJson, dataFileExists } from '../data-files.js';
import { escapeRe } from '../text/patterns.js';
import { TokenTrie } from '../text/tokenizer.js';

export interface RuleSpec {
  id: string;
  note: string;
  examples: string[];
  counterexamples?: string[];
  pattern?: string;
  flags?: string;
  words?: string[];
  map?: Record<string, string>;
  [field: string]: unknown;
}

export interface RuleFile {
  about: string;
  fragments?: Record<string, string>;
  rules: RuleSpec[];
}


/**
 * A pattern that never matches: what a lenient book gives for a rule its language does not have. Anchored,
 * so that the engine gives up at the first position instead of trying every one.
 */
const NEVER = /^(?!)/;

export class RuleBook {
  private readonly byId = new Map<string, RuleSpec>();
  private readonly compiled = new Map<string, RegExp>();
  private readonly lowered = new Map<string, RegExp | null>();
  private readonly wordSets = new Map<string, Set<string>>();
  private readonly absentSets = new Map<string, Set<string>>();
  private readonly fieldSets = new Map<string, Set<string>>();
  private readonly tries = new Map<string, TokenTrie<true>>();

  /**
   * @param lenient a language pack that need not have every rule the stages ask for (Vietnamese and
   *   Chinese): a missing rule reads as one that never fires; English, the complete pack, is strict
   */
  constructor(readonly file: string, readonly data: RuleFile, private readonly shared: Record<string, string> = {}, readonly lenient = false) {
    if (!Array.isArray(data.rules)) throw new Error(`readout: ${file}: a rule book needs a "rules" array`);
    for (const r of data.rules) {
      if (!r.id || typeof r.id !== 'string') throw new Error(`readout: ${file}: a rule without an id`);
      if (this.byId.has(r.id)) throw new Error(`readout: ${file}: rule id ${r.id} is used twice`);
      this.byId.set(r.id, r);
    }
  }

  get rules(): readonly RuleSpec[] { return this.data.rules; }

  has(id: string): boolean { return this.byId.has(id); }

  rule(id: string): RuleSpec {
    const r = this.byId.get(id);
    if (!r) {
      if (this.lenient) return { id, note: '', examples: [], pattern: NEVER.source, words: [], map: {} };
      throw new Error(`readout: ${this.file} has no rule ${id}`);
    }
    return r;
  }

  /** The rule's pattern with its fragments filled in (source text, for building larger expressions). */
  source(id: string): string {
    const r = this.rule(id);
    if (typeof r.pattern !== 'string') throw new Error(`readout: ${this.file}: rule ${id} has no pattern`);
    return this.fill(r.pattern, id);
  }

  /** The rule's compiled expression (flags from the rule, default `iu`), compiled once. */
  pattern(id: string, flags?: string): RegExp {
    const key = flags == null ? id : `${id}/${flags}`;
    let re = this.compiled.get(key);
    if (!re) {
      re = fastRegExp(this.source(id), flags ?? this.rule(id).flags ?? 'iu');
      this.compiled.set(key, re);
    }
    return re;
  }

  /**
   * Whether the rule's pattern matches `text`. `lower`, when given, is `text` lowercased with the same
   * length: a case-insensitive pattern then runs as its lowercase form on it (text/lowercase-regex.ts;
   * several times faster in V8), with the same answer.
   */
  test(id: string, text: string, lower?: string): boolean {
    if (lower !== undefined) {
      let re = this.lowered.get(id);
      if (re === undefined) { re = forLowercase(this.pattern(id)); this.lowered.set(id, re); }
      if (re) { re.lastIndex = 0; return re.test(lower); }
    }
    const re = this.pattern(id);
    re.lastIndex = 0;
    return re.test(text);
  }

  /** The rule's word list, lowercased, as a set. */
  words(id: string): Set<string> {
    let s = this.wordSets.get(id);
    if (!s) {
      const r = this.rule(id);
      if (!Array.isArray(r.words)) throw new Error(`readout: ${this.file}: rule ${id} has no words`);
      s = new Set(r.words.map((w) => w.toLowerCase()));
      this.wordSets.set(id, s);
    }
    return s;
  }

  /**
   * A list field of the rule other than its words (`stops`, `joiners`, `led_by` ...) as a set, built once: the
   * recognisers ask for these on every sentence. `lower`: lowercased, as `words` is; else as written. An absent
   * field is an empty set.
   */
  fieldWords(id: string, field: string, lower = false): Set<string> {
    const key = `${id}\u0000${field}\u0000${lower ? 1 : 0}`;
    let s = this.fieldSets.get(key);
    if (!s) {
      const list = (this.rule(id)[field] as string[] | undefined) ?? [];
      s = new Set(lower ? list.map((w) => w.toLowerCase()) : list);
      this.fieldSets.set(key, s);
    }
    return s;
  }

  /**
   * The rule's word list like `words`, or an empty set when the book has no such rule (a language pack
   * without it, an optional list): the one place for "this list if the pack has it".
   */
  optionalWords(id: string): Set<string> {
    if (this.byId.has(id)) return this.words(id);
    // kept apart from the lists of `words`, which stays strict about a missing rule
    let s = this.absentSets.get(id);
    if (!s) { s = new Set<string>(); this.absentSets.set(id, s); }
    return s;
  }

  /** The rule's expression like `pattern`, or null when the book has no such rule: "this expression if the pack has it". */
  optionalPattern(id: string): RegExp | null {
    return this.byId.has(id) ? this.pattern(id) : null;
  }

  /** The rule's pattern with the `g` flag added to its own (every match: `replace`, `matchAll`), compiled once; null when absent. */
  optionalGlobalPattern(id: string): RegExp | null {
    if (!this.byId.has(id)) return null;
    const flags = (this.rule(id).flags as string | undefined) ?? 'iu';
    return this.pattern(id, flags.includes('g') ? flags : `${flags}g`);
  }

  /** The rule's word list as a phrase trie over tokens (matched by the tokens' keys), built once. */
  wordTrie(id: string): TokenTrie<true> {
    let t = this.tries.get(id);
    if (!t) {
      t = new TokenTrie<true>();
      for (const w of this.list(id)) t.add(w, true);
      this.tries.set(id, t);
    }
    return t;
  }

  /** The rule's word list as written. */
  list(id: string): string[] {
    const r = this.rule(id);
    if (!Array.isArray(r.words)) throw new Error(`readout: ${this.file}: rule ${id} has no words`);
    return r.words;
  }

  /** An expression matching any word of the rule's list as a whole word (longest first). */
  wordPattern(id: string, flags = 'iu'): RegExp {
    return this.alternation(`${id}/words/${flags}`, () => this.list(id), true, flags);
  }

  /**
   * An expression matching any word of one of the rule's fields (longest first): as a whole word, or, for a script
   * without spaces (`whole` false), wherever it stands. Never matches when the field is empty. Compiled once.
   */
  fieldPattern(id: string, field: string, whole = true, flags = 'iu'): RegExp {
    return this.alternation(`${id}/${field}/${whole ? 'whole' : 'anywhere'}/${flags}`, () => [...this.fieldWords(id, field)], whole, flags);
  }

  private alternation(key: string, words: () => string[], whole: boolean, flags: string): RegExp {
    let re = this.compiled.get(key);
    if (!re) {
      const list = words();
      const alts = [...list].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
      re = !list.length ? NEVER : fastRegExp(whole ? `(?<![\\p{L}\\p{N}])(?:${alts})(?![\\p{L}\\p{N}])` : alts, flags);
      this.compiled.set(key, re);
    }
    return re;
  }

  /** The rule's map like `map`, or an empty one when the book has no such rule. */
  optionalMap(id: string): Map<string, string> {
    return this.byId.has(id) ? this.map(id) : new Map<string, string>();
  }

  map(id: string): Map<string, string> {
    const r = this.rule(id);
    if (!r.map || typeof r.map !== 'object') throw new Error(`readout: ${this.file}: rule ${id} has no map`);
    return new Map(Object.entries(r.map));
  }

  private fill(pattern: string, id: string): string {
    return pattern.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => {
      const f = this.data.fragments?.[name] ?? this.shared[name];
      if (f == null) throw new Error(`readout: ${this.file}: rule ${id} uses an unknown fragment {{${name}}}`);
      return this.fill(f, id);
    });
  }
}

/**
 * Every written form of every news agency of data/sources/agencies.json, and each Latin-script form in
 * capitals too: datelines write an agency as "(ANTARA)", "KAZINFORM", "ARMENPRESS".
 */
export function agencyNames(): string[] {
  if (!dataFileExists('sources/agencies.json')) return [];
  const a = readDataJson<{ agencies: { name: string; aliases?: string[] }[] }>('sources/agencies.json');
  const forms = a.agencies.flatMap((x) => [x.name, ...(x.aliases ?? [])]);
  return [...new Set([...forms, ...forms.filter((f) => /^[\p{Script=Latin}\s.'-]+$/u.test(f)).map((f) => f.toUpperCase())])];
}

let agencyCountries: Map<string, string | null> | null = null;
/** The state an agency's written form (any case) belongs to, null for an international one, undefined when unknown. */
export function agencyCountry(form: string): string | null | undefined {
  if (!agencyCountries) {
    agencyCountries = new Map();
    if (dataFileExists('sources/agencies.json')) {
      const a = readDataJson<{ agencies: { name: string; aliases?: string[]; country?: string | null }[] }>('sources/agencies.json');
      for (const x of a.agencies) for (const f of [x.name, ...(x.aliases ?? [])]) if (!agencyCountries.has(f.toLowerCase())) agencyCountries.set(f.toLowerCase(), x.country ?? null);
    }
  }
  return agencyCountries.get(form.trim().toLowerCase());
}

/** Fragments every rule book may use: `agency`, the news agencies of data/sources/agencies.json. */
export function sharedFragments(): Record<string, string> {
  const names = agencyNames();
  return names.length ? { agency: names.sort((x, y) => y.length - x.length).map(escapeRe).join('|') } : {};
}

/** The books loaded, by language and then by name (no path is built on a lookup: stages ask for books per sentence). */
const books = new Map<string, Map<string, RuleBook>>();

/** Languages whose packs are complete: asking them for a missing rule is a programming error. */
const STRICT = new Set(['en', 'common']);

/**
 * The rule book `data/lang/<lang>/<name>.json`, loaded once. A pack other than English may lack a
 * book or a rule: it reads as rules that never fire.
 */
export function ruleBook(lang: string, name: string): RuleBook {
  let ofLang = books.get(lang);
  if (!ofLang) books.set(lang, ofLang = new Map());
  let b = ofLang.get(name);
  if (!b) {
    const rel = `lang/${lang}/${name}.json`;
    const strict = STRICT.has(lang);
    const data = strict || dataFileExists(rel) ? readDataJson<RuleFile>(rel) : { about: `no ${name} rules for ${lang}`, rules: [] };
    b = new RuleBook(rel, Array.isArray(data.rules) ? data : { ...data, rules: [] }, sharedFragments(), !strict);
    ofLang.set(name, b);
  }
  return b;
}
