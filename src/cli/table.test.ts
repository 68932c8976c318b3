import { describe, it, expect } from 'vitest';
import { table, displayWidth } from './table.js';
import { who } from './record-commands.js';

describe('table', () => {
  it('counts Chinese characters two columns wide and combining marks none', () => {
    expect(displayWidth('王毅')).toBe(4);
    expect(displayWidth('Sơn')).toBe(3);
    expect(displayWidth('So\u031bn')).toBe(3);
  });

  it('aligns columns by what a terminal shows', () => {
    const out = table(['name', 'country'], [['王毅', 'CHN'], ['Bùi Thanh Sơn', 'VNM']], 80).split('\n').filter((l) => !l.startsWith('-'));
    const at = out.map((l) => displayWidth(l.slice(0, l.search(/CHN|VNM|country/))));
    expect(at).toHaveLength(3);
    expect(new Set(at).size).toBe(1);
  });

  it('cuts a long cell to its width with an ellipsis', () => {
    const out = table(['a', 'b'], [['王毅王毅王毅王毅王毅王毅王毅王毅', 'x'.repeat(30)]], 30).split('\n')[2];
    expect(displayWidth(out)).toBeLessThanOrEqual(30);
    expect(out).toContain('…');
  });
});

describe('who', () => {
  it('gives a name written in another script with its English form', () => {
    expect(who([{ name: '王毅', country: 'CHN', id: 'wang-yi' }, { name: 'Bùi Thanh Sơn', country: 'VNM', id: 'bui-thanh-son' }, { name: null, country: 'LAO', title: 'Foreign Minister' }]))
      .toBe('王毅 (Wang Yi) [CHN], Bùi Thanh Sơn [VNM], (Foreign Minister) [LAO]');
  });
});
