/** Labels, colours and date formatting shared by the views; the words themselves come from the vocabulary. */
import type { Kind, Participant } from './api.ts';
import { KINDS, kindLabel, levelLabel, directionLabel, countNote, partNote } from '../vocabulary/terms.ts';

export { KINDS, kindLabel, levelLabel, directionLabel, countNote, partNote };

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const KIND_COLOR: Record<Kind, string> = {
  meeting: '#E69F00', talks: '#0072B2', visit: '#D55E00', phone_call: '#009E73', video_conference: '#CC79A7', messages: '#56B4E9',
};

export const topicLabel = (t: string) => t.replace(/_/g, ' ');
export const actLabel = (a: string) => a.replace(/_/g, ' ');

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2021-04-16" -> "16 Apr 2021"; "2021-04" -> "Apr 2021"; "--04-16" -> "16 Apr (year unknown)"; null -> "undated". */
export function formatDate(d: string | null | undefined): string {
  if (!d) return 'undated';
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) return `${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(d);
  if (m) return `${Number(m[2])} ${MONTHS[Number(m[1]) - 1]} (year unknown)`;
  return d;
}

/** Days since 1970 of the first day a date allows, or null when it has no year. */
export function dayNumber(d: string | null | undefined): number | null {
  const m = d ? /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(d) : null;
  if (!m) return null;
  return Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) / 86_400_000;
}

export const personKey = (p: Participant) => p.id ?? p.name ?? null;
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
