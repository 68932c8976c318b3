/**
 * The document's own date and its story's dateline, read off the text the way sites print them:
 * "date 2021-06-09", "2020/05/29", "April 17, 2021 | 11:34", "2023-07-13 18:20",
 * "08/05/2022 | News release", "Beijing, 18 August 2021 (TDI):", "BEIJING, June 26 (Xinhua) --",
 * "MOSCOW (Outlet / Agency - 09th June, 2023)", "Brussels, 19/06/2021", "HÀ NỘI —",
 * "The following press release was published by ... on Aug. 29, 2021", a date line at the foot.
 * A date counts as the publication date only where it stands as a dateline, byline or stamp, never
 * inside a sentence ("On April 14, 2022, ... had a phone conversation" is the event's date).
 * The forms are rules of data/lang/common/datelines.json and data/lang/<language>/datelines.json.
 *
 * Of several forms the strongest wins: a scraper's stamp, then a dateline with a full date, then a
 * release's own "published on", a title that ends with its date, a line that is only a date (a
 * weekday-led one at the top of a page is often the site's today, so it ranks below), a date line at
 * the foot. A dateline with a month-day and no year takes its year from a full date of the same day
 * elsewhere in the text (a photo caption) or from the address; with nothing in the text, a date in
 * the address is the publication date (inferred).
 */
import type { Line } from '../doc.js';
import type { DateValue } from '../doc.js';
import type { Decision } from '../decision.js';
import { stated, inferred } from '../decision.js';
import { recognizeDates, formatDate, packOrder } from './date-recognizer.js';
import { readDataJson, dataFileExists } from '../data-files.js';
import { ruleBook, agencyNames, agencyCountry, type RuleBook } from '../knowledge/rule-book.js';
import { outletCountryOfLine, officialSiteOfUrl } from '../knowledge/outlets.js';

export interface DatelineResult {
  published: Decision<string> | null;
  /** the line the publication date stands on */
  publishedLine: number | null;
  /** that line is only a date (and a byline): page furniture, not text */
  publishedLineIsFurniture: boolean;
  place: string | null;
  /** the division or country the dateline names after its place ("KANANASKIS, Alberta, June 16 (Reuters)": Alberta) */
  region?: string | null;
  date: DateValue | null;
  line: number | null;
  /** where the dateline ends in its line (characters) */
  end: number;
}

interface Candidate { rank: number; decision: Decision<string>; line: number; furniture: boolean; updated?: boolean }

const DATELINE_RULES = ['dateline/agency-date', 'dateline/agency', 'dateline/agency-first', 'dateline/credit-date', 'dateline/other-credit', 'dateline/place-credit', 'dateline/slashed-agency', 'dateline/bare-agency', 'dateline/caps', 'dateline/caps-colon', 'dateline/title-colon', 'dateline/place-dash', 'dateline/local-portal', 'dateline/place-monthday-dash', 'dateline/date-place-issuer', 'dateline/place-date', 'dateline/place-date-lead', 'dateline/place-dash-major', 'dateline/place-line', 'dateline/venue-place-line', 'dateline/reporter-place', 'dateline/byline-place'];
/** How near the top a line that is only a city's name counts as a dateline. */
const PLACE_LINE_MAX = 2;
/** How many lines below the headline a byline's date may stand. */
const BYLINE_LINES = 4;
/** How long a line is at least to be a story's lead paragraph. */
const LEAD_MIN = 100;

/** How many lines from the top a page's own date may stand, and from the foot. */
const HEAD_LINES = 40;
const FOOT_LINES = 12;

