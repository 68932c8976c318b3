/**
 * What a long ingest shows while it runs. On a terminal: a progress bar (cli-progress) with the
 * documents read of the total, the rate, the time left and what happened to them; the total is
 * counted beside the ingest (countSources) and the bar shows a plain count until it is known, or
 * for URLs and feeds. Otherwise (a log, a pipe): one line on standard error every `everyMs` (30 s)
 * while it runs, so a long ingest is never silent, and the summary line at the end as before.
 */
import cliProgress from 'cli-progress';
import type { IngestSummary } from '../ingest/ingest-runner.js';
import type { Io } from './io.js';

export interface ProgressCounts { read: number; new?: number; duplicate?: number; failed?: number; events?: number }

export interface IngestProgress {
  update(s: ProgressCounts): void;
  /** the number of documents, once known (null: it will not be) */
  total(n: number | null): void;
  done(): void;
}

const fmt = (n: number) => n.toLocaleString('en');
const clock = (s: number) => (!Number.isFinite(s) || s < 0 ? '?' : s < 60 ? `${Math.round(s)}s` : `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`);

/** The progress line's text (terminal and log alike). */
export function progressLine(s: ProgressCounts, total: number | null, seconds: number, bar = ''): string {
  const rate = s.read / Math.max(seconds, 1e-3);
  const of = total ? ` of ${fmt(total)}` : '';
  const pct = total ? ` ${Math.min(100, Math.floor((100 * s.read) / total))}%` : '';
  const left = total && rate > 0 ? `, ${clock((total - s.read) / rate)} left` : '';
  const what = s.new != null ? `; ${fmt(s.new)} new, ${fmt(s.duplicate ?? 0)} duplicate, ${fmt(s.failed ?? 0)} failed, ${fmt(s.events ?? 0)} events` : '';
  return `readout ingest ${bar}${bar ? ' ' : ''}${fmt(s.read)}${of} documents${pct} (${rate.toFixed(0)}/s${left})${what}`;
}

export function ingestProgress(io: Io, o: { everyMs?: number; stream?: NodeJS.WritableStream } = {}): IngestProgress {
  const t0 = performance.now();
  let total: number | null = null;
  let last: ProgressCounts = { read: 0 };
  const seconds = () => (performance.now() - t0) / 1000;
  if (io.isTTY) {
    const bar = new cliProgress.SingleBar({
      stream: o.stream ?? process.stderr,
      hideCursor: true,
      clearOnComplete: true,
      fps: 8,
      barsize: 24,
      format: (opts, params) => {
        const b = total ? (opts.barCompleteString ?? '').slice(0, Math.round(params.progress * (opts.barsize ?? 24))) + (opts.barIncompleteString ?? '').slice(0, (opts.barsize ?? 24) - Math.round(params.progress * (opts.barsize ?? 24))) : '';
        return progressLine(last, total, seconds(), b);
      },
    }, cliProgress.Presets.shades_classic);
    bar.start(1, 0);
    return {
      update(s) { last = { ...s }; bar.setTotal(Math.max(total ?? 0, s.read, 1)); bar.update(s.read); },
      total(n) { total = n; if (n) bar.setTotal(Math.max(n, last.read, 1)); },
      done() { bar.stop(); },
    };
  }
  const every = o.everyMs ?? 30_000;
  let next = every;
  return {
    update(s) {
      last = { ...s };
      const ms = performance.now() - t0;
      if (ms < next) return;
      next = ms + every;
      io.err(progressLine(last, total, seconds()));
    },
    total(n) { total = n; },
    done() { /* the summary line follows */ },
  };
}

/** The summary's counts, for the progress display. */
export const countsOf = (s: IngestSummary): ProgressCounts => ({ read: s.read, new: s.new, duplicate: s.duplicate, failed: s.failed, events: s.events });
