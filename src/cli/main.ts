/**
 * The `readout` command line. Each subcommand lives in its own module; this file wires them to
 * commander, turns usage errors into exit status 2 and failures into 1.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { processIo, UsageError, type Io } from './io.js';
import { FilterError } from '../vocabulary/filters.js';
import { runExtract } from './extract-command.js';
import { registerRecordCommands } from './record-commands.js';
import { registerAccountCommands } from './account-commands.js';
import { registerServeCommand } from './serve-command.js';
import { registerKbCommands } from './kb-commands.js';
import { registerWorkerCommand } from './worker-command.js';

export function buildProgram(io: Io, setCode: (c: number) => void): Command {
  const program = new Command();
  program
    .name('readout')
    .description('Diplomatic engagements out of news text and official readouts: who met whom, when, where, how, about what.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.replace(/\n$/, '')), writeErr: (s) => io.err(s.replace(/\n$/, '')) })
    .showHelpAfterError('(run with --help for usage)');

  program
    .command('extract')
    .description('extract engagements from files, folders (.txt, .md, .html, .htm, recursively) or - (standard input); writes readout/1 JSON Lines')
    .argument('<path...>', 'files, folders, or - for standard input')
    .option('--pretty', 'indented JSON instead of one line per document')
    .option('--published <YYYY-MM-DD>', 'publication date of the single input (overrides what the text shows)')
    .option('--id <id>', 'document id of the single input (default: the file name without extension)')
    .option('--url <url>', "the single input's web address (http or https; not fetched): a date in it dates a text that gives none, a listing page is read as teasers")
    .option('--compact', 'leave out provenance and statements')
    .option('--encoding <label>', 'the encoding of inputs that are not UTF-8 (gb18030, gbk, big5, windows-1258, ...); an HTML page\'s own <meta charset> is read without it')
    .addHelpText('after', `
Examples:
  readout extract article.txt                     one article, one JSON line
  readout extract corpus/ > events.jsonl          every article in a folder
  curl -s URL | readout extract - --id story-1     HTML or text from standard input
  readout extract note.txt --published 2021-04-17 --pretty
  readout extract page.html --url https://example.org/2024/05/28/talks.html
  readout extract old-xinhua.txt --encoding gb18030

Each line is a readout/1 document: {"format":"readout/1","document":{...},"events":[...]}.
A file that cannot be read or decoded is reported on standard error and the others go on;
the exit status is 1 if any input failed, 2 for bad arguments.`)
    .action(async (paths: string[], opts) => setCode(await runExtract(paths, opts, io)));

  registerRecordCommands(program, io, setCode);
  registerAccountCommands(program, io);
  registerServeCommand(program, io);
  registerKbCommands(program, io, setCode);
  registerWorkerCommand(program, io);
  return program;
}

/** Runs the CLI; returns the exit status. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => { code = c; });
  if (!argv.length) {
    io.out(program.helpInformation().replace(/\n$/, ''));
    return 0;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof UsageError || e instanceof RangeError || e instanceof FilterError) {
      io.err(`readout: ${e.message}`);
      return 2;
    }
    io.err(`readout: ${(e as Error).message}`);
    return 1;
  }
}

// Run directly from the sources (`npx tsx src/cli/main.ts extract FILE`, in a checkout whose dist/ is older than its
// src/), as bin/readout.js runs the build: the same command, the same exit code. Imported (bin/readout.js, tests), it
// only exports `main`.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) process.exitCode = await main(process.argv.slice(2));
