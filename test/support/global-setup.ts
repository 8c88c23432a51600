import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.ts';
import { migrateAndSeed } from '../../scripts/lib/migrate-and-seed.ts';
import { freePort } from '../../scripts/lib/ports.ts';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev-server.ts';
import { buildUiIfStale } from '../../scripts/lib/ui.ts';
import { workflowBundlerOptions, workflowsPath } from '../../worker/create-worker.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A migrated database that each test file copies (CREATE DATABASE ... TEMPLATE). */
    templateDatabaseUrl: string;
    temporalAddress: string;
    workflowBundleCode: string;
  }
}

/**
 * Once per run: a real PostgreSQL (embedded) and a real Temporal dev server, both on free
 * ports with throwaway data, and the workflow bundle built once for every test worker.
 */
export default async function setup(project: TestProject) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crm-test-'));
  fs.chmodSync(dataDir, 0o755);
  const [pgPort, temporalPort] = [await freePort(), await freePort()];
  const [db, temporal, bundle] = await Promise.all([
    startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg'), port: pgPort, database: 'crm_template' }),
    startTemporalDevServer({ port: temporalPort, namespace: 'default' }),
    bundleWorkflowCode({ workflowsPath, logger: quietLogger, ...workflowBundlerOptions }),
    // Built once here: test files that serve the UI must not rebuild it under each other.
    buildUiIfStale(() => {}),
  ]);
  await migrateAndSeed(db.url, {});
  await createDatabaseCounter(db.url);
  project.provide('templateDatabaseUrl', db.url);
  project.provide('temporalAddress', temporal.address);
  project.provide('workflowBundleCode', bundle.code);
  return async () => {
    await temporal.stop();
    await db.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

/** Numbers the test databases so that each can start its ids in a range of its own (see stack.ts). */
async function createDatabaseCounter(templateUrl: string) {
  const admin = new pg.Client({ connectionString: templateUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  try {
    await admin.query('create sequence if not exists test_database_number');
  } finally {
    await admin.end();
  }
}

const quietLogger = {
  log: () => {},
  trace: () => {},
  debug: () => {},
  info: () => {},
  warn: (m: string) => console.warn(m),
  error: (m: string) => console.error(m),
};
