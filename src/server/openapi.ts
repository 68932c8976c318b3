/**
 * The OpenAPI 3.1 description of the API (served at /openapi.json). Its parameters and enums come from
 * the vocabulary (src/vocabulary/), as the API's validation does. A test checks that every route the
 * app answers is described here and every path described here is answered, and that the enums are the
 * vocabulary's.
 */
import { openApiParameters, LIMITS, PAGE_PARAMS, MAX_TEXT } from '../vocabulary/filters.js';
import { KINDS, LEVELS, ORDERS, NETWORK_LEVELS, SIDE_PATTERN, SOURCE_KINDS, DATE_PRECISIONS } from '../vocabulary/terms.js';
import { topicList } from '../vocabulary/context.js';
import { EXPORT_FORMATS } from '../record/exporters.js';
import { MAX_EXPORT } from './routes/export.js';

const page = [
  { name: 'limit', in: 'query', description: PAGE_PARAMS.limit, schema: { type: 'integer', minimum: 1, maximum: LIMITS.events.api, default: LIMITS.events.default } },
  { name: 'cursor', in: 'query', description: PAGE_PARAMS.cursor, schema: { type: 'string' } },
  { name: 'order', in: 'query', description: PAGE_PARAMS.order, schema: { type: 'string', enum: [...ORDERS], default: 'desc' } },
];

