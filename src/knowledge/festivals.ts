/**
 * The calendar of festivals whose day moves from year to year (data/meetings/festivals.json): "before the
 * Spring Festival", "春节前夕", "nhân dịp Tết Nguyên đán" date an encounter to the festival's month, which only
 * a calendar knows. The date refiner marks such a date inferred, with the festival's day as its evidence.
 */
import { readDataJson, dataFileExists } from '../data-files.js';

export interface Festival { id: string; name: string; days: Record<string, string> }

const DAY = 86_400_000;

export class FestivalCalendar {
  private readonly byId: Map<string, Festival>;

  constructor(festivals: Festival[]) {
    this.byId = new Map(festivals.map((f) => [f.id, f]));
  }

  /** The festival's name, for evidence. */
  nameOf(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  /** The festival's day (`YYYY-MM-DD`) in a year, or null when the calendar does not know it. */
  dayIn(id: string, year: number): string | null {
    return this.byId.get(id)?.days[String(year)] ?? null;
  }

  /** The festival's day nearest the reference day (of its year, the year before or the year after), or null. */
  nearest(id: string, ref: Date): string | null {
    const y = ref.getUTCFullYear();
    let best: string | null = null, gap = Infinity;
    for (const year of [y - 1, y, y + 1]) {
      const day = this.dayIn(id, year);
      if (!day) continue;
      const g = Math.abs(Date.parse(`${day}T00:00:00Z`) - ref.getTime()) / DAY;
      if (g < gap) { gap = g; best = day; }
    }
    return best;
  }
}

let calendar: FestivalCalendar | null = null;

export function festivalCalendar(): FestivalCalendar {
  if (calendar) return calendar;
  const file = 'meetings/festivals.json';
  calendar = new FestivalCalendar(dataFileExists(file) ? readDataJson<{ festivals?: Festival[] }>(file).festivals ?? [] : []);
  return calendar;
}
