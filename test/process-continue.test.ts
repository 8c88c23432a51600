import { Client, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let manager: { token: string; id: number };

beforeAll(async () => {
  // A short history limit so that a few loops are enough to continue-as-new.
  process.env.PROCESS_HISTORY_LIMIT = '30';
  stack = await startStack({ worker: true });
  const owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  await deployFixture(stack, owner.token, 'visits', fixture('visit-loop'));
});
afterAll(async () => {
  delete process.env.PROCESS_HISTORY_LIMIT;
  await stack?.stop();
});

type Task = { id: string; workflowId: string; nodeId: string };
const tasksOf = async (workflowId: string, status: string) =>
  ((await call(stack, 'GET', `/tasks?view=all&status=${status}`, { token: manager.token })).body.items as Task[]).filter((t) => t.workflowId === workflowId);

describe('continue-as-new', () => {
  it('a looping process continues as new runs and still has exactly one task per visit', async () => {
    const started = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key: 'visits', variables: { visits: 0, owner: String(manager.id) } } });
    expect(started.status).toBe(201);
    const id = started.body.workflowId as string;
    const connection = await Connection.connect({ address: stack.target.address });
    try {
      const handle = new Client({ connection, namespace: stack.target.namespace }).workflow.getHandle(id);
      const runs = new Set<string>();
      for (let visit = 1; visit <= 5; visit++) {
        const [task, ...more] = await eventually(async () => {
          const open = await tasksOf(id, 'open');
          return open.length ? open : null;
        }, `visit ${visit}`);
        expect(more).toEqual([]);
        runs.add((await handle.describe()).runId);
        const done = await call(stack, 'POST', `${taskPath(task!.id)}/complete`, { token: manager.token, body: { variables: {} } });
        expect(done.status, JSON.stringify(done.body)).toBe(200);
      }
      const final = await eventually(async () => {
        const body = (await call(stack, 'GET', `/process-instances/${id}`, { token: manager.token })).body;
        return body.status === 'completed' ? body : null;
      }, 'the end');
      expect(final.variables.visits).toBe(5);
      expect(runs.size).toBeGreaterThan(1);
      const completed = await tasksOf(id, 'completed');
      expect(completed).toHaveLength(5);
      expect(new Set(completed.map((t) => t.id)).size).toBe(5);
      // The last run (it started from a carried-over state) replays deterministically.
      const histories = await fetchHistories(stack.target.address, [id]);
      keepHistory('visits-continued', id, histories[0]!.history);
      expect(await replayFailures(histories)).toEqual([]);
    } finally {
      await connection.close();
    }
  });
});
