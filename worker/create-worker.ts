import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import type { MikroORM } from '@mikro-orm/postgresql';
import { fileURLToPath } from 'node:url';
import type { TemporalTarget } from '../config/temporal.ts';
import { createActivities } from '../activities/index.ts';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

export interface WorkerDeps {
  target: TemporalTarget;
  orm: MikroORM;
  /** A prebuilt bundle (tests build it once per run); otherwise the worker bundles at start. */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** Another workflows entry (the benchmark adds its hand-written yardstick). */
  workflowsPath?: string;
}

export async function connectWorker({ target, orm, workflowBundle, workflowsPath: entry = workflowsPath }: WorkerDeps) {
  const connection = await NativeConnection.connect({ address: target.address, tls: target.tls, apiKey: target.apiKey });
  const worker = await Worker.create({
    connection,
    namespace: target.namespace,
    taskQueue: target.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath: entry }),
    activities: createActivities({ orm }),
  });
  return { worker, connection };
}
