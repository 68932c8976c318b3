/**
 * The events' filters as command-line options, built from the vocabulary (src/vocabulary/filters.ts):
 * the same names, values and checks as the API's parameters. A bad value is a usage error (exit
 * status 2) that says what the option allows.
 */
import type { Command } from 'commander';
import type { EventFilter } from '../store/store.js';
import { FILTERS, FilterError, SCOPES, parseFilters, parseLimit, type Scope } from '../vocabulary/filters.js';
import { vocabularyContext } from '../vocabulary/context.js';
import { UsageError } from './io.js';

/** Adds the options of a scope's filters to a command. */
export function addFilterOptions(c: Command, scope: Scope = 'events'): Command {
  const names = new Set<string>(SCOPES[scope]);
  for (const f of FILTERS) {
    if (!names.has(f.name)) continue;
    const values = f.values ? `: ${f.values.join(', ')}` : '';
    c.option(f.arg ? `--${f.name} <${f.arg}>` : `--${f.name}`, `${f.help}${values}`);
  }
  return c;
}

/** A usage error from a filter error (one line, exit status 2). */
export function usage(e: unknown): unknown {
  return e instanceof FilterError ? new UsageError(e.message) : e;
}

/** Validates and converts the filter options of a command (events, export, stats). */
export function filterFrom(o: Record<string, unknown>, scope: Scope = 'events', maxLimit?: number): EventFilter {
  try {
    const f = parseFilters(o, vocabularyContext(), { surface: 'cli', scope });
    if (maxLimit != null) f.limit = parseLimit(o.limit, maxLimit, 'cli');
    return f;
  } catch (e) {
    throw usage(e);
  }
}
