/**
 * The calendar of recurring multilateral gatherings (data/meetings/multilateral.json): links an
 * occasion named in a text ("the fifth Mekong-Lancang Cooperation Foreign Ministers' Meeting") to
 * one gathering, which gives a date window and a host city when the text gives neither.
 */
import { readDataJson, dataFileExists, readUserJson } from '../data-files.js';
import { foldName } from './names.js';

export interface MeetingSeries { id: string; name: string; aliases: string[]; organisation?: string; level?: string }
export interface Meeting {
  id: string; series: string; ordinal: number | null; from: string; to: string;
  city: string | null; country: string | null; virtual?: boolean; note?: string | null;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

export function ordinalIn(text: string): number | null {
  const m = /\b(\d{1,3})(?:st|nd|rd|th)\b/i.exec(text);
  if (m) return Number(m[1]);
  const w = /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)\b/i.exec(text);
  return w ? ORDINAL_WORDS[w[1].toLowerCase()] : null;
}

export class MeetingsCalendar {
  readonly series: MeetingSeries[];
  readonly meetings: Meeting[];
  /** folded alias -> series id, longest aliases first */
  private readonly aliases: [string, string][];

  constructor(series: MeetingSeries[], meetings: Meeting[]) {
    this.series = series;
    this.meetings = meetings;
    const al: [string, string][] = [];
    for (const s of series) for (const a of new Set([s.name, ...s.aliases])) {
      const f = foldName(a.replace(/^the\s+/i, ''));
      if (f.length >= 3) al.push([f, s.id]);
    }
    // "Lancang-Mekong" and "Mekong-Lancang" are one name
    this.aliases = al.sort((a, b) => b[0].length - a[0].length);
  }

  /** The series an occasion text names, or null. */
  seriesOf(occasion: string): MeetingSeries | null {
    const f = ` ${foldName(occasion)} `;
    for (const [alias, id] of this.aliases) {
      if (f.includes(` ${alias} `)) return this.series.find((s) => s.id === id) ?? null;
    }
    return null;
  }

  /**
   * The gathering an occasion text names: its series and ordinal, else its series and the year
   * of `near` (a date or partial date the text gives). Null when it cannot be pinned to one.
   */
  match(occasion: string, near: string | null = null): Meeting | null {
    const s = this.seriesOf(occasion);
    if (!s) return null;
    const inSeries = this.meetings.filter((m) => m.series === s.id);
    const ord = ordinalIn(occasion);
    if (ord != null) {
      const hit = inSeries.find((m) => m.ordinal === ord);
      if (hit) return hit;
    }
    const year = near && /^\d{4}/.test(near) ? near.slice(0, 4) : null;
    if (year) {
      const inYear = inSeries.filter((m) => m.from.startsWith(year) || m.to.startsWith(year));
      if (inYear.length === 1) return inYear[0];
      if (near && near.length === 10) return inYear.find((m) => m.from <= near && near <= m.to) ?? null;
    }
    return null;
  }

  /**
   * The gathering of an occasion's series held in `city` whose days, widened by `before` and `after` days, hold the
   * month-day `md` ("07-06"), when exactly one does: a text that gives no year but the day and the city pins it.
   */
  matchDayAndCity(occasion: string, md: string, city: string, before: number, after: number): Meeting | null {
    const s = this.seriesOf(occasion);
    if (!s) return null;
    const c = foldName(city);
    const holds = (m: Meeting) => {
      if (m.from.length !== 10 || m.to.length !== 10) return false;
      const lo = Date.parse(m.from) - before * 86_400_000, hi = Date.parse(m.to) + after * 86_400_000;
      for (const y of new Set([new Date(lo).getUTCFullYear(), new Date(hi).getUTCFullYear()])) {
        const t = Date.parse(`${y}-${md}`);
        if (t >= lo && t <= hi) return true;
      }
      return false;
    };
    const hits = this.meetings.filter((m) => m.series === s.id && !!m.city && foldName(m.city) === c && holds(m));
    return hits.length === 1 ? hits[0] : null;
  }

  search(query: string): Meeting[] {
    const q = foldName(query);
    return this.meetings.filter((m) => {
      const s = this.series.find((x) => x.id === m.series);
      const hay = foldName([m.id, m.city ?? '', m.country ?? '', m.from, s?.name ?? '', ...(s?.aliases ?? [])].join(' '));
      return !q || hay.includes(q);
    });
  }
}

let calendar: MeetingsCalendar | null = null;

export function meetingsCalendar(): MeetingsCalendar {
  if (calendar) return calendar;
  const series: MeetingSeries[] = [];
  const meetings: Meeting[] = [];
  const files = [
    dataFileExists('meetings/multilateral.json') ? readDataJson<{ series?: MeetingSeries[]; meetings?: Meeting[] }>('meetings/multilateral.json') : null,
    readUserJson<{ series?: MeetingSeries[]; meetings?: Meeting[] }>('meetings.json'),
  ];
  for (const d of files) {
    if (!d) continue;
    for (const s of d.series ?? []) if (!series.some((x) => x.id === s.id)) series.push({ ...s, aliases: s.aliases ?? [] });
    meetings.push(...(d.meetings ?? []));
  }
  calendar = new MeetingsCalendar(series, meetings);
  return calendar;
}

export function resetMeetingsCalendar(): void {
  calendar = null;
}
