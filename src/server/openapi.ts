/**
 * The OpenAPI 3.1 description of the API (served at /openapi.json). A test checks that every route
 * the app answers is described here and every path described here is answered.
 */
const filterParams = [
  { name: 'country', in: 'query', description: 'a participant of this country or organisation (ISO alpha-3 or code such as ASEAN)', schema: { type: 'string', pattern: '^[A-Za-z]{2,6}$' } },
  { name: 'with', in: 'query', description: 'and a participant of this other country (needs country)', schema: { type: 'string', pattern: '^[A-Za-z]{2,6}$' } },
  { name: 'person', in: 'query', description: 'person id or a spelling of the name', schema: { type: 'string' } },
  { name: 'kind', in: 'query', schema: { type: 'string', enum: ['talks', 'meeting', 'phone_call', 'video_conference', 'messages', 'visit'] } },
  { name: 'topic', in: 'query', schema: { type: 'string' } },
  { name: 'from', in: 'query', description: 'on or after YYYY[-MM[-DD]]', schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
  { name: 'to', in: 'query', description: 'on or before YYYY[-MM[-DD]]', schema: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } },
  { name: 'text', in: 'query', description: 'full-text search over the reports', schema: { type: 'string' } },
  { name: 'referenced', in: 'query', description: 'include recalled encounters', schema: { type: 'boolean' } },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
  { name: 'cursor', in: 'query', description: 'the `next` value of the previous page', schema: { type: 'string' } },
  { name: 'order', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'], default: 'desc' } },
];

const error = { description: 'a client error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, schema: object = { type: 'object' }) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: { title: 'readout API', version: '0.1.0', description: 'The record of diplomatic engagements: canonical events, their reports, people, countries.' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', properties: { error: { type: 'string' } }, required: ['error'] },
        EventSummary: {
          type: 'object',
          properties: {
            id: { type: 'string' }, date: { type: ['string', 'null'] }, kind: { type: 'string' }, place: { type: ['string', 'null'] }, country: { type: ['string', 'null'] },
            occasion: { type: ['string', 'null'] }, participants: { type: 'array', items: { type: 'object' } }, topics: { type: 'array', items: { type: 'string' } },
            reports: { type: 'integer' }, referenced: { type: 'boolean' },
          },
        },
        EventPage: { type: 'object', properties: { events: { type: 'array', items: { $ref: '#/components/schemas/EventSummary' } }, next: { type: ['string', 'null'] } } },
      },
    },
    paths: {
      '/api/events': { get: { summary: 'canonical events, filtered, paginated by cursor, sorted by date', parameters: filterParams, responses: { 200: ok('a page of events', { $ref: '#/components/schemas/EventPage' }), 400: error } } },
      '/api/events/{id}': { get: { summary: 'one event with its reports, statements, evidence texts and the comparison of sides', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('the event'), 404: error } } },
      '/api/export': {
        get: {
          summary: 'the canonical events the filters select, as a download: jsonl (each report with its side, kind of source and statements), csv, cameo (GDELT 2.0 event table) or plover (POLECAT-style JSON with cite_info); streamed',
          parameters: [
            { name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['jsonl', 'csv', 'cameo', 'plover'] } },
            { name: 'header', in: 'query', description: 'cameo: a first line with the column names (GDELT files have none)', schema: { type: 'boolean' } },
            { name: 'limit', in: 'query', description: 'at most this many events (default all)', schema: { type: 'integer', minimum: 1, maximum: 1000000 } },
            ...filterParams.filter((p) => !['limit', 'cursor', 'order'].includes(p.name)),
          ],
          responses: {
            200: { description: 'the export, as an attachment', content: { 'application/x-ndjson': { schema: { type: 'string' } }, 'text/csv': { schema: { type: 'string' } }, 'text/tab-separated-values': { schema: { type: 'string' } } } },
            400: error,
          },
        },
      },
      '/api/people': { get: { summary: 'people with their encounter counts and spellings', parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200 } }], responses: { 200: ok('people'), 400: error } } },
      '/api/people/{id}': { get: { summary: "one person: titles over time and events", parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }], responses: { 200: ok('the person'), 404: error } } },
      '/api/countries': { get: { summary: 'countries with their number of encounters', responses: { 200: ok('countries') } } },
      '/api/stats': { get: { summary: 'all countries, a country or a pair: events per year and kind, per month, topics per year, counterparts', parameters: filterParams.filter((p) => p.name === 'country' || p.name === 'with' || p.name === 'referenced'), responses: { 200: ok('statistics'), 400: error } } },
      '/api/topics': { get: { summary: 'topic ids and labels', responses: { 200: ok('topics') } } },
      '/api/network': { get: { summary: 'countries or people as nodes, encounters as weighted edges', parameters: [{ name: 'level', in: 'query', schema: { type: 'string', enum: ['country', 'person'] } }, ...filterParams.filter((p) => p.name !== 'limit' && p.name !== 'cursor' && p.name !== 'order')], responses: { 200: ok('the network'), 400: error } } },
      '/api/search': { get: { summary: 'full-text search over the reports', parameters: [{ name: 'q', in: 'query', required: true, schema: { type: 'string' } }], responses: { 200: ok('matching events', { $ref: '#/components/schemas/EventPage' }), 400: error } } },
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
