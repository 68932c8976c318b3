/**
 * `readout extract [PATH ...]`: readout/1 JSON Lines on standard output, one object per document.
 */
import { readFileSync } from 'node:fs';
import { extract } from '../extract.js';
import { decodeText, InputError } from '../input/decode.js';
import { walkInputs, type InputRef } from '../input/inputs.js';
import { looksLikeHtml } from '../text/html-reader.js';
import { UsageError, encodingProblem, type Io } from './io.js';
import { calendarDateProblem } from '../input/calendar-date.js';
import { isWebAddress } from '../ingest/net-policy.js';

export interface ExtractCliOptions {
  pretty?: boolean;
  published?: string;
  id?: string;
  url?: string;
  compact?: boolean;
  encoding?: string;
}

export async function readInput(ref: InputRef, io: Io, encoding?: string): Promise<string> {
  const buf = ref.path === '-' ? await io.readStdin() : readFileSync(ref.path);
  return decodeText(buf, { encoding });
}

export async function runExtract(paths: string[], opts: ExtractCliOptions, io: Io): Promise<number> {
  if (!paths.length) throw new UsageError('extract needs at least one PATH (a file, a folder, or - for standard input)');
  if (opts.published != null) { const p = calendarDateProblem(opts.published); if (p) throw new UsageError(`--published ${p}`); }
  if (opts.encoding != null) encodingProblem(opts.encoding);
  if (opts.url != null && !isWebAddress(opts.url)) throw new UsageError(`--url must be an http or https address, got ${JSON.stringify(opts.url)}`);
  const { inputs, errors } = walkInputs(paths);
  if ((opts.published || opts.id || opts.url) && inputs.length + errors.length !== 1) throw new UsageError('--published, --id and --url apply to a single input; give exactly one file or -');
  let failed = errors.length;
  for (const e of errors) io.err(`readout: ${e.path}: ${e.reason}`);
  if (!inputs.length && !errors.length) io.err('readout: no .txt, .md, .html or .htm files found in the given folders');
  for (const ref of inputs) {
    let text: string;
    try {
      text = await readInput(ref, io, opts.encoding);
    } catch (e) {
      failed++;
      io.err(`readout: ${ref.path}: ${e instanceof InputError ? e.message : `cannot read: ${(e as Error).message}`}`);
      continue;
    }
    try {
      const doc = extract(text, {
        id: opts.id ?? ref.id,
        published: opts.published ?? ref.published ?? null,
        url: opts.url ?? ref.url ?? null,
        source: ref.source ?? null,
        format: ref.format === 'html' || (ref.path === '-' && looksLikeHtml(text)) ? 'html' : 'text',
        detail: !opts.compact,
      });
      io.out(opts.pretty ? JSON.stringify(doc, null, 2) : JSON.stringify(doc));
      for (const w of doc.warnings ?? []) io.err(`readout: ${ref.path}: warning ${w.rule}: ${w.message}`);
    } catch (e) {
      failed++;
      io.err(`readout: ${ref.path}: extraction failed: ${(e as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
