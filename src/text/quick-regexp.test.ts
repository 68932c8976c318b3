import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { quickened, withoutLookarounds, requiredLookarounds, isCaseless, fastRegExp, fromFirstCharacter } from './quick-regexp.js';
import { dataDir } from '../data-files.js';
import { RuleBook, sharedFragments, type RuleFile } from '../knowledge/rule-book.js';

/** Every match of `re` in `s` (a global copy walks them), with its groups. */
function matches(re: RegExp, s: string): unknown[] {
  const g = re.global || re.sticky ? re : quickened(new RegExp(re.source, re.flags + 'g'));
  const out: unknown[] = [];
  g.lastIndex = 0;
  for (let m = g.exec(s); m; m = g.exec(s)) {
    out.push([m.index, m[0], { ...m.groups }, g.lastIndex]);
    if (m[0].length === 0) g.lastIndex++;
  }
  out.push(['end', g.lastIndex]);
  return out;
}

describe('withoutLookarounds', () => {
  it.each([
    ['(?<![\\p{L}\\p{N}])(?:talks|meeting)(?![\\p{L}])', '(?:talks|meeting)'],
    ['(?<=(?:以|通过)[^。]{0,40}?)(?:会谈|会晤)', '(?:会谈|会晤)'],
    ['(?<!\\()a[(?=]b', 'a[(?=]b'],
    ['(?<day>\\d{1,2})(?!\\d)', '(?<day>\\d{1,2})'],
    ['(?<=x\\))y', 'y'],
  ])('%s -> %s', (src, want) => {
    expect(withoutLookarounds(src)).toBe(want);
  });

  it('gives up where a back-reference or a quantified assertion could change the meaning', () => {
    expect(withoutLookarounds('(?<=(?<q>["\']))x\\k<q>')).toBeNull();
    expect(withoutLookarounds('(?<!a)(?=b)?c')).toBeNull();
  });
});

describe('fromFirstCharacter', () => {
  it.each([
    ['(?:\\p{Lu}[\\p{L}]*\\s){0,2}\\p{Lu}+\\s*\\((?:Xinhua|VNA)\\)\\s*--', '\\((?:Xinhua|VNA)\\)\\s*--'],
    ['\\d{1,2}\\s*月(?<day>\\d{1,2})日', '月(?<day>\\d{1,2})日'],
    // a character that may be missing is no anchor, nor one inside a class or after an escape of a class
    ['\\p{Lu}+a?b', 'b'],
    ['\\p{Lu}+a*\\s', null],
    ['\\d+x{0,2}y{2}', 'y{2}'],
    // an alternation outside the groups, or a source that opens with the character already: nothing to add
    ['\\p{Lu}a|b', null],
    ['abc', null],
  ])('%s -> %s', (src, want) => {
    expect(fromFirstCharacter(src)).toBe(want);
  });

  it('makes a quick test that keeps every match of the expression', () => {
    const plain = /(?<![\p{L}])(?:\p{Lu}[\p{L}]*\s){0,2}\p{Lu}[\p{L}]*\s*\((?:Xinhua|VNA)\)\s*(?:--|[—–-])/gu;
    const quick = quickened(new RegExp(plain.source, plain.flags));
    expect(quick).not.toBe(plain);
    for (const s of ['Nairobi (Xinhua) -- The ministers met.', 'A caption. Kigali (VNA) – Talks began.', 'No dateline (here) -- at all.', 'KIGALI(VNA)-', '']) {
      expect(matches(quick, s)).toEqual(matches(plain, s));
    }
  });
});

describe('requiredLookarounds', () => {
  it.each([
    ['(?<=分[别別](?:同|和)[^。]{1,80}?)(?:会见|会谈)', ['分[别別](?:同|和)[^。]{1,80}?']],
    ['(?<=(?:以|通过)视频(?<!x)方式)会谈(?=[，。])', ['(?:以|通过)视频方式', '[，。]']],
    // negative lookarounds require nothing; one inside a group or beside a top-level alternation is not required
    ['(?<![\\p{L}])(?:talks|meeting)', []],
    ['(?:a(?<=xa)|b)c', []],
    ['(?<=x)a|b', []],
  ])('%s', (src, want) => {
    expect(requiredLookarounds(src)).toEqual(want);
  });

  it('finds quickly that a sentence lacks what a lookbehind requires, and still matches where it is there', () => {
    const plain = /(?<=分[别別](?:同|[与與]|和)[^。！？；]{1,80}?)(?:[举舉]行)?(?:[会會]晤|[会會][见見])/gu;
    const quick = quickened(new RegExp(plain.source, plain.flags));
    for (const s of ['王毅会见越南外长。', '王毅分别同越南外长和老挝外长会见。', '']) expect(matches(quick, s)).toEqual(matches(plain, s));
  });
});

