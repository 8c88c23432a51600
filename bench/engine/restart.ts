import fs from 'node:fs';
import { api, type Environment } from './environment.ts';
import type { WorkerProcess } from '../../scripts/lib/worker-process.ts';
import { pool, sleep } from './stats.ts';

type Driver = { email: string; token: string };

const myTasks = async (env: Environment, user: Driver, workflowId: string) =>
  (await api(env, user.token, 'GET', '/tasks?view=mine')).body.items.filter((t: { workflowId: string }) => t.workflowId === workflowId);

/** Completes the instance's tasks one by one until it has ended. */
async function finish(env: Environment, user: Driver, workflowId: string, deadline: number): Promise<boolean> {
  while (Date.now() < deadline) {
    const instance = await api(env, user.token, 'GET', `/process-instances/${workflowId}`);
    if (instance.body?.status === 'completed') return true;
    for (const task of await myTasks(env, user, workflowId)) {
      await api(env, user.token, 'POST', `/tasks/${encodeURIComponent(task.id)}/complete`, { variables: {} });
    }
    await sleep(200);
  }
  return false;
}

/** Instances waiting on a timer and on an open task while the dev server restarts. */
export async function benchDevServerRestart(env: Environment, owner: Driver, user: Driver, worker: WorkerProcess) {
  // Part [1] deploys bench_three too; deploying the same model again makes no new version, and
  // BENCH_ONLY=3 (or 2,3) waited forever for tasks of a process that was never deployed.
  for (const [key, file] of [['bench_timer', 'timer-then-task'], ['bench_three', 'three-tasks']]) {
    const xml = fs.readFileSync(`bench/engine/fixtures/${file}.bpmn`, 'utf8');
    const deployed = await api(env, owner.token, 'POST', `/process-definitions/${key}/versions`, undefined, xml);
    if (deployed.status >= 300) throw new Error(`deploy ${key}: ${JSON.stringify(deployed.body)}`);
  }
  const start = async (key: string) => {
    const started = await api(env, user.token, 'POST', '/process-instances', { key, variables: { owner: user.email, budget: 1 } });
    if (started.status >= 300) throw new Error(`start ${key}: ${JSON.stringify(started.body)}`);
    return started.body.workflowId as string;
  };
  const timers = await pool(10, 5, () => start('bench_timer'));
  const tasks = await pool(10, 5, () => start('bench_three'));
  for (const id of tasks) while (!(await myTasks(env, user, id)).length) await sleep(100);

  const stoppedAt = performance.now();
  await env.restartTemporal();
  const downMs = performance.now() - stoppedAt;
  // The worker reconnects by itself; if it gave up, a supervisor (npm start) would restart it.
  let current = worker;
  if (worker.child.exitCode !== null) current = await env.startWorker();

  const deadline = Date.now() + 120_000;
  const ended = await pool(20, 10, (i) => finish(env, user, (i < 10 ? timers : tasks)[i % 10]!, deadline));
  const ok = ended.filter(Boolean).length;
  console.log(`\n[3] dev server restarted (down ${Math.round(downMs)} ms) with 10 instances on an 8 s timer and 10 with an open task`);
  console.log(`    ${ok} of 20 instances resumed and completed (timers fired after the restart, tasks created before it were completed after it)${worker.child.exitCode !== null ? '; the worker had exited and was restarted' : '; the worker reconnected by itself'}`);
  return { ok, worker: current };
}
