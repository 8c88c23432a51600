import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Stack } from './stack.ts';

export interface WorkerProcess {
  child: ChildProcess;
  /** Output so far, for failure messages. */
  output(): string;
}

/**
 * `npm run worker` as a separate OS process against the stack's database and task queue,
 * so a test can kill it the way a crash or an OOM kill would.
 */
export async function spawnWorker(stack: Stack): Promise<WorkerProcess> {
  const tsx = path.resolve('node_modules/.bin/tsx');
  const child = spawn(tsx, ['scripts/worker.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: stack.databaseUrl,
      TEMPORAL_ADDRESS: stack.target.address,
      TEMPORAL_NAMESPACE: stack.target.namespace,
      TEMPORAL_TASK_QUEUE: stack.target.taskQueue,
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`worker did not start:\n${out}`)), 120_000);
    const check = () => {
      if (!out.includes('Worker polling')) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolve();
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`worker exited with ${code}:\n${out}`));
    });
  });
  return { child, output: () => out };
}

/** SIGKILL: no graceful shutdown, in-flight activities are simply lost with the process. */
export function killWorker(worker: WorkerProcess): Promise<void> {
  if (worker.child.exitCode !== null || worker.child.signalCode) return Promise.resolve();
  return new Promise((resolve) => {
    worker.child.once('exit', () => resolve());
    worker.child.kill('SIGKILL');
  });
}
