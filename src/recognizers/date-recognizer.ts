/**
 * Date expressions in a sentence: "June 8, 2021", "8 June 2021", "April 16", "on Thursday",
 * "late Thursday", "today", "yesterday", "on the same day", "2021-06-09", "2020/05/29",
 * "08/05/2022", "24-01-2025", "in January", "from March 29-31" (the first day).
 * Each result says what the text gives; resolving against the publication date is the date refiner's job.
 */
import type { DateMention, DateValue } from '../doc.js';
import { forLowercase } from '../text/lowercase-regex.js';

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const M = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const D = '(\\d{1,2})(?:st|nd|rd|th)?';
const Y = '(\\d{4})';

interface DateRule {
  id: string; re: RegExp; value: (m: RegExpExecArray) => DateValue | null;
  /** 'digit': tried only on sentences with a digit; 'word': a date of words, tried where its keys or a month name are */
  needs?: 'digit' | 'word';
  /** lowercase strings of which the sentence must contain one for the rule to be tried (a speed-up) */
  keys?: string[];
}

/** Rules whose expression has a month name run only on sentences that name a month. */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

const month = (s: string) => MONTHS[s.toLowerCase().replace(/\.$/, '')];
const valid = (v: DateValue): DateValue | null => {
  if (v.month != null && (v.month < 1 || v.month > 12)) return null;
  if (v.day != null && (v.day < 1 || v.day > 31)) return null;
  if (v.year != null && (v.year < 1900 || v.year > 2100)) return null;
  return v;
};

