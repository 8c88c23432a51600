import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openOrm } from '../../domain/orm.ts';
import { createUser } from '../../domain/access/index.ts';
import { startApi } from '../../api/server.ts';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.ts';
import { migrateAndSeed } from '../../scripts/lib/migrate-and-seed.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { startTemporalDevServer, type DevServer } from '../../scripts/lib/temporal-dev-server.ts';
import { killWorkerProcess, spawnWorkerProcess, type WorkerProcess } from '../../scripts/lib/worker-process.ts';
import type { TemporalTarget } from '../../config/temporal.ts';

/**
 * What `npm start` runs, on throwaway data: embedded PostgreSQL, the Temporal dev server on
 * a SQLite file (WAL, as npm start), the API in this process and workers as child processes.
 */
export async function startEnvironment() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bench-'));
  fs.chmodSync(dir, 0o755);
  const temporalDb = path.join(dir, 'temporal.db');
  const temporalPort = await freePort();
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, 'pg'), port: await freePort(), database: 'crm' });
  let temporal: DevServer = await startTemporalDevServer({ port: temporalPort, dbFile: temporalDb, namespace: 'default' });
  await migrateAndSeed(db.url, {});
  const orm = await openOrm(db.url, { pool: { max: 20 } });
  const target: TemporalTarget = { address: temporal.address, namespace: 'default', taskQueue: 'bench' };
  const api = await startApi({ orm, target, jwtSecret: 'bench-secret-bench-secret-bench-secret-00', sessionHours: 4, databaseUrl: db.url, host: '127.0.0.1', port: 0 });
  const workers: WorkerProcess[] = [];

  return {
    url: api.url,
    orm,
    target,
    async startWorker() {
      const env = { DATABASE_URL: db.url, TEMPORAL_ADDRESS: temporal.address, TEMPORAL_TASK_QUEUE: 'bench', NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
      const worker = await spawnWorkerProcess(env, 'bench/engine/worker.ts');
      workers.push(worker);
      return worker;
    },
    killWorker: killWorkerProcess,
    /** Stops the dev server and starts it again on the same SQLite file. */
    async restartTemporal() {
      await temporal.stop();
      temporal = await startTemporalDevServer({ port: temporalPort, dbFile: temporalDb, namespace: 'default' });
    },
    async user(name: string, roles: string[]) {
      const email = `${name}@bench.test`;
      const user = await createUser(orm.em.fork(), { email, displayName: name, password: 'bench password 1', roleCodes: roles });
      const res = await fetch(`${api.url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: 'bench password 1' }) });
      return { id: user.id, email, token: ((await res.json()) as { token: string }).token };
    },
    async stop() {
      await Promise.all(workers.map(killWorkerProcess));
      await api.close();
      await orm.close();
      await temporal.stop();
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type Environment = Awaited<ReturnType<typeof startEnvironment>>;

/** A JSON call to the API as a user. */
export async function api(env: Environment, token: string, method: string, url: string, body?: unknown, raw?: string) {
  const res = await fetch(`${env.url}/api/v1${url}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': raw ? 'application/xml' : 'application/json' },
    body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
