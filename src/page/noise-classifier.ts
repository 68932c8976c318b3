/**
 * Marks page furniture so that no event, participant or date is ever read from it: menus, language
 * bars, share/print links, photo captions, related-article teasers, tag listings, footers, and
 * headlines repeated as captions. Each mark is the id of the rule that made it.
 * Cue lists live in data/lang/en/noise.json.
 */
import { ruleBook } from '../knowledge/rule-book.js';
import { publisherNames, siteHead } from '../knowledge/outlets.js';
import type { Line, Sentence } from '../doc.js';
import { escapeRe } from '../text/patterns.js';
import { countWords, isSpace } from '../text/char-class.js';

/** The noise rules of a language (data/lang/<language>/noise.json), compiled once. */
interface NoiseRules {
  uiLines: Set<string>;
  uiPrefixes: string[];
  uiInline: string[];
  cacheMirror: RegExp;
  languages: string[];
  captions: string[];
  captionRe: RegExp;
  /** strings of which a lowercased text must contain one to hold any caption marker: "(", "photo", or the marker
   * itself, as one expression (one scan, where a list of includes scanned the text once per marker: 44 in Chinese) */
  captionAnchor: RegExp;
  sections: Set<string>;
  creditEnd: RegExp;
  opensStory: RegExp;
  storyInside: RegExp;
  bullet: RegExp;
  /** a bulleted line's end that says a running list goes on ("...; and"): no menu entry (noise/list-item-goes-on) */
  itemGoesOn: RegExp | null;
  storyHeadline: RegExp | null;
  /** the form of a newspaper's or site's own name at the head of the page ("Báo Lào Cai điện tử", "云南网") */
  mastheadForm: RegExp | null;
  /** a menu of capitalised items set apart by runs of spaces ("Home  Politics  Economics") */
  spacedMenu: RegExp | null;
  /** "Follow Trend on Telegram", "Join our channel on WhatsApp": a line asking the reader to follow the outlet. */
  socialFollow: RegExp | null;
  bylineBar: RegExp | null;
  /** "By Ana Vera": a line that is only a reporter's byline (noise/byline) */
  byline: RegExp | null;
  /** the most words of a UI line or section heading */
  maxEntryWords: number;
}

const compiled = new Map<string, NoiseRules>();

function lexicon(language = 'en'): NoiseRules {
  let r = compiled.get(language);
  if (r) return r;
  const b = ruleBook(language, 'noise');
  const low = (id: string) => b.list(id).map((x) => x.toLowerCase());
  const captions = low('noise/caption-markers');
  r = {
    uiLines: new Set(low('noise/ui-line')),
    uiPrefixes: low('noise/ui-prefix'),
    uiInline: low('noise/ui-inline'),
    cacheMirror: b.pattern('noise/cache-mirror'),
    languages: low('noise/language-names'),
    captions,
    captionRe: new RegExp(captions.map(escapeRe).join('|'), 'i'),
    captionAnchor: new RegExp([...new Set(captions.map((c) => (c.includes('(') ? '(' : c.includes('photo') ? 'photo' : c)))].map(escapeRe).join('|') || '(?!)'),
    sections: new Set(low('noise/section-start')),
    creditEnd: b.pattern('noise/credit-end'),
    opensStory: b.pattern('noise/opens-story'),
    storyInside: b.pattern('noise/story-inside'),
    bullet: b.pattern('noise/bullet'),
    itemGoesOn: b.optionalPattern('noise/list-item-goes-on'),
    storyHeadline: b.optionalPattern('noise/story-headline'),
    mastheadForm: b.optionalPattern('noise/masthead-form'),
    spacedMenu: b.optionalPattern('noise/spaced-menu'),
    socialFollow: b.optionalPattern('noise/social-follow'),
    bylineBar: b.optionalPattern('noise/byline-bar'),
    byline: b.optionalPattern('noise/byline'),
    maxEntryWords: Math.max(...[...b.list('noise/ui-line'), ...b.list('noise/section-start')].map((x) => countWords(x))),
  };
  compiled.set(language, r);
  return r;
}

