import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { registerInstance } from '../../domain/processes/index.ts';
import { api, type Environment } from './environment.ts';
import { fmt, percentile, pool, sleep } from './stats.ts';

type Driver = { id: number; email: string; token: string };
type Variant = 'interpreter' | 'hand-written';

/**
 * One instance of the three-task process driven to its end as a manager would: wait for the
 * task in "my work", complete it, wait for the next. Returns the completion → next-task delays.
 */
async function driveOne(env: Environment, client: Client, variant: Variant, user: Driver, pollMs: number): Promise<number[]> {
  let workflowId: string;
  if (variant === 'interpreter') {
    const started = await api(env, user.token, 'POST', '/process-instances', { key: 'bench_three', variables: { owner: user.email, budget: 5000 } });
    if (started.status !== 201) throw new Error(`start: ${JSON.stringify(started.body)}`);
    workflowId = started.body.workflowId;
  } else {
    workflowId = `bench-hand-${randomUUID()}`;
    await registerInstance(env.orm.em.fork(), { workflowId, definitionKey: 'bench_handwritten', versionNumber: 1, record: null, startedBy: user.id, variables: { budget: 5000 } });
    await client.workflow.start('handwrittenThreeTasks', { workflowId, taskQueue: env.target.taskQueue, args: [{ owner: user.email, startedBy: user.id, variables: { budget: 5000 } }] });
  }
  const delays: number[] = [];
  let completedAt = 0;
  for (let step = 0; step < 3; step++) {
    let task: { id: string } | undefined;
    while (!task) {
      const mine = await api(env, user.token, 'GET', '/tasks?view=mine');
      task = mine.body.items.find((t: { workflowId: string }) => t.workflowId === workflowId);
      if (!task) await sleep(pollMs);
    }
    if (completedAt) delays.push(performance.now() - completedAt);
    const done = await api(env, user.token, 'POST', `/tasks/${encodeURIComponent(task.id)}/complete`, { variables: { step } });
    if (done.status !== 200) throw new Error(`complete: ${JSON.stringify(done.body)}`);
    completedAt = performance.now();
  }
  await client.workflow.getHandle(workflowId).result();
  return delays;
}

async function rate(env: Environment, client: Client, variant: Variant, users: Driver[], count: number) {
  const started = performance.now();
  await pool(count, users.length, (i) => driveOne(env, client, variant, users[i % users.length]!, 25));
  return count / ((performance.now() - started) / 1000);
}

export async function benchThreeTasks(env: Environment, owner: Driver, users: Driver[], perRound: number) {
  const xml = fs.readFileSync('bench/engine/fixtures/three-tasks.bpmn', 'utf8');
  const deployed = await api(env, owner.token, 'POST', '/process-definitions/bench_three/versions', undefined, xml);
  if (deployed.status >= 300) throw new Error(`deploy: ${JSON.stringify(deployed.body)}`);
  const connection = await Connection.connect({ address: env.target.address });
  const client = new Client({ connection });
  try {
    // Warm both paths (bundles, JIT, connections) before measuring.
    await pool(users.length, users.length, (i) => driveOne(env, client, i % 2 ? 'interpreter' : 'hand-written', users[i]!, 25));
    // Alternating rounds so that drift (SQLite, autovacuum) hits both variants alike.
    const rates: Record<Variant, number[]> = { interpreter: [], 'hand-written': [] };
    for (let round = 0; round < 2; round++) {
      for (const variant of ['interpreter', 'hand-written'] as const) rates[variant].push(await rate(env, client, variant, users, perRound));
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const interp = mean(rates.interpreter);
    const hand = mean(rates['hand-written']);
    console.log(`\n[1] three user tasks + exclusive gateway, driven through the API by ${users.length} managers, ${2 * perRound} instances per variant`);
    console.log(`    interpreter   ${fmt(interp, 2)} instances/s  (rounds: ${rates.interpreter.map((r) => fmt(r, 2)).join(', ')})`);
    console.log(`    hand-written  ${fmt(hand, 2)} instances/s  (rounds: ${rates['hand-written'].map((r) => fmt(r, 2)).join(', ')})`);
    console.log(`    cost of interpreting: ${fmt(hand / interp, 2)}x the hand-written workflow (goal <= 1.5x)`);

    // Latency on its own, one manager polling every 5 ms, so polling load does not distort it.
    const delays = (await pool(30, 1, () => driveOne(env, client, 'interpreter', users[0]!, 5))).flat();
    console.log(`    task completed -> next task in "my work": p50 ${fmt(percentile(delays, 50), 0)} ms, p95 ${fmt(percentile(delays, 95), 0)} ms over ${delays.length} steps (goal p95 <= 150 ms)`);
    return { interp, hand, ratio: hand / interp, p95: percentile(delays, 95) };
  } finally {
    await connection.close();
  }
}
