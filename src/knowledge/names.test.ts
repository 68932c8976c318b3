import { describe, it, expect } from 'vitest';
import { foldName, foldKey } from './names.js';

describe('foldName / foldKey', () => {
  const cases: [string, string, string][] = [
    ['Bùi Thanh Sơn', 'bui thanh son', 'buithanhson'],
    ['Đặng Thị Ngọc Thịnh', 'dang thi ngoc thinh', 'dangthingocthinh'],
    ['Hà Nội', 'ha noi', 'hanoi'],
    ['  Ha  Noi ', 'ha noi', 'hanoi'],
    ['Lancang-Mekong', 'lancang mekong', 'lancangmekong'],
    ["Wang Yi's", 'wang yi s', 'wangyis'],
    ['State Councillor', 'state councilor', 'statecouncilor'],
    ['Türkiye', 'turkiye', 'turkiye'],
  ];
  it.each(cases)('%j', (input, folded, key) => {
    expect([foldName(input), foldKey(input)]).toEqual([folded, key]);
  });

  it('folds a decomposed (NFD) spelling like the composed one', () => {
    expect(foldName('Hà Nội'.normalize('NFD'))).toBe('ha noi');
  });
});
