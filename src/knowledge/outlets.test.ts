import { describe, it, expect } from 'vitest';
import { officialSiteOfLine, officialSiteOfUrl } from './outlets.js';

describe('official sites: the state whose site a page is on', () => {
  it.each([
    ['a site\'s name alone', '10 Downing Street', 'GBR'],
    ['a site\'s name opening a breadcrumb', 'GOV.UK > News', 'GBR'],
    ['GOV.UK\'s line of issuing bodies', "From: Prime Minister's Office, 10 Downing Street", 'GBR'],
    ['issuing bodies joined by "and"', 'From: Cabinet Office and Foreign, Commonwealth & Development Office', 'GBR'],
  ])('%s', (_name, line, country) => {
    expect(officialSiteOfLine(line)).toBe(country);
  });

  it.each([
    ['a line of a story', 'The Prime Minister spoke to President Zelenskyy this evening.'],
    ['a label with no issuing body the sources know', 'From: our correspondent in Kyiv'],
  ])('no state for %s', (_name, line) => {
    expect(officialSiteOfLine(line)).toBeNull();
  });

  it('reads a state from an official domain and its subdomains only', () => {
    expect(officialSiteOfUrl('https://www.gov.uk/government/news/x')).toBe('GBR');
    expect(officialSiteOfUrl('https://gov.uk.example.com/x')).toBeNull();
    expect(officialSiteOfUrl('not a url')).toBeNull();
  });
});
