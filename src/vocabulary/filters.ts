/**
 * The filters of the record's lists, written once with their values and limits: the CLI builds its
 * options from `FILTERS` (src/cli/filter-options.ts), the API validates its query with
 * `parseFilters` (src/server/validate.ts), the OpenAPI document lists the same parameters
 * (`openApiParameters`), and the dashboard's forms take their names and choices from here.
 *
 * Validation needs what only the knowledge files know (topic ids, country names): it is given as a
 * `VocabularyContext` (src/vocabulary/context.ts builds it from data/), so this file stays free of
 * Node modules and the dashboard can import it.
 *
 * @example
 *   parseFilters({ country: 'vn', from: '2021-13' }, ctx, { surface: 'cli', scope: 'events' });
 *   // throws FilterError: --from: month 13 does not exist; give YYYY, YYYY-MM or YYYY-MM-DD
 */
import { KINDS, LEVELS, DIRECTIONS, ORDERS, NETWORK_LEVELS, type EventKind, type Level, type DirectionFilter, type Order, type NetworkLevel } from './terms.js';

/** What a list of canonical events is filtered by (every back end reads the same specification). */
export interface EventFilter {
  /** ISO alpha-3 (or organisation code) of a participant */
  country?: string;
  /** the other country of a pair (with `country`) */
  with?: string;
  /** person id, or a name (any spelling) */
  person?: string;
  kind?: EventKind;
  topic?: string;
  /** the engagement level (src/record/engagement.ts) */
  level?: Level;
  /** who travelled, seen from `country` */
  direction?: DirectionFilter;
  /** YYYY, YYYY-MM or YYYY-MM-DD, inclusive */
  from?: string;
  to?: string;
  /** full-text search over the reports' documents */
  text?: string;
  /** include recalled (background) encounters; default false */
  referenced?: boolean;
  limit?: number;
  /** opaque cursor from a previous page */
  cursor?: string | null;
  order?: Order;
}

export type FilterName = 'country' | 'with' | 'person' | 'kind' | 'topic' | 'level' | 'direction' | 'from' | 'to' | 'text' | 'referenced';
export type ValueType = 'country' | 'person' | 'enum' | 'topic' | 'date' | 'text' | 'boolean';

export interface FilterSpec {
  name: FilterName;
  /** the value's placeholder in the CLI (`--country <code>`); none for a flag */
  arg?: string;
  /** one line of help */
  help: string;
  type: ValueType;
  /** the allowed values of an enum */
  values?: readonly string[];
  /** another filter this one needs */
  needs?: FilterName;
  example?: string;
}

/** Longest text a text filter takes (a search phrase, a name). */
export const MAX_TEXT = 200;

export const FILTERS: readonly FilterSpec[] = [
  { name: 'country', arg: 'code', type: 'country', help: 'a participant of this country or organisation: ISO code (VNM, VN), organisation (ASEAN) or name (Vietnam)', example: 'VNM' },
  { name: 'with', arg: 'code', type: 'country', needs: 'country', help: 'and a participant of this other country (the pair is --country A --with B)', example: 'CHN' },
  { name: 'person', arg: 'id|name', type: 'person', help: 'a participant: person id (wang-yi) or any spelling of the name, in any script, with or without accents', example: 'Vuong Nghi' },
  { name: 'kind', arg: 'kind', type: 'enum', values: KINDS, help: 'the kind of engagement', example: 'phone_call' },
  { name: 'topic', arg: 'id', type: 'topic', help: 'a topic id (readout topics lists them)', example: 'maritime' },
  { name: 'level', arg: 'level', type: 'enum', values: LEVELS, help: 'the level at which both sides took part', example: 'ministers' },
  { name: 'direction', arg: 'direction', type: 'enum', values: DIRECTIONS, needs: 'country', help: "who travelled: outbound (the --country's side went abroad) or inbound (the other side came to it)", example: 'outbound' },
  { name: 'from', arg: 'date', type: 'date', help: 'on or after YYYY[-MM[-DD]]', example: '2021' },
  { name: 'to', arg: 'date', type: 'date', help: 'on or before YYYY[-MM[-DD]]', example: '2022-06' },
  { name: 'text', arg: 'words', type: 'text', help: 'full-text search over the reports', example: 'Code of Conduct' },
  { name: 'referenced', type: 'boolean', help: 'include encounters the texts only recall as background' },
];

