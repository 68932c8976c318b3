import { decoderFor } from '../input/decode.js';
/**
 * The CLI's view of the outside world, injected so commands can be run in tests.
 */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  readStdin(): Promise<Buffer>;
  isTTY: boolean;
}

/** A bad argument: one clear line, exit status 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * A reader that closes the pipe early (`readout events | head`) is no error: stop quietly, as Unix
 * tools do, instead of crashing on EPIPE. Installed once, when the process's I/O is first used.
 */
let pipeGuard = false;
function guardPipes(): void {
  if (pipeGuard) return;
  pipeGuard = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}

export const processIo: Io = {
  out: (line) => { guardPipes(); process.stdout.write(line + '\n'); },
  err: (line) => { process.stderr.write(line + '\n'); },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  isTTY: !!process.stderr.isTTY,
};

/** A label no decoder has is a bad argument (exit 2), found before any file is read. */
export function encodingProblem(label: string): void {
  try { decoderFor(label); } catch (e) { throw new UsageError(`--encoding: ${(e as Error).message}`); }
}
