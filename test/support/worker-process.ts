import { killWorkerProcess, spawnWorkerProcess, type WorkerProcess } from '../../scripts/lib/worker-process.ts';
import type { Stack } from './stack.ts';

export type { WorkerProcess };
export const killWorker = killWorkerProcess;

/** `npm run worker` as a separate OS process against the stack's database and task queue. */
export function spawnWorker(stack: Stack): Promise<WorkerProcess> {
  return spawnWorkerProcess({
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.target.address,
    TEMPORAL_NAMESPACE: stack.target.namespace,
    TEMPORAL_TASK_QUEUE: stack.target.taskQueue,
    NODE_ENV: 'test',
  });
}