/** Ordered: longer forms first; a later rule never overlaps an earlier match. */
const RULES: DateRule[] = [
  { id: 'date/iso', needs: 'digit', keys: ['-'], re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, value: (m) => valid({ year: +m[1], month: +m[2], day: +m[3] }) },
  { id: 'date/ymd-slash', needs: 'digit', keys: ['/'], re: /\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, value: (m) => valid({ year: +m[1], month: +m[2], day: +m[3] }) },
  // 08/05/2022 (month first, as US-hosted wires write it); 24/01/2025 when the first number cannot be a month
  { id: 'date/mdy-slash', needs: 'digit', keys: ['/'], re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g, value: (m) => (+m[1] > 12 ? valid({ year: +m[3], month: +m[2], day: +m[1] }) : valid({ year: +m[3], month: +m[1], day: +m[2] })) },
  // 24-01-2025 (day first)
  { id: 'date/dmy-dash', needs: 'digit', keys: ['-', '.'], re: /\b(\d{1,2})[-.](\d{1,2})[-.](\d{4})\b/g, value: (m) => (+m[2] > 12 ? valid({ year: +m[3], month: +m[1], day: +m[2] }) : valid({ year: +m[3], month: +m[2], day: +m[1] })) },
  { id: 'date/month-day-year', needs: 'digit', re: new RegExp(`\\b${M}\\s+${D}(?:\\s*(?:[-–]|to|and|until)\\s*\\d{1,2})?,?\\s+${Y}\\b`, 'gi'), value: (m) => valid({ year: +m[3], month: month(m[1]), day: +m[2] }) },
  { id: 'date/day-month-year', needs: 'digit', re: new RegExp(`\\b${D}(?:\\s*(?:[-–]|to|and|until)\\s*\\d{1,2})?\\s+${M},?\\s+${Y}\\b`, 'gi'), value: (m) => valid({ year: +m[3], month: month(m[2]), day: +m[1] }) },
  { id: 'date/month-day', needs: 'digit', re: new RegExp(`\\b${M}\\s+${D}(?:\\s*(?:[-–]|to|and|until)\\s*\\d{1,2})?\\b(?!\\s*(?:,\\s*)?\\d{4})(?![:\\d])`, 'gi'), value: (m) => valid({ month: month(m[1]), day: +m[2] }) },
  { id: 'date/day-month', needs: 'digit', re: new RegExp(`\\b${D}(?:\\s*(?:[-–]|to|and|until)\\s*\\d{1,2})?\\s+${M}\\b(?!\\s*,?\\s*\\d{4})`, 'gi'), value: (m) => valid({ month: month(m[2]), day: +m[1] }) },
  { id: 'date/month-year', needs: 'digit', re: new RegExp(`\\b${M},?\\s+${Y}\\b`, 'gi'), value: (m) => valid({ year: +m[2], month: month(m[1]) }) },
  { id: 'date/in-month', needs: 'word', re: new RegExp(`\\b(?:in|since|during|early|late|mid|mid-|end of|beginning of)\\s+${M}\\b(?!\\s+\\d)`, 'gi'), value: (m) => valid({ month: month(m[1]) }) },
  { id: 'date/weekday', needs: 'word', keys: ['day'], re: /\b(?:on\s+|late\s+|early\s+|last\s+|this\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?:\s+(?:morning|afternoon|evening|night))?/gi, value: (m) => ({ weekday: WEEKDAYS[m[1].toLowerCase()] }) },
  { id: 'date/same-day', needs: 'word', keys: ['same'], re: /\b(?:on\s+)?the\s+same\s+day\b/gi, value: () => ({ sameDay: true }) },
  { id: 'date/today', needs: 'word', keys: ['today', 'tonight', 'this'], re: /\b(?:earlier\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi, value: () => ({ relative: 0 }) },
  { id: 'date/yesterday', needs: 'word', keys: ['yesterday', 'last'], re: /\b(?:yesterday|last\s+night)\b/gi, value: () => ({ relative: -1 }) },
  { id: 'date/this-year', needs: 'word', keys: ['year'], re: /\b(?:(?:earlier|later|so\s+far)\s+)?this\s+year\b|\bsince\s+the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+year\b/gi, value: () => ({ relativeYear: 0 }) },
  { id: 'date/last-year', needs: 'word', keys: ['year'], re: /\blast\s+year\b/gi, value: () => ({ relativeYear: -1 }) },
  { id: 'date/in-year', needs: 'digit', re: /\b(?:in|since|during|of)\s+(\d{4})\b(?![-\/])/gi, value: (m) => valid({ year: +m[1] }) },
];

/** Each rule's expression for the lowercased sentence (text/lowercase-regex.ts: case-insensitive matching is slow). */
const LOWER = new Map(RULES.map((r) => [r, forLowercase(r.re)]));
const MONTH_WORD_LOWER = forLowercase(MONTH_WORD)!;

/** Rules whose expression has a month name. */
const NAMES_MONTHS = new Set(RULES.filter((r) => r.re.source.includes('January')));

export function recognizeDates(text: string, offset: number): DateMention[] {
  const out: DateMention[] = [];
  const digit = /\d/.test(text);
  const low = text.toLowerCase();
  const lowOk = low.length === text.length;
  const month = lowOk ? MONTH_WORD_LOWER.test(low) : MONTH_WORD.test(text);
  const taken: [number, number][] = [];
  for (const rule of RULES) {
    // rules with digits need a digit; the rules of words each have keys, or a month name (below)
    if (rule.needs === 'digit' && !digit) continue;
    if (!month && NAMES_MONTHS.has(rule)) continue;
    if (rule.keys && !rule.keys.some((k) => low.includes(k))) continue;
    const lower = lowOk ? LOWER.get(rule) : null;
    const re = lower ?? rule.re;
    const src = lower ? low : text;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      const a = m.index, b = m.index + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      const v = rule.value(m);
      if (!v) continue;
      const matched = text.slice(a, b);
      if (/\d\s*(?:[-–]|to|and|until)\s*\d/.test(matched) && rule.id !== 'date/iso' && !/dash|slash/.test(rule.id)) v.range = true;
      taken.push([a, b]);
      out.push({ charStart: offset + a, charEnd: offset + b, text: matched, value: v, rule: rule.id });
    }
  }
  return out.sort((x, y) => x.charStart - y.charStart);
}

/** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `--MM-DD` for a (resolved) date value; null when it has no month or year. */
export function formatDate(v: DateValue): string | null {
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (v.year != null && v.month != null && v.day != null) return `${v.year}-${p2(v.month)}-${p2(v.day)}`;
  if (v.year != null && v.month != null) return `${v.year}-${p2(v.month)}`;
  if (v.year != null) return `${v.year}`;
  if (v.month != null && v.day != null) return `--${p2(v.month)}-${p2(v.day)}`;
  return null;
}

/** Parses `YYYY-MM-DD` into a UTC Date, or null. */
export function parseIsoDay(s: string | null | undefined): Date | null {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return null;
  const d = new Date(`${s}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