const error = { description: 'a client error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument() {
  const topics = topicList().map((t) => t.id);
  const filters = (scope: 'events' | 'export' | 'stats' | 'network') => openApiParameters(scope, topics);
  const counted = { total: { type: 'integer', description: 'how many match (exact up to 10,000; see exact)' }, exact: { type: 'boolean' }, undated: { type: 'integer', description: 'how many of them have no known date (no year)' } };
  return {
    openapi: '3.1.0',
    info: { title: 'readout API', version: '0.1.0', description: 'The record of diplomatic engagements: canonical events, their reports, people, countries.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: {
          type: 'object', required: ['error'],
          properties: { error: { type: 'string' }, parameter: { type: 'string', description: 'the parameter at fault' }, allowed: { type: 'array', items: { type: 'string' }, description: 'the values it allows' }, expected: { type: 'string' } },
        },
        Kind: { type: 'string', enum: [...KINDS] },
        Level: { type: 'string', enum: [...LEVELS] },
        Topic: { type: 'string', enum: topics },
        Side: { type: 'string', pattern: SIDE_PATTERN, description: 'ISO alpha-3, an organisation code, or unknown' },
        SourceKind: { type: 'string', enum: [...SOURCE_KINDS] },
        DatePrecision: { type: 'string', enum: [...DATE_PRECISIONS] },
        Direction: {
          type: ['object', 'null'], description: 'who travelled to whom',
          properties: { from: { type: 'array', items: { type: 'string' } }, to: { type: 'string' }, basis: { type: 'string', enum: ['location', 'invitation'] } },
        },
        EventSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' }, date: { type: ['string', 'null'] }, kind: { $ref: '#/components/schemas/Kind' }, place: { type: ['string', 'null'] }, country: { type: ['string', 'null'] },
            occasion: { type: ['string', 'null'] }, participants: { type: 'array', items: { type: 'object' } }, topics: { type: 'array', items: { $ref: '#/components/schemas/Topic' } },
            reports: { type: 'integer' }, referenced: { type: 'boolean' }, level: { $ref: '#/components/schemas/Level' }, direction: { $ref: '#/components/schemas/Direction' },
          },
        },
        EventPage: { type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/EventSummary' } }, next: { type: ['string', 'null'] }, ...counted } },
      },
    },
    paths: {
      '/api/events': { get: { summary: 'canonical events, filtered, paginated by cursor, sorted by date, with how many match and how many lack a date', parameters: [...filters('events'), ...page], responses: { 200: ok('a page of events', { $ref: '#/components/schemas/EventPage' }), 400: error } } },
      '/api/events/{id}': { get: { summary: 'one event with its reports, statements, evidence texts and the comparison of sides', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('the event'), 404: error } } },
      '/api/export': {
        get: {
          summary: 'the canonical events the filters select, as a download: jsonl (each report with its side, kind of source and statements), csv, cameo (GDELT 2.0 event table) or plover (POLECAT-style JSON with cite_info); streamed',
          parameters: [
            { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: [...EXPORT_FORMATS] } },
            { name: 'header', in: 'query', description: 'cameo: a first line with the column names (GDELT files have none)', schema: { type: 'boolean' } },
            { name: 'limit', in: 'query', description: 'at most this many events (default all)', schema: { type: 'integer', minimum: 1, maximum: MAX_EXPORT } },
            ...filters('export'),
          ],
          responses: {
            200: { description: 'the export, as an attachment', content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } }, 'text/tab-separated-values': { schema: { type: 'string' } } } },
            400: error,
          },
        },
      },
      '/api/people': { get: { summary: 'people with their encounter counts and spellings; q matches any spelling, in any script, with or without accents; total says how many match', parameters: [{ name: 'q', in: 'query', schema: { type: 'string', maxLength: MAX_TEXT } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: LIMITS.people.api, default: LIMITS.people.default } }], responses: { 200: ok('people', { type: 'object', properties: { people: { type: 'array', items: { type: 'object' } }, total: { type: 'integer' } } }), 400: error } } },
      '/api/people/{id}': { get: { summary: 'one person (by id or any spelling): offices over time (by office and term), titles as reported, and events', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('the person'), 404: error } } },
      '/api/countries': { get: { summary: 'countries with their number of encounters', responses: { 200: ok('countries'), 400: error } } },
      '/api/stats': { get: { summary: 'the events a filter selects (all countries, a country, a pair, ...): how many and how many lack a date, per year and kind, per month, topics per year, counterparts', parameters: filters('stats'), responses: { 200: ok('statistics'), 400: error } } },
      '/api/topics': { get: { summary: 'topic ids and labels (the values the topic filter takes)', responses: { 200: ok('topics', { type: 'object', properties: { topics: { type: 'array', items: { type: 'object', properties: { id: { $ref: '#/components/schemas/Topic' }, label: { type: 'string' } } } } } }), 400: error } } },
      '/api/network': { get: { summary: 'countries or people as nodes, encounters as weighted edges (events: how many were drawn; truncated: more match)', parameters: [{ name: 'nodes', in: 'query', description: PAGE_PARAMS.nodes, schema: { type: 'string', enum: [...NETWORK_LEVELS], default: 'country' } }, ...filters('network')], responses: { 200: ok('the network'), 400: error } } },
      '/api/search': { get: { summary: 'full-text search over the reports', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string', maxLength: MAX_TEXT } }], responses: { 200: ok('matching events', { $ref: '#/components/schemas/EventPage' }), 400: error } } },
      '/api/documents/{id}': { get: { summary: 'a stored document: text and extraction', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('the document'), 404: error } } },
      '/api/documents': {
        post: {
          summary: 'extract and store a document given as text, HTML or a URL (needs the token)',
          description: 'A url must be http:// or https:// and is fetched from public addresses only (loopback, private, link-local and metadata addresses are refused, on every redirect too); local paths are never read. published must be a real date. Extraction runs in a child process within the server\'s --extract-budget: a document over it is stored without events and its extraction carries a time/budget warning.',
          security: [{ bearer: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string', format: 'uri', pattern: '^https?://' }, id: { type: 'string' }, source: { type: 'string' }, published: { type: 'string', format: 'date' } } } } } },
          responses: { 200: ok('already stored'), 201: ok('stored: the summary and the readout/1 extraction'), 400: error, 401: error, 403: error, 413: error },
        },
      },
      '/openapi.json': { get: { summary: 'this document', responses: { 200: ok('OpenAPI 3.1') } } },
    },
  };
}
