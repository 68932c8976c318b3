import { describe, it, expect } from 'vitest';
import { readDataJson } from '../data-files.js';
import { simplifiedKey } from './traditional.js';

describe('data/lang/zh/traditional.json', () => {
  const { pairs, variants } = readDataJson<{ pairs: Record<string, string>; variants: Record<string, string> }>('lang/zh/traditional.json');
  const all = [...Object.entries(pairs), ...Object.entries(variants)];
  it('pairs one character with one other character, and folds nothing twice', () => {
    for (const [t, s] of all) {
      expect(t.length, t).toBe(1);
      expect(s.length, s).toBe(1);
      expect(t).not.toBe(s);
      expect(t in pairs || t in variants).toBe(true);
      expect(s in pairs || s in variants, `${t} -> ${s} is folded again`).toBe(false);
    }
  });
  it('leaves out a character that is also a simplified one of its own (乾: 干 or 乾)', () => expect('乾' in pairs || '乾' in variants).toBe(false));
});

describe('simplifiedKey', () => {
  it.each([
    ['國務委員兼外長', '国务委员兼外长'],
    ['米爾濟約耶夫', '米尔济约耶夫'],
    ['国务委员', '国务委员'],
    ['Wang Yi', 'Wang Yi'],
    ['越南外長Bùi Thanh Sơn', '越南外长Bùi Thanh Sơn'],
  ])('%s', (text, key) => expect(simplifiedKey(text)).toBe(key));
});
