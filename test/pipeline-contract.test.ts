/**
 * Every stage of the pipeline touches only the fields of the working document it declares: the
 * stages run on a guarded document that fails on any read or write of a field the stage did not
 * declare (a written field may be read). The fixture texts and a few of our own give the stages
 * something to do.
 */
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { PIPELINE, type Stage } from '../src/pipeline.js';
import { workingDocument, analyse } from '../src/extract.js';
import type { Doc } from '../src/doc.js';

function guarded(doc: Doc, stage: Stage, seen: { reads: Set<string>; writes: Set<string> }): Doc {
  const readable = new Set<string>([...stage.reads, ...stage.writes]);
  const writable = new Set<string>(stage.writes);
  return new Proxy(doc, {
    get(target, key, receiver) {
      if (typeof key === 'string') {
        if (!readable.has(key)) throw new Error(`stage ${stage.name} reads doc.${key} but does not declare it`);
        seen.reads.add(key);
      }
      return Reflect.get(target, key, receiver);
    },
    set(target, key, value, receiver) {
      if (typeof key === 'string') {
        if (!writable.has(key)) throw new Error(`stage ${stage.name} writes doc.${key} but does not declare it`);
        seen.writes.add(key);
      }
      return Reflect.set(target, key, value, receiver);
    },
  });
}

const fixtures = join(import.meta.dirname, 'fixtures');
const texts: [string, string, object][] = [
  ['own: a phone call', 'Wang Yi holds phone talks with Lao FM\n\nBEIJING, March 2 (Xinhua) -- Chinese Foreign Minister Wang Yi on Wednesday held phone talks with Lao Foreign Minister Saleumxay Kommasith at the request of the Lao side.\n2022-03-03 08:40', {}],
  ['own: a dateline dates the meeting', 'HANOI, May 3 (VNA) – Prime Minister Pham Minh Chinh received Lao Foreign Minister Saleumxay Kommasith.', { published: '2022-05-04' }],
  ['own: two meetings', 'Hanoi, June 8 (VNA) - Foreign Minister Bui Thanh Son met Japanese Foreign Minister Hayashi Yoshimasa in Tokyo on June 7. On the same day, he received Indian External Affairs Minister S. Jaishankar.', { published: '2022-06-08' }],
  ...readdirSync(fixtures).filter((c) => existsSync(join(fixtures, c, 'input.txt'))).map((c): [string, string, object] => [c, readFileSync(join(fixtures, c, 'input.txt'), 'utf8'), {}]),
];

describe('pipeline contract', () => {
  it('lists stages with unique names and declared fields of the working document', () => {
    const names = PIPELINE.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const { doc } = workingDocument('x', {});
    for (const s of PIPELINE) for (const f of [...s.reads, ...s.writes]) expect(Object.keys(doc), `${s.name}: ${f}`).toContain(f);
  });

  /** every field each stage touched, over all texts */
  const touched = new Map<string, Set<string>>(PIPELINE.map((s) => [s.name, new Set()]));

  it.each(texts)('%s: every stage reads and writes only what it declares', (_name, text, options) => {
    const { doc, ctx } = workingDocument(text, options);
    for (const stage of PIPELINE) {
      const seen = { reads: new Set<string>(), writes: new Set<string>() };
      expect(() => stage.run(guarded(doc, stage, seen), ctx)).not.toThrow();
      for (const f of [...seen.reads, ...seen.writes]) touched.get(stage.name)!.add(f);
    }
    // the guarded run gives what the plain run gives
    const plain = analyse(text, options);
    expect(doc.events.map((e) => [e.kind.value, e.date?.value ?? null, e.participants.map((p) => p.name)]))
      .toEqual(plain.events.map((e) => [e.kind.value, e.date?.value ?? null, e.participants.map((p) => p.name)]));
  });

  it('declares no field a stage never touches', () => {
    for (const s of PIPELINE) expect([...touched.get(s.name)!].sort(), s.name).toEqual([...new Set([...s.reads, ...s.writes])].sort());
  });
});
