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

export const processIo: Io = {
  out: (line) => { process.stdout.write(line + '\n'); },
  err: (line) => { process.stderr.write(line + '\n'); },
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  isTTY: !!process.stderr.isTTY,
};
