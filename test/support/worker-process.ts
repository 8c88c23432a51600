import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { killWorkerProcess, spawnWorkerProcess, type WorkerProcess } from '../../scripts/lib/worker-process.ts';
import type { Stack } from './stack.ts';

export type { WorkerProcess };

const tags = new WeakMap<WorkerProcess, string>();
let bundlePath: string | undefined;

/** The workflow bundle the test run built, as a file a worker process can load. */
function prebuiltBundle(): string {
  if (!bundlePath) {
    bundlePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'crm-bundle-')), 'workflows.js');
    fs.writeFileSync(bundlePath, inject('workflowBundleCode'));
  }
  return bundlePath;
}

/** `npm run worker` as a separate OS process against the stack's database and task queue. */
export async function spawnWorker(stack: Stack): Promise<WorkerProcess> {
  const tag = randomUUID();
  const worker = await spawnWorkerProcess({
    DATABASE_URL: stack.databaseUrl,
    TEMPORAL_ADDRESS: stack.target.address,
    TEMPORAL_TASK_QUEUE: stack.target.taskQueue,
    TEMPORAL_NAMESPACE: stack.target.namespace,
    NODE_ENV: 'test',
    CRM_TEST_WORKER_TAG: tag,
    CRM_WORKFLOW_BUNDLE: prebuiltBundle(),
  });
  tags.set(worker, tag);
  return worker;
}

/**
 * SIGKILLs the worker and proves it is gone: no process on the machine still carries its tag
 * (a wrapper that forks would leave a live worker behind and make a crash test meaningless).
 */
export async function killWorker(worker: WorkerProcess): Promise<void> {
  await killWorkerProcess(worker);
  const tag = tags.get(worker);
  // The exit event can come a moment before the kernel has reaped the process.
  let survivors = tag ? processesTagged(tag) : [];
  for (let i = 0; survivors.length && i < 20; i++) {
    await new Promise((r) => setTimeout(r, 150));
    survivors = processesTagged(tag!);
  }
  if (survivors.length) throw new Error(`the killed worker still runs as pid ${survivors.join(', ')}`);
}

function processesTagged(tag: string): number[] {
  const needle = `CRM_TEST_WORKER_TAG=${tag}`;
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/environ`, 'latin1').split('\0').includes(needle);
      } catch {
        return false; // gone meanwhile, or not ours to read
      }
    })
    .map(Number);
}