/** The lists the filters apply to, and which filters each takes. */
export const SCOPES = {
  events: FILTERS.map((f) => f.name),
  export: FILTERS.map((f) => f.name),
  stats: FILTERS.map((f) => f.name),
  network: FILTERS.map((f) => f.name),
} as const satisfies Record<string, readonly FilterName[]>;
export type Scope = keyof typeof SCOPES;

/** Page sizes: the default, and the most one answer may hold (the API pages beyond with a cursor). */
export const LIMITS = {
  events: { default: 50, api: 200, cli: 100_000 },
  people: { default: 50, api: 200, cli: 100_000 },
} as const;

/** Up to this many matches are counted exactly; beyond, a list says "more than". */
export const COUNT_CAP = 10_000;

/** The parameters the lists take besides the filters. */
export const PAGE_PARAMS = {
  limit: 'how many to show',
  cursor: 'the `next` value of the previous page',
  order: `by date: ${ORDERS.join(' or ')} (default desc, newest first)`,
  nodes: `what the network's nodes are: ${NETWORK_LEVELS.join(' or ')}`,
} as const;

/** What validation needs from the knowledge files. */
export interface VocabularyContext {
  /** topic ids with their labels */
  topics: readonly { id: string; label: string }[];
  /** the code a country or organisation is known by, for a code (VNM, VN, ASEAN) or a name ("Viet Nam", "越南"); null when unknown */
  country(value: string): string | null;
  /** codes and names close to an unknown one, for a hint */
  suggestCountries(value: string): string[];
}

/** A filter value that cannot be used: which parameter, why, and what it allows. */
export class FilterError extends Error {
  constructor(readonly param: string, message: string, readonly allowed?: readonly string[], readonly hint?: string) {
    super(message);
    this.name = 'FilterError';
  }
}

export interface ParseOptions {
  /** how parameters are named in messages: `--from` (cli) or `from` (api) */
  surface: 'cli' | 'api';
  scope: Scope;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Why a filter date is not YYYY, YYYY-MM or YYYY-MM-DD naming a real month or day; null when it is one. */
export function filterDateProblem(s: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return `${JSON.stringify(s)} is not a date; give YYYY, YYYY-MM or YYYY-MM-DD`;
  const y = Number(m[1]);
  if (m[2] != null) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return `month ${mo} does not exist in ${JSON.stringify(s)}; give YYYY, YYYY-MM or YYYY-MM-DD`;
    if (m[3] != null) {
      const d = Number(m[3]);
      const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
      const max = mo === 2 && !leap ? 28 : DAYS[mo - 1];
      if (d < 1 || d > max) return `${JSON.stringify(s)} is not a day of the calendar (${m[1]}-${m[2]} has ${max} days)`;
    }
  }
  return null;
}

const lowEnd = (d: string) => (d + '-01-01').slice(0, 10);
const highEnd = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

const TRUE = /^(?:true|1|yes)$/i;
const BOOL = /^(?:true|false|1|0|yes|no)$/i;

/**
 * A filter from raw values (CLI options or an API query): each value checked against its
 * vocabulary, codes and names resolved, errors with the allowed values. Keys that are not filters
 * are ignored (the caller checks unknown parameters).
 */
