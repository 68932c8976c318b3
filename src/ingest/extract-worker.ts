/**
 * The child process of `WorkerExtractor`: reads HTML and extracts documents sent over IPC, one at a
 * time, and answers each with its result or its error message.
 */
import { extract } from '../extract.js';
import { readHtml } from '../text/html-reader.js';
import { loadKnowledge } from '../knowledge/index.js';

export type WorkerJob =
  | { id: number; kind: 'html'; html: string }
  | { id: number; kind: 'extract'; text: string; options: Record<string, unknown> }
  | { id: number; kind: 'warm' };
export type WorkerReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

if (process.send) {
  process.on('message', (job: WorkerJob) => {
    let reply: WorkerReply;
    try {
      const result = job.kind === 'html' ? readHtml(job.html) : job.kind === 'extract' ? extract(job.text, job.options) : (loadKnowledge(), null);
      reply = { id: job.id, ok: true, result };
    } catch (e) {
      reply = { id: job.id, ok: false, error: (e as Error).message };
    }
    process.send!(reply);
  });
  // the parent going away ends this process too
  process.on('disconnect', () => process.exit(0));
}
