import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, fixture, InstanceProbe } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

/**
 * The order system behind the chain: applies each idempotency key once, as a receiver of our
 * Idempotency-Key header does, and can answer 503 for a while, per path.
 */
class OrderSystem {
  readonly requests: { path: string; key: string }[] = [];
  readonly applied = new Map<string, string>();
  /** Path → how many more calls answer 503 (Infinity: until told otherwise). */
  readonly failing = new Map<string, number>();
  readonly server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const key = String(req.headers['idempotency-key']);
      const path = req.url!;
      this.requests.push({ path, key });
      const left = this.failing.get(path) ?? 0;
      if (left > 0) {
        this.failing.set(path, left - 1);
        return void res.writeHead(503).end('busy');
      }
      if (!this.applied.has(key)) this.applied.set(key, `${path.slice(1)}-${this.applied.size + 1}`);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ticket: this.applied.get(key) }));
    });
  });
  url = () => `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  /** Calls of one instance to one path. */
  calls = (workflowId: string, path: string) => this.requests.filter((r) => r.path === path && r.key.startsWith(`${workflowId}/`));
  /** Side effects applied for one instance at one path: one per distinct key. */
  appliedFor = (workflowId: string, path: string) => [...this.applied].filter(([key, ticket]) => key.startsWith(`${workflowId}/`) && ticket.startsWith(path.slice(1)));
}

let stack: Stack;
let owner: { token: string; id: number };
let probe: InstanceProbe;
const orders = new OrderSystem();

beforeAll(async () => {
  await new Promise<void>((r) => orders.server.listen(0, '127.0.0.1', r));
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  const manager = await userWithRoles(stack, ['sales_manager']);
  probe = new InstanceProbe(stack, owner, manager);
  await deployFixture(stack, owner.token, 'chain', fixture('service-chain', { HOOK: orders.url() }));
});
afterAll(async () => {
  await stack?.stop();
  orders.server.close();
});

/** The SDK's stack-trace query (the Web UI's "Stack Trace" tab) of a running instance. */
async function stackTraceOf(workflowId: string): Promise<string> {
  const connection = await Connection.connect({ address: stack.target.address });
  try {
    return await new Client({ connection }).workflow.getHandle(workflowId).query<string>('__stack_trace');
  } finally {
    await connection.close();
  }
}

async function historyOf(workflowId: string) {
  const [stored] = await fetchHistories(stack.target.address, [workflowId]);
  const events = stored!.history.events ?? [];
  const count = (key: string) => events.filter((e) => (e as Record<string, unknown>)[key]).length;
  // Patch markers carry their id as JSON in the "patch-data" detail.
  const patches = events
    .filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_patch')
    .map((e) => (JSON.parse(Buffer.from(e.markerRecordedEventAttributes!.details!["patch-data"]!.payloads![0]!.data!).toString('utf8')) as { id: string }).id);
  return {
    stored: stored!,
    events: events.length,
    activityTasks: count('activityTaskScheduledEventAttributes'),
    workflowTasks: count('workflowTaskCompletedEventAttributes'),
    patches,
    searchAttributeUpserts: count('upsertWorkflowSearchAttributesEventAttributes'),
  };
}

describe('short service calls run as local activities', () => {
  it('retries a call that fails for a while and applies it once, without a trip through the task queue', async () => {
    orders.failing.set('/charge', 2);
    const id = await probe.start('chain', { orderNo: 'A-1' });
    const state = await probe.ended(id, 'service-chain-local');

    // Two 503s then success: three attempts with the one key, applied once, its answer mapped.
    const charges = orders.calls(id, '/charge');
    expect(charges).toHaveLength(3);
    expect(new Set(charges.map((c) => c.key)).size).toBe(1);
    expect(orders.appliedFor(id, '/charge')).toHaveLength(1);
    expect(orders.appliedFor(id, '/reserve')).toHaveLength(1);
    expect(orders.appliedFor(id, '/ship')).toHaveLength(1);
    expect(state.variables).toMatchObject({ reservation: 'reserve-1', receipt: expect.stringMatching(/^charge-/), shipment: expect.stringMatching(/^ship-/) });

    expect(await probe.steps(id)).toEqual([
      'instance_started',
      'node_entered:start', 'node_left:start',
      'node_entered:reserve', 'node_left:reserve',
      'node_entered:charge', 'node_left:charge',
      'node_entered:ship', 'node_left:ship',
      'node_entered:done', 'node_left:done',
      'instance_ended',
    ]);
    // No activity task went through the server; the backoffs (1 s, 2 s) were short enough to
    // wait in the worker, so the chain took few workflow tasks.
    const shape = await historyOf(id);
    expect(shape.activityTasks).toBe(0);
    expect(shape.workflowTasks).toBeLessThanOrEqual(3);
    // One patch marker for all the engine's behaviours, not one per behaviour: each marker also
    // upserts a search attribute, two history events and a visibility write per behaviour.
    expect(shape.patches).toEqual(['engine-features-1']);
    expect(shape.searchAttributeUpserts).toBe(1);
  });

  it('raises an incident when a call keeps failing; a retry by the process owner resolves it without repeating the calls before', async () => {
    orders.failing.set('/ship', Infinity);
    const id = await probe.start('chain', { orderNo: 'A-2' });
    const incident = await (async () => {
      for (const deadline = Date.now() + 30_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 200))) {
        const found = (await probe.instance(id)).body.incidents?.[0];
        if (found) return found;
      }
      throw new Error('no incident');
    })();
    expect(incident).toMatchObject({ nodeId: 'ship', message: expect.stringContaining('HTTP 503') });
    expect((await probe.instance(id)).body.status).toBe('incident');
    // retries="1": the first attempt and one retry.
    expect(orders.calls(id, '/ship')).toHaveLength(2);
    // Workflows capture no stack frames unless WORKFLOW_STACK_TRACES=true (a fifth of the CPU
    // of a short instance): the waiting instance answers the stack-trace query with none.
    expect(await stackTraceOf(id)).not.toMatch(/\bat .+:\d+:\d+/);

    orders.failing.delete('/ship');
    const retry = await call(stack, 'POST', `/process-instances/${id}/incidents/${incident.id}/retry`, { token: owner.token });
    expect(retry.status).toBe(202);
    const state = await probe.ended(id, 'service-chain-incident');
    expect(state.variables).toMatchObject({ shipment: expect.stringMatching(/^ship-/) });
    expect(orders.appliedFor(id, '/ship')).toHaveLength(1);
    // The calls before the incident were not made again.
    expect(orders.calls(id, '/reserve')).toHaveLength(1);
    expect(orders.calls(id, '/charge')).toHaveLength(1);
    const steps = await probe.steps(id);
    expect(steps.filter((s) => s.startsWith('incident_'))).toEqual(['incident_raised:ship', 'incident_resolved:ship']);
  });

  it('replays both histories', async () => {
    const histories = await fetchHistories(stack.target.address, [...probe.finished.values()]);
    [...probe.finished.keys()].forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(2);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
