/**
 * Date expressions in a sentence: "June 8, 2021", "8 June 2021", "April 16", "on Thursday",
 * "late Thursday", "today", "yesterday", "on the same day", "2021-06-09", "2020/05/29",
 * "08/05/2022", "24-01-2025", "in January", "from March 29-31" (the first day).
 * Each result says what the text gives; resolving against the publication date is the date refiner's job.
 */
import type { DateMention, DateValue } from '../doc.js';
import { forLowercase } from '../text/lowercase-regex.js';
import { ruleBook, type RuleBook, type RuleSpec } from '../knowledge/rule-book.js';
import { readDataJson, dataFileExists } from '../data-files.js';

interface DateRule {
  id: string;
  re: RegExp;
  /** the same expression for the lowercased sentence (text/lowercase-regex.ts), when it has one */
  lower: RegExp | null;
  value: (m: RegExpExecArray) => DateValue | null;
  /** 'digit': tried only on sentences with a digit; 'word': a date of words */
  needs?: 'digit' | 'word';
  /** lowercase strings of which the sentence must contain one for the rule to be tried (a speed-up) */
  keys?: string[];
  /** tried only where a month is named */
  monthWord: boolean;
  /** the order its words give day and month in ("18 June": dm; "June 18": md), from the rule's `written_order` */
  order?: 'dm' | 'md';
  /** a back-reference to the day told before ("On this occasion, ..."), dropped when the sentence writes a day of its own */
  yieldsToDay?: boolean;
  /** a span of days in the match ("June 4-6") marks the date a range */
  ranges: boolean;
  /** every match is a span of days (the rule's `range: true`) */
  alwaysRange: boolean;
}

const valid = (v: DateValue): DateValue | null => {
  if (v.month != null && (v.month < 1 || v.month > 12)) return null;
  if (v.day != null && (v.day < 1 || v.day > 31)) return null;
  if (v.year != null && (v.year < 1900 || v.year > 2100)) return null;
  return v;
};

/** The date rules of a language: the shared numeric forms, then the language's own, compiled once. */
export interface DateRules {
  rules: DateRule[]; monthWord: RegExp | null; monthWordLower: RegExp | null;
  /** a gloss of the hour in another time zone ('(7:40 a.m. on September 25, Japan time)': dates/zone-gloss), whose dates are no day of their own */
  zoneGloss: RegExp | null;
}

const compiled = new Map<string, DateRules>();

const packOrders = new Map<string, 'dmy' | 'mdy' | null>();
/** The order of day and month the language always writes (pack.json `numeric_order`: Vietnamese 2/10/2025 is 2 October), or null. */
export function packOrder(language: string): 'dmy' | 'mdy' | null {
  let o = packOrders.get(language);
  if (o === undefined) {
    const file = `lang/${language}/pack.json`;
    o = dataFileExists(file) ? readDataJson<{ numeric_order?: 'dmy' | 'mdy' }>(file).numeric_order ?? null : null;
    packOrders.set(language, o);
  }
  return o;
}


export function dateRules(language: string): DateRules {
  let r = compiled.get(language);
  if (!r) {
    const common = ruleBook('common', 'dates');
    const own = ruleBook(language, 'dates');
    const months = own.optionalMap('date/months');
    const weekdays = own.optionalMap('date/weekdays');
    const monthWord = own.optionalPattern('date/month-word');
    const rules = [common, own].flatMap((b) => b.rules.filter((x) => typeof x.pattern === 'string' && x.id.startsWith('date/') && !/^date\/(?:months|weekdays|month-word)$/.test(x.id))
      .map((x) => compileRule(b, x, months, weekdays, packOrder(language))));
    r = { rules, monthWord, monthWordLower: monthWord ? forLowercase(monthWord) : null, zoneGloss: own.optionalGlobalPattern('dates/zone-gloss') };
    compiled.set(language, r);
  }
  return r;
}

function compileRule(book: RuleBook, r: RuleSpec, months: Map<string, string>, weekdays: Map<string, string>, langOrder: 'dmy' | 'mdy' | null): DateRule {
  // every match of a sentence counts ("中評社北京8月15日電／8月14日，..."): the rules run globally
  const flags = typeof r.flags === 'string' ? r.flags : 'iu';
  const re = book.pattern(r.id, flags.includes('g') ? flags : `${flags}g`);
  const fixed = r.value as DateValue | undefined;
  // a shared numeric form whose order is a convention takes the order the language always writes
  // (Vietnamese 8/1/2025 is 8 January, whatever US-hosted sites do)
  const order = r.order ? (langOrder ?? r.order as 'dmy' | 'mdy') : undefined;
  const month = (s: string) => (/^\d+$/.test(s) ? +s : Number(months.get(s.toLowerCase().replace(/\.$/, ''))));
  const value = (m: RegExpExecArray): DateValue | null => {
    const g = m.groups ?? {};
    // a fixed value with the day the expression names ("本月16日": relativeMonth 0, day 16)
    if (fixed) {
      const v: DateValue = { ...fixed };
      // ("今年1月", "去年11月20日": a month, and its day, of a year counted from the reference date's)
      if (g.month != null) v.month = month(g.month);
      if (g.day != null) v.day = +g.day;
      // "last Thursday": a weekday with a fixed part
      if (g.weekday != null) v.weekday = Number(weekdays.get(g.weekday.toLowerCase()));
      // ("Tết Nguyên đán Quý Mão 2023", "2024年春节前夕": the festival of the year the text gives)
      if (fixed.festival && g.year != null) v.year = +g.year;
      return v;
    }
    if (g.weekday != null) return { weekday: Number(weekdays.get(g.weekday.toLowerCase())) };
    const v: DateValue = {};
    // a two-digit year ("24/10/24"): 1970-2069
    if (g.year != null) v.year = g.year.length === 2 ? (+g.year < 70 ? 2000 : 1900) + +g.year : +g.year;
    if (g.a != null && g.b != null) {
      // a numeric date whose order is a convention: swapped when the first cannot be a month (or day)
      let [d, mo] = order === 'mdy' ? [+g.b, +g.a] : [+g.a, +g.b];
      if (mo > 12 && d <= 12) [d, mo] = [mo, d];
      v.month = mo; v.day = d;
    }
    if (g.month != null) v.month = month(g.month);
    if (g.day != null) v.day = +g.day;
    return valid(v);
  };
  return {
    id: r.id, re, lower: forLowercase(re), value, needs: r.needs as DateRule['needs'], keys: r.keys as string[] | undefined,
    monthWord: !!r.month_word, ...(r.yields_to_day === true ? { yieldsToDay: true } : {}), ...(r.written_order === 'dm' || r.written_order === 'md' ? { order: r.written_order } : {}), ranges: r.range === false ? false : !order && r.id !== 'date/iso' && !/^date\/ymd/.test(r.id), alwaysRange: r.range === true,
  };
}

