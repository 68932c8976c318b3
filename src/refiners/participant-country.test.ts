/**
 * A participant's country from the text when the registry does not know the person: title
 * adjectives and possessives, "of <country>" after the title or after the name, a possessive title
 * in apposition, several countries taken in order, organisations. Our own sentences, with people
 * the registry does not hold.
 */
import { describe, it, expect } from 'vitest';
import { extract } from '../extract.js';

const countriesIn = (text: string) => extract(text, { published: '2023-05-04' }).events.map((e) => e.participants.map((p) => [p.name, p.country]));

describe('participant countries from the text', () => {
  const cases: [string, string, [string | null, string | null][]][] = [
    ['a possessive before the title', "South Africa's Minister of International Relations Thandi Mokoena met Chilean Foreign Minister Andrés Vidal in Pretoria on May 3.", [['Thandi Mokoena', 'ZAF'], ['Andrés Vidal', 'CHL']]],
    ['"of <country>" in the title', 'Turkish Foreign Minister Kemal Aydın held talks with Foreign Minister of Hungary Zoltán Kovács in Ankara on May 3.', [['Kemal Aydın', 'TUR'], ['Zoltán Kovács', 'HUN']]],
    ['"of <country>" after the name', 'Foreign Minister Lena Berg of Norway met Foreign Minister Tomas Lind of Sweden in Oslo on May 3.', [['Lena Berg', 'NOR'], ['Tomas Lind', 'SWE']]],
    ['"(<country>)" after the name', 'Foreign Minister Lena Berg (Norway) met Foreign Minister Tomas Lind (Sweden) in Oslo on May 3.', [['Lena Berg', 'NOR'], ['Tomas Lind', 'SWE']]],
    ['a possessive title in apposition', "Foreign Minister Rania Haddad, Jordan's top diplomat, spoke by telephone with Egyptian counterpart Samir Fahmy on May 3.", [['Rania Haddad', 'JOR'], ['Samir Fahmy', 'EGY']]],
    ['several countries in order, names after', 'The Ministers of Foreign Affairs of Peru and Chile, Luis Paredes and Ana Rojas, held a phone conversation on May 3.', [['Luis Paredes', 'PER'], ['Ana Rojas', 'CHL']]],
    ['several countries in order, names before', 'Luis Paredes and Ana Rojas, the foreign ministers of Peru and Chile, held a phone conversation on May 3.', [['Luis Paredes', 'PER'], ['Ana Rojas', 'CHL']]],
    ['organisations', 'EU foreign policy chief Marco Rossi met the UN Secretary-General Ana Silva in Brussels on May 3.', [['Marco Rossi', 'EU'], ['Ana Silva', 'UN']]],
    ['an organisation named in full', 'African Union Commission Chairperson Amadou Diallo received Kenyan Foreign Minister Peter Otieno in Addis Ababa on May 3.', [['Amadou Diallo', 'AU'], ['Peter Otieno', 'KEN']]],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(countriesIn(text)).toEqual([expected]);
  });

  it('puts a group of named countries on the people of those countries', () => {
    const doc = extract('The top diplomats of Peru and Chile met in Lima on Thursday. It was the second meeting between Peruvian Foreign Minister Luis Paredes and his Chilean counterpart Ana Rojas this year.', { published: '2023-05-05' });
    expect(doc.events.map((e) => e.participants.map((p) => p.country))).toEqual([['PER', 'CHL']]);
  });
});