/** Lines from the top that may be the document's own headline, not another story's. */
const OWN_HEADLINE_LINES = 3;
/** A line this long that ends like a sentence is running text: the story has begun. */
const STORY_PARAGRAPH = 200;
/** A shorter line that ends like a sentence and has this many words is a paragraph of running text too. */
const STORY_SENTENCE_WORDS = 10;
/** The most words of a publisher's name standing as a line of its own. */
const MASTHEAD_WORDS = 6;
/** How many lines from the top a paper's name in its own form (noise/masthead-form) may stand. */
const MASTHEAD_LINES = 4;
/** The longest line read as a menu of items set apart by spaces. */
const SPACED_MENU = 120;
/** The longest line read as a reporter's byline alone ("By Ana Vera"). */
const BYLINE_LENGTH = 60;

/** The longest line that may be a site's name with its breadcrumb. */
const CRUMB_LINE = 80;
// (a heading's colon may be the full-width one of Chinese pages: "相关报道：" is the heading "相关报道")
const key = (s: string, bullet: RegExp) => s.toLowerCase().replace(bullet, '').replace(/[\s:：︰|>»›]+$/u, '').replace(/\s+/g, ' ').trim();
/** Brackets that may enclose a whole heading, opening → closing. */
const HEADING_BRACKETS = new Map([...'【】[]〔〕「」『』〖〗（）()'].reduce<[string, string][]>((a, c, i, all) => (i % 2 ? a : [...a, [c, all[i + 1]]]), []));
/** A key without the pair of brackets that encloses all of it ("【相关新闻】" → "相关新闻"); any other key as it is. */
const unbracket = (k: string) => (k.length > 2 && HEADING_BRACKETS.get(k[0]) === k[k.length - 1] ? k.slice(1, -1).trim() : k);
/** Marks that end a sentence in any script, and the closing quotes and brackets that may follow them. */
const SENTENCE_ENDS = new Set([...'.!?;:。！？；：…'].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...'"\')]”’」』）'].map((c) => c.charCodeAt(0)));
/** A line that ends like a sentence, in any script (。！？；： too), before closing quotes and brackets (read from its end: this runs on every line). */
const endsSentence = (s: string) => {
  let i = s.length - 1;
  while (i >= 0 && CLOSERS.has(s.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_ENDS.has(s.charCodeAt(i));
};
/** A line that ends with an ellipsis ("..." or "…"), white space after it aside. */
const truncated = (s: string) => {
  let i = s.length - 1;
  while (i >= 0 && isSpace(s.charCodeAt(i))) i--;
  return s.charCodeAt(i) === 0x2026 || (i >= 2 && s.charCodeAt(i) === 46 && s.charCodeAt(i - 1) === 46 && s.charCodeAt(i - 2) === 46);
};

/** A running paragraph: it ends like a sentence and has the words of one. */
const runningLine = (t: string) => endsSentence(t) && countWords(t) >= STORY_SENTENCE_WORDS;
/** Lines after a section label read: within its next BODY_LOOKAHEAD lines, two running paragraphs in a row (the article). */
const BODY_LOOKAHEAD = 6;
function bodyFollows(lines: Line[], from: number): boolean {
  const end = Math.min(lines.length - 1, from + BODY_LOOKAHEAD);
  for (let j = from; j < end; j++) if (runningLine(lines[j].text) && runningLine(lines[j + 1].text)) return true;
  return false;
}

function isDoubled(t: string): boolean {
  // "Title text Title text" (a teaser heading rendered twice)
  const n = t.length;
  if (n < 20) return false;
  const half = (n - 1) / 2;
  if (!Number.isInteger(half)) return false;
  return t.slice(0, half) === t.slice(half + 1) && t[half] === ' ';
}

function languageCount(low: string, lex: NoiseRules): number {
  let c = 0;
  for (const l of lex.languages) if (low.includes(l)) c++;
  return c;
}

/** The first caption marker in a text ("(Photo: VNA)", "(L)"), or null. `low` is the text lowercased, if the caller has it. */
export function captionMarker(text: string, low = text.toLowerCase(), language = 'en'): string | null {
  const lex = lexicon(language);
  if (!lex.captionAnchor.test(low)) return null;
  const m = lex.captionRe.exec(text);
  return m ? m[0].toLowerCase() : null;
}

/** Classifies each line in place; returns the lines. */
export function classifyLines(lines: Line[], language = 'en'): Line[] {
  const lex = lexicon(language);
  let inRelated = false;
  /** a paragraph of running text has been read: the story has begun */
  let storyBegun = false;
  /** characters of the paragraphs of running text read so far */
  let runningText = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (!storyBegun && i > 0) {
      // running text: one long paragraph, or short paragraphs of sentences that add up to one (wire stories of three lines)
      const prev = lines[i - 1];
      if (!prev.noise && endsSentence(prev.text) && (prev.text.length >= STORY_PARAGRAPH || countWords(prev.text) >= STORY_SENTENCE_WORDS)) {
        runningText += prev.text.length;
        if (runningText >= STORY_PARAGRAPH) storyBegun = true;
      }
    }
    if (inRelated) {
      // everything after a "Related news" heading is teasers, until a long paragraph resumes the article
      if (t.length < 400) { line.noise = 'noise/related-section'; continue; }
      inRelated = false;
    }
    // a long paragraph is article text unless it ends with a photo credit (the short-line rules below cannot match it)
    if (t.length >= 300) {
      if (t.length < 800 && lex.creditEnd.test(t.slice(-120))) line.noise = 'noise/caption';
      continue;
    }
    const low = t.toLowerCase();
    const n = countWords(t);
    // a section heading or UI line has a few words (a bullet and trailing separators add some): longer lines skip the key
    // (a heading set between brackets is the same heading: "【相关新闻】", "[Tin liên quan]", "〔延伸閱讀〕")
    const k = n <= lex.maxEntryWords + 3 ? unbracket(key(t, lex.bullet)) : '';
    if (lex.sections.has(k)) {
      line.noise = 'noise/section-start';
      // before the story, a section's label over the article itself ("Top Stories", "Latest News", then the headline and
      // paragraphs) opens no teasers: two running paragraphs in a row follow within a few lines (teasers alternate a
      // heading and a summary, never two sentences of text in a row)
      inRelated = storyBegun || !bodyFollows(lines, i + 1);
      continue;
    }
    if (lex.uiLines.has(k) || (n <= 3 && k.split(' ').every((w) => lex.uiLines.has(w)))) { line.noise = 'noise/ui-line'; continue; }
    // a line that is only a publisher's name ("Nhan Dan", "Vientiane Times", "VNA"): the masthead or a credit
    if (n <= MASTHEAD_WORDS && publisherNames().has(k)) { line.noise = 'noise/masthead'; continue; }
    // or one of more words, or one that opens a breadcrumb ("Cổng thông tin điện tử Quốc hội", "Báo Điện tử Chính phủ >
    // Thời sự", "自由時報 > 政治")
    if (t.length <= CRUMB_LINE && !endsSentence(t)) {
      const head = siteHead(t);
      if (head && publisherNames().has(head)) { line.noise = 'noise/masthead'; continue; }
      // or the publisher's short and full names side by side ("APP  Associated Press of Pakistan", "SPA | Saudi Press Agency")
      const parts = t.split(/\s{2,}|\s+[|–—-]\s+/).map((x) => key(x, lex.bullet)).filter(Boolean);
      if (parts.length >= 2 && parts.length <= 3 && parts.every((x) => publisherNames().has(x))) { line.noise = 'noise/masthead'; continue; }
    }
    // a line at the head of the page in the form of a paper's own name, one the outlet table does not list (a province's paper)
    if (i < MASTHEAD_LINES && !storyBegun && lex.mastheadForm?.test(t.trim())) { line.noise = 'noise/masthead'; continue; }
    if (lex.uiPrefixes.some((p) => low.startsWith(p)) && t.length < 300) { line.noise = 'noise/ui-prefix'; continue; }
    if (t.length < 120 && lex.socialFollow?.test(t)) { line.noise = 'noise/social-follow'; continue; }
    if (t.length < 80 && t.includes('|') && lex.bylineBar?.test(t)) { line.noise = 'noise/byline-bar'; continue; }
    if (t.length < BYLINE_LENGTH && lex.byline?.test(t)) { line.noise = 'noise/byline'; continue; }
    if (n <= 12 && languageCount(low, lex) >= 2) { line.noise = 'noise/language-bar'; continue; }
    if (lex.bullet.test(t) && t.length < 80 && !endsSentence(t) && !lex.itemGoesOn?.test(t)) { line.noise = 'noise/menu-item'; continue; }
    if (isDoubled(t)) { line.noise = 'noise/doubled-heading'; continue; }
    if (t.length <= SPACED_MENU && t.includes('  ') && lex.spacedMenu?.test(t)) { line.noise = 'noise/spaced-menu'; continue; }
    if (/^\s*(?:\||\/|>|»)/.test(t) || /\s\|\s.*\s\|\s/.test(t) && n < 20 && !/\d{4}/.test(t)) { line.noise = 'noise/breadcrumb'; continue; }
    // a trail of sections joined by arrows ("Home > Press Releases > Prime Minister's Office", "Events › Meetings and talks"):
    // its words are no names ("Press Releases" taken for a person the headline's "PM" stood for; h-en29)
    if (/\s(?:>|»|›)\s/.test(t) && n < 15 && !endsSentence(t) && !/\d{4}/.test(t)) { line.noise = 'noise/breadcrumb'; continue; }
    if (captionMarker(t, low, language) && !lex.opensStory.test(t) && !lex.storyInside.test(t)) { line.noise = 'noise/caption'; continue; }
    // a line that ends with a photo credit is a caption ("... March 7, 2022. (Xinhua/Li Xin)")
    // (not a dateline on a line of its own: "Phnom Penh, May 14, 2026 (FN)")
    if (lex.creditEnd.test(t.slice(-120)) && !lex.opensStory.test(t)) { line.noise = 'noise/caption'; continue; }
    // another story's headline in the middle of this one (a related-story link), once the story has begun
    if (i >= OWN_HEADLINE_LINES && storyBegun && t.length <= 300 && !endsSentence(t) && lex.storyHeadline?.test(t)) { line.noise = 'noise/story-headline'; continue; }
  }
  markMenuRuns(lines);
  markTeasers(lines);
  return lines;
}

/** Runs of four or more very short lines without sentence punctuation are navigation menus. */
function markMenuRuns(lines: Line[]) {
  let runStart = -1;
  const flush = (end: number) => {
    if (runStart >= 0 && end - runStart >= 4) for (let j = runStart; j < end; j++) lines[j].noise ??= 'noise/menu-run';
    runStart = -1;
  };
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    const short = t.length <= 40 && countWords(t) <= 4 && !endsSentence(t) && !/\d{4}/.test(t);
    if (short) { if (runStart < 0) runStart = i; } else flush(i);
  }
  flush(lines.length);
}

