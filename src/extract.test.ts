import { describe, it, expect } from 'vitest';
import { extract, analyse, MAX_TEXT } from './extract.js';
import { PIPELINE } from './pipeline.js';
import { MAX_SENTENCE } from './page/segmenter.js';

const MEETING = 'Hanoi, June 8 (VNA) - Foreign Minister Bui Thanh Son met Chinese State Councilor and Foreign Minister Wang Yi in Chongqing on June 7.';
const rules = (d: { warnings?: { rule: string }[] }) => (d.warnings ?? []).map((w) => w.rule);

describe('extract: warnings as data', () => {
  it.each(['', '   ', '\n\n\t \n'])('an empty or blank input (%j) yields no events and input/empty', (t) => {
    const d = extract(t);
    expect(d.events).toEqual([]);
    expect(rules(d)).toEqual(['input/empty']);
  });

  it('HTML with no text yields input/empty', () => {
    expect(rules(extract('<html><body><div></div></body></html>', { format: 'html' }))).toContain('input/empty');
  });

  it('binary data passed as a string yields input/binary and nothing else', () => {
    const bin = 'PK\u0003\u0004\u0000\u0000\u0008\u0000' + 'x'.repeat(40);
    const d = extract(bin);
    expect(d.events).toEqual([]);
    expect(rules(d)).toEqual(['input/binary']);
  });

  it('a text of digits and punctuation yields input/no-sentences', () => {
    expect(rules(extract('12345 --- 678 !!! ... 2021-06-08'))).toEqual(['input/no-sentences']);
  });

  it('control characters are read as spaces, with a warning, and offsets still point into the input', () => {
    const t = MEETING.replace('Foreign Minister Bui', 'Foreign\u0007Minister Bui');
    const d = extract(t, { published: '2021-06-08' });
    expect(rules(d)).toEqual(['input/control-characters']);
    expect(d.events).toHaveLength(1);
    expect(d.events[0].participants.map((p) => p.name)).toContain('Wang Yi');
    const ev = d.events[0].evidence[0];
    expect(t.slice(ev.start, ev.end)).toContain('Wang Yi');
  });

  it('lone surrogates are read as U+FFFD with a warning; the text still extracts', () => {
    const d = extract(`\ud800 ${MEETING} \udc00`, { published: '2021-06-08' });
    expect(rules(d)).toEqual(['input/lone-surrogates']);
    expect(d.events).toHaveLength(1);
  });

  it('letters written with combining marks (Vietnamese "Unicode tổ hợp") are composed, with a warning, and read as the composed text is', () => {
    const vi = 'Chiều 9/5, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã tiếp Bộ trưởng Ngoại giao Thái Lan Maris Sangiampongsa.';
    const composed = extract(vi, { published: '2025-05-10' });
    const d = extract(vi.normalize('NFD'), { published: '2025-05-10' });
    expect(rules(composed)).toEqual([]);
    expect(rules(d)).toEqual(['input/composed-marks']);
    expect(d.document.language).toBe('vi');
    expect(d.events.map((e) => [e.kind, e.date, e.participants.map((p) => p.name)])).toEqual(composed.events.map((e) => [e.kind, e.date, e.participants.map((p) => p.name)]));
    expect(d.events).toHaveLength(1);
  });

  it('a text over MAX_TEXT is cut with text/truncated', () => {
    const d = analyse('word '.repeat(MAX_TEXT / 5 + 10), { budgetMs: Infinity });
    expect(d.text.length).toBeLessThanOrEqual(MAX_TEXT);
    expect(rules(d)).toContain('text/truncated');
  });

  it('a sentence longer than MAX_SENTENCE is cut into pieces with text/long-sentence', () => {
    const long = `${MEETING.slice(0, -1)} ${'and they discussed trade '.repeat(200)}`;
    const d = analyse(long, { published: '2021-06-08' });
    expect(d.sentences.every((s) => s.text.length <= MAX_SENTENCE)).toBe(true);
    expect(d.sentences.length).toBeGreaterThan(1);
    expect(rules(d)).toContain('text/long-sentence');
    // the meeting at the start is still found
    expect(extract(long, { published: '2021-06-08' }).events).toHaveLength(1);
  });

  it('HTML nested deeper than the limit is read by its tags, with html/too-deep, and does not crash', () => {
    const html = `<html><body>${'<div>'.repeat(9000)}${MEETING}${'</div>'.repeat(9000)}</body></html>`;
    const d = extract(html, { format: 'html', published: '2021-06-08' });
    expect(rules(d)).toContain('html/too-deep');
    expect(d.events).toHaveLength(1);
  });

  it('options.published must be a real date', () => {
    expect(() => extract(MEETING, { published: '2022-13-45' })).toThrow(TypeError);
    expect(() => extract(MEETING, { published: '2021-02-29' })).toThrow(/real date/);
    expect(() => extract(MEETING, { budgetMs: -1 })).toThrow(/budgetMs/);
  });
});

describe('extract: the time budget', () => {
  it('with no time left, nothing runs and time/budget says so', () => {
    const d = extract(MEETING, { budgetMs: 0 });
    expect(d.events).toEqual([]);
    expect(rules(d)).toEqual(['time/budget']);
    expect(d.warnings![0].message).toMatch(/before the segment stage/);
  });

  // a clock that moves one unit per reading: a budget of k lets exactly k stages run
  it.each(PIPELINE.map((s, k) => [s.name, k] as const))('stopping before %s returns a well-formed document', (name, k) => {
    let t = 0;
    const d = extract(MEETING, { published: '2021-06-08', budgetMs: k + 1, clock: () => t++ });
    expect(d.format).toBe('readout/1');
    expect(rules(d)).toContain('time/budget');
    expect(d.warnings!.find((w) => w.rule === 'time/budget')!.message).toContain(`before the ${name} stage`);
    expect(() => JSON.stringify(d)).not.toThrow();
  });

  it('a budget that is not spent changes nothing', () => {
    const a = extract(MEETING, { published: '2021-06-08' });
    const b = extract(MEETING, { published: '2021-06-08', budgetMs: Infinity });
    expect(b).toEqual(a);
    expect(a.warnings).toBeUndefined();
    expect(a.events).toHaveLength(1);
  });
});
