import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { isAlive, stopChild } from './processes.ts';
import { StartError, assertPortFree, waitFor } from './ports.ts';
import { resolveTemporalCli } from './temporal-cli.ts';

export interface DevServer {
  address: string;
  uiUrl: string | null;
  stop(): Promise<void>;
}

interface Options {
  /** SQLite file for durable state; omit for an in-memory server (tests). */
  dbFile?: string;
  port: number;
  uiPort?: number;
  namespace: string;
  log?: (line: string) => void;
}

/** WAL + synchronous=NORMAL: the dev server's default SQLite settings manage ~1 workflow/s. */
const SQLITE_PRAGMAS = ['--sqlite-pragma', 'journal_mode=wal', '--sqlite-pragma', 'synchronous=normal'];

export async function startTemporalDevServer(opts: Options): Promise<DevServer> {
  await assertPortFree(opts.port, 'the Temporal dev server', 'EMBEDDED_TEMPORAL_PORT');
  if (opts.uiPort) await assertPortFree(opts.uiPort, 'the Temporal Web UI', 'EMBEDDED_TEMPORAL_UI_PORT');
  const lock = opts.dbFile ? claimDataFile(opts.dbFile) : undefined;
  const address = `127.0.0.1:${opts.port}`;
  const uiUrl = opts.uiPort ? `http://127.0.0.1:${opts.uiPort}` : null;
  const args = [
    '--ip', '127.0.0.1', '--port', String(opts.port), '--log-level', 'warn',
    ...(opts.dbFile ? ['--db-filename', opts.dbFile, ...SQLITE_PRAGMAS] : []),
    ...(opts.uiPort ? ['--ui-port', String(opts.uiPort)] : ['--headless']),
    ...(opts.namespace === 'default' ? [] : ['--namespace', opts.namespace]),
  ];
  const cli = resolveTemporalCli(opts.log);
  try {
    if (!cli.path) return await startDownloaded(opts, args, address, uiUrl, lock);
    const child = spawn(cli.path, ['server', 'start-dev', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    lock?.write(child.pid!);
    pipeLines(child, opts.log);
    await waitUntilServing(address, child);
    return { address, uiUrl, stop: () => stopChild(child, 10_000).finally(() => lock?.release()) };
  } catch (err) {
    lock?.release();
    throw err;
  }
}

/** Last resort for machines with internet: the SDK downloads and runs the same dev server. */
async function startDownloaded(
  opts: Options, args: string[], address: string, uiUrl: string | null, lock?: DataFileLock,
): Promise<DevServer> {
  opts.log?.('No Temporal CLI found locally; downloading it through the Temporal SDK');
  const env = await TestWorkflowEnvironment.createLocal({
    server: { ip: '127.0.0.1', port: opts.port, namespace: opts.namespace, extraArgs: args, executable: { type: 'cached-download' } },
  });
  lock?.write(process.pid);
  return { address, uiUrl, stop: () => env.teardown().finally(() => lock?.release()) };
}

async function waitUntilServing(address: string, child: ChildProcess): Promise<void> {
  let exited: number | null = null;
  child.once('exit', (code) => (exited = code ?? -1));
  await waitFor(
    async () => {
      if (exited !== null) throw new StartError(`The Temporal dev server exited with code ${exited}`);
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.healthService.check({});
        return true;
      } finally {
        await connection.close();
      }
    },
    { timeoutMs: 60_000, intervalMs: 250, what: 'The Temporal dev server' },
  ).catch((err) => {
    if (exited !== null) throw new StartError(`The Temporal dev server exited with code ${exited}; see its output above`);
    throw err;
  });
}

function pipeLines(child: ChildProcess, log?: (line: string) => void): void {
  const emit = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) log?.(line);
  };
  child.stdout?.on('data', emit);
  child.stderr?.on('data', emit);
}

interface DataFileLock {
  write(pid: number): void;
  release(): void;
}

/** SQLite lets two servers open one file and corrupt each other: refuse while another run holds it. */
function claimDataFile(dbFile: string): DataFileLock {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const lockFile = `${dbFile}.pid`;
  if (fs.existsSync(lockFile)) {
    const pid = Number(fs.readFileSync(lockFile, 'utf8'));
    if (pid > 0 && isAlive(pid)) {
      throw new StartError(
        `The Temporal data file ${dbFile} is in use by process ${pid}. Another run is still going: stop it first.`,
      );
    }
  }
  return {
    write: (pid) => fs.writeFileSync(lockFile, String(pid)),
    release: () => fs.rmSync(lockFile, { force: true }),
  };
}
