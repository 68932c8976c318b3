/**
 * Extraction in a child process, for the server: a document that takes long (or would take for
 * ever) cannot hold up the server's event loop, and one that runs past its time budget is stopped.
 * Each job gets `budgetMs` inside extraction (checked between stages, see `analyse`) and
 * `budgetMs + graceMs` in all: past that the child is killed, the job fails with
 * `ExtractionTimeout`, and a fresh child takes the next job. Jobs run one at a time, in order.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractOptions, ReadoutDocument } from '../types.js';
import type { HtmlArticle } from '../text/html-reader.js';
import { ExtractionTimeout, type Extractor } from './ingest-runner.js';
import type { WorkerJob, WorkerReply } from './extract-worker.js';

export interface WorkerExtractorOptions {
  /** extraction's own budget per document, in ms (default 20 s) */
  budgetMs?: number;
  /** extra time before the child is killed, in ms (default 5 s) */
  graceMs?: number;
}

/** Time a fresh child has to load its code and knowledge. */
const STARTUP_MS = 60_000;

interface Pending { job: WorkerJob; resolve: (v: any) => void; reject: (e: Error) => void }

const here = fileURLToPath(import.meta.url);
/** The package root (the folder with package.json above this module), where tsx is found when running from sources. */
function packageRoot(): string {
  let d = dirname(here);
  while (!existsSync(join(d, 'package.json')) && dirname(d) !== d) d = dirname(d);
  return d;
}

export class WorkerExtractor implements Extractor {
  readonly budgetMs: number;
  readonly graceMs: number;
  private child: ChildProcess | null = null;
  private queue: Pending[] = [];
  private current: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private nextId = 1;
  private closed = false;

  constructor(opts: WorkerExtractorOptions = {}) {
    this.budgetMs = opts.budgetMs ?? 20_000;
    this.graceMs = opts.graceMs ?? 5_000;
  }

  /** Starts the child and loads its knowledge now, so the first document does not wait for it. */
  async warm(): Promise<void> { await this.run({ id: 0, kind: 'warm' }); }

  readHtml(html: string): Promise<HtmlArticle> { return this.run({ id: 0, kind: 'html', html }); }

  extract(text: string, options: ExtractOptions): Promise<ReadoutDocument> {
    const { clock: _clock, ...plain } = options;
    return this.run({ id: 0, kind: 'extract', text, options: { ...plain, budgetMs: Math.min(options.budgetMs ?? Infinity, this.budgetMs) } });
  }

  /** Ends the child; queued jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const p of this.queue.splice(0)) p.reject(new Error('extraction stopped: the server is closing'));
    this.stopChild();
  }

  private run<T>(job: WorkerJob): Promise<T> {
    if (this.closed) return Promise.reject(new Error('extraction stopped: the server is closing'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.pump();
    });
  }

  private spawn(): ChildProcess {
    const ts = here.endsWith('.ts');
    const child = fork(join(dirname(here), ts ? 'extract-worker.ts' : 'extract-worker.js'), [], {
      cwd: packageRoot(),
      execArgv: ts ? ['--import', 'tsx'] : [],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.on('message', (m: WorkerReply) => this.onReply(child, m));
    child.on('exit', (code, signal) => this.onExit(child, code, signal));
    child.on('error', () => { /* reported through exit */ });
    return child;
  }

  private pump(): void {
    if (this.current || !this.queue.length || this.closed) return;
    let p: Pending;
    let limit: number;
    if (!this.child) {
      // a fresh child first loads its code and knowledge, with time of its own; when that fails, the
      // job waiting for it fails with the reason
      this.child = this.spawn();
      p = { job: { id: this.nextId++, kind: 'warm' }, resolve: () => {}, reject: (e) => this.queue.shift()?.reject(e) };
      limit = STARTUP_MS;
    } else {
      p = this.queue.shift()!;
      limit = p.job.kind === 'warm' ? STARTUP_MS : this.budgetMs + this.graceMs;
    }
    this.current = p;
    this.timer = setTimeout(() => {
      if (this.current !== p) return;
      this.current = null;
      this.stopChild();
      p.reject(p.job.kind === 'warm'
        ? new Error(`the extraction process did not start within ${STARTUP_MS / 1000} s`)
        : new ExtractionTimeout(`extraction took longer than ${(limit / 1000).toFixed(1)} s and was stopped`));
      this.pump();
    }, limit);
    this.child.send(p.job);
  }

  private onReply(child: ChildProcess, m: WorkerReply): void {
    if (child !== this.child || !this.current || m.id !== this.current.job.id) return;
    const p = this.current;
    this.current = null;
    if (this.timer) clearTimeout(this.timer);
    if (m.ok) p.resolve(m.result); else p.reject(new Error(m.error));
    this.pump();
  }

  private onExit(child: ChildProcess, code: number | null, signal: string | null): void {
    if (child !== this.child) return;
    this.child = null;
    if (this.current) {
      const p = this.current;
      this.current = null;
      if (this.timer) clearTimeout(this.timer);
      p.reject(new Error(`the extraction process ended (${signal ?? `exit ${code}`})`));
      this.pump();
    }
  }

  private stopChild(): void {
    if (this.timer) clearTimeout(this.timer);
    const c = this.child;
    this.child = null;
    if (c && c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
}
