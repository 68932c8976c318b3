/**
 * English readouts of many country pairs (issue 8): Gulf, African, Latin American, Central Asian, Balkan
 * and Pacific ministries and agencies, with sentences of our own. Each family pinned by a few sentences
 * with other people, places and dates.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../src/extract.js';
import type { ReadoutDocument } from '../src/types.js';

const run = (text: string, published: string | null = '2025-03-12') => extract(text, { id: 't', ...(published ? { published } : {}) });
/** Each event as [kind, date, place, participant names]. */
const brief = (doc: ReadoutDocument) => doc.events.map((e) => [e.kind, e.date, e.location?.place ?? null, e.participants.map((p) => p.name)]);
const people = (doc: ReadoutDocument) => doc.events.map((e) => e.participants.map((p) => [p.name, p.country]));

describe('a host verb with the venue and the day before its object (Gulf agencies)', () => {
  it.each([
    ['"received in <city> today the <title> of X, <name>"', 'Crown Prince Mohammed bin Salman received in Riyadh today the President of Ghana, John Mahama.', ['meeting', '2025-03-12', 'Riyadh', ['Mohammed bin Salman', 'John Mahama']]],
    ['"received in <city> on <weekday> the <title>"', 'The Amir Sheikh Tamim bin Hamad Al Thani received in Doha on Monday the Prime Minister of Pakistan, Shehbaz Sharif.', ['meeting', '2025-03-10', 'Doha', ['Sheikh Tamim bin Hamad Al Thani', 'Shehbaz Sharif']]],
    ['"received at <named palace> on <date> the <title>"', 'King Abdullah II received at Al Husseiniya Palace on 3 March the Foreign Minister of Chile, Alberto van Klaveren.', ['meeting', '2025-03-03', null, ['Abdullah II', 'Alberto van Klaveren']]],
  ])('%s', (_name, text, expected) => {
    expect(brief(run(text))).toEqual([expected]);
  });

  it('"received at <venue> the credentials of ..." is still no encounter', () => {
    expect(run('President Samia Suluhu Hassan received at State House the report of the committee.').events).toEqual([]);
  });
});

describe('names of several parts with lineage and family particles', () => {
  it.each([
    ['"bin <father> Al-<family>" after a registry short form', 'His Highness Sheikh Tamim bin Hamad Al-Thani received Kenyan President William Ruto in Doha on Monday.', [['Sheikh Tamim bin Hamad Al-Thani', 'QAT'], ['William Ruto', 'KEN']]],
    ['"bin <father> bin <grandfather> Al <family>"', 'Crown Prince Mohammed bin Salman bin Abdulaziz Al Saud met Senegalese President Bassirou Diomaye Faye in Jeddah on Monday.', [['Mohammed bin Salman bin Abdulaziz Al Saud', 'SAU'], ['Bassirou Diomaye Faye', 'SEN']]],
    ['"Sultan X bin Y": the office is the title, the rest the name', 'His Majesty Sultan Haitham bin Tarik received the President of Tanzania, Samia Suluhu Hassan, in Muscat on Monday.', [['Haitham bin Tarik', 'OMN'], ['Samia Suluhu Hassan', 'TZA']]],
    ['"Prince X bin Y Al Z" told with his ministry', 'Prince Faisal bin Farhan Al Saud, Minister of Foreign Affairs, held talks with Brazilian Foreign Minister Mauro Vieira in Riyadh on Monday.', [['Prince Faisal bin Farhan Al Saud', 'SAU'], ['Mauro Vieira', 'BRA']]],
  ])('%s', (_name, text, expected) => {
    expect(people(run(text))).toEqual([expected]);
  });

  it('a king named by the office and a country\'s possessive keeps that country', () => {
    const doc = run("Jordan's King Abdullah met Ghanaian President John Mahama in Amman on Monday.");
    expect(doc.events.map((e) => e.participants.map((p) => [p.name, p.country, p.title]))).toEqual([[['Abdullah', 'JOR', 'King'], ['John Mahama', 'GHA', 'President']]]);
  });

  it.each([
    ['"Shri" after a title', 'The Vice President of India, Shri Ravi Menon, received Kenyan Foreign Minister Musalia Mudavadi in New Delhi on Monday.', 'Ravi Menon'],
    ['"His Highness" before a titled name', 'His Highness Sheikh Abdullah bin Zayed Al Nahyan held talks with Chilean Foreign Minister Alberto van Klaveren in Abu Dhabi on Monday.', 'Sheikh Abdullah bin Zayed Al Nahyan'],
  ])('honorifics: %s', (_name, text, name) => {
    expect(run(text).events[0]?.participants[0]?.name).toBe(name);
  });
});
