import { describe, it, expect } from 'vitest';
import { Writable } from 'node:stream';
import { ingestProgress, progressLine } from './ingest-progress.js';
import type { Io } from './io.js';

const io = (tty: boolean) => {
  const err: string[] = [];
  const x: Io = { out: () => undefined, err: (l) => err.push(l), readStdin: async () => Buffer.alloc(0), isTTY: tty };
  return { io: x, err };
};

describe('ingest progress', () => {
  it('says what was read of how many, at what rate, how long is left and what became of it', () => {
    expect(progressLine({ read: 1200, new: 1190, duplicate: 5, failed: 5, events: 1300 }, 3200, 10))
      .toBe('readout ingest 1,200 of 3,200 documents 37% (120/s, 17s left); 1,190 new, 5 duplicate, 5 failed, 1,300 events');
    expect(progressLine({ read: 40 }, null, 4)).toBe('readout ingest 40 documents (10/s)');
  });

  it('prints a line now and then when standard error is not a terminal', () => {
    const t = io(false);
    const p = ingestProgress(t.io, { everyMs: 0 });
    p.total(10);
    p.update({ read: 3, new: 3, duplicate: 0, failed: 0, events: 3 });
    p.done();
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(/^readout ingest 3 of 10 documents 30%/);
    const quiet = io(false);
    const q = ingestProgress(quiet.io);
    q.update({ read: 3 });
    q.done();
    expect(quiet.err).toEqual([]);
  });

  it('draws a bar on a terminal, and clears it when done', () => {
    let drawn = '';
    const stream = new Writable({ write(chunk, _e, cb) { drawn += chunk.toString(); cb(); } }) as unknown as NodeJS.WritableStream & { isTTY: boolean; columns: number; cursorTo: () => void; clearLine: () => void; moveCursor: () => void };
    Object.assign(stream, { isTTY: true, columns: 200, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
    const t = io(true);
    const p = ingestProgress(t.io, { stream });
    p.total(4);
    p.update({ read: 2, new: 2, duplicate: 0, failed: 0, events: 2 });
    p.done();
    expect(drawn).toMatch(/2 of 4 documents 50%/);
    expect(t.err).toEqual([]);
  });
});
