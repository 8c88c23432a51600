/**
 * Scratch A/B driver: five-service instances for AB_SECONDS with the worker's env extended by
 * AB_WORKER_ENV (JSON); prints CPU per instance by role. AB_PROFILE=dir profiles the worker.
 */
import fs from 'node:fs';
import os from 'node:os';
import { Client, Connection } from '@temporalio/client';
import { DefaultLogger, Runtime } from '@temporalio/worker';
import { startEnvironment, api } from './environment.ts';
import { OrderSystem } from './order-system.ts';
import { treeCpuByRole, type Role } from './cpu.ts';
import { sleep } from './stats.ts';

function threadTicks(pid: number) {
  const out = new Map<string, { name: string; ticks: number }>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const name = fs.readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name, ticks: Number(rest[11]) + Number(rest[12]) });
    } catch {
      // gone
    }
  }
  return out;
}

async function main() {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const env = await startEnvironment();
  const saved = process.env.NODE_OPTIONS;
  if (process.env.AB_WORKER_NODE_OPTIONS) process.env.NODE_OPTIONS = `${saved ?? ''} ${process.env.AB_WORKER_NODE_OPTIONS}`;
  const worker = await env.startWorker();
  process.env.NODE_OPTIONS = saved;
  if (saved === undefined) delete process.env.NODE_OPTIONS;
  try {
    const owner = await env.user('owner', ['process_owner']);
    const orders = new OrderSystem();
    const hook = await orders.listen();
    const xml = fs.readFileSync('bench/engine/fixtures/five-services.bpmn', 'utf8').replaceAll('{{HOOK}}', hook);
    await api(env, owner.token, 'POST', '/process-definitions/bench_five/versions', undefined, xml);
    const connection = await Connection.connect({ address: env.target.address });
    const client = new Client({ connection });
    const seconds = Number(process.env.AB_SECONDS ?? 40);
    const warm = Number(process.env.AB_WARM ?? 10);
    let completed = 0;
    let measuring = false;
    const ids: string[] = [];
    const lane = async (stopAt: number) => {
      while (performance.now() < stopAt) {
        const a = await api(env, owner.token, 'POST', '/process-instances', { key: 'bench_five', variables: { n: 1 } });
        ids.push(a.body.workflowId);
        await client.workflow.getHandle(a.body.workflowId).result();
        if (measuring) completed++;
      }
    };
    const t0 = performance.now();
    const stopAt = t0 + (warm + seconds) * 1000;
    const lanes = Array.from({ length: Number(process.env.AB_INFLIGHT ?? 40) }, () => lane(stopAt));
    await sleep(warm * 1000);
    measuring = true;
    console.log(`AB measuring worker=${worker.child.pid}`);
    const t0ticks = threadTicks(worker.child.pid!);
    const c0 = treeCpuByRole();
    const l0 = os.loadavg()[0]!;
    const m0 = performance.now();
    await Promise.all(lanes);
    const wall = (performance.now() - m0) / 1000;
    const c1 = treeCpuByRole();
    const t1ticks = threadTicks(worker.child.pid!);
    const threads = new Map<string, number>();
    for (const [tid, t] of t1ticks) {
      const name = t.name;
      threads.set(name, (threads.get(name) ?? 0) + t.ticks - (t0ticks.get(tid)?.ticks ?? 0));
    }
    console.log('worker threads ms/instance:', [...threads].filter(([, v]) => v > 0).map(([k, v]) => `${k} ${((v * 10) / completed).toFixed(1)}`).join(', '));
    const roles: Role[] = ['temporal', 'postgres', 'worker', 'api'];
    const per = roles.map((r) => `${r} ${(((c1[r] - c0[r]) / completed) * 1000).toFixed(1)}`).join(' ');
    const total = roles.reduce((s, r) => s + c1[r] - c0[r], 0);
    console.log(`AB ${process.env.AB_LABEL ?? ''} completed ${completed} in ${wall.toFixed(0)} s = ${(completed / wall).toFixed(1)}/s; cpu/instance ${((total / completed) * 1000).toFixed(1)} ms (${per}); load ${l0.toFixed(1)}->${os.loadavg()[0]!.toFixed(1)}; doubled ${orders.doubled().length}`);
    const history = await client.workflow.getHandle(ids[0]!).fetchHistory();
    const types = (history.events ?? []).map((e) => Object.keys(e).find((k) => k.endsWith('Attributes'))?.replace('EventAttributes', ''));
    console.log(`AB history ${types.length} events: ${types.join(' ')}`);
    await connection.close();
    orders.close();
    // SIGINT: the worker shuts down cleanly and writes its CPU profile.
    await new Promise<void>((resolve) => {
      worker.child.once('exit', () => resolve());
      worker.child.kill('SIGINT');
      setTimeout(resolve, 30_000);
    });
  } finally {
    await env.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