export function recognizeDateline(lines: Line[], language = 'en', url: string | null = null, isMajorPlace: (name: string) => boolean = () => false, placeCountry: (name: string) => string | null = () => null, headline: number | null = null): DatelineResult {
  const common = ruleBook('common', 'datelines');
  const weekdayWords = common.optionalWords('dateline/weekday-words');
  const own = ruleBook(language, 'datelines');
  const res: DatelineResult = { published: null, publishedLine: null, publishedLineIsFurniture: false, place: null, date: null, line: null, end: 0 };
  const at = (line: Line, from: number, to: number) => ({ start: line.start + from, end: line.start + to });
  const cands: Candidate[] = [];
  const add = (rank: number, value: string | null, rule: string, line: Line, from: number, to: number, furniture = false) => {
    if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) cands.push({ rank, decision: stated(value, rule, at(line, from, to)), line: line.index, furniture });
  };
  // the text's own order of day and month, read only when an ambiguous numeric date needs it
  let daysMemo: TextDays | undefined;
  let siteMemo: string | null | undefined;
  // with no worded date to tell, the convention of the page's state: its dateline's city, else an agency
  // named alone on one of its first lines (the site's name: "Agência Brasil", "Andina")
  // or an outlet's name opening one of them ("Khmer Times | 10/07/2026")
  // (a long masthead line's part before a bar, "Fijian Government | Ministry of Information")
  const siteCountry = () => (siteMemo ??= lines.slice(0, 4).map((l) => l.text.trim()).map((t) => (t.length > 40 && t.indexOf(' | ') > 0 ? t.slice(0, t.indexOf(' | ')) : t)).filter((t) => t.length <= 40).map((t) => agencyCountry(t) ?? outletCountryOfLine(t) ?? null).find((c) => c) ?? null);
  // the state's convention comes before the order of the text's worded dates: English copy writes "April 2"
  // month first wherever it is filed, while the page's stamp keeps its state's order ("08.04.2025" in Ankara)
  const order = (): TextDays => {
    const k = (daysMemo ??= textDays(lines, language));
    if (k.weekday) return k;
    // (else the state whose government's site the page's address is on: "mfa.gov.bt" and "Posted on: 03/12/2026" with
    // no dateline nor site name is 3 December, Bhutan writing the day first: h-en52 probe)
    const state = (res.place ? placeCountry(res.place) : null) ?? aheadState() ?? siteCountry() ?? officialSiteOfUrl(url);
    const o = state ? stateOrder(state) : null;
    return o ? { ...k, order: o } : k;
  };
  // a stamp above the dateline ("03/07/2025" over "Jakarta – Foreign Minister ..."): the state of the dateline below
  let aheadMemo: string | null | undefined;
  const aheadState = (): string | null => {
    if (aheadMemo !== undefined) return aheadMemo;
    aheadMemo = null;
    for (const line of head) {
      for (const { id, re } of datelines) {
        if (id === 'dateline/caps-colon' || id === 'dateline/title-colon') continue;
        const found = datelineAt(id, re, line.text, line.index);
        const c = found ? placeCountry(found.place) : null;
        if (c) return (aheadMemo = c);
      }
    }
    return aheadMemo;
  };

  // a scraper's stamp may stand on a line that is otherwise a caption
  const prefixRe = common.pattern('published/date-prefix');
  for (const line of lines.slice(0, HEAD_LINES)) {
    const p = prefixRe.exec(line.text);
    if (p) { add(0, p.groups!.date, 'published/date-prefix', line, p.index, p[0].length); break; }
  }

  // the first lines of text that are not page furniture (a menu of 60 provinces may come first)
  // (and a masthead line whose part after the site's name is the page's labelled stamp: "Xinhua | Updated: 2026-11-17 22:41")
  const stampPart = (l: Line): string | null => {
    if (l.noise !== 'noise/masthead' || !l.text.includes('|')) return null;
    const part = l.text.slice(l.text.indexOf('|') + 1).trim();
    if ((own.has('published/labelled') && own.pattern('published/labelled').test(part)) || (own.has('published/updated') && own.pattern('published/updated').test(part))) return part;
    // (or, in the byline just below the headline, a site's name over its story's stamp: "Khmer Times | December 4, 2025 |
    // 7:52 PM" is the story's date, never the site's today, which stands above the headline; h-en70 probe)
    return headline != null && l.index > headline && l.index <= headline + BYLINE_LINES && dateOnly(part, own, language, order) ? part : null;
  };
  const head = lines.filter((l) => !l.noise || l.noise === 'noise/ui-line' || l.noise === 'noise/ui-prefix' || stampPart(l) != null).slice(0, HEAD_LINES);
  const datelines = DATELINE_RULES.filter((id) => own.has(id)).map((id) => ({ id, re: own.pattern(id) }));
  const stamps = stampRules(own);
  let dispatchOnly = false;
  // the story's lead (its first paragraph), below a page's chrome: a city and a dash opening it is its dateline
  // ("Jakarta – Foreign Minister ...") however many lines of menus and stamps stand above it
  const lead = head.find((l) => l.text.length >= LEAD_MIN && /[.!?]["')”’]?\s*$/u.test(l.text))?.index;
  /**
   * A dateline rule's hit on a line and the place it names, or null: the rule's quick test, the expression, the city of
   * a venue line, no agency's name alone, and a major place where the form is otherwise any line's (a name alone, a dash).
   */
  const datelineAt = (id: string, re: RegExp, body: string, lineIndex: number): { hit: RegExpExecArray; place: string } | null => {
    const leadOpens = id === 'dateline/place-dash-major' && lineIndex === lead;
    if (!mayHold(id, body, leadOpens ? 0 : lineIndex)) return null;
    const hit = re.exec(body);
    if (!hit?.groups?.place) return null;
    // "Ottawa, Ontario", "The Kremlin, Moscow": the first part when it is a city, else the place it stands in
    const venue = id === 'dateline/venue-place-line' ? hit.groups.venue?.trim() ?? null : null;
    let place = venue != null && isMajorPlace(venue) ? venue : hit.groups.place.trim().replace(/,$/, '');
    // "State House, Freetown, 2 December 2026 -": a venue the gazetteer does not know, then its city
    const second = hit.groups.second?.trim();
    if (second && !isMajorPlace(place) && isMajorPlace(second)) place = second;
    // an agency's name alone is no place ("VNA - ..."), nor a weekday of a site's clock line ("Thứ Năm, 22/10/2026 - 07:10")
    if (isAgency(place) || weekdayWords.has(place.toLowerCase())) return null;
    // (a smaller town that hosts a summit opens the story's lead as any city does: "KHANKENDI: Prime Minister ...";
    // on the lead only, and only a place the gazetteer knows)
    if ((id === 'dateline/place-monthday-dash' || id === 'dateline/local-portal') && !isMajorPlace(place)) return null;
    if (id === 'dateline/caps-colon' && !isMajorPlace(place) && !(lineIndex === lead && place.length >= 4 && placeCountry(place) != null)) return null;
    // (in title case, a capital or major city only, on the lead: "Doha: Prime Minister ..."; no "Note:" nor "Update:")
    if (id === 'dateline/title-colon' && (!isMajorPlace(place) || lineIndex !== lead)) return null;
    // a credit the agencies file does not know: only after a place of note, or one its region places
    if (id === 'dateline/other-credit' && !isMajorPlace(place) && !hit.groups.region) return null;
    // (with no date: a place of note only, "Hanoi (NDO) -")
    if (id === 'dateline/place-credit' && !isMajorPlace(place)) return null;
    // (a reporter's byline: a place the gazetteer knows)
    if (id === 'dateline/byline-place' && placeCountry(place) == null) return null;
    if ((id === 'dateline/place-line' || id === 'dateline/venue-place-line' || id === 'dateline/place-dash-major') && ((lineIndex > PLACE_LINE_MAX && !leadOpens) || !isMajorPlace(place))) return null;
    return { hit, place };
  };
  for (const [pos, line] of head.entries()) {
    // (the top of the page: its first lines, or its first lines that are not furniture below a masthead, a language bar
    // and a menu: "Nhan Dan Online | Tiếng Việt | English ... | Sunday, December 6, 2026" is the site's today)
    // (a line lower down with a time is a story's stamp: "Wednesday, October 21, 2026 - 23:40" under the headline)
    const top = line.index <= 2 || (pos <= 2 && !/\d[:h]\d/.test(line.text));
    // a dateline and a date found: lines further down add nothing (a later dateline is another story's)
    if (res.place && cands.length && line.index > (res.line ?? 0) + 2) break;
    const t = stampPart(line) ?? line.text;
    const prefix = prefixRe.exec(t);
    const skip = prefix ? prefix[0].length : 0;
    const body = t.slice(skip);
    if (!res.place) {
      for (const { id, re } of datelines) {
        const found = datelineAt(id, re, body, line.index);
        if (!found) continue;
        const { hit, place } = found;
        const groups = hit.groups!;
        // a date needs a date
        const date = groups.date ? recognizeDates(groups.date, 0, language)[0] ?? null : null;
        if (id === 'dateline/place-date' || id === 'dateline/place-date-lead' || id === 'dateline/credit-date' || id === 'dateline/agency-date') {
          // (a line that is a major city and a day and month alone, "Vienna, 3 December", is a ministry's dateline
          // with no year: it dates the story's "on Tuesday" as an agency's "DOHA, Dec 6 (APP):" does; h-en75 probe)
          const yearless = id === 'dateline/place-date' && date != null && date.value.month != null && isMajorPlace(place);
          if (!date || (date.value.year == null && !yearless) || date.value.day == null) continue;
        }
        if (id === 'dateline/other-credit' && (!date || date.value.day == null || date.value.month == null)) continue;
        res.place = place;
        if (groups.region) res.region = groups.region.trim();
        res.line = line.index;
        res.end = skip + hit.index + hit[0].length;
        if (date) {
          // an ambiguous numeric date the text's other dates do not order: an agency of a state that
          // writes the day first ("ALGIERS, 09/03/2025 (APS)") is read day first
          const agency = groups.agency ? agencyCountry(groups.agency) : undefined;
          const byAgency = (): TextDays => {
            const k = order();
            const o = agency && !daysMemo!.order ? stateOrder(agency) : null;
            return o ? { ...k, order: o } : k;
          };
          res.date = orderedValue(date.value, groups.date!, byAgency);
          add(1, formatDate(res.date), id === 'dateline/credit-date' ? 'published/credit-date' : 'published/dateline', line, 0, res.end);
        }
        break;
      }
    }
    // a page's stamp ("发布时间：2022-08-05", "Thứ Sáu, 16/04/2021 10:20"); an agency's dispatch line
    // without a year ("新华社北京1月14日电") dates the story like a dateline
    for (const st of stamps) {
      if (st.needs && !body.includes(st.needs)) continue;
      st.re.lastIndex = 0;
      const hit = st.re.exec(body);
      const g = hit?.groups;
      // a stamp stands on a short line or opens one, not inside a paragraph (a photo's date in a teaser)
      if (!hit || !g || (hit.index > STAMP_OPENS && body.length > STAMP_LINE)) continue;
      // a dispatch that gives the day alone (中央社記者東京3日專電): that day of the page's month
      const v: DateValue = g.month == null ? { relativeMonth: 0, day: Number(g.day) } : { month: Number(g.month), day: Number(g.day), ...(g.year ? { year: Number(g.year) } : {}) };
      if (!((g.month == null || (v.month! >= 1 && v.month! <= 12)) && v.day! >= 1 && v.day! <= 31)) continue;
      // a weekday and a date with no time at the top is the site's today (Thứ Bảy, 06/12/2025): any stamp of the story wins
      const header = v.year != null && top && !/\d[:h]\d/.test(body) && own.has('published/weekday-header') && own.pattern('published/weekday-header').test(body);
      if (v.year != null) add(header ? 5 : 2, formatDate(v), st.id, line, skip + hit.index, skip + hit.index + hit[0].length);
      // a dispatch with its place and a full date (中央社記者…台北2025年3月4日電) is also the story's dateline
      if ((v.year == null || g.place) && !res.date) {
        res.date = v;
        // a print paper's own dispatch (本报北京5月19日电) dates the story, not the page (printed a day or more later)
        if (st.notPage) dispatchOnly = true;
        res.line = line.index;
        res.end = skip + hit.index + hit[0].length;
        const place = g.place?.trim();
        if (place && !res.place) res.place = place;
      }
    }
    // a release's number and date opening its title line: "No: 341, 4 December 2026, Press Release Regarding ..."
    const numbered = own.has('published/numbered-release') && body.startsWith('No') ? own.pattern('published/numbered-release').exec(body) : null;
    if (numbered) {
      const d = recognizeDates(numbered.groups!.date, 0, language)[0];
      if (d && d.value.year != null && d.value.day != null) add(2, formatDate(d.value), 'published/numbered-release', line, skip + numbered.index, skip + numbered.index + numbered[0].length);
    }
    const release = own.has('published/press-release') && (t.includes('ublish') || t.includes('ssued') || t.includes('eleas')) ? own.pattern('published/press-release').exec(t) : null;
    if (release) {
      const d = recognizeDates(release.groups!.date, 0, language)[0];
      if (d) add(2, formatDate(orderedValue(d.value, d.text, order)), 'published/press-release', line, release.index, release.index + release[0].length);
    }
    // a line that is a date (a label or a site name beside it at most): labelled as the page's
    // publication ("Published: 14 March 2023") it is the article's; a weekday-led one at the top is often the site's today
    // "Posted: Wednesday, September 10, 2025 - 13:05. Updated: Wednesday, September 10, 2025 - 16:20.": a line labelled
    // as the publication that goes on with its update's stamp is the publication's up to the update's label (h-en44 probe)
    const labelledHere = own.has('published/labelled') && own.pattern('published/labelled').test(body);
    const updateAt = labelledHere ? body.search(UPDATE_LABEL_AFTER) : -1;
    const only = dateOnly(updateAt > 0 ? body.slice(0, updateAt) : body, own, language, order);
    if (only) {
      const labelled = labelledHere;
      const header = top && own.has('published/weekday-header') && own.pattern('published/weekday-header').test(body);
      add(labelled ? 2 : header ? 5 : 4, only, labelled ? 'published/labelled' : 'published/date-line', line, 0, t.length, true);
      // labelled as the page's last update ("Updated: 23 Apr 2026"): a later edit, not the story's day
      if (!labelled && own.has('published/updated') && own.pattern('published/updated').test(body) && cands.length) cands[cands.length - 1].updated = true;
    }
    // a title or source line that ends with its date: "..., U.S. State Dept., July 27, 2024." (not a line that is only a date)
    const tail = !only && !(updateAt > 0) && line.index <= 3 && own.has('published/title-date') ? own.pattern('published/title-date').exec(body) : null;
    if (tail) {
      const d = recognizeDates(tail.groups!.date, 0, language)[0];
      if (d) add(3, formatDate(d.value), 'published/title-date', line, skip + tail.index, t.length);
    }
  }
  // a date line at the foot of the page ("Posted on 19 September 2016")
  if (!cands.length) {
    for (const line of lines.slice(-FOOT_LINES).reverse()) {
      // (a line that is only the page's address holds its date too: evidence for a year, not the page's own date)
      if (line.noise === 'noise/caption' || line.noise === 'noise/address-line') continue;
      const only = dateOnly(line.text, own, language, order);
      if (only) { add(6, only, 'published/foot-date-line', line, 0, line.text.length, true); break; }
      // a blog engine's sentence of the page's own posting ("This entry was posted on November 29, 2026 by ...")
      const posted = line.text.includes(' was ') && own.has('published/entry-posted') ? own.pattern('published/entry-posted').exec(line.text) : null;
      const pd = posted ? recognizeDates(posted.groups!.date, 0, language)[0] : undefined;
      if (posted && pd && pd.value.year != null && pd.value.day != null) { add(6, formatDate(pd.value), 'published/entry-posted', line, posted.index, posted.index + posted[0].length, true); break; }
    }
  }
  cands.sort((a, b) => a.rank - b.rank || a.line - b.line);
  let best = cands[0];
  // a bare date line over the headline is often the site's today ("Today's Paper | August 06, 2025", "May 22, 2025"
  // over a story of May 21): a date line in the byline just below the headline is the story's
  if (headline != null && best?.rank === 4 && best.line < headline) best = cands.find((c) => c.rank === 4 && c.line > headline && c.line <= headline + BYLINE_LINES) ?? best;
  // the page's only full date is its last update and the dateline below gives the story's day without a year
  // ("Updated: 23 Apr 2026" over "Lima, Apr. 22 (ANDINA) -"): that day, in the year the stamp allows
  const story = res.date;
  // (so too a weekday-led date line at the top, "Monday 16 November 2026 | Weather: ...", that names another day than a dispatch
  // line, "Vientiane, November 14 (KPL) -": the site's today; the story is of the dispatch's day, in the year the line allows)
  const siteToday = !!best && best.rank === 5 && !!story && story.month != null && story.day != null
    && best.decision.value.length === 10 && best.decision.value.slice(5) !== `${String(story.month).padStart(2, '0')}-${String(story.day).padStart(2, '0')}`;
  if ((best?.updated || siteToday) && story && !dispatchOnly && story.year == null && story.month != null && story.day != null) {
    const [y, m, d] = best.decision.value.split('-').map(Number);
    const year = story.month * 100 + story.day > m * 100 + d ? y - 1 : y;
    res.published = inferred(formatDate({ month: story.month, day: story.day, year })!, best.updated ? 'published/dateline+updated-year' : 'published/dateline+page-date-year',
      `the year of the page's ${best.updated ? 'update stamp' : 'date line'} ${best.decision.value}`, best.decision.span ?? null, ['year']);
    res.publishedLine = best.line;
    res.publishedLineIsFurniture = best.furniture;
    return res;
  }
  if (best) {
    res.published = best.decision;
    res.publishedLine = best.line;
    res.publishedLineIsFurniture = best.furniture;
    return res;
  }
  // a dateline without a year: the year of a photo caption of the same story dated that day ("... Dec. 12, 2021.
  // (Xinhua/Li Ming)"), else of the address
  if (res.date && !dispatchOnly && res.date.year == null && res.date.month != null && res.date.day != null) {
    const md = { month: res.date.month, day: res.date.day };
    for (const line of lines) {
      if (line.noise !== 'noise/caption') continue;
      const d = recognizeDates(line.text, 0, language).find((x) => x.value.year != null && x.value.month === md.month && x.value.day === md.day);
      if (d) {
        res.published = inferred(formatDate({ ...md, year: d.value.year })!, 'published/dateline+caption-year', `the year of "${d.text}" in a photo caption`, at(line, 0, line.text.length), ['year']);
        return res;
      }
    }
    // (or of the wire's sign-off line: "CMC/ls/ir/2025"; dateline/signoff-year)
    const signoff = own.has('dateline/signoff-year') ? own.pattern('dateline/signoff-year') : null;
    for (const line of signoff ? lines : []) {
      const m = signoff!.exec(line.text);
      // (a year of the Republic of China's era, "（編輯：…）1141205": 114 + 1911, the sign-off's own month and day telling
      // a dispatch of 31 December signed off in the new year)
      const g = m?.groups;
      const year = g?.year ? Number(g.year) : g?.roc ? Number(g.roc) + ROC_ERA - (g.month && Number(g.month) < md.month ? 1 : 0) : null;
      if (year == null) continue;
      res.published = inferred(formatDate({ ...md, year })!, 'published/dateline+signoff-year', `the year of the sign-off "${line.text.trim()}"`, at(line, 0, line.text.length), ['year']);
      return res;
    }
    const y = url ? urlDate(url, common) : null;
    if (y) {
      res.published = inferred(formatDate({ ...md, year: y.year })!, 'published/dateline+url-year', `the year in the address ${url}`, null, ['year']);
      return res;
    }
  }
  return res;
}

/**
 * The date the page's address gives (/2024/01/23/, /202009/): not the text's own date, but evidence
 * for the year of a month-day the text leaves without one.
 */
export function addressDate(url: string | null): Decision<string> | null {
  const u = url ? urlDate(url, ruleBook('common', 'datelines')) : null;
  if (!u) return null;
  const value = u.day != null ? formatDate(u as DateValue)! : formatDate({ year: u.year, month: u.month })!;
  return inferred(value, u.day != null ? 'published/url-date' : 'published/url-year-month', `the address ${url}`, null);
}

interface Stamp { id: string; re: RegExp; needs: string | null; notPage: boolean }
/** A stamp opens its line (within so many characters), or its line is short. */
const STAMP_OPENS = 40;
const STAMP_LINE = 160;
const stampMemo = new WeakMap<RuleBook, Stamp[]>();
/**
 * A language's stamp rules: its `published/*` rules with month and day groups (and a year, or a
 * place, for an agency's dispatch line), beside the English forms this recogniser reads by name.
 */
function stampRules(own: RuleBook): Stamp[] {
  let r = stampMemo.get(own);
  if (!r) {
    r = own.rules.filter((x) => x.id.startsWith('published/') && !NAMED_PUBLISHED.has(x.id) && typeof x.pattern === 'string' && (/\(\?<month>/.test(x.pattern) || x.day_only === true) && /\(\?<day>/.test(x.pattern))
      .map((x) => ({ id: x.id, re: own.pattern(x.id), needs: typeof x.needs === 'string' ? x.needs : null, notPage: x.not_page_date === true }));
    stampMemo.set(own, r);
  }
  return r;
}
/** The `published/*` rules read by name above, not as stamps. */
const NAMED_PUBLISHED = new Set(['published/title-date', 'published/press-release', 'published/entry-posted', 'published/byline-noise', 'published/weekday-header', 'published/labelled', 'published/updated', 'published/date-prefix']);

/** A quick test before a dateline rule's expression: the characters its form cannot do without. */
function mayHold(id: string, body: string, lineIndex: number): boolean {
  switch (id) {
    case 'dateline/agency': case 'dateline/credit-date': return body.includes('(');
    case 'dateline/other-credit': return body.includes(')') && /[—–:-]/.test(body);
    case 'dateline/place-credit': return body.includes(')') && /[—–-]/.test(body.slice(0, 60));
    case 'dateline/agency-date': return body.includes('),');
    case 'dateline/agency-first': return body.trimStart().startsWith('(');
    case 'dateline/local-portal': return body.trimStart().startsWith('(') && /[—–-]/.test(body.slice(0, 80));
    case 'dateline/slashed-agency': return body.includes('/');
    case 'dateline/bare-agency': return body.includes(',') || body.includes('.');
    // (a capitals dateline may stand on a line of its own that ends with its month-day: "KATHMANDU, JULY 1")
    // (or its month-day closed by a period before the lead: "BAKU, Azerbaijan, April 22. The President ...")
    case 'dateline/caps': return /[—–-]/.test(body) || (body.length <= 40 && /\d\s*$/.test(body)) || /\d\.\s+\p{Lu}/u.test(body.slice(0, 60));
    case 'dateline/place-dash': return /[—–-]/.test(body);
    case 'dateline/place-monthday-dash': return /[—–-]/.test(body.slice(0, 60));
    case 'dateline/date-place-issuer': return body.length <= 120 && /[—–-]/.test(body) && /\d{4}/.test(body.slice(0, 24));
    case 'dateline/place-date': return body.includes(',') && body.length <= 60 && /\d/.test(body);
    case 'dateline/place-date-lead': return body.includes(',') && /\d{4}\s*(?:--|[:.–—-])/.test(body.slice(0, 80));
    case 'dateline/place-line': return lineIndex <= PLACE_LINE_MAX && body.length <= 40;
    case 'dateline/venue-place-line': return lineIndex <= PLACE_LINE_MAX && body.length <= 90 && body.includes(',');
    case 'dateline/caps-colon': return body.includes(':');
    case 'dateline/title-colon': { const c = body.indexOf(':'); return c > 0 && c <= 30; }
    case 'dateline/place-dash-major': return lineIndex <= PLACE_LINE_MAX && /[—–-]/.test(body.slice(0, 40));
    case 'dateline/reporter-place': return body.includes('者') && (body.includes('／') || body.includes('/'));
    case 'dateline/byline-place': return lineIndex <= PLACE_LINE_MAX + 6 && body.length <= 80 && body.startsWith('By ') && body.includes(' in ');
    default: return true;
  }
}

const YEAR_DIGIT = /[0-9〇零一二三四五六七八九十]/;

/** A line that is a full date and nothing else that matters (a site or author name may stay, a sentence may not). */
function dateOnly(body: string, own: RuleBook, language: string, order: () => TextDays): string | null {
  // a full date has a year: digits, or Chinese numerals ("二〇二一年")
  if (body.length > 120 || !YEAR_DIGIT.test(body)) return null;
  const dates = recognizeDates(body, 0, language).filter((d) => d.value.year != null && d.value.month != null && d.value.day != null);
  // a span of days ("Visit of the Minister to Oman (December 27-29, 2025)") is what a title tells of, not the page's day
  if (!dates.length || dates[0].value.range) return null;
  let rest = body;
  for (const d of dates) rest = rest.replace(d.text, ' ');
  if (own.has('published/byline-noise')) rest = rest.replace(own.pattern('published/byline-noise'), ' ');
  rest = rest.replace(/\s+/g, ' ').trim();
  // words: a run of Han characters counts one word for two characters (a script without spaces)
  const han = rest.match(/\p{Script=Han}/gu)?.length ?? 0;
  const restWords = rest.replace(/\p{Script=Han}+/gu, ' ').split(' ').filter(Boolean).length + Math.ceil(han / 2);
  const sentence = /[.!?。！？]["')”’」]?\s*$/u.test(body) && restWords > 2;
  if (restWords > 8 || sentence) return null;
  return formatDate(orderedValue(dates[0].value, dates[0].text, order));
}

let agencySet: Set<string> | null = null;
/** An agency's name is no place ("VNA - The two ministers met"). */
function isAgency(place: string): boolean {
  agencySet ??= new Set(agencyNames().map((a) => a.toLowerCase()));
  return agencySet.has(place.toLowerCase());
}

/** What a text's worded dates say about its numeric ones: the order it writes them in, and the days they name. */
interface TextDays {
  /** day first ("18 June") or month first ("June 18"), when its worded dates say so */
  order: 'dmy' | 'mdy' | null;
  /** the month and day of each worded date (month * 100 + day) */
  days: Set<number>;
  /** the order a numeric date with its weekday beside it can only be read in ("Friday, 9/10/2026"), or with a clock written with an h ("12/03/2025 18h40", day first), when one does */
  weekday?: 'dmy' | 'mdy' | null;
  /** the weekdays written with their day of the month in brackets ("this Tuesday (3)"): weekday * 100 + day */
  bracketed?: Set<number>;
}

/**
 * The order a text writes its worded dates in: day first ("18 June") or month first ("June 18"),
 * when its dates say so, and the days they name.
 */
function textDays(lines: Line[], language: string): TextDays {
  let dm = 0, md = 0, wdm = 0, wmd = 0;
  const days = new Set<number>();
  const bracketed = new Set<number>();
  const weekdays = ruleBook(language, 'dates').has('date/weekdays') ? ruleBook(language, 'dates').map('date/weekdays') : null;
  const stampWeekdays = numericWeekdays(language, weekdays);
  for (const l of lines.slice(0, 80)) {
    if (l.text.length > 2000 || !/\d/.test(l.text)) continue;
    // "this Tuesday (3)", "On Monday (2)": the Brazilian and River Plate pages' weekday with its day of the month
    if (weekdays && l.text.includes('(')) {
      for (const b of l.text.matchAll(WEEKDAY_BRACKET_DAY)) {
        const wd = weekdays.get(b[1].toLowerCase());
        if (wd != null && +b[2] >= 1 && +b[2] <= 31) bracketed.add(+wd * 100 + +b[2]);
      }
    }
    // "Monday, 07/12/2026": the reading whose weekday is the one the line names says the page's order
    // "12/03/2025 18h40": a clock written with an h is the day-first usage of the Romance languages' pages
    const byWeekday = (stampWeekdays ? weekdayOrder(l.text, stampWeekdays) : null) ?? (H_CLOCK_NUMERIC.test(l.text) ? 'dmy' : null);
    if (byWeekday === 'dmy') wdm++;
    else if (byWeekday === 'mdy') wmd++;
    for (const d of recognizeDates(l.text, 0, language)) {
      const worded = d.order ?? null;
      if (worded === 'dm') dm++;
      else if (worded === 'md') md++;
      // a date written with words (“June 18”, “10月8日”) names a day a numeric stamp may be read against
      if ((worded || /\p{L}/u.test(d.text)) && d.value.month != null && d.value.day != null) days.add(d.value.month * 100 + d.value.day);
    }
  }
  const weekday = wdm > wmd ? 'dmy' : wmd > wdm ? 'mdy' : null;
  return { order: weekday ?? (dm > md ? 'dmy' : md > dm ? 'mdy' : packOrder(language) ?? numericOrders().unknown), days, weekday, bracketed };
}

const stampWeekdayMemo = new Map<string, Map<string, string> | null>();
/** The weekday names, and their cut forms ("Wed", read only before a numeric date: date/weekday-abbreviations), a page stamp may write. */
function numericWeekdays(language: string, weekdays: Map<string, string> | null): Map<string, string> | null {
  let m = stampWeekdayMemo.get(language);
  if (m === undefined) {
    const book = ruleBook(language, 'dates');
    const cut = book.has('date/weekday-abbreviations') ? book.map('date/weekday-abbreviations') : null;
    m = weekdays && cut ? new Map([...weekdays, ...cut]) : weekdays ?? cut;
    stampWeekdayMemo.set(language, m);
  }
  return m;
}

const WEEKDAY_BRACKET_DAY = /(?<![\p{L}])(\p{L}{3,12})\s?\((\d{1,2})\)/gu;


/** the label of a page's update after its publication's stamp on one line (". Updated:", "| Last modified") */
const UPDATE_LABEL_AFTER = /[.,;|•·]\s{0,3}(?:last\s)?(?:updated|modified)\b/i;
const H_CLOCK_NUMERIC = /(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[\s,|-]{1,4}(?:(?:at|às|à|a las)\s+)?\d{1,2}h\d{2}(?!\d)/u;
const WEEKDAY_NUMERIC = /(?<![\p{L}])(\p{L}{3,12}),?\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/u;
/**
 * A numeric date both of whose numbers could be the month, after a weekday ("Friday, 9/10/2026"): the order
 * whose reading falls on that weekday, when only one does.
 */
function weekdayOrder(text: string, weekdays: Map<string, string>): 'dmy' | 'mdy' | null {
  const m = WEEKDAY_NUMERIC.exec(text);
  if (!m) return null;
  const wd = weekdays.get(m[1].toLowerCase());
  const a = +m[2], b = +m[3], y = +m[4];
  if (wd == null || a > 12 || b > 12 || a === b) return null;
  const on = (month: number, day: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === +wd;
  const dmy = on(b, a), mdy = on(a, b);
  return dmy === mdy ? null : dmy ? 'dmy' : 'mdy';
}

let orderMemo: { monthFirst: Set<string>; mixed: Set<string>; unknown: 'dmy' | 'mdy' | null } | undefined;
/** The states' orders of numeric dates (data/lang/common/numeric-order.json), and the order of a page whose state is unknown. */
function numericOrders() {
  if (!orderMemo) {
    const file = 'lang/common/numeric-order.json';
    const d = dataFileExists(file) ? readDataJson<{ month_first?: string[]; mixed?: string[]; unknown_state?: 'dmy' | 'mdy' }>(file) : {};
    orderMemo = { monthFirst: new Set(d.month_first ?? []), mixed: new Set(d.mixed ?? []), unknown: d.unknown_state ?? null };
  }
  return orderMemo;
}
/** The order a state writes numeric dates in: month first, day first, or both (null). */
function stateOrder(state: string): 'dmy' | 'mdy' | null {
  const o = numericOrders();
  return o.mixed.has(state) ? null : o.monthFirst.has(state) ? 'mdy' : 'dmy';
}

/** How many days after a day the text names in words a page's numeric stamp may be and still say which order it is in. */
const STAMP_AFTER_DAYS = 7;

/** The Republic of China era counts its years from 1912 (year 1): its year + 1911 is the common era's. */
const ROC_ERA = 1911;

/** The day before a month and day (in a year that is not a leap year), as month * 100 + day. */
function dayBefore(month: number, day: number): number {
  const d = new Date(Date.UTC(2001, month - 1, day - 1));
  return (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/**
 * A numeric date whose two numbers could both be a month ("05/03/2023"): the reading that falls on a day the
 * text names in words, or up to a week after one (a page is stamped the day of what it reports, or soon after),
 * when only one reading does; else the text's own order of worded dates.
 */
function orderedValue(v: DateValue, text: string, known: () => TextDays): DateValue {
  const m = /(?<!\d)(\d{1,2})([/.-])(\d{1,2})[/.-](\d{4})(?!\d)/.exec(text);
  if (!m || +m[1] > 12 || +m[3] > 12 || m[1] === m[3]) return v;
  const { order, days, bracketed } = known();
  // (or a few days after one: "Posted on 09/11/2025" over talks "on Tuesday, 9 September", told two days later; the two
  // readings are a month or more apart, so a week cannot hold both: h-en36 probe)
  const near = (month: number, day: number) => {
    for (let k = 0, md = month * 100 + day; k <= STAMP_AFTER_DAYS; k++, md = dayBefore(Math.floor(md / 100), md % 100)) if (days.has(md)) return true;
    return false;
  };
  // (or a weekday with its day in brackets, "this Tuesday (3)", that falls on that weekday in the week up to the
  // reading: "03/06/2025" over "this Tuesday (3)" is 3 June, a Tuesday, not 6 March, whose 3rd was a Monday: h-en44 probe)
  const nearBracketed = (month: number, day: number) => {
    if (!bracketed?.size) return false;
    for (let k = 0; k <= STAMP_AFTER_DAYS; k++) {
      const d = new Date(Date.UTC(+m[4], month - 1, day - k));
      if (bracketed.has(d.getUTCDay() * 100 + d.getUTCDate())) return true;
    }
    return false;
  };
  const dmy = near(+m[3], +m[1]) || nearBracketed(+m[3], +m[1]), mdy = near(+m[1], +m[3]) || nearBracketed(+m[1], +m[3]);
  // dots join a day first ("08.04.2025"): the month-first states write slashes
  const o = known().weekday ?? (dmy !== mdy ? (dmy ? 'dmy' : 'mdy') : m[2] === '.' ? 'dmy' : order);
  if (!o) return v;
  return o === 'dmy' ? { ...v, day: +m[1], month: +m[3] } : { ...v, month: +m[1], day: +m[3] };
}

function urlDate(url: string, common: RuleBook): { year: number; month: number; day?: number } | null {
  const full = common.pattern('published/url-date').exec(url) ?? (common.has('published/url-date-compact') ? common.pattern('published/url-date-compact').exec(url) : null);
  if (full?.groups) return { year: +full.groups.year, month: +full.groups.month, day: +full.groups.day };
  const ym = common.pattern('published/url-year-month').exec(url);
  if (ym?.groups) return { year: +ym.groups.year, month: +ym.groups.month };
  return null;
}

/** Where a story's opening dateline ends in a sentence ("Hanoi, March 3 (VNA) –"), or 0. */
export function datelineEnd(sentence: string, language = 'en'): number {
  const own = ruleBook(language, 'datelines');
  if (own.has('dateline/opens-story') && sentence.includes('(')) {
    const m = own.pattern('dateline/opens-story').exec(sentence);
    if (m) return m[0].length;
  }
  // "PRETORIA, 7 March 2025 - The minister held talks ... on Thursday, 6 March": a dateline in capitals with its date
  // (a release's own date with a dash and no place, "11 July 2025 - X met Y on 10 July": dateline/date-dash)
  for (const id of ['dateline/agency-date', 'dateline/agency-first', 'dateline/bare-agency', 'dateline/slashed-agency', 'dateline/caps', 'dateline/place-dash', 'dateline/place-date-lead', 'dateline/date-dash']) {
    if (!own.has(id)) continue;
    const m = own.pattern(id).exec(sentence);
    if (m?.groups?.date) return m[0].length;
  }
  return 0;
}
