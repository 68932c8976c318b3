/**
 * A decision: one value the pipeline settled on, with the rule that gave it, whether the text states
 * it or it was inferred, the span of the text it rests on, and (for inferred values) what it was
 * inferred from. Provenance in readout/1, "stated or inferred", the writer and the grouper all read
 * these records; no stage compares another stage's rule-id strings to learn how a value was found (it reads
 * `route`, which the stage that set the value writes).
 *
 * @example
 * const d = stated('meeting', 'meeting/met', { start: 40, end: 43 });
 * const y = inferred('2021-04-16', 'date/month-day', 'the year of the publication date 2021-04-17', { start: 60, end: 68 }, ['year']);
 */
import type { Span } from './types.js';

export type Basis = 'stated' | 'inferred';

/**
 * How a value was reached, where a later stage weighs it: the stage that set the value says so here, and the stages after
 * it read this, never the rule's id. 'gathering': a day the text gives the gathering the encounter was at or beside;
 * 'separately': the day of the separate meetings the text told before; 'apposition': a country named in the person's apposition.
 */
export type Route = 'gathering' | 'separately' | 'apposition';

/** Parts of a date that the text does not state ("April 16" resolved against the publication date: the year). */
export type DatePart = 'year' | 'month' | 'day';

export interface Decision<T> {
  value: T;
  /** the id of the rule that gave the value (a data-file rule id, or a refiner's own rule) */
  rule: string;
  basis: Basis;
  /** where in the (normalised) text the value rests, when it rests on a span */
  span: Span | null;
  /** for inferred values: what they were inferred from, in words ("publication date 2021-04-17", "calendar:lmc-fmm-5") */
  evidence?: string;
  /** for dates: the parts the text does not state */
  inferredParts?: DatePart[];
  /** how the value was reached, for the stages after the one that set it */
  route?: Route;
}

export function stated<T>(value: T, rule: string, span: Span | null): Decision<T> {
  return { value, rule, basis: 'stated', span };
}

export function inferred<T>(value: T, rule: string, evidence: string, span: Span | null = null, inferredParts?: DatePart[]): Decision<T> {
  return { value, rule, basis: 'inferred', span, evidence, ...(inferredParts?.length ? { inferredParts } : {}) };
}

/** A decision derived from another (its year filled in, say), reached by the same route. */
export function withRoute<T>(from: Decision<unknown> | null | undefined, d: Decision<T>): Decision<T> {
  return from?.route ? { ...d, route: from.route } : d;
}

/** The value of a decision, or null. */
export const valueOf = <T>(d: Decision<T> | null | undefined): T | null => (d ? d.value : null);
