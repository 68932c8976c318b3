/**
 * Writes the working document as a readout/1 object: events in text order with ids `<doc>#<n>`,
 * participants from their entities, evidence as spans of the input text, codes, and per-field
 * provenance read off each field's decision record (which rule set it, stated or inferred, from
 * which span, on what evidence).
 */
import type { Doc, DraftEvent, Entity } from '../doc.js';
import { sentenceAt } from '../doc.js';
import type { Decision } from '../decision.js';
import type { Participant, Provenance, ReadoutDocument, ReadoutEvent } from '../types.js';
import { codesFor } from '../refiners/code-refiner.js';

function participant(e: Entity): Participant {
  const aliases = [...e.aliases].filter((a) => a !== e.name);
  return { name: e.name, country: e.country?.value ?? null, title: e.title, id: e.personId, ...(aliases.length ? { aliases } : {}) };
}

/** A decision as readout/1 provenance: spans point into the input as given (HTML: its article text). */
function provenanceOf(d: Decision<unknown>, doc: Doc): Provenance {
  return {
    rule: d.rule,
    basis: d.basis,
    ...(d.span ? { span: doc.view.spanToOriginal(d.span.start, d.span.end) } : {}),
    ...(d.evidence ? { evidence: d.evidence } : {}),
    ...(d.inferredParts?.length ? { inferred_parts: d.inferredParts } : {}),
  };
}

function provenance(e: DraftEvent, doc: Doc): Record<string, Provenance> {
  const p: Record<string, Provenance> = {};
  // the trigger that named the kind, in the body where there is one
  const named = e.triggers.filter((t) => t.rule === e.kind.rule);
  const first = named.find((t) => sentenceAt(doc, t.charStart)?.role !== 'headline') ?? named[0];
  p.kind = provenanceOf(first ? { ...e.kind, span: { start: first.charStart, end: first.charEnd } } : e.kind, doc);
  if (e.date) p.date = provenanceOf(e.date, doc);
  if (e.location) p.location = provenanceOf(e.location, doc);
  if (e.occasion) p.occasion = provenanceOf(e.occasion, doc);
  if (e.dateWindow) p.date_window = provenanceOf(e.dateWindow, doc);
  if (e.initiator) p.initiator = provenanceOf(e.initiator, doc);
  const countries = e.participants.map((x) => x.country).filter((c): c is Decision<string> => !!c);
  if (countries.length) {
    p.participant_country = { rule: [...new Set(countries.map((c) => c.rule))].join(','), basis: countries.every((c) => c.basis === 'stated') ? 'stated' : 'inferred' };
  }
  return p;
}

export function writeReadout(doc: Doc): ReadoutDocument {
  const detail = doc.options.detail !== false;
  // an encounter needs a party the text names or places (a title alone that nothing resolved is no party)
  // an engagement is between states or organisations: not one whose parties are all known to be of one state
  // (a prime minister and his own foreign minister), nor one whose parties are neither named nor placed
  const oneState = (e: (typeof doc.events)[number]) => e.participants.length >= 2 && e.participants.every((p) => p.country && p.country.value === e.participants[0].country!.value);
  const events: ReadoutEvent[] = doc.events.filter((e) => e.participants.some((p) => p.name || p.country) && !oneState(e)).map((e, i) => {
    const participants = e.participants.map(participant);
    const location = e.location
      ? { ...e.location.value, place: e.location.value.place || null, ...(e.location.basis === 'inferred' ? { inferred: true } : {}) }
      : null;
    const ev: ReadoutEvent = {
      id: `${doc.id}#${i + 1}`,
      kind: e.kind.value,
      date: e.date?.value ?? null,
      location,
      occasion: e.occasion?.value.text ?? null,
      participants,
      initiator: e.initiator?.value.name ?? null,
      topics: e.topics,
      referenced: e.referenced,
      codes: codesFor({ kind: e.kind.value, location, participants }),
      evidence: e.sentences.map((s) => doc.view.spanToOriginal(doc.sentences[s].start, doc.sentences[s].end)),
    };
    if (e.dateWindow) ev.date_window = e.dateWindow.value;
    if (e.occasion?.value.id) ev.occasion_id = e.occasion.value.id;
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
      published: doc.published?.value ?? null,
      language: doc.language,
      published_source: doc.published?.rule ?? null,
      ...(doc.options.format === 'html' ? { text: doc.view.original } : {}),
    },
    events,
    ...(doc.warnings.length ? { warnings: doc.warnings } : {}),
  };
}
