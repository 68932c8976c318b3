/**
 * Writes the working document as a readout/1 object: events in text order with ids `<doc>#<n>`,
 * participants from their entities, evidence as spans of the input text, codes, and per-field
 * provenance (which rule set it, stated or inferred).
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import type { Participant, Provenance, ReadoutDocument, ReadoutEvent } from '../types.js';
import { codesFor } from '../refiners/code-refiner.js';

function participant(e: Entity): Participant {
  const aliases = [...e.aliases].filter((a) => a !== e.name);
  return { name: e.name, country: e.country, title: e.title, id: e.personId, ...(aliases.length ? { aliases } : {}) };
}

function provenance(e: DraftEvent, doc: Doc): Record<string, Provenance> {
  const p: Record<string, Provenance> = {};
  // the trigger that named the kind, in the body where there is one
  const named = e.triggers.filter((t) => t.rule === e.kindRule);
  const first = named.find((t) => doc.sentences.find((s) => s.start <= t.charStart && t.charStart < s.end)?.role !== 'headline') ?? named[0] ?? e.triggers[0];
  if (first) p.kind = { rule: e.kindRule, basis: 'stated', span: doc.view.spanToOriginal(first.charStart, first.charEnd) };
  if (e.dateRule) p.date = { rule: e.dateRule, basis: e.dateRule === 'date/dateline' || e.dateRule === 'date/same-day' ? 'inferred' : 'stated', ...(e.dateSpan ? { span: e.dateSpan } : {}) };
  if (e.locationRule) p.location = { rule: e.locationRule, basis: e.location?.inferred ? 'inferred' : 'stated', ...(e.locationSpan ? { span: e.locationSpan } : {}) };
  if (e.occasionSpan) p.occasion = { rule: 'occasion', basis: 'stated', span: e.occasionSpan };
  if (e.dateWindow) p.date_window = { rule: e.dateWindow.source, basis: 'inferred' };
  if (e.initiatorRule) p.initiator = { rule: e.initiatorRule, basis: 'stated' };
  const countries = e.participants.map((x) => x.countryRule).filter(Boolean);
  if (countries.length) p.participant_country = { rule: [...new Set(countries)].join(','), basis: countries.every((r) => r !== 'country/registry') ? 'stated' : 'inferred' };
  return p;
}

export function writeReadout(doc: Doc): ReadoutDocument {
  const detail = doc.options.detail !== false;
  const events: ReadoutEvent[] = doc.events.map((e, i) => {
    const participants = e.participants.map(participant);
    const location = e.location ? { ...e.location, place: e.location.place || null } : null;
    const ev: ReadoutEvent = {
      id: `${doc.id}#${i + 1}`,
      kind: e.kind,
      date: e.date,
      location,
      occasion: e.occasion,
      participants,
      initiator: e.initiator?.name ?? null,
      topics: e.topics,
      referenced: e.referenced,
      codes: codesFor({ kind: e.kind, location, participants: e.participants }),
      evidence: e.sentences.map((s) => doc.view.spanToOriginal(doc.sentences[s].start, doc.sentences[s].end)),
    };
    if (e.dateWindow) ev.date_window = e.dateWindow;
    if (e.occasionId) ev.occasion_id = e.occasionId;
    if (detail) {
      ev.statements = e.statements;
      ev.provenance = provenance(e, doc);
    }
    return ev;
  });
  return {
    format: 'readout/1',
    document: {
      id: doc.id,
      source: doc.options.source ?? null,
      url: doc.options.url ?? null,
      title: doc.title,
      published: doc.published,
      language: doc.language,
      published_source: doc.publishedRule,
      ...(doc.options.format === 'html' ? { text: doc.view.original } : {}),
    },
    events,
    ...(doc.warnings.length ? { warnings: doc.warnings } : {}),
  };
}
