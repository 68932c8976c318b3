/**
 * readout: diplomatic engagements out of news text, as readout/1.
 *
 * @example
 * import { extract } from 'readout';
 * const doc = extract(text, { id: 'article-1', published: '2021-04-17' });
 * for (const e of doc.events) console.log(e.kind, e.date, e.participants.map((p) => p.name));
 */
export { extract, MAX_TEXT } from './extract.js';
export { loadKnowledge } from './knowledge/index.js';
export type * from './types.js';
