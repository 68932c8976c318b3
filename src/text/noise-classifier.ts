/**
 * Marks page furniture so that no event, participant or date is ever read from it: menus, language
 * bars, share/print links, photo captions, related-article teasers, tag listings, footers, and
 * headlines repeated as captions. Each mark is the id of the rule that made it.
 * Cue lists live in data/lang/en/noise.json.
 */
import { readDataJson } from '../knowledge/data-files.js';
import type { Line, Sentence } from './segmenter.js';

interface NoiseLexicon {
  ui_lines: string[];
  ui_prefixes: string[];
  ui_inline: string[];
  language_names: string[];
  caption_markers: string[];
  section_starts: string[];
}

let compiled: {
  uiLines: Set<string>;
  uiPrefixes: string[];
  uiInline: string[];
  languages: string[];
  captions: string[];
  sections: Set<string>;
  /** the most words of a UI line or section heading */
  maxEntryWords: number;
} | null = null;

function lexicon() {
  if (compiled) return compiled;
  const n = readDataJson<NoiseLexicon>('lang/en/noise.json');
  compiled = {
    uiLines: new Set(n.ui_lines.map((s) => s.toLowerCase())),
    uiPrefixes: n.ui_prefixes.map((s) => s.toLowerCase()),
    uiInline: n.ui_inline.map((s) => s.toLowerCase()),
    languages: n.language_names.map((s) => s.toLowerCase()),
    captions: n.caption_markers.map((s) => s.toLowerCase()),
    sections: new Set(n.section_starts.map((s) => s.toLowerCase())),
    maxEntryWords: Math.max(...[...n.ui_lines, ...n.section_starts].map((s) => words(s))),
  };
  return compiled;
}

