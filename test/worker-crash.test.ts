import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessEventSchema, TaskSchema } from '../domain/processes/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';
import { killWorker, spawnWorker, type WorkerProcess } from './support/worker-process.ts';

/**
 * The order system behind the service tasks: it applies each idempotency key once (as a
 * real receiver of our Idempotency-Key header would) and counts every request, so the test
 * can tell a retry (same key) from a doubled side effect (a new key).
 */
class OrderSystem {
  readonly requests: { path: string; key: string }[] = [];
  readonly applied = new Map<string, string>();
  /** The next call to this path hangs, as a slow remote system would while the worker dies. */
  hold: string | null = null;
  held?: http.ServerResponse;
  readonly server = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      this.requests.push({ path: req.url!, key });
      if (this.hold === req.url) {
        this.hold = null;
        this.held = res;
        return;
      }
      if (!this.applied.has(key)) this.applied.set(key, `T-${this.applied.size + 1}`);
      void data;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket: this.applied.get(key) }));
    });
  });
  url = () => `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  calls = (path: string, workflowId = '') => this.requests.filter((r) => r.path === path && r.key.startsWith(workflowId));
}

let stack: Stack;
let manager: { token: string; id: number };
const orders = new OrderSystem();
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  await new Promise<void>((r) => orders.server.listen(0, '127.0.0.1', r));
  stack = await startStack({ worker: false });
  const owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  await deployFixture(stack, owner.token, 'order', fixture('order-confirmation', { HOOK: orders.url() }));
  await deployFixture(stack, owner.token, 'chain', fixture('service-chain', { HOOK: orders.url() }));
});
afterAll(async () => {
  await Promise.all(workers.map(killWorker));
  orders.held?.destroy();
  await stack?.stop();
  orders.server.close();
});

async function newWorker() {
  const worker = await spawnWorker(stack);
  workers.push(worker);
  return worker;
}

describe('a worker killed in the middle of a process', () => {
  it('is resumed by the next worker: no lost or doubled tasks, no doubled side effects', async () => {
    const first = await newWorker();
    orders.hold = '/register';
    const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'order', variables: { orderNo: 'A-17' } } });
    expect(started.status).toBe(201);
    const id = started.body.workflowId as string;

    // Killed while the order system is still answering the first service task.
    await eventually(async () => orders.held, 'the first register call', 60_000);
    await killWorker(first);
    orders.held!.destroy();

    const second = await newWorker();
    const task = await eventually(
      async () => (await call(stack, 'GET', '/tasks?view=claimable', { token: manager.token })).body.items.find((t: { workflowId: string }) => t.workflowId === id),
      'the review task after the restart',
      90_000,
    );
    // The retry carried the same idempotency key: one order registered, not two.
    expect(orders.calls('/register').length).toBeGreaterThanOrEqual(2);
    expect(new Set(orders.calls('/register').map((c) => c.key)).size).toBe(1);

    // Killed again while the instance waits for a person: the next worker takes the completion.
    await killWorker(second);
    await newWorker();
    const done = await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: manager.token, body: { variables: { approved: true } } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body.status === 'completed', 'the instance to end', 60_000);

    const em = stack.orm.em.fork();
    const tasks = await em.find(TaskSchema, { workflowId: id });
    expect(tasks.map((t) => [t.nodeId, t.status])).toEqual([['review', 'completed']]);
    expect(orders.calls('/confirm')).toHaveLength(1);
    expect((await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body.variables).toMatchObject({ ticket: 'T-1' });

    const log = await em.find(ProcessEventSchema, { workflowId: id }, { orderBy: { id: 'asc' } });
    const count = (type: string, nodeId?: string) => log.filter((e) => e.type === type && (!nodeId || e.nodeId === nodeId)).length;
    expect(count('instance_started')).toBe(1);
    expect(count('task_created', 'review')).toBe(1);
    expect(count('task_completed', 'review')).toBe(1);
    expect(count('instance_ended')).toBe(1);
  }, 240_000); // three worker processes start and two heartbeat timeouts run out: slow on a busy machine

  it('in a chain of short calls run inside the workflow task: the next worker runs the unfinished chain again with the same keys', async () => {
    const first = await newWorker();
    orders.hold = '/charge';
    const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'chain', variables: { orderNo: 'B-5' } } });
    expect(started.status).toBe(201);
    const id = started.body.workflowId as string;

    // Killed while the second call of the chain hangs: the workflow task that ran the first
    // one never completed, so nothing of the chain is in the history yet.
    await eventually(async () => orders.held, 'the charge call', 60_000);
    await killWorker(first);
    orders.held!.destroy();

    await newWorker();
    await eventually(async () => (await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body.status === 'completed', 'the chain to end', 90_000);
    // Whatever ran twice ran with the same key: each side effect applied once.
    for (const path of ['/reserve', '/charge', '/ship']) expect(new Set(orders.calls(path, `${id}/`).map((c) => c.key)).size, path).toBe(1);
    expect(orders.calls('/charge', `${id}/`).length).toBeGreaterThanOrEqual(2);
    expect((await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body.variables).toMatchObject({ reservation: expect.any(String), receipt: expect.any(String), shipment: expect.any(String) });

    const log = await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: id }, { orderBy: { id: 'asc' } });
    expect(log.map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ''}`)).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:reserve', 'node_left:reserve',
      'node_entered:charge', 'node_left:charge',
      'node_entered:ship', 'node_left:ship',
      'node_entered:done', 'node_left:done',
      'instance_ended',
    ]);
  }, 240_000);
});
