import { describe, it, expect, afterAll } from 'vitest';
import { WorkerExtractor } from './worker-extractor.js';
import { ExtractionTimeout } from './ingest-runner.js';
import { TEST_DOCS } from '../store/contract-docs.js';

const workers: WorkerExtractor[] = [];
const NAMES = ['Alpha', 'Borneo', 'Carthage', 'Delphi', 'Esmeralda', 'Fontaine', 'Gdansk', 'Hartley', 'Ingram', 'Jovanovic', 'Kowalski', 'Lindqvist', 'Moreau', 'Nakamura', 'Okafor', 'Petrov'];
/** as test/adversarial's person-mentions: seconds of coreference work at 2 MB */
const personMentions = (bytes: number) => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < bytes; i++) { const s = `Minister ${NAMES[i % 16]} ${NAMES[(i * 7 + 3) % 16]} said. Mr. ${NAMES[i % 16]} agreed with his counterpart. `; parts.push(s); n += s.length; }
  return parts.join('');
};
afterAll(async () => { for (const w of workers) await w.close(); });

describe('WorkerExtractor', () => {
  it('extracts in a child process what extract gives in this one, and reads HTML there', async () => {
    const w = new WorkerExtractor();
    workers.push(w);
    const d = await w.extract(TEST_DOCS[0].text, { id: 'x' });
    expect(d.format).toBe('readout/1');
    expect(d.events.length).toBeGreaterThan(0);
    const a = await w.readHtml('<html><head><title>T</title></head><body><p>Hello there.</p></body></html>');
    expect(a.text).toContain('Hello there.');
  }, 60_000);

  it('stops a job past budget + grace with ExtractionTimeout, and the next job gets a fresh child', async () => {
    const w = new WorkerExtractor({ budgetMs: 1, graceMs: 0 });
    workers.push(w);
    await w.warm();
    await expect(w.extract('Foreign Minister met his counterpart. '.repeat(30_000), { id: 'big' })).rejects.toBeInstanceOf(ExtractionTimeout);
    const slow = new WorkerExtractor({ budgetMs: 20_000 });
    workers.push(slow);
    const d = await slow.extract(TEST_DOCS[1].text, { id: 'y' });
    expect(d.events.length).toBeGreaterThan(0);
  }, 60_000);

  it('after a kill, later jobs of the same extractor run in a new child', async () => {
    const w = new WorkerExtractor({ budgetMs: 1000, graceMs: 0 });
    workers.push(w);
    await w.warm();
    // seconds of work in one stage (coreference on 2 MB of person mentions): killed at 1 s
    await expect(w.extract(personMentions(2_000_000), { id: 'big' })).rejects.toThrow(/took longer than 1\.0 s/);
    const d = await w.extract(TEST_DOCS[2].text, { id: 'z' });
    expect(d.events.length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses jobs once closed', async () => {
    const w = new WorkerExtractor();
    await w.close();
    await expect(w.extract('x', {})).rejects.toThrow(/closing/);
  });
});