export function recognizeDates(text: string, offset: number, language = 'en'): DateMention[] {
  const R = dateRules(language);
  const out: DateMention[] = [];
  const digit = /\d/.test(text);
  const low = text.toLowerCase();
  const lowOk = low.length === text.length;
  const month = R.monthWord ? (lowOk && R.monthWordLower ? R.monthWordLower.test(low) : R.monthWord.test(text)) : true;
  const taken: [number, number][] = [];
  for (const rule of R.rules) {
    // rules with digits need a digit; the rules of words each have keys, or a month name (below)
    if (rule.needs === 'digit' && !digit) continue;
    if (!month && rule.monthWord) continue;
    if (rule.keys && !rule.keys.some((k) => low.includes(k))) continue;
    const lower = lowOk ? rule.lower : null;
    const re = lower ?? rule.re;
    const src = lower ? low : text;
    re.lastIndex = 0;
    for (let m = re.exec(src); m; m = re.exec(src)) {
      if (!re.global) { if (m[0].length === 0) break; }
      const a = m.index, b = m.index + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) { if (!re.global) break; continue; }
      const v = rule.value(m);
      if (!v) { if (!re.global) break; continue; }
      const matched = text.slice(a, b);
      if (rule.alwaysRange || (rule.ranges && /\d\s*(?:[-–]|to|and|until)\s*(?:\p{L}+day,?\s+)?\d/u.test(matched))) v.range = true;
      taken.push([a, b]);
      out.push({ charStart: offset + a, charEnd: offset + b, text: matched, value: v, rule: rule.id, ...(rule.order ? { order: rule.order } : {}) });
      if (!re.global) break;
    }
  }
  // "On the occasion, the delegation also called on Y on Tuesday": a day the sentence writes is its own, not the day of
  // the encounter told before that the back-reference would give (rules with yields_to_day)
  const yields = new Set(R.rules.filter((x) => x.yieldsToDay).map((x) => x.id));
  if (yields.size && out.some((d) => yields.has(d.rule)) && out.some((d) => !yields.has(d.rule) && !d.value.sameDay && (d.value.day != null || d.value.weekday != null))) {
    for (let i = out.length - 1; i >= 0; i--) if (yields.has(out[i].rule)) out.splice(i, 1);
  }
  // the day and hour of the encounter written again for the readers at home, in another time zone ("On September 24 (7:40
  // a.m. on September 25, Japan time)", "Tối 12/3 (giờ địa phương), tức rạng sáng 13/3 giờ Việt Nam"): the gloss's dates are none of the encounter's
  if (out.length && R.zoneGloss) {
    const glosses: [number, number][] = [];
    R.zoneGloss.lastIndex = 0;
    for (let m = R.zoneGloss.exec(text); m; m = R.zoneGloss.exec(text)) glosses.push([offset + m.index, offset + m.index + m[0].length]);
    if (glosses.length) return out.filter((d) => !glosses.some(([a, b]) => a <= d.charStart && d.charEnd <= b)).sort((x, y) => x.charStart - y.charStart);
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

/** The latest day of a weekday up to the reference day (the day itself counts, unless `before`: "last Monday"). */
export function latestWeekday(weekday: number, before: boolean, ref: Date): Date {
  const back = (ref.getUTCDay() - weekday + 7) % 7 || (before ? 7 : 0);
  return new Date(ref.getTime() - back * 86_400_000);
}

/** The year of the latest such month up to the reference day's ("in October" of a page of March: the year before);
 * strictly before the reference day's month when `before` ("last July" of a page of July: the year before). */
export function latestMonthYear(month: number, ref: Date, before = false): number {
  const now = ref.getUTCMonth() + 1;
  return month < now || (month === now && !before) ? ref.getUTCFullYear() : ref.getUTCFullYear() - 1;
}

/**
 * The calendar day of a day told relative to a reference day: "yesterday", "今天" (`relative` days), and "16日",
 * "本月16日" (`relativeMonth` with a day: of the reference's month; a day more than one after the reference's is of
 * the month before). Null for any other value. The one place this arithmetic is written: the date refiner resolves
 * with it, and the merger compares drafts by it.
 */
export function relativeCalendarDay(v: DateValue, ref: Date): { year: number; month: number; day: number } | null {
  if (v.relative != null) {
    const d = new Date(ref.getTime() + v.relative * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  }
  if (v.relativeMonth != null && v.day != null) {
    const back = v.relativeMonth === 0 && v.day > ref.getUTCDate() + 1 ? 1 : 0;
    const d = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + v.relativeMonth - back, 1));
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: v.day };
  }
  return null;
}
