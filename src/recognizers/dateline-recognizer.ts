/**
 * The document's own date and dateline, read off the text the way sites print them:
 * "date 2021-06-09", "2020/05/29", "April 17, 2021 | 11:34", "2023-07-13 18:20",
 * "08/05/2022 | News release", "April 02, 2018 9:52 AM GMT+7", "Beijing, 18 August 2021 (TDI):",
 * "BEIJING, June 26 (Xinhua) --", "Hanoi, June 8 (VNA)", "Beijing (VNA) –", "HÀ NỘI —".
 * A date counts as the publication date only where it stands as a dateline or byline, never
 * inside a sentence ("On April 14, 2022, ... had a phone conversation" is the event's date).
 */
import type { Line } from '../text/segmenter.js';
import type { DateValue } from '../doc.js';
import type { Decision } from '../decision.js';
import { stated } from '../decision.js';
import { recognizeDates, formatDate } from './date-recognizer.js';

export interface DatelineResult {
  published: Decision<string> | null;
  /** the line the publication date stands on */
  publishedLine: number | null;
  /** that line is only a date (and a byline): page furniture, not text */
  publishedLineIsFurniture: boolean;
  place: string | null;
  date: DateValue | null;
  line: number | null;
  /** where the dateline ends in its line (characters) */
  end: number;
}

const AGENCY = '(?:VNA|Xinhua|VNS|AP|AFP|Reuters|VGP|VOV|KPL|Kyodo|Yonhap|Bernama|Antara|PNA|TASS|IANS|PTI|ANI|CNA|TDI|ZNA|Sputnik|UNI|APP|dpa|EFE|Anadolu|Lao News Agency|VietnamPlus|Vietnam Plus)';
/** "Place, Month D[, YYYY] (AGENCY) --" or "Place (AGENCY) –" at the start of a line. */
const AGENCY_DATELINE = new RegExp(`^\\s*(\\p{Lu}[\\p{L}.' -]{1,40}?)\\s*,?\\s*((?:\\d{1,2}\\s+\\p{L}+|\\p{L}+\\.?\\s+\\d{1,2})(?:,?\\s+\\d{4})?)?\\s*,?\\s*\\(${AGENCY}\\)\\s*(?:--|[—–:-])?`, 'u');
/** "HÀ NỘI —", "VIETNAM, April 15 -" */
const CAPS_DATELINE = /^\s*(\p{Lu}{2,}(?:[ .]\p{Lu}{2,})*)\s*(?:,\s*(\p{L}+\.?\s+\d{1,2}))?\s*(?:--|[—–-])(?:\s|$)/u;
/** What else a date-only line may hold: times, zones, bars, "Updated:", "News release". */
const BYLINE_NOISE = /\b(?:\d{1,2}:\d{2}(?::\d{2})?|AM|PM|a\.m\.|p\.m\.|GMT|UTC|ICT|IST|CST|EST|EDT|BJT|local time|updated|update|created|published|posted|post|on|at|by|date|news release|press release|archived content|source|last|modified|time|comments?|print|e-?mail|share|font|size|views?|xinhua|vna|vns|afp|reuters|ap|\+\d{1,2}|\d{1,2}h\d{2})\b|[|•·,:()\/+-]/gi;

export function recognizeDateline(lines: Line[]): DatelineResult {
  const res: DatelineResult = { published: null, publishedLine: null, publishedLineIsFurniture: false, place: null, date: null, line: null, end: 0 };
  const at = (line: Line, from: number, to: number) => ({ start: line.start + from, end: line.start + to });
  // the first lines of text that are not page furniture (a menu of 60 provinces may come first)
  const head = lines.filter((l) => !l.noise || l.noise === 'noise/ui-line' || l.noise === 'noise/ui-prefix').slice(0, 40);
  for (const line of head) {
    const t = line.text;
    // "date 2021-06-09" that some scrapes prefix
    const prefix = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i.exec(t);
    if (prefix && !res.published) { res.published = stated(prefix[1], 'published/date-prefix', at(line, prefix.index, prefix[0].length)); res.publishedLine = line.index; }
    const body = prefix ? t.slice(prefix[0].length) : t;
    if (!res.place) {
      const a = body.includes('(') ? AGENCY_DATELINE.exec(body) : null;
      const c = a ? null : CAPS_DATELINE.exec(body);
      const hit = a ?? c;
      if (hit && !/^(?:VGP|VNA|VOV)$/.test(hit[1].trim())) {
        res.place = hit[1].trim().replace(/,$/, '');
        res.line = line.index;
        res.end = (prefix ? prefix[0].length : 0) + hit.index + hit[0].length;
        if (hit[2]) {
          const d = recognizeDates(hit[2], 0)[0];
          if (d) {
            res.date = d.value;
            const full = formatDate(d.value);
            if (!res.published && full && /^\d{4}-\d{2}-\d{2}$/.test(full)) { res.published = stated(full, 'published/dateline', at(line, 0, res.end)); res.publishedLine = line.index; }
          }
        }
      }
    }
    if (res.published) continue;
    // a title or source line that ends with its date: "..., U.S. State Dept., July 27, 2024."
    const tail = /[,|–—-]\s*((?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+\d{1,2},\s+\d{4})\.?\s*$/.exec(body);
    if (tail && line.index <= 3) {
      const d = recognizeDates(tail[1], 0)[0];
      const full = d ? formatDate(d.value) : null;
      if (full && full.length === 10) { res.published = stated(full, 'published/title-date', at(line, tail.index, t.length)); res.publishedLine = line.index; continue; }
    }
    // a line that is a date and nothing else that matters
    if (body.length > 120) continue;
    const dates = recognizeDates(body, 0).filter((d) => d.value.year != null && d.value.month != null && d.value.day != null);
    if (!dates.length) continue;
    let rest = body;
    for (const d of dates) rest = rest.replace(d.text, ' ');
    rest = rest.replace(BYLINE_NOISE, ' ').replace(/\s+/g, ' ').trim();
    // a site or author name may stay ("Devdiscourse News Desk | Washington DC"), but not a sentence
    const restWords = rest.split(' ').filter(Boolean).length;
    const sentence = /[.!?]["')]?\s*$/.test(body) && restWords > 2;
    if (restWords <= 8 && !sentence) {
      const full = formatDate(dates[0].value);
      if (full) {
        res.published = stated(full, 'published/date-line', at(line, 0, t.length));
        res.publishedLine = line.index;
        res.publishedLineIsFurniture = true;
      }
    }
  }
  return res;
}
