/**
 * Each side's account of one encounter: the reports with their source and side, the topics each
 * side's reports raised and those only one side mentioned, and the statements grouped by speaker
 * with the sentence that states each.
 */
import type { StoredReport, StoredDocument } from '../store/store.js';
import type { CanonicalEvent } from './encounter-grouper.js';
import type { StatementAct } from '../types.js';
import { reportSide } from './report-side.js';

export interface Comparison {
  event: { id: string; date: string | null; kind: string; place: string | null; country: string | null; occasion: string | null; participants: { name: string | null; country: string | null; title: string | null }[] };
  reports: { event: string; document: string; source: string | null; url: string | null; published: string | null; side: string | null; topics: string[] }[];
  sides: { side: string; reports: number; topics: string[]; only: string[] }[];
  statements: { speaker: string; items: { act: StatementAct; topics: string[]; text: string; report: string; side: string | null }[] }[];
}

export function compareReports(c: CanonicalEvent, reports: StoredReport[], docs: Map<string, StoredDocument>): Comparison {
  const rs = reports.map((r) => ({ event: r.event, document: r.document, source: r.source, url: r.url, published: r.published, side: reportSide(r.source, r.url), topics: r.data.topics }));
  const bySide = new Map<string, Set<string>>();
  const count = new Map<string, number>();
  for (const r of rs) {
    const side = r.side ?? 'unknown';
    const s = bySide.get(side) ?? new Set<string>();
    for (const t of r.topics) s.add(t);
    bySide.set(side, s);
    count.set(side, (count.get(side) ?? 0) + 1);
  }
  const sides = [...bySide].map(([side, topics]) => {
    const others = new Set([...bySide].filter(([s]) => s !== side).flatMap(([, t]) => [...t]));
    return { side, reports: count.get(side) ?? 0, topics: [...topics], only: bySide.size > 1 ? [...topics].filter((t) => !others.has(t)) : [] };
  });
  // statements by speaker, as the participants' names the canonical event uses
  const nameOf = new Map<string, string>();
  for (const p of c.participants) for (const n of [p.name, ...(p.aliases ?? [])]) if (n && p.name) nameOf.set(n.toLowerCase(), p.name);
  const bySpeaker = new Map<string, Comparison['statements'][number]['items']>();
  for (const r of reports) {
    const doc = docs.get(r.document);
    const side = reportSide(r.source, r.url);
    for (const st of r.data.statements ?? []) {
      const speaker = st.speaker === 'both' ? 'both' : nameOf.get(st.speaker.toLowerCase()) ?? st.speaker;
      const text = doc ? doc.text.slice(st.evidence.start, st.evidence.end) : '';
      const items = bySpeaker.get(speaker) ?? [];
      items.push({ act: st.act, topics: st.topics, text, report: r.event, side });
      bySpeaker.set(speaker, items);
    }
  }
  return {
    event: { id: c.id, date: c.date, kind: c.kind, place: c.location?.place ?? null, country: c.location?.country ?? null, occasion: c.occasion, participants: c.participants.map((p) => ({ name: p.name, country: p.country, title: p.title })) },
    reports: rs,
    sides,
    statements: [...bySpeaker].map(([speaker, items]) => ({ speaker, items })),
  };
}