describe('quickened', () => {
  it('leaves an expression without a leading lookbehind as it is', () => {
    const re = /talks/giu;
    expect(quickened(re)).toBe(re);
  });

  it('answers as the expression does: exec, test, lastIndex, groups', () => {
    const plain = /(?<![\p{L}])(?:trước đó|(?<n>\d+) ngày trước)(?![\p{L}])/gu;
    const quick = quickened(new RegExp(plain.source, plain.flags));
    expect(quick).not.toBe(plain);
    expect(quick.source).toBe(plain.source);
    expect(quick.flags).toBe(plain.flags);
    for (const s of ['Trước đó, hai bên đã gặp.', 'Cách đây 3 ngày trước đó và 5 ngày trước.', 'xtrước đó', 'không có gì', '']) {
      expect(matches(quick, s)).toEqual(matches(plain, s));
      plain.lastIndex = quick.lastIndex = 0;
      expect(quick.test(s)).toBe(plain.test(s));
      expect(quick.lastIndex).toBe(plain.lastIndex);
    }
    // split and replace keep working (their clones are plain expressions)
    expect('a trước đó b'.split(quick)).toEqual('a trước đó b'.split(plain));
    expect('a trước đó b'.replace(quick, '_')).toBe('a trước đó b'.replace(plain, '_'));
  });

  // every rule of every language pack that opens with a lookbehind, on its own examples and counterexamples
  const root = join(dataDir(), 'lang');
  const cases: [string, RegExp, string[]][] = [];
  for (const lang of readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory())) {
    for (const f of readdirSync(join(root, lang)).filter((x) => x.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(root, lang, f), 'utf8')) as RuleFile;
      if (!Array.isArray(data.rules)) continue;
      const book = new RuleBook(`lang/${lang}/${f}`, data, sharedFragments());
      for (const r of data.rules) {
        if (typeof r.pattern !== 'string' || !/^\(\?<[=!]/.test(r.pattern)) continue;
        const texts = [...(r.examples ?? []), ...(r.counterexamples ?? [])];
        cases.push([`${lang}/${f}:${r.id}`, new RegExp(book.source(r.id), (typeof r.flags === 'string' ? r.flags : 'iu').replace('g', '') + 'g'), texts.flatMap((t) => [t, t.toLowerCase(), `${t} ${t}`])]);
      }
    }
  }
  it('finds rules that open with a lookbehind in the language packs', () => {
    expect(cases.length).toBeGreaterThan(5);
  });
  it.each(cases)('%s: the same matches as the plain expression', (_id, plain, texts) => {
    const quick = quickened(new RegExp(plain.source, plain.flags));
    for (const t of texts) expect(matches(quick, t)).toEqual(matches(plain, t));
  });
});

describe('isCaseless', () => {
  it.each([
    ['[会會][见見]|会谈', true],
    ['(?<month>\\d{1,2})\\s*月(?<day>\\d{1,2})[日号]', true],
    ['\\p{Script=Han}{2,4}', true],
    ['talks', false],
    ['ngày', false],
    ['\\p{Lu}[\\p{L}]+', false],
    ['\\bmet\\b', false],
    ['\\w+', false],
    ['\\u0041', false],
  ] as const)('%s: %s', (src, want) => {
    expect(isCaseless(src)).toBe(want);
  });

  // every caseless rule of the language packs matches the same without the i flag
  const root2 = join(dataDir(), 'lang');
  const caseless: [string, string, string, string[]][] = [];
  for (const lang of readdirSync(root2).filter((d) => statSync(join(root2, d)).isDirectory())) {
    for (const f of readdirSync(join(root2, lang)).filter((x) => x.endsWith('.json'))) {
      const data = JSON.parse(readFileSync(join(root2, lang, f), 'utf8')) as RuleFile;
      if (!Array.isArray(data.rules)) continue;
      const book = new RuleBook(`lang/${lang}/${f}`, data, sharedFragments());
      for (const r of data.rules) {
        if (typeof r.pattern !== 'string') continue;
        const flags = (typeof r.flags === 'string' ? r.flags : 'iu').replace('g', '');
        if (!flags.includes('i') || !isCaseless(book.source(r.id))) continue;
        caseless.push([`${lang}/${f}:${r.id}`, book.source(r.id), flags, [...(r.examples ?? []), ...(r.counterexamples ?? [])]]);
      }
    }
  }
  it('finds caseless rules (Chinese) in the language packs', () => {
    expect(caseless.length).toBeGreaterThan(10);
  });
  it.each(caseless)('%s: the same matches without the i flag', (_id, src, flags, texts) => {
    const withI = new RegExp(src, flags + 'g');
    const fast = fastRegExp(src, flags + 'g');
    expect(fast.flags.includes('i')).toBe(false);
    for (const t of texts) expect(matches(fast, t)).toEqual(matches(withI, t));
  });
});
