import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DefaultLogger, Runtime, type Worker } from '@temporalio/worker';
import type { Server as SocketServer } from 'socket.io';
import type { TemporalTarget } from '../../config/temporal.ts';
import { openOrm } from '../../domain/orm.ts';
import { startApi } from '../../api/server.ts';
import type { MailSettings } from '../../activities/delivery/mailer.ts';
import { connectWorker } from '../../worker/create-worker.ts';

let runtimeInstalled = false;
function quietTemporalRuntime() {
  if (runtimeInstalled) return;
  runtimeInstalled = true;
  Runtime.install({ logger: new DefaultLogger('WARN') });
}

export const TEST_JWT_SECRET = 'test-secret-test-secret-test-secret-0123';

export interface Stack {
  url: string;
  databaseUrl: string;
  orm: MikroORM;
  target: TemporalTarget;
  worker?: Worker;
  io: SocketServer;
  stop(): Promise<void>;
}

/**
 * A database of its own for one test file, copied from the migrated template. Its new rows
 * get ids in a range no other test database uses: the test files share one Temporal
 * namespace, where ids such as `reminder-<id>` must not meet another file's workflow (in
 * production one database has its namespace to itself).
 */
export async function freshDatabase(): Promise<string> {
  const template = inject('templateDatabaseUrl');
  const name = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: template.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  let number: number;
  try {
    await admin.query(`create database ${name} template crm_template`);
    number = Number((await admin.query<{ n: string }>("select nextval('test_database_number') as n")).rows[0]!.n);
  } finally {
    await admin.end();
  }
  const url = template.replace(/\/[^/]+$/, `/${name}`);
  await startIdsAt(url, number * 1_000_000);
  return url;
}

async function startIdsAt(databaseUrl: string, first: number) {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query(`select setval(c.oid::regclass, greatest($1::bigint, coalesce(s.last_value, 1)))
      from pg_class c join pg_sequences s on s.schemaname = c.relnamespace::regnamespace::text and s.sequencename = c.relname
      where c.relkind = 'S'`, [first]);
  } finally {
    await db.end();
  }
}

/** API (on a free port) + optionally a worker on a task queue of its own, against the real servers. */
export async function startStack(opts: { worker?: boolean; temporalAddress?: string; uiDir?: string; mail?: MailSettings; defaultTimeZone?: string } = {}): Promise<Stack> {
  const databaseUrl = await freshDatabase();
  const orm = await openOrm(databaseUrl);
  const target: TemporalTarget = {
    address: opts.temporalAddress ?? inject('temporalAddress'),
    namespace: 'default',
    taskQueue: `test-${randomUUID()}`,
  };
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  if (opts.worker) {
    quietTemporalRuntime();
    const started = await connectWorker({ target, orm, databaseUrl, mail: opts.mail, workflowBundle: { code: inject('workflowBundleCode') } });
    worker = started.worker;
    running = worker.run().finally(() => started.close());
  }
  const api = await startApi({
    orm,
    target,
    jwtSecret: TEST_JWT_SECRET,
    sessionHours: 1,
    databaseUrl,
    host: '127.0.0.1',
    port: 0,
    uiDir: opts.uiDir,
    defaultTimeZone: opts.defaultTimeZone,
  });
  return {
    url: api.url,
    databaseUrl,
    orm,
    target,
    worker,
    io: api.io,
    async stop() {
      await api.close();
      if (worker && worker.getState() === 'RUNNING') worker.shutdown();
      await running;
      await orm.close();
    },
  };
}