/** A photo credit at the end of a line: "(Xinhua/Li Xin)", "(Photo: VNA)", "Photo: Xinhua", "— VNA/VNS Photo". */
const CREDIT_END = /(?:\((?:Xinhua|Photo|VNA|AFP|Reuters|AP|Getty|EPA|ảnh)[^)]{0,60}\)|\b(?:Photo|Photos|Ảnh)\s*:\s*[\p{L}./ -]{2,40}|VNA\/VNS(?:\s+Photo)?(?:\s+\p{Lu}[\p{L}.]*){0,3})\s*\.?$/u;
/** A story's opening dateline ("Hanoi, June 8 (VNA) –", "Tokyo (Reuters) -"): the agency in brackets there is no photo credit. */
const OPENS_STORY = /^\p{Lu}[\p{L} ,.'-]{1,40}?(?:,\s*\p{L}+\.?\s+\d{1,2},?(?:\s*\d{4})?)?\s*\([\p{L} ]{2,30}\)\s*(?:--|[—–:-])/u;
/** A story dateline later in a line (after a caption): the line is not all caption. */
const STORY_INSIDE = /[.)]\s+\p{Lu}[\p{L} ,.'-]{1,40}?\([\p{L} ]{2,30}\)\s*(?:--|[—–:-])\s/u;
const BULLET = /^[•·▪◦●○■□►▶»›*\-–]\s*/u;
const key = (s: string) => s.toLowerCase().replace(BULLET, '').replace(/[\s:|>»›]+$/u, '').replace(/\s+/g, ' ').trim();
/** Whitespace as `\s` reads it. */
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
  || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
/** Number of whitespace-separated words (a loop: this runs on every line). */
const words = (s: string) => {
  let n = 0, inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};
/** A line that ends like a sentence. */
const endsSentence = (s: string) => /[.!?;:]["')\]]*$/.test(s);
const truncated = (s: string) => /(?:\.\.\.|…)\s*$/u.test(s);

function isDoubled(t: string): boolean {
  // "Title text Title text" (a teaser heading rendered twice)
  const n = t.length;
  if (n < 20) return false;
  const half = (n - 1) / 2;
  if (!Number.isInteger(half)) return false;
  return t.slice(0, half) === t.slice(half + 1) && t[half] === ' ';
}

function languageCount(low: string): number {
  let c = 0;
  for (const l of lexicon().languages) if (low.includes(l)) c++;
  return c;
}

let captionRe: RegExp | null = null;
/** Strings of which a text must contain one to hold any caption marker: "(", "photo", or the marker itself. */
let captionAnchors: string[] = [];
/** The first caption marker in a text ("(Photo: VNA)", "(L)"), or null. `low` is the text lowercased, if the caller has it. */
export function captionMarker(text: string, low = text.toLowerCase()): string | null {
  if (!captionRe) {
    const markers = lexicon().captions;
    captionRe = new RegExp(markers.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'i');
    captionAnchors = [...new Set(markers.map((c) => (c.includes('(') ? '(' : c.includes('photo') ? 'photo' : c)))];
  }
  if (!captionAnchors.some((a) => low.includes(a))) return null;
  const m = captionRe.exec(text);
  return m ? m[0].toLowerCase() : null;
}

/** Classifies each line in place; returns the lines. */
export function classifyLines(lines: Line[]): Line[] {
  const lex = lexicon();
  let inRelated = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const t = line.text;
    if (inRelated) {
      // everything after a "Related news" heading is teasers, until a long paragraph resumes the article
      if (t.length < 400) { line.noise = 'noise/related-section'; continue; }
      inRelated = false;
    }
    // a long paragraph is article text unless it ends with a photo credit (the short-line rules below cannot match it)
    if (t.length >= 300) {
      if (t.length < 800 && CREDIT_END.test(t.slice(-120))) line.noise = 'noise/caption';
      continue;
    }
    const low = t.toLowerCase();
    const n = words(t);
    // a section heading or UI line has a few words (a bullet and trailing separators add some): longer lines skip the key
    const k = n <= lex.maxEntryWords + 3 ? key(t) : '';
    if (lex.sections.has(k)) { line.noise = 'noise/section-start'; inRelated = true; continue; }
    if (lex.uiLines.has(k) || (n <= 3 && k.split(' ').every((w) => lex.uiLines.has(w)))) { line.noise = 'noise/ui-line'; continue; }
    if (lex.uiPrefixes.some((p) => low.startsWith(p)) && t.length < 300) { line.noise = 'noise/ui-prefix'; continue; }
    if (n <= 12 && languageCount(low) >= 2) { line.noise = 'noise/language-bar'; continue; }
    if (BULLET.test(t) && t.length < 80 && !endsSentence(t)) { line.noise = 'noise/menu-item'; continue; }
    if (isDoubled(t)) { line.noise = 'noise/doubled-heading'; continue; }
    if (/^\s*(?:\||\/|>|»)/.test(t) || /\s\|\s.*\s\|\s/.test(t) && n < 20 && !/\d{4}/.test(t)) { line.noise = 'noise/breadcrumb'; continue; }
    if (captionMarker(t, low) && !OPENS_STORY.test(t) && !STORY_INSIDE.test(t)) { line.noise = 'noise/caption'; continue; }
    // a line that ends with a photo credit is a caption ("... March 7, 2022. (Xinhua/Li Xin)")
    if (CREDIT_END.test(t.slice(-120))) { line.noise = 'noise/caption'; continue; }
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
    const short = t.length <= 40 && words(t) <= 4 && !endsSentence(t) && !/\d{4}/.test(t);
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
      const headingBefore = prev && (prev.noise === 'noise/doubled-heading' || (!endsSentence(prev.text) && words(prev.text) <= 25));
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
export function classifySentences(sentences: Sentence[]): Sentence[] {
  const lex = lexicon();
  for (const s of sentences) {
    if (s.noise) continue;
    const low = s.text.toLowerCase();
    if (lex.uiInline.some((p) => low.startsWith(p))) { s.noise = 'noise/ui-inline'; continue; }
    if (captionMarker(s.text) && !OPENS_STORY.test(s.text)) s.noise = 'noise/caption';
  }
  return sentences;
}