export function parseFilters(raw: Record<string, unknown>, ctx: VocabularyContext, opts: ParseOptions): EventFilter {
  const names = new Set<string>(SCOPES[opts.scope]);
  const label = (n: string) => (opts.surface === 'cli' ? `--${n}` : n);
  const f: EventFilter = {};
  const set = (k: keyof EventFilter, v: unknown) => { (f as Record<string, unknown>)[k] = v; };
  for (const spec of FILTERS) {
    if (!names.has(spec.name)) continue;
    const v = raw[spec.name];
    if (v == null || v === '' || v === false) continue;
    const s = typeof v === 'string' ? v.trim() : v === true ? 'true' : String(v);
    if (spec.type === 'boolean') {
      if (!BOOL.test(s)) throw new FilterError(spec.name, `${label(spec.name)} must be true or false, got ${JSON.stringify(s)}`, ['true', 'false']);
      if (TRUE.test(s)) set(spec.name, true);
      continue;
    }
    if (!s) continue;
    if (s.length > MAX_TEXT) throw new FilterError(spec.name, `${label(spec.name)} is longer than ${MAX_TEXT} characters`);
    if (spec.needs && (raw[spec.needs] == null || raw[spec.needs] === '')) {
      throw new FilterError(spec.name, `${label(spec.name)} needs ${label(spec.needs)}${spec.name === 'with' ? ' (the pair is country A with B)' : ''}`);
    }
    switch (spec.type) {
      case 'country': {
        const code = ctx.country(s);
        if (!code) {
          const near = ctx.suggestCountries(s);
          throw new FilterError(spec.name, `${label(spec.name)}: unknown country or organisation ${JSON.stringify(s)}${near.length ? `; did you mean ${near.join(', ')}?` : ''} (give an ISO code such as VNM or VN, an organisation such as ASEAN, or a country name)`, undefined, 'ISO 3166 alpha-3 or alpha-2 code, organisation code, or country name');
        }
        set(spec.name, code);
        break;
      }
      case 'enum':
        if (!spec.values!.includes(s)) throw new FilterError(spec.name, `${label(spec.name)} must be one of ${spec.values!.join(', ')}; got ${JSON.stringify(s)}`, spec.values);
        set(spec.name, s);
        break;
      case 'topic': {
        const ids = ctx.topics.map((t) => t.id);
        const id = ids.find((t) => t === s) ?? ids.find((t) => t === s.toLowerCase().replace(/[\s-]+/g, '_'))
          ?? ctx.topics.find((t) => t.label.toLowerCase() === s.toLowerCase())?.id;
        if (!id) throw new FilterError(spec.name, `${label(spec.name)}: unknown topic ${JSON.stringify(s)}; topics are ${ids.join(', ')}${opts.surface === 'cli' ? ' (readout topics lists them with their labels)' : ''}`, ids);
        set(spec.name, id);
        break;
      }
      case 'date': {
        const p = filterDateProblem(s);
        if (p) throw new FilterError(spec.name, `${label(spec.name)}: ${p}`, undefined, 'YYYY, YYYY-MM or YYYY-MM-DD');
        set(spec.name, s);
        break;
      }
      default:
        set(spec.name, s);
    }
  }
  if (f.from && f.to && lowEnd(f.from) > highEnd(f.to)) throw new FilterError('from', `${label('from')} ${f.from} is after ${label('to')} ${f.to}`);
  return f;
}

/** A page size from a raw value, within 1 and `max`. */
export function parseLimit(v: unknown, max: number, surface: 'cli' | 'api'): number | undefined {
  if (v == null || v === '') return undefined;
  const s = String(v).trim();
  const n = Number(s);
  if (!/^\d+$/.test(s) || n < 1 || n > max) throw new FilterError('limit', `${surface === 'cli' ? '--limit' : 'limit'} must be a whole number from 1 to ${max}, got ${JSON.stringify(s)}`);
  return n;
}

/** The order of a list from a raw value. */
export function parseOrder(v: unknown, surface: 'cli' | 'api'): Order | undefined {
  if (v == null || v === '') return undefined;
  if (!ORDERS.includes(v as Order)) throw new FilterError('order', `${surface === 'cli' ? '--order' : 'order'} must be one of ${ORDERS.join(', ')}`, ORDERS);
  return v as Order;
}

/** The network's node level from a raw value. */
export function parseNodes(v: unknown): NetworkLevel {
  if (v == null || v === '') return 'country';
  if (!NETWORK_LEVELS.includes(v as NetworkLevel)) throw new FilterError('nodes', `nodes must be one of ${NETWORK_LEVELS.join(', ')}`, NETWORK_LEVELS);
  return v as NetworkLevel;
}

type Schema = Record<string, unknown>;

/** The OpenAPI query parameters of a scope's filters, from the same specification. */
export function openApiParameters(scope: Scope, topics: readonly string[]): { name: string; in: 'query'; description: string; schema: Schema }[] {
  const names = new Set<string>(SCOPES[scope]);
  return FILTERS.filter((f) => names.has(f.name)).map((f) => {
    const schema: Schema = f.type === 'boolean' ? { type: 'boolean' }
      : f.type === 'enum' ? { type: 'string', enum: [...f.values!] }
        : f.type === 'topic' ? { type: 'string', enum: [...topics] }
          : f.type === 'date' ? { type: 'string', pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?$' }
            : { type: 'string', maxLength: MAX_TEXT };
    if (f.example) schema.examples = [f.example];
    return { name: f.name, in: 'query' as const, description: f.help + (f.needs ? ` (needs ${f.needs})` : ''), schema };
  });
}
