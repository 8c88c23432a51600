import fs from 'node:fs';
import os from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { api, type Environment } from './environment.ts';
import type { WorkerProcess } from '../../scripts/lib/worker-process.ts';
import { OrderSystem } from './order-system.ts';
import { fmt, sleep } from './stats.ts';
import { treeCpuByRole, type Role } from './cpu.ts';

/**
 * Five service tasks per instance, as many instances in flight as `inflight`, for `seconds`;
 * the worker is killed a third of the way in and started again.
 */
export async function benchFiveServices(env: Environment, owner: { token: string }, worker: WorkerProcess, seconds: number, inflight: number) {
  const orders = new OrderSystem();
  const hook = await orders.listen();
  const xml = fs.readFileSync('bench/engine/fixtures/five-services.bpmn', 'utf8').replaceAll('{{HOOK}}', hook);
  const deployed = await api(env, owner.token, 'POST', '/process-definitions/bench_five/versions', undefined, xml);
  if (deployed.status >= 300) throw new Error(`deploy: ${JSON.stringify(deployed.body)}`);
  const connection = await Connection.connect({ address: env.target.address });
  const client = new Client({ connection });
  const started: string[] = [];
  let completed = 0;
  let failed = 0;
  const t0 = performance.now();
  const elapsed = () => (performance.now() - t0) / 1000;
  let current = worker;
  let downFor = 0;
  // CPU of the whole stack while the worker is up (its restart, bundling included, is left out).
  const roles: Role[] = ['temporal', 'postgres', 'worker', 'api'];
  const cpuAtStart = treeCpuByRole();
  const cpuWhileDown: Record<Role, number> = { temporal: 0, postgres: 0, worker: 0, api: 0 };

  const killer = (async () => {
    await sleep((seconds / 3) * 1000);
    const killedAt = performance.now();
    const cpuAtKill = treeCpuByRole();
    await env.killWorker(current);
    current = await env.startWorker();
    downFor = (performance.now() - killedAt) / 1000;
    const back = treeCpuByRole();
    for (const r of roles) cpuWhileDown[r] = back[r] - cpuAtKill[r];
  })();

  const lane = async () => {
    while (elapsed() < seconds) {
      const answer = await api(env, owner.token, 'POST', '/process-instances', { key: 'bench_five', variables: { n: started.length } });
      if (answer.status !== 201) throw new Error(`start: ${JSON.stringify(answer.body)}`);
      started.push(answer.body.workflowId);
      const result = await client.workflow.getHandle(answer.body.workflowId).result().catch(() => null);
      if (result) completed++;
      else failed++;
    }
  };
  await Promise.all([killer, ...Array.from({ length: inflight }, lane)]);
  const wall = elapsed();
  const cpuAtEnd = treeCpuByRole();
  // The killed worker is gone from the end figure: its share up to the kill comes back through
  // cpuWhileDown (which counts it negative), and the new worker's start is left out.
  const byRole = Object.fromEntries(roles.map((r) => [r, cpuAtEnd[r] - cpuAtStart[r] - cpuWhileDown[r]])) as Record<Role, number>;
  const cpu = roles.reduce((sum, r) => sum + byRole[r], 0);
  const shape = await historyShape(client, started.at(-1 - inflight) ?? started[0]!);
  await connection.close();
  orders.close();
  const doubled = orders.doubled();
  const steps = orders.keysByStep.size;
  console.log(`\n[2] five service tasks per instance, ${inflight} in flight, ${fmt(wall, 0)} s, worker killed at ${fmt(seconds / 3, 0)} s and back after ${fmt(downFor, 1)} s`);
  // Rates on a shared machine mostly measure the neighbours: say how busy it was.
  console.log(`    machine load average at the end: ${os.loadavg().map((l) => fmt(l, 1)).join(', ')} (1, 5, 15 min) on ${os.cpus().length} cores`);
  console.log(`    ${completed} of ${started.length} instances completed (${failed} failed): ${fmt(completed / wall, 1)} completed instances/s over the whole run, ${fmt(completed / (wall - downFor), 1)}/s with the worker up (goal >= 20/s on two cores)`);
  console.log(`    CPU of the whole stack (dev server, PostgreSQL, API, worker, driver): ${fmt((cpu / completed) * 1000, 0)} ms per completed instance, so about ${fmt((2 * completed) / cpu, 1)}/s on two otherwise idle cores`);
  console.log(`    of which ${roles.map((r) => `${r} ${fmt((byRole[r] / completed) * 1000, 0)} ms`).join(', ')} (api includes the bench's driver)`);
  console.log(`    one instance's history: ${shape.events} events, ${shape.workflowTasks} workflow tasks, ${shape.activityTasks} activity tasks, ${shape.markers} markers (local activities, patches)`);
  console.log(`    ${orders.requests} service calls for ${steps} steps (${steps === completed * 5 ? 'every step of every instance' : 'MISSING STEPS'}); side effects doubled: ${doubled.length}`);
  return { byRole, shape, cpuPerInstance: cpu / completed, rate: completed / wall, completed, started: started.length, doubled: doubled.length, worker: current };
}

/** How many events, workflow tasks and activity tasks one completed instance took. */
async function historyShape(client: Client, workflowId: string) {
  const history = await client.workflow.getHandle(workflowId).fetchHistory();
  const events = history.events ?? [];
  const count = (key: string) => events.filter((e) => (e as Record<string, unknown>)[key]).length;
  return {
    events: events.length,
    workflowTasks: count('workflowTaskCompletedEventAttributes'),
    activityTasks: count('activityTaskScheduledEventAttributes'),
    markers: count('markerRecordedEventAttributes'),
  };
}
