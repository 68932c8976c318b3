import { describe, it, expect } from 'vitest';
import { titleCaseCapitals } from './char-class.js';

describe('titleCaseCapitals: a name in capitals in title case', () => {
  it.each([
    ['KANANASKIS', 'Kananaskis'], ['PORT MORESBY', 'Port Moresby'], ["N'DJAMENA", "N'Djamena"], ['N’DJAMENA', 'N’Djamena'], ['ADDIS-ABEBA', 'Addis-Abeba'], ['HÀ NỘI', 'Hà Nội'],
  ])('%s', (caps, name) => {
    expect(titleCaseCapitals(caps)).toBe(name);
  });

  it('leaves a name with a lowercase letter as written', () => {
    expect(titleCaseCapitals('McAllen')).toBe('McAllen');
    expect(titleCaseCapitals('Dar es Salaam')).toBe('Dar es Salaam');
  });
});
