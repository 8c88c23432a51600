import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessEventSchema } from '../domain/processes/index.ts';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let owner: { token: string; id: number };
let manager: { token: string; id: number; email: string };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  await deployFixture(stack, owner.token, 'quote', fixture('quote-scope'));
  await deployFixture(stack, owner.token, 'review', fixture('claim-review'));
});
afterAll(async () => {
  await stack?.stop();
});

async function start(key: string, variables: Record<string, unknown>) {
  const answer = await call(stack, 'POST', '/process-instances', { token: manager.token, body: { key, variables, record: { type: 'deal', id: '7' } } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body.workflowId as string;
}

const instance = (id: string) => call(stack, 'GET', `/process-instances/${id}`, { token: owner.token });
const finished = new Map<string, string>();
const ended = async (id: string, scenario: string) => {
  await eventually(async () => ((await instance(id)).body.status === 'completed' ? true : null), `${id} to end`);
  finished.set(scenario, id);
  return (await instance(id)).body;
};
type Task = { id: string; workflowId: string; nodeId: string; status: string };
const tasksOf = async (workflowId: string, status = 'open') =>
  ((await call(stack, 'GET', `/tasks?view=all&status=${status}`, { token: manager.token })).body.items as Task[]).filter((t) => t.workflowId === workflowId);
const openTasks = (workflowId: string, count: number) =>
  eventually(async () => {
    const tasks = await tasksOf(workflowId);
    return tasks.length === count ? tasks : null;
  }, `${count} open tasks`);
const steps = async (id: string) =>
  (await stack.orm.em.fork().find(ProcessEventSchema, { workflowId: id }, { orderBy: { id: 'asc' } })).map((e) => `${e.type}${e.nodeId ? `:${e.nodeId}` : ''}`);

describe('embedded sub-process variables', () => {
  it('keeps input-mapped variables local, lets others out, and copies the outputs out', async () => {
    const id = await start('quote', { amount: 5 });
    const final = await ended(id, 'quote-scope-local');
    // draft = 5 * 2 + 10 lived inside the sub-process only; fee was not local, so it propagated.
    expect(final.variables).toMatchObject({ amount: 5, quoted: 20, fee: 10 });
    expect(final.variables).not.toHaveProperty('draft');
  });
});

describe('error end event inside a sub-process', () => {
  it('is caught by the error boundary of the enclosing sub-process', async () => {
    const id = await start('quote', { amount: 600 });
    const final = await ended(id, 'quote-error-end');
    expect(final.variables).toMatchObject({ quoted: 'by hand: quote.too_big', error: { code: 'quote.too_big' } });
    expect(final.incidents ?? []).toEqual([]);
    const log = await steps(id);
    expect(log).toContain('node_entered:too_big');
    expect(log).toContain('node_entered:manual');
    expect(log).not.toContain('node_entered:quoted_end');
  });
});

describe('sub-process boundary events and terminate', () => {
  it('a terminate end event ends only the tokens of its sub-process: the process goes on', async () => {
    const id = await start('review', { claimId: 'R-1', limit: 'PT1H', owner: String(manager.id) });
    const tasks = await openTasks(id, 2);
    const assess = tasks.find((t) => t.nodeId === 'assess')!;
    const done = await call(stack, 'POST', `${taskPath(assess.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const final = await ended(id, 'review-terminate-scope');
    expect(final.variables.outcome).toBe('reviewed');
    expect((await tasksOf(id, 'cancelled')).map((t) => t.nodeId)).toEqual(['second']);
  });

  it('an interrupting timer on the sub-process cancels everything inside, open tasks included', async () => {
    const id = await start('review', { claimId: 'R-2', limit: 'PT2S', owner: String(manager.id) });
    await openTasks(id, 2);
    const final = await ended(id, 'review-timer-boundary');
    expect(final.variables.outcome).toBe('late');
    expect((await tasksOf(id, 'cancelled')).map((t) => t.nodeId).sort()).toEqual(['assess', 'second']);
    expect(await tasksOf(id)).toEqual([]);
    expect(await steps(id)).toContain('timer_fired:late');
  });

  it('a message on the sub-process interrupts it the same way', async () => {
    const id = await start('review', { claimId: 'R-3', limit: 'PT1H', owner: String(manager.id) });
    await openTasks(id, 2);
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'claim withdrawn', correlationKey: 'R-3' } });
    expect(sent.status).toBe(202);
    const final = await ended(id, 'review-message-boundary');
    expect(final.variables.outcome).toBe('withdrawn');
    expect((await tasksOf(id, 'cancelled')).map((t) => t.nodeId).sort()).toEqual(['assess', 'second']);
  });

  it('a completed task of a cancelled sub-process can no longer be completed', async () => {
    const [cancelled] = await tasksOf(finished.get('review-message-boundary')!, 'cancelled');
    const again = await call(stack, 'POST', `${taskPath(cancelled!.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(again.status).toBe(409);
  });
});

describe('determinism', () => {
  it('replays the history of every finished instance above', async () => {
    const histories = await fetchHistories(stack.target.address, [...finished.values()]);
    [...finished.keys()].forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(5);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
