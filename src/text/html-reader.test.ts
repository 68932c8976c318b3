import { describe, it, expect } from 'vitest';
import { parseHTML } from 'linkedom';
import { readHtml, tagDepth, domShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './html-reader.js';

const nested = (depth: number, inner = 'Foreign Minister Wang Yi met Antony Blinken.') => `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;

describe('tagDepth', () => {
  it('counts nesting from the tags, leaving out void elements and those whose end tag may be missing', () => {
    expect(tagDepth('<div><section><p>a<p>b<br><img src=x></section></div>')).toBe(2);
    expect(tagDepth(nested(50))).toBe(50);
    expect(tagDepth(nested(5000))).toBe(MAX_HTML_DEPTH + 1); // stops counting past the limit
  });
});

describe('domShape', () => {
  it('measures depth and elements iteratively, at any depth', () => {
    const { document } = parseHTML(nested(3000));
    const s = domShape(document.documentElement, 10_000, 10_000);
    expect(s.depth).toBe(3001);
  });
});

describe('readHtml limits', () => {
  it('reads a page nested 9,000 deep by its tags, with html/too-deep, in well under a second', () => {
    const t0 = performance.now();
    const a = readHtml(nested(9000));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(a.text).toContain('Wang Yi met Antony Blinken');
    expect(a.warnings.map((w) => w.rule)).toEqual(['html/too-deep']);
  });

  it('decodes entities and drops scripts when reading by tags', () => {
    const a = readHtml(`<html><head><title>T &amp; U</title><script>var x = "<div>";</script></head><body>${'<div>'.repeat(300)}Caf&eacute; &amp; tea &#8212; &#x41;${'</div>'.repeat(300)}</body></html>`);
    expect(a.text).toContain('& tea — A');
    expect(a.text).not.toContain('var x');
  });

  it('leaves a page with more than the element limit to the whole-body text, with html/too-large', () => {
    const a = readHtml(`<html><body>${'<span>a</span>'.repeat(MAX_HTML_ELEMENTS + 10)}</body></html>`);
    expect(a.warnings.map((w) => w.rule)).toEqual(['html/too-large']);
    expect(a.article).toBe(false);
  });

  it('reads a page cut off inside its <html> tag (no document element) without throwing', () => {
    expect(() => readHtml('<!doctype html>\n<html la')).not.toThrow(); // found by the fuzz suite
    expect(() => readHtml('<html')).not.toThrow();
  });

  it('gives an ordinary page to Readability with no warning', () => {
    const body = '<p>Foreign Minister Bui Thanh Son met his Chinese counterpart Wang Yi in Chongqing on Monday, and the two sides discussed trade, investment and the Mekong.</p>'.repeat(5);
    const a = readHtml(`<html><head><title>Talks</title></head><body><article>${body}</article></body></html>`);
    expect(a.article).toBe(true);
    expect(a.warnings).toEqual([]);
  });

  it('puts the date the byline carries under the title when no stamp holder has it (a byline Readability took out)', () => {
    const body = '<p>Thai Foreign Minister Maris Sangiampongsa met his Lao counterpart Thongsavanh Phomvihane in Vientiane on Friday, and the two sides discussed the railway link, trade and the Mekong.</p>'.repeat(4);
    const a = readHtml(`<html><body><h1>Thai, Lao FMs meet</h1><div class="author">By Staff Reporter  Published: Mar 8, 2025 09:15 PM</div><article>${body}</article></body></html>`);
    expect(a.text.split('\n\n').slice(0, 2).join('\n')).toMatch(/Published: Mar 8, 2025/);
    const plain = readHtml(`<html><body><h1>Thai, Lao FMs meet</h1><div class="author">By Staff Reporter</div><article>${body}</article></body></html>`);
    expect(plain.text).not.toMatch(/Staff Reporter/);
  });
});
