/**
 * `readout serve`: the API and the dashboard on one port.
 */
import type { Command } from 'commander';
import { startServer, isLoopback } from '../server/serve.js';
import { openStore, dbPath, DB_HELP } from './store-option.js';
import { UsageError, type Io } from './io.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { PooledSqliteStore } from '../store/sqlite-read-pool.js';

export function registerServeCommand(program: Command, io: Io): void {
  program
    .command('serve')
    .description('serve the store as a JSON API and a dashboard on one port (loopback by default)')
    .option('--db <file|url>', DB_HELP)
    .option('--port <n>', 'port', '7300')
    .option('--host <address>', 'address to bind; anything but loopback needs --token', '127.0.0.1')
    .option('--token <token>', 'required on every request when not on loopback, and always for POST /api/documents (default: $READOUT_TOKEN)')
    .option('--allowed-host <name>', 'another Host name to answer to (repeatable; the bound address and, on loopback, localhost always are)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--extract-budget <seconds>', 'time for extracting one posted document; past it the document is stored without events', '20')
    .addHelpText('after', `
Open http://127.0.0.1:7300/ for the dashboard; the API is described at /openapi.json.
Writes (POST /api/documents) always need the token: Authorization: Bearer TOKEN.
Requests must name the server by its address (or localhost on loopback): a Host header with any
other name is refused (DNS rebinding); add names with --allowed-host. Posted URLs are fetched from
public addresses only, and posted documents are extracted in a child process within --extract-budget.`)
    .action(async (o) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be 0-65535, got "${o.port}"`);
      const token = o.token ?? process.env.READOUT_TOKEN ?? null;
      if (!isLoopback(o.host) && !token) throw new UsageError(`binding to ${o.host} needs --token (or READOUT_TOKEN)`);
      const budget = Number(o.extractBudget);
      if (!Number.isFinite(budget) || budget <= 0 || budget > 3600) throw new UsageError(`--extract-budget takes seconds from 0.1 to 3600, got "${o.extractBudget}"`);
      for (const h of o.allowedHost as string[]) if (!/^[a-z0-9.:\[\]-]+$/i.test(h)) throw new UsageError(`--allowed-host takes a host name or address, got "${h}"`);
      // without a token nothing can be written: the store is opened read-only (a read-only file serves).
      // PostgreSQL: a pool of 16 connections; SQLite: read queries on a pool of threads, each with its own connection
      const opened = await openStore(o.db, token ? 'write' : 'read', 16);
      const store = opened instanceof SqliteStore && opened.path !== ':memory:' ? new PooledSqliteStore(opened) : opened;
      const s = await startServer(store, { host: o.host, port, token, allowedHosts: o.allowedHost, extractBudgetMs: budget * 1000 });
      io.err(`readout: serving ${dbPath(o.db)} at ${s.url}/ (API: ${s.url}/openapi.json)${token ? '; token required' + (isLoopback(o.host) ? ' for writes' : '') : '; read-only (no --token)'}`);
      await new Promise<void>((resolve) => {
        const stop = () => { void s.close().then(() => store.close()).then(resolve); };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
