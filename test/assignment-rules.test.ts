import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskSchema } from '../domain/processes/index.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: { token: string };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  await deployFixture(stack, owner.token, 'rr', fixture('assignment-rule', { RULE: 'roundRobin', GROUP: 'agent' }));
  await deployFixture(stack, owner.token, 'least', fixture('assignment-rule', { RULE: 'leastLoaded', GROUP: 'marketer' }));
  await deployFixture(stack, owner.token, 'queue', fixture('assignment-rule', { RULE: 'claim', GROUP: 'agent' }));
});
afterAll(async () => {
  await stack?.stop();
});

/** Starts an instance and waits for its task; returns the task's assignee. */
async function assigneeOfNew(key: string): Promise<number | null> {
  const started = await call(stack, 'POST', '/process-instances', { token: owner.token, body: { key, variables: {} } });
  expect(started.status, JSON.stringify(started.body)).toBe(201);
  const task = await eventually(() => stack.orm.em.fork().findOne(TaskSchema, { workflowId: started.body.workflowId }), 'the task');
  return task.assigneeId ?? null;
}

const tally = (ids: (number | null)[]) => ids.reduce<Record<string, number>>((acc, id) => ({ ...acc, [String(id)]: (acc[String(id)] ?? 0) + 1 }), {});

describe('assignment rules on candidate groups', () => {
  it('to claim (default): the task stays in the group queue', async () => {
    expect(await assigneeOfNew('queue')).toBeNull();
  });

  it('round-robin: members in turn, and an even share when instances start at once', async () => {
    const agents = [await userWithRoles(stack, ['agent']), await userWithRoles(stack, ['agent']), await userWithRoles(stack, ['agent'])];
    const inTurn: (number | null)[] = [];
    for (let i = 0; i < 4; i++) inTurn.push(await assigneeOfNew('rr'));
    const ids = agents.map((a) => a.id);
    expect(inTurn).toEqual([ids[0], ids[1], ids[2], ids[0]]);

    const together = await Promise.all(Array.from({ length: 6 }, () => assigneeOfNew('rr')));
    expect(Object.values(tally(together)).sort()).toEqual([2, 2, 2]);
  });

  it('least loaded: the member with the fewest open tasks gets the next one', async () => {
    const marketers = [await userWithRoles(stack, ['marketer']), await userWithRoles(stack, ['marketer']), await userWithRoles(stack, ['marketer'])];
    const first = [await assigneeOfNew('least'), await assigneeOfNew('least'), await assigneeOfNew('least')];
    expect(first.sort()).toEqual(marketers.map((m) => m.id).sort());

    // Given the second marketer finished their task, they are the least loaded.
    const second = marketers[1]!;
    const [task] = (await call(stack, 'GET', '/tasks?view=mine', { token: second.token })).body.items;
    expect((await call(stack, 'POST', `${taskPath(task.id)}/complete`, { token: second.token, body: { variables: {} } })).status).toBe(200);
    expect(await assigneeOfNew('least')).toBe(second.id);

    const together = await Promise.all(Array.from({ length: 3 }, () => assigneeOfNew('least')));
    expect(tally(together)).toEqual(Object.fromEntries(marketers.map((m) => [String(m.id), 1])));
  });
});