/**
 * Related-article teasers: a heading-like line followed by a snippet that ends truncated ("...") or by
 * a doubled heading; the snippet and its heading are both teasers.
 */
function markTeasers(lines: Line[]) {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.noise) continue;
    if (truncated(line.text) && line.text.length < 400) {
      const prev = lines[i - 1];
      const headingBefore = prev && (prev.noise === 'noise/doubled-heading' || (!endsSentence(prev.text) && countWords(prev.text) <= 25));
      if (headingBefore) {
        line.noise = 'noise/teaser';
        if (!prev.noise) prev.noise = 'noise/teaser-heading';
      }
    }
    // a heading repeated twice on consecutive lines, then a snippet
    const next = lines[i + 1];
    if (next && next.text === line.text && !endsSentence(line.text)) {
      line.noise = 'noise/teaser-heading';
      next.noise = 'noise/teaser-heading';
      const snippet = lines[i + 2];
      if (snippet && !snippet.noise && snippet.text.length < 400) snippet.noise = 'noise/teaser';
    }
  }
}

/** Marks caption sentences and inline furniture inside article lines. */
export function classifySentences(sentences: Sentence[], language = 'en'): Sentence[] {
  const lex = lexicon(language);
  for (const s of sentences) {
    if (s.noise) continue;
    const low = s.text.toLowerCase();
    if (lex.uiInline.some((p) => low.startsWith(p)) || ((low.includes('cache') || low.includes('remove this') || low.includes('full')) && lex.cacheMirror.test(s.text))) { s.noise = 'noise/ui-inline'; continue; }
    if (captionMarker(s.text, low, language) && !lex.opensStory.test(s.text)) s.noise = 'noise/caption';
  }
  return sentences;
}
