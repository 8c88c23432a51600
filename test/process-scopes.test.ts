import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchHistories, keepHistory, replayFailures } from './support/histories.ts';
import { call, userWithRoles } from './support/http.ts';
import { deployFixture, eventually, fixture, InstanceProbe, taskPath } from './support/process.ts';
import { startStack, type Stack } from './support/stack.ts';

let stack: Stack;
let probe: InstanceProbe;
let owner: { token: string; id: number };
let manager: { token: string; id: number; email: string };

beforeAll(async () => {
  stack = await startStack({ worker: true });
  owner = await userWithRoles(stack, ['process_owner']);
  manager = await userWithRoles(stack, ['sales_manager']);
  probe = new InstanceProbe(stack, owner, manager, { record: { type: 'deal', id: '7' } });
  await deployFixture(stack, owner.token, 'quote', fixture('quote-scope'));
  await deployFixture(stack, owner.token, 'review', fixture('claim-review'));
});
afterAll(async () => {
  await stack?.stop();
});

const openTasks = (workflowId: string, count: number) =>
  eventually(async () => {
    const tasks = await probe.tasksOf(workflowId);
    return tasks.length === count ? tasks : null;
  }, `${count} open tasks`);

describe('embedded sub-process variables', () => {
  it('keeps input-mapped variables local, lets others out, and copies the outputs out', async () => {
    const id = await probe.start('quote', { amount: 5 });
    const final = await probe.ended(id, 'quote-scope-local');
    // draft = 5 * 2 + 10 lived inside the sub-process only; fee was not local, so it propagated.
    expect(final.variables).toMatchObject({ amount: 5, quoted: 20, fee: 10 });
    expect(final.variables).not.toHaveProperty('draft');
  });
});

describe('error end event inside a sub-process', () => {
  it('is caught by the error boundary of the enclosing sub-process', async () => {
    const id = await probe.start('quote', { amount: 600 });
    const final = await probe.ended(id, 'quote-error-end');
    expect(final.variables).toMatchObject({ quoted: 'by hand: quote.too_big', error: { code: 'quote.too_big' } });
    expect(final.incidents ?? []).toEqual([]);
    const log = await probe.steps(id);
    expect(log).toContain('node_entered:too_big');
    expect(log).toContain('node_entered:manual');
    expect(log).not.toContain('node_entered:quoted_end');
  });
});

describe('sub-process boundary events and terminate', () => {
  it('a terminate end event ends only the tokens of its sub-process: the process goes on', async () => {
    const id = await probe.start('review', { claimId: 'R-1', limit: 'PT1H', owner: String(manager.id) });
    const tasks = await openTasks(id, 2);
    const assess = tasks.find((t) => t.nodeId === 'assess')!;
    const done = await call(stack, 'POST', `${taskPath(assess.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    const final = await probe.ended(id, 'review-terminate-scope');
    expect(final.variables.outcome).toBe('reviewed');
    expect((await probe.tasksOf(id, 'cancelled')).map((t) => t.nodeId)).toEqual(['second']);
  });

  it('an interrupting timer on the sub-process cancels everything inside, open tasks included', async () => {
    const id = await probe.start('review', { claimId: 'R-2', limit: 'PT2S', owner: String(manager.id) });
    await openTasks(id, 2);
    const final = await probe.ended(id, 'review-timer-boundary');
    expect(final.variables.outcome).toBe('late');
    expect((await probe.tasksOf(id, 'cancelled')).map((t) => t.nodeId).sort()).toEqual(['assess', 'second']);
    expect(await probe.tasksOf(id)).toEqual([]);
    expect(await probe.steps(id)).toContain('timer_fired:late');
  });

  it('a message on the sub-process interrupts it the same way', async () => {
    const id = await probe.start('review', { claimId: 'R-3', limit: 'PT1H', owner: String(manager.id) });
    await openTasks(id, 2);
    const sent = await call(stack, 'POST', `/process-instances/${id}/messages`, { token: manager.token, body: { name: 'claim withdrawn', correlationKey: 'R-3' } });
    expect(sent.status).toBe(202);
    const final = await probe.ended(id, 'review-message-boundary');
    expect(final.variables.outcome).toBe('withdrawn');
    expect((await probe.tasksOf(id, 'cancelled')).map((t) => t.nodeId).sort()).toEqual(['assess', 'second']);
  });

  it('a completed task of a cancelled sub-process can no longer be completed', async () => {
    const [cancelled] = await probe.tasksOf(probe.finished.get('review-message-boundary')!, 'cancelled');
    const again = await call(stack, 'POST', `${taskPath(cancelled!.id)}/complete`, { token: manager.token, body: { variables: {} } });
    expect(again.status).toBe(409);
  });
});

describe('determinism', () => {
  it('replays the history of every finished instance above', async () => {
    const histories = await fetchHistories(stack.target.address, [...probe.finished.values()]);
    [...probe.finished.keys()].forEach((scenario, i) => keepHistory(scenario, histories[i]!.workflowId, histories[i]!.history));
    expect(histories).toHaveLength(5);
    expect(await replayFailures(histories)).toEqual([]);
  });
});
