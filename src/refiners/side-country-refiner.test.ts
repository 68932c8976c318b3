import { describe, it, expect } from 'vitest';
import { extract, analyse } from '../extract.js';

describe('refineSideCountries', () => {
  const STORY = 'Germany and Brazil deepen ties\n\nTwo German ministers travelled to Brazil this week. Germany and Brazil signed three agreements.\n\n';
  it('gives a party the registry does not know the other country of a two-country story, inferred', () => {
    const e = extract(`${STORY}Karl Weinberg met Brazilian Foreign Minister Joana Prado in Brasília on Tuesday.`, { id: 't', published: '2024-03-15' }).events[0];
    const p = e.participants.find((x) => x.name === 'Karl Weinberg');
    expect(p?.country).toBe('DEU');
  });

  it('marks the country inferred, with the counts as evidence', () => {
    const doc = analyse(`${STORY}Karl Weinberg met Brazilian Foreign Minister Joana Prado in Brasília on Tuesday.`, { id: 't', published: '2024-03-15' });
    const p = doc.events[0].participants.find((x) => x.name === 'Karl Weinberg');
    expect([p?.country?.basis, p?.country?.rule]).toEqual(['inferred', 'country/other-side']);
  });

  it('infers nothing in a story about many countries', () => {
    const e = extract('Ministers of Brazil, Germany, Chile and Peru met in Lima. Brazil, Germany, Chile and Peru signed a pact.\n\nKarl Weinberg met Brazilian Foreign Minister Joana Prado in Lima on Tuesday.', { id: 't', published: '2024-03-15' }).events.find((x) => x.participants.some((p) => p.name === 'Karl Weinberg'));
    expect(e?.participants.find((x) => x.name === 'Karl Weinberg')?.country ?? null).toBeNull();
  });
});
